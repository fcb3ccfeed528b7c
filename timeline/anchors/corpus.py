"""The time layer of a whole corpus: tag every document, then anchor its named events.

Per-document steps (reference-date inference, tagging, temponym resolution) are pure
functions of their inputs; the one corpus-wide step is :func:`learn_bindings`, which reads
every document's mentions. This is what ``timeline tag --manifest`` prints and what
``timeline.build`` starts from.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import attrs

from timeline.anchors.gazetteer import Gazetteer
from timeline.anchors.named import Bindings, learn_bindings, resolve_named_events
from timeline.anchors.refdate import with_inferred_reference_date
from timeline.model import Corpus, Document, TimeMention
from timeline.temporal import tag

__all__ = ["GazetteerLike", "TaggedDocument", "Tagger", "load_gazetteers", "tag_corpus", "tag_document"]

GazetteerLike = Gazetteer | str | Path | Sequence[Gazetteer | str | Path] | None
#: a temporal tagger: document -> its time mentions
Tagger = Callable[[Document], Sequence[TimeMention]]


@attrs.frozen
class TaggedDocument:
    """A document (with its possibly inferred reference date) and its time mentions.

    Example:
        >>> [t.document.id for t in tag_corpus(Corpus.from_texts(["In 2008."]))]
        ['doc0']
    """

    document: Document
    mentions: tuple[TimeMention, ...]

    def to_dict(self) -> dict[str, object]:
        """The JSON layout of ``timeline tag --json`` for one document.

        Example:
            >>> tag_corpus(Corpus.from_texts(["In 2008."]))[0].to_dict()["mentions"][0]["value"]
            '2008'
        """
        doc = self.document
        result: dict[str, object] = {
            "id": doc.id,
            "reference_date": doc.reference_date.isoformat() if doc.reference_date else None,
            "reference_date_inferred": doc.reference_date_inferred,
        }
        if doc.reference_date_inferred:
            result["reference_date_evidence"] = [e.to_dict() for e in doc.reference_date_evidence]
        result["mentions"] = [mention_dict(m) for m in self.mentions]
        return result


def mention_dict(m: TimeMention) -> dict[str, object]:
    """One mention in the CLI's JSON layout (interval as ``[start, end]``).

    Example:
        >>> mention_dict(tag("in 2008")[0])["interval"]
        ['2008-01-01', '2009-01-01']
    """
    return {
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "type": m.type.value,
        "value": m.value,
        "mod": m.mod,
        "interval": list(m.interval.iso()) if m.interval else None,
        "granularity": m.granularity.value if m.granularity else None,
        "anchor": m.anchor.to_dict(),
        "rule": m.rule,
        "reason": m.reason,
        "constraint": m.constraint,
    }


def load_gazetteers(gazetteer: GazetteerLike) -> Gazetteer | None:
    """One gazetteer from ``None``, a :class:`Gazetteer`, a path, or a list of either (merged).

    Example:
        >>> len(load_gazetteers(["examples/data/nato_ukraine/gazetteer.json"]))  # doctest: +SKIP
        4
    """
    if gazetteer is None:
        return None
    if isinstance(gazetteer, Gazetteer):
        return gazetteer
    if isinstance(gazetteer, str | Path):
        return Gazetteer.load(gazetteer)
    merged: Gazetteer | None = None
    for item in gazetteer:
        loaded = item if isinstance(item, Gazetteer) else Gazetteer.load(item)
        merged = loaded if merged is None else merged.merge(loaded)
    return merged


def tag_corpus(
    corpus: Corpus | Iterable[Document],
    *,
    gazetteer: GazetteerLike = None,
    infer_reference_date: bool = True,
    bindings: Bindings | None = None,
    tagger: Tagger | None = None,
    named_events: bool = True,
    progress: bool = False,
) -> list[TaggedDocument]:
    """Tag every document and resolve its named events against the gazetteer and the corpus.

    Documents without a reference date get an inferred one when ``infer_reference_date`` is
    true (always flagged ``reference_date_inferred``); bindings learned from any document
    resolve named events in every document unless ``bindings`` are given. ``tagger`` replaces
    :func:`timeline.tag` (e.g. gold time expressions); ``named_events=False`` skips temponyms.

    Example:
        >>> c = Corpus.from_texts(["The Vilnius summit in July 2023 failed.", "At the Vilnius summit, ..."],
        ...                       reference_dates=["2024-01-01", "2024-01-02"])
        >>> [m.value for m in tag_corpus(c)[1].mentions]
        ['2023-07']
    """
    gaz = load_gazetteers(gazetteer)
    run: Tagger = tagger if tagger is not None else tag
    documents: Iterable[Document] = list(corpus)
    if progress:
        from tqdm import tqdm

        documents = tqdm(documents, desc="time", unit="doc")
    first = [tag_document(doc, infer_reference_date=infer_reference_date, tagger=run) for doc in documents]
    if not named_events:
        return [TaggedDocument(doc, tuple(mentions)) for doc, mentions in first]
    if bindings is None:
        bindings = learn_bindings([d for d, _ in first], {d.id: m for d, m in first}, gaz)
    return [
        TaggedDocument(doc, tuple(resolve_named_events(doc, mentions, gazetteer=gaz, bindings=bindings)))
        for doc, mentions in first
    ]


def tag_document(
    document: Document, *, infer_reference_date: bool = True, tagger: Tagger | None = None
) -> tuple[Document, list[TimeMention]]:
    """The per-document step: (an inferred reference date, flagged as such, and) the time mentions.

    Example:
        >>> doc, mentions = tag_document(Document("d", "In 2008."))
        >>> doc.reference_date, [m.value for m in mentions]
        (None, ['2008'])
    """
    run: Tagger = tagger if tagger is not None else tag
    mentions = list(run(document))
    if document.reference_date is None and infer_reference_date:
        inferred = with_inferred_reference_date(document, mentions=mentions)
        if inferred.reference_date is not None:
            document = inferred
            mentions = list(run(document))
    return document, [m if m.doc_id == document.id else attrs.evolve(m, doc_id=document.id) for m in mentions]
