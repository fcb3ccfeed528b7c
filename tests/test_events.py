"""Event mentions: detection, attributes, time anchoring, merging and user overrides."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.events import UnknownEventError, apply_overrides, extract_events, merge_mentions
from timeline.events.extract import lemmatize_noun, lemmatize_verb
from timeline.events.text import sentences
from timeline.model import Document, EventMention, Granularity, Interval, TimeMention, TimexType


def _doc(text: str, ref: str | None = "2024-12-02", doc_id: str = "d") -> Document:
    return Document(doc_id, text, dt.date.fromisoformat(ref) if ref else None)


def _time(text: str, doc: Document, value: str, occurrence: int = 0) -> TimeMention:
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(text, start + 1)
    return TimeMention(start, start + len(text), text, TimexType.DATE, value, doc_id=doc.id)


def _by_text(mentions: list[EventMention]) -> dict[str, EventMention]:
    return {m.text: m for m in mentions}


def test_lemmas() -> None:
    assert lemmatize_verb("requested") == ("request", "PAST")
    assert lemmatize_verb("pledges") == ("pledge", "PRESENT")
    assert lemmatize_verb("met") == ("meet", "PAST")
    assert lemmatize_verb("zzz") is None
    assert lemmatize_noun("talks") == "talk"


def test_sentences_respect_abbreviations_and_lines() -> None:
    text = "Mr. Rutte met the U.S. envoy. Talks ended.\nHeadline"
    assert [s.text(text) for s in sentences(text)] == [
        "Mr. Rutte met the U.S. envoy.",
        "Talks ended.",
        "Headline",
    ]


def test_detects_verbs_and_event_nouns_with_offsets() -> None:
    doc = _doc("NATO foreign ministers met in Brussels for a summit after the invasion.")
    found = _by_text(extract_events(doc))
    assert {"met", "summit", "invasion"} <= set(found)
    m = found["met"]
    assert doc.text[m.start : m.end] == "met" and m.lemma == "meet" and m.tense == "PAST"
    assert m.location == "Brussels" and "NATO" in m.actors
    assert m.sentence == doc.text and m.sentence_start == 0


@pytest.mark.parametrize("when", ["Thursday", "Thursday's", "December", "Monday morning"])
def test_place_names_stop_before_dates(when: str) -> None:
    doc = _doc(f"Protesters marched in Nairobi {when}, police said.")
    m = _by_text(extract_events(doc))["marched"]
    assert m.location == "Nairobi"
    assert all(when.split()[0].rstrip("'s") not in actor for actor in m.actors)


def test_titles_leave_no_dangling_of() -> None:
    doc = _doc("The Prime Minister of Singapore met the President of France in Paris on Monday.")
    m = _by_text(extract_events(doc))["met"]
    assert "Singapore" in m.actors and all(not a.lower().startswith(("of ", "the ")) for a in m.actors)


def test_negation_and_modality_are_not_facts() -> None:
    doc = _doc("NATO will not offer Ukraine membership. NATO is unlikely to heed the call. Talks could fail.")
    found = _by_text(extract_events(doc))
    assert found["offer"].polarity == "NEG" and not found["offer"].is_factual
    assert found["heed"].modality == "unlikely"
    assert found["fail"].modality == "could"


def test_event_classes() -> None:
    found = _by_text(extract_events(_doc("Rutte said allies want to begin talks.")))
    assert found["said"].event_class == "REPORTING"
    assert found["want"].event_class == "I_STATE"
    assert found["begin"].event_class == "ASPECTUAL"


def test_anchor_to_time_in_clause() -> None:
    doc = _doc("NATO pledged in 2008 that Ukraine would join.", "2023-04-04")
    found = _by_text(extract_events(doc, [_time("2008", doc, "2008")]))
    assert found["pledged"].time is not None and found["pledged"].time.value == "2008"
    assert found["pledged"].time_relation == "IS_INCLUDED"
    assert "2008" in (found["pledged"].time_reason or "")
    assert found["join"].time is None


def test_anchor_by_tense_without_time() -> None:
    found = _by_text(extract_events(_doc("Allies rejected the plan. They will meet again.")))
    assert found["rejected"].time_relation == "BEFORE" and "past" in (found["rejected"].time_reason or "")
    assert found["meet"].time_relation == "AFTER"


def test_documents_without_dates_still_anchor_by_tense() -> None:
    found = _by_text(extract_events(_doc("Allies rejected the plan.", ref=None)))
    assert found["rejected"].time_relation == "BEFORE"
    assert "unknown" in (found["rejected"].time_reason or "")


def test_signal_preposition_gives_relation() -> None:
    doc = _doc("Fighting resumed after 2014.", "2020-01-01")
    found = _by_text(extract_events(doc, [_time("2014", doc, "2014")]))
    assert found["resumed"].time_relation == "AFTER"


def test_merge_across_documents_with_reasons() -> None:
    t = TimeMention(0, 4, "2008", TimexType.DATE, "2008")
    a = EventMention(
        "002",
        10,
        17,
        "promise",
        lemma="promise",
        actors=("NATO", "Ukraine"),
        time=t,
        time_relation="IS_INCLUDED",
        sentence="the promise made in 2008",
    )
    b = EventMention(
        "003",
        5,
        12,
        "pledged",
        lemma="pledge",
        tense="PAST",
        actors=("NATO",),
        time=t,
        time_relation="IS_INCLUDED",
        sentence="NATO pledged in 2008",
    )
    c = EventMention(
        "003",
        50,
        57,
        "pledged",
        lemma="pledge",
        tense="PAST",
        actors=("NATO",),
        time=TimeMention(0, 4, "2023", TimexType.DATE, "2023"),
        time_relation="IS_INCLUDED",
        sentence="NATO pledged in 2023",
        sentence_start=40,
    )
    events = merge_mentions([a, b, c])
    assert [e.id for e in events] == ["e0001", "e0002"]
    first = events[0]
    assert first.sources == ("002", "003") and first.granularity is Granularity.YEAR
    assert first.interval == Interval.from_iso("2008-01-01", "2009-01-01")
    reasons = " ".join(first.merge_reasons)
    assert "same time 2008" in reasons and "NATO" in reasons


def test_merge_keeps_most_precise_consistent_interval() -> None:
    year = TimeMention(0, 4, "2022", TimexType.DATE, "2022")
    month = TimeMention(0, 14, "September 2022", TimexType.DATE, "2022-09")
    a = EventMention(
        "a",
        0,
        7,
        "request",
        lemma="request",
        actors=("Ukraine", "NATO"),
        time=year,
        time_relation="IS_INCLUDED",
    )
    b = EventMention(
        "b",
        0,
        9,
        "requested",
        lemma="request",
        tense="PAST",
        actors=("Ukraine", "NATO"),
        time=month,
        time_relation="IS_INCLUDED",
    )
    (event,) = merge_mentions([a, b])
    assert event.value == "2022-09" and event.granularity is Granularity.MONTH


def test_negated_and_factual_mentions_do_not_merge() -> None:
    t = TimeMention(0, 4, "2024", TimexType.DATE, "2024")
    a = EventMention("a", 0, 5, "offer", lemma="offer", actors=("NATO",), time=t, time_relation="IS_INCLUDED")
    b = EventMention(
        "b",
        0,
        5,
        "offer",
        lemma="offer",
        actors=("NATO",),
        time=t,
        time_relation="IS_INCLUDED",
        polarity="NEG",
    )
    assert len(merge_mentions([a, b])) == 2


def test_overrides_merge_split_and_unknown_ids() -> None:
    ms = [EventMention(f"d{k}", 0, 4, "vote", lemma=f"x{k}") for k in range(3)]
    events = merge_mentions(ms)
    assert len(events) == 3
    merged = apply_overrides(events, merges=[["e0001", "e0003"]])
    assert len(merged) == 2 and any("merged by user" in r for e in merged for r in e.merge_reasons)
    again = apply_overrides(merged, splits=[next(e.id for e in merged if len(e.mentions) == 2)])
    assert len(again) == 3
    with pytest.raises(UnknownEventError, match="e0099"):
        apply_overrides(events, merges=[["e0001", "e0099"]])


@given(st.text(max_size=300))
def test_extraction_never_raises(text: str) -> None:
    doc = Document("h", text, dt.date(2024, 12, 2))
    for m in extract_events(doc):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text


def test_statements_merge_across_articles_only_with_the_same_speaker_and_day() -> None:
    from timeline import Corpus, build

    texts = [
        "NATO chief Mark Rutte said on Tuesday that NATO would help Kyiv.",
        "NATO chief Mark Rutte said on Tuesday that NATO would help Kyiv, officials confirmed.",
        "Chancellor Olaf Scholz said on Tuesday that Germany would help Kyiv.",
        "Chancellor Olaf Scholz said on Monday that Germany would help Kyiv.",
    ]
    graph = build(Corpus.from_texts(texts, reference_dates=["2024-12-04"] * 4), progress=False)
    said = sorted(e.sources for e in graph.events if e.mentions[0].lemma == "say")
    assert said == [("doc0", "doc1"), ("doc2",), ("doc3",)]
