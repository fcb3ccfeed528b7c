"""Event benchmarks: detection, time anchoring, cross-document coreference, scale.

Prints, for the data present in ../shared (each part is skipped with a note otherwise):

1. event detection on TBAQ-cleaned gold EVENT tags: trigger extents, relaxed (overlapping
   spans, matched one-to-one), precision / recall / F1;
2. event-to-time anchoring on TBAQ TLINKs: with gold TIMEX3 given as time mentions and our
   own detected events, how often an event's governing time is one that a gold TLINK links
   it to (event-timex links inside the text), and how often the tense relation to the
   document creation time (BEFORE/AFTER) agrees with the gold event-DCT TLINK;
3. MEANTIME cross-document event coreference: the full pipeline on each MEANTIME corpus
   (apple, airbus); system mentions matched to gold mentions that carry a cross-document
   instance; B³ and cross-document pairwise precision / recall / F1 over the matched
   mentions (with the all-singletons baseline for scale);
4. the silver scale run: ``timeline.build`` over the 2,452 TempEval-3 silver documents on
   one core: wall time, peak memory (max RSS), events, edges per event.

Usage::

    python benchmarks/events.py [--skip-silver] [--silver-limit N]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from defusedxml import ElementTree

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from timeline.events import extract_events  # noqa: E402
from timeline.io.timeml import find_timeml_files, read_timeml  # noqa: E402
from timeline.model import Corpus, Document, TimeMention, TimexType  # noqa: E402
from timeline.pipeline import build  # noqa: E402

SHARED = Path(os.environ.get("TIMELINE_SHARED", REPO.parent / "shared"))
TBAQ = SHARED / "corpora" / "tempeval3" / "TBAQ-cleaned"
SILVER = SHARED / "corpora" / "tempeval3" / "silver"
MEANTIME = SHARED / "corpora" / "meantime"


def prf(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def match_relaxed(system: Sequence[tuple[int, int]], gold: Sequence[tuple[int, int]]) -> dict[int, int]:
    """One-to-one relaxed matching (overlap), greedy in text order: system index -> gold index."""
    order = sorted(range(len(gold)), key=lambda k: gold[k])
    used: set[int] = set()
    result: dict[int, int] = {}
    for i, (s, e) in sorted(enumerate(system), key=lambda x: x[1]):
        for k in order:
            gs, ge = gold[k]
            if k not in used and gs < e and s < ge:
                used.add(k)
                result[i] = k
                break
    return result


def _gold_times(tml: object) -> list[TimeMention]:
    times = []
    for t in tml.timexes:  # type: ignore[attr-defined]
        try:
            kind = TimexType(t.type)
        except ValueError:
            continue
        times.append(TimeMention(t.start, t.end, t.text, kind, t.value, doc_id=tml.document.id))  # type: ignore[attr-defined]
    return times


def _placeable(tml: object) -> list[bool]:
    """Which gold timexes can place an event on the calendar (fully specified DATE/TIME)."""
    from timeline.events.timeutil import value_interval

    return [t.type in ("DATE", "TIME") and value_interval(t.value) is not None for t in tml.timexes]  # type: ignore[attr-defined]


def tbaq() -> None:
    if not TBAQ.exists():
        print("TBAQ-cleaned not found: skipped")
        return
    tp = n_sys = n_gold = 0
    anchored = anchored_ok = 0
    dct_total = dct_ok = 0
    start = time.perf_counter()
    files = find_timeml_files(TBAQ)
    for path in files:
        tml = read_timeml(path)
        doc = tml.document
        gold_times = _gold_times(tml)
        mentions = extract_events(doc, gold_times)
        gold_spans = [(e.start, e.end) for e in tml.events]
        matched = match_relaxed([(m.start, m.end) for m in mentions], gold_spans)
        tp += len(matched)
        n_sys += len(mentions)
        n_gold += len(gold_spans)
        # anchoring
        eid_of_eiid = {eiid: e.eid for e in tml.events for eiid in e.eiids}
        tid_span = {t.tid: (t.start, t.end) for t in tml.timexes}
        placeable = {t.tid for t, g in zip(tml.timexes, _placeable(tml), strict=True) if g}
        dct_tid = tml.dct.tid if tml.dct is not None else None
        linked: dict[str, set[tuple[int, int]]] = defaultdict(set)
        dct_rel: dict[str, str] = {}
        for link in tml.tlinks:
            rel = link.rel_type
            if link.event_instance_id and link.related_to_time:
                eiid, tid, forward = link.event_instance_id, link.related_to_time, True
            elif link.time_id and link.related_to_event_instance:
                eiid, tid, forward = link.related_to_event_instance, link.time_id, False
            else:
                continue
            eid = eid_of_eiid.get(eiid)
            if eid is None:
                continue
            if tid == dct_tid:
                if rel in ("BEFORE", "AFTER"):
                    dct_rel[eid] = rel if forward else {"BEFORE": "AFTER", "AFTER": "BEFORE"}[rel]
            elif tid in placeable:
                linked[eid].add(tid_span[tid])
        for i, k in matched.items():
            m, g = mentions[i], tml.events[k]
            if g.eid in linked:
                anchored += 1
                if m.time is not None and (m.time.start, m.time.end) in linked[g.eid]:
                    anchored_ok += 1
            if g.eid in dct_rel and m.time is None and m.time_relation in ("BEFORE", "AFTER"):
                dct_total += 1
                dct_ok += m.time_relation == dct_rel[g.eid]
    elapsed = time.perf_counter() - start
    p, r, f = prf(tp, n_sys, n_gold)
    print(
        f"TBAQ-cleaned event detection ({len(files)} docs, relaxed one-to-one): "
        f"P {p:.3f} R {r:.3f} F1 {f:.3f}  (system {n_sys}, gold {n_gold}, matched {tp}; {elapsed:.1f}s)"
    )
    acc = anchored_ok / anchored if anchored else 0.0
    print(
        f"TBAQ event-timex anchoring (gold TIMEX3 given): {anchored_ok}/{anchored} = {acc:.3f} "
        "of detected events with a gold TLINK to a fully specified in-text DATE/TIME get a linked one as anchor"
    )
    dacc = dct_ok / dct_total if dct_total else 0.0
    print(
        f"TBAQ tense relation to DCT (undated events, gold BEFORE/AFTER DCT TLINK): {dct_ok}/{dct_total} = {dacc:.3f}"
    )


# ------------------------------------------------------------------ MEANTIME


def read_meantime(path: Path) -> tuple[Document, list[tuple[int, int, str]]]:
    """Text (tokens joined by spaces, sentences by newlines), DCT, gold mentions with a
    cross-document instance id: ``(start, end, instance_id)``."""
    root = ElementTree.parse(path).getroot()
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    pos = 0
    last_sentence = None
    for tok in root.iter("token"):
        sentence = tok.get("sentence")
        if parts:
            sep = "\n" if sentence != last_sentence else " "
            parts.append(sep)
            pos += 1
        text = tok.text or ""
        offsets[tok.get("t_id", "")] = (pos, pos + len(text))
        parts.append(text)
        pos += len(text)
        last_sentence = sentence
    text = "".join(parts)
    markables = root.find("Markables")
    mention_span: dict[str, tuple[int, int]] = {}
    instance_of: dict[str, str] = {}
    dct = None
    if markables is not None:
        for el in markables:
            if el.tag == "EVENT_MENTION":
                spans = [
                    offsets[a.get("t_id", "")] for a in el.iter("token_anchor") if a.get("t_id") in offsets
                ]
                if spans:
                    mention_span[el.get("m_id", "")] = (min(s for s, _ in spans), max(e for _, e in spans))
            elif el.tag == "EVENT" and el.get("instance_id"):
                instance_of[el.get("m_id", "")] = el.get("instance_id", "")
            elif el.tag == "TIMEX3" and el.get("functionInDocument") == "CREATION_TIME":
                dct = el.get("value")
    gold: list[tuple[int, int, str]] = []
    relations = root.find("Relations")
    if relations is not None:
        for ref in relations.iter("REFERS_TO"):
            target = ref.find("target")
            if target is None or target.get("m_id") not in instance_of:
                continue
            instance = instance_of[target.get("m_id", "")]
            for src in ref.iter("source"):
                span = mention_span.get(src.get("m_id", ""))
                if span is not None:
                    gold.append((span[0], span[1], instance))
    import datetime as dt

    reference = None
    if dct:
        try:
            reference = dt.date.fromisoformat(dct[:10])
        except ValueError:
            reference = None
    return Document(path.stem, text, reference), gold


def _b3(system: Sequence[str], gold: Sequence[str]) -> tuple[float, float, float]:
    by_sys: dict[str, set[int]] = defaultdict(set)
    by_gold: dict[str, set[int]] = defaultdict(set)
    for i, (s, g) in enumerate(zip(system, gold, strict=True)):
        by_sys[s].add(i)
        by_gold[g].add(i)
    n = len(system)
    if n == 0:
        return 0.0, 0.0, 0.0
    p = sum(len(by_sys[system[i]] & by_gold[gold[i]]) / len(by_sys[system[i]]) for i in range(n)) / n
    r = sum(len(by_sys[system[i]] & by_gold[gold[i]]) / len(by_gold[gold[i]]) for i in range(n)) / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _pairwise_cross(items: Sequence[tuple[str, str, str]]) -> tuple[float, float, float]:
    """Cross-document pairs: (doc, system cluster, gold cluster)."""
    tp = sys_pairs = gold_pairs = 0
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            (d1, s1, g1), (d2, s2, g2) = items[i], items[j]
            if d1 == d2:
                continue
            same_s, same_g = s1 == s2, g1 == g2
            sys_pairs += same_s
            gold_pairs += same_g
            tp += same_s and same_g
    return prf(tp, sys_pairs, gold_pairs)


def meantime() -> None:
    folders = sorted(p for p in MEANTIME.glob("corpus_*") if p.is_dir()) if MEANTIME.exists() else []
    if not folders:
        print("MEANTIME not found: skipped")
        return
    for folder in folders:
        docs, golds = [], []
        for path in sorted(folder.glob("*.xml")):
            doc, gold = read_meantime(path)
            docs.append(doc)
            golds.append(gold)
        start = time.perf_counter()
        graph = build(Corpus(tuple(docs)))
        elapsed = time.perf_counter() - start
        event_of = {(m.doc_id, m.start, m.end): e.id for e in graph.events for m in e.mentions}
        by_doc: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for (doc_id, s, e), eid in event_of.items():
            by_doc[doc_id].append((s, e, eid))
        sys_labels: list[str] = []
        gold_labels: list[str] = []
        items: list[tuple[str, str, str]] = []
        n_gold = 0
        for doc, gold in zip(docs, golds, strict=True):
            n_gold += len(gold)
            system = by_doc.get(doc.id, [])
            matched = match_relaxed([(s, e) for s, e, _ in system], [(s, e) for s, e, _ in gold])
            for i, k in matched.items():
                sys_labels.append(system[i][2])
                gold_labels.append(gold[k][2])
                items.append((doc.id, system[i][2], gold[k][2]))
        p, r, f = _b3(sys_labels, gold_labels)
        sp, sr, sf = _b3([str(k) for k in range(len(gold_labels))], gold_labels)
        pp, pr, pf = _pairwise_cross(items)
        print(
            f"MEANTIME {folder.name}: {len(docs)} docs, {len(gold_labels)}/{n_gold} gold cross-doc mentions "
            f"matched, {len(graph.events)} events ({elapsed:.1f}s)"
        )
        print(f"  B3 P {p:.3f} R {r:.3f} F1 {f:.3f}   (all singletons: P {sp:.3f} R {sr:.3f} F1 {sf:.3f})")
        print(f"  cross-document pairwise P {pp:.3f} R {pr:.3f} F1 {pf:.3f}")


# ------------------------------------------------------------------ silver


def silver_documents(limit: int | None) -> Iterable[Document]:
    files = find_timeml_files(SILVER)
    if limit is not None:
        files = files[:limit]
    for path in files:
        yield read_timeml(path).document


def silver(limit: int | None) -> None:
    if not SILVER.exists():
        print("silver not found: skipped")
        return
    docs = list(silver_documents(limit))
    chars = sum(len(d.text) for d in docs)
    start = time.perf_counter()
    graph = build(Corpus(tuple(docs)))
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n_events = len(graph.events)
    sequence = sum(1 for r in graph.relations if r.kind == "sequence")
    causal = len(graph.relations) - sequence
    dated = sum(1 for e in graph.events if e.interval is not None)
    mentions = sum(len(e.mentions) for e in graph.events)
    cross = sum(1 for e in graph.events if len(e.sources) > 1)
    print(
        f"silver scale run: {len(docs)} docs ({chars / 1e6:.1f} M chars) in {elapsed:.1f}s on one core "
        f"({len(docs) / elapsed:.0f} docs/s), peak RSS {peak:.0f} MiB"
    )
    print(
        f"  {mentions} mentions -> {n_events} events ({dated} dated, {cross} from several documents); "
        f"{sequence} sequence + {causal} causal edges = {sequence / max(n_events, 1):.2f} sequence "
        f"edges per event; {len(graph.conflicts)} conflicts"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--skip-silver", action="store_true")
    parser.add_argument("--silver-limit", type=int)
    args = parser.parse_args(argv)
    tbaq()
    meantime()
    if not args.skip_silver:
        silver(args.silver_limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
