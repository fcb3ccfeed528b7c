"""Calendar intervals of TIMEX3 values, and which time mentions can anchor an event.

Example:
    >>> interval, granularity = value_interval("2024-12")
    >>> interval.iso(), granularity.value
    (('2024-12-01', '2025-01-01'), 'month')
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.model import Granularity, Interval, TimeMention, TimexType

__all__ = ["mention_interval", "value_interval"]

_SEASONS = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "AU": (9, 12), "WI": (12, 15)}
_PARTS = {"MO": (6, 12), "MI": (11, 13), "AF": (12, 18), "EV": (18, 22), "NI": (20, 24), "DT": (8, 18)}
_VALUE_RE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2})(?:T(?P<h>\d{2})(?::(?P<mi>\d{2}))?|T(?P<pod>[A-Z]{2}))?)?"
    r"|W(?P<w>\d{2})|Q(?P<q>[1-4])|H(?P<half>[12])|(?P<s>SP|SU|FA|AU|WI)))?$"
)


def _month_start(year: int, month: int) -> dt.datetime:
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return dt.datetime(year, month, 1)


def value_interval(value: str | None) -> tuple[Interval, Granularity] | None:
    """The interval and granularity of a TIMEX3 date/time value, or ``None``.

    Handles years, decades (``199``), centuries (``19``), months, days, weeks, quarters,
    halves, seasons, hours, minutes and parts of day.

    Example:
        >>> value_interval("2008")[0].iso(), value_interval("2024-W49")[1].value
        (('2008-01-01', '2009-01-01'), 'week')
        >>> value_interval("PRESENT_REF") is None
        True
    """
    if not value:
        return None
    try:
        if re.fullmatch(r"\d{3}", value):
            year = int(value) * 10
            return Interval(dt.datetime(max(year, 1), 1, 1), dt.datetime(year + 10, 1, 1)), Granularity.DECADE
        if re.fullmatch(r"\d{2}", value):
            year = int(value) * 100
            return Interval(
                dt.datetime(max(year, 1), 1, 1), dt.datetime(year + 100, 1, 1)
            ), Granularity.CENTURY
        m = _VALUE_RE.match(value)
        if m is None:
            return None
        year = int(m["y"])
        if year < 1:
            return None
        if m["w"]:
            start = dt.datetime.combine(dt.date.fromisocalendar(year, int(m["w"]), 1), dt.time())
            return Interval(start, start + dt.timedelta(days=7)), Granularity.WEEK
        if m["q"]:
            q = int(m["q"])
            return Interval(_month_start(year, 3 * q - 2), _month_start(year, 3 * q + 1)), Granularity.QUARTER
        if m["half"]:
            h = int(m["half"])
            return Interval(_month_start(year, 6 * h - 5), _month_start(year, 6 * h + 1)), Granularity.HALF
        if m["s"]:
            first, last = _SEASONS[m["s"]]
            return Interval(_month_start(year, first), _month_start(year, last)), Granularity.SEASON
        if not m["m"]:
            return Interval(dt.datetime(year, 1, 1), dt.datetime(year + 1, 1, 1)), Granularity.YEAR
        month = int(m["m"])
        if not m["d"]:
            return Interval(_month_start(year, month), _month_start(year, month + 1)), Granularity.MONTH
        day = dt.datetime(year, month, int(m["d"]))
        if m["pod"]:
            span = _PARTS.get(m["pod"])
            if span is None:
                return Interval(day, day + dt.timedelta(days=1)), Granularity.DAY
            return (
                Interval(day + dt.timedelta(hours=span[0]), day + dt.timedelta(hours=span[1])),
                Granularity.PART_OF_DAY,
            )
        if m["h"]:
            start = day + dt.timedelta(hours=int(m["h"]))
            if m["mi"]:
                start += dt.timedelta(minutes=int(m["mi"]))
                return Interval(start, start + dt.timedelta(minutes=1)), Granularity.MINUTE
            return Interval(start, start + dt.timedelta(hours=1)), Granularity.HOUR
        return Interval(day, day + dt.timedelta(days=1)), Granularity.DAY
    except (ValueError, OverflowError):
        return None


def mention_interval(mention: TimeMention) -> tuple[Interval, Granularity] | None:
    """Where a resolved DATE/TIME mention lies on the calendar (``None`` for durations,
    sets and unresolved mentions).

    Example:
        >>> m = TimeMention(0, 4, "2008", TimexType.DATE, "2008")
        >>> mention_interval(m)[1].value
        'year'
    """
    if mention.value is None or mention.type not in (TimexType.DATE, TimexType.TIME):
        return None
    parsed = value_interval(mention.value)
    if mention.interval is not None:
        granularity = mention.granularity or (parsed[1] if parsed else Granularity.DAY)
        return mention.interval, granularity
    if parsed is None:
        return None
    return parsed[0], mention.granularity or parsed[1]
