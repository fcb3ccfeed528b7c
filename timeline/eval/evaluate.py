"""Score whole documents, directories of TimeML files, or a tagger against gold TimeML."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from timeline.errors import InputError
from timeline.eval.scoring import (
    MODES,
    EventScore,
    ExtentLike,
    Mismatch,
    Mode,
    TimexScore,
    as_extent,
    score_event_extents,
    score_timex_extents,
)
from timeline.io.timeml import TimeMLDocument, find_timeml_files, read_timeml, timeml_stem
from timeline.model import Document, TimeMention

if TYPE_CHECKING:
    from tqdm import tqdm as Tqdm

__all__ = [
    "DocumentScore",
    "EvaluationResult",
    "evaluate_dirs",
    "evaluate_tagger",
    "score_document",
]

Tagger = Callable[[Document], Sequence[TimeMention]]


@attrs.frozen(slots=True)
class DocumentScore:
    """Scores of one document, with every error found in it.

    ``system_missing`` is true when the system directory had no file for this gold file
    (it was then scored as an empty annotation). ``events`` is ``None`` when events were
    not scored.

    Example:
        >>> score_document("In 1998.", [(3, 7)], []).timex.relaxed_recall
        0.0
    """

    doc_id: str
    timex: TimexScore
    events: EventScore | None = None
    mismatches: tuple[Mismatch, ...] = ()
    path: str | None = None
    system_missing: bool = False

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-compatible ``dict``.

        Example:
            >>> score_document("x", [], [], doc_id="d").to_dict()["timex"]["relaxed"]["f1"]
            1.0
        """
        return {
            "doc_id": self.doc_id,
            "path": self.path,
            "system_missing": self.system_missing,
            "timex": self.timex.to_dict(),
            "events": self.events.to_dict() if self.events is not None else None,
            "mismatches": [m.to_dict() for m in self.mismatches],
        }


def score_document(
    text: str,
    gold_timexes: Sequence[ExtentLike],
    system_timexes: Sequence[ExtentLike],
    *,
    gold_events: Sequence[ExtentLike] | None = None,
    system_events: Sequence[ExtentLike] | None = None,
    doc_id: str = "doc",
    mode: Mode = "tempeval",
    path: str | None = None,
    system_missing: bool = False,
) -> DocumentScore:
    """Score one document's time expressions (and events, if gold events are given).

    Annotations may be :class:`~timeline.eval.Extent`, gold TimeML annotations, our
    :class:`~timeline.model.TimeMention`/:class:`~timeline.model.EventMention`, or plain
    ``(start, end)`` pairs. Gold DCTs must not be among them (they are not scored).

    Example:
        >>> from timeline.eval import Extent
        >>> text = "The talks on Tuesday lasted two days."
        >>> gold = [Extent(13, 20, "Tuesday", "DATE", "2024-12-03"), Extent(28, 36, "two days", "DURATION", "P2D")]
        >>> system = [Extent(13, 20, "Tuesday", "DATE", "2024-12-03")]
        >>> s = score_document(text, gold, system).timex
        >>> s.strict_precision, s.strict_recall, round(s.value_f1, 4)
        (1.0, 0.5, 0.6667)
    """
    gold_t = [as_extent(x, text) for x in gold_timexes]
    system_t = [as_extent(x, text) for x in system_timexes]
    timex, errors = score_timex_extents(text, gold_t, system_t, doc_id=doc_id, mode=mode)
    events: EventScore | None = None
    if gold_events is not None:
        gold_e = [as_extent(x, text) for x in gold_events]
        system_e = [as_extent(x, text) for x in (system_events or ())]
        events, event_errors = score_event_extents(text, gold_e, system_e, doc_id=doc_id, mode=mode)
        errors = sorted([*errors, *event_errors], key=lambda m: (m.layer != "timex", _position(m)))
    return DocumentScore(doc_id, timex, events, tuple(errors), path, system_missing)


def _position(m: Mismatch) -> tuple[int, int]:
    where = m.gold if m.gold is not None else m.system
    assert where is not None
    return (where.start, where.end)


