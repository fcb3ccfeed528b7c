"""Data model: validation and lossless JSON round trips (property-based)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.model import (
    Anchor,
    AnchorKind,
    Corpus,
    Document,
    Event,
    EventMention,
    Evidence,
    Granularity,
    Interval,
    Relation,
    TimeMention,
    TimexType,
)

texts = st.text(max_size=40)
opt_texts = st.none() | texts
offsets = st.integers(min_value=0, max_value=10_000)
datetimes = st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9000, 1, 1))


@st.composite
def intervals(draw: st.DrawFn) -> Interval:
    a, b = sorted([draw(datetimes), draw(datetimes)])
    return Interval(a, b)


@st.composite
def spans(draw: st.DrawFn) -> tuple[int, int]:
    a, b = sorted([draw(offsets), draw(offsets)])
    return a, b


anchors = st.builds(
    Anchor,
    kind=st.sampled_from(AnchorKind),
    value=opt_texts,
    doc=opt_texts,
    start=st.none() | offsets,
    end=st.none() | offsets,
)


@st.composite
def time_mentions(draw: st.DrawFn) -> TimeMention:
    start, end = draw(spans())
    return TimeMention(
        start,
        end,
        draw(texts),
        draw(st.sampled_from(TimexType)),
        draw(opt_texts),
        mod=draw(opt_texts),
        interval=draw(st.none() | intervals()),
        granularity=draw(st.none() | st.sampled_from(Granularity)),
        anchor=draw(anchors),
        rule=draw(texts),
        doc_id=draw(opt_texts),
        reason=draw(opt_texts),
        constraint=draw(opt_texts),
    )


@st.composite
def event_mentions(draw: st.DrawFn) -> EventMention:
    start, end = draw(spans())
    return EventMention(
        draw(texts),
        start,
        end,
        draw(texts),
        lemma=draw(texts),
        polarity=draw(st.sampled_from(["POS", "NEG"])),
        modality=draw(opt_texts),
        sentence=draw(texts),
        sentence_start=draw(offsets),
        actors=tuple(draw(st.lists(texts, max_size=3))),
        location=draw(opt_texts),
        time=draw(st.none() | time_mentions()),
        time_relation=draw(opt_texts),
        time_reason=draw(opt_texts),
    )


evidence = st.builds(Evidence, doc=texts, start=offsets, end=offsets, text=texts)
events = st.builds(
    Event,
    id=texts,
    label=texts,
    mentions=st.lists(event_mentions(), max_size=3).map(tuple),
    interval=st.none() | intervals(),
    value=opt_texts,
    granularity=st.none() | st.sampled_from(Granularity),
    actors=st.lists(texts, max_size=3).map(tuple),
    merge_reasons=st.lists(texts, max_size=2).map(tuple),
)
relations = st.builds(
    Relation,
    source=texts,
    target=texts,
    kind=st.sampled_from(["sequence", "causal"]),
    relation=texts,
    cue=opt_texts,
    evidence=st.lists(evidence, max_size=2).map(tuple),
    flag=opt_texts,
)
documents = st.builds(
    Document,
    id=texts,
    text=st.text(max_size=200),
    reference_date=st.none() | st.dates(),
    title=opt_texts,
    source=opt_texts,
    url=opt_texts,
    language=st.sampled_from(["en", "de", "pt-BR"]),
    reference_date_inferred=st.booleans(),
    reference_date_evidence=st.lists(evidence, max_size=2).map(tuple),
)


@given(
    st.one_of(intervals(), anchors, time_mentions(), event_mentions(), events, relations, documents, evidence)
)
def test_any_model_value_survives_json_round_trip(value: object) -> None:
    cls = type(value)
    text = value.to_json()  # type: ignore[attr-defined]
    assert cls.from_json(text) == value  # type: ignore[attr-defined]
    assert cls.from_json(text).to_json() == text  # type: ignore[attr-defined]  # same bytes


@given(st.lists(documents, max_size=4, unique_by=lambda d: d.id))
def test_corpus_round_trip(docs: list[Document]) -> None:
    corpus = Corpus(tuple(docs))
    assert Corpus.from_json(corpus.to_json()) == corpus


def test_interval_rejects_end_before_start() -> None:
    with pytest.raises(ValueError, match="before its start"):
        Interval(dt.datetime(2024, 1, 2), dt.datetime(2024, 1, 1))


def test_mention_rejects_end_before_start() -> None:
    with pytest.raises(ValueError, match="before its start"):
        TimeMention(5, 3, "x", TimexType.DATE, None)


def test_corpus_rejects_duplicate_ids() -> None:
    with pytest.raises(ValueError, match="duplicate document id 'a'"):
        Corpus((Document("a", "x"), Document("a", "y")))


def test_document_rejects_bytes_and_datetimes() -> None:
    with pytest.raises(TypeError, match="decode"):
        Document("a", b"text")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"datetime\.date"):
        Document("a", "x", reference_date="2024-01-01")  # type: ignore[arg-type]


def test_json_is_deterministic_and_readable() -> None:
    m = TimeMention(
        0,
        7,
        "Tuesday",
        TimexType.DATE,
        "2024-12-03",
        interval=Interval.day(dt.date(2024, 12, 3)),
        granularity=Granularity.DAY,
        anchor=Anchor(AnchorKind.REFERENCE_DATE, "2024-12-02"),
        rule="weekday",
    )
    assert m.to_json() == m.to_json()
    assert '"interval": {"start": "2024-12-03", "end": "2024-12-04"}' in m.to_json()
    assert m.explain() == "Tuesday → 2024-12-03, from reference date 2024-12-02 (rule weekday)"
