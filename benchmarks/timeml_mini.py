"""A tiny TimeML reader and TempEval-3 TIMEX3 scorer, used until ``timeline.io.timeml`` and
``timeline.eval`` exist.

It keeps exactly what the benchmark needs: the ``<TEXT>`` element's plain text (tags stripped,
entities decoded), the document creation time (DCT), and the gold TIMEX3 spans inside
``<TEXT>`` as offsets into that plain text. The scorer follows the TempEval-3 definitions:
strict match (identical span), relaxed match (overlapping spans, one-to-one), and attribute
F1 for ``type`` and ``value`` over relaxed matches (``2 * correct / (system + gold)``, which
equals relaxed F1 times attribute accuracy).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import Element

from defusedxml import ElementTree

__all__ = ["Span", "TimemlDoc", "read_timeml", "read_timeml_dir", "score"]


@dataclass(frozen=True, slots=True)
class Span:
    """A TIMEX3-like span: half-open character offsets into the document text."""

    start: int
    end: int
    text: str
    type: str
    value: str | None


@dataclass(frozen=True, slots=True)
class TimemlDoc:
    """One TimeML document: its plain text, its DCT and its gold TIMEX3 spans."""

    id: str
    text: str
    dct: dt.date
    gold: tuple[Span, ...] = field(default=())


_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _walk(node: Element, parts: list[str], pos: int, gold: list[Span]) -> int:
    if node.text:
        parts.append(node.text)
        pos += len(node.text)
    for child in node:
        start = pos
        pos = _walk(child, parts, pos, gold)
        if child.tag == "TIMEX3":
            text = "".join(parts)[start:pos]
            gold.append(Span(start, pos, text, child.get("type", "DATE"), child.get("value")))
        if child.tail:
            parts.append(child.tail)
            pos += len(child.tail)
    return pos


def read_timeml(path: str | Path) -> TimemlDoc:
    """Read one ``.tml`` file."""
    path = Path(path)
    root = ElementTree.parse(path).getroot()
    dct: dt.date | None = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            match = _ISO_DATE.match(timex.get("value") or "")
            if match:
                dct = dt.date(*(int(g) for g in match.groups()))
                break
    if dct is None:
        raise ValueError(f"{path}: no CREATION_TIME TIMEX3 with an ISO date value")
    text_el = root.find("TEXT")
    if text_el is None:
        raise ValueError(f"{path}: no <TEXT> element")
    parts: list[str] = []
    gold: list[Span] = []
    _walk(text_el, parts, 0, gold)
    gold.sort(key=lambda s: (s.start, s.end))
    doc_id = root.findtext("DOCID") or path.stem
    return TimemlDoc(doc_id.strip(), "".join(parts), dct, tuple(gold))


def read_timeml_dir(folder: str | Path) -> list[TimemlDoc]:
    """Every ``.tml`` file under ``folder``, in sorted path order."""
    return [read_timeml(p) for p in sorted(Path(folder).rglob("*.tml"))]


def _f1(correct: int, n_system: int, n_gold: int) -> tuple[float, float, float]:
    precision = correct / n_system if n_system else 0.0
    recall = correct / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _relaxed_pairs(system: Sequence[Span], gold: Sequence[Span]) -> list[tuple[Span, Span]]:
    """One-to-one overlap matching: exact spans first, then largest overlap."""
    pairs: list[tuple[Span, Span]] = []
    used_s: set[int] = set()
    used_g: set[int] = set()
    candidates = []
    for i, s in enumerate(system):
        for j, g in enumerate(gold):
            overlap = min(s.end, g.end) - max(s.start, g.start)
            if overlap > 0:
                exact = s.start == g.start and s.end == g.end
                candidates.append((not exact, -overlap, i, j))
    for _, _, i, j in sorted(candidates):
        if i not in used_s and j not in used_g:
            used_s.add(i)
            used_g.add(j)
            pairs.append((system[i], gold[j]))
    return pairs


def score(pairs: Iterable[tuple[Sequence[Span], Sequence[Span]]]) -> dict[str, float | int]:
    """TempEval-3 TIMEX3 scores over ``(system_spans, gold_spans)`` per document."""
    n_sys = n_gold = strict = relaxed = type_ok = value_ok = 0
    for system, gold in pairs:
        n_sys += len(system)
        n_gold += len(gold)
        gold_spans = {(g.start, g.end) for g in gold}
        strict += len({(s.start, s.end) for s in system} & gold_spans)
        for s, g in _relaxed_pairs(system, gold):
            relaxed += 1
            type_ok += s.type == g.type
            value_ok += s.value is not None and s.value == g.value
    sp, sr, sf = _f1(strict, n_sys, n_gold)
    rp, rr, rf = _f1(relaxed, n_sys, n_gold)
    return {
        "gold": n_gold,
        "system": n_sys,
        "strict_precision": sp,
        "strict_recall": sr,
        "strict_f1": sf,
        "relaxed_precision": rp,
        "relaxed_recall": rr,
        "relaxed_f1": rf,
        "type_f1": _f1(type_ok, n_sys, n_gold)[2],
        "value_f1": _f1(value_ok, n_sys, n_gold)[2],
    }