@attrs.frozen(slots=True)
class EvaluationResult:
    """Micro-averaged scores over documents, with the per-document breakdown.

    ``missing_system_files`` lists (relative paths of) gold files that had no system file
    and were scored as empty.

    Example:
        >>> r = EvaluationResult("tempeval", (score_document("In 1998.", [(3, 7)], [(3, 7)]),))
        >>> r.timex.strict_f1
        1.0
    """

    mode: str
    documents: tuple[DocumentScore, ...]
    missing_system_files: tuple[str, ...] = ()

    @property
    def timex(self) -> TimexScore:
        """Time-expression scores summed over every document (micro average)."""
        total = TimexScore()
        for doc in self.documents:
            total = total + doc.timex
        return total

    @property
    def events(self) -> EventScore | None:
        """Event scores summed over the documents where events were scored, if any."""
        scored = [d.events for d in self.documents if d.events is not None]
        if not scored:
            return None
        total = EventScore()
        for score in scored:
            total = total + score
        return total

    @property
    def mismatches(self) -> tuple[Mismatch, ...]:
        """Every error of every document, in document order."""
        return tuple(m for d in self.documents for m in d.mismatches)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-compatible ``dict`` (deterministic order).

        Example:
            >>> EvaluationResult("overlap", ()).to_dict()["timex"]["gold"]
            0
        """
        events = self.events
        return {
            "mode": self.mode,
            "documents_scored": len(self.documents),
            "missing_system_files": list(self.missing_system_files),
            "timex": self.timex.to_dict(),
            "events": events.to_dict() if events is not None else None,
            "documents": [d.to_dict() for d in self.documents],
        }

    def format_table(self, *, per_document: bool = True) -> str:
        """A readable report: overall scores, then one line per document (percentages).

        Example:
            >>> print(EvaluationResult("tempeval", (score_document("In 1998.", [(3, 7)], [(3, 7)],
            ...       doc_id="d1"),)).format_table())  # doctest: +NORMALIZE_WHITESPACE
            Time expressions (mode tempeval, 1 documents): 1 gold, 1 system
                             P       R      F1
            strict      100.00  100.00  100.00
            relaxed     100.00  100.00  100.00
                      accuracy      F1
            type        100.00  100.00
            value       100.00  100.00
            <BLANKLINE>
            document   gold  system  strict F1  relaxed F1  type F1  value F1
            d1            1       1     100.00      100.00   100.00    100.00
        """
        t = self.timex
        lines = [
            f"Time expressions (mode {self.mode}, {len(self.documents)} documents): {t.gold} gold, {t.system} system",
            f"{'':10}{'P':>8}{'R':>8}{'F1':>8}",
            f"{'strict':10}{_pct(t.strict_precision)}{_pct(t.strict_recall)}{_pct(t.strict_f1)}",
            f"{'relaxed':10}{_pct(t.relaxed_precision)}{_pct(t.relaxed_recall)}{_pct(t.relaxed_f1)}",
            f"{'':10}{'accuracy':>8}{'F1':>8}",
            f"{'type':10}{_pct(t.type_accuracy)}{_pct(t.type_f1)}",
            f"{'value':10}{_pct(t.value_accuracy)}{_pct(t.value_f1)}",
        ]
        e = self.events
        if e is not None:
            lines += [
                "",
                f"Events: {e.gold} gold, {e.system} system",
                f"{'':10}{'P':>8}{'R':>8}{'F1':>8}",
                f"{'strict':10}{_pct(e.strict_precision)}{_pct(e.strict_recall)}{_pct(e.strict_f1)}",
                f"{'relaxed':10}{_pct(e.relaxed_precision)}{_pct(e.relaxed_recall)}{_pct(e.relaxed_f1)}",
                f"{'class':10}{'':8}{'':8}{_pct(e.class_f1)}",
            ]
        if self.missing_system_files:
            lines += [
                "",
                f"No system file for {len(self.missing_system_files)} gold files (scored as empty):",
            ]
            lines += [f"  {name}" for name in self.missing_system_files]
        if per_document and self.documents:
            width = max(8, *(len(d.path or d.doc_id) for d in self.documents))
            lines += [
                "",
                f"{'document':{width}}  {'gold':>4}  {'system':>6}  {'strict F1':>9}  {'relaxed F1':>10}"
                f"  {'type F1':>7}  {'value F1':>8}",
            ]
            for d in self.documents:
                s = d.timex
                mark = "  (no system file)" if d.system_missing else ""
                lines.append(
                    f"{d.path or d.doc_id:{width}}  {s.gold:4d}  {s.system:6d}  {s.strict_f1 * 100:9.2f}"
                    f"  {s.relaxed_f1 * 100:10.2f}  {s.type_f1 * 100:7.2f}  {s.value_f1 * 100:8.2f}{mark}"
                )
        return "\n".join(lines)


def _pct(x: float) -> str:
    return f"{x * 100:8.2f}"


def _check_mode(mode: str) -> Mode:
    if mode == "tempeval":
        return "tempeval"
    if mode == "overlap":
        return "overlap"
    raise ValueError(f"unknown scoring mode {mode!r}; choose one of {', '.join(MODES)}")


def _progress(items: list[Path], enabled: bool, what: str) -> Iterable[Path] | Tqdm[Path]:
    if not enabled:
        return items
    from tqdm import tqdm

    return tqdm(items, desc=what, unit="doc", file=sys.stderr)


def _first_difference(a: str, b: str) -> int:
    """1-based line of the first difference between two texts."""
    for index, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return a.count("\n", 0, index) + 1
    return min(a, b, key=len).count("\n") + 1


def evaluate_dirs(
    gold_dir: str | Path,
    system_dir: str | Path,
    *,
    mode: str = "tempeval",
    progress: bool = False,
) -> EvaluationResult:
    """Score every TimeML file below ``gold_dir`` against its counterpart in ``system_dir``.

    A system file is found at the same relative path, or in the same relative folder with
    the same name up to the ``.tml``/``.TE3input`` endings (so ``X.TE3input`` gold-side
    inputs match ``X.tml`` outputs). Gold files without one are scored as empty system
    output and listed in ``missing_system_files``. Events are scored when both the gold
    and the system files annotate some. A system file whose text differs from the gold text raises
    :class:`~timeline.errors.InputError` naming the file and the first differing line.

    Example:
        >>> evaluate_dirs("gold/", "system/").timex.value_f1  # doctest: +SKIP
        0.71
    """
    checked = _check_mode(mode)
    gold_root, system_root = Path(gold_dir), Path(system_dir)
    gold_files = find_timeml_files(gold_root)
    if not gold_files:
        raise InputError("no .tml or .TE3input files found", file=gold_root)
    system_index: dict[tuple[str, str], Path] = {}
    for path in find_timeml_files(system_root):
        relative = path.relative_to(system_root)
        system_index.setdefault((relative.parent.as_posix(), timeml_stem(relative.name)), path)

    pairs: list[tuple[str, TimeMLDocument, TimeMLDocument | None]] = []
    missing: list[str] = []
    for gold_path in _progress(gold_files, progress, "reading"):
        relative = gold_path.relative_to(gold_root)
        name = relative.as_posix()
        gold = read_timeml(gold_path)
        system_path = system_root / relative
        if not system_path.is_file():
            system_path = system_index.get(
                (relative.parent.as_posix(), timeml_stem(relative.name)), system_path
            )
        system: TimeMLDocument | None = None
        if system_path.is_file():
            system = read_timeml(system_path)
            if system.document.text != gold.document.text:
                line = _first_difference(gold.document.text, system.document.text)
                raise InputError(
                    f"the text inside <TEXT> differs from the gold file {gold_path} (first at line {line} "
                    "of the text); a system may only add annotations",
                    file=system_path,
                )
        else:
            missing.append(name)
        pairs.append((name, gold, system))

    # events are scored only when both sides annotate them (a timex-only system is not
    # penalised for events it never tried to find)
    score_events = any(g.events for _, g, _ in pairs) and any(s is not None and s.events for _, _, s in pairs)
    documents = [
        score_document(
            gold.document.text,
            gold.timexes,
            system.timexes if system is not None else (),
            gold_events=gold.events if score_events else None,
            system_events=system.events if system is not None else (),
            doc_id=gold.document.id,
            mode=checked,
            path=name,
            system_missing=system is None,
        )
        for name, gold, system in pairs
    ]
    return EvaluationResult(checked, tuple(documents), tuple(missing))


def _default_tagger(document: Document) -> Sequence[TimeMention]:
    from timeline.temporal import tag

    return tag(document)


def evaluate_tagger(
    gold_dir: str | Path,
    tagger: Tagger | None = None,
    *,
    mode: str = "tempeval",
    progress: bool = False,
) -> EvaluationResult:
    """Tag each gold document's text (with its DCT as reference date) and score it, in memory.

    ``tagger`` takes a :class:`~timeline.model.Document` and returns its
    :class:`~timeline.model.TimeMention` list; it defaults to
    :func:`timeline.temporal.tag`. Only time expressions are scored.

    Example:
        >>> evaluate_tagger("TBAQ-cleaned").timex.value_f1  # doctest: +SKIP
        0.68
    """
    checked = _check_mode(mode)
    run = tagger if tagger is not None else _default_tagger
    gold_root = Path(gold_dir)
    gold_files = find_timeml_files(gold_root)
    if not gold_files:
        raise InputError("no .tml or .TE3input files found", file=gold_root)
    documents = []
    for gold_path in _progress(gold_files, progress, "tagging"):
        gold = read_timeml(gold_path)
        mentions = run(gold.document)
        documents.append(
            score_document(
                gold.document.text,
                gold.timexes,
                list(mentions),
                doc_id=gold.document.id,
                mode=checked,
                path=gold_path.relative_to(gold_root).as_posix(),
            )
        )
    return EvaluationResult(checked, tuple(documents))
