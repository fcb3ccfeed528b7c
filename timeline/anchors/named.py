"""Named events (temponyms): find them, learn their dates from the corpus, resolve them.

A *temponym* is a phrase that names an event and thereby a time: "the Washington
summit", "the 2008 Bucharest pledge", "a recent summit in Washington". Each is resolved,
in this order, from

1. a gazetteer entry (:class:`~timeline.model.AnchorKind` ``GAZETTEER``);
2. a binding learned from the corpus, where an article dates the event ("At the NATO summit
   in Vilnius in July 2023") (``BINDING``, pointing at that evidence);
3. a year the name carries itself ("the 2022 invasion") (``NONE``: the text fixes it);

and otherwise kept with ``value=None``, a ``reason`` and whatever ``constraint`` its
modifiers give ("recent" → ``BEFORE <reference date>``, "upcoming" → ``AFTER …``).

Example:
    >>> import datetime as dt
    >>> from timeline.model import Document
    >>> doc = Document("d", "Ministers recalled the 2008 Bucharest pledge.", dt.date(2024, 12, 3))
    >>> [(m.text, m.value) for m in resolve_named_events(doc, [])]
    [('2008 Bucharest pledge', '2008')]
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence

import attrs

from timeline.anchors.dates import MONTHS, WEEKDAYS, find_dates
from timeline.anchors.gazetteer import (
    FUTURE_MODIFIERS,
    GENERIC_MODIFIERS,
    PAST_MODIFIERS,
    Gazetteer,
    GazetteerEntry,
    NameKey,
    name_key,
)
from timeline.model import (
    Anchor,
    AnchorKind,
    Document,
    Evidence,
    Granularity,
    Interval,
    TimeMention,
    TimexType,
)

__all__ = [
    "EVENT_HEADS",
    "Binding",
    "BindingConflict",
    "Bindings",
    "Temponym",
    "event_key",
    "find_temponyms",
    "learn_bindings",
    "resolve_named_events",
    "value_interval",
]

#: Nouns that head a name of an event ("the Vilnius *summit*"); gazetteer names add theirs.
EVENT_HEADS = frozenset(
    [
        "summit",
        "summits",
        "pledge",
        "declaration",
        "memorandum",
        "treaty",
        "accord",
        "accords",
        "agreement",
        "pact",
        "deal",
        "conference",
        "ministerial",
        "meeting",
        "talks",
        "election",
        "elections",
        "referendum",
        "invasion",
        "war",
        "annexation",
        "revolution",
        "uprising",
        "coup",
        "crisis",
        "attack",
        "attacks",
        "bombing",
        "bombings",
        "massacre",
        "ceasefire",
        "truce",
        "offensive",
        "counteroffensive",
        "counter-offensive",
        "withdrawal",
        "protests",
        "olympics",
        "games",
        "championship",
        "cup",
        "congress",
        "convention",
        "inauguration",
        "decision",
        "promise",
        "commitment",
        "disaster",
        "earthquake",
        "tsunami",
        "hurricane",
        "pandemic",
        "outbreak",
        "crash",
        "shooting",
        "siege",
        "battle",
        "raid",
        "strike",
        "strikes",
        "visit",
        "speech",
        "vote",
        "primary",
        "primaries",
        "caucus",
        "caucuses",
    ]
)
_DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "any",
        "every",
        "each",
        "some",
        "no",
        "another",
        "such",
        "other",
        "during",
        "after",
        "before",
        "since",
        "at",
        "in",
        "on",
        "but",
        "and",
        "when",
        "while",
        "following",
        "ahead",
        "as",
        "by",
        "for",
        "from",
        "with",
    ]
)
_LEFT_ADJECTIVES = (
    frozenset(
        [
            "presidential",
            "parliamentary",
            "general",
            "local",
            "national",
            "nuclear",
            "military",
            "snap",
            "midterm",
            "federal",
            "regional",
            "municipal",
            "legislative",
            "ministerial",
            "extraordinary",
            "emergency",
            "peace",
            "bilateral",
            "trilateral",
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "final",
            "special",
            "informal",
            "formal",
        ]
    )
    | GENERIC_MODIFIERS
    | PAST_MODIFIERS
    | FUTURE_MODIFIERS
)
_NOT_NAMES = (
    frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | frozenset(["i", "we", "he", "she", "they", "it", "today", "yesterday", "tomorrow"])
)
_RIGHT_PREPS = frozenset(["in", "of", "at"])
_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}|[A-Za-z0-9]+(?:[-&][A-Za-z0-9]+)*(?:['’]s\b|['’](?=\s))?|[^\sA-Za-z0-9]"
)
_YEAR = re.compile(r"(?:1[89]|20)\d{2}")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _base(token: str) -> str:
    return re.sub(r"['’]s?$", "", token)


def _is_name(token: str) -> bool:
    base = _base(token)
    return (
        bool(base)
        and base[0].isupper()
        and base.lower() not in _NOT_NAMES
        and base.lower() not in _DETERMINERS
    )


@attrs.frozen(slots=True)
class Temponym:
    """A phrase naming an event, found by :func:`find_temponyms`.

    ``start``/``end`` cover the name without a leading article ("Washington summit" in
    "the Washington summit"); ``head`` is its event noun, lower-cased.

    Example:
        >>> t = find_temponyms("He cited the Washington summit.")[0]
        >>> t.text, t.head, t.key.core == frozenset({"washington", "summit"})
        ('Washington summit', 'summit', True)
    """

    start: int
    end: int
    text: str
    head: str

    @property
    def key(self) -> NameKey:
        """Normalised name (:func:`timeline.anchors.gazetteer.name_key`)."""
        return name_key(self.text)

    @property
    def distinctive(self) -> bool:
        """Whether the name picks out one event (a proper name or a year besides the noun).

        Example:
            >>> [t.distinctive for t in find_temponyms("the upcoming election and the 2022 invasion")]
            [False, True]
        """
        key = self.key
        return bool(key.years) or bool(self.proper_words - {self.head})

    @property
    def proper_words(self) -> frozenset[str]:
        """Lower-cased capitalised words of the name, acronyms excepted ("washington").

        Example:
            >>> sorted(find_temponyms("NATO's summit in Washington")[0].proper_words)
            ['washington']
        """
        words: set[str] = set()
        for match in _TOKEN.finditer(self.text):
            base = _base(match.group(0))
            if _is_name(base) and not base.replace(".", "").isupper():
                words.add(base.lower())
        return frozenset(words)


def event_key(temponym: Temponym) -> str | None:
    """The corpus-wide key of a named event: its distinctive words (acronyms dropped) and head.

    ``None`` when the phrase does not single out an event ("the summit").

    Example:
        >>> [event_key(t) for t in find_temponyms("the NATO summit in Vilnius; Vilnius's summit")]
        ['vilnius summit', 'vilnius summit']
        >>> event_key(Temponym(0, 14, "NATO's summit", "summit")) is None
        True
    """
    key = temponym.key
    words = sorted(key.core - {temponym.head})
    if not (temponym.proper_words - {temponym.head}):
        return None
    return " ".join([*words, temponym.head])


def find_temponyms(text: str, gazetteer: Gazetteer | None = None) -> list[Temponym]:
    """Phrases that name an event: an event noun with proper-name, year or temporal modifiers.

    Left of the noun: capitalised words, possessives, years, ordinals and a few adjectives
    (``presidential``, ``recent``…), up to an article; right of it: ``in``/``of``/``at``
    followed by capitalised words or ``of`` + a year. Weekday and month names are never
    part of a name. A bare event noun ("the meeting") is kept only with a temporal modifier
    ("the upcoming election"). Gazetteer names are also found verbatim.

    Example:
        >>> [t.text for t in find_temponyms(
        ...     "During a recent summit in Washington, NATO's summit in Washington, Tuesday's meeting")]
        ['recent summit in Washington', "NATO's summit in Washington"]
    """
    heads = set(EVENT_HEADS)
    if gazetteer is not None:
        for entry in gazetteer:
            for n in entry.names:
                words = n.split()
                if words:
                    heads.add(words[-1].lower())
    tokens = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
    found: list[Temponym] = []
    for i, (_hs, he, htext) in enumerate(tokens):
        head = _base(htext).lower()
        if head not in heads:
            continue
        # a capitalised head followed by a capitalised word is part of another name ("Summit County")
        left = i
        j = i - 1
        names_left = 0
        while j >= 0 and names_left < 3:
            tok = tokens[j][2]
            if "\n" in text[tokens[j][1] : tokens[j + 1][0]]:
                break
            low = _base(tok).lower()
            if low in _DETERMINERS:
                break
            if (
                _is_name(tok)
                or _YEAR.fullmatch(tok)
                or _ORDINAL.fullmatch(tok)
                or low in _LEFT_ADJECTIVES
                or (tok.endswith(("'s", "’s")) and _is_name(tok))
            ):
                left = j
                names_left += _is_name(tok)
                j -= 1
                continue
            break
        # the left edge may not end a possessive chain on a weekday ("Tuesday's meeting")
        right_end = he
        k = i + 1
        if k + 1 < len(tokens) and tokens[k][2].lower() in _RIGHT_PREPS:
            m = k + 1
            last = None
            while (
                m < len(tokens)
                and _is_name(tokens[m][2])
                and not _YEAR.fullmatch(tokens[m][2])
                and "\n" not in text[tokens[m - 1][1] : tokens[m][0]]
            ):
                last = m
                m += 1
            if last is not None:
                right_end = tokens[last][1]
            elif tokens[k][2].lower() == "of" and _YEAR.fullmatch(tokens[k + 1][2]):
                right_end = tokens[k + 1][1]
        start = tokens[left][0]
        phrase = text[start:right_end]
        t = Temponym(start, right_end, phrase, head)
        key = t.key
        if not (t.distinctive or key.modifiers):
            continue
        if left == i and right_end == he:
            continue
        if _in_headline(text, start):
            continue
        found.append(t)
    if gazetteer is not None:
        for entry in gazetteer:
            for n in entry.names:
                pattern = r"(?<!\w)" + re.escape(n) + r"(?!\w)"
                for hit in re.finditer(pattern, text, flags=re.IGNORECASE):
                    found.append(Temponym(hit.start(), hit.end(), hit.group(0), n.split()[-1].lower()))
    # longest first, then earliest; drop anything overlapping a kept one
    found.sort(key=lambda t: (-(t.end - t.start), t.start))
    kept: list[Temponym] = []
    for t in found:
        if all(t.end <= k.start or k.end <= t.start for k in kept):
            kept.append(t)
    kept.sort(key=lambda t: (t.start, t.end))
    return kept


def _in_headline(text: str, position: int) -> bool:
    """Whether the line around ``position`` is in title case (a headline or a list of links)."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    words: list[str] = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]+", line) if len(w) > 3]
    if len(words) < 3:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised >= 0.7 * len(words)


