"""The temporal tagger: every time expression in a text, normalised to TIMEX3.

The tagger runs the rule table (:mod:`timeline.temporal.rules`) over the text, keeps the
longest non-overlapping matches, attaches modifier phrases ("the end of", "early",
"about", "more than" …), and resolves each mention in text order against the document's
reference date or, for anaphora, the last resolved mention. Every mention records its
character offsets, the rule that fired and its anchor; mentions that cannot be resolved
are kept with ``value=None`` and a ``reason``.

Work is linear in the length of the text: each rule is one regular-expression scan with
bounded look-around, and overlap resolution is ``O(n log n)`` in the number of candidates.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import Literal

import attrs

from timeline.model import Document, Interval, TimeMention, TimexType
from timeline.temporal.lexicon import trie_alternation
from timeline.temporal.rules import DIGIT_SHAPES, NEEDS_REFERENCE, RULES, Context, Resolution, Rule
from timeline.temporal.values import interval_of, narrow, smallest_unit

__all__ = ["PREFIX_MODIFIERS", "coerce_reference_date", "tag"]

Style = Literal["news", "narrative"]


#: "early" and "late" after a length say how far off schedule, not which part ("played a year
#: late in 2021", "landed three hours late on Tuesday")
_LENGTH_UNITS = (
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "hour",
    "hours",
    "minutes",
    "decade",
    "decades",
)


def _not_after_unit(word: str) -> str:
    """Lookbehinds, checked once ``word`` has matched, that it does not follow a length."""
    return "".join(rf"(?<!\b{unit}\s{word})" for unit in _LENGTH_UNITS)


#: modifier phrases that may precede a mention: (pattern anchored at the mention, mod, applies
#: to, part of the extent). Following TimeML practice as annotated in TimeBank, "early",
#: "the end of", "nearly" are part of the expression; "about", "almost", "over", "within"
#: only set the mod. Quantity mods need a number after them ("over the past year" is no
#: MORE_THAN), and "over" is "more than" only after a preposition or a verb of lasting ("for
#: over a week", "waited over two hours"): after another verb it is "during" ("spread over
#: three years").
PREFIX_MODIFIERS: tuple[tuple[re.Pattern[str], str, frozenset[TimexType], bool, bool], ...] = tuple(
    (re.compile(rf"(?:{pattern})$", re.IGNORECASE), mod, frozenset(types), inside, quantity)
    for pattern, mod, types, inside, quantity in (
        (r"\b(?:the\s+)?(?:very\s+)?(?:end|close|last\s+days?)\s+of\s+", "END", {TimexType.DATE, TimexType.TIME}, True, False),
        (
            r"\bthe\s+(?:very\s+)?(?:beginning|start|outset|dawn|first\s+days?)\s+of\s+",
            "START", {TimexType.DATE}, True, False,
        ),
        (r"\bthe\s+middle\s+of\s+", "MID", {TimexType.DATE, TimexType.TIME}, True, False),
        (r"\b(?:the\s+)?early" + _not_after_unit("early") + r"(?:\s+(?:in|on))?\s+|\bearly-", "START", {TimexType.DATE, TimexType.TIME}, True, False),
        (r"\b(?:the\s+)?mid-?\s*", "MID", {TimexType.DATE, TimexType.TIME}, True, False),
        (r"\b(?:the\s+)?late" + _not_after_unit("late") + r"(?:\s+(?:in|on))?\s+|\blate-", "END", {TimexType.DATE, TimexType.TIME}, True, False),
        (r"\b(?:around|approximately|roughly|circa|nearly|an\s+estimated)\s+|\bca\.\s*", "APPROX",
         {TimexType.DATE, TimexType.DURATION, TimexType.TIME}, True, False),
        (r"\b(?:about|some)\s+", "APPROX", {TimexType.DATE, TimexType.DURATION, TimexType.TIME}, False, True),
        (r"\b(?:less\s+than|fewer\s+than|just\s+under)\s+", "LESS_THAN", {TimexType.DURATION}, True, True),
        (r"\b(?:almost|under)\s+", "LESS_THAN", {TimexType.DURATION, TimexType.DATE}, False, True),
        (r"\b(?:more\s+than|just\s+over)\s+", "MORE_THAN", {TimexType.DURATION}, True, True),
        # ("for over a week", "in over two years"; after a verb "over" is "during": "the deal runs
        # over seven years", "prices rose over three years")
        (
            r"(?:(?<=\bfor\s)|(?<=\bof\s)|(?<=\bin\s)|(?<=\bafter\s)|(?<=\bthan\s)|(?<=\bwith\s)|(?<=\bfrom\s)"
            r"|(?<=\blast\s)|(?<=\blasts\s)|(?<=\blasted\s)|(?<=\blasting\s)|(?<=\btake\s)|(?<=\btakes\s)|(?<=\btook\s)"
            r"|(?<=\btaken\s)|(?<=\bspent\s)|(?<=\bwait\s)|(?<=\bwaited\s)|(?<=\bjust\s)"
            r"|(?<=[,;(]\s))over\s+",
            "MORE_THAN", {TimexType.DURATION}, False, True,
        ),
        (r"\bat\s+least\s+", "EQUAL_OR_MORE", {TimexType.DURATION}, True, True),
        (r"\b(?:up\s+to|no\s+more\s+than|at\s+most)\s+", "EQUAL_OR_LESS", {TimexType.DURATION}, True, True),
        (r"\bwithin\s+", "EQUAL_OR_LESS", {TimexType.DURATION}, False, True),
    )
)  # fmt: skip
_NUMBER_START = re.compile(
    r"(?:\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|several|few|a\s+few|a\s+couple|half|a\s+quarter\s+of)\b)",
    re.IGNORECASE,
)
_POINT_MODS = frozenset({"START", "MID", "END"})
#: "1994 or later", "the next year or so", "2030 and beyond": the open end joins the extent
_OPEN_END = re.compile(r"\s+(or\s+so|or\s+later|or\s+earlier|or\s+more|and\s+beyond)\b", re.IGNORECASE)
_OPEN_END_MODS = {
    "or so": "APPROX", "or later": "ON_OR_AFTER", "or earlier": "ON_OR_BEFORE",
    "or more": "EQUAL_OR_MORE", "and beyond": "ON_OR_AFTER",
}  # fmt: skip
_UNDERSPECIFIED = re.compile(r"X")
_OVER_BEFORE = re.compile(r"\b[Oo]ver\s+$")


def coerce_reference_date(value: object) -> dt.date | None:
    """Accept a ``date``, a ``datetime`` (its date is used), an ISO ``YYYY-MM-DD`` string or ``None``.

    Example:
        >>> coerce_reference_date("2024-12-02")
        datetime.date(2024, 12, 2)
        >>> coerce_reference_date("2 Dec 2024")
        Traceback (most recent call last):
        ...
        ValueError: invalid reference date '2 Dec 2024': expected a datetime.date or an ISO string 'YYYY-MM-DD'
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError as exc:
            raise ValueError(
                f"invalid reference date {value!r}: {exc}; expected a real date as 'YYYY-MM-DD'"
            ) from None
    raise ValueError(
        f"invalid reference date {value!r}: expected a datetime.date or an ISO string 'YYYY-MM-DD'"
    )


