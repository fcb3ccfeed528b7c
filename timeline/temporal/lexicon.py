"""Word tables and regular-expression fragments for English time expressions."""

from __future__ import annotations

import re
from typing import Any

__all__ = [
    "MONTHS",
    "NUMBER_WORDS",
    "ORDINALS",
    "PARTS_OF_DAY",
    "SEASONS",
    "UNIT_WORDS",
    "WEEKDAYS",
    "number_value",
    "trie_alternation",
]

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6,
    "sunday": 7, "sun": 7,
}  # fmt: skip

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "thousand": 1000, "a thousand": 1000, "a dozen": 12, "dozen": 12,
    "a couple of": 2, "couple of": 2, "a couple": 2, "couple": 2,
    "half a": 0, "a half": 0,
}  # fmt: skip

#: vague quantities: the TIMEX3 value uses ``X`` for the number
VAGUE_NUMBERS = frozenset(
    {"few", "a few", "several", "some", "many", "numerous", "a number of", "the"}
    | {
        f"{tens}{many} of"
        for tens in ("", "tens of ", "hundreds of ")
        for many in ("dozens", "hundreds", "thousands")
    }
)

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8,
    "ninth": 9, "9th": 9, "tenth": 10, "10th": 10, "eleventh": 11, "11th": 11, "twelfth": 12,
    "12th": 12, "thirteenth": 13, "13th": 13, "fourteenth": 14, "14th": 14, "fifteenth": 15,
    "15th": 15, "sixteenth": 16, "16th": 16, "seventeenth": 17, "17th": 17, "eighteenth": 18,
    "18th": 18, "nineteenth": 19, "19th": 19, "twentieth": 20, "20th": 20, "twenty-first": 21,
    "21st": 21, "twenty-second": 22, "22nd": 22, "twenty-third": 23, "23rd": 23,
    "twenty-fourth": 24, "24th": 24, "twenty-fifth": 25, "25th": 25, "twenty-sixth": 26,
    "26th": 26, "twenty-seventh": 27, "27th": 27, "twenty-eighth": 28, "28th": 28,
    "twenty-ninth": 29, "29th": 29, "thirtieth": 30, "30th": 30, "thirty-first": 31, "31st": 31,
}  # fmt: skip

#: unit word (singular or plural, lower case) → (unit, TIMEX3 duration letter)
UNIT_WORDS: dict[str, tuple[str, str]] = {
    "second": ("second", "S"), "minute": ("minute", "M"), "hour": ("hour", "H"),
    "day": ("day", "D"), "night": ("day", "D"), "week": ("week", "W"), "fortnight": ("fortnight", "W"),
    "weekend": ("weekend", "WE"),
    "month": ("month", "M"), "quarter": ("quarter", "Q"), "season": ("season", "S"),
    "year": ("year", "Y"), "decade": ("decade", "DE"), "century": ("century", "CE"),
    "centurie": ("century", "CE"),
}  # fmt: skip

#: days that name one event the world over when a noun of it follows ("the Sept. 11 attacks",
#: "the Jan. 6 riot", "the Oct. 7 massacre"): (month, day, year, the event's name, its nouns).
#: Without such a noun the day is an ordinary date ("on Oct. 7", "the Sept. 11 anniversary").
DATE_NAMED_EVENTS: tuple[tuple[int, int, int, str, str], ...] = (
    (9, 11, 2001, "September 11 attacks",
     r"attacks?|terror(?:ist)?\s+attacks?|hijack(?:ers|ings?)|commission|plot(?:ters)?|mastermind"),
    (1, 6, 2021, "January 6 Capitol attack",
     r"attack|riot|rioters|insurrection(?:ists)?|committee|select\s+committee|hearings?|mob"),
    (10, 7, 2023, "October 7 Hamas attack",
     r"attacks?|massacres?|assault|atrocities|onslaught|incursion|rampage|hostages"),
)  # fmt: skip

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "midday": "MI", "noon": "MI",
}  # fmt: skip


def number_value(word: str) -> int | None:
    """The integer a number word or numeral stands for (``None`` for vague or unknown ones).

    Example:
        >>> number_value("twenty-five"), number_value("16"), number_value("several")
        (25, 16, None)
    """
    w = " ".join(word.lower().replace(",", "").split())
    if w.isdigit():
        return int(w)
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    if "-" in w or " " in w:
        parts = w.replace("-", " ").split()
        if len(parts) == 2 and parts[1] in ("hundred", "thousand") and parts[0] in NUMBER_WORDS:
            return NUMBER_WORDS[parts[0]] * NUMBER_WORDS[parts[1]] or None  # "two thousand", "a hundred"
        if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
            tens, ones = NUMBER_WORDS[parts[0]], NUMBER_WORDS[parts[1]]
            if tens >= 20 and tens % 10 == 0 and 0 < ones < 10:
                return tens + ones
    return None


def trie_alternation(words: object) -> str:
    """A regex matching any of ``words`` (lower-case literals), shaped like a trie: a branch per
    shared prefix, which Python's regex engine scans several times faster than a flat list.

    Example:
        >>> trie_alternation(["may", "march", "monday", "mon"])
        '(?:m(?:a(?:rch|y)|on(?:day)?))'
    """
    trie: dict[str, dict[str, Any]] = {}
    for word in sorted({str(w) for w in words}):  # type: ignore[attr-defined]
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: dict[str, Any]) -> str:
        arms = [re.escape(char) + branch(child) for char, child in sorted(node.items()) if char]
        if not arms:
            return ""
        body = arms[0] if len(arms) == 1 else f"(?:{'|'.join(arms)})"
        return f"(?:{body})?" if "" in node else body  # a word may end here: the rest is optional

    return f"(?:{branch(trie)})"