# --------------------------------------------------------------------------------------- values


def value_interval(value: str) -> tuple[Interval, Granularity] | None:
    """The interval and granularity of a calendar TIMEX3 value (day, month, year, quarter…).

    Example:
        >>> iv, g = value_interval("2023-07")
        >>> iv.iso(), g.value
        (('2023-07-01', '2023-08-01'), 'month')
        >>> value_interval("PRESENT_REF") is None
        True
    """
    try:
        return _value_interval(value)
    except (ValueError, OverflowError):  # years 0 and 10000 are outside the calendar
        return None


def _value_interval(value: str) -> tuple[Interval, Granularity] | None:
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4])|-H([12]))?", value)
    if m:
        year = int(m.group(1))
        try:
            if m.group(3):
                day = dt.date(year, int(m.group(2)), int(m.group(3)))
                return Interval.day(day), Granularity.DAY
            if m.group(2):
                month = int(m.group(2))
                start = dt.datetime(year, month, 1)
                end = dt.datetime(year + month // 12, month % 12 + 1, 1)
                return Interval(start, end), Granularity.MONTH
        except ValueError:
            return None
        if m.group(4):
            q = int(m.group(4))
            end = dt.datetime(year + (q == 4), (q * 3) % 12 + 1, 1)
            return Interval(dt.datetime(year, q * 3 - 2, 1), end), Granularity.QUARTER
        if m.group(5):
            h = int(m.group(5))
            return Interval(
                dt.datetime(year, 6 * h - 5, 1), dt.datetime(year + (h == 2), (6 * h) % 12 + 1, 1)
            ), (Granularity.HALF)
        return Interval(dt.datetime(year, 1, 1), dt.datetime(year + 1, 1, 1)), Granularity.YEAR
    return None


def _year_value(year: int) -> tuple[str, Interval, Granularity]:
    return f"{year:04d}", Interval(dt.datetime(year, 1, 1), dt.datetime(year + 1, 1, 1)), Granularity.YEAR


# --------------------------------------------------------------------------------------- bindings


@attrs.frozen(slots=True)
class Binding:
    """A named event dated by an article: "At the NATO summit in Vilnius in July 2023".

    ``name`` is the normalised event key (:func:`event_key`), ``support`` how many pieces
    of evidence in the corpus agree with ``value`` (this one included).

    Example:
        >>> b = learn_bindings([Document("a", "At the NATO summit in Vilnius in July 2023, allies met.")], {})
        >>> b.get("vilnius summit").value, b.get("vilnius summit").evidence.text
        ('2023-07', 'July 2023')
    """

    name: str
    value: str
    interval: Interval
    granularity: Granularity
    evidence: Evidence
    support: int = 1
    phrase: str = ""

    def describe(self) -> str:
        """One line: the name, the value, where it was learned and its support.

        Example:
            >>> learn_bindings([Document("a", "the Vilnius summit in July 2023")], {})[0].describe()
            "vilnius summit = 2023-07 (from a 22-31 'July 2023', support 1)"
        """
        ev = self.evidence
        return f"{self.name} = {self.value} (from {ev.doc} {ev.start}-{ev.end} {ev.text!r}, support {self.support})"


@attrs.frozen(slots=True)
class BindingConflict:
    """Incompatible dates for one named event; ``chosen`` is the better-supported one.

    Example:
        >>> docs = [Document("a", "the Riga summit in May 2006"), Document("b", "the Riga summit in 2006"),
        ...         Document("c", "the Riga summit in 2007")]
        >>> print(learn_bindings(docs, {}).conflicts[0].describe())
        riga summit: using 2006-05 (support 2) over 2007 (support 1; c 19-23)
    """

    name: str
    chosen: Binding
    rejected: tuple[Binding, ...]

    def describe(self) -> str:
        """One line for a report."""
        others = ", ".join(
            f"{b.value} (support {b.support}; {b.evidence.doc} {b.evidence.start}-{b.evidence.end})"
            for b in self.rejected
        )
        return f"{self.name}: using {self.chosen.value} (support {self.chosen.support}) over {others}"


@attrs.frozen(slots=True)
class Bindings:
    """Every binding learned from a corpus, and the conflicts among them.

    ``bindings`` holds all of them (one per piece of evidence) in corpus order; :meth:`get`
    gives the one used for a name: the best-supported, then the most precise, then the
    first seen.

    Example:
        >>> Bindings().get("vilnius summit") is None
        True
    """

    bindings: tuple[Binding, ...] = ()
    conflicts: tuple[BindingConflict, ...] = ()
    _chosen: Mapping[str, Binding] = attrs.field(factory=dict, repr=False, eq=False)

    def __len__(self) -> int:
        return len(self.bindings)

    def __iter__(self) -> Iterator[Binding]:
        return iter(self.bindings)

    def __getitem__(self, index: int) -> Binding:
        return self.bindings[index]

    @property
    def names(self) -> tuple[str, ...]:
        """Every event key with a binding, sorted."""
        return tuple(sorted(self._chosen))

    def get(self, name: str) -> Binding | None:
        """The binding used for an event key, or ``None``."""
        return self._chosen.get(name)

    def report(self) -> str:
        """A short human-readable report: one line per chosen binding, then the conflicts.

        Example:
            >>> print(learn_bindings([Document("a", "the Vilnius summit in July 2023")], {}).report())
            vilnius summit = 2023-07 (from a 22-31 'July 2023', support 1)
        """
        lines = [self._chosen[n].describe() for n in self.names]
        lines += ["conflict: " + c.describe() for c in self.conflicts]
        return "\n".join(lines)

    @classmethod
    def from_bindings(cls, bindings: Iterable[Binding]) -> Bindings:
        """Compute support, the chosen binding per name and the conflicts.

        Support of a binding is the number of bindings of the same name whose interval
        contains or lies within its own (they agree); intervals that do not overlap conflict.
        """
        raw = list(bindings)
        by_name: dict[str, list[Binding]] = defaultdict(list)
        for b in raw:
            by_name[b.name].append(b)
        scored: list[Binding] = []
        chosen: dict[str, Binding] = {}
        conflicts: list[BindingConflict] = []
        for name, group in by_name.items():
            with_support = [
                attrs.evolve(
                    b,
                    support=sum(
                        1 for o in group if o.interval.contains(b.interval) or b.interval.contains(o.interval)
                    ),
                )
                for b in group
            ]
            scored += with_support
            order = sorted(
                range(len(with_support)),
                key=lambda i: (-with_support[i].support, with_support[i].granularity.rank, i),
            )
            best = with_support[order[0]]
            chosen[name] = best
            rejected: list[Binding] = []
            seen_values: set[str] = set()
            for i in order[1:]:
                b = with_support[i]
                if not b.interval.overlaps(best.interval) and b.value not in seen_values:
                    rejected.append(b)
                    seen_values.add(b.value)
            if rejected:
                conflicts.append(BindingConflict(name, best, tuple(rejected)))
        position = {id(b): i for i, b in enumerate(raw)}
        scored.sort(key=lambda b: position.get(id(b), 0))
        return cls(tuple(_in_order(raw, scored)), tuple(sorted(conflicts, key=lambda c: c.name)), chosen)


def _in_order(raw: list[Binding], scored: list[Binding]) -> list[Binding]:
    lookup = {(b.name, b.evidence): b for b in scored}
    return [lookup[(b.name, b.evidence)] for b in raw]


_AFTER_NAME = re.compile(
    r"\s*,?\s*(?:(?:which|that)\s+(?:was\s+)?(?:took\s+place|was\s+held|held)\s+|(?:held|taking place|that took place)\s+)?"
    r"(?:in|on|of|during)\s+(?:early\s+|mid-?\s*|late\s+)?$"
)


def _absolute_dates(document: Document, mentions: Sequence[TimeMention]) -> list[tuple[int, int, str, str]]:
    """(start, end, text, value) of every absolute calendar date in the document."""
    found: list[tuple[int, int, str, str]] = []
    for m in mentions:
        if (
            m.value is not None
            and m.type is TimexType.DATE
            and value_interval(m.value) is not None
            and m.anchor.kind in (AnchorKind.NONE, AnchorKind.REFERENCE_DATE, AnchorKind.MENTION)
        ):
            found.append((m.start, m.end, m.text, m.value))
    for h in find_dates(document.text):
        if any(h.start < e and s < h.end for s, e, _, _ in found):
            continue
        if h.kind == "full" and h.date is not None:
            found.append((h.start, h.end, h.text, h.date.isoformat()))
        elif h.kind == "month_year" and h.year is not None and h.month is not None:
            found.append((h.start, h.end, h.text, f"{h.year:04d}-{h.month:02d}"))
        elif h.kind == "year" and h.year is not None:
            found.append((h.start, h.end, h.text, f"{h.year:04d}"))
    found.sort()
    return found


def _document_bindings(
    document: Document, mentions: Sequence[TimeMention], gazetteer: Gazetteer | None
) -> list[Binding]:
    text = document.text
    dates = _absolute_dates(document, mentions)
    result: list[Binding] = []
    for t in find_temponyms(text, gazetteer):
        name = event_key(t)
        if name is None:
            continue
        key = t.key
        evidence: tuple[int, int, str, str] | None = None
        for s, e, dtext, value in dates:
            if s >= t.end and s - t.end <= 40 and _AFTER_NAME.fullmatch(text[t.end : s]):
                evidence = (s, e, dtext, value)
                break
            if s >= t.start and e <= t.end and re.fullmatch(r"\d{4}", value):
                evidence = (s, e, dtext, value)  # the name's own year ("the 2023 Vilnius summit")
        if evidence is None:
            continue
        s, e, dtext, value = evidence
        placed = value_interval(value)
        if placed is None:
            continue
        interval, granularity = placed
        if key.years and not all(
            interval.start.year <= y < max(interval.end.year, interval.start.year + 1) for y in key.years
        ):
            continue
        result.append(
            Binding(name, value, interval, granularity, Evidence(document.id, s, e, dtext), 1, t.text)
        )
    return result


def learn_bindings(
    documents: Sequence[Document],
    mentions: Mapping[str, Sequence[TimeMention]],
    gazetteer: Gazetteer | None = None,
) -> Bindings:
    """Learn named-event dates from a corpus: the corpus-wide step.

    Wherever an article dates a named event right after naming it ("the NATO summit in
    Vilnius in July 2023", "the Riga summit, held in November 2006") or names it with its
    year ("the 2008 Bucharest summit"), that date is bound to the event's key. ``mentions``
    maps document ids to the tagger's time mentions (absolute dates are taken from them;
    explicit dates are also found directly, so it may be empty).

    Example:
        >>> docs = [Document("000", "At the NATO summit in Vilnius in July 2023, G7 countries pledged.")]
        >>> print(learn_bindings(docs, {}).report())
        vilnius summit = 2023-07 (from 000 33-42 'July 2023', support 1)
    """
    found: list[Binding] = []
    for doc in documents:
        found += _document_bindings(doc, mentions.get(doc.id, ()), gazetteer)
    return Bindings.from_bindings(found)


# --------------------------------------------------------------------------------------- resolve


def _contains_year_only(mention: TimeMention) -> bool:
    return bool(re.fullmatch(r"(?:1[89]|20)\d{2}", mention.text.strip()))


def _constraint(key: NameKey, reference: dt.date | None) -> tuple[str | None, str]:
    past = any(m in PAST_MODIFIERS for m in key.modifiers)
    future = any(m in FUTURE_MODIFIERS for m in key.modifiers)
    if past == future:
        return None, ""
    word = next(m for m in key.modifiers if (m in PAST_MODIFIERS) == past)
    relation = "BEFORE" if past else "AFTER"
    if reference is None:
        return None, f"; {word!r} places it {relation.lower()} the reference date, which is unknown"
    return (
        f"{relation} {reference.isoformat()}",
        f"; {word!r} places it {relation.lower()} the reference date",
    )


def _contradiction(key: NameKey, interval: Interval, reference: dt.date | None) -> str | None:
    """Why an event's dates contradict the temponym's own modifier ("the upcoming Washington
    summit" in December 2024 is not the one of July 2024), or ``None``."""
    if reference is None:
        return None
    ref = dt.datetime(reference.year, reference.month, reference.day)
    for word in key.modifiers:
        if word in FUTURE_MODIFIERS and interval.end <= ref:
            return f"{word!r} places it after the reference date {reference.isoformat()}"
        if word in PAST_MODIFIERS and interval.start > ref:
            return f"{word!r} places it before the reference date {reference.isoformat()}"
    return None


def _resolve(
    t: Temponym, document: Document, gazetteer: Gazetteer | None, bindings: Bindings | None
) -> TimeMention:
    key = t.key
    base = TimeMention(t.start, t.end, t.text, TimexType.DATE, None, doc_id=document.id)
    entry: GazetteerEntry | None = None
    rejected = ""
    if gazetteer is not None:
        entry = gazetteer.match(key)
        contradiction = (
            None if entry is None else _contradiction(key, entry.interval, document.reference_date)
        )
        if entry is not None and contradiction is not None:
            start, end = entry.interval.iso()
            rejected = f"the gazetteer's {entry.name} ({start} to {end}) does not fit: {contradiction}"
            entry = None
        if entry is not None:
            return attrs.evolve(
                base,
                value=entry.value,
                interval=entry.interval,
                granularity=entry.granularity,
                anchor=Anchor(AnchorKind.GAZETTEER, entry.name),
                rule="temponym:gazetteer",
            )
    name = event_key(t)
    if bindings is not None and name is not None:
        b = bindings.get(name)
        if (
            b is not None
            and _contradiction(key, b.interval, document.reference_date) is None
            and all(
                b.interval.start.year <= y < b.interval.end.year or b.interval.start.year == y
                for y in key.years
            )
            and not (
                b.evidence.doc == document.id
                and t.start <= b.evidence.start < b.evidence.end <= t.end
                and key.years
            )
        ):
            ev = b.evidence
            return attrs.evolve(
                base,
                value=b.value,
                interval=b.interval,
                granularity=b.granularity,
                anchor=Anchor(AnchorKind.BINDING, b.name, ev.doc, ev.start, ev.end),
                rule="temponym:binding",
            )
    if key.years and len(key.years) == 1:
        value, interval, granularity = _year_value(key.years[0])
        return attrs.evolve(
            base,
            value=value,
            interval=interval,
            granularity=granularity,
            anchor=Anchor(AnchorKind.NONE),
            rule="temponym:self-dated",
        )
    constraint, why = _constraint(key, document.reference_date)
    if rejected:
        reason, why = rejected, ""
    elif gazetteer is not None and gazetteer.candidates(key):
        reason = "ambiguous: " + ", ".join(e.name for e in gazetteer.candidates(key))
    elif name is None:
        reason = "names no particular event"
    else:
        reason = f"no gazetteer entry or corpus binding for {name!r}"
    return attrs.evolve(base, reason=reason + why, constraint=constraint, rule="temponym:unresolved")


def resolve_named_events(
    document: Document,
    mentions: Sequence[TimeMention],
    *,
    gazetteer: Gazetteer | None = None,
    bindings: Bindings | None = None,
) -> list[TimeMention]:
    """The document's time mentions plus its temponyms, resolved, sorted by ``(start, end)``.

    A temponym never overlaps an existing mention: it is skipped, unless it contains a bare
    year mention ("2008" in "the 2008 Bucharest pledge"), which it then replaces. Without
    ``bindings``, the document's own bindings are used ("the Vilnius summit in July 2023").

    Example:
        >>> from timeline.anchors import Gazetteer
        >>> g = Gazetteer.load("examples/data/nato_ukraine/gazetteer.json")
        >>> doc = Document("004", "During a recent summit in Washington, leaders met.", dt.date(2024, 12, 3))
        >>> m = resolve_named_events(doc, [], gazetteer=g)[0]
        >>> m.value, m.interval.iso(), m.anchor.describe()
        ('2024-07', ('2024-07-09', '2024-07-12'), 'gazetteer entry Washington summit')
        >>> m = resolve_named_events(doc, [])[0]
        >>> m.value, m.constraint
        (None, 'BEFORE 2024-12-03')
    """
    if bindings is None:
        bindings = learn_bindings([document], {document.id: mentions}, gazetteer)
    result = [m if m.doc_id == document.id else attrs.evolve(m, doc_id=document.id) for m in mentions]
    for t in find_temponyms(document.text, gazetteer):
        overlapping = [m for m in result if m.start < t.end and t.start < m.end]
        if any(not (t.start <= m.start and m.end <= t.end and _contains_year_only(m)) for m in overlapping):
            continue
        resolved = _resolve(t, document, gazetteer, bindings)
        result = [m for m in result if m not in overlapping]
        result.append(resolved)
    result.sort(key=lambda m: (m.start, m.end))
    return result