_WINDOW = 48  #: characters around a trigger hit in which its rule's full pattern runs


#: rules with the same trigger words and regex share their hits and windows: one group each
_GROUP_OF: list[int] = []
_GROUP_KEYS: dict[tuple[frozenset[str], str | None, frozenset[str]], int] = {}
for _rule in RULES:
    _key = (
        _rule.trigger_words,
        _rule.trigger.pattern if _rule.trigger is not None else None,
        _rule.trigger_shapes,
    )
    _GROUP_OF.append(_GROUP_KEYS.setdefault(_key, len(_GROUP_KEYS)))
#: lower-case trigger word → the groups it triggers
_WORD_RULES: dict[str, tuple[int, ...]] = {}
for _rule, _group in zip(RULES, _GROUP_OF, strict=True):
    for _word in _rule.trigger_words:
        if _group not in _WORD_RULES.get(_word, ()):
            _WORD_RULES[_word] = (*_WORD_RULES.get(_word, ()), _group)


def _trigger_word_pattern(words: list[str]) -> re.Pattern[str]:
    """All trigger words as one regex shaped like a trie (:func:`trie_alternation`); the word
    boundary after it picks the whole word.

    Example:
        >>> print(_trigger_word_pattern(["may", "march", "monday", "mon"]).pattern)
        (?<![a-z0-9_])(?:m(?:a(?:rch|y)|on(?:day)?))\\b
    """
    # (an ASCII look-behind, as the rules' own: several per cent faster than ``\\w`` on news)
    return re.compile(rf"(?<![a-z0-9_]){trie_alternation(words)}\b")


