"""Feasts of other calendars: their days, and the tagger placing them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import tag
from timeline.temporal import calendars


@pytest.mark.parametrize(
    ("year", "day"),
    [
        (1985, "1985-02-20"),  # the second new moon after the solstice, not the first after 21 January
        (2020, "2020-01-25"),
        (2021, "2021-02-12"),
        (2023, "2023-01-22"),
        (2024, "2024-02-10"),
        (2025, "2025-01-29"),
        (2026, "2026-02-17"),
        (2034, "2034-02-19"),  # after the leap eleventh month of 2033
    ],
)
def test_lunar_new_year(year: int, day: str) -> None:
    assert calendars.lunar_new_year(year).isoformat() == day


@given(st.integers(1930, 2099))
def test_lunar_new_year_falls_between_21_january_and_20_february(year: int) -> None:
    assert dt.date(year, 1, 21) <= calendars.lunar_new_year(year) <= dt.date(year, 2, 20)


@pytest.mark.parametrize(
    ("name", "year", "day"),
    [
        ("passover", 2024, "2024-04-23"),
        ("passover", 2025, "2025-04-13"),
        ("hanukkah", 2024, "2024-12-26"),
        ("yom kippur", 1973, "1973-10-06"),
        ("rosh hashanah", 2025, "2025-09-23"),
        ("purim", 2024, "2024-03-24"),  # a leap year: the second Adar
        ("purim", 2025, "2025-03-14"),
    ],
)
def test_hebrew_feasts(name: str, year: int, day: str) -> None:
    assert calendars.hebrew_feast(name, year).isoformat() == day


def test_islamic_and_persian_feasts() -> None:
    assert calendars.islamic_feast("ramadan", 2025) == dt.date(2025, 3, 1)
    assert calendars.islamic_feast("eid al-fitr", 2024) == dt.date(2024, 4, 10)
    assert calendars.islamic_feast("eid al-adha", 2024) == dt.date(2024, 6, 17)
    assert calendars.islamic_days(12, 10, 2006) == (dt.date(2006, 1, 10), dt.date(2006, 12, 31))
    assert calendars.nowruz(2025) == dt.date(2025, 3, 21)


@given(st.integers(1930, 2099))
def test_islamic_days_lie_in_their_year(year: int) -> None:
    days = calendars.islamic_days(9, 1, year)
    assert 1 <= len(days) <= 2
    assert list(days) == sorted(days) and all(d.year == year for d in days)
    assert all(calendars.ramadan_days(d) in (29, 30) for d in days)


def _tagged(text: str, ref: str) -> list[tuple[str, str | None, tuple[str, str] | None]]:
    return [
        (m.text, m.value, m.interval.iso() if m.interval else None) for m in tag(text, reference_date=ref)
    ]


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        (
            "Celebrations for the Lunar New Year began on Wednesday.",
            "2025-02-03",
            [("Lunar New Year", "2025-01-29", ("2025-01-29", "2025-01-30")),
             ("Wednesday", "2025-01-29", ("2025-01-29", "2025-01-30"))],
        ),
        # a feast of several days: the value is its first day, the interval all of them
        (
            "Muslims will begin fasting for Ramadan on Saturday.",
            "2025-02-24",
            [("Ramadan", "2025-03-01", ("2025-03-01", "2025-03-31")),
             ("Saturday", "2025-03-01", ("2025-03-01", "2025-03-02"))],
        ),
        ("Families lit candles for Hanukkah.", "2025-01-10", [("Hanukkah", "2024-12-26", ("2024-12-26", "2025-01-03"))]),
        (
            "Talks resumed at the end of Ramadan.",
            "2024-05-01",
            [("the end of Ramadan", "2024-03-11", ("2024-03-31", "2024-04-10"))],
        ),
        ("Yom Kippur 1973 saw the surprise attack.", "2023-10-06", [("Yom Kippur 1973", "1973-10-06", ("1973-10-06", "1973-10-07"))]),
        # two Eids in 2006: the one of the day before the article, a day off by the table
        (
            "The hanging on the first day of the Eid al-Adha festival caused dismay.",
            "2006-12-30",
            [("Eid al-Adha", "2006-12-31", ("2006-12-31", "2007-01-01"))],
        ),
        ("Iranians celebrate Nowruz next month.", "2025-02-03",
         [("Nowruz", "2025-03-21", ("2025-03-21", "2025-03-22")), ("next month", "2025-03", ("2025-03-01", "2025-04-01"))]),
        # "Ramadan" is also a name
        ("Aside from Saddam and Ramadan, the defendants include Barzan.", "2006-01-10", []),
        ("Tariq Ramadan said he would appeal. Ramadan rested his players.", "2025-02-03", []),
    ],
)  # fmt: skip
def test_feasts_of_other_calendars_are_placed(
    text: str, ref: str, expected: list[tuple[str, str | None, tuple[str, str] | None]]
) -> None:
    assert _tagged(text, ref) == expected


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("He left half a century ago.", "2025-02-03", [("half a century ago", "1975")]),
        ("Half a year ago he was unknown.", "2025-02-03", [("Half a year ago", "2024-08")]),
        ("It has been half a century since the war.", "2025-02-03", [("half a century", "P50Y")]),
        ("The mill opened in 1920. Half a century earlier, there was no road.", "2025-02-03",
         [("1920", "1920"), ("Half a century earlier", "1870")]),
        ("Speaking half an hour later, he said.", "2025-02-03", [("half an hour", "PT30M")]),
        # the last winter is the one before the winter under way
        ("They met two winters ago.", "2025-02-03", [("two winters ago", "2022-WI")]),
        ("Two summers ago the river ran dry.", "2025-08-10", [("Two summers ago", "2023-SU")]),
        ("Two summers ago the river ran dry.", "2025-10-10", [("Two summers ago", "2024-SU")]),
    ],
)  # fmt: skip
def test_halves_and_seasons_ago(text: str, ref: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, reference_date=ref)] == expected
