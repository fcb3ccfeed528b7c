"""TempEval-3 scoring of time expressions (and event extents) for one document.

How annotations are matched (mode ``"tempeval"``, as the official TempEval-3 toolkit does):

* every extent is projected onto TempEval-3's tokenisation
  (:func:`timeline.eval.tokens.tokenize_te3`): it covers the tokens it overlaps;
  extents covering no token (empty or whitespace only) are ignored;
* gold and system extents are paired one-to-one in text order: first those covering
  exactly the same tokens, then each remaining gold extent (in text order) with the
  first remaining system extent (in text order) sharing a token with it;
* a pair is a *relaxed* match; it is also a *strict* match when both cover the same
  tokens;
* precision = matches / system extents, recall = matches / gold extents; type and value
  *accuracy* = correct attributes / relaxed matches; attribute F1 = accuracy × relaxed F1;
  values are compared as exact strings (a missing value counts as ``""``);
* when there is neither gold nor system annotation every score is 1.0; otherwise an empty
  denominator gives 0.0.

Mode ``"overlap"`` uses characters instead of tokens: a relaxed match shares at least one
non-space character, a strict match has exactly the same (whitespace-trimmed) extent.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal, Self, Union, get_args

import attrs

from timeline.eval.tokens import project, tokenize_te3
from timeline.io.timeml import GoldEvent, GoldTimex
from timeline.model import EventMention, TimeMention

__all__ = [
    "MODES",
    "EventScore",
    "Extent",
    "Mismatch",
    "Mode",
    "TimexScore",
    "as_extent",
    "match_extents",
    "score_event_extents",
    "score_timex_extents",
]

Mode = Literal["tempeval", "overlap"]
MODES: tuple[str, ...] = get_args(Mode)

ExtentLike = Union["Extent", GoldTimex, GoldEvent, TimeMention, EventMention, tuple[int, int]]


@attrs.frozen(slots=True)
class Extent:
    """One annotated span to score: offsets, its text, and the attributes compared.

    For time expressions ``type`` is the TIMEX3 type and ``value`` its value; for events
    ``type`` is the event class.

    Example:
        >>> Extent(3, 10, "Tuesday", "DATE", "2024-12-03").to_dict()["value"]
        '2024-12-03'
    """

    start: int
    end: int
    text: str = ""
    type: str | None = None
    value: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-compatible ``dict``.

        Example:
            >>> Extent(0, 4, "1998").to_dict()
            {'start': 0, 'end': 4, 'text': '1998', 'type': None, 'value': None}
        """
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
        }


def as_extent(item: ExtentLike, text: str | None = None) -> Extent:
    """Turn a gold annotation, one of our mentions, or a ``(start, end)`` pair into an
    :class:`Extent` (``text``, when given, supplies the span's text for pairs).

    Example:
        >>> as_extent((3, 7), "In 1998.")
        Extent(start=3, end=7, text='1998', type=None, value=None)
    """
    if isinstance(item, Extent):
        return item
    if isinstance(item, GoldTimex):
        return Extent(item.start, item.end, item.text, item.type, item.value)
    if isinstance(item, TimeMention):
        return Extent(item.start, item.end, item.text, item.type.value, item.value)
    if isinstance(item, GoldEvent | EventMention):
        return Extent(item.start, item.end, item.text, item.event_class)
    start, end = item
    return Extent(start, end, text[start:end] if text is not None else "")


