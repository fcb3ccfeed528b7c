"""Feasts of other calendars, placed on the Gregorian one.

News dates things by the Lunar New Year, Ramadan, Eid, Passover or Nowruz as often as by
Christmas. Their days move with the moon (and the sun), so each is computed here for a
Gregorian year: the Hebrew and the Persian calendars and the arithmetic (tabular) Islamic one
by :mod:`convertdate`, the Chinese new moon by :mod:`pymeeus`' lunar theory.

Known limits, which the dates below share with any calendar computed ahead of time:

- The Islamic months start with the sighting of the new moon, country by country; the
  tabular calendar used here can be a day before or after the day a country observes.
- A few Gregorian years hold two Ramadans or two Eids (2030: Ramadan begins on 5 January and
  on 26 December); the functions of one year give the first of them, :func:`islamic_days` both.
- The Lunar New Year is the day (Beijing time) of the second new moon after the winter
  solstice, or the third when the second comes before 21 January (the leap month of 2033);
  this matches the Chinese calendar from 1900 to 2099 but for 1916 (before China's standard time).
"""

from __future__ import annotations

import datetime as dt
import functools

from convertdate import gregorian, hebrew, islamic, persian  # type: ignore[import-untyped]
from pymeeus.Epoch import Epoch  # type: ignore[import-untyped]
from pymeeus.Moon import Moon  # type: ignore[import-untyped]
from pymeeus.Sun import Sun  # type: ignore[import-untyped]

__all__ = [
    "HEBREW_FEASTS",
    "ISLAMIC_FEASTS",
    "hebrew_feast",
    "islamic_days",
    "islamic_feast",
    "lunar_new_year",
    "nowruz",
    "ramadan_days",
]

#: China's standard time, the calendar's meridian since 1929 (Beijing's mean time before)
_CHINA = dt.timedelta(hours=8)
_BEIJING_MEAN = dt.timedelta(hours=7, minutes=45, seconds=40)


def _china_day(epoch: Epoch, year: int) -> dt.date:
    y, m, d, h, mi, s = epoch.get_full_date()
    moment = dt.datetime(int(y), int(m), int(d), int(h), int(mi), int(s))
    return (moment + (_CHINA if year >= 1929 else _BEIJING_MEAN)).date()


def _new_moon_after(day: dt.date, year: int) -> dt.date:
    """The first new moon whose day (China time) is after ``day``."""
    near = (day + dt.timedelta(days=k) for k in (-10, 5, 20, 35))
    moons = (_china_day(Moon.moon_phase(Epoch(d.year, d.month, d.day), target="new"), year) for d in near)
    return min(moon for moon in moons if moon > day)


@functools.lru_cache(maxsize=512)
def lunar_new_year(year: int) -> dt.date:
    """The first day of the Chinese (lunar) year that begins in ``year``.

    Example:
        >>> lunar_new_year(2025), lunar_new_year(2034)
        (datetime.date(2025, 1, 29), datetime.date(2034, 2, 19))
    """
    solstice = _china_day(Sun.get_equinox_solstice(year - 1, target="winter"), year)
    day = _new_moon_after(_new_moon_after(solstice, year), year)
    if day < dt.date(year, 1, 21):
        day = _new_moon_after(day, year)  # a leap eleventh or twelfth month came between
    return day


def _gregorian(jd: float) -> dt.date:
    y, m, d = gregorian.from_jd(jd)
    return dt.date(y, m, d)


def islamic_days(month: int, day: int, year: int) -> tuple[dt.date, ...]:
    """Every Gregorian day of ``year`` that is the ``day`` of the Islamic ``month`` (one or two:
    the Islamic year is eleven days shorter).

    Example:
        >>> islamic_days(12, 10, 2006)  # Eid al-Adha, twice in 2006
        (datetime.date(2006, 1, 10), datetime.date(2006, 12, 31))
    """
    first = islamic.from_gregorian(year, 1, 1)[0]
    days = (_gregorian(islamic.to_jd(y, month, day)) for y in (first, first + 1))
    return tuple(d for d in days if d.year == year)


#: Islamic feasts: (month, day) of their first day
ISLAMIC_FEASTS: dict[str, tuple[int, int]] = {
    "ramadan": (9, 1),  # the month of the fast
    "eid al-fitr": (10, 1),  # the feast that ends it (1 Shawwal)
    "eid al-adha": (12, 10),  # the feast of the sacrifice (10 Dhu al-Hijjah)
}


@functools.lru_cache(maxsize=512)
def islamic_feast(name: str, year: int) -> dt.date:
    """The first day of an Islamic feast (:data:`ISLAMIC_FEASTS`) in ``year`` (tabular
    calendar; the first of two in a year that holds two).

    Example:
        >>> islamic_feast("ramadan", 2025), islamic_feast("eid al-fitr", 2024)
        (datetime.date(2025, 3, 1), datetime.date(2024, 4, 10))
    """
    month, day = ISLAMIC_FEASTS[name]
    return _gregorian(islamic.to_jd_gregorianyear(year, month, day))


def ramadan_days(first: dt.date) -> int:
    """How many days the Ramadan that begins on ``first`` lasts (29 or 30).

    Example:
        >>> ramadan_days(islamic_feast("ramadan", 2025))
        30
    """
    hijri_year = islamic.from_gregorian(first.year, first.month, first.day)[0]
    return (_gregorian(islamic.to_jd(hijri_year, 10, 1)) - first).days


#: Hebrew feasts: (month, day) of their first day; they begin at sundown the evening before
HEBREW_FEASTS: dict[str, tuple[int, int]] = {
    "rosh hashanah": (hebrew.TISHRI, 1),
    "yom kippur": (hebrew.TISHRI, 10),
    "sukkot": (hebrew.TISHRI, 15),
    "hanukkah": (hebrew.KISLEV, 25),
    "purim": (hebrew.ADAR, 14),
    "passover": (hebrew.NISAN, 15),
    "shavuot": (hebrew.SIVAN, 6),
}


@functools.lru_cache(maxsize=512)
def hebrew_feast(name: str, year: int) -> dt.date:
    """The first day of a Hebrew feast (:data:`HEBREW_FEASTS`) in ``year``.

    Example:
        >>> hebrew_feast("passover", 2025), hebrew_feast("hanukkah", 2025)
        (datetime.date(2025, 4, 13), datetime.date(2025, 12, 15))
    """
    month, day = HEBREW_FEASTS[name]
    if month == hebrew.ADAR and hebrew.leap(year + hebrew.HEBREW_YEAR_OFFSET):
        month = hebrew.VEADAR  # in a leap year Purim is in the second Adar
    return _gregorian(hebrew.to_jd_gregorianyear(year, month, day))


@functools.lru_cache(maxsize=512)
def nowruz(year: int) -> dt.date:
    """The Persian new year (1 Farvardin), the day of the March equinox in Tehran.

    Example:
        >>> nowruz(2024), nowruz(2025)
        (datetime.date(2024, 3, 20), datetime.date(2025, 3, 21))
    """
    y, m, d = persian.to_gregorian(year - 621, 1, 1)
    return dt.date(y, m, d)
