"""TIMEX3 values: formatting, calendar arithmetic and intervals.

A TIMEX3 ``value`` names a calendar unit (``2024``, ``2024-12``, ``2024-12-03``, ``2024-W49``,
``2024-Q3``, ``2024-H1``, ``2024-SU``, decade ``199``, century ``19``, times
``2024-12-03T15:00`` and parts of day ``2024-12-03TMO``), a duration (``P3Y``, ``PXM``), a set,
or a reference (``PRESENT_REF``). :func:`interval_of` turns the calendar ones into half-open
intervals, narrowed by a ``mod`` (``START``/``MID``/``END`` take a third of the unit).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

from timeline.model import Granularity, Interval

__all__ = [
    "UNIT_GRANULARITY",
    "add_months",
    "interval_of",
    "narrow",
    "shift",
    "smallest_unit",
    "truncate",
    "value_of",
]

#: granularity of each unit word the rules use
UNIT_GRANULARITY: dict[str, Granularity] = {
    "minute": Granularity.MINUTE,
    "hour": Granularity.HOUR,
    "day": Granularity.DAY,
    "week": Granularity.WEEK,
    "fortnight": Granularity.WEEK,
    "month": Granularity.MONTH,
    "quarter": Granularity.QUARTER,
    "season": Granularity.SEASON,
    "year": Granularity.YEAR,
    "decade": Granularity.DECADE,
    "century": Granularity.CENTURY,
}

_PART_OF_DAY_HOURS = {
    "MO": (6, 12),
    "MI": (11, 13),
    "AF": (12, 18),
    "EV": (18, 22),
    "NI": (20, 30),
    "DT": (9, 17),
}
_SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

_VALUE = re.compile(
    r"(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2})(?:T(?:(?P<h>\d{2})(?::(?P<mi>\d{2}))?(?P<utc>Z)?|(?P<pod>MO|MI|AF|EV|NI|DT)))?)?"
    r"|W(?P<w>\d{1,2})(?:-(?P<we>WE))?|Q(?P<q>[1-4])|H(?P<half>[12])|(?P<s>SP|SU|FA|WI)))?"
    r"|(?P<dec>\d{3})|(?P<cen>\d{2})"
)


def add_months(day: dt.date, months: int) -> dt.date:
    """Add calendar months, clamping the day to the target month's length.

    Example:
        >>> add_months(dt.date(2024, 1, 31), 1)
        datetime.date(2024, 2, 29)
    """
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if not 1 <= year <= 9999:
        raise OverflowError(f"year {year} out of range")
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def shift(day: dt.date, amount: int, unit: str) -> dt.date:
    """Move a date by ``amount`` units (day, week, fortnight, month, quarter, season, year, decade, century).

    Example:
        >>> shift(dt.date(2024, 12, 3), -30, "year")
        datetime.date(1994, 12, 3)
    """
    if unit == "day":
        return day + dt.timedelta(days=amount)
    if unit == "week":
        return day + dt.timedelta(weeks=amount)
    if unit == "fortnight":
        return day + dt.timedelta(weeks=2 * amount)
    months = {"month": 1, "quarter": 3, "season": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}[
        unit
    ]
    return add_months(day, amount * months)


def value_of(day: dt.date, granularity: Granularity) -> str:
    """The TIMEX3 value of the unit of this granularity that contains ``day``.

    Example:
        >>> value_of(dt.date(2024, 12, 3), Granularity.WEEK)
        '2024-W49'
        >>> value_of(dt.date(1994, 12, 5), Granularity.DECADE)
        '199'
    """
    g = granularity
    if g in (Granularity.DAY, Granularity.PART_OF_DAY, Granularity.HOUR, Granularity.MINUTE):
        return day.isoformat()
    if g is Granularity.WEEK:
        iso = day.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}"
    if g is Granularity.MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    if g is Granularity.QUARTER:
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if g is Granularity.HALF:
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if g is Granularity.SEASON:
        year = day.year - 1 if day.month <= 2 else day.year
        code = {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU", 9: "FA", 10: "FA", 11: "FA"}.get(
            day.month, "WI"
        )
        return f"{year:04d}-{code}"
    if g is Granularity.YEAR:
        return f"{day.year:04d}"
    if g is Granularity.DECADE:
        return f"{day.year // 10:03d}"
    if g is Granularity.CENTURY:
        return f"{day.year // 100:02d}"
    return f"{day.year // 1000:01d}"


def truncate(day: dt.date, granularity: Granularity) -> dt.date:
    """The first day of the unit of this granularity that contains ``day``.

    Example:
        >>> truncate(dt.date(2024, 12, 3), Granularity.QUARTER)
        datetime.date(2024, 10, 1)
    """
    interval, _ = interval_of(value_of(day, granularity))
    assert interval is not None
    return interval.start.date()


def narrow(interval: Interval, mod: str | None) -> Interval:
    """The part of ``interval`` a ``mod`` names: START, MID and END take a third of it.

    Example:
        >>> narrow(Interval.from_iso("2024-11-01", "2024-11-04"), "END").iso()
        ('2024-11-03', '2024-11-04')
    """
    if mod not in ("START", "MID", "END"):
        return interval
    third = (interval.end - interval.start) / 3
    if mod == "START":
        return Interval(interval.start, interval.start + third)
    if mod == "MID":
        return Interval(interval.start + third, interval.end - third)
    return Interval(interval.end - third, interval.end)


def _span(start: dt.date | dt.datetime, end: dt.date | dt.datetime) -> Interval:
    def as_dt(x: dt.date | dt.datetime) -> dt.datetime:
        return x if isinstance(x, dt.datetime) else dt.datetime(x.year, x.month, x.day)

    return Interval(as_dt(start), as_dt(end))


@functools.lru_cache(maxsize=8192)  # a pure function of its arguments; values repeat within a corpus
def interval_of(value: str | None, mod: str | None = None) -> tuple[Interval | None, Granularity | None]:
    """The calendar interval and granularity a TIMEX3 value names (``None`` if not placeable).

    Example:
        >>> interval_of("2024-11", "END")[0].iso()
        ('2024-11-21', '2024-12-01')
        >>> interval_of("199")[0].iso(), interval_of("199")[1].value
        (('1990-01-01', '2000-01-01'), 'decade')
        >>> interval_of("PXM")
        (None, None)
    """
    if not value:
        return None, None
    m = _VALUE.fullmatch(value)
    if m is None:
        return None, None
    try:
        result = _interval(m)
    except (ValueError, OverflowError):
        return None, None
    if result is None:
        return None, None
    interval, granularity = result
    return narrow(interval, mod), granularity


def _interval(m: re.Match[str]) -> tuple[Interval, Granularity] | None:
    if m["dec"]:
        start = int(m["dec"]) * 10
        return _span(dt.date(max(start, 1), 1, 1), dt.date(start + 10, 1, 1)), Granularity.DECADE
    if m["cen"]:
        start = int(m["cen"]) * 100
        return _span(dt.date(max(start, 1), 1, 1), dt.date(start + 100, 1, 1)), Granularity.CENTURY
    year = int(m["y"])
    if year < 1:
        return None
    if m["w"]:
        week = int(m["w"])
        monday = dt.date.fromisocalendar(year, week, 1)
        if m["we"]:
            return _span(monday + dt.timedelta(days=5), monday + dt.timedelta(days=7)), Granularity.DAY
        return _span(monday, monday + dt.timedelta(days=7)), Granularity.WEEK
    if m["q"]:
        first = dt.date(year, 3 * int(m["q"]) - 2, 1)
        return _span(first, add_months(first, 3)), Granularity.QUARTER
    if m["half"]:
        first = dt.date(year, 1 if m["half"] == "1" else 7, 1)
        return _span(first, add_months(first, 6)), Granularity.HALF
    if m["s"]:
        first = dt.date(year, _SEASON_MONTHS[m["s"]], 1)
        return _span(first, add_months(first, 3)), Granularity.SEASON
    if not m["m"]:
        return _span(
            dt.date(year, 1, 1), dt.date(year + 1, 1, 1) if year < 9999 else dt.date(9999, 12, 31)
        ), (Granularity.YEAR)
    month = int(m["m"])
    if not m["d"]:
        first = dt.date(year, month, 1)
        return _span(first, add_months(first, 1)), Granularity.MONTH
    day = dt.date(year, month, int(m["d"]))
    base = dt.datetime(day.year, day.month, day.day)
    if m["pod"]:
        lo, hi = _PART_OF_DAY_HOURS[m["pod"]]
        return Interval(base + dt.timedelta(hours=lo), base + dt.timedelta(hours=hi)), Granularity.PART_OF_DAY
    if m["h"]:
        hour = int(m["h"])
        if m["mi"]:
            moment = base + dt.timedelta(hours=hour, minutes=int(m["mi"]))
            return Interval(moment, moment + dt.timedelta(minutes=1)), Granularity.MINUTE
        moment = base + dt.timedelta(hours=hour)
        return Interval(moment, moment + dt.timedelta(hours=1)), Granularity.HOUR
    return Interval(base, base + dt.timedelta(days=1)), Granularity.DAY


_CONTAINING = (
    Granularity.DAY,
    Granularity.MONTH,
    Granularity.QUARTER,
    Granularity.HALF,
    Granularity.YEAR,
    Granularity.DECADE,
    Granularity.CENTURY,
)


def smallest_unit(interval: Interval) -> tuple[str, Granularity]:
    """The smallest calendar unit (day, month, quarter, half, year, decade, century) containing it.

    A span of years that does not nearly fill the decade or century containing it ("2009-2010"
    lies in the 21st century; "1991-1995" is half of the 1990s) is named by its first year
    instead: ``value`` cannot express a range, and ``interval`` keeps the exact span.

    Example:
        >>> smallest_unit(Interval.from_iso("2024-07-09", "2024-07-12"))
        ('2024-07', <Granularity.MONTH: 'month'>)
        >>> smallest_unit(Interval.from_iso("2009-01-01", "2011-01-01"))
        ('2009', <Granularity.YEAR: 'year'>)
        >>> smallest_unit(Interval.from_iso("1991-01-01", "1996-01-01"))
        ('1991', <Granularity.YEAR: 'year'>)
        >>> smallest_unit(Interval.from_iso("1990-01-01", "2000-01-01"))
        ('199', <Granularity.DECADE: 'decade'>)
    """
    first = interval.start.date()
    last_instant = (
        interval.end - dt.timedelta(microseconds=1) if interval.end > interval.start else interval.end
    )
    last = last_instant.date()
    for granularity in _CONTAINING:
        if value_of(first, granularity) == value_of(last, granularity):
            break
    else:
        granularity = Granularity.MILLENNIUM
    years = (interval.end - interval.start).days / 365.25
    unit_years = {Granularity.DECADE: 10, Granularity.CENTURY: 100, Granularity.MILLENNIUM: 1000}.get(
        granularity
    )
    if unit_years is not None and years < unit_years * 0.8:
        return value_of(first, Granularity.YEAR), Granularity.YEAR
    return value_of(first, granularity), granularity