@attrs.frozen(slots=True)
class Mismatch:
    """One scoring error, for error analysis.

    ``kind`` is ``"missing"`` (gold not found), ``"spurious"`` (system not in gold) or
    ``"mismatch"`` (a relaxed match whose ``issues`` list what differs: ``"extent"``,
    ``"type"``, ``"value"``). ``layer`` is ``"timex"`` or ``"event"``.

    Example:
        >>> Mismatch("d", "timex", "missing", (), Extent(0, 4, "1998"), None).describe()
        'd: missing timex 0-4 "1998" (gold value None)'
    """

    doc_id: str
    layer: str
    kind: str
    issues: tuple[str, ...]
    gold: Extent | None
    system: Extent | None

    def describe(self) -> str:
        """One line for people.

        Example:
            >>> Mismatch("d", "timex", "mismatch", ("value",), Extent(0, 4, "1998", "DATE", "1998"),
            ...          Extent(0, 4, "1998", "DATE", "1999")).describe()
            'd: value: gold 0-4 "1998" DATE 1998 vs system 0-4 "1998" DATE 1999'
        """
        if self.kind == "missing" and self.gold is not None:
            g = self.gold
            return f'{self.doc_id}: missing {self.layer} {g.start}-{g.end} "{g.text}" (gold value {g.value})'
        if self.kind == "spurious" and self.system is not None:
            s = self.system
            return f'{self.doc_id}: spurious {self.layer} {s.start}-{s.end} "{s.text}" (value {s.value})'
        assert self.gold is not None and self.system is not None
        g, s = self.gold, self.system
        return (
            f'{self.doc_id}: {", ".join(self.issues)}: gold {g.start}-{g.end} "{g.text}" {g.type} {g.value}'
            f' vs system {s.start}-{s.end} "{s.text}" {s.type} {s.value}'
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-compatible ``dict``.

        Example:
            >>> Mismatch("d", "timex", "spurious", (), None, Extent(0, 1, "x")).to_dict()["kind"]
            'spurious'
        """
        return {
            "doc_id": self.doc_id,
            "layer": self.layer,
            "kind": self.kind,
            "issues": list(self.issues),
            "gold": self.gold.to_dict() if self.gold else None,
            "system": self.system.to_dict() if self.system else None,
        }


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@attrs.frozen(slots=True)
class _ExtentCounts:
    """Counts shared by time expressions and events; scores derive from them."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0

    def __add__(self, other: Self) -> Self:
        """Counts summed field by field (scores of a corpus are those of its summed counts)."""
        if type(other) is not type(self):
            return NotImplemented
        mine, theirs = attrs.astuple(self, recurse=False), attrs.astuple(other, recurse=False)
        return type(self)(*(a + b for a, b in zip(mine, theirs, strict=True)))

    @property
    def _empty(self) -> bool:
        return self.gold == 0 and self.system == 0

    @property
    def strict_precision(self) -> float:
        """Strict matches / system extents."""
        return 1.0 if self._empty else _ratio(self.strict, self.system)

    @property
    def strict_recall(self) -> float:
        """Strict matches / gold extents."""
        return 1.0 if self._empty else _ratio(self.strict, self.gold)

    @property
    def strict_f1(self) -> float:
        """Harmonic mean of strict precision and recall."""
        return 1.0 if self._empty else _f1(self.strict_precision, self.strict_recall)

    @property
    def relaxed_precision(self) -> float:
        """Relaxed matches / system extents."""
        return 1.0 if self._empty else _ratio(self.relaxed, self.system)

    @property
    def relaxed_recall(self) -> float:
        """Relaxed matches / gold extents."""
        return 1.0 if self._empty else _ratio(self.relaxed, self.gold)

    @property
    def relaxed_f1(self) -> float:
        """Harmonic mean of relaxed precision and recall."""
        return 1.0 if self._empty else _f1(self.relaxed_precision, self.relaxed_recall)

    def _accuracy(self, correct: int) -> float:
        return 1.0 if self._empty else _ratio(correct, self.relaxed)

    def _extent_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "system": self.system,
            "strict_matches": self.strict,
            "relaxed_matches": self.relaxed,
            "strict": {
                "precision": self.strict_precision,
                "recall": self.strict_recall,
                "f1": self.strict_f1,
            },
            "relaxed": {
                "precision": self.relaxed_precision,
                "recall": self.relaxed_recall,
                "f1": self.relaxed_f1,
            },
        }


