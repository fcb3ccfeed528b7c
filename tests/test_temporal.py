"""Temporal tagger: seed acceptance, each rule family with the reference date varied, and properties."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import timeline
from timeline import Corpus, Document, Granularity, Interval, TimexType, tag
from timeline.temporal.values import interval_of, smallest_unit

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "data" / "nato_ukraine" / "manifest.csv"
reference_dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2090, 12, 31))


def values(text: str, ref: dt.date | str | None) -> dict[str, str | None]:
    return {m.text: m.value for m in tag(text, reference_date=ref)}


def one(text: str, ref: dt.date | str | None, surface: str) -> timeline.TimeMention:
    found = [m for m in tag(text, reference_date=ref) if m.text == surface]
    assert found, f"{surface!r} not found in {[m.text for m in tag(text, reference_date=ref)]}"
    return found[0]


# ----------------------------------------------------------------------------- seeds


@pytest.fixture(scope="module")
def seeds() -> dict[str, list[timeline.TimeMention]]:
    corpus = Corpus.from_manifest(EXAMPLE)
    return {doc.id[:3]: tag(doc) for doc in corpus}


def find(mentions: list[timeline.TimeMention], surface: str) -> timeline.TimeMention:
    for m in mentions:
        if m.text == surface:
            return m
    raise AssertionError(f"{surface!r} not among {[m.text for m in mentions]}")


def test_seed_001_resolves_against_monday(seeds: dict[str, list[timeline.TimeMention]]) -> None:
    m = seeds["001"]
    assert find(m, "Tuesday").value == "2024-12-03"
    assert find(m, "Monday").value == "2024-12-02"
    assert find(m, "tomorrow").value == "2024-12-03"
    end = find(m, "the end of November")
    assert (end.value, end.mod) == ("2024-11", "END")
    assert end.interval is not None and end.interval.start.date() > dt.date(2024, 11, 15)
    rng = find(m, "December 3-4")
    assert rng.interval == Interval.from_iso("2024-12-03", "2024-12-05")
    assert find(m, "next month").value == "2025-01"
    assert find(m, "next year").value == "2025"
    assert find(m, "December 3").value == "2024-12-03"
    assert find(m, "weeks").value == "PXW" and find(m, "months").value == "PXM"


def test_seed_mentions_record_anchor_and_rule(seeds: dict[str, list[timeline.TimeMention]]) -> None:
    tuesday = find(seeds["001"], "Tuesday")
    assert tuesday.anchor.kind is timeline.AnchorKind.REFERENCE_DATE
    assert tuesday.anchor.value == "2024-12-02"
    assert tuesday.rule == "weekday"
    assert tuesday.explain() == "Tuesday → 2024-12-03, from reference date 2024-12-02 (rule weekday)"


def test_seed_003_002_004(seeds: dict[str, list[timeline.TimeMention]]) -> None:
    assert find(seeds["003"], "September last year").value == "2022-09"
    assert find(seeds["004"], "three decades ago").value in ("1994", "199")
    assert find(seeds["002"], "Thursday").value == "2024-10-17"
    assert find(seeds["002"], "two years ago").value == "2022"
    assert find(seeds["002"], "16 years").value == "P16Y"
    assert find(seeds["000"], "December, 3").value == "2024-12-03"
    assert find(seeds["000"], "July 2023").value == "2023-07"


def test_seed_spans_point_into_text() -> None:
    for doc in Corpus.from_manifest(EXAMPLE):
        for m in tag(doc):
            assert doc.text[m.start : m.end] == m.text
            assert m.doc_id == doc.id


# ----------------------------------------------------------------------------- rule families


@given(reference_dates)
def test_weekday_follows_tense(ref: dt.date) -> None:
    for weekday in range(1, 8):
        name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][weekday - 1]
        past = dt.date.fromisoformat(
            one(f"The minister said on {name} that talks failed.", ref, name).value or ""
        )
        future = dt.date.fromisoformat(one(f"The ministers will meet on {name}.", ref, name).value or "")
        assert past.isoweekday() == weekday and future.isoweekday() == weekday
        assert 0 <= (ref - past).days <= 6
        assert 0 <= (future - ref).days <= 6
        nxt = dt.date.fromisoformat(one(f"They meet next {name}.", ref, f"next {name}").value or "")
        assert 1 <= (nxt - ref).days <= 7


@pytest.mark.parametrize("verb", ["sank", "spoke", "fell", "fled", "withdrew", "fought", "began", "stood"])
@given(ref=reference_dates)
def test_irregular_past_tense_places_weekday_in_the_past(verb: str, ref: dt.date) -> None:
    day = dt.date.fromisoformat(one(f"The ship {verb} on Friday.", ref, "Friday").value or "")
    assert day.isoweekday() == 5 and 0 <= (ref - day).days <= 6


@given(reference_dates)
def test_relative_days_and_units(ref: dt.date) -> None:
    v = values("Yesterday, today and tomorrow; last week, this month and next year.", ref)
    assert v["Yesterday"] == (ref - dt.timedelta(days=1)).isoformat()
    assert v["today"] == ref.isoformat()
    assert v["tomorrow"] == (ref + dt.timedelta(days=1)).isoformat()
    iso = (ref - dt.timedelta(days=7)).isocalendar()
    assert v["last week"] == f"{iso.year:04d}-W{iso.week:02d}"
    assert v["this month"] == f"{ref.year:04d}-{ref.month:02d}"
    assert v["next year"] == f"{ref.year + 1:04d}"


@given(reference_dates, st.integers(min_value=2, max_value=9))
def test_ago_and_decades(ref: dt.date, n: int) -> None:
    words = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}
    v = values(f"It happened {words[n]} years ago, and {n} decades ago.", ref)
    assert v[f"{words[n]} years ago"] == f"{ref.year - n:04d}"
    assert v[f"{n} decades ago"] == f"{(ref.year - 10 * n) // 10:03d}"


@given(reference_dates)
def test_month_without_year_is_near_the_reference(ref: dt.date) -> None:
    for month, name in enumerate(["January", "June", "September", "December"], start=1):
        del month
        value = one(f"The vote was held in {name}.", ref, name).value
        assert value is not None
        start = dt.date.fromisoformat(value + "-01")
        assert start <= ref  # past tense: not after the reference month
        assert (ref - start).days < 366


@given(reference_dates)
def test_explicit_dates_do_not_depend_on_reference(ref: dt.date) -> None:
    text = (
        "On December 3, 2024, on 3 December 2024, on 2024-12-03 and on 12/03/2024 they met; Dec. 3, 2024 too."
    )
    found = tag(text, reference_date=ref)
    assert [m.value for m in found] == ["2024-12-03"] * 5
    assert all(m.anchor.kind is timeline.AnchorKind.NONE for m in found)


def test_absolute_forms() -> None:
    ref = dt.date(2024, 6, 1)
    v = values(
        "In July 2023, in 1994, in the 1990s, in the '90s, in the 19th century, in Q3 2024, "
        "in the third quarter of 2023, in the first half of 2023, in the summer of 2022, in fiscal 2021.",
        ref,
    )
    assert v["July 2023"] == "2023-07"
    assert v["1994"] == "1994"
    assert v["the 1990s"] == "199"
    assert v["the '90s"] == "199"
    assert v["the 19th century"] == "18"
    assert v["Q3 2024"] == "2024-Q3"
    assert v["the third quarter of 2023"] == "2023-Q3"
    assert v["the first half of 2023"] == "2023-H1"
    assert "2022-SU" in (v.get("summer of 2022"), v.get("the summer of 2022"))
    assert v["fiscal 2021"] == "2021"


def test_modifiers() -> None:
    ref = dt.date(2024, 12, 2)
    assert one("in early 2024", ref, "early 2024").mod == "START"
    assert one("by mid-July", ref, "mid-July").mod == "MID"
    late = one("late last year", ref, "late last year")
    assert (late.value, late.mod) == ("2023", "END")
    assert one("around 2010", ref, "around 2010").mod == "APPROX"
    nearly = one("for nearly three years", ref, "nearly three years")
    assert (nearly.value, nearly.mod) == ("P3Y", "APPROX")
    end = one("at the end of the year", ref, "the end of the year")
    assert (end.value, end.mod) == ("2024", "END")


def test_compact_ranges_are_one_mention() -> None:
    ref = dt.date(2024, 12, 2)
    m = one("at the December 3-4 meeting", ref, "December 3-4")
    assert m.interval == Interval.from_iso("2024-12-03", "2024-12-05")
    m = one("on 9–11 July 2024", ref, "9–11 July 2024")
    assert m.value == "2024-07" and m.interval == Interval.from_iso("2024-07-09", "2024-07-12")
    m = one("in 2009-2010", ref, "2009-2010")
    assert m.interval == Interval.from_iso("2009-01-01", "2011-01-01")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("from 9 to 11 July 2024", [("9", "2024-07-09"), ("11 July 2024", "2024-07-11")]),
        ("The summit on April 24 and 25 was held.", [("April 24", "2024-04-24"), ("25", "2024-04-25")]),
        ("on 3, 4 and 5 December.", [("3", "2024-12-03"), ("4", "2024-12-04"), ("5 December", "2024-12-05")]),
        ("between 1994 and 1997", [("1994", "1994"), ("1997", "1997")]),
        ("from November to February", [("November", "2024-11"), ("February", "2025-02")]),
        ("It rose 24 and 25 percent on May 3.", [("May 3", "2024-05-03")]),
    ],
)
def test_ranges_in_words_are_one_mention_per_endpoint(text: str, expected: list[tuple[str, str]]) -> None:
    # TimeML annotates each endpoint of "from X to Y" / "X and Y" as its own TIMEX3
    found = tag(text, reference_date="2024-12-02")
    assert [(m.text, m.value) for m in found] == expected


def test_durations_sets_times_and_references() -> None:
    ref = dt.date(2024, 12, 3)
    v = values("It took 16 years and a decade; it meets every year and weekly.", ref)
    assert v["16 years"] == "P16Y" and v["a decade"] == "P10Y"
    assert v["every year"] == "P1Y" and v["weekly"] == "P1W"
    three = one("They met at 3 p.m. on Tuesday.", ref, "3 p.m.")  # "on Tuesday" is its own DATE
    assert (three.type, three.value) == (TimexType.TIME, "2024-12-03T15:00")
    three = one("They met at 3 p.m. Tuesday.", ref, "3 p.m. Tuesday")
    assert (three.type, three.value) == (TimexType.TIME, "2024-12-03T15:00")
    assert one("Tuesday morning talks failed.", ref, "Tuesday morning").value == "2024-12-03TMO"
    assert one("Talks resume tonight.", ref, "tonight").value == "2024-12-03TNI"
    for phrase in ("now", "currently", "at this time", "for the time being"):
        # TimeML leaves the preposition out of the extent ("at [this time]", "for [the time being]")
        extent = phrase.removeprefix("at ").removeprefix("for ")
        assert one(f"It is {phrase} unclear.", ref, extent).value == "PRESENT_REF"
    # "in recent weeks" / "the coming months" are reference expressions (the issue's spec; TimeBank
    # annotates them either way); the side of the reference date is kept as a constraint for ordering
    recent = one("in recent weeks", ref, "recent weeks")
    assert (recent.type, recent.value, recent.constraint) == (TimexType.DATE, "PAST_REF", "BEFORE 2024-12-03")
    coming = one("The coming months will be critical.", ref, "The coming months")
    assert (coming.type, coming.value, coming.constraint) == (
        TimexType.DATE,
        "FUTURE_REF",
        "AFTER 2024-12-03",
    )
    few = one("Over the past few years it grew.", ref, "the past few years")
    assert (few.value, few.constraint) == ("PAST_REF", "BEFORE 2024-12-03")
    ago = one("It was 35 percent several years ago.", ref, "several years ago")
    assert (ago.type, ago.value, ago.anchor.kind.value) == (TimexType.DATE, "PAST_REF", "reference_date")
    # a definite count, or "the next few days" (a span from now), stays a duration
    assert one("over the past three months", ref, "the past three months").value == "P3M"
    assert one("in the next few days", ref, "the next few days").value == "PXD"
    assert one("It was recently agreed.", ref, "recently").value == "PAST_REF"
    assert one("in the near future", ref, "the near future").value == "FUTURE_REF"


def test_anaphora_uses_last_mention() -> None:
    text = "The summit opened on July 9, 2024. The following day, leaders signed. Since then, little changed."
    found = tag(text, reference_date="2024-12-03")
    following = next(m for m in found if m.text == "The following day")
    assert following.value == "2024-07-10"
    assert following.anchor.kind is timeline.AnchorKind.MENTION and following.anchor.value == "2024-07-09"
    then = next(m for m in found if m.text == "then")
    assert then.value == "2024-07-10" and then.anchor.kind is timeline.AnchorKind.MENTION


@pytest.mark.parametrize(
    "text",
    [
        "We may march on the capital.",
        "We said about 20% of voters agreed.",
        "The 50th Anniversary and the 4th largest economy.",
        "A 90-year-old man and a 737 MAX jet, an M4 chip.",
        "Article 5 and the G7 countries, with 32 members.",
        "They won 3-1 and scored 2,000 points with $2024 in 1500 troops.",
        "March the troops and May the force be with you.",
    ],
)
def test_no_false_positives(text: str) -> None:
    assert [m.text for m in tag(text, reference_date="2024-12-02")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the upcoming winter talks", "upcoming winter"),
        ("a downturn in the upcoming quarter", "the upcoming quarter"),
        ("see you the upcoming weekend", "the upcoming weekend"),
        ("shortsummer nights and early 2024", "early 2024"),
        ("overnight today", "today"),
    ],
)
def test_mentions_start_at_a_word_boundary(text: str, expected: str) -> None:
    found = tag(text, reference_date="2024-12-02")
    for m in found:
        assert m.start == 0 or not text[m.start - 1].isalnum(), m
    assert expected in [m.text for m in found]


# ----------------------------------------------------------------------------- bad input and properties


def test_missing_reference_date_keeps_relative_mentions_unresolved() -> None:
    found = {m.text: m for m in tag("On Tuesday, December 3, 2024 and in 2008, and next month.")}
    assert found["next month"].value is None and found["next month"].interval is None
    assert "reference date" in (found["next month"].reason or "")
    assert found["2008"].value == "2008"
    assert found["Tuesday, December 3, 2024"].value == "2024-12-03"


def test_reference_date_errors() -> None:
    with pytest.raises(ValueError, match="invalid reference date '2024-13-01'"):
        tag("today", reference_date="2024-13-01")
    with pytest.raises(ValueError, match=r"expected a datetime\.date or an ISO string"):
        tag("today", reference_date="yesterday")
    with pytest.raises(TypeError, match="decode"):
        tag(b"today")  # type: ignore[arg-type]


def test_document_reference_date_is_used_and_overridable() -> None:
    doc = Document("d", "It happened yesterday.", dt.date(2024, 1, 1))
    assert tag(doc)[0].value == "2023-12-31"
    assert tag(doc, reference_date="2024-06-01")[0].value == "2024-05-31"


@given(st.text(max_size=300), st.none() | reference_dates)
def test_never_raises_and_spans_are_consistent(text: str, ref: dt.date | None) -> None:
    found = tag(text, reference_date=ref)
    last_end = -1
    for m in found:
        assert 0 <= m.start <= m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.start >= last_end  # sorted, no overlaps
        last_end = m.end
        if m.interval is not None:
            assert m.interval.start <= m.interval.end
        assert type(m).from_json(m.to_json()) == m


_PIECES = [
    "on Tuesday", "December 3-4", "the end of November", "two years ago", "next month", "in 2008",
    "1-1-", "May May ", "since then", "3 p.m.", "\x00", "\ud800", "12/31/99", "Q4 2024", "the 1990s", " ",
    "yesterday", "every week", "nearly three years", "September last year", "31 February 2024",
]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=30), reference_dates)
def test_composed_inputs_resolve_consistently(pieces: list[str], ref: dt.date) -> None:
    text = " ".join(pieces)
    for m in tag(text, reference_date=ref):
        assert text[m.start : m.end] == m.text
        if m.value is not None and m.type is TimexType.DATE and m.interval is not None:
            interval, _ = interval_of(m.value, m.mod)
            assert interval == m.interval or m.rule == "date_range"
        if m.anchor.kind is timeline.AnchorKind.REFERENCE_DATE:
            assert m.anchor.value == ref.isoformat()


@given(reference_dates, st.integers(min_value=1, max_value=40))
def test_same_input_same_output(ref: dt.date, n: int) -> None:
    text = "On Tuesday and two years ago, " * n
    assert tag(text, reference_date=ref) == tag(text, reference_date=ref)


def test_adversarial_repetitions_finish() -> None:
    for piece in ("1-1-", "May May ", "December 3-4 ", "the end of the end of "):
        text = piece * 20_000
        found = tag(text, reference_date="2024-12-02")
        assert all(text[m.start : m.end] == m.text for m in found)


def test_values_intervals() -> None:
    assert interval_of("2024-W49")[0] == Interval.from_iso("2024-12-02", "2024-12-09")
    assert interval_of("2024-Q3")[1] is Granularity.QUARTER
    assert smallest_unit(Interval.from_iso("2024-12-03", "2024-12-05")) == ("2024-12", Granularity.MONTH)
    assert interval_of("XXXX-09") == (None, None)


# ----------------------------------------------------------------------------- other languages


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "de",
            "Die Minister trafen sich am 3. Dezember 2024, nicht 3 Leute.",
            [("3. Dezember 2024", "2024-12-03")],
        ),
        (
            "fr",
            "Le sommet du 11 juillet 2023, puis le 4 décembre.",
            [("11 juillet 2023", "2023-07-11"), ("4 décembre", "2024-12-04")],
        ),
        ("es", "El 5 de diciembre de 1994 se firmó.", [("5 de diciembre de 1994", "1994-12-05")]),
    ],
)
def test_non_english_documents_use_dateparser(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    found = tag(Document("d", text, dt.date(2024, 12, 4), language=language))
    assert [(m.text, m.value) for m in found] == expected
    assert all(m.rule == "dateparser" and text[m.start : m.end] == m.text for m in found)


def test_non_english_relative_needs_reference() -> None:
    (m,) = tag("am 3. Dezember", language="de")
    assert m.value is None and "reference date" in (m.reason or "")


def test_later_counts_from_the_last_date_but_a_year_earlier_from_the_reference() -> None:
    found = values(
        "On 3 December 2024 ministers met; two days later they left. Profit fell from a year earlier.",
        "2024-12-02",
    )
    assert found["two days later"] == "2024-12-05"
    assert found["a year earlier"] == "2023"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales for the full year were up.", [("the full year", "DATE", "2024")]),
        (
            "revenue for the year ended March 31",
            [("the year", "DURATION", "P1Y"), ("March 31", "DATE", "2024-03-31")],
        ),
        ("profit in the fiscal year rose", [("the fiscal year", "DATE", "2024")]),
        ("the year before the war, and in the year he was born", []),
        # ("the year 2000" is one expression, as TempEval-3 silver and blind annotators mark it)
        ("in the year 2000", [("the year 2000", "DATE", "2000")]),
    ],
)
def test_reporting_period_of_business_news(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = tag(text, reference_date="2024-12-02")
    assert [(m.text, m.type.value, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # the month next to the reference one, whatever a far reporting verb says
        ("The company said the dividend would be paid on a date in January.", "1989-11-20", "1990-01"),
        ("Analysts noted that results are due in mid-November.", "1989-10-30", "1989-11"),
        # ... but not against the month's own verb
        ("The vote was held in June.", "2000-04-01", "1999-06"),
        # a passive future is one future cue, not the past participle "held"
        ("The talks will be held on Friday.", "2024-12-04", "2024-12-06"),
        # the nearest cue wins, on either side
        ("Ahead of the trip, the ministry on Sunday issued a warning.", "1998-08-17", "1998-08-16"),
        ("The embassies next to the blasts on Friday were closed.", "1998-08-09", "1998-08-07"),
    ],
)
def test_tense_cues(text: str, ref: str, expected: str) -> None:
    found = tag(text, reference_date=ref)
    assert [m.value for m in found][-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the 14-day waiting period", ("14-day", "P14D", None)),
        ("peaked in the early 1980s", ("the early 1980s", "198", "START")),
        ("a late-November storm", ("late-November", "2024-11", "END")),
        ("almost four years ago", ("almost four years ago", "2020", "LESS_THAN")),
        ("closed over the next year or so", ("the next year or so", "2025", "APPROX")),
        ("in 1994 or later", ("1994 or later", "1994", "ON_OR_AFTER")),
        ("a week or so ago", ("a week or so ago", "2024-W48", "APPROX")),
    ],
)
def test_extents_follow_timeml(text: str, expected: tuple[str, str, str | None]) -> None:
    found = tag(text, reference_date="2024-12-02")
    assert [(m.text, m.value, m.mod) for m in found] == [expected]


def test_a_year_before_a_noun_is_no_duration() -> None:
    assert [m.value for m in tag("in the 1988 quarter", reference_date="1989-10-30")] != ["P5964M"]


def test_business_news_reports_one_quarter_at_a_time() -> None:
    text = (
        "Net income rose in the third quarter. A year earlier, it earned $5 million. "
        "The year-earlier period included a gain. The latest period had costs. "
        "In the corresponding period last year, sales fell. In the 1988 quarter, sales fell."
    )
    found = {m.text: m.value for m in tag(text, reference_date="1989-10-30")}
    assert found == {
        "the third quarter": "1989-Q3",
        "A year earlier": "1988-Q3",
        "The year-earlier period": "1988-Q3",
        "The latest period": "1989-Q3",
        "the corresponding period last year": "1988-Q3",
        "the 1988 quarter": "1988-Q3",
    }


def test_fiscal_compounds_are_one_mention() -> None:
    text = (
        "Net sales for this year's third quarter rose. The year-ago third quarter was weak. "
        "Profit compared with a year-earlier loss. Sales in the fiscal first quarter fell. "
        "The third-quarter loss widened. Next year's first quarter will be better."
    )
    found = [(m.text, m.value) for m in tag(text, reference_date="1989-10-30")]
    assert found == [
        ("this year's third quarter", "1989-Q3"),
        ("The year-ago third quarter", "1988-Q3"),
        ("year-earlier", "1988-Q3"),
        ("the fiscal first quarter", "1989-Q1"),
        ("third-quarter", "1989-Q3"),
        ("Next year's first quarter", "1990-Q1"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a dividend of $1.76 a year", []),
        ("up from four flights a week", []),
        ("prices rose 5% a year", []),
        ("three times a week", [("three times a week", "SET", "P1W")]),
        ("The talks lasted a week", [("a week", "DURATION", "P1W")]),
        ("it was a year of change", [("a year", "DURATION", "P1Y")]),
    ],
)
def test_rates_are_not_durations(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = tag(text, reference_date="2024-12-02")
    assert [(m.text, m.type.value, m.value) for m in found] == expected


def test_tense_reads_across_abbreviations() -> None:
    from timeline.temporal.rules import direction

    text = "The minister will meet U.S. Secretary Blinken on Friday."
    assert direction(text, text.index("Friday"), len(text) - 1) == 1


def test_a_duration_after_a_date_is_no_rate() -> None:
    found = tag("They meet on December 3, a week after the summit.", reference_date="2024-12-02")
    assert [(m.text, m.value) for m in found] == [("December 3", "2024-12-03"), ("a week", "P1W")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It starts at 3 p.m. Friday.", ("3 p.m. Friday", "2024-12-06T15:00")),
        ("The vote opens at 9:30 a.m. ET Dec. 3.", ("9:30 a.m. ET Dec. 3", "2024-12-03T09:30")),
        ("The summit opens on Friday.", ("Friday", "2024-12-06")),
        ("The summit took place on Friday.", ("Friday", "2024-11-29")),
    ],
)
def test_scheduled_events_in_the_present_tense(text: str, expected: tuple[str, str]) -> None:
    assert [(m.text, m.value) for m in tag(text, reference_date="2024-12-02")] == [expected]


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("He died on Sunday.", "2024-12-05", [("Sunday", "2024-12-01")]),
        ("The museum is closed on Mondays.", "2024-12-02", [("Mondays", "XXXX-WXX-1")]),
        ("Sunday’s vote was close.", "2024-12-05", [("Sunday", "2024-12-01")]),
        ("February's storms were costly.", "2024-10-30", [("February", "2024-02")]),
        ("The deal takes effect in January.", "2024-10-30", [("January", "2025-01")]),
        # a time in UTC/GMT carries ISO 8601's Z, as MEANTIME annotates it ("18:00 UTC" -> T18:00Z)
        ("The dollar was at 150.2 yen at 0900 GMT.", "2024-12-05", [("0900 GMT", "2024-12-05T09:00Z")]),
        (
            "open from 9:00 to 17:00",
            "2024-12-05",
            [("9:00", "2024-12-05T09:00"), ("17:00", "2024-12-05T17:00")],
        ),
        ("at 11.47pm", "2024-12-05", [("11.47pm", "2024-12-05T23:47")]),
        (
            "The blast happened at 4 a.m. on Wednesday, Nov. 27.",
            "2024-12-05",
            [("4 a.m.", "2024-11-27T04:00"), ("Wednesday, Nov. 27", "2024-11-27")],
        ),
        (
            "It starts at 3 p.m. on Friday.",
            "2024-12-02",
            [("3 p.m.", "2024-12-06T15:00"), ("Friday", "2024-12-06")],
        ),
        ("John 3:16 says, and he won 6:4.", "2024-12-05", []),
    ],
)
def test_modern_wire_copy(text: str, ref: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, reference_date=ref)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Good Friday Agreement was signed by the parties.",
        "Saudi Vision 2030 aims high, and Euro 2024 was fun.",
        "He lives at 1600 Pennsylvania Avenue.",
    ],
)
def test_names_and_addresses_are_not_dates(text: str) -> None:
    assert tag(text, reference_date="2024-12-05") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in FY24", ("FY24", "2024")),
        ("H1 2024 sales rose", ("H1 2024", "2024-H1")),
        ("1H24 profit", ("1H24", "2024-H1")),
        ("The mansion dates from the 1800s.", ("the 1800s", "18")),
        ("They meet twice a week.", ("twice a week", "P1W")),
        ("in 2009-2010", ("2009-2010", "2009")),
    ],
)
def test_business_shorthand_centuries_frequencies(text: str, expected: tuple[str, str]) -> None:
    assert [(m.text, m.value) for m in tag(text, reference_date="2024-12-05")] == [expected]


def test_h1n1_is_no_half_year() -> None:
    assert tag("the H1N1 flu and the H1 visa", reference_date="2024-12-05") == []


def test_the_unit_before_counts_from_the_last_date() -> None:
    found = tag("The strike began on March 3; talks had failed the day before.", reference_date="2024-12-05")
    before = found[-1]
    assert (before.text, before.value) == ("the day before", "2024-03-02")
    assert before.anchor.kind is timeline.AnchorKind.MENTION
    assert tag("the day before the vote", reference_date="2024-12-05") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attack came in the early hours of Sunday.", [("Sunday", "2025-02-09")]),
        ("They will meet again on the 28th.", [("the 28th", "2025-02-28")]),
        ("He arrived on the 3rd.", [("the 3rd", "2025-02-03")]),
        ("In January, on the 5th, he left.", [("January", "2025-01"), ("the 5th", "2025-01-05")]),
        ("the 3rd largest bank on the 1st floor", []),
    ],
)
def test_ordinal_days_and_early_hours(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, reference_date="2025-02-14")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("every weekend", [("every weekend", "XXXX-WXX-WE")]),
        ("paid on a quarterly basis", [("quarterly", "P3M")]),
        ("the quarterly dividend", []),
    ],
)
def test_sets(text: str, expected: list[tuple[str, str]]) -> None:
    found = tag(text, reference_date="2024-12-05")
    assert [(m.text, m.value) for m in found] == expected
    assert all(m.type is timeline.TimexType.SET for m in found)


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("Auditors will review February's accounts.", "2024-03-01", [("February", "2024-02")]),
        ("Construction will take two-and-a-half years.", "2024-12-05", [("two-and-a-half years", "P2Y6M")]),
        ("The bank posted a first-half profit of $2 billion.", "2023-07-10", [("first-half", "2023-H1")]),
        ("Second-half growth will slow.", "2023-03-10", [("Second-half", "2023-H2")]),
        ("Second-half results were strong.", "2023-03-10", [("Second-half", "2022-H2")]),
    ],
)
def test_month_possessives_halves_and_a_half(text: str, ref: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, reference_date=ref)] == expected


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("The satellite will launch in the fourth quarter of this year.", "2025-02-14",
         [("the fourth quarter of this year", "2025-Q4")]),
        ("The court adjourned the case until Jan. 15 next year.", "2024-10-30", [("Jan. 15 next year", "2025-01-15")]),
        ("The report, dated 03.12.2024, was leaked.", "2024-12-05", [("03.12.2024", "2024-12-03")]),
        ("The heat wave is forecast to last through the weekend.", "2024-06-03", [("the weekend", "2024-W23-WE")]),
        ("The hospital has 1,200 beds and 2024 staff.", "2024-12-05", []),
        ("The figures cover the period from January to September.", "2024-10-30",
         [("January", "2024-01"), ("September", "2024-09")]),
    ],
)  # fmt: skip
def test_more_wire_copy(text: str, ref: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, reference_date=ref)] == expected


def test_an_impossible_day_is_kept_with_its_reason() -> None:
    (m,) = tag("They met on Friday February 30.", reference_date="2024-12-02")
    assert m.value is None and m.reason is not None and "February 30" in m.reason


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("He was shot last Oct. 23 at home.", "1999-04-19", ("Oct. 23", "1998-10-23")),
        ("They meet again next March 3.", "2024-12-05", ("March 3", "2025-03-03")),
    ],
)
def test_last_and_next_before_a_month_and_day(text: str, ref: str, expected: tuple[str, str]) -> None:
    assert [(m.text, m.value) for m in tag(text, reference_date=ref)] == [expected]


def test_every_rule_has_a_trigger() -> None:
    """A rule runs only near its trigger words, regex or digit shapes: one with none never fires."""
    from timeline.temporal.rules import RULES

    assert [r.name for r in RULES if not (r.trigger_words or r.trigger is not None or r.trigger_shapes)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shapes that start at the same digit or overlap: each rule still sees its own
        ("from 7th to 9th December 2006", [("7th", "2006-12-07"), ("9th December 2006", "2006-12-09")]),
        ("on 5, 2024-01-05 and 12/03/2024", [("2024-01-05", "2024-01-05"), ("12/03/2024", "2024-12-03")]),
        ("the 1990s and the '80s", [("the 1990s", "199"), ("the '80s", "198")]),
        ("at 10:35 a.m. (0735 GMT)", [("10:35 a.m.", "2024-12-02T10:35"), ("0735 GMT", "2024-12-02T07:35Z")]),
        # the day after a parenthesis places the time before it too
        (
            "It exploded at 10:35 a.m. (0735 GMT) Friday.",
            [("10:35 a.m.", "2024-11-29T10:35"), ("0735 GMT", "2024-11-29T07:35Z"), ("Friday", "2024-11-29")],
        ),
        ("3.12.2024 and 1H24", [("3.12.2024", "2024-12-03"), ("1H24", "2024-H1")]),
        (
            "It closed on the 28th and rained on April 24 and 25.",
            [("the 28th", "2024-11-28"), ("April 24", "2024-04-24"), ("25", "2024-04-25")],
        ),
    ],
)
def test_digit_shapes_trigger_their_rules(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, reference_date="2024-12-02")] == expected


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # a present passive is no past: the month is the coming one
        ("The case is heard in May in the appeals court.", "2000-03-29", ("May", "2000-05")),
        # an -ed adjective is no past verb
        (
            "The dividend would be paid on a still unspecified date in January.",
            "1989-10-30",
            ("January", "1990-01"),
        ),
        # a plan that had been made: the day is past
        (
            "The offer had been scheduled to expire at midnight Friday.",
            "1989-10-30",
            ("midnight Friday", "1989-10-27T24:00"),
        ),
        ("It had been due to expire Friday evening.", "1989-10-30", ("Friday evening", "1989-10-27TEV")),
        # but a plan in the present still looks ahead
        (
            "The rally is scheduled for 7 p.m. Saturday.",
            "2019-07-22",
            ("7 p.m. Saturday", "2019-07-27T19:00"),
        ),
        # a quotation is a clause of its own: the reporting verb outside it sets no tense inside
        (
            "''He will leave at 4 a.m. EDT Thursday,'' Castro said.",
            "2000-04-05",
            ("4 a.m. EDT Thursday", "2000-04-06T04:00"),
        ),
        ('"We can have a deal maybe in March," he said.', "2005-12-01", ("March", "2006-03")),
        # "of this/last year" pins the year
        (
            "NASA had planned to launch it in November of this year.",
            "1997-04-10",
            ("November of this year", "1997-11"),
        ),
        (
            "There were 40 attacks since mid-March of last year.",
            "2006-05-01",
            ("mid-March of last year", "2005-03"),
        ),
    ],
)
def test_tense_passives_plans_and_quotations(text: str, ref: str, expected: tuple[str, str]) -> None:
    assert expected in [(m.text, m.value) for m in tag(text, reference_date=ref)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After the worst drought in a decade, they flee.", ("a decade", "DURATION", "P10Y")),
        ("It is the highest reading in five years.", ("five years", "DURATION", "P5Y")),
        ("Parliament will meet for the first time in three decades.", ("three decades", "DURATION", "P30Y")),
        ("A protest is planned in two weeks.", ("two weeks", "DATE", "2006-W50")),
    ],
)
def test_in_n_years_after_a_superlative_is_a_span(text: str, expected: tuple[str, str, str]) -> None:
    assert [(m.text, str(m.type), m.value) for m in tag(text, reference_date="2006-12-01")] == [expected]


def test_previous_and_following_weekdays_count_from_the_day_in_focus() -> None:
    text = "Stocks fell Friday, down 4.5% from the previous Friday. Fujimori was praised following Tuesday's raid."
    got = [(m.text, m.value, m.anchor.kind.value) for m in tag(text, reference_date="1989-10-30")]
    assert got == [
        ("Friday", "1989-10-27", "reference_date"),
        ("the previous Friday", "1989-10-20", "mention"),
        ("Tuesday", "1989-10-24", "reference_date"),  # "following" is the preposition here
    ]
    text = "They met on Oct. 3 and again the following Monday."
    assert [(m.text, m.value) for m in tag(text, reference_date="1989-10-30")][-1] == (
        "the following Monday",
        "1989-10-09",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quarter that ended on a given day is the calendar quarter holding most of it
        (
            "Sales rose in the quarter ended Sept. 30 from a year earlier.",
            [("the quarter", "1989-Q3"), ("Sept. 30", "1989-09-30"), ("a year earlier", "1988-Q3")],
        ),
        (
            "In the quarter ended July 31, Jayark had sales.",
            [("the quarter", "1989-Q2"), ("July 31", "1989-07-31")],
        ),
        # after a fiscal quarter, "the quarter ended ..." is that one, named as the company names it
        (
            "Sun earned $5 million in the fiscal first quarter. Sales for the quarter ended Sept. 29 rose.",
            [("the fiscal first quarter", "1989-Q1"), ("the quarter", "1989-Q1"), ("Sept. 29", "1989-09-29")],
        ),
        # a forecast quarter is no reporting period: "the year-ago period" compares with the reported one
        (
            "Profit fell in the third quarter. Analysts see weakness through the third quarter of 1990. In the year-ago period, it earned $101 million.",
            [
                ("the third quarter", "1989-Q3"),
                ("the third quarter of 1990", "1990-Q3"),
                ("the year-ago period", "1988-Q3"),
            ],
        ),
    ],
)
def test_quarters_that_ended_and_forecast_quarters(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, reference_date="1989-10-26")] == expected


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # a month just after the reference month still is last year's when its own clause is past
        (
            "From January to October, exports rose 20 percent.",
            "2006-11-16",
            [("January", "2006-01"), ("October", "2006-10")],
        ),
        (
            "Hamas, which took power after a stunning election win over Fatah in January, has warned Israel.",
            "2006-12-15",
            [("January", "2006-01")],
        ),
        # a far future cue does not send last month's report a year ahead
        (
            "Releases will be front-and-center, especially Friday's November employment report.",
            "2006-12-04",
            [("Friday", "2006-12-08"), ("November", "2006-11")],
        ),
        # an intention looks ahead when the date follows it; after the date it is the past verb
        ("The rebels pledged to march into Kinshasa by June.", "1997-04-04", [("June", "1997-06")]),
        ("On Sunday the cabinet decided to halt the raids.", "2006-12-04", [("Sunday", "2006-12-03")]),
        (
            "The champions play host to Huelva on Wednesday and hope to have Cannavaro back.",
            "2006-12-18",
            [("Wednesday", "2006-12-20")],
        ),
        # a participle of schedule right before the date; not an adjective
        (
            "Hu met Kibaki, in Beijing for a summit opening here Saturday.",
            "2006-11-03",
            [("Saturday", "2006-11-04")],
        ),
        (
            "In an opening round of talks late Monday, they met.",
            "1997-04-08",
            [("late Monday", "1997-04-07")],
        ),
        (
            "Opening the summit on Wednesday, Annan called for peace.",
            "2005-11-18",
            [("Wednesday", "2005-11-16")],
        ),
        # futures contract months are ahead
        ("Brent crude for January delivery gained 48 cents.", "2005-12-12", [("January", "2006-01")]),
        # "would have" is past; a passive after a modal is no past
        (
            "Core inflation would have risen by 0.1 percent in October.",
            "2006-11-14",
            [("October", "2006-10")],
        ),
        (
            "The gap must urgently be filled, and 75 million dollars is needed by December.",
            "2005-11-12",
            [("December", "2005-12")],
        ),
        # clock times before "on/for <date>", both ends of a range
        (
            "Sit-ins run from 10:00 a.m. to 2:00 p.m. for November 27.",
            "2006-11-23",
            [
                ("10:00 a.m.", "2006-11-27T10:00"),
                ("2:00 p.m.", "2006-11-27T14:00"),
                ("November 27", "2006-11-27"),
            ],
        ),
    ],
)
def test_tense_of_the_clause(text: str, ref: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, reference_date=ref)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Since the fall of Saddam Hussein, violence grew.", []),
        ("The fall in prices was sharp.", []),
        ("He was shot last fall in his home.", [("last fall", "2005-FA")]),
        ("We want to spring a surprise.", []),
        ("From winter to spring prices rose.", [("winter", "2005-WI"), ("spring", "2006-SP")]),
        ("Net losses for the year to March rose.", [("the year", "P1Y"), ("March", "2006-03")]),
    ],
)
def test_nouns_and_verbs_that_are_not_seasons_or_months(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, reference_date="2006-11-03")] == expected


_FRAGMENTS = [
    "On", "Tuesday", "December 3, 2024", "the past three months", "two years ago", "at 10:35 a.m. EST, Wednesday",
    "3, 4 and 5 December", "the third fiscal quarter of 1989", "nineteen ninety-seven", "Martin Luther King Day",
    "a week or so earlier", "said", "will", ",", ".", "the year-ago period", "from 2009 to 2010", "fiscal year 2024",
    "the entire two-and-a-half consecutive years", "this coming weekend", "the following Monday", "12/03/2024",
    "2024-12-03T10:30", "the '90s", "the twenty-first century", "early next week", "the day before yesterday",
    "every two weeks", "for the time being", "in recent weeks", "the same week", "later this month", "FY24",
    "the 28th", "Q3 2024", "the end of November", "mid-July", "last Oct. 23", "between May and July", "1994-95",
    "the quarter ended Sept. 30", "a year earlier", "the winter of 2005", "Christmas Day, 2024", "since then",
    "in two weeks' time", "more than 16 years", "Friday night", "tonight", "yesterday morning", "noon Saturday",
]  # fmt: skip


@given(st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=12))
def test_trigger_windows_lose_no_match(pieces: list[str]) -> None:
    """The per-rule bounds and confirmations around trigger hits find what the full 48-character
    windows around every hit find."""
    import attrs

    from timeline.temporal import tagger

    text = " ".join(pieces)
    bounded = [(m.start, m.end, m.value, m.rule) for m in tag(text, reference_date="2024-12-02")]
    unbounded_rules = tuple(attrs.evolve(r, lead=None, tail=None, confirm=None) for r in tagger.RULES)
    original = tagger.RULES
    tagger.RULES = unbounded_rules
    try:
        full = [(m.start, m.end, m.value, m.rule) for m in tag(text, reference_date="2024-12-02")]
    finally:
        tagger.RULES = original
    assert bounded == full


def test_more_recently_and_now_compounds() -> None:
    got = [
        (m.text, m.value)
        for m in tag("It more recently sold TV shows; the now-cancelled deal.", reference_date="2006-06-20")
    ]
    assert got == [("more recently", "PAST_REF")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range of counts with one unit is one expression
        ("Shipments resume in two to three weeks.", [("two to three weeks", "DATE", "2007-W02", "APPROX")]),
        ("It could take four or five days.", [("four or five days", "DURATION", "PXD", None)]),
        ("It lasted 30 -- 40 days.", [("30 -- 40 days", "DURATION", "PXD", None)]),
        (
            "It was better than four or five years ago.",
            [("four or five years ago", "DATE", "2001", "APPROX")],
        ),
        (
            "Within the next 12 to 18 months, it ends.",
            [("the next 12 to 18 months", "DURATION", "PXM", None)],
        ),
        # ... but a hyphenated number word is one number, and a year is no count
        ("Thirty-five years of one-party rule ended.", [("Thirty-five years", "DURATION", "P35Y", None)]),
        (
            "They were sentenced in 1995 to 15 years.",
            [("1995", "DATE", "1995", None), ("15 years", "DURATION", "P15Y", None)],
        ),
        # "last" the verb
        ("A round that may last months.", [("months", "DURATION", "PXM", None)]),
        ("It is expected to last three days.", [("three days", "DURATION", "P3D", None)]),
        ("The delegation to last week's talks left.", [("last week", "DATE", "2006-W50", None)]),
        # British "financial" for "fiscal", the current quarter, "as early as March", model names
        (
            "By the end of the current financial quarter, sales rose.",
            [("the end of the current financial quarter", "DATE", "2006-Q4", "END")],
        ),
        ("It may take place as early as March.", [("March", "DATE", "2007-03", None)]),
        ("The tankers are known as KC-30s.", []),
    ],
)
def test_count_ranges_verbs_and_business_wording(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    got = [(m.text, str(m.type), m.value, m.mod) for m in tag(text, reference_date="2006-12-20")]
    assert got == expected


def test_a_possessive_date_takes_no_modifier() -> None:
    text = "They seek to get around Wednesday's ruling; released at the end of today's hearing; early Friday they left."
    got = [(m.text, m.mod) for m in tag(text, reference_date="2000-01-07")]
    assert got == [("Wednesday", None), ("today", None), ("early Friday", "START")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a newspaper is no frequency
        ("The Yediot Aharonot daily reported it; the French weekly Le Point agreed.", []),
        (
            "Prices rise daily; Iraq's daily tally; his weekly Saturday address.",
            [("daily", "P1D"), ("daily", "P1D"), ("weekly", "P1W"), ("Saturday", "2005-11-19")],
        ),
        # "late on Tuesday" is the end of Tuesday
        ("After the negotiations late on Tuesday, they left.", [("late on Tuesday", "2005-11-15")]),
        # a relative clause after the date has its own tense
        (
            "Turkey started entry talks in October which are expected to last for a decade.",
            [("October", "2005-10"), ("a decade", "P10Y")],
        ),
        ("A poll found Kadima is on course to win the March 28 election.", [("March 28", "2006-03-28")]),
        # a span of years is named by its first year unless it nearly fills a decade
        ("During the 1991-1995 war and the 1990-1999 boom.", [("1991-1995", "1991"), ("1990-1999", "199")]),
        ("In the July-to-September period sales rose.", [("the July-to-September period", "2005-Q3")]),
        # "the same period last year" with no quarter in play: the year back
        ("Exports grew 35 percent from the same period last year.", [("last year", "2004")]),
    ],
)
def test_second_silver_audit(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, reference_date="2005-11-18")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Crude for delivery in December added nine cents.", [("December", "2005-12")]),
        ("Rivals were awarded contracts in June for the campaign.", [("June", "2005-06")]),
        ("The cartel opted to cut production from February.", [("February", "2006-02")]),
        ("Sales rose as expected in October.", [("October", "2005-10")]),
        ("Growth slowed in the July-September quarter.", [("the July-September quarter", "2005-Q3")]),
        (
            "Sales rose in the first three quarters of this year.",
            [("the first three quarters of this year", "2005")],
        ),
        (
            "Sales hit a record in the first half of fiscal 2005.",
            [("the first half of fiscal 2005", "2005-H1")],
        ),
        ("It was the slowest since the final quarter in 2004.", [("the final quarter in 2004", "2004-Q4")]),
        ("The target is to be met by year-end.", [("year-end", "2005-12-31")]),
        # comparisons and fractions are no time
        ("A year-on-year rise of 20 percent, and month-on-month.", []),
        ("Rates rose by a quarter-percentage point, and one quarter percentage point.", []),
        ("The euro was quoted at 1.1700-1702 dollars.", []),
        # a day back counts from a day: a month mentioned last is no anchor
        (
            "The February trade surplus was 1.22 billion a day earlier.",
            [("February", "2005-02"), ("a day earlier", "2005-11-10")],
        ),
        # the clock time in brackets is the same moment
        (
            "Stocks stood at 18,978 at 10 a.m. (0100 GMT) on Monday.",
            [("10 a.m.", "2005-11-07T10:00"), ("0100 GMT", "2005-11-07T01:00Z"), ("Monday", "2005-11-07")],
        ),
    ],
)
def test_business_news_audit(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, reference_date="2005-11-11")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names and titles are no dates
        ("In an interview with India Today magazine, he spoke.", []),
        ("Resolution 1636 was adopted; the Six-Day War ended; the Summer Olympic Games opened.", []),
        ("He was named player of the year.", []),
        ("Australia lost in the quarter-finals of a year-ending tournament.", []),
        ("Sports daily A Bola said so.", []),
        # thousands separators and single-digit clocks before a zone
        (
            "It lasted 1,000 days, built more than 1,300 years ago.",
            [("1,000 days", "P1000D"), ("more than 1,300 years ago", "0706")],
        ),
        ("The quake struck at 3:05 GMT.", [("3:05 GMT", "2006-12-02T03:05Z")]),
        # what is set for a day is ahead; a possessive month follows the tense of its clause
        ("A hartal for Thursday was called.", [("Thursday", "2006-12-07")]),
        ("She will run in April's election.", [("April", "2007-04")]),
        ("February's accounts were weak.", [("February", "2006-02")]),
        ("The trial was adjourned till Tuesday.", [("Tuesday", "2006-12-05")]),
        # a participle with "by" is no finite past verb
        (
            "Ikeda was expected in Lima early Thursday accompanied by relatives.",
            [("early Thursday", "2006-12-07")],
        ),
        # counted things before "in N years": a span
        ("Battered by three successive election defeats in eight years, it fell.", [("eight years", "P8Y")]),
        # later than an undated event: a span, not later than the article
        ("Two years on, the striker is fit.", [("Two years on", "P2Y")]),
    ],
)
def test_politics_and_sports_audits(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, reference_date="2006-12-02")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fronted "until" leaves the tense to the clause's verb; elsewhere it looks ahead
        ("Until Thursday, they had not called him a suspect.", [("Thursday", "1999-05-06")]),
        (
            "Talks were frozen, although until Monday the name had not been published.",
            [("Monday", "1999-05-03")],
        ),
        ("The trial was adjourned until Monday.", [("Monday", "1999-05-10")]),
        ("Until Monday, the talks will continue.", [("Monday", "1999-05-10")]),
        (
            "They had until midnight on Thursday to agree.",
            [("midnight", "1999-05-13T24:00"), ("Thursday", "1999-05-13")],
        ),
        # "planned to" is an intention: the past verb after the date, ahead before it
        ("On Wednesday, the government planned to pay the victims.", [("Wednesday", "1999-05-05")]),
        ("The government planned to pay the victims on Wednesday.", [("Wednesday", "1999-05-12")]),
        ("Parliament voted to hold the election in June.", [("June", "1999-06")]),
        # what was planned before, or about to happen at a past moment, is past
        ("The offensive began as previously planned Saturday night.", [("Saturday night", "1999-05-01TNI")]),
        (
            "Police arrested him in the early hours of Thursday morning as he was about to be deported.",
            [("Thursday morning", "1999-05-06TMO")],
        ),
    ],
)
def test_fronted_adverbials_and_intentions(text: str, expected: list[tuple[str, str]]) -> None:
    # (1999-05-07 is a Friday)
    assert [(m.text, m.value) for m in tag(text, reference_date="1999-05-07")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause after "in a quarter" makes a noun phrase, not a time from now
        ("Payments are minimal in a quarter that produced such a loss.", [("a quarter", "P3M")]),
        ("The deal will close in a year.", [("a year", "1990")]),
        # after "the first nine months" no single quarter is in focus
        (
            "Net rose in the third quarter. In the first nine months, net was $306 million, "
            "against a loss in the 1988 period and $2 million in the year-earlier period.",
            [
                ("the third quarter", "1989-Q3"),
                ("the first nine months", "P9M"),
                ("the 1988 period", "1988"),
                ("the year-earlier period", "1988"),
            ],
        ),
    ],
)
def test_reporting_periods_audit(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, reference_date="1989-11-02")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decade of someone's life is an age, not a decade of the calendar
        ("He was in his 30s; they are in their early 40's and 50's.", []),
        ("In the 30s the economy crashed.", [("the 30s", "193")]),
        # a capitalised season after a name, or before "of" and a name, is a name
        ("After the Prague Spring, the Spring of Life rallies and the Summer Olympics.", []),
        ("Last Spring was cold. Sales fell in Spring.", [("Last Spring", "1999-SP"), ("Spring", "1999-SP")]),
        # "that day" after a year or a month: some day of it, not its first
        (
            "The index began in 1987. Traders lost money that day.",
            [("1987", "1987"), ("that day", "1987-XX-XX")],
        ),
        (
            "In September sales fell; redemptions were strong that day and the next day.",
            [("September", "1999-09"), ("that day", "1999-09-XX"), ("the next day", "1999-09-XX")],
        ),
        (
            "On May 3 it rained. The following week was warm.",
            [("May 3", "1999-05-03"), ("The following week", "1999-W19")],
        ),
        # a comparison with a year back is no anchor for what follows
        (
            "Orders rose in February from a year earlier, after growing in the previous month.",
            [("February", "1999-02"), ("a year earlier", "1998"), ("the previous month", "1999-01")],
        ),
    ],
)
def test_ages_names_and_coarse_anaphora(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, reference_date="1999-11-10")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the month just past is "last month": "last October" in November is a year back
        ("Talks with Turkey were launched last October.", [("last October", "2005-10")]),
        (
            "He died last September and this past October.",
            [("last September", "2006-09"), ("this past October", "2006-10")],
        ),
        (
            "Net loss in the 12 months to last October.",
            [("the 12 months", "P12M"), ("last October", "2006-10")],
        ),
        ("They meet this coming March.", [("this coming March", "2007-03")]),
    ],
)
def test_last_month_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, reference_date="2006-11-01")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a market's result for a day is in once the day is over, whatever the clause's tense
        ("The notes will carry a 24% premium over Thursday's closing price.", [("Thursday", "1989-10-26")]),
        ("Stocks will open after Friday's sell-off.", [("Friday", "1989-10-27")]),
        # a session may be ahead
        ("He will speak at Wednesday's session of parliament.", [("Wednesday", "1989-11-01")]),
    ],
)
def test_market_results_are_past(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, reference_date="1989-10-30")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "ago that": the report's clause follows, the expression is still a date
        ("Researchers found six years ago that dogs were at risk.", [("six years ago", "2000")]),
        ("It came two years earlier than planned.", [("two years", "P2Y")]),
        # New Year: the first of January (not another calendar's, not a greeting)
        ("It resembles the showdown at New Year's 2006.", [("New Year's 2006", "2006-01-01")]),
        ("Many will start the New Year in the cold.", [("New Year", "2007-01-01")]),
        (
            "The Chinese New Year falls in February. Happy New Year!",
            [("Chinese New Year", "2007-02-18"), ("February", "2007-02")],
        ),
        # what lies ahead
        ("Troops arrive in the week ahead, the day ahead of the vote.", [("the week ahead", "2007-W01")]),
        (
            "Growth in the years ahead, the decades to come and future quarters; recent quarters were weak.",
            [
                ("the years ahead", "FUTURE_REF"),
                ("the decades to come", "FUTURE_REF"),
                ("future quarters", "FUTURE_REF"),
                ("recent quarters", "PAST_REF"),
            ],
        ),
        # sets
        (
            "She gets up late everyday and trains every afternoon; everyday life is hard.",
            [("everyday", "P1D"), ("every afternoon", "XXXX-XX-XXTAF")],
        ),
        ("It is part of daily life, said the Vedomosti business daily.", []),
        ("Qantas plans daily flights.", [("daily", "P1D")]),
        # "another" counts one
        (
            "It will take another year, and another two weeks.",
            [("another year", "P1Y"), ("another two weeks", "P2W")],
        ),
        # a period named, not a length; lengths stay
        (
            "Unlike the boom years and the glory days, the final days of the year were calm.",
            [("days", "PXD"), ("the year", "2006")],
        ),
        ("It paralyzed the WTO for months.", [("months", "PXM")]),
        ("Hours after the accident, she wept. Days of Thunder.", [("Hours", "PTXH")]),
        ("They lived in the enlisted quarters.", []),
    ],
)
def test_fourteenth_and_fifteenth_audits(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, reference_date="2006-12-28")] == expected


def test_a_cue_across_but_says_nothing_of_the_clause_before() -> None:
    text = "Bremen need a point against Barcelona on Tuesday but three were required against Hertha."
    assert [(m.text, m.value) for m in tag(text, reference_date="2006-12-02")] == [("Tuesday", "2006-12-05")]
    # (without "but" the verb after the date is its clause's)
    text = "Bremen played Barcelona on Tuesday and three goals were scored."
    assert [(m.text, m.value) for m in tag(text, reference_date="2006-12-02")] == [("Tuesday", "2006-11-28")]


@pytest.mark.parametrize(
    "text",
    [
        "Gas will be turned off at 10:00 am in Moscow (0700 GMT) on Monday.",
        "Gas will be turned off at 10:00 am Moscow time (0700 GMT) on Monday.",
        "Gas will be turned off at 10:00 am in Los Angeles (0700 GMT) on Monday.",
    ],
)
def test_a_clock_time_is_placed_by_the_day_after_a_place(text: str) -> None:
    clock, gmt, day = tag(text, reference_date="2006-12-28")
    assert (clock.value, gmt.value, day.value) == ("2007-01-01T10:00", "2007-01-01T07:00Z", "2007-01-01")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rates are no time, even with a bracketed conversion or a number word before the unit
        ("It would bring in 30 billion dollars (3.8 billion US) a year.", []),
        ("Calls cost one dollar a minute; winds of 150 kilometers (93 miles) per hour.", []),
        # a count of units before "a day" is a set, as "five days a week" is
        ("She trains for four to five hours a day.", [("four to five hours a day", "P1D")]),
        ("He slept a scant four hours a night.", [("four hours a night", "P1D")]),
    ],
)
def test_rates_and_counted_sets(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, reference_date="2006-12-28")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock time from a clock time
        (
            "At noon the troop fired a salute. An hour later, a second salute was fired.",
            [("noon", "2006-12-02T12:00"), ("An hour later", "2006-12-02T13:00")],
        ),
        (
            "The bomb exploded at 0000 GMT. One hour later, two blasts occurred.",
            [("0000 GMT", "2006-12-02T00:00Z"), ("One hour later", "2006-12-02T01:00Z")],
        ),
        # a day from a day
        (
            "On Tuesday the plane landed. Two hours later it left.",
            [("Tuesday", "2006-11-28"), ("Two hours later", "2006-11-28")],
        ),
        # what happened did not happen after the article: a later anchor is not its own
        (
            "Bayern play on Sunday. Delura equalised ten minutes later.",
            [("Sunday", "2006-12-03"), ("ten minutes later", "PT10M")],
        ),
    ],
)
def test_later_counts_from_its_anchor(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, reference_date="2006-12-02")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan reported in the past tense looks ahead from the report
        ("Senior diplomats were to meet Wednesday in New York.", [("Wednesday", "2006-12-13")]),
        (
            "Societies were to formally launch the federation at Saturday's session, he said.",
            [("Saturday", "2006-12-16")],
        ),
        # ... but after the date "was to" is more often a copula
        ("Our stance at the Monday meeting was to respond.", [("Monday", "2006-12-11")]),
        # a holiday with its year after it
        (
            "Churches were bombed on Christmas Eve in 2000.",
            [("Christmas Eve", "2000-12-24"), ("2000", "2000")],
        ),
        # "the future" before a noun is an adjective; before a verb or after "in" it is a time
        ("They define the future status of the province and the future government.", []),
        (
            "The future looks bleak; it may in the future lead to cures.",
            [("The future", "FUTURE_REF"), ("the future", "FUTURE_REF")],
        ),
        ("Prices rose in recent times.", [("recent times", "PAST_REF")]),
        # newspapers and publications
        ("She told the Mail on Sunday and the national news weekly.", []),
        ("The source told the tabloid daily. The business daily said so.", []),
        # rates and verbs before a bare plural
        ("It would receive 440 million euros more a year.", []),
        ("The offers followed months of pressure.", [("months", "PXM")]),
    ],
)
def test_sixteenth_and_seventeenth_audits(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, reference_date="2006-12-12")] == expected


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # a holiday days away is that one, unless its own verb says otherwise
        ("Many may start the New Year in chilly conditions.", "2006-12-31", "2007-01-01"),
        (
            "Groups will help guard churches on Christmas Eve, said senior member Alawi Usman.",
            "2005-12-21",
            "2005-12-24",
        ),
        ("He died on Christmas Eve.", "2005-12-21", "2004-12-24"),
        ("He died on Christmas Eve.", "2005-12-28", "2005-12-24"),
    ],
)
def test_a_holiday_days_away(text: str, ref: str, expected: str) -> None:
    assert [m.value for m in tag(text, reference_date=ref)] == [expected]


def test_anaphora_to_a_decade_is_kept_with_a_reason() -> None:
    (decade, year) = tag("In the 1990s, prices rose. That year was odd.", reference_date="2000-01-01")
    assert (decade.value, year.text, year.value, year.interval) == ("199", "That year", None, None)
    assert year.reason and "199" in year.reason
    assert year.anchor is not None and year.anchor.value == "199"


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("They spent their last day here after the last minute announcement.", "2006-11-21", []),
        (
            "A week-long visit followed a year-long investigation.",
            "2006-11-21",
            [("week-long", "P1W"), ("year-long", "P1Y")],
        ),
        ("The decades-long dispute went on.", "2006-11-21", [("decades-long", "PXY")]),
        ("It suggested that in 1994 CATIC paid.", "2006-11-21", [("1994", "1994")]),
        # the reported clause's own tense wins over the report's; without one the report's stays
        (
            "Rangel said Tuesday that Sunday's elections will go ahead.",
            "2005-11-29",
            [("Tuesday", "2005-11-29"), ("Sunday", "2005-12-04")],
        ),
        (
            "He said that at the close of business Thursday, 5,745 shares were tendered.",
            "1999-10-24",
            [("Thursday", "1999-10-21")],
        ),
        # set for a day (ahead) vs. what happened to it
        ("A memorial service planned for Saturday was canceled.", "1999-10-24", [("Saturday", "1999-10-23")]),
        # the start of a range takes the year of its dated end
        (
            "From January to September 2006, the index rose.",
            "2006-11-13",
            [("January", "2006-01"), ("September 2006", "2006-09")],
        ),
    ],
)
def test_out_of_sample_audit(text: str, ref: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, reference_date=ref)] == expected


def test_compound_durations_are_one_expression() -> None:
    text = "He won in one hour and 48 minutes; a 4 hours, 37 minutes match; three days and two weeks."
    got = [(m.text, m.value) for m in tag(text, reference_date="2006-11-16")]
    assert got == [
        ("one hour and 48 minutes", "PT1H48M"),
        ("4 hours, 37 minutes", "PT4H37M"),
        ("three days", "P3D"),
        ("two weeks", "P2W"),
    ]


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # after a fronted adverbial the clause's own verb decides; a relative clause keeps its own
        (
            "They want the truce extended and on Sunday, the group gave Israel two weeks.",
            "2006-12-04",
            [("Sunday", "2006-12-03"), ("two weeks", "P2W")],
        ),
        ("The talks, which will resume in January, were suspended.", "2006-12-04", [("January", "2007-01")]),
        (
            "The talks that are supposed to conclude by May, invited Sinn Fein.",
            "1998-03-22",
            [("May", "1998-05")],
        ),
        # set for a day, before or after the announcing verb; unless called off
        ("Tshisekedi has called a mass strike for Monday.", "1997-04-08", [("Monday", "1997-04-14")]),
        ("Rallies were also announced for Sunday.", "1997-04-08", [("Sunday", "1997-04-13")]),
        ("A memorial service planned for Saturday was canceled.", "1997-04-08", [("Saturday", "1997-04-05")]),
        # reference words, clocks, the past decade, ordinals before names
        (
            "It is not possible right now, at the present time.",
            "2006-12-04",
            [("right now", "PRESENT_REF"), ("the present time", "PRESENT_REF")],
        ),
        ("The road closed at around 06h30 GMT.", "1997-04-21", [("around 06h30 GMT", "1997-04-21T06:30Z")]),
        ("Over the past decade it grew.", "2005-12-11", [("the past decade", "P10Y")]),
        ("Since the 9th Asian Games, he won.", "2006-12-04", []),
    ],
)
def test_ninth_audit(text: str, ref: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, reference_date=ref)] == expected


def test_hours_of_the_morning_and_evening() -> None:
    text = "They leave at 4 in the morning and meet at 10 o'clock in the evening."
    got = [(m.text, m.value) for m in tag(text, reference_date="2000-04-05")]
    assert got == [
        ("4 in the morning", "2000-04-05T04:00"),
        ("10 o'clock in the evening", "2000-04-05T22:00"),
    ]


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        (
            "At the one-day conference, the pilgrimage, which ends on Monday, was praised.",
            "2006-12-28",
            [("one-day", "P1D"), ("Monday", "2007-01-01")],
        ),
        ("It must be done by end of this year.", "2006-12-27", [("end of this year", "2006")]),
        (
            "It used to be 20 years, five days a week.",
            "2006-12-27",
            [("20 years", "P20Y"), ("five days a week", "P1W")],
        ),
        ("It appeared in the Sunday Mirror and the local daily 'The Philippine Star'.", "2005-12-05", []),
        ("Spain's worst floods in decades killed 95 people.", "2024-10-30", [("decades", "PXY")]),
    ],
)
def test_eleventh_audit(text: str, ref: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, reference_date=ref)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It pumps 26.3 million barrels per day, according to the daily which said so.", []),
        ("Children from the age of nine months were vaccinated.", []),
        ("They marked the anniversary of the October Revolution.", []),
        ("Islam will one day be the second religion.", [("one day", "FUTURE_REF")]),
        ("The strike lasted one day.", [("one day", "P1D")]),
    ],
)
def test_twelfth_audit(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, reference_date="2006-11-07")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The conference is being held Thursday through Saturday.",
            [("Thursday", "2005-12-15"), ("Saturday", "2005-12-17")],
        ),
        ("Trading was suspended at 2:24 pm.", [("2:24 pm", "2005-12-15T14:24")]),
        ("France's Le Figaro daily said the Christmas trees were lit.", []),
    ],
)
def test_thirteenth_audit(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, reference_date="2005-12-15")] == expected


def test_the_morning_of_the_day_in_focus() -> None:
    text = "Stocks fell Friday. Dealers placed heavy buy orders in the morning."
    got = [(m.text, str(m.type), m.value) for m in tag(text, reference_date="1989-10-30")]
    assert got == [("Friday", "DATE", "1989-10-27"), ("the morning", "TIME", "1989-10-27TMO")]
    # without a day in focus it is a habit, not a date
    assert tag("He always runs in the morning.", reference_date="1989-10-30") == []


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # a vote "set for" a day is ahead; plural present of schedule verbs
        (
            "The vote is set for 2 p.m. ET on Tuesday.",
            "2024-03-15",
            [("2 p.m. ET", "2024-03-19T14:00"), ("Tuesday", "2024-03-19")],
        ),
        ("The group matches begin in Kaiserslautern on June 12.", "2005-12-10", [("June 12", "2006-06-12")]),
        # (not a bare infinitive: "let the offensive begin as planned Saturday night" was past)
        (
            "He let the offensive begin as previously planned Saturday night.",
            "1991-02-25",
            [("Saturday night", "1991-02-23TNI")],
        ),
        ("He would not attend the summit on Sunday as planned.", "2005-11-26", [("Sunday", "2005-11-27")]),
        # irregular past verbs
        (
            "Michalak, who underwent knee surgery in November, will not be among the group.",
            "2006-12-28",
            [("November", "2006-11")],
        ),
        (
            "Nadal pulled out due to injuries on Monday, the Swiss has been left alone.",
            "2005-11-15",
            [("Monday", "2005-11-14")],
        ),
        ("Leaders arrived for a summit due to open Saturday.", "2006-11-01", [("Saturday", "2006-11-04")]),
        (
            "Resolution 1636 adopted by the Security Council on Monday should aim to help.",
            "2005-11-01",
            [("Monday", "2005-10-31")],
        ),
        # a game's quarters are not the calendar's; a business quarter still is
        (
            "Bahrain led 71-39 after three quarters and rested his shooters in the final quarter.",
            "2006-11-24",
            [],
        ),
        (
            "Tomlinson scored with 23 seconds left in the second quarter.",
            "2006-12-10",
            [("23 seconds", "PT23S")],
        ),
        (
            "The Dow gained 300 points in the fourth quarter.",
            "2006-12-10",
            [("the fourth quarter", "2006-Q4")],
        ),
        # a noun in -ed, and a capitalised name, are no past verbs
        (
            "Measures will be imposed to limit bloodshed and bombings during Thursday's main event.",
            "2005-12-12",
            [("Thursday", "2005-12-15")],
        ),
        ("Will Hutton spoke on Tuesday.", "2005-12-12", [("Tuesday", "2005-12-06")]),
        # a year after a preposition of time, before "of the"
        ("It led to the suspension in 2002 of the devolved Assembly.", "2005-12-16", [("2002", "2002")]),
        ("He gave 2000 of them away.", "2005-12-16", []),
        # a month in the year in focus; the same month in another year
        (
            "The crisis began in 1976. In September that year, Callaghan spoke.",
            "2006-12-29",
            [("1976", "1976"), ("September that year", "1976-09")],
        ),
        (
            "It was founded in 1990 and in March of the following year it grew.",
            "2006-12-29",
            [("1990", "1990"), ("March of the following year", "1991-03")],
        ),
        (
            "Prices fell in October, tying the decline set in the same month of 2001.",
            "2006-11-14",
            [("October", "2006-10"), ("the same month of 2001", "2001-10")],
        ),
        (
            "Sales in September rose 0.6 percent from the previous month and 7.8 percent from the same month last year.",
            "2005-11-16",
            [
                ("September", "2005-09"),
                ("the previous month", "2005-08"),
                ("the same month last year", "2004-09"),
            ],
        ),
        # figures side by side are one duration; "the year 2006" is one expression
        (
            "He won in 1 hour 26 minutes and 43 seconds.",
            "2005-11-16",
            [("1 hour 26 minutes and 43 seconds", "PT1H26M43S")],
        ),
        (
            "Children were born in the year 2000, the Athlete of the Year 2005.",
            "2005-11-16",
            [("the year 2000", "2000"), ("2005", "2005")],
        ),
        # the start of a range takes the year of its dated end
        (
            "The expo will be held from May 1 to October 31, 2010.",
            "2005-11-28",
            [("May 1", "2010-05-01"), ("October 31, 2010", "2010-10-31")],
        ),
        (
            "It runs from Dec. 20 to Jan. 5, 2008.",
            "2005-11-28",
            [("Dec. 20", "2007-12-20"), ("Jan. 5, 2008", "2008-01-05")],
        ),
        # dawn and dusk of a named day; the morning of the day in focus after one
        ("The typhoon hit before dawn Thursday.", "2006-12-01", [("dawn Thursday", "2006-11-30TMO")]),
        (
            "They attacked at dawn, then at mid-day Tuesday.",
            "2006-12-01",
            [("mid-day Tuesday", "2006-11-28T12:00")],
        ),
        (
            "It was closed before dawn Friday, but reopened in the morning.",
            "2005-11-18",
            [("dawn Friday", "2005-11-18TMO"), ("the morning", "2005-11-18TMO")],
        ),
    ],
)
def test_eighteenth_and_nineteenth_audits(text: str, ref: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, reference_date=ref)] == expected


def test_a_month_that_year_without_an_earlier_date_says_so() -> None:
    (mention,) = tag("In September that year, he quit.", reference_date="2006-12-29")
    assert mention.value is None and mention.reason is not None and "no earlier date" in mention.reason


def test_the_start_of_a_range_is_anchored_on_its_dated_end() -> None:
    text = "The expo will be held from May 1 to October 31, 2010."
    first = tag(text, reference_date="2005-11-28")[0]
    assert first.anchor is not None and first.anchor.value == "2010-10-31"
    assert text[first.anchor.start : first.anchor.end] == "October 31, 2010"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks were held in the first week of October.", [("the first week of October", "2005-W40")]),
        ("The return legs are in the second week of January.", [("the second week of January", "2006-W02")]),
        ("The summit is in the third week of this month.", [("the third week of this month", "2005-W46")]),
        ("It closes in the final week of February 2008.", [("the final week of February 2008", "2008-W09")]),
    ],
)
def test_a_week_of_a_month_is_one_iso_week(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, reference_date="2005-11-13")] == expected


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # the week of a date is the ISO week that holds it
        ("A hearing is set for the week of March 6.", "2000-02-24", [("the week of March 6", "2000-W10")]),
        ("The week of Jan. 10, 1999 was busy.", "2000-02-24", [("The week of Jan. 10, 1999", "1999-W01")]),
        # counts in hundreds and thousands, and vague multiples
        (
            "It was kept secret for more than two thousand years.",
            "2006-01-01",
            [("more than two thousand years", "P2000Y")],
        ),
        ("Six hundred years ago, Zheng He sailed.", "2006-01-01", [("Six hundred years ago", "1406")]),
        (
            "They ruled for hundreds of years and worked tens of thousands of hours.",
            "2006-01-01",
            [("hundreds of years", "PXY"), ("tens of thousands of hours", "PTXH")],
        ),
        ("It kept tens of thousands of day laborers from jobs.", "2006-01-01", []),
        # "the past" of a count the rules do not know is no PAST_REF
        ("He has won the past five elections and the past two seasons.", "2006-01-01", []),
        ("In the past, he said, it was different.", "2006-01-01", [("the past", "PAST_REF")]),
        # a plural possessive before its noun
        ("The first ten months' deficit is small.", "2006-11-16", [("The first ten months", "P10M")]),
        # a year before an acronym is a year unless a product name comes before it
        (
            "The 2006 FIFA World Cup and the 2004 US election.",
            "2006-12-05",
            [("2006", "2006"), ("2004", "2004")],
        ),
        ("He still runs Windows 2000 XP.", "2006-12-05", []),
        # a season before "Olympics" or "Games" is part of a name
        ("Beijing will host the 2008 summer Olympics.", "2006-12-20", [("2008", "2008")]),
        # a fixture in the present tense, or a possibility, looks ahead to the date after it
        ("Juventus, who entertain Cagliari on Sunday, lead.", "2005-12-10", [("Sunday", "2005-12-11")]),
        (
            "Treviso could drop to the bottom of the table on Sunday.",
            "2005-12-10",
            [("Sunday", "2005-12-11")],
        ),
        (
            "Fears grew that new clashes could erupt this weekend.",
            "2005-12-16",
            [("this weekend", "2005-W50-WE")],
        ),
        # "couple" with or without "a" and "of"; "another", "a further", "an additional" count too
        ("Over the next couple of years it will grow.", "2006-01-01", [("the next couple of years", "P2Y")]),
        ("He stays for another four years.", "2006-01-01", [("another four years", "P4Y")]),
        ("It can be extended a further 300 days.", "2006-01-01", [("a further 300 days", "P300D")]),
        # "over" is "more than" after a preposition or a verb of waiting or lasting, or before "ago";
        # after another verb it is "during"
        ("He was held for over a week.", "2006-01-01", [("a week", "P1W")]),
        ("The deal runs over seven years.", "2006-01-01", [("seven years", "P7Y")]),
        # ... but not to a date before it, which belongs to another clause
        (
            "Jordan has a new cabinet on Sunday, which faces the tasks of reform.",
            "2005-11-29",
            [("Sunday", "2005-11-27")],
        ),
        (
            "The costs of a dumping incident in August could reach millions.",
            "2006-11-01",
            [("August", "2006-08")],
        ),
    ],
)
def test_twentieth_and_twenty_first_audits(text: str, ref: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, reference_date=ref)] == expected


@pytest.mark.parametrize(
    ("text", "mod"),
    [
        ("He was held for over a week.", "MORE_THAN"),
        ("The man waited over two hours.", "MORE_THAN"),
        ("They attacked over six months ago.", "MORE_THAN"),
        ("The loan is spread over three years.", None),
        ("Over 13 years the incidence fell.", None),
    ],
)
def test_over_is_more_than_only_after_a_preposition_or_a_verb_of_lasting(text: str, mod: str | None) -> None:
    (mention,) = tag(text, reference_date="2006-01-01")
    assert mention.mod == mod


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("Cases tripled in the past fortnight.", "2024-12-16", [("the past fortnight", "P2W")]),
        ("He scored a fortnight ago.", "2025-11-13", [("a fortnight ago", "2025-W44")]),
        (
            "Walk-in clinics open on Saturday mornings.",
            "2024-12-16",
            [("Saturday mornings", "XXXX-WXX-6TMO")],
        ),
        ("Overnight lows will dip into the upper 60s.", "2022-06-23", []),
        (
            "Shoppers returned on Black Friday, up from Black Friday in 2019.",
            "2021-11-26",
            [("Black Friday", "2021-11-26"), ("Black Friday", "2019-11-29"), ("2019", "2019")],
        ),
        ("Father's Day plans draw them to the river.", "2025-06-14", [("Father's Day", "2025-06-15")]),
        ("It tapers its $120 billion-a-month bond purchases.", "2021-05-14", []),
        ("Investors will look to minutes of the Fed's meeting.", "2021-05-14", []),
        (
            "Wage momentum heading into this year's spring wage talks looks solid.",
            "2025-01-24",
            [("this year", "2025"), ("spring", "2025-SP")],
        ),
        ("Speaking half an hour later, he said.", "2024-01-31", [("half an hour", "PT30M")]),
        (
            "They were partners for a quarter of a century.",
            "2025-10-21",
            [("a quarter of a century", "P25Y")],
        ),
        (
            "Sales were compared with April 20 in 2025.",
            "2026-04-16",
            [("April 20", "2025-04-20"), ("2025", "2025")],
        ),
        ("More storms are possible on Tuesday.", "2026-03-22", [("Tuesday", "2026-03-24")]),
        (
            "Core prices rose 3.0% in December from a year earlier.",
            "2025-01-24",
            [("December", "2024-12"), ("a year earlier", "2023")],
        ),
        (
            "The Games, which open with a ceremony on Friday night, and curling gets under way on Wednesday.",
            "2026-02-02",
            [("Friday night", "2026-02-06TNI"), ("Wednesday", "2026-02-04")],
        ),
    ],
)
def test_modern_news_audit(text: str, ref: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, reference_date=ref)] == expected


def test_a_clock_time_takes_the_day_the_story_is_about() -> None:
    text = (
        "Police are searching for two men who robbed a jewelry store on Saturday evening, smashing "
        "display cases and escaping with watches worth an estimated $250,000.\n"
        "Officers were called to the mall shortly before 7:15 p.m."
    )
    (_, clock) = tag(text, reference_date="2024-03-18")
    assert clock.value == "2024-03-16T19:15"
    # the day of a report is not the day the story is about
    text = (
        "Tornadoes tore through the region late on Saturday, officials said on Sunday.\n"
        "The deadliest storm struck the town at about 10:40 p.m."
    )
    assert tag(text, reference_date="2026-03-22")[-1].value == "2026-03-21T22:40"
    # ... unless the earlier date is after the report
    text = "The storm may reach Manila by Friday, the bureau said Tuesday. As of 10:00 a.m., it was far out."
    assert tag(text, reference_date="2006-11-28")[-1].value == "2006-11-28T10:00"


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # "were planning" is one cue that looks ahead, not the past "were"
        (
            "Protesters planned a large demonstration on Saturday and were planning to drive around Miami.",
            "2000-01-03",
            [("Saturday", "2000-01-08")],
        ),
        # "the hastily planned trip" was planned in the past: the clause's "lifted" tells the tense
        (
            "On Friday, when she set aside vacation plans for the hastily planned trip, the State "
            "Department lifted a warning against travel.",
            "1998-08-17",
            [("Friday", "1998-08-14")],
        ),
        # a date that names an attack, a crash or an incident names one that has happened, even
        # eleven months back; a feared one may be ahead
        (
            "Police are still investigating the January 13 incident.",
            "2025-12-20",
            [("January 13", "2025-01-13")],
        ),
        ("The Jan. 9 attack shocked the nation.", "2025-12-20", [("Jan. 9", "2025-01-09")]),
        # (unless the day names one event the world over: see test_session_eight_audits)
        ("The Jan. 6 attack shocked the nation.", "2025-12-20", [("Jan. 6", "2021-01-06")]),
        ("The province was hit by the December 26 tsunami.", "2005-12-20", [("December 26", "2004-12-26")]),
        (
            "Police stepped up patrols amid fears of Christmas attacks.",
            "2025-12-20",
            [("Christmas", "2025-12-25")],
        ),
        ("The February 2 vote will decide the matter.", "2025-12-20", [("February 2", "2026-02-02")]),
        # a present-tense schedule, an obligation, a span to a date ahead
        ("The summit, which wraps up on Thursday, comes four months after the invasion.", "2022-06-29",
         [("Thursday", "2022-06-30"), ("four months", "P4M")]),
        ("Belgium must now beat Croatia on Thursday.", "2022-11-27", [("now", "PRESENT_REF"), ("Thursday", "2022-12-01")]),
        ("The show opened to the public on Tuesday and runs through Friday.", "2024-01-10",
         [("Tuesday", "2024-01-09"), ("Friday", "2024-01-12")]),
        # "until" after a closing quotation mark is not a fronted "until"
        ('The risk would remain "very high" until at least Tuesday.', "2026-08-14", [("Tuesday", "2026-08-18")]),
        ('"Until Thursday, they had not called him a suspect," he said.', "2026-08-14", [("Thursday", "2026-08-13")]),
        # what a company expects is ahead; "compared with" is no past verb
        ("It said it expects revenue of $3 billion for the quarter ending in April, compared with forecasts.",
         "2024-02-22", [("the quarter", "2023-Q4"), ("April", "2024-04")]),
        # Orthodox Easter follows the Julian computus
        ("They hope for another exchange before Orthodox Easter.", "2026-03-27", [("Easter", "2026-04-12")]),
        ("Orthodox Easter fell on April 20 this year.", "2025-06-01",
         [("Easter", "2025-04-20"), ("April 20 this year", "2025-04-20")]),
        # "late" and "early" after a length say how far off schedule
        ("Euro 2020 was played a year late in 2021.", "2026-05-11", [("a year", "P1Y"), ("2021", "2021")]),
        ("The flight landed three hours late on Tuesday.", "2026-05-13", [("three hours", "PT3H"), ("Tuesday", "2026-05-12")]),
        # a clock time framed by another year has no day; a year of comparison frames nothing
        ("In 2022, the outcome was known by about 8 p.m.", "2026-10-02", [("2022", "2022"), ("8 p.m.", "XXXX-XX-XXT20:00")]),
        ("The Fed will raise rates on Wednesday, to the highest level since 2007. The decision is due at 2 p.m.",
         "2023-05-02", [("Wednesday", "2023-05-03"), ("2007", "2007"), ("2 p.m.", "2023-05-03T14:00")]),
        # a capitalised "Midnight" inside a sentence before a name is a name
        ("The guests included former Midnight Oil singer Peter Garrett.", "2005-12-16", []),
        # an intention with its day between the verb and "to"
        ("Parliament voted on Saturday to remove him and to hold new elections on May 25.", "2014-02-22",
         [("Saturday", "2014-02-22"), ("May 25", "2014-05-25")]),
        # "heading into" looks ahead, even to a race's finish (a market's "finish" is in)
        ("He leads by two minutes heading into Saturday's finish on Alpe d'Huez.", "2015-07-24",
         [("two minutes", "PT2M"), ("Saturday", "2015-07-25")]),
        # parts of the day of the day in focus
        ("Syrian forces shelled Homs on Friday. At least 40 people were killed by midafternoon.", "2012-06-02",
         [("Friday", "2012-06-01"), ("midafternoon", "2012-06-01TAF")]),
        # the night before the report, or the one ahead
        ("Explosions shook Kyiv overnight, officials said.", "2025-11-21", [("overnight", "2025-11-20TNI")]),
        ("Talks would continue overnight.", "2025-11-21", [("overnight", "2025-11-21TNI")]),
        ("Banks raised overnight rates. It was an overnight success.", "2025-11-21", []),
        # the quarter a month ends; calendar years
        ("Revenue in the June quarter rose. It expects growth in the second half of calendar 2015.", "2014-08-12",
         [("the June quarter", "2014-Q2"), ("the second half of calendar 2015", "2015-H2")]),
        # a time on each day of a set
        ('"Every morning we have people waiting before 7 a.m.," a nurse said.', "2014-12-12",
         [("Every morning", "XXXX-XX-XXTMO"), ("7 a.m.", "XXXX-XX-XXT07:00")]),
        # a year in a relative clause does not frame the sentence
        ("Starmer, who took over as leader in 2020, met the King around midday.", "2024-07-05",
         [("2020", "2020"), ("around midday", "2024-07-05T12:00")]),
        # holidays
        ("He was sworn in on Martin Luther King Jr. Day.", "2025-01-20", [("Martin Luther King Jr. Day", "2025-01-20")]),
        ("Schools closed for Epiphany.", "2026-01-07", [("Epiphany", "2026-01-06")]),
        # on a Sunday "later this week" is the week ahead; "next July" in June is a year off
        ("Both candidates will hold rallies later this week.", "2022-04-10", [("later this week", "2022-W15")]),
        ("Allies will meet again in Vilnius next July.", "2022-06-29", [("next July", "2023-07")]),
        # from Wednesday on, "this weekend" is the coming one, whatever the report's tense
        ("Forecasters warned of more dry lightning this weekend.", "2020-08-20", [("this weekend", "2020-W34-WE")]),
        # "that spring": the year in focus
        ("When the Games were postponed in March 2020, she trained at home for most of that spring.", "2021-07-26",
         [("March 2020", "2020-03"), ("that spring", "2020-SP")]),
        # a band of temperatures is no decade
        ("Forecasters expect temperatures to climb into the 60s early next week.", "2021-07-26",
         [("early next week", "2021-W31")]),
        # the week a date ends
        ("Jobless claims jumped in the week ending March 21, the department said.", "2020-03-26",
         [("the week ending March 21", "2020-W12")]),
    ],
)  # fmt: skip
def test_session_seven_audits(text: str, ref: str, expected: list[tuple[str, str]]) -> None:
    """Tense cues and expressions from the blind audits of modern news (audits 25-27)."""
    assert [(m.text, m.value) for m in tag(text, reference_date=ref)] == expected


def test_o_clock_without_a_part_of_the_day_is_an_hour_of_the_working_day() -> None:
    text = "Nobody knows what's coming at four o'clock tomorrow. The meeting starts at 9 o'clock."
    assert [(m.text, m.value) for m in tag(text, reference_date="2025-04-01")] == [
        ("four o'clock tomorrow", "2025-04-02T16:00"),
        ("9 o'clock", "2025-04-02T09:00"),
    ]
    assert (
        tag("a life beyond 11 o'clock at night", reference_date="2005-11-23")[0].value == "2005-11-23T23:00"
    )
    # a part of the day after the weekday says the half: not 13:00 (the day and its morning stay one mention)
    text = "Gunmen struck at one O'clock Wednesday morning."
    assert [(m.text, m.value) for m in tag(text, reference_date="2005-11-17")] == [
        ("Wednesday morning", "2005-11-16TMO")
    ]


def test_that_season_without_an_earlier_date_says_so() -> None:
    (m,) = tag("That spring was cold.", reference_date="2021-07-26")
    assert m.value is None and m.reason is not None


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # a date that opens its sentence waits for the clause's verb, past a long adverbial ("vs." ends no sentence)
        ("In January, a week after the 25th anniversary of the Roe vs. Wade Supreme Court decision, a clinic "
         "bombing in Birmingham, Ala., killed a security guard.", "1998-10-25",
         [("January", "1998-01"), ("a week", "P1W")]),
        # spelled years with their month or season (broadcast transcripts)
        ("January nineteen ninety-seven. Atlanta again.", "1998-02-27", [("January nineteen ninety-seven", "1997-01")]),
        ("the level we saw in the winter of nineteen ninety-four.", "1998-02-23",
         [("the winter of nineteen ninety-four", "1994-WI")]),
        # Holy Week is the week of Easter, begun on Palm Sunday (Western or Orthodox)
        ("Protesters prayed as Easter week began, waving palm fronds.", "2000-04-17", [("Easter week", "2000-W16")]),
        ("Orthodox Holy Week begins next week.", "2024-04-20", [("Holy Week", "2024-W18"), ("next week", "2024-W17")]),
        # days known by their event, once it has happened; without its noun a day is a day
        ("Ten years after the Sept. 11 attacks, life has changed. Since 9/11, airports are different. "
         "The Sept. 11 anniversary is on Sunday.", "2011-09-08",
         [("Ten years", "P10Y"), ("Sept. 11", "2001-09-11"), ("9/11", "2001-09-11"), ("Sept. 11", "2011-09-11"),
          ("Sunday", "2011-09-11")]),
        ("Israel has fought in Gaza since the Oct. 7 attack. On Oct. 7, crowds gathered.", "2024-10-20",
         [("Oct. 7", "2023-10-07"), ("Oct. 7", "2024-10-07")]),
        ("The meeting on 9/11 and the Sept. 11 attack on the embassy.", "1999-05-01", [("Sept. 11", "1998-09-11")]),
        # a holiday's weekend: the one before a Monday holiday, the one after a Thursday one
        ("Shoppers spent more over the Thanksgiving weekend.", "2022-11-28", [("the Thanksgiving weekend", "2022-W47-WE")]),
        ("Record travel is expected over the Memorial Day weekend.", "2023-05-20",
         [("the Memorial Day weekend", "2023-W21-WE")]),
        ("Traffic was heavy on Labor Day weekend 2025.", "2026-04-08", [("Labor Day weekend 2025", "2025-W35-WE")]),
        ("Parades are planned for Juneteenth and the Fourth of July.", "2026-04-08",
         [("Juneteenth", "2026-06-19"), ("Fourth of July", "2026-07-04")]),
        ("The festival is held every other year.", "2026-04-08", [("every other year", "P2Y")]),
        # the same period of another year: the quarter in play, or that year
        ("Revenue rose 12% in the second quarter from the same period of 2013.", "2014-08-12",
         [("the second quarter", "2014-Q2"), ("the same period of 2013", "2013-Q2")]),
        # fiscal and calendar years relative to the reference date
        ("Profits fell last fiscal year; the plant opens by the end of this calendar year.", "2025-06-10",
         [("last fiscal year", "2024"), ("the end of this calendar year", "2025")]),
        # tense cues: a span extended to a date looks ahead; a plan that was going to happen, a market's close
        # and "the expected range" look back; "should have power" is no past; "if needed" is no verb;
        # "since 2019" says nothing of its clause; "and will" starts another clause
        ("The Weather Service extended its heat advisory through 8 p.m. Wednesday.", "2024-07-08",
         [("8 p.m. Wednesday", "2024-07-10T20:00")]),
        ("The Brexit deadline was pushed back from 29 March to 31 October.", "2019-05-25",
         [("29 March", "2019-03-29"), ("31 October", "2019-10-31")]),
        ("We were going to have dinner on New Year's Day.", "2025-01-03", [("New Year's Day", "2025-01-01")]),
        ("He will pay a premium of 29% to the closing price on Friday.", "2024-06-25", [("Friday", "2024-06-21")]),
        ("Brightline priced its IPO above the expected range on Wednesday night.", "2025-06-19",
         [("Wednesday night", "2025-06-18TNI")]),
        ("The tanks may arrive in time to counter an expected Russian spring offensive.", "2023-01-26",
         [("spring", "2023-SP")]),
        ("Most of those customers should have power back by Tuesday evening.", "2023-05-15",
         [("Tuesday evening", "2023-05-16TEV")]),
        ("Game 2 is Wednesday before the series shifts to Lakeside for Game 3 on Friday and, if needed, "
         "Game 4.", "2025-09-16", [("Wednesday", "2025-09-17"), ("Friday", "2025-09-19")]),
        ("Students return to classrooms on Tuesday, for the first time since 2019 without a shortage.", "2023-08-28",
         [("Tuesday", "2023-08-29"), ("2019", "2019")]),
        ("The city opened five cooling centers on Friday and will keep them running.", "2024-07-08",
         [("Friday", "2024-07-05")]),
        # "this spring" in January is this year's; "this winter" then is the one under way
        ("It plans to break ground this spring. This winter has been mild.", "2024-01-30",
         [("this spring", "2024-SP"), ("This winter", "2023-WI")]),
        # "March" after "the middle of" or "for" is the month
        ("It should be finished by the middle of March.", "2024-02-22", [("the middle of March", "2024-03")]),
        ("Official retail sales figures for March are due next week.", "2026-04-16",
         [("March", "2026-03"), ("next week", "2026-W17")]),
        # "and plans to" is a clause of its own
        ("She signed with a Division II program in November and plans to major in nursing.", "2026-01-14",
         [("November", "2025-11")]),
        # a past clause's clock time is not on a day ahead
        ("It will report results on Nov. 10. Its shares were up 1.4% at 0915 GMT.", "2025-10-02",
         [("Nov. 10", "2025-11-10"), ("0915 GMT", "2025-10-02T09:15Z")]),
        # a quarter's results come once it is over
        ("The chain will report fourth-quarter results in early March.", "2023-01-12",
         [("fourth-quarter", "2022-Q4"), ("early March", "2023-03")]),
        # days named in a row from today on follow one another
        ("Forecasters expect storms Sunday night and Monday.", "2021-08-29",
         [("Sunday night", "2021-08-29TNI"), ("Monday", "2021-08-30")]),
        # a date naming another event in an earlier sentence is not the day of a clock time
        ("Voters chose a mayor on Tuesday. Lightfoot finished third in the Feb. 28 first round, becoming the "
         "first mayor in decades to lose.\nPolls opened at 6 a.m. and close at 7 p.m.", "2023-04-04",
         [("Tuesday", "2023-04-04"), ("Feb. 28", "2023-02-28"), ("decades", "PXY"), ("6 a.m.", "2023-04-04T06:00"),
          ("7 p.m.", "2023-04-04T19:00")]),
    ],
)  # fmt: skip
def test_session_eight_audits(text: str, ref: str, expected: list[tuple[str, str]]) -> None:
    """Tense cues and expressions from TBAQ's value errors and the blind audits of session eight."""
    assert [(m.text, m.value) for m in tag(text, reference_date=ref)] == expected


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # a clock time takes its day, and the half of the day, from a day named with its part after it
        ("It happened at 9:30 Wednesday night.", "2024-03-15", [("9:30 Wednesday night", "2024-03-13T21:30")]),
        ("It happened at 9:30 p.m. last Wednesday.", "2024-03-15", [("9:30 p.m. last Wednesday", "2024-03-13T21:30")]),
        ("It happened at 9:30 on Wednesday night.", "2024-03-15",
         [("9:30", "2024-03-13T21:30"), ("Wednesday night", "2024-03-13TNI")]),
        ("It happened around 9:30 last night.", "2024-03-15", [("around 9:30 last night", "2024-03-14T21:30")]),
        ("The meeting starts at 7:30 this evening.", "2024-03-15", [("7:30 this evening", "2024-03-15T19:30")]),
        ("He left at 6:45 this morning.", "2024-03-15", [("6:45 this morning", "2024-03-15T06:45")]),
        ("Doors open at 8:00 a.m. Wednesday morning.", "2024-03-12", [("8:00 a.m. Wednesday morning", "2024-03-13T08:00")]),
        # "a year earlier" compared with a period that ended in another year is a year before it
        ("Sales rose 4% in the nine weeks ended Dec. 31, compared with a 2% decline a year earlier.", "2024-03-15",
         [("the nine weeks", "P9W"), ("Dec. 31", "2023-12-31"), ("a year earlier", "2022")]),
        # a year frames the month, season or holiday after it in its sentence
        ("The bank cut rates by 75 basis points last year, in March and May.", "2021-01-15",
         [("last year", "2020"), ("March", "2020-03"), ("May", "2020-05")]),
        ("In 2019, the bank cut rates in March.", "2021-01-15", [("2019", "2019"), ("March", "2019-03")]),
        ("Last year we were ordered to shut a few days before Christmas.", "2021-01-15",
         [("Last year", "2020"), ("a few days", "PXD"), ("Christmas", "2020-12-25")]),
        # ... but not a year compared with, a year of another clause, or a future against it
        ("Prices fell in 2020 and will rise again in March.", "2021-01-15", [("2020", "2020"), ("March", "2021-03")]),
        ("Its sales rose since its launch in 2003 and that as of February, it led the market.", "2008-04-03",
         [("2003", "2003"), ("February", "2008-02")]),
        # the days before a holiday a few days ahead are before that one
        ("Retailers braced for the quietest final shopping days before Christmas.", "2021-12-23",
         [("days", "PXD"), ("Christmas", "2021-12-25")]),
        ('Staff were told to avoid saying "Merry Christmas".', "2006-12-20", []),
        # a quarter without tense is the nearer one; a quarter's data come once it is over
        ("The fourth quarter is when the deficit really bites.", "2023-09-27", [("The fourth quarter", "2023-Q4")]),
        ("Fourth-quarter GDP data is due on Friday.", "2025-01-13", [("Fourth-quarter", "2024-Q4"), ("Friday", "2025-01-17")]),
        # a future in the past: after the day of the report
        ("Gazprom said late on Friday that Nord Stream 1 would not restart as planned on Saturday.", "2022-09-05",
         [("late on Friday", "2022-09-02"), ("Saturday", "2022-09-03")]),
        ("They met in a meeting brought forward from Monday.", "2025-05-03", [("Monday", "2025-05-05")]),
        ("The Games close on Sunday, and the Paralympics open on Aug. 24.", "2021-08-02",
         [("Sunday", "2021-08-08"), ("Aug. 24", "2021-08-24")]),
        ("Tourists stopped coming in February.", "2020-09-12", [("February", "2020-02")]),
        # clock times: a clause ahead is not on a day gone, nor on the day of a price compared with
        ("API figures were released late Tuesday. Government data is due at 10:30 a.m. ET.", "2023-09-27",
         [("late Tuesday", "2023-09-26"), ("10:30 a.m. ET", "2023-09-27T10:30")]),
        ("The offer is a 41% premium to its closing price on Wednesday. Shares jumped 36% by midday.", "2023-07-06",
         [("Wednesday", "2023-07-05"), ("midday", "2023-07-06T12:00")]),
        ("Markets will shut early, at 1 p.m. ET, on Friday.", "2025-11-26",
         [("1 p.m. ET", "2025-11-28T13:00"), ("Friday", "2025-11-28")]),
        # "the past week" is the seven days up to now; "last week" the calendar's
        ("Prices rose 3% over the past week and fell last week.", "2024-03-15",
         [("the past week", "P1W"), ("last week", "2024-W10")]),
        ("He was arrested in the last week of March.", "2024-04-15", [("the last week of March", "2024-W13")]),
        # a verb after "but" is another clause's; a cue across ", and <subject>" is another clause's
        ("Forecasters expected the winds to ease by Thursday but warned that conditions could persist.", "2025-01-08",
         [("Thursday", "2025-01-09")]),
        ("State officials said Friday, and doctors say they are bracing for it to last into the summer.", "2025-03-24",
         [("Friday", "2025-03-21"), ("the summer", "2025-SU")]),
        # "warned (that)" reports; a date that is a reported clause's subject takes that clause's tense
        ("The department warned states that there may not be enough money to pay November benefits.", "2025-10-18",
         [("November", "2025-11")]),
        ("Organizers said Sunday's event would go on as planned.", "2022-06-18", [("Sunday", "2022-06-19")]),
        ("Police said Friday's shooting was unprovoked.", "2022-06-18", [("Friday", "2022-06-17")]),
        # "should begin" looks ahead; "past Nov. 4" is a day
        ("A plant is expected to open next May, and construction work should begin in July.", "2006-11-06",
         [("next May", "2007-05"), ("July", "2007-07")]),
        ("If the standoff drags on past Nov. 4, it would break that record.", "2025-10-18", [("Nov. 4", "2025-11-04")]),
        # the small hours after an evening or a night are the next day's
        ("Fire broke out Tuesday night. Crews arrived at 11:50 p.m. and it was out by 2 a.m.", "2024-09-21",
         [("Tuesday night", "2024-09-17TNI"), ("11:50 p.m.", "2024-09-17T23:50"), ("2 a.m.", "2024-09-18T02:00")]),
        ("It was the first such rally in a quarter century.", "2024-01-20", [("a quarter century", "P25Y")]),
        ("Candidates are campaigning hard ahead of Super Tuesday.", "2024-01-20", [("Super Tuesday", "2024-03-05")]),
        ("Fans gathered downtown on Thanksgiving night.", "2025-12-02", [("Thanksgiving night", "2025-11-27TNI")]),
        ("During Holy Week 2024, pilgrims came.", "2024-05-01", [("Holy Week 2024", "2024-W13")]),
    ],
)  # fmt: skip
def test_session_nine_audits(text: str, ref: str, expected: list[tuple[str, str]]) -> None:
    """Expressions from the blind audits of session nine."""
    assert [(m.text, m.value) for m in tag(text, reference_date=ref)] == expected


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # British dates: a weekday before a bare day of a list, and "the Saturday" of the days named
        ("Pubs can stay open on Friday 5 and Saturday 6 May, and venues are fully booked for the Saturday.",
         "2023-04-28", [("Friday 5", "2023-05-05"), ("Saturday 6 May", "2023-05-06"), ("the Saturday", "2023-05-06")]),
        ("Police will draft in officers for the week of 7-11 May. Tickets for the Saturday night final sold out.",
         "2024-04-19", [("7-11 May", "2024-05"), ("Saturday night", "2024-05-11TNI")]),
        ("The round-table talks kicked off on Monday. After the Monday talks, Berri spoke.",
         "2006-11-07", [("Monday", "2006-11-06"), ("Monday", "2006-11-06")]),
        # the end of a range of clock times is on its start's day
        ('"Thursday between 2pm and 7pm is the one to avoid," he said.', "2024-03-26",
         [("Thursday", "2024-03-28"), ("2pm", "2024-03-28T14:00"), ("7pm", "2024-03-28T19:00")]),
        ("The bar on Saturday was open from 8 p.m. to 2 a.m.", "2024-03-26",
         [("Saturday", "2024-03-23"), ("8 p.m.", "2024-03-23T20:00"), ("2 a.m.", "2024-03-24T02:00")]),
        # a year named since is no day: the clock time is on the last day named
        ("The chancellor will use Wednesday's statement to lift growth before an election expected next year. "
         "The statement, due shortly after 12:30 GMT, comes with forecasts.", "2023-11-20",
         [("Wednesday", "2023-11-22"), ("next year", "2024"), ("12:30 GMT", "2023-11-22T12:30Z")]),
        # the day in focus, a long paragraph back
        ("A jury on Friday convicted a former church treasurer of stealing more than $340,000 from her "
         "congregation, money prosecutors said she spent on vacations and jewelry.\nShe was found guilty of 14 "
         "counts of theft and forgery after hours of deliberation. She showed no emotion as the verdict was read "
         "shortly before 4 p.m.", "2002-05-18",
         [("Friday", "2002-05-17"), ("hours", "PTXH"), ("4 p.m.", "2002-05-17T16:00")]),
        # only a set of days makes a time of each day
        ("The decision and the Bank's quarterly Monetary Policy Report are due at 12:00 GMT.", "2025-02-05",
         [("quarterly", "P3M"), ("12:00 GMT", "2025-02-05T12:00Z")]),
        ("It opens daily at 10 a.m.", "2025-02-05", [("daily", "P1D"), ("10 a.m.", "XXXX-XX-XXT10:00")]),
        # a season of the year in focus
        ("She raised concerns in early 2021, and by the autumn of that year she had filed 30 reports.",
         "2025-09-11", [("early 2021", "2021"), ("the autumn of that year", "2021-FA")]),
        ("He arrived in 2019. In the spring of the following year he left.", "2025-09-11",
         [("2019", "2019"), ("the spring of the following year", "2020-SP")]),
        # days of the British Isles, of Easter and of the calendar
        ("Pubs are preparing for the early May bank holiday on Monday.", "2023-04-28",
         [("early May bank holiday", "2023-05-01"), ("Monday", "2023-05-01")]),
        ("Parades were held on St Patrick's Day.", "2025-03-20", [("St Patrick's Day", "2025-03-17")]),
        ("It rained on Ash Wednesday.", "2023-04-28", [("Ash Wednesday", "2023-02-22")]),
        ("He spoke on Earth Day.", "2023-04-28", [("Earth Day", "2023-04-22")]),
        # Super Tuesday is held every four years, and in 2008 it was in February
        ("Voters were heading home from Super Tuesday primaries.", "2008-02-06", [("Super Tuesday", "2008-02-05")]),
        ("Candidates recalled Super Tuesday.", "2026-01-20", [("Super Tuesday", "2024-03-05")]),
    ],
)  # fmt: skip
def test_session_ten_audits(text: str, ref: str, expected: list[tuple[str, str]]) -> None:
    """Expressions from the blind audits of session ten."""
    assert [(m.text, m.value) for m in tag(text, reference_date=ref)] == expected


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # a weekend named since is no day: the day it holds is
        ("A pair of tornadoes tore through the capital late Sunday. Storms swept the state over the weekend. "
         "Sirens sounded at about 8:20 p.m.", "2006-03-13",
         [("late Sunday", "2006-03-12"), ("the weekend", "2006-W10-WE"), ("8:20 p.m.", "2006-03-12T20:20")]),
        # ... but a period's end is not the day of a call with analysts
        ("Income rose in the quarter ended March 27 from a year earlier. The company said it expects more this "
         "year, its chief executive said on a call at 10 a.m. CDT.", "2004-04-29",
         [("the quarter", "2004-Q1"), ("March 27", "2004-03-27"), ("a year earlier", "2003-Q1"),
          ("this year", "2004"), ("10 a.m. CDT", "2004-04-29T10:00")]),
        # a deadline in a clause with no tense looks ahead
        ("By the weekend milder air pushes back in.", "2024-01-15", [("the weekend", "2024-W03-WE")]),
        ("Money markets now price a peak by the autumn.", "2023-02-16",
         [("now", "PRESENT_REF"), ("the autumn", "2023-FA")]),
        ("By the weekend, the protests had spread.", "2024-01-15", [("the weekend", "2024-W02-WE")]),
        # a present clause after a past verb tells no direction
        ('"We were told the door is open for April," she said.', "2023-01-09", [("April", "2023-04")]),
        ("She said the talks resumed in April.", "2023-01-09", [("April", "2022-04")]),
        ("With Ramzan set to begin this weekend, police appealed to residents.", "2020-04-23",
         [("Ramzan", "2020-04-24"), ("this weekend", "2020-W17-WE")]),
    ],
)  # fmt: skip
def test_session_ten_days_in_focus(text: str, ref: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, reference_date=ref)] == expected
