"""The whole pipeline: a corpus in, an :class:`~timeline.graph.EventGraph` out.

Per document (pure functions of their inputs, so a corpus can be mapped over processes):
reference-date inference (optional), temporal tagging, named-event resolution, event
extraction and time anchoring. Corpus-wide: named-event bindings learned from all
documents, cross-document merging, then the graph's sequence and causal edges.

Example:
    >>> from timeline.model import Corpus
    >>> g = build(Corpus.from_texts(["NATO pledged in 2008 that Ukraine would join."],
    ...                             reference_dates=["2023-04-04"]))
    >>> [(e.id, e.mentions[0].text) for e in g.events][:1]
    [('e0001', 'pledged')]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from timeline.anchors.corpus import GazetteerLike, Tagger, load_gazetteers, tag_corpus, tag_document
from timeline.events.extract import extract_events
from timeline.events.merge import apply_overrides, merge_mentions
from timeline.graph.eventgraph import EventGraph
from timeline.graph.relations import causal_relations, date_relations, find_conflicts, signal_relations
from timeline.model import Corpus, Document, EventMention, Relation, TimeMention

__all__ = ["GazetteerLike", "Tagger", "build", "document_events", "document_time_mentions"]


def document_time_mentions(
    document: Document, *, infer_reference_date: bool = True, tagger: Tagger | None = None
) -> tuple[Document, list[TimeMention]]:
    """Step 1 for one document: (inferred reference date and) the tagger's time mentions.

    Example:
        >>> doc, ms = document_time_mentions(Document("d", "Nothing dated."), tagger=lambda d: [])
        >>> doc.id, ms
        ('d', [])
    """
    return tag_document(document, infer_reference_date=infer_reference_date, tagger=tagger)


def document_events(document: Document, time_mentions: Sequence[TimeMention]) -> list[EventMention]:
    """Step 3 for one document: its event mentions, anchored in time.

    Example:
        >>> [m.text for m in document_events(Document("d", "Talks collapsed."), [])]
        ['Talks', 'collapsed']
    """
    return extract_events(document, time_mentions)


def build(
    corpus: Corpus | Iterable[Document],
    gazetteer: GazetteerLike = None,
    *,
    infer_reference_date: bool = True,
    merges: Iterable[Sequence[str]] | None = None,
    splits: Iterable[str | tuple[str, str]] | None = None,
    progress: bool = False,
    tagger: Tagger | None = None,
) -> EventGraph:
    """Build the event graph of a corpus.

    ``gazetteer`` (a :class:`timeline.anchors.Gazetteer`, a path, or a list of them) names
    events with known dates; ``infer_reference_date`` guesses publication dates that the
    corpus lacks (flagged as inferred). ``merges`` (groups of event ids) and ``splits``
    (event ids, or ``(event_id, doc_id)`` pairs) correct the automatic merging: ids are those
    of the graph built without them, and an unknown id raises
    :class:`timeline.events.merge.UnknownEventError`. ``tagger`` replaces the temporal
    tagger (for tests and gold time expressions).

    Example:
        >>> len(build(Corpus(())))
        0
    """
    gaz = load_gazetteers(gazetteer)
    tagged = tag_corpus(
        corpus,
        gazetteer=gaz,
        infer_reference_date=infer_reference_date,
        tagger=tagger,
        named_events=gaz is not None or tagger is None,
        progress=progress,
    )
    docs = [t.document for t in tagged]
    by_doc = {t.document.id: list(t.mentions) for t in tagged}
    mentions: list[EventMention] = []
    steps: Iterable[Document] = docs
    if progress:
        from tqdm import tqdm

        steps = tqdm(docs, desc="events", unit="doc")
    for d in steps:
        mentions += document_events(d, by_doc[d.id])
    refs: dict[str, dt.date | None] = {d.id: d.reference_date for d in docs}
    events = merge_mentions(mentions, refs)
    if merges or splits:
        events = apply_overrides(events, merges, splits, mentions)
    all_times = [m for d in docs for m in by_doc[d.id]]
    relations = _relations(events, all_times)
    return EventGraph.from_parts(
        events,
        relations,
        corpus=Corpus(tuple(docs)),
        unresolved=[m for m in all_times if m.value is None],
        time_mentions=all_times,
        conflicts=find_conflicts(relations, {e.id: e for e in events}),
    )


def _relations(events: Sequence[Any], time_mentions: Sequence[TimeMention]) -> list[Relation]:
    event_of = {(m.doc_id, m.start): e.id for e in events for m in e.mentions}
    mentions = [m for e in events for m in e.mentions]
    mentions.sort(key=lambda m: (m.doc_id, m.start))
    by_id = {e.id: e for e in events}
    dated = date_relations(events)
    direct = {(r.source, r.target) for r in dated}
    textual: list[Relation] = []
    for r in signal_relations(mentions, event_of, time_mentions):
        if (r.source, r.target) in direct:
            continue
        direct.add((r.source, r.target))
        textual.append(r)
    causal = causal_relations(mentions, event_of, by_id)
    seen: set[tuple[str, str]] = set()
    unique_causal = []
    for r in causal:
        if (r.source, r.target) not in seen:
            seen.add((r.source, r.target))
            unique_causal.append(r)
    return [*dated, *textual, *unique_causal]