_TRIGGER_WORDS = _trigger_word_pattern(list(_WORD_RULES))
#: digit shape → the groups it triggers
_SHAPE_RULES: dict[str, tuple[int, ...]] = {
    shape: tuple(sorted({g for r, g in zip(RULES, _GROUP_OF, strict=True) if shape in r.trigger_shapes}))
    for shape in DIGIT_SHAPES
}
#: every digit shape in one scan; the group that matched names the shape
_DIGIT_SHAPE_SCAN = re.compile(r"\d(?=" + "|".join(f"(?P<{k}>{v})" for k, v in DIGIT_SHAPES.items()) + ")")


def _lower(text: str) -> str:
    """Lower-cased text with the same length (characters whose lower case is longer are kept)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _merge(
    spans: list[tuple[int, int]], n: int, tail: int = _WINDOW, lead: int = _WINDOW
) -> list[tuple[int, int]]:
    """Windows around ``spans`` (in text order), overlapping ones joined."""
    windows: list[tuple[int, int]] = []
    cur_lo = cur_hi = -1
    for start, end in spans:
        lo, hi = start - lead, end + tail
        if lo <= cur_hi:
            if hi > cur_hi:
                cur_hi = hi
            continue
        if cur_hi >= 0:
            windows.append((cur_lo if cur_lo > 0 else 0, cur_hi if cur_hi < n else n))
        cur_lo, cur_hi = lo, hi
    if cur_hi >= 0:
        windows.append((cur_lo if cur_lo > 0 else 0, cur_hi if cur_hi < n else n))
    return windows


def _candidates(text: str) -> list[tuple[int, int, int, int, re.Match[str]]]:
    """Every match of every rule.

    One pass over the text's words finds the trigger words of every rule, and each rule's
    trigger regex (if any) runs once; the rule's full pattern then runs only in windows
    around those hits. This keeps tagging fast (the full patterns are costly) and linear.
    """
    n = len(text)
    hits: dict[int, list[tuple[int, int]]] = {}
    lowered = _lower(text)
    for m in _TRIGGER_WORDS.finditer(lowered):
        span = m.span()
        for group in _WORD_RULES[m.group()]:
            hits.setdefault(group, []).append(span)
    shaped: set[int] = set()  # groups with hits from both words and shapes: to be sorted
    for m in _DIGIT_SHAPE_SCAN.finditer(text):
        shape = m.lastgroup
        assert shape is not None
        span = (m.start(), m.end(shape))
        for group in _SHAPE_RULES[shape]:
            hits.setdefault(group, []).append(span)
            shaped.add(group)
    for group in shaped:
        hits[group].sort()
    regex_hits: dict[re.Pattern[str], list[tuple[int, int]]] = {}
    window_cache: dict[tuple[int, int, int], list[tuple[int, int]]] = {}
    found: list[tuple[int, int, int, int, re.Match[str]]] = []
    for index, rule in enumerate(RULES):
        group = _GROUP_OF[index]
        tail = _WINDOW if rule.tail is None else rule.tail
        lead = _WINDOW if rule.lead is None else rule.lead
        key = (group, tail, lead) if rule.confirm is None else (-1 - index, tail, lead)
        windows = window_cache.get(key)
        if windows is None:
            spans = hits.get(group, [])
            if rule.confirm is not None:
                spans = [span for span in spans if rule.confirm.match(lowered, span[1])]
            if rule.trigger is not None:
                if rule.trigger not in regex_hits:
                    regex_hits[rule.trigger] = [h.span() for h in rule.trigger.finditer(text)]
                spans = sorted(spans + regex_hits[rule.trigger]) if spans else regex_hits[rule.trigger]
            windows = window_cache[key] = _merge(spans, n, tail, lead)
        if not windows:
            continue
        last_end = -1
        for lo, hi in windows:
            for m in rule.pattern.finditer(text, max(lo, last_end), hi):
                start, end = m.span()
                # trim trailing whitespace/punctuation the pattern may have swallowed
                while end > start and text[end - 1] in " \t\n,":
                    end -= 1
                if end > start:
                    found.append((start, end, rule.priority, index, m))
                    last_end = m.end()
    return found


def _select(
    candidates: list[tuple[int, int, int, int, re.Match[str]]],
) -> list[tuple[int, int, int, re.Match[str]]]:
    """Longest match first, then higher priority, then leftmost; no overlaps."""
    candidates.sort(key=lambda c: (-(c[1] - c[0]), -c[2], c[0], c[3]))
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[tuple[int, int, int, re.Match[str]]] = []
    for start, end, _priority, index, m in candidates:
        i = bisect.bisect_right(starts, start)
        if i > 0 and ends[i - 1] > start:
            continue
        if i < len(starts) and starts[i] < end:
            continue
        starts.insert(i, start)
        ends.insert(i, end)
        chosen.append((start, end, index, m))
    chosen.sort(key=lambda c: c[0])
    return chosen


#: all prefix patterns in one regex; anchored at the end, the leftmost match is the longest
#: (each starts a word with a letter: the leading lookarounds let the engine skip other positions fast)
_PREFIX = re.compile(
    "(?=[a-z])(?<![a-z])(?:"
    + "|".join(f"(?P<p{i}>{pattern.pattern})" for i, (pattern, *_rest) in enumerate(PREFIX_MODIFIERS))
    + ")",
    re.IGNORECASE,
)


#: the word every modifier phrase ends with ("the end [of]", "[early]", "more [than]" ...)
_PREFIX_LAST_WORDS = frozenset(
    [
        "of",
        "early",
        "in",
        "mid",
        "late",
        "around",
        "approximately",
        "roughly",
        "circa",
        "nearly",
        "estimated",
        "ca.",
        "about",
        "some",
        "than",
        "under",
        "almost",
        "over",
        "least",
        "to",
        "most",
        "within",
        "on",
    ]
)


def _prefix(
    text: str, start: int, floor: int, kind: TimexType, *, inside: bool = False
) -> tuple[int, str | None]:
    """The modifier phrase just before ``start``: the new start (if it joins the extent, always
    with ``inside``) and the mod."""
    window_start = max(floor, start - 40)
    window = text[window_start:start]
    if not window or not (window[-1].isspace() or window[-1] in "-."):
        return start, None
    words = window.rsplit(None, 1)
    if window[-1].isspace() and words and words[-1].lower() not in _PREFIX_LAST_WORDS:
        return start, None  # no modifier phrase ends with that word: skip the full search
    number_follows = _NUMBER_START.match(text, start) is not None
    pos = window_start
    while True:
        # (searched in the text, not the window, so that a lookbehind sees what is before it:
        # "a year late in 2021")
        m = _PREFIX.search(text, pos, start)
        if m is None:
            return start, None
        index = int((m.lastgroup or "p0")[1:])
        _, mod, types, joins, quantity = PREFIX_MODIFIERS[index]
        if kind in types and not (quantity and not number_follows):
            return (m.start() if joins or inside else start), mod
        pos = m.start() + 1


def _mention(
    text: str, start: int, end: int, rule: Rule, res: Resolution, ctx: Context, mod: str | None
) -> TimeMention:
    value = res.value
    reason = res.reason
    interval: Interval | None = None
    granularity = None
    if value is not None and value.startswith("RANGE:"):
        lo, hi = value[6:].split("/")
        interval = Interval.from_iso(lo, hi)
        value, granularity = smallest_unit(interval)
    elif reason == NEEDS_REFERENCE:
        if value is not None:
            reason = f"{NEEDS_REFERENCE} (underspecified value {value})"
        value = None
    elif value is not None and res.type in (TimexType.DATE, TimexType.TIME):
        interval, granularity = interval_of(value, None if res.until else mod)
        if interval is not None and res.until is not None:
            # a feast of several days: its value is the first day (the feast's TIMEX3 value, as
            # "Christmas" is its day), its interval all of them; "the end of Ramadan" the last third
            interval = narrow(Interval(interval.start, dt.datetime.fromisoformat(res.until)), mod)
    return TimeMention(
        start=start,
        end=end,
        text=text[start:end],
        type=res.type,
        value=value,
        mod=mod,
        interval=interval,
        granularity=granularity,
        anchor=res.anchor,
        rule=rule.name,
        doc_id=ctx.doc_id,
        reason=reason,
        constraint=res.constraint,
    )


def tag(
    text_or_document: str | Document,
    reference_date: dt.date | str | None = None,
    *,
    doc_id: str | None = None,
    style: Style = "news",
    language: str | None = None,
) -> list[TimeMention]:
    """Find and normalise every time expression in a text or :class:`~timeline.model.Document`.

    ``reference_date`` (a ``date`` or ISO string) overrides the document's own. ``style`` is
    ``"news"`` (relative expressions count from the reference date; "N days later" and
    "that day" from the last mention) or ``"narrative"`` (everything relative counts from
    the last resolved mention, falling back to the reference date).

    Text in another ``language`` than English (the document's, or the argument) is tagged by
    dateparser instead (:mod:`timeline.temporal.multilingual`).

    Never raises on any ``str``; raises ``TypeError`` for ``bytes`` and ``ValueError`` for an
    invalid reference date.

    Example:
        >>> [(m.text, m.value) for m in tag("NATO meets on Tuesday, a week after the end of November.",
        ...                                 reference_date="2024-12-02")]
        [('Tuesday', '2024-12-03'), ('a week', 'P1W'), ('the end of November', '2024-11')]
    """
    if isinstance(text_or_document, Document):
        text = text_or_document.text
        ref = (
            coerce_reference_date(reference_date)
            if reference_date is not None
            else text_or_document.reference_date
        )
        doc_id = doc_id if doc_id is not None else text_or_document.id
    elif isinstance(text_or_document, str):
        text = text_or_document
        ref = coerce_reference_date(reference_date)
    elif isinstance(text_or_document, bytes | bytearray):
        raise TypeError("tag() needs text (str), not bytes: decode it first, e.g. data.decode('utf-8')")
    else:
        raise TypeError(f"tag() needs a str or a timeline.Document, got {type(text_or_document).__name__}")
    if style not in ("news", "narrative"):
        raise ValueError(f"style must be 'news' or 'narrative', got {style!r}")
    if language is None and isinstance(text_or_document, Document):
        language = text_or_document.language
    if language is not None and language.split("-")[0].lower() not in ("en", "eng", ""):
        from timeline.temporal.multilingual import tag_with_dateparser

        return tag_with_dateparser(text, ref, language.split("-")[0].lower(), doc_id)
    ctx = Context(text=text, reference_date=ref, doc_id=doc_id, narrative=style == "narrative")
    mentions: list[TimeMention] = []
    floor = 0
    for start, end, index, m in _select(_candidates(text)):
        rule = RULES[index]
        try:
            res = rule.resolve(m, ctx)
        except (ValueError, OverflowError) as exc:
            res = Resolution(None, reason=f"cannot be placed on the calendar: {exc}")
        except KeyError:
            res = None
        except (IndexError, TypeError, AttributeError, AssertionError) as exc:  # a bug in a rule:
            # the mention is still kept and says which rule failed (tagging never raises)
            res = Resolution(None, reason=f"rule {rule.name!r} failed: {type(exc).__name__}: {exc}")
        if rule.name == "unit_ref":
            res = _unit_ref(text, start, floor, ctx, m)
            if res is None:
                continue
        if res is None:
            continue
        if res.start is not None:
            start = res.start
        if res.end is not None:
            end = res.end
        new_start, mod = _prefix(text, start, floor, res.type)
        if new_start != start and text.startswith(("'s", "’s"), end):
            # "get around Wednesday's ruling", "the end of Friday's session": a possessive date is a
            # determiner; the modifier belongs to the noun after it
            new_start, mod = start, None
        if res.mod is not None:
            mod = res.mod if mod is None or mod not in _POINT_MODS else mod
        if (
            mod is not None
            and res.value is not None
            and res.value.startswith("RANGE:")
            and mod in _POINT_MODS
        ):
            new_start, mod = start, None
        if new_start == start and rule.name == "ago":
            # "almost four years ago", "about two years ago": the quantity (a modifier of the
            # duration inside) is part of the expression
            new_start, quantity_mod = _prefix(text, start, floor, TimexType.DURATION, inside=True)
            over = _OVER_BEFORE.search(text, max(floor, start - 6), start) if quantity_mod is None else None
            if over is not None:  # "over six months ago": more than, whatever comes before
                new_start, quantity_mod = over.start(), "MORE_THAN"
            mod = mod or quantity_mod
        if rule.name == "ago" and (m["orso"] or m["n0"] or m["w0"]):
            mod = mod or "APPROX"  # "a week or so ago", "four or five years ago"
        start = new_start
        tail = _OPEN_END.match(text, end)
        if tail is not None and res.type in (TimexType.DATE, TimexType.DURATION):
            end = tail.end()
            mod = mod or _OPEN_END_MODS[" ".join(tail.group(1).lower().split())]
        mention = _mention(text, start, end, rule, res, ctx, mod)
        mentions.append(mention)
        if mention.value is not None:
            ctx.previous.append(mention)
        floor = end
    return _join_compound_durations(text, mentions)


_DURATION_PARTS = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?")
_PART_LETTERS = ("Y", "M", "D", "H", "M", "S")
_RATE_GAP = re.compile(r"\s+")
_RATE_AFTER = re.compile(r"\s+(?:a|an|per)\s+(?:day|week|month|year|hour)\b", re.IGNORECASE)
_COMPOUND_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _duration_parts(value: str | None) -> list[tuple[int, str]] | None:
    """``P1Y6M`` → ``[(0, "1"), (1, "6")]`` (rank of the unit, count), ``None`` if not plain."""
    m = _DURATION_PARTS.fullmatch(value or "")
    if m is None or not any(m.groups()):
        return None
    return [(i, n) for i, n in enumerate(m.groups()) if n is not None]


def _join_compound_durations(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """ "one hour and 48 minutes", "4 hours, 37 minutes": one duration (``PT1H48M``), as
    TimeML annotates it, when the units get smaller and nothing but "and" or a comma is between
    (or a space before a figure: "1 hour 26 minutes");
    "five days a week": a set (``P1W``), the count of days inside it."""
    out: list[TimeMention] = []
    for mention in mentions:
        last = out[-1] if out else None
        if (
            last is not None
            and last.type is TimexType.DURATION
            and mention.type is TimexType.DURATION
            and _RATE_GAP.fullmatch(text, last.end, mention.start)
            and re.fullmatch(r"(?i)(?:a|an|per)\s+\w+", mention.text)
            and mention.value in ("P1D", "P1W", "P1M", "P1Y", "PT1H")
        ):
            out[-1] = attrs.evolve(
                last,
                end=mention.end,
                text=text[last.start : mention.end],
                type=TimexType.SET,
                value=mention.value,
            )
            continue
        if (
            last is not None
            and last.type is TimexType.DURATION
            and mention.type is TimexType.DURATION
            and last.mod is None
            and mention.mod is None
            and (
                _COMPOUND_GAP.fullmatch(text, last.end, mention.start)
                # "1 hour 26 minutes and 43 seconds": figures side by side
                or (_RATE_GAP.fullmatch(text, last.end, mention.start) and mention.text[:1].isdigit())
            )
            and not _RATE_AFTER.match(text, mention.end)  # "20 years, [five days a week]"
        ):
            first, second = _duration_parts(last.value), _duration_parts(mention.value)
            if first and second and first[-1][0] < second[0][0]:
                parts = dict(first + second)
                date = "".join(f"{parts[i]}{_PART_LETTERS[i]}" for i in range(3) if i in parts)
                clock = "".join(f"{parts[i]}{_PART_LETTERS[i]}" for i in range(3, 6) if i in parts)
                value = "P" + date + (f"T{clock}" if clock else "")
                out[-1] = attrs.evolve(
                    last, end=mention.end, text=text[last.start : mention.end], value=value
                )
                continue
        out.append(mention)
    return out


_TITLE_OF_THE = re.compile(
    r"(?i)\b(?:player|coach|manager|athlete|sportsman|sportswoman|footballer|cricketer|rookie|album|song|record|"
    r"book|film|movie|person|man|woman|team|goal|word|car|photo|picture|artist|entertainer|businessman|"
    r"newcomer|comeback|performance)s?\s+of\s+$"
)
_REPORTING_LEFT = re.compile(r"(?i)\b(?:for|in|of|during|through|throughout)\s+$")
_REPORTING_RIGHT = re.compile(
    r"[-'’]|\s+(?:\d|(?:before|after|since|when|in\s+which|earlier|ago|later|he|she|they|we|I|it)\b)",
    re.IGNORECASE,
)
_YEAR_ENDED = re.compile(r"\s+(?:ended|ending|that\s+ended|to)\b", re.IGNORECASE)


def _unit_ref(text: str, start: int, floor: int, ctx: Context, m: re.Match[str]) -> Resolution | None:
    """ "the end of the year": "the year/month/week" with a part-of prefix; and the reporting
    period of business news, "for the (fiscal) year", "in the year" (the reference year, or
    P1Y for "the year ended ...")."""
    unit = m["unit"].lower()
    if _TITLE_OF_THE.search(text, max(0, start - 30), start):
        return None  # an award: "player of the year", "album of the year"
    _, mod = _prefix(text, start, floor, TimexType.DATE)
    if mod not in _POINT_MODS:
        if (
            unit != "year"
            or _REPORTING_LEFT.search(text, max(floor, start - 14), start) is None
            or _REPORTING_RIGHT.match(text, m.end()) is not None
        ):
            return None
        if _YEAR_ENDED.match(text, m.end()):
            return Resolution("P1Y", TimexType.DURATION)
    base = ctx.anchor_date()
    if base is None:
        return Resolution(None, reason=NEEDS_REFERENCE)
    ref, anchor = base
    from timeline.temporal.rules import _granularity_value

    return Resolution(_granularity_value(ref, unit), anchor=anchor)
