"""Cross-document event merging: undated mentions, time expressions, the corpus's topic,
derived nouns, speakers by surname, and the seed articles."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import attrs
import pytest

from timeline.events import merge_mentions
from timeline.events.lexicon import derived_verb, family_of
from timeline.model import Corpus, Event, EventMention, TimeMention, TimexType
from timeline.pipeline import build

SEEDS = Path(__file__).resolve().parents[1] / "examples" / "data" / "nato_ukraine"


def _mention(
    doc: str,
    sentence: str,
    trigger: str,
    lemma: str,
    *,
    time: tuple[str, str] | None = None,
    relation: str | None = None,
    tense: str = "NONE",
    actors: Sequence[str] = (),
    event_class: str = "OCCURRENCE",
) -> EventMention:
    """A mention of ``trigger`` in ``sentence`` (the document's only sentence); ``time`` is a
    time expression of the sentence and its value."""
    start = sentence.index(trigger)
    timex = None
    if time is not None:
        at = sentence.index(time[0])
        timex = TimeMention(at, at + len(time[0]), time[0], TimexType.DATE, time[1], doc_id=doc)
    return EventMention(
        doc,
        start,
        start + len(trigger),
        trigger,
        lemma=lemma,
        event_class=event_class,
        tense=tense,
        sentence=sentence,
        actors=tuple(actors),
        time=timex,
        time_relation=relation,
    )


def _sources(events: list[Event]) -> list[tuple[str, ...]]:
    return sorted(tuple(sorted(e.sources)) for e in events)


UNDATED = _mention(
    "a",
    "Northrop Grumman and EADS defeated Boeing for the tanker contract.",
    "defeated",
    "defeat",
    relation="BEFORE",
    tense="PAST",
    actors=("Northrop Grumman", "EADS", "Boeing"),
)
DATED = _mention(
    "b",
    "Last month, Northrop Grumman and EADS defeated Boeing to win the tanker order.",
    "defeated",
    "defeat",
    time=("Last month", "2008-02"),
    relation="IS_INCLUDED",
    tense="PAST",
    actors=("Northrop Grumman", "EADS", "Boeing"),
)
REFS = {"a": dt.date(2008, 3, 1), "b": dt.date(2008, 3, 27)}


@pytest.mark.parametrize("order", [(UNDATED, DATED), (DATED, UNDATED)])
def test_undated_and_dated_mentions_merge_in_either_order(order: tuple[EventMention, EventMention]) -> None:
    events = merge_mentions(list(order), REFS)
    assert _sources(events) == [("a", "b")]
    (event,) = events
    assert event.value == "2008-02"
    reasons = " ".join(event.merge_reasons)
    assert "near the undated mention's document date 2008-03-01" in reasons
    assert "Northrop Grumman" in reasons


def test_undated_mention_far_from_the_date_or_told_in_the_future_does_not_merge() -> None:
    far = {"a": dt.date(2009, 6, 1), "b": dt.date(2008, 3, 27)}
    assert len(merge_mentions([UNDATED, DATED], far)) == 2
    future = _mention(
        "a",
        "Northrop Grumman and EADS will defeat Boeing for the tanker contract.",
        "defeat",
        "defeat",
        relation="AFTER",
        tense="FUTURE",
        actors=("Northrop Grumman", "EADS", "Boeing"),
    )
    # a future tense on 2008-03-01 cannot tell an event of February 2008
    assert len(merge_mentions([future, DATED], REFS)) == 2


def test_a_year_is_not_near_a_day_just_because_it_holds_it() -> None:
    year = _mention(
        "b",
        "In 2008, Northrop Grumman and EADS defeated Boeing to win the tanker order.",
        "defeated",
        "defeat",
        time=("2008", "2008"),
        relation="IS_INCLUDED",
        tense="PAST",
        actors=("Northrop Grumman", "EADS", "Boeing"),
    )
    assert len(merge_mentions([UNDATED, year], REFS)) == 2


def test_since_a_time_meets_the_event_of_that_time() -> None:
    dated = _mention(
        "a",
        "He fought pancreatic cancer in 2004 and later had a liver transplant.",
        "fought",
        "fight",
        time=("2004", "2004"),
        relation="IS_INCLUDED",
        tense="PAST",
    )
    since = [
        _mention(
            doc,
            "Steve Jobs has been fighting pancreatic cancer since 2004.",
            "fighting",
            "fight",
            time=("2004", "2004"),
            relation="AFTER",
            tense="PRESENT",
            actors=("Steve Jobs",),
        )
        for doc in ("b", "c")
    ]
    refs = {"a": dt.date(2011, 1, 17), "b": dt.date(2011, 8, 25), "c": dt.date(2011, 10, 6)}
    for mentions in ([dated, *since], [*since, dated]):
        events = merge_mentions(mentions, refs)
        assert _sources(events) == [("a", "b", "c")]
        reasons = " ".join(events[0].merge_reasons)
        assert "2004 lies in '2004'" in reasons or "both undated, both after 2004" in reasons
        assert "pancreatic" in reasons


def test_a_word_of_a_time_expression_merges_with_nothing() -> None:
    end_of_month = _mention(
        "a",
        "At the end of November, the assembly adopted a resolution for Ukraine.",
        "end",
        "end",
        time=("the end of November", "2024-11"),
        relation="IS_INCLUDED",
        actors=("Ukraine",),
    )
    war_ends = _mention(
        "b",
        "Membership for Ukraine can only happen once the war ends.",
        "ends",
        "end",
        relation="INCLUDES",
        tense="PRESENT",
        actors=("Ukraine",),
    )
    refs = {"a": dt.date(2024, 12, 2), "b": dt.date(2024, 12, 3)}
    for mentions in ([end_of_month, war_ends], [war_ends, end_of_month]):
        assert len(merge_mentions(mentions, refs)) == 2


def test_the_corpus_topic_alone_does_not_tie_an_undated_mention_to_another_article() -> None:
    # every article names NATO and Ukraine: sharing them says little about one event
    refs = {d: dt.date(2024, 12, 3) for d in "abcde"}
    filler = [
        _mention(d, "NATO and Ukraine met.", "met", "meet", actors=("NATO", "Ukraine"), tense="PAST")
        for d in "cde"
    ]
    dated = _mention(
        "a",
        "NATO is unlikely to heed Ukraine's call for an invitation on December 3.",
        "invitation",
        "invitation",
        time=("December 3", "2024-12-03"),
        relation="IS_INCLUDED",
        actors=("NATO", "Ukraine"),
    )
    undated = _mention(
        "b",
        "Zelenskyy says the invitation would let Ukraine join NATO.",
        "invitation",
        "invitation",
        actors=("NATO", "Ukraine"),
    )
    events = merge_mentions([*filler, dated, undated], refs)
    assert ("a",) in _sources(events) and ("b",) in _sources(events)
    # with a participant of their own, the same two mentions are one event
    dated2 = _mention(
        "a",
        "NATO is unlikely to heed Andrii Sybiha's call for an invitation on December 3.",
        "invitation",
        "invitation",
        time=("December 3", "2024-12-03"),
        relation="IS_INCLUDED",
        actors=("NATO", "Andrii Sybiha"),
    )
    undated2 = _mention(
        "b",
        "Andrii Sybiha says the invitation would help Ukraine.",
        "invitation",
        "invitation",
        actors=("Andrii Sybiha", "Ukraine"),
    )
    events = merge_mentions([*filler, dated2, undated2], refs)
    assert ("a", "b") in _sources(events)


SCANDAL = attrs.evolve(
    _mention(
        "a",
        "On Sunday, the CBI implicated Laloo Prasad Yadav in the fodder scandal.",
        "scandal",
        "scandal",
        time=("Sunday", "1997-04-27"),
        relation="IS_INCLUDED",
        actors=("CBI", "Laloo Prasad Yadav"),
    ),
    time_reason="time expression 'Sunday' in its clause",
)


@pytest.mark.parametrize(
    ("sentence", "merged"),
    [
        ("Laloo Prasad Yadav faces demands to resign over the scandal.", True),
        ("Laloo Prasad Yadav faces demands to resign over Bihar's scandal.", True),
        # a bare or indefinite noun is generic: the days of the documents do not place it
        ("Laloo Prasad Yadav says a scandal would not end his career.", False),
        ("Laloo Prasad Yadav says corruption scandals end careers.", False),
    ],
)
@pytest.mark.parametrize("undated_first", [True, False])
def test_the_days_of_the_documents_place_only_one_occurrence(
    sentence: str, merged: bool, undated_first: bool
) -> None:
    trigger = "scandals" if "scandals" in sentence else "scandal"
    undated = _mention("b", sentence, trigger, "scandal", actors=("Laloo Prasad Yadav",))
    refs = {"a": dt.date(1997, 4, 29), "b": dt.date(1997, 4, 28)}
    order = [undated, SCANDAL] if undated_first else [SCANDAL, undated]
    events = merge_mentions(order, refs)
    assert (_sources(events) == [("a", "b")]) is merged
    if merged:
        assert "the days of the undated mention's document (1997-04-28)" in " ".join(events[0].merge_reasons)


CALLED = _mention(
    "a",
    "Mahmoud al-Zahar, a Hamas leader in the Gaza Strip, on Tuesday called on Fatah to step down.",
    "called",
    "call",
    time=("Tuesday", "2005-11-08"),
    relation="IS_INCLUDED",
    tense="PAST",
    actors=("Mahmoud al-Zahar", "Hamas", "Gaza Strip"),
)


@pytest.mark.parametrize(
    ("sentence", "actors", "merged"),
    [
        # the one who acts is named before the verb in both
        ("Mahmoud al-Zahar called on Fatah to quit the authority.", ("Mahmoud al-Zahar", "Fatah"), True),
        # another call that day: they share only the place, named after this verb
        (
            "Silvan Shalom called on the UNRWA to end its activities in the Gaza Strip.",
            ("Silvan Shalom", "UNRWA", "Gaza Strip"),
            False,
        ),
    ],
)
@pytest.mark.parametrize("undated_first", [True, False])
def test_the_days_of_the_documents_tie_two_verbs_only_through_one_who_acts_in_both(
    sentence: str, actors: tuple[str, ...], merged: bool, undated_first: bool
) -> None:
    undated = _mention("b", sentence, "called", "call", relation="BEFORE", tense="PAST", actors=actors)
    refs = {"a": dt.date(2005, 11, 8), "b": dt.date(2005, 11, 8)}
    order = [undated, CALLED] if undated_first else [CALLED, undated]
    assert (_sources(merge_mentions(order, refs)) == [("a", "b")]) is merged


def test_a_noun_meets_the_verb_it_is_made_from() -> None:
    assert family_of("delivery") == family_of("deliver") == "deliver"
    assert derived_verb("suspension") == "suspend" and derived_verb("tension") is None
    noun = _mention(
        "a",
        "Deliveries to Singapore Airlines are not due until October.",
        "Deliveries",
        "delivery",
        time=("October", "2007-10"),
        relation="BEFORE",
        actors=("Singapore Airlines",),
    )
    verb = _mention(
        "b",
        "The first A380 was delivered today to Singapore Airlines.",
        "delivered",
        "deliver",
        time=("today", "2007-10-15"),
        relation="IS_INCLUDED",
        tense="PAST",
        actors=("Singapore Airlines",),
    )
    events = merge_mentions([noun, verb], {"a": dt.date(2007, 3, 19), "b": dt.date(2007, 10, 15)})
    assert _sources(events) == [("a", "b")]
    assert "noun and verb of one event" in " ".join(events[0].merge_reasons)


def test_a_speaker_is_known_by_the_surname() -> None:
    said = [
        _mention(
            doc,
            sentence,
            "said",
            "say",
            time=(day, "2010-07-16"),
            relation="IS_INCLUDED",
            tense="PAST",
            actors=("Steve Jobs",),
            event_class="REPORTING",
        )
        for doc, sentence, day in (
            ("a", "Jobs said yesterday that Apple will offer a free case.", "yesterday"),
            ("b", "In a July 16 press conference, Jobs said that buyers get a free case.", "July 16"),
        )
    ]
    events = merge_mentions(said, {"a": dt.date(2010, 7, 17), "b": dt.date(2010, 8, 9)})
    assert _sources(events) == [("a", "b")]


def test_two_statements_of_one_article_stay_apart() -> None:
    first = _mention(
        "a",
        "Jobs said yesterday that Apple will offer a free case.",
        "said",
        "say",
        time=("yesterday", "2010-07-16"),
        relation="IS_INCLUDED",
        tense="PAST",
        actors=("Steve Jobs",),
        event_class="REPORTING",
    )
    second = attrs_evolve_sentence(
        _mention(
            "a",
            "Jobs also said that the phones can be returned.",
            "said",
            "say",
            relation="BEFORE",
            tense="PAST",
            actors=("Steve Jobs",),
            event_class="REPORTING",
        ),
        100,
    )
    assert len(merge_mentions([first, second], {"a": dt.date(2010, 7, 17)})) == 2


def attrs_evolve_sentence(m: EventMention, offset: int) -> EventMention:
    """The same mention in a later sentence of its document."""
    import attrs

    return attrs.evolve(m, start=m.start + offset, end=m.end + offset, sentence_start=offset)


@pytest.fixture(scope="module")
def seed_events() -> tuple[Event, ...]:
    return build(Corpus.from_manifest(SEEDS / "manifest.csv"), SEEDS / "gazetteer.json").events


def test_seed_merges_leave_words_of_time_expressions_alone(seed_events: tuple[Event, ...]) -> None:
    for event in seed_events:
        if len(event.mentions) > 1:
            for m in event.mentions:
                t = m.time
                inside = t is not None and t.start <= m.start and m.end <= t.end
                assert not inside or t is None or t.rule.startswith("temponym"), (event.label, m.text)
    # "At the end of November" is no event to merge; "urged ... at the ministerial" is not
    # the ministers "urging" their leaders
    end = next(
        e for e in seed_events for m in e.mentions if m.text == "end" and "end of November" in m.sentence
    )
    assert len(end.mentions) == 1
    urged = next(
        e for e in seed_events for m in e.mentions if m.text == "urged" and m.doc_id.startswith("001")
    )
    assert all(m.doc_id.startswith("001") for m in urged.mentions)


def test_every_seed_cross_document_merge_explains_itself(seed_events: tuple[Event, ...]) -> None:
    multi = [e for e in seed_events if len(e.sources) > 1]
    assert multi
    for event in multi:
        across = [r for r in event.merge_reasons if r.split(":")[0] != r.split(" joins ")[1].split(":")[0]]
        assert across, event.label
        assert all(
            "(score " in r and ("same" in r or "near" in r or "days" in r or "lies in" in r) for r in across
        )
