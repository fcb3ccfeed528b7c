"""Documents that are not in English: dateparser finds and parses their dates.

The English rule table is tuned to English; for any other ``Document.language`` the tagger
hands the text to dateparser (``search_dates`` for the spans, ``DateDataParser`` for the
granularity of each one), which knows some 200 locales. Every mention records
``rule="dateparser"`` and its anchor; a relative expression without a reference date is
kept unresolved, as in English.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from functools import lru_cache
from typing import Any

from timeline.model import Anchor, AnchorKind, Granularity, TimeMention, TimexType
from timeline.temporal.values import interval_of

__all__ = ["tag_with_dateparser"]

_PERIODS = {
    "time": Granularity.MINUTE,
    "day": Granularity.DAY,
    "week": Granularity.WEEK,
    "month": Granularity.MONTH,
    "year": Granularity.YEAR,
}


@lru_cache(maxsize=32)
def _parser(language: str) -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser(languages=[language], settings={"PREFER_DATES_FROM": "current_period"})


def _value(when: dt.datetime, period: str) -> tuple[str, TimexType, Granularity]:
    granularity = _PERIODS.get(period, Granularity.DAY)
    if granularity is Granularity.MINUTE:
        return when.strftime("%Y-%m-%dT%H:%M"), TimexType.TIME, granularity
    if granularity is Granularity.YEAR:
        return f"{when.year:04d}", TimexType.DATE, granularity
    if granularity is Granularity.MONTH:
        return f"{when.year:04d}-{when.month:02d}", TimexType.DATE, granularity
    if granularity is Granularity.WEEK:
        iso = when.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}", TimexType.DATE, granularity
    return when.date().isoformat(), TimexType.DATE, granularity


_WORD = r"[^\W\d_]{3,}\.?"
#: language-independent shapes of a date; dateparser decides whether each really is one
_CANDIDATE = re.compile(
    r"\b\d{4}-\d{2}-\d{2}\b"
    r"|\b\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})\b"
    rf"|\b\d{{1,2}}(?:\.|º|er|\s+de)?\s+{_WORD}(?:,?\s+(?:de\s+|del\s+)?\d{{4}})?(?!\w)"
    rf"|\b{_WORD}\s+\d{{1,2}}(?:,?\s+\d{{4}})?\b"
    rf"|\b{_WORD}\s+(?:de\s+)?\d{{4}}\b"
    r"|\b(?:1[5-9]|20)\d{2}\b"
)


def tag_with_dateparser(
    text: str, reference_date: dt.date | None, language: str, doc_id: str | None = None
) -> list[TimeMention]:
    """Time mentions of a non-English text: date-shaped spans, each parsed by dateparser.

    Spans are found by language-independent shapes (day–month–year in any order, numeric
    and ISO dates, years); dateparser, with the document's language, decides which really
    are dates and what they mean. Relative words ("gestern", "mardi") are not covered.

    Example:
        >>> [(m.text, m.value) for m in tag_with_dateparser("Die Sitzung am 3. Dezember 2024.", None, "de")]
        [('3. Dezember 2024', '2024-12-03')]
    """
    settings: dict[str, Any] = {"PREFER_DATES_FROM": "current_period"}
    if reference_date is not None:
        settings["RELATIVE_BASE"] = dt.datetime(reference_date.year, reference_date.month, reference_date.day)
    anchor = (
        Anchor(AnchorKind.REFERENCE_DATE, reference_date.isoformat())
        if reference_date is not None
        else Anchor()
    )
    mentions: list[TimeMention] = []
    for m in _CANDIDATE.finditer(text):
        surface = m.group().rstrip(".,")
        start, end = m.start(), m.start() + len(surface)
        absolute = re.search(r"\d{4}", surface) is not None
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                data = _parser(language).get_date_data(surface, date_formats=None)
        except Exception:  # dateparser raises assorted errors on odd input: not a date
            continue
        when = getattr(data, "date_obj", None)
        if when is None or not all(_is_date_word(w, language) for w in re.findall(r"[^\W\d_]{3,}", surface)):
            continue
        if not absolute and reference_date is None:
            mentions.append(
                TimeMention(
                    start, end, surface, TimexType.DATE, None, rule="dateparser", doc_id=doc_id,
                    reason="relative expression: needs a reference date",
                )
            )  # fmt: skip
            continue
        if not absolute and reference_date is not None:
            data = _parser(language).get_date_data(surface)
            when = _relative_parse(surface, language, reference_date) or when
        value, kind, granularity = _value(when, data.period or "day")
        interval, _ = interval_of(value)
        mentions.append(
            TimeMention(
                start, end, surface, kind, value, interval=interval, granularity=granularity,
                anchor=Anchor() if absolute else anchor, rule="dateparser", doc_id=doc_id,
            )
        )  # fmt: skip
    return mentions


@lru_cache(maxsize=4096)
def _is_date_word(word: str, language: str) -> bool:
    """Whether a word alone is a month or day name in the language ("Dezember" is, "und" is not)."""
    if word.lower() in ("de", "del"):
        return True
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return _parser(language).get_date_data(word).date_obj is not None
    except Exception:
        return False


def _relative_parse(surface: str, language: str, reference_date: dt.date) -> dt.datetime | None:
    from dateparser import parse

    base = dt.datetime(reference_date.year, reference_date.month, reference_date.day)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result: dt.datetime | None = parse(
            surface,
            languages=[language],
            settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "current_period"},
        )
    return result
