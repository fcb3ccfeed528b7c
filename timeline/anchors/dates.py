"""Small, explicit date patterns: enough for datelines, bylines and reference-date inference.

This is *not* the temporal tagger (:mod:`timeline.temporal`); it only finds dates whose
calendar position is written out (``Dec. 3, 2024``, ``3 December 2024``, ``2024-12-03``,
``July 2023``, ``2008``), month–day pairs without a year (``December 3``), and weekday
names, each with its character offsets.

Example:
    >>> [(h.kind, h.year, h.month, h.day) for h in find_dates("BRUSSELS, Dec. 3 (Reuters) - In July 2023")]
    [('month_day', None, 12, 3), ('month_year', 2023, 7, None)]
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import attrs

__all__ = [
    "MONTHS",
    "WEEKDAYS",
    "DateHit",
    "find_dates",
    "sentence_bounds",
    "tense_near",
]

from timeline.temporal.lexicon import MONTHS  # one month table for the whole package
from timeline.temporal.lexicon import WEEKDAYS as _ISO_WEEKDAYS

#: full weekday names → Python ``date.weekday()`` numbers (Monday 0)
WEEKDAYS: dict[str, int] = {
    name: number - 1 for name, number in _ISO_WEEKDAYS.items() if name.endswith("day")
}

_MONTH_WORDS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
_M = r"(?P<month>(?:" + _MONTH_WORDS + "|" + _MONTH_WORDS.upper() + r")\b\.?)"
_Y = r"(?P<year>(?:1[89]|20)\d{2})"
_D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)"

# (kind, pattern), tried in this order; a span claimed by an earlier pattern is not reused.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("full", re.compile(r"\b" + _M + r"\s+" + _D + r"\b(?:\s*,\s*|\s+)" + _Y + r"\b(?![-/.]?\d)")),
    ("full", re.compile(r"\b" + _D + r"\s+(?:of\s+)?" + _M + r"(?:\s*,\s*|\s+)" + _Y + r"\b(?![-/.]?\d)")),
    ("full", re.compile(r"(?<![\d-])" + _Y + r"-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b")),
    (
        "month_day",
        re.compile(r"\b" + _M + r"\s+" + _D + r"\b(?![:.]?\d|\s*(?:%|percent|per cent|million|billion))"),
    ),
    ("month_day", re.compile(r"(?<=\bon )" + _M + r",\s+" + _D + r"\b(?![:.]?\d)")),
    ("month_day", re.compile(r"\b" + _D + r"\s+(?:of\s+)?" + _M + r"(?!\s*,?\s*\d)")),
    ("month_year", re.compile(r"\b" + _M + r"\s+(?:of\s+)?" + _Y + r"\b(?![-/.]?\d)")),
    ("year", re.compile(r"(?<![\d$£€.,/-])" + _Y + r"\b(?![-/]\d|[.,]\d|\s*(?:%|percent))")),
    ("weekday", re.compile(r"\b" + _WD + r"(?!s\b)\b")),
)


@attrs.frozen(slots=True)
class DateHit:
    """One explicit date (or weekday) found by :func:`find_dates`.

    ``kind`` is ``full`` (year, month, day), ``month_day``, ``month_year``, ``year`` or
    ``weekday``; unknown parts are ``None``.

    Example:
        >>> find_dates("on 3 December 2024")[0].date
        datetime.date(2024, 12, 3)
    """

    start: int
    end: int
    text: str
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None

    @property
    def date(self) -> dt.date | None:
        """The calendar date when year, month and day are all known.

        Example:
            >>> find_dates("May 7, 2005")[0].date.isoformat()
            '2005-05-07'
        """
        if self.year is None or self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)


def _month(text: str) -> int:
    return MONTHS[text.rstrip(".").lower()]


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    try:
        dt.date(year if year is not None else 2000, month or 1, day or 1)
    except ValueError:
        return False
    return True


def find_dates(text: str) -> list[DateHit]:
    """Every explicit date, month–day, month–year, year and weekday in ``text``, by offset.

    Example:
        >>> [h.text for h in find_dates("On Monday, Oct. 26, 1998, and in 2008; 5.2008 no")]
        ['Monday', 'Oct. 26, 1998', '2008']
    """
    taken: list[tuple[int, int]] = []
    hits: list[DateHit] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            groups = m.groupdict()
            year = int(groups["year"]) if groups.get("year") else None
            month: int | None = None
            if groups.get("month"):
                month = _month(groups["month"])
            elif groups.get("mon"):
                month = int(groups["mon"])
            day = int(groups["day"]) if groups.get("day") else None
            weekday = WEEKDAYS[groups["wd"].lower()] if groups.get("wd") else None
            if kind == "month_day" and (day is None or day == 0):
                continue
            if not _valid(year, month, day):
                continue
            taken.append((s, e))
            hits.append(DateHit(s, e, m.group(0), kind, year, month, day, weekday))
    hits.sort(key=lambda h: (h.start, h.end))
    return hits


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')]*\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*\n|\n(?=[A-Z\"“])")


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Rough sentence spans (half-open offsets); abbreviations may split a sentence.

    Example:
        >>> t = "NATO met. It will meet again."
        >>> [t[s:e] for s, e in sentence_bounds(t)]
        ['NATO met.', 'It will meet again.']
    """
    bounds: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > start:
            bounds.append((start, m.start()))
        start = m.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return [(s, e) for s, e in bounds if text[s:e].strip()]


def tense_near(text: str, start: int, end: int, bounds: list[tuple[int, int]] | None = None) -> str:
    """``"future"``, ``"past"`` or ``"unknown"``: the nearest tense cue in the sentence around a span.

    Future cues are ``will``, ``ahead of``, ``upcoming``…; past cues ``said``, ``was``, verbs
    in *-ed*… The cue closest to the span decides (a future one on a tie).

    Example:
        >>> t = "The ministers will meet on December 3."
        >>> tense_near(t, 27, 37)
        'future'
        >>> tense_near("He said on Monday that it will end.", 11, 17)
        'past'
    """
    from timeline.temporal.rules import direction  # the tagger's tense cues: one mechanism for both

    del bounds  # kept for callers; direction() finds the sentence itself
    return {1: "future", -1: "past"}.get(direction(text, start, end), "unknown")


def iter_lines(text: str) -> Iterator[tuple[int, int]]:
    """Offsets of each non-blank line, stripped.

    Example:
        >>> t = "a\\n\\n  b  \\n"
        >>> [t[s:e] for s, e in iter_lines(t)]
        ['a', 'b']
    """
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            s = pos + line.index(stripped[0])
            yield s, s + len(stripped)
        pos += len(line)