@attrs.frozen(slots=True)
class TimexScore(_ExtentCounts):
    """TempEval-3 time-expression counts and scores (add them to micro-average).

    Example:
        >>> s = TimexScore(gold=4, system=2, strict=1, relaxed=2, type_matches=2, value_matches=1)
        >>> s.relaxed_f1, s.value_accuracy, round(s.value_f1, 4)
        (0.6666666666666666, 0.5, 0.3333)
    """

    type_matches: int = 0
    value_matches: int = 0

    @property
    def type_accuracy(self) -> float:
        """Correct types / relaxed matches."""
        return self._accuracy(self.type_matches)

    @property
    def value_accuracy(self) -> float:
        """Correct values / relaxed matches."""
        return self._accuracy(self.value_matches)

    @property
    def type_f1(self) -> float:
        """Type accuracy × relaxed F1 (TempEval-3's type score)."""
        return self.type_accuracy * self.relaxed_f1

    @property
    def value_f1(self) -> float:
        """Value accuracy × relaxed F1 (TempEval-3's headline timex score)."""
        return self.value_accuracy * self.relaxed_f1

    def to_dict(self) -> dict[str, Any]:
        """Counts and every score, as a plain ``dict``.

        Example:
            >>> TimexScore().to_dict()["value"]
            {'matches': 0, 'accuracy': 1.0, 'f1': 1.0}
        """
        result = self._extent_dict()
        result["type"] = {"matches": self.type_matches, "accuracy": self.type_accuracy, "f1": self.type_f1}
        result["value"] = {
            "matches": self.value_matches,
            "accuracy": self.value_accuracy,
            "f1": self.value_f1,
        }
        return result


@attrs.frozen(slots=True)
class EventScore(_ExtentCounts):
    """Event-extent counts and scores (plus event class, scored like a timex type).

    Example:
        >>> EventScore(gold=2, system=2, strict=2, relaxed=2, class_matches=1).class_f1
        0.5
    """

    class_matches: int = 0

    @property
    def class_accuracy(self) -> float:
        """Correct classes / relaxed matches."""
        return self._accuracy(self.class_matches)

    @property
    def class_f1(self) -> float:
        """Class accuracy × relaxed F1."""
        return self.class_accuracy * self.relaxed_f1

    def to_dict(self) -> dict[str, Any]:
        """Counts and every score, as a plain ``dict``.

        Example:
            >>> EventScore(gold=1, system=1, strict=1, relaxed=1, class_matches=1).to_dict()["strict"]["f1"]
            1.0
        """
        result = self._extent_dict()
        result["class"] = {
            "matches": self.class_matches,
            "accuracy": self.class_accuracy,
            "f1": self.class_f1,
        }
        return result


@attrs.frozen(slots=True)
class _Keyed:
    index: int
    key: tuple[int, int]


def _keys(
    extents: Sequence[Extent], text: str, mode: Mode, tokens: Sequence[tuple[int, int]], starts: Sequence[int]
) -> list[_Keyed]:
    """Project extents onto tokens (or trimmed characters); drop those covering nothing."""
    keyed = []
    for index, extent in enumerate(extents):
        start, end = max(extent.start, 0), min(extent.end, len(text))
        if mode == "tempeval":
            key = project(tokens, start, end, starts) if end > start else None
        else:
            piece = text[start:end]
            stripped = piece.strip()
            key = None
            if stripped:
                first = start + (len(piece) - len(piece.lstrip()))
                key = (first, first + len(stripped) - 1)  # inclusive, like token ranges
        if key is not None:
            keyed.append(_Keyed(index, key))
    keyed.sort(key=lambda k: (k.key, k.index))
    return keyed


def match_extents(
    text: str,
    gold: Sequence[Extent],
    system: Sequence[Extent],
    *,
    mode: Mode = "tempeval",
) -> tuple[list[tuple[int, int, bool]], list[int], list[int]]:
    """Pair gold and system extents one-to-one in text order (see the module docs).

    Returns ``(pairs, missing, spurious)``: ``pairs`` holds ``(gold index, system index,
    strict)``; ``missing``/``spurious`` the unpaired gold/system indices. Extents that cover
    nothing are in none of the lists.

    Example:
        >>> text = "Friday morning and next week"
        >>> match_extents(text, [Extent(0, 14), Extent(19, 28)], [Extent(0, 6)])
        ([(0, 0, False)], [1], [])
    """
    if mode not in MODES:
        raise ValueError(f"unknown scoring mode {mode!r}; choose one of {', '.join(MODES)}")
    tokens = tokenize_te3(text) if mode == "tempeval" else []
    starts = [a for a, _ in tokens]
    gold_keys = _keys(gold, text, mode, tokens, starts)
    system_keys = _keys(system, text, mode, tokens, starts)

    paired_gold: dict[int, tuple[int, bool]] = {}
    used: set[int] = set()
    by_key: dict[tuple[int, int], list[int]] = {}
    for s in system_keys:
        by_key.setdefault(s.key, []).append(s.index)
    for g in gold_keys:  # exact extents first
        queue = by_key.get(g.key)
        if queue:
            index = queue.pop(0)
            paired_gold[g.index] = (index, True)
            used.add(index)
    for g in gold_keys:  # then overlaps, in text order
        if g.index in paired_gold:
            continue
        first, last = g.key
        for s in system_keys:
            if s.key[0] > last:
                break
            if s.index not in used and s.key[1] >= first:
                paired_gold[g.index] = (s.index, False)
                used.add(s.index)
                break
    pairs = [(g.index, *paired_gold[g.index]) for g in gold_keys if g.index in paired_gold]
    missing = [g.index for g in gold_keys if g.index not in paired_gold]
    spurious = [s.index for s in system_keys if s.index not in used]
    return pairs, missing, spurious


def _same(a: str | None, b: str | None) -> bool:
    return (a or "") == (b or "")


def score_timex_extents(
    text: str,
    gold: Sequence[Extent],
    system: Sequence[Extent],
    *,
    doc_id: str = "doc",
    mode: Mode = "tempeval",
) -> tuple[TimexScore, list[Mismatch]]:
    """Score system time expressions against gold ones in one text.

    Example:
        >>> text = "On Friday, 7 August 1998."
        >>> score, errors = score_timex_extents(text, [Extent(3, 9, "Friday", "DATE", "1998-08-07")],
        ...                                     [Extent(3, 9, "Friday", "DATE", "1998-08-14")])
        >>> score.strict_f1, score.value_accuracy, errors[0].issues
        (1.0, 0.0, ('value',))
    """
    pairs, missing, spurious = match_extents(text, gold, system, mode=mode)
    strict = type_matches = value_matches = 0
    errors: list[Mismatch] = []
    for g_index, s_index, is_strict in pairs:
        g, s = gold[g_index], system[s_index]
        issues = []
        if is_strict:
            strict += 1
        else:
            issues.append("extent")
        if _same(g.type, s.type):
            type_matches += 1
        else:
            issues.append("type")
        if _same(g.value, s.value):
            value_matches += 1
        else:
            issues.append("value")
        if issues:
            errors.append(Mismatch(doc_id, "timex", "mismatch", tuple(issues), g, s))
    errors += [Mismatch(doc_id, "timex", "missing", (), gold[i], None) for i in missing]
    errors += [Mismatch(doc_id, "timex", "spurious", (), None, system[i]) for i in spurious]
    errors.sort(key=_mismatch_order)
    counted_gold = len(pairs) + len(missing)
    counted_system = len(pairs) + len(spurious)
    score = TimexScore(counted_gold, counted_system, strict, len(pairs), type_matches, value_matches)
    return score, errors


def score_event_extents(
    text: str,
    gold: Sequence[Extent],
    system: Sequence[Extent],
    *,
    doc_id: str = "doc",
    mode: Mode = "tempeval",
) -> tuple[EventScore, list[Mismatch]]:
    """Score system event extents (and classes, in ``type``) against gold ones.

    Example:
        >>> score, _ = score_event_extents("Bombs exploded.", [Extent(6, 14, "exploded")],
        ...                                [Extent(6, 15, "exploded.")])
        >>> score.relaxed_f1, score.strict_f1
        (1.0, 0.0)
    """
    pairs, missing, spurious = match_extents(text, gold, system, mode=mode)
    strict = class_matches = 0
    errors: list[Mismatch] = []
    for g_index, s_index, is_strict in pairs:
        g, s = gold[g_index], system[s_index]
        issues = []
        if is_strict:
            strict += 1
        else:
            issues.append("extent")
        if _same(g.type, s.type):
            class_matches += 1
        else:
            issues.append("class")
        if issues:
            errors.append(Mismatch(doc_id, "event", "mismatch", tuple(issues), g, s))
    errors += [Mismatch(doc_id, "event", "missing", (), gold[i], None) for i in missing]
    errors += [Mismatch(doc_id, "event", "spurious", (), None, system[i]) for i in spurious]
    errors.sort(key=_mismatch_order)
    score = EventScore(
        len(pairs) + len(missing), len(pairs) + len(spurious), strict, len(pairs), class_matches
    )
    return score, errors


def _mismatch_order(m: Mismatch) -> tuple[int, int, str]:
    where = m.gold if m.gold is not None else m.system
    assert where is not None
    return (where.start, where.end, m.kind)
