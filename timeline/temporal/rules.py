"""The rule table of the temporal tagger.

Each :class:`Rule` pairs a regular expression (built from the fragments below) with a
resolver that turns a match into a TIMEX3 :class:`Resolution` against a :class:`Context`
(reference date, tense of the clause, last resolved mention). The tagger runs every rule,
keeps the longest non-overlapping matches, attaches modifier prefixes ("the end of",
"early", "about", "more than" …) and resolves in text order.

Conventions, documented once here:

* Numeric dates ``12/03/2024`` are read US-style (month/day/year) unless the first number
  cannot be a month (``25/12/2024`` is then read day/month/year).
* A weekday or a month without a year is placed by the tense of its clause: future cues
  ("will", "is scheduled to", "next", "upcoming") look forward, past cues ("said", "-ed",
  "last", "ago") look back, and without either the nearest occurrence wins (same day
  included; ties go to the past, the usual case in news).
* "N units ago" counts from the reference date; "two days later", "a week earlier",
  "three days after." from the last date mentioned (else the reference date); "a year/quarter
  earlier" from the reference date, the reporting idiom ("profit fell from a year earlier").
  "that day", "the following week", "since then" count from the last mention.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable

import attrs

from timeline.model import Anchor, AnchorKind, Granularity, Interval, TimeMention, TimexType
from timeline.temporal import calendars
from timeline.temporal.lexicon import (
    DATE_NAMED_EVENTS,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    UNIT_WORDS,
    VAGUE_NUMBERS,
    WEEKDAYS,
    number_value,
    trie_alternation,
)
from timeline.temporal.values import UNIT_GRANULARITY, add_months, shift, value_of

__all__ = ["RULES", "Context", "Resolution", "Rule", "direction"]

# --------------------------------------------------------------------------- fragments

_MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ABBR = r"Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?"
MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR}|(?:{_MONTH_FULL.upper()})\b)"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
WEEKDAY_ABBR = r"(?:Mon|Tues?|Wed|Thur?s?|Fri|Sat|Sun)\."
DAYNUM = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d%])"
YEAR = r"(?:1[5-9]\d\d|20\d\d)(?![\d%]|\s*(?:%|percent\b))"
NUM_WORD = trie_alternation(k for k in NUMBER_WORDS if " " not in k and k not in ("a", "an"))
NUM = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:\s+1/2)?|(?i:(?:{NUM_WORD})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    # "two thousand years", "a hundred days"; "dozens of years", "tens of thousands of hours"
    rf"|(?:{NUM_WORD}|a)\s+(?:hundred|thousand)|(?:(?:tens|hundreds)\s+of\s+)?(?:dozens|hundreds|thousands)\s+of(?=\s+[a-z]+s\b)"
    rf"|(?:a\s+)?couple(?:\s+of)?|a\s+dozen|a\s+few|a|an|few|several|some|many|a\s+number\s+of))"
)
UNIT = r"(?i:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))"
PART_OF_DAY = r"(?i:morning|afternoon|evening|night)"
ORDINAL = trie_alternation(ORDINALS)
REL = r"(?i:this\s+past|this\s+coming|last|next|this|coming|past|previous|following|current|the\s+past|the\s+coming|the\s+upcoming|upcoming|the\s+previous|the\s+following|the\s+current|the\s+last|the\s+next)"

# --------------------------------------------------------------------------- tense


_FUTURE_CUES = (
    # a passive future is one cue ("will be held" is not the past "held")
    r"(?:will|would|shall|to|'ll)\s+(?:\w+\s+)?be\s+(?:\w+(?:ed|en)|held|set|made|paid|sold|built|met|kept|won|"
    r"brought|sent|spent|cut|put|told|led|read|heard)|expects?(?:\s+to)?|expecting|set\s+to|"
    # a scheduled event in the present tense ("the summit opens on Friday")
    r"starts|begins|opens|kicks\s+off|resumes|closes|ends|finishes|concludes|expires|arrives|departs|travels|visits|hosts|"
    r"wraps\s+up|"
    r"forecasts?\s+to|(?:is|are)\s+forecast\s+to|takes\s+place|(?:heading|going|headed)\s+into|(?:is|are)\s+held|takes?\s+effect|goes\s+into\s+effect|comes\s+into\s+force|heads?\s+to|"
    # "the vote is set for Tuesday", "talks resume on Monday"
    r"(?:is|are|was|were|been|be)\s+set\s+for|"
    # "more storms are possible on Tuesday"
    r"(?:is|are)\s+(?:(?:also|still|quite|very|more|less)\s+)?(?:possible|likely|probable)\b|"
    # (after a plural subject: "talks resume", not "let the offensive begin")
    r"(?<=[a-z]s\s)(?<!\bhas\s)(?<!\bwas\s)(?<!\bthis\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bas\s)(?<!\bis\s)(?:begin|resume|open|close|start|end)|"
    r"will|shall|won't|'ll|going\s+to|(?:is|are|was|were|be)\s+(?:due|set|scheduled|expected|slated|planned|poised|"
    r"likely|unlikely)\s+to(?:\s+be\s+\w+)?|(?:is|are|be)\s+about\s+to|on\s+(?:course|track)\s+to|poised\s+to|upcoming|plans?\s+to|intends?\s+to|to\s+be\s+held|ahead\s+of|next(?!\s+to\b)|"
    # ("stopped coming in February": the verb of a habit that has ended, no future)
    r"(?<!\bstopped\s)(?<!\bstarted\s)(?<!\bkept\s)(?<!\bbegan\s)(?<!\bquit\s)coming|"
    # a meeting "brought forward from Monday" was to be on that day, still ahead
    r"(?:brought|moved)\s+(?:forward|up)\s+from|"
    r"(?:is|are)\s+(?:supposed\s+)?to|would|until|till|warm(?:ed|ing|s)?\s+up\s+for|through\s+to|in\s+preparation\s+for|between\s+now\s+and|"
    # a span extended or put off to a date: "extended its heat advisory through 8 p.m. Wednesday",
    # "the deadline was pushed back from 29 March to 31 October", "postponed until Friday"
    r"(?:extended|extends|prolonged|postponed|delayed|deferred|adjourned|pushed\s+back|put\s+off|moved\s+back)\b"
    # (right before the date, or its clock time: "extended its lead to 5 points on Sunday" is no such span)
    r"[^.;\"“”]{0,60}?\b(?:until|till|through|to)(?=\s+(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\.?\s+|noon\s+|midnight\s+)?$)"
    r"|as\s+soon\s+as|as\s+early\s+as|"
    # ("as expected", "than planned" compare with a past expectation: no future)
    # ("as (previously) planned" too; "planned to" is an intention: see below)
    # ("the hastily planned trip" was planned in the past)
    # ("priced above the expected range on Wednesday": an adjective of another noun; but "an expected
    # Russian spring offensive" looks ahead to the date it holds)
    r"(?<!\bas\s)(?<!\bthan\s)(?<!\bas\spreviously\s)(?<!\bas\soriginally\s)(?:(?<!ly\s)planned(?!\s+to\b)|scheduled"
    r"|(?<!\bthe\s)(?<!\ban\s)expected|(?:(?<=\bthe\s)|(?<=\ban\s))expected"
    r"(?=(?:\s+(?!(?:on|in|at|by|for|of|to|from|with|until|before|after|during)\b)[a-z'’-]+){0,3}\s+$))"
    r"|(?:was\s+|were\s+)?planning|slated|effective|payable|to\s+be"
    # ("due on Monday" looks ahead; "due to injuries", "due in part to" give a cause)
    r"|due(?!\s+(?:(?:in\s+)?(?:large\s+|small\s+)?part\s+|mainly\s+|largely\s+|partly\s+|primarily\s+)?to\s+"
    r"(?:the|a|an|his|her|their|its|our|this|that|these|those|bad|poor|heavy|high|low|lack|[a-z]+(?:ies|s|ion|ment|ness|ity|ure|ance|ence))\b)"
)
#: cues that look ahead only to a date after them: a fixture in the present tense ("Juventus,
#: who entertain Cagliari on Sunday"), a possibility ("could drop to the bottom on Sunday"; not
#: "could have", "could not", "could be contributing"); after the date they belong to another
#: clause more often than not ("a new cabinet on Sunday, which faces the tasks")
_AHEAD_CUES = (
    r"(?:(?<=[a-z]s\s)|(?<=\bwho\s)|(?<=\bthey\s)|(?<=\bwe\s))(?<!\bhas\s)(?<!\bwas\s)(?<!\bthis\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bas\s)(?<!\bis\s)"
    r"(?:play|face|meet|host|visit|entertain|welcome|travel\s+to|take\s+on)"
    r"|faces|entertains|welcomes|takes\s+on|(?<=[a-z]\s)plays(?=\s+(?:host|away|at|in|against|the|[a-z]+s\b))"
    # ("the Games, which open with a ceremony on Friday night", "curling gets under way on Wednesday")
    r"|(?:(?<=\bwhich\s)|(?<=\bthat\s))(?:open|start|begin|end|close|resume)|gets?\s+under\s*way"
    r"|(?:could|may|might|should)\s+(?!have\b|not\b|never\b|be\s+reached\b|(?:\w+\s+)?be\s+\w+ing\b)"
    # a span to a date ahead ("the show runs through Friday"; not "opened on Tuesday and runs")
    r"|(?:runs|lasts|continues)\s+(?:through|until|till)"
    # an obligation ("must now beat Croatia on Thursday"; "must have" is past)
    r"|must\s+(?!(?:not\s+)?have\b)|(?:has|have|needs?)\s+to\b"
)
#: an intention or a promise looks ahead when the date follows it ("pledged to march
#: into Kinshasa by June"); after the date it is the clause's own past verb ("On Sunday the
#: cabinet decided to ...")
_INTENT_CUES = (
    r"(?:pledged|vowed|promised|threatened|agreed|decided|opted|hoped|wanted|aimed|sought|prepared|planned|intended|"
    r"voted|offered)\s+(?:(?:on|late|early)\s+[a-z]+\s+)?to"
    # a plan reported ("societies were to launch the federation at Saturday's session, he said"); after
    # the date it is more often a copula ("Our stance in the February meeting was to respond")
    r"|(?:was|were)\s+(?:\w+ly\s+)?to\s+(?!have\b|blame\b|be\s+blamed\b)(?:be\s+[a-z]+|[a-z]+)"
)
#: ... and in the present, or an ability, looks ahead wherever the date is ("play on Wednesday and
#: hope to", "the June elections can be held")
_INTENT_NOW_CUES = (
    r"(?:pledges?|vows?|promises?|threatens?|threatening|agrees?|decides?|hopes?|hoping|wants?|aims?|aiming|"
    r"seeks?|seeking|ready|preparing)\s+to|look(?:s|ing)?\s+forward\s+to|can(?!\s+(?:have|be\s+seen))"
)
#: a scheduled start in a participle, just before the date ("a summit opening here Saturday",
#: "beginning Tuesday"; not "an opening round", "Friday's opening match")
_SCHEDULE_CUES = r"(?<!\ban\s)(?<!\bthe\s)(?<!['’]s\s)(?:opening|starting|beginning)"
#: how close a participle of schedule must be to the date it schedules
_SCHEDULE_REACH = 12
#: ... and a fixture or a possibility (:data:`_AHEAD_CUES`)
_AHEAD_REACH = 45
#: past forms that are cues by themselves (with "was", "had", "ago", "earlier" ...)
_IRREGULAR_PAST = [
    "was", "were", "had", "did", "ago", "earlier", "previously", "met", "held", "took", "came", "went",
    "made", "began", "gave", "left", "saw", "won", "lost", "ran", "sank", "spoke", "fell",
    "rose", "grew", "flew", "drove", "wrote", "broke", "chose", "froze", "stole", "swore", "wore",
    "tore", "struck", "fought", "bought", "brought", "caught", "taught", "thought", "sought", "sold",
    "knew", "threw", "drew", "became", "forgot", "got", "sent", "spent", "built", "lent", "meant",
    "felt", "kept", "slept", "swept", "wept", "fled", "led", "fed", "bled", "hid", "slid", "overcame",
    "withdrew", "undertook", "overtook", "oversaw", "foresaw", "stood", "understood", "sat", "shook",
    "woke", "arose", "dealt", "paid", "laid", "heard", "found", "bound", "wound", "stuck", "swung",
    "hung", "clung", "sprang", "sang", "rang", "drank", "shrank", "swam", "forbade", "forgave",
    "mistook", "ate", "dug", "underwent", "upheld", "withheld", "overthrew", "overran", "overrode",
    "rebuilt", "resold", "shot", "sped", "knelt", "dwelt", "crept", "leapt", "blew", "slew", "awoke",
    "rode", "strode", "strove", "wove", "outgrew", "overheard", "misled",
]  # fmt: skip
_PAST_CUES = (
    # what would have happened is past ("core inflation would have risen in October")
    r"(?:would|could|might|should|must)\s+have\s+(?:not\s+|never\s+|already\s+|also\s+)?"
    r"(?:been|had|made|paid|said|held|told|sold|heard|found|won|come|become|done|gone|run|begun|\w+(?:ed|en|wn|t))\b|"
    # a plan that was already in the past ("had been scheduled to expire Friday")
    r"had\s+been\s+(?:scheduled|due|set|expected|slated|planned|supposed|meant)\s+to|"
    # what was about to happen at a past moment has happened by now ("as he was about to be deported")
    # ... and what was going to happen ("we were going to have dinner on New Year's Day")
    r"(?:was|were)\s+(?:about|going)\s+to|" + trie_alternation(_IRREGULAR_PAST) + r"|"
    # "since" looks back, but "for the first time since 2019" says nothing of its clause's tense
    r"since(?!\s+(?:the\s+)?(?:\d{4}|\d{2,4}['’]?s|then)\b)|"
    # an -ed adjective is no verb: "an undisclosed sum", "a still unspecified date", "British-controlled"
    # (nor an elliptic clause: "if needed", "as needed", "unless delayed")
    r"(?<!-)(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bif\s)(?<!\bas\s)(?<!\bunless\s)(?<!\bwhere\s)(?!un(?!veiled|leashed|covered|loaded|locked|dermined|folded|earthed|sealed)\w+ed\b)"
    r"(?:\w+ied|(?!(?:need|heed|speed|indeed|proceed|exceed|succeed|hundred|united|based|related|"
    r"limited|advanced|concerned|interested|armed|supposed|used|detailed|experienced|proposed|intended|designed|"
    r"aimed|anticipated|compared|red|bed|shed|bloodshed|watershed|hatred|kindred|sacred|naked|wicked|rugged|beloved|"
    r"seabed|hotbed|deathbed|riverbed|greed|creed|breed)\b)\w{3,}ed)"
)
#: a present passive carries no past ("when the case is heard in May"): its participle is no cue
#: (but a plan still is: "is scheduled for Saturday")
_PRESENT_PASSIVE = (
    r"(?:is|are|am|be)\s+(?!(?:scheduled|planned|expected|slated|set|due)\b)(?:\w+ed|heard|held|set|made|paid|sold|built|met|kept|won|brought|sent|spent|cut|"
    r"put|told|led|read|known|seen|given|taken|done|shown|written|found|bought|caught|taught|thought)"
    # "attend the summit on Sunday as planned": a comparison with the plan tells no tense
    r"|as\s+(?:previously\s+|originally\s+|initially\s+)?(?:planned|scheduled|expected|agreed|promised)"
    # "with the bank holiday on Monday followed a week later by the coronation": a participle
    r"|followed\s+(?:\w+\s+){0,3}?by"
)
#: one scan; at each position the future reading is tried first ("is scheduled to" is future)
#: (matched against lower-cased text: a case-insensitive pattern is several times slower)
#: reporting verbs: past, but often the tense of the report, not of the clause reported
_REPORT_CUES = (
    r"said|says|told|announced|reported|added|stated|noted|declared|confirmed|warned|predicted|insisted|argued|"
    r"acknowledged|claimed|explained|admitted|revealed|disclosed"
)
#: the words a cue can start with, besides any word that ends in "ed": a look-ahead on them lets
#: the scan pass over every other word at once (the scan is then three times faster); a test
#: checks the list against the cues' patterns
_CUE_FIRST_WORDS = [
    *_IRREGULAR_PAST, "'ll", "agree", "agrees", "ahead", "aim", "aiming", "aims", "am", "are", "arrives", "as",
    "be", "been", "begin", "beginning", "begins", "between", "can", "close", "closes", "comes", "coming",
    "concludes", "continues", "could", "decide", "decides", "departs", "due", "effective", "end", "ends",
    "entertain", "entertains", "expect", "expecting", "expects", "expires", "extends", "face", "faces",
    "finishes", "forecast", "forecasts", "get", "gets", "goes", "going", "has", "have", "head", "heading",
    "heads", "hope", "hopes", "hoping", "host", "hosts", "in", "intend", "intends", "is", "kicks", "lasts",
    "look", "looking", "looks", "may", "meet", "might", "must", "need", "needs", "next", "on", "open",
    "opening", "opens", "payable", "plan", "planning", "plans", "play", "plays", "pledge", "pledges",
    "preparing", "promise", "promises", "put", "ready", "resume", "resumes", "runs", "said", "says", "seek",
    "seeking", "seeks", "set", "shall", "should", "since", "start", "starting", "starts", "take", "takes",
    "threaten", "threatening", "threatens", "through", "till", "to", "told", "travel", "travels", "until",
    "upcoming", "visit", "visits", "vow", "vows", "want", "wants", "warm", "warming", "warms", "welcome",
    "welcomes", "will", "won't", "would", "wraps",
]  # fmt: skip
_TENSE_CUES = (
    rf"(?:(?P<future>{_FUTURE_CUES}|{_INTENT_NOW_CUES})|(?P<intent>{_INTENT_CUES})|(?P<schedule>{_SCHEDULE_CUES})|(?P<ahead>{_AHEAD_CUES})"
    rf"|(?P<neutral>{_PRESENT_PASSIVE})|(?P<report>{_REPORT_CUES})|(?P<past>{_PAST_CUES}))\b"
)
_TENSE = re.compile(rf"(?=[a-z'])\b(?=(?:{trie_alternation(_CUE_FIRST_WORDS)})\b|\w*ed\b){_TENSE_CUES}")
#: a sentence ends at . ! ? before a capital, except after an initial or a title ("U.S. Senator",
#: "4 a.m. EDT", "Mr. Smith"), or at a blank line
_SENTENCE_END = re.compile(
    r"(?:\.(?<![.\s][A-Za-z]\.)(?<!^[A-Za-z]\.)"
    r"(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bGen\.)(?<!\bSt\.)(?<!\bSen\.)(?<!\bRep\.)(?<!\bGov\.)(?<!\bInc\.)(?<!\bCorp\.)(?<!\bCo\.)(?<!\bJan\.)(?<!\bFeb\.)(?<!\bAug\.)(?<!\bSept\.)(?<!\bOct\.)(?<!\bNov\.)(?<!\bDec\.)(?<!\bNo\.)(?<!\bLt\.)(?<!\bCol\.)(?<!\bSgt\.)(?<!\bCapt\.)(?<!\bProf\.)(?<!\bJr\.)(?<!\bSr\.)"
    r"(?<!\bvs\.)(?<!\bRev\.)(?<!\bFt\.)(?<!\bMt\.)(?<!\bMaj\.)(?<!\bAdm\.)(?<!\bSens\.)(?<!\bReps\.)"
    r"|[!?])(?=\s+[A-Z\"“])|\n\s*\n"
)


#: before the date, "that" opens the clause a reporting verb governs ("said Tuesday that Sunday's
#: elections will go ahead")
#: "... want the truce extended and on Sunday, the group gave ...": a new clause begins
_AND_PREPOSITION = re.compile(r"\band\s+(?:on|in|at|by|from|since|until|during|late|early)\s+$")
#: the date opens its clause: at most two words since the sentence, a comma or "and" began
_CLAUSE_START = re.compile(r"(?:^|[,;:]|\band\b|\bbut\b)\s*(?:[\w'’-]+\s+){0,2}$")
#: what may come before a date that opens its sentence ("In", "Late on", "Back in")
_SENTENCE_OPENING = re.compile(r"\s*(?:[A-Z][a-z]*(?:\s+[a-z]+){0,2}\s+)?")
#: nothing but a conjunction since the sentence or a comma began ("Until Thursday, they had",
#: "although until Monday the name had")
_OPENS_CLAUSE = re.compile(r"(?:^|[,;:(]|\b(?:and|but|although|though|while|because|since)\b)\s*$")
_REPORTED_CLAUSE_COST = 200
_THAT_CLAUSE = re.compile(r"\b(?:that|whether)\b")
#: after the date, a relative pronoun opens another clause ("talks in October which are expected to")
_RELATIVE_WORD = re.compile(r"\b(?:which|who|whom|whose|whereas|while|whether)\b")
#: between a past participle and the date: its agent ("adopted by the Security Council on")
_BY_AGENT = re.compile(r"\s+by\s+(?:[\w.'’-]+\s+){1,6}(?:on|in|at)\s+$")
#: after the date, "and" with a verb of its own starts another clause ("opened on Friday and will keep")
_AND_CLAUSE = re.compile(
    r"\b(?:and|but)\s+(?:will|would|is|are|was|were|has|have|had|then|also|could|can|may|might|should|must"
    r"|[a-z]+s\s+to)\b"
)
#: a conjunction right before a verb: the verb is coordinated with the clause's own ("expected the
#: winds to ease by Thursday but warned that ...")
_COORDINATED = re.compile(r"\b(?:and|but|or)\s+(?:\w+ly\s+)?$")
#: a comma and a conjunction: a clause with a subject of its own begins ("officials said Friday,
#: and doctors say they are bracing for ...")
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?!(?:on|in|at|by|then|later|earlier)\b)[a-z]")
#: a conjunction that starts a contrasted clause
_CONTRAST_BREAK = re.compile(r"\b(?:but|although|though)\b")
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]—–]")
_CLAUSE_COST = 60
_QUOTE = re.compile(r"[\"“”]|''|``")


#: what may come before a capitalised word that is not a name: a sentence or quotation start
_CAPITAL_OK_AFTER = re.compile(r"(?:^|[.!?:;\"“‘'`(\[—–-])\s*$")


def _is_name(text: str, at: int) -> bool:
    """Whether the cue word at ``at`` is capitalised inside a sentence: a name, not a verb
    ("Mohammed", "Will Hutton", "Ahmed")."""
    return text[at : at + 1].isupper() and not _CAPITAL_OK_AFTER.search(text, max(0, at - 3), at)


def _sentence_window(text: str, start: int, end: int, before: int, after: int) -> tuple[int, int]:
    """The part of the sentence around ``start``:``end``, at most ``before`` characters before
    it and ``after`` after it."""
    lo = max(0, start - before)
    # (the mention itself shows whether a period just before it ends a sentence)
    cuts = [c.end() for c in _SENTENCE_END.finditer(text, lo, min(len(text), start + 2)) if c.end() <= start]
    if cuts:
        lo = cuts[-1]
    hi = min(len(text), end + after)
    stop = _SENTENCE_END.search(text[end:hi])
    if stop is not None:
        hi = end + stop.start()
    return lo, hi


def direction(text: str, start: int, end: int) -> int:
    """Tense of the clause around a mention: ``1`` future, ``-1`` past, ``0`` unknown.

    The cue nearest to the mention within its sentence wins, on either side.

    Example:
        >>> t = "Zelenskyy is scheduled to present his plan on Thursday."
        >>> direction(t, t.index("Thursday"), len(t) - 1)
        1
        >>> t = "A diplomat said on Monday."
        >>> direction(t, t.index("Monday"), len(t) - 1)
        -1
    """
    sign = tense_cue(text, start, end)[0]
    if sign == 0 and _DEADLINE_BEFORE.search(text, max(0, start - 8), start):
        # a deadline in a clause with no tense of its own looks ahead: "markets price a peak by
        # the autumn", "By the weekend milder air pushes back in"
        return 1
    return sign


#: a present copula that is no passive, future or plan ("is open", "are in talks"; not "is
#: expected to", "are due", "is being")
_PRESENT_COPULA = re.compile(
    r"\b(?:is|are|am)\s+(?!(?:\w+ed|been|being|expected|due|set|scheduled|slated|planned|likely|going|about|"
    r"to|not|also|still|now|known|seen|held|made|paid|told|given|taken|done|shown|written|found)\b)[a-z]"
)
_DEADLINE_BEFORE = re.compile(r"\b[Bb]y\s+(?:the\s+)?$")


#: a date that names an event that cannot be scheduled, only reported ("the Jan. 6 attack",
#: "Friday's deadly shooting"); "strike", "vote", "ruling" or "storm" may still be ahead
_PAST_EVENT_NOUN = re.compile(
    r"(?:['’]s)?\s+(?:[a-z]+\s+){0,2}?(?:incident|attack|assault|crash|shooting|stabbing|bombing|blast|explosion|"
    r"killing|murder|massacre|slaying|ambush|coup|invasion|earthquake|quake|tsunami|derailment|collapse|"
    r"landslide|eruption|outage|hack|breach|riot|clash|uprising|assassination|disappearance|kidnapping|"
    r"abduction|heist|robbery|rampage|accident|disaster|tragedy|raid)(?:s|es|ings?)?\b"
)

#: ... unless it is feared or foiled ("amid fears of Christmas attacks")
_FEARED = re.compile(
    r"\b(?:fears?|threats?|risks?|warnings?|plots?|plans?|possibility|prospects?|danger)\s+of\s+(?:an?\s+|the\s+|new\s+)?$",
    re.IGNORECASE,
)


def names_past_event(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start``:``end`` names an event that has happened ("the January 13
    incident", "Friday's shooting"; not "fears of Christmas attacks")."""
    return _PAST_EVENT_NOUN.match(text, end) is not None and not _FEARED.search(
        text, max(0, start - 40), start
    )


def tense_cue(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """:func:`direction`, how many characters away its cue is (``-1`` without a cue), and
    whether the cue is a reporting verb ("said").

    Within the sentence (and the quotation, if the mention is in one), the nearest cue before
    the mention and the nearest after it compete by cost: the distance in characters, three
    times the distance for a cue after it (twice when the mention opens its clause: "On Sunday,
    the group gave"), plus a clause cost when a comma, a bracket, "that", "which", "and on" …
    lies between (the cue then belongs to another clause), and a large cost for a reporting
    verb before "that" (the reported clause's own cue wins; the report's stays if it has none).

    Example:
        >>> t = "Talks, which will go ahead in January, were suspended."
        >>> tense_cue(t, t.index("January"), t.index("January") + 7)
        (1, 13, False)
    """
    if names_past_event(text, start, end):
        return (-1, 0, False)
    lo, hi = _sentence_window(text, start, end, 120, 80)
    left, right = text[lo:start], text[end:hi]
    if right.startswith(",") and _SENTENCE_OPENING.fullmatch(left):
        # a date that opens its sentence waits longer for the clause's verb: "In January, a
        # week after the 25th anniversary of the Roe vs. Wade decision, a bombing ... killed"
        lo, hi = _sentence_window(text, start, end, 120, 200)
        right = text[end:hi]
    # a quotation is a clause of its own: "... leave at 4 a.m. Thursday,'' Castro said."
    quote = _QUOTE.search(right)
    if quote is not None:
        right = right[: quote.start()]
    cut, quotes = 0, 0
    for quote in _QUOTE.finditer(left):
        cut, quotes = quote.end(), quotes + 1
    # (what a closing quotation mark ends is not the start of the mention's clause)
    opened = left[:cut] if quotes % 2 == 0 else ""
    left = left[cut:]
    best: tuple[int, int, bool] | None = None
    left_cost = 0
    near = None  # the nearest cue before the mention
    for cue in _TENSE.finditer(left.lower()):
        if not (
            cue["neutral"]
            or (cue["schedule"] and len(left) - cue.end() > _SCHEDULE_REACH)
            or (cue["ahead"] and len(left) - cue.end() > _AHEAD_REACH)
            # "Until Thursday, they had not called him a suspect": a fronted "until" is the
            # adverbial's own word, the clause's verb tells the tense
            # (after a closing quotation mark it is not fronted: 'would remain "very high" until Tuesday')
            or (cue.group() in ("until", "till") and _OPENS_CLAUSE.search(opened + left[: cue.start()]))
            or _is_name(left, cue.start())
        ):
            near = cue
    if (
        near is not None
        and near["report"]
        and (text.startswith(("'s", "’s"), end) or text[end - 2 : end] in ("'s", "’s"))
        and len(left) - near.end() <= 2
    ):
        # "organizers said Sunday's event would go on": the date is the reported clause's subject
        near = None
    other_clause = False
    if near is not None:
        distance = len(left) - near.end()
        best = (-1 if near["past"] or near["report"] else 1, distance, near["report"] is not None)
        that = _THAT_CLAUSE.search(left, near.end()) is not None
        left_cost = distance + (
            _CLAUSE_COST
            if that or _CLAUSE_BREAK.search(left, near.end()) or _AND_PREPOSITION.search(left, near.end())
            else 0
        )
        if near["past"] and _BY_AGENT.match(left, near.end()):
            # "Resolution 1636 adopted by the UN Security Council on Monday should aim to ...": a
            # participle with its agent governs the date after them
            left_cost = 0
        if near["report"] and that:
            # "said Tuesday that Sunday's vote will ...": a cue of the reported clause wins over the
            # report's own tense, which is kept only when the clause has none
            left_cost += _REPORTED_CLAUSE_COST
        other_clause = _NEW_CLAUSE.search(left, near.end()) is not None
        if best[0] < 0 and _PRESENT_COPULA.search(left, near.end()) is not None:
            # "We were told the door is open for April": a present clause between the past verb
            # and the date is the date's, and tells no direction
            best, left_cost = None, 10**6
    after = next(
        (
            c
            for c in _TENSE.finditer(right.lower())
            # (a participle with "by" after the date modifies something else: "early Thursday
            # accompanied by the relatives"; before the date it is the date's event: "issued by ... in May")
            if not (
                c["neutral"]
                or c["schedule"]
                or c["ahead"]
                or (c["past"] and right.startswith(" by ", c.end()))
                or _is_name(right, c.start())
            )
        ),
        None,
    )
    if after is not None:
        # a cue after the mention counts three times its distance; one across a comma or
        # bracket belongs to another clause ("..., which will be put to voters in May, was ...")
        # (after a fronted adverbial, "On Sunday, the group gave", the clause's verb follows: twice)
        fronted = right.startswith(",") and _CLAUSE_START.search(left) is not None
        right_cost = (2 if fronted else 3) * after.start() + (
            _CLAUSE_COST
            # (a comma right after the date ends a fronted adverbial: "On Sunday, the group gave")
            if _CLAUSE_BREAK.search(right, 2 if fronted else 0, after.start())
            or _RELATIVE_WORD.search(right, 0, after.start())
            or _AND_CLAUSE.search(right, 0, after.end())
            or _COORDINATED.search(right, 0, after.start())
            else 0
        )
        if best is None and _CONTRAST_BREAK.search(right, 0, after.start()):
            # "a point against Barcelona on Tuesday but three were required against Hertha": the
            # only cue is in a contrasted clause, which says nothing of this one
            return (0, -1, False)
        if best is None or other_clause or right_cost < left_cost:
            # (an intention after the date is the past verb it belongs to: "On Sunday the cabinet decided to")
            return (1 if after["future"] else -1, after.start(), after["report"] is not None)
    if other_clause:
        # "officials said Friday, and doctors say they are bracing for it to last into the summer":
        # the only cue is another clause's
        return (0, -1, False)
    return best if best is not None else (0, -1, False)


# --------------------------------------------------------------------------- context


_YEAR_BACK = re.compile(
    r"(?i)\b(?:ago|earlier|previous|prior|last\s+year|corresponding|comparable|same)\b|year-(?:ago|earlier)"
    r"|\b\d{4}\s+(?:period|quarter)"
)


#: a reporting span of several quarters ("the first nine months", "the six months")
_SEVERAL_QUARTERS = re.compile(r"(?i)the\s+(?:first\s+)?(?:six|nine|6|9)\s+months\b")


_YEAR_BACK_COMPARISON = re.compile(
    r"(?i)(?:from\s+)?(?:a|one)\s+year\s+(?:ago|earlier|before)|(?:the\s+)?year-(?:ago|earlier)"
)


#: a comparison with the period before: "up 0.6 percent from the previous month and up 7.8
#: percent from the same month last year" (the same month is the one reported, not the one before)
_PREVIOUS_UNIT = re.compile(r"(?i)(?:the\s+)?(?:previous|preceding|prior)\s+(?:day|week|month|quarter|year)")
_COMPARED_FROM = re.compile(r"(?i)\b(?:from|over|than|with|versus|vs\.?)\s+$")


@attrs.define
class Context:
    """What a resolver may look at: the text, the reference date and the mentions so far."""

    text: str
    reference_date: dt.date | None
    doc_id: str | None = None
    narrative: bool = False
    previous: list[TimeMention] = attrs.field(factory=list)

    def placed_before(self, mention: TimeMention) -> TimeMention | None:
        """The last mention with a granularity that ends before ``mention`` starts."""
        return next(
            (p for p in reversed(self.previous) if p.end <= mention.start and p.granularity is not None), None
        )

    def last_date(self) -> TimeMention | None:
        """The last resolved mention placed on the calendar (for anaphora). A comparison with a
        year back is no such date: in "orders rose in February from a year earlier, after
        growing in the previous month" the previous month is January; nor is one with the
        period before ("up from the previous month and from the same month last year")."""
        for mention in reversed(self.previous):
            if (
                mention.interval is not None
                and mention.type in (TimexType.DATE, TimexType.TIME)
                and not _YEAR_BACK_COMPARISON.fullmatch(mention.text)
                and not (
                    _PREVIOUS_UNIT.fullmatch(mention.text)
                    and _COMPARED_FROM.search(self.text, max(0, mention.start - 16), mention.start)
                )
            ):
                return mention
        return None

    def reporting_period(
        self, position: int, reach: int = 400, *, reported: bool = False
    ) -> TimeMention | None:
        """The fiscal quarter (or half) a business story is reporting on: the last one mentioned
        within ``reach`` characters before ``position`` that is not itself a year-back
        comparison ("a year earlier", "the year-ago quarter"). A period whose results are
        ``reported`` (compared with a year before) has begun by the reference date: a forecast
        for "the third quarter of 1990" is no reporting period in 1989 (one that has not ended
        may still be: fiscal quarters are named by the company's calendar)."""
        for mention in reversed(self.previous):
            if position - mention.end > reach:
                break
            if mention.type is TimexType.DURATION and _SEVERAL_QUARTERS.match(mention.text):
                return None  # "In the first nine months, ... in the 1988 period": no quarter in focus
            if (
                mention.granularity in (Granularity.QUARTER, Granularity.HALF)
                and mention.interval is not None
                and mention.value is not None
                and not _YEAR_BACK.search(mention.text)
                and not (
                    reported
                    and self.reference_date is not None
                    and mention.interval.start.date() > self.reference_date
                )
            ):
                return mention
        return None

    def focus_year(self) -> tuple[int, Anchor] | None:
        """The year of the last date placed, and the anchor on it ("that year", "that spring")."""
        last = self.last_date()
        if last is None or last.interval is None:
            return None
        return last.interval.start.year, self.anchor_on(last)

    def anchor_on(self, mention: TimeMention) -> Anchor:
        """The anchor that records a value counted from an earlier mention of this text."""
        return Anchor(AnchorKind.MENTION, mention.value, self.doc_id, mention.start, mention.end)

    def anchor_date(
        self, prefer_mention: bool = False, coarsest: Granularity | None = None
    ) -> tuple[dt.date, Anchor] | None:
        """The date relative expressions count from, and the anchor to record. A mention
        coarser than ``coarsest`` is no anchor: "a day earlier" after "the February trade
        surplus" counts from the reference date."""
        if prefer_mention or self.narrative:
            last = self.last_date()
            if (
                last is not None
                and last.interval is not None
                and last.value is not None
                and not (
                    coarsest is not None
                    and last.granularity is not None
                    and last.granularity.rank > coarsest.rank
                )
            ):
                anchor = self.anchor_on(last)
                return last.interval.start.date(), anchor
        if self.reference_date is None:
            return None
        return self.reference_date, Anchor(AnchorKind.REFERENCE_DATE, self.reference_date.isoformat())


@attrs.define
class Resolution:
    """A resolver's answer: the TIMEX3 attributes and how they were obtained."""

    value: str | None
    type: TimexType = TimexType.DATE
    mod: str | None = None
    anchor: Anchor = attrs.field(factory=Anchor)
    reason: str | None = None
    constraint: str | None = None
    start: int | None = None  #: narrowed extent (absolute offset), if the rule trims its match
    end: int | None = None
    #: where the interval ends (ISO day, exclusive) when it runs past the value's own unit: the
    #: value names the first day of a feast of several days ("Passover", "Ramadan")
    until: str | None = None


Resolver = Callable[[re.Match[str], Context], Resolution | None]


@attrs.frozen
class Rule:
    """One entry of the rule table."""

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    priority: int = 0  #: breaks ties between equally long matches (higher wins)
    #: a cheap pattern every match must contain; the full pattern only runs near its hits
    trigger: re.Pattern[str] | None = None
    trigger_words: frozenset[str] = frozenset()  #: lower-case words that also trigger the rule
    #: digit shapes (:data:`DIGIT_SHAPES`) that also trigger the rule
    trigger_shapes: frozenset[str] = frozenset()
    #: how far past the end of a trigger hit a match can run (``None``: the engine's window)
    tail: int | None = None
    #: how far before the start of a trigger hit a match can start (``None``: the engine's window)
    lead: int | None = None
    #: what must follow a trigger hit (matched on the lower-cased text at its end) for the
    #: rule to run near it ("two years ... ago": an unit word with "ago" or "later" after it)
    confirm: re.Pattern[str] | None = None


NEEDS_REFERENCE = "relative expression: needs a reference date"


NO_EARLIER_DATE = "anaphoric expression with no earlier date in the text"


def _unresolved(kind: TimexType = TimexType.DATE, reason: str = NEEDS_REFERENCE) -> Resolution:
    return Resolution(None, kind, reason=reason)


# --------------------------------------------------------------------------- helpers


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _weekday(word: str) -> int:
    return WEEKDAYS[word.lower().replace("’", "'").rstrip(".").removesuffix("'s").removesuffix("s")]


def _day(word: str) -> int:
    return int(re.sub(r"\D", "", word))


#: a bare month whose nearest occurrence starts or ends this close to the reference date is that one
_NEAR_MONTH_DAYS = 62
#: a tense cue this close (in characters) to a mention is the mention's own verb ("was held in June")
_OWN_CUE = 20
#: ... and a past verb as far as this is still the clause's ("which took power ... in January";
#: a farther future cue seldom moves a month just past a year ahead: "will watch the November report")
_OWN_VERB = 60


#: a month naming a futures contract ("December Nikkei 225 index futures", "the March contract")
_FORWARD_MONTH = re.compile(
    r"(?:\s+[\w\-.&]+){0,4}?\s+(?i:futures|contracts?|delivery|options)\b(?!\s+(?:was|were|signed|awarded|worth))"
)


_FORWARD_BEFORE = re.compile(r"(?i)\b(?:delivery|deliveries|futures)\s+(?:in|for)\s+$")


_MONTH_NAME_OF = re.compile(
    r"\s+(?:Revolution|War|Crisis|Manifesto|Uprising|Accords?|Agreement|Surprise|Offensive|Holiday|Massacre|"
    r"Movement|Events|Days|Coup|Election|Putsch|Rebellion|Declaration)\b"
)


#: statistics of a period, named before it ("sales figures for March", "data for May")
_FIGURES_FOR = re.compile(
    r"(?i)\b(?:figures|data|numbers|statistics|results|readings?|payrolls|report)\s+for\s+(?:the\s+month\s+of\s+)?$"
)


def _place_month(
    month: int, ctx: Context, start: int, end: int, day: int | None = None
) -> tuple[int, Anchor] | None:
    """The year of a month (and day) given without one.

    Within ten days of the reference date the calendar wins ("on December 3" in a December 2
    article); otherwise the tense of the clause picks the side, within about ten months
    for a dated day (further than that, the nearest occurrence is likelier); without tense
    the nearest occurrence wins, the past slightly preferred.
    """
    base = ctx.anchor_date()
    if base is None:
        return None
    ref, anchor = base
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append(dt.date(year, month, day or 1))
        except ValueError:
            continue
    if not candidates:
        return None

    def distance(c: dt.date) -> float:
        days = (c - ref).days
        return days * 1.3 if days > 0 else -days

    if day is None:
        if ref.month == month:
            return ref.year, anchor
        candidates_month = candidates

        def gap(c: dt.date) -> int:  # days between the reference date and that month
            return max((c - ref).days, (ref - add_months(c, 1)).days + 1, 0)

        near = min(candidates_month, key=gap)
        if _FIGURES_FOR.search(ctx.text, max(0, start - 40), start):
            # "retail sales figures for March are due next Friday": statistics are of a month begun
            return max(c for c in candidates_month if c <= ref).year, anchor
        if _FORWARD_MONTH.match(ctx.text, end) or _FORWARD_BEFORE.search(ctx.text, max(0, start - 24), start):
            # a futures contract month is ahead: "the near-term December Nikkei 225 futures"
            return min((c for c in candidates_month if add_months(c, 1) > ref), key=gap).year, anchor
        sign, cue_distance, reporting = tense_cue(ctx.text, start, end)
        if gap(near) <= _NEAR_MONTH_DAYS and (
            sign == 0
            or cue_distance > (_OWN_VERB if sign < 0 and not reporting else _OWN_CUE)
            or (near > ref) == (sign > 0)
        ):
            # a month next to the reference one is that month unless its own verb says otherwise
            # (a reporting verb further away is the report's: "said it would pay in January")
            return near.year, anchor
        if sign > 0:
            pool = [c for c in candidates_month if c > ref]
        elif sign < 0:
            pool = [c for c in candidates_month if c <= ref]
        else:
            pool = candidates_month
        best = min(pool or candidates_month, key=distance)
        return best.year, anchor
    if names_past_event(ctx.text, start, end):
        # an attack or a crash named by its date is the last one, however near the date ahead or
        # far the one back ("the Jan. 6 attack", "the December 26 tsunami" in a December 20 article)
        past = [c for c in candidates if c <= ref]
        if past:
            return max(past).year, anchor
    nearest = min(candidates, key=lambda c: (abs((c - ref).days), c > ref))
    if abs((nearest - ref).days) <= 10:
        return nearest.year, anchor
    sign = direction(ctx.text, start, end)
    horizon = 300
    if sign > 0:
        pool = [c for c in candidates if ref <= c and (c - ref).days <= horizon]
    elif sign < 0:
        pool = [c for c in candidates if c <= ref and (ref - c).days <= horizon]
    else:
        pool = candidates
    best = min(pool or candidates, key=distance)
    return best.year, anchor


_EXPLICIT_DAY = re.compile(rf"({MONTH})\s+({DAYNUM})|({DAYNUM})\s+({MONTH})")
_WEEKDAY_ONLY = re.compile(rf"({WEEKDAY})")
_LEADING_WEEKDAY = re.compile(rf"^{WEEKDAY},?\s+(?={MONTH})")
_MONTH_DAY_YEAR = re.compile(rf"({MONTH})\s+({DAYNUM})(?:,?\s+({YEAR}))?")


#: what was set for a day ("a strike for Thursday was called"), unlike what happened to it
_PASSIVE_SOON_AFTER = r"[^.;]{0,40}?\b(?:was|were|(?:has|have|had)\s+been)\s+"
_ANNOUNCED = re.compile(
    _PASSIVE_SOON_AFTER
    + r"(?:called|announced|set|scheduled|planned|proposed|declared|fixed|slated|organi[sz]ed)\b",
    re.IGNORECASE,
)


#: ... but what was called off is told in the past ("planned for Saturday was canceled")
_CALLED_OFF = re.compile(
    _PASSIVE_SOON_AFTER + r"(?:canceled|cancelled|postponed|called\s+off|scrapped|dropped|delayed|moved)\b",
    re.IGNORECASE,
)
_ANNOUNCED_BEFORE = re.compile(
    r"\b(?:called|announced|set|scheduled|planned|proposed|declared|fixed|slated|organi[sz]ed)\s+"
    r"(?:[\w'’-]+\s+){0,5}for\s+$",
    re.IGNORECASE,
)


_WEEKDAY_RANGE_START = re.compile(rf"({WEEKDAY})\s*(?:through|thru|to|until|till|-|–)\s*$")


#: a market's result for a day exists only once the day is over: "Thursday's close",
#: "Friday's closing price", "Monday's slump" (after the possessive)
_MARKET_RESULT = re.compile(
    r"(?i)(?:['’]s)?\s+(?:close|closing|finish|gains?|loss(?:es)?|rally|slump|plunge|sell-?off|drop|decline)\b"
)


#: a market's result before the day it is of ("the closing price on Friday")
_MARKET_RESULT_BEFORE = re.compile(
    r"(?i)(?:['’]s|\bthe|\bits|\btheir)\s+(?:(?:closing|last|final)\s+(?:price|level|value|bell)|close|final\s+close|last\s+close)"
    r"\s+(?:on|of)\s+$"
)
#: between two days named in a row: "Sunday night and Monday", "Friday or Saturday"
_DAYS_COORDINATED = re.compile(r"\s*,?\s+(?:and|or)\s+(?:on\s+)?")
#: between a day of a report and a day it looks ahead to, a future in the past ("said late on
#: Friday that the pipeline would not restart as planned on Saturday")
_FUTURE_IN_PAST = re.compile(
    r"\bthat\b[^.;:!?\"“”]*\b(?:would|(?:was|were)\s+(?:due|set|scheduled|expected|going|supposed)\s+to)\b"
)


def _place_weekday(
    weekday: int, ctx: Context, start: int, end: int, modifier: str | None
) -> tuple[dt.date, Anchor] | None:
    base = ctx.anchor_date()
    if base is None:
        return None
    ref, anchor = base
    if modifier is not None and modifier.lower() == "following":
        modifier = None  # "following Tuesday's raid": the preposition (after), not "the following Tuesday"
    modifier = (modifier or "").lower().split()[-1] if modifier else ""
    if modifier in ("previous", "following"):
        # "the previous Friday", "the following Monday": counted from the day in focus, the
        # last date the text placed (else the reference date)
        last = ctx.last_date()
        if last is not None and last.interval is not None and last.value is not None:
            ref = last.interval.start.date()
            anchor = ctx.anchor_on(last)
    delta = weekday - ref.isoweekday()
    if modifier == "last" or modifier == "past" or modifier == "previous":
        back = (ref.isoweekday() - weekday) % 7 or 7
        return ref - dt.timedelta(days=back), anchor
    if modifier in ("next", "coming", "following"):
        ahead = (weekday - ref.isoweekday()) % 7 or 7
        return ref + dt.timedelta(days=ahead), anchor
    if modifier == "this":
        return ref + dt.timedelta(days=delta), anchor
    # weekday agreeing with an explicit date in the same sentence ("Tuesday's meeting on December 3")
    window = ctx.text[end : min(len(ctx.text), end + 60)]
    stop = _SENTENCE_END.search(window)
    window = window[: stop.start()] if stop else window
    explicit = _EXPLICIT_DAY.search(window)
    if explicit:
        month_word = explicit.group(1) or explicit.group(4)
        day_word = explicit.group(2) or explicit.group(3)
        for candidate in (ref + dt.timedelta(days=d) for d in range(-6, 7)):
            if (
                candidate.isoweekday() == weekday
                and candidate.month == _month(month_word)
                and candidate.day == _day(day_word)
            ):
                return candidate, anchor
    back = (ref.isoweekday() - weekday) % 7
    ahead = (weekday - ref.isoweekday()) % 7
    if back == 0:
        return ref, anchor
    sign, cue_distance, _ = tense_cue(ctx.text, start, end)
    first = _WEEKDAY_RANGE_START.search(ctx.text, max(0, start - 30), start)
    last = ctx.last_date()
    if (
        last is not None
        and last.interval is not None
        and (
            # "Thursday through Saturday": the end of a range of days is the first such day after its start
            (first is not None and last.end == first.end(1))
            # "inland Sunday night and Monday" (Sunday being today or ahead, no past tense): days
            # named in a row from today on follow one another
            or (
                last.granularity is not None
                and last.granularity.rank <= Granularity.DAY.rank
                and last.interval.start.date() >= ref
                and sign >= 0
                and _DAYS_COORDINATED.fullmatch(ctx.text, last.end, start) is not None
            )
        )
    ):
        day = last.interval.start.date()
        ahead = (weekday - day.isoweekday()) % 7 or 7
        return day + dt.timedelta(days=ahead), ctx.anchor_on(last)
    possessive = ctx.text[start:end].endswith(("'s", "’s")) or ctx.text.startswith(("'s", "’s"), end)
    if _MARKET_RESULT_BEFORE.search(ctx.text, max(0, start - 40), start):
        sign = -1  # "a premium to its closing price on Friday": a market's result is in
    if (
        re.search(r"\bfor\s+$", ctx.text[max(0, start - 5) : start])
        and not possessive
        and (
            sign >= 0
            or _ANNOUNCED.match(ctx.text, end)
            or _ANNOUNCED_BEFORE.search(ctx.text, max(0, start - 60), start)
        )
        and not _CALLED_OFF.match(ctx.text, end)
    ):
        sign = 1  # "a strike for Thursday (was called)": what is set for a day is ahead
    if possessive and _MARKET_RESULT.match(ctx.text, end) and not (sign > 0 and 0 <= cue_distance <= 1):
        # "a premium over Thursday's closing price", "will open after Friday's sell-off": a
        # market's result is in (but not a race's the cue right before looks ahead to: "heading
        # into Saturday's finish")
        sign = -1
    if (
        sign > 0
        and last is not None
        and last.interval is not None
        and last.granularity is not None
        and last.granularity.rank <= Granularity.DAY.rank
        and last.interval.start.date() < ref
        and start - last.end <= 160
        and _SENTENCE_END.search(ctx.text, last.end, start) is None
        and _FUTURE_IN_PAST.search(ctx.text, last.end, start)
    ):
        # what a past report said would happen: the first such day after the report's
        day = last.interval.start.date()
        return day + dt.timedelta(days=(weekday - day.isoweekday()) % 7 or 7), ctx.anchor_on(last)
    if sign > 0:
        return ref + dt.timedelta(days=ahead), anchor
    if sign < 0:
        return ref - dt.timedelta(days=back), anchor
    if ahead < back:
        return ref + dt.timedelta(days=ahead), anchor
    return ref - dt.timedelta(days=back), anchor


def _count(word: str | None) -> int | None:
    """Number of units, ``None`` for vague quantities ("several", "a few")."""
    if word is None:
        return 1
    w = " ".join(word.lower().split())
    if w in VAGUE_NUMBERS:
        return None
    if w == "another":
        return 1
    if re.fullmatch(r"\d+(\.\d+)?\s+1/2", w):
        return None
    if re.fullmatch(r"\d+\.\d+", w):
        return None
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", w):
        return int(w.replace(",", ""))  # "1,000 days"
    return number_value(w)


def _unit(word: str) -> tuple[str, str]:
    w = word.lower()
    if w.endswith("ies"):
        w = w[:-3] + "y"
    w = w.removesuffix("s")
    return UNIT_WORDS[w]


def _duration(amount: int | None, unit_word: str) -> str:
    unit, letter = _unit(unit_word)
    n = "X" if amount is None else str(amount)
    if unit == "decade":
        # a count of decades is years; "decades" is "some years" as TimeBank and MEANTIME annotate it
        return f"P{n}0Y" if amount is not None else "PXY"
    if unit == "century":
        return f"P{n}00Y" if amount is not None else "PXCE"
    if unit == "weekend":
        return f"P{n}WE"
    if unit == "fortnight":  # two weeks each
        return f"P{amount * 2}W" if amount is not None else "PXW"
    if unit == "quarter":  # ISO 8601 durations have no quarters: three months each
        return f"P{amount * 3}M" if amount is not None else "PXM"
    if unit in ("hour", "minute", "second"):
        return f"PT{n}{letter}"
    return f"P{n}{letter}"


def _granularity_value(day: dt.date, unit: str) -> str:
    granularity = UNIT_GRANULARITY.get(unit, Granularity.DAY)
    if granularity in (Granularity.HOUR, Granularity.MINUTE):
        granularity = Granularity.DAY
    return value_of(day, granularity)


# --------------------------------------------------------------------------- resolvers


def _absolute(value: str, kind: TimexType = TimexType.DATE) -> Resolution:
    return Resolution(value, kind)


def r_iso(m: re.Match[str], ctx: Context) -> Resolution | None:
    year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
    dt.date(year, month, day)  # validates
    if m["h"]:
        return _absolute(f"{year:04d}-{month:02d}-{day:02d}T{m['h']}:{m['mi']}", TimexType.TIME)
    return _absolute(f"{year:04d}-{month:02d}-{day:02d}")


def r_numeric(m: re.Match[str], ctx: Context) -> Resolution | None:
    if m["eu_d"]:  # "03.12.2024": the dotted form is day.month.year
        day, month, year = int(m["eu_d"]), int(m["eu_m"]), int(m["eu_y"])
        dt.date(year, month, day)
        return _absolute(f"{year:04d}-{month:02d}-{day:02d}")
    a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
    if year < 100:
        year += 1900 if year >= 50 else 2000
    month, day = (a, b) if a <= 12 else (b, a)
    dt.date(year, month, day)
    return _absolute(f"{year:04d}-{month:02d}-{day:02d}")


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def r_date(m: re.Match[str], ctx: Context) -> Resolution | None:
    """Month + day (+ year), in any order, with an optional leading weekday."""
    month = _month(m["mon"] or m["mon2"] or m["mon3"])
    day = _day(m["day"] or m["day2"] or m["day3"])
    if m["mon3"] and m["tail"] and m["tail"][0].islower():
        return None  # "December, 3 people"
    in_year = _IN_YEAR.match(ctx.text, m.end()) if not m["year"] and not m["rely"] else None
    year_text = m["year"] or (in_year[1] if in_year is not None else None)
    if year_text:
        # "December 3, 2024"; "April 20 in 2025" (the year keeps its own mention)
        year = int(year_text)
        dt.date(year, month, day)
        return _absolute(f"{year:04d}-{month:02d}-{day:02d}")
    base = ctx.anchor_date()
    if m["mdrel"] and base is not None:  # "last Oct. 23", "next March 3"
        ref, anchor = base
        rel = m["mdrel"].lower()
        options = [
            dt.date(y, month, day) for y in (ref.year - 1, ref.year, ref.year + 1) if _valid(y, month, day)
        ]
        if rel == "last":
            options = [d for d in options if d < ref]
            chosen = max(options) if options else None
        elif rel == "next":
            options = [d for d in options if d > ref]
            chosen = min(options) if options else None
        else:
            chosen = dt.date(ref.year, month, day) if _valid(ref.year, month, day) else None
        if chosen is not None:  # (the extent is the date, as TimeBank marks "last [Oct. 23]")
            return Resolution(chosen.isoformat(), anchor=anchor, start=m.start("mon"))
    if m["rely"] and base is not None:  # "Jan. 15 next year"
        ref, anchor = base
        year = ref.year + _UNIT_OFFSET[m["rely"].split()[0].lower()]
        dt.date(year, month, day)
        return Resolution(f"{year:04d}-{month:02d}-{day:02d}", anchor=anchor)
    dated_end = _RANGE_END_DATE.match(ctx.text, m.end())
    if dated_end is not None:
        # "from May 1 to October 31, 2010": the start takes the year of the end
        end_month = _month(dated_end["mon"] or dated_end["mon2"])
        end_day = _day(dated_end["day"] or dated_end["day2"])
        end_year = int(dated_end["year"] or dated_end["year2"])
        if _valid(end_year, end_month, end_day):
            year = end_year if (month, day) <= (end_month, end_day) else end_year - 1
            if _valid(year, month, day):
                end_value = f"{end_year:04d}-{end_month:02d}-{end_day:02d}"
                anchor = Anchor(
                    AnchorKind.MENTION, end_value, ctx.doc_id, dated_end.start("date"), dated_end.end()
                )
                return Resolution(f"{year:04d}-{month:02d}-{day:02d}", anchor=anchor)
    named = _named_date_event(month, day, ctx, m.end())
    if named is not None:
        return named
    placed = _place_month(month, ctx, m.start(), m.end(), day)
    if placed is None:
        return Resolution(f"XXXX-{month:02d}-{day:02d}", reason=NEEDS_REFERENCE)
    year, anchor = placed
    if m["wdp"] and ctx.reference_date is not None:
        # "Tuesday 4 March": the weekday says which year
        year = _weekday_year(year, month, day, _weekday(m["wdp"]), ctx.reference_date)
    dt.date(year, month, day)
    return Resolution(f"{year:04d}-{month:02d}-{day:02d}", anchor=anchor)


#: the dated end of a range after a date without a year ("May 1 to October 31, 2010")
_RANGE_END_DATE = re.compile(
    rf"\s*(?:to|through|until|till|and|[-–—])\s*(?P<date>(?P<mon>{MONTH})\s+(?P<day>{DAYNUM}),?\s+(?P<year>{YEAR})"
    rf"|(?P<day2>{DAYNUM})\s+(?P<mon2>{MONTH}),?\s+(?P<year2>{YEAR}))\b"
)


#: :data:`DATE_NAMED_EVENTS` with their nouns compiled: what may follow the day
_NAMED_DAYS = {
    (month, day): (
        dt.date(year, month, day),
        name,
        re.compile(rf"(?:['’]s)?,?\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\b"),
    )
    for month, day, year, name, nouns in DATE_NAMED_EVENTS
}


def _named_date_event(month: int, day: int, ctx: Context, end: int) -> Resolution | None:
    """The day of an event known by its date ("the Sept. 11 attacks" in 2011 is 2001-09-11),
    anchored to that gazetteer entry; ``None`` for any other day or before that event."""
    known = _NAMED_DAYS.get((month, day))
    if known is None:
        return None
    date, name, nouns = known
    return _named_day(date, name, ctx) if nouns.match(ctx.text, end) else None


def _named_day(date: dt.date, name: str, ctx: Context) -> Resolution | None:
    """That event's day, anchored to its entry, once the reference date is past it."""
    base = ctx.anchor_date()
    if base is not None and base[0] <= date:
        return None
    return Resolution(date.isoformat(), anchor=Anchor(AnchorKind.GAZETTEER, name))


def r_nine_eleven(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "9/11": the September 11 attacks, once they have happened."""
    date, name, _nouns = _NAMED_DAYS[(9, 11)]
    return _named_day(date, name, ctx)


def r_date_range(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "December 3-4", "3-4 December 2024": a compact range is one mention with its interval.

    A range in words ("December 3 to 5", "between 1994 and 1997") is two mentions, one per
    endpoint, as TimeML annotates it; a bare second day takes its month from the first
    (rule ``day_continuation``)."""
    month = _month(m["mon"] or m["mon2"])
    first, last = _day(m["d1"] or m["d3"]), _day(m["d2"] or m["d4"])
    if last <= first:
        return None
    if m["year"]:
        year, anchor = int(m["year"]), Anchor()
    else:
        placed = _place_month(month, ctx, m.start(), m.end(), first)
        if placed is None:
            return Resolution(f"XXXX-{month:02d}", reason=NEEDS_REFERENCE)
        year, anchor = placed
    start, end = dt.date(year, month, first), dt.date(year, month, last) + dt.timedelta(days=1)
    return Resolution(f"RANGE:{start.isoformat()}/{end.isoformat()}", anchor=anchor)


_WEEK_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


def r_week_of_month(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "the first week of October (2005)", "the last week of next month": the ISO week that
    holds the middle of those seven days (the 4th, 11th, … of the month, or the fourth-last)."""
    anchor = Anchor()
    if m["wmon"] or m["wmon2"]:
        return _week_of_date(m, ctx)
    if m["year"]:
        year, month = int(m["year"]), _month(m["mon"])
    else:
        base = ctx.anchor_date()
        if base is None:
            return _unresolved()
        ref, anchor = base
        if m["rel"]:
            first = add_months(dt.date(ref.year, ref.month, 1), _UNIT_OFFSET[m["rel"].lower()])
            year, month = first.year, first.month
        else:
            month = _month(m["mon"])
            placed = _place_month(month, ctx, m.start(), m.end())
            if placed is None:
                return _unresolved()
            year, anchor = placed
    n = _WEEK_ORDINALS[m["ord"].lower()]
    if n > 0:
        middle = dt.date(year, month, 7 * (n - 1) + 4)
    else:
        middle = add_months(dt.date(year, month, 1), 1) - dt.timedelta(days=4)
    iso_year, week, _ = middle.isocalendar()
    return Resolution(f"{iso_year:04d}-W{week:02d}", anchor=anchor)


def _week_of_date(m: re.Match[str], ctx: Context) -> Resolution | None:
    month, day = _month(m["wmon"] or m["wmon2"]), _day(m["wday"] or m["wday2"])
    if m["wyear"]:
        year, anchor = int(m["wyear"]), Anchor()
    else:
        placed = _place_month(month, ctx, m.start(), m.end(), day)
        if placed is None:
            return _unresolved()
        year, anchor = placed
    iso_year, week, _ = dt.date(year, month, day).isocalendar()
    return Resolution(f"{iso_year:04d}-W{week:02d}", anchor=anchor)


def r_month_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    month = _month(m["mon"])
    return _absolute(f"{int(m['year']):04d}-{month:02d}")


#: a period that ends with the month after it: "the 12 months to last March"
_PERIOD_END_BEFORE = re.compile(r"(?i)\b(?:to|through|until|till|ended|ending)\s+$")


def r_month(m: re.Match[str], ctx: Context) -> Resolution | None:
    """A bare month, or "last/next/this May", or "September last year", or "February's storms"."""
    res = _month_value(m, ctx)
    if res is not None and m["poss"] and not m["rely"]:
        res.end = m.end("mon")  # the month without its "'s"
    return res


def _month_value(m: re.Match[str], ctx: Context) -> Resolution | None:
    word = m["mon"]
    if word in ("May", "March") and not (m["rel"] or m["rely"]):
        # "May" and "March" need support: a preposition before, or a following year/day
        before = ctx.text[max(0, m.start() - 24) : m.start()]
        after = ctx.text[m.end() : m.end() + 24]
        supported = re.search(
            r"\b(?i:in|since|until|till|by|from|during|through|before|after|early|late|mid|for"
            r"|(?:end|beginning|middle|start|close|half|part|rest|month|weeks?|days?)\s+of)\W*$",
            before,
        ) or re.search(rf"(?:{_MONTH_FULL})\s+(?:and|or|to|through)\s+$", before)
        supported = supported or re.search(
            r"(?i)\bas\s+(?:early|late|soon)\s+as\s+$", before
        )  # "as early as March"
        # "the year to March": after "to", a capital March is the month (the verb is "to march";
        # "to May" may be a person)
        if not supported and word == "March":
            supported = re.search(r"\bto\s+$", before)
        supported = supported or re.match(rf"\s+(?:and|or|to|through)\s+(?:{_MONTH_FULL})\b", after)
        if not supported:
            return None
    if word.isupper() and len(word) > 3 and not m["rel"]:
        return None
    if not m["rel"] and _MONTH_NAME_OF.match(ctx.text, m.end()):
        return None  # a name: "the October Revolution", "the Great October Holiday"
    if (
        len(word) <= 4
        and not word.endswith(".")
        and word.lower() not in ("may", "june", "july")
        and not m["rel"]
    ):
        return None  # "Jan", "Sept" alone are names or noise; "Jan. 6" is caught by month_day
    month = _month(word)
    rel = _rel(m).split()[-1] if m["rel"] else ""  # "this past October": past
    base = ctx.anchor_date()
    if base is None:
        if rel or m["rely"]:
            return _unresolved()
        return Resolution(f"XXXX-{month:02d}", reason=NEEDS_REFERENCE)
    ref, anchor = base
    if m["rely"]:
        words = m["rely"].lower().split()
        if words[0] in ("that", "the"):
            # "in September that year", "March of the following year": the year in focus
            focus = ctx.focus_year()
            if focus is None:
                return Resolution(None, reason=NO_EARLIER_DATE)
            year = focus[0] + _UNIT_OFFSET.get(words[1], 0)
            return Resolution(f"{year:04d}-{month:02d}", anchor=focus[1])
        offset = _UNIT_OFFSET[words[0]]
        return Resolution(f"{ref.year + offset:04d}-{month:02d}", anchor=anchor)
    if rel in ("last", "past", "previous"):
        year = ref.year if month < ref.month else ref.year - 1
        if (
            rel == "last"
            and (ref.month - month) % 12 == 1
            and not _PERIOD_END_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
        ):
            # the month just past is "last month": "launched talks last October" in a November
            # article is a year earlier (but "the 12 months to last March" in April ends then)
            year -= 1
    elif rel in ("next", "coming"):
        year = ref.year if month > ref.month else ref.year + 1
        if rel == "next" and (month - ref.month) % 12 == 1:
            # ... and the month just ahead is "next month": "a summit in Vilnius next July" in a
            # June article is a year later
            year += 1
    elif rel == "this":
        year = ref.year
    elif (
        m["poss"]
        and not m["rely"]
        and ((ref.month - month) % 12 <= 2 or direction(ctx.text, m.start(), m.end()) <= 0)
    ):
        # "February's accounts", "March's figures": a month that has begun, the latest one
        # (unless it began long ago and the clause looks ahead: "will run in April's election")
        year = ref.year if month <= ref.month else ref.year - 1
    else:
        first = _range_start(ctx, m.start())
        if first is not None and first.value is not None:
            # the end of a range in words ("between May and July"): the first such month after its start
            start_year, start_month = int(first.value[:4]), int(first.value[5:7])
            year = start_year if month > start_month else start_year + 1
            anchor = ctx.anchor_on(first)
            return Resolution(f"{year:04d}-{month:02d}", anchor=anchor)
        dated_end = _RANGE_END_YEAR.match(ctx.text, m.end())
        if dated_end is not None:
            # "from January to September 2006": the start takes the year of the end
            end_month, end_year = _month(dated_end.group(1)), int(dated_end.group(2))
            year = end_year if month <= end_month else end_year - 1
            return Resolution(f"{year:04d}-{month:02d}", anchor=Anchor())
        frame = year_frame(ctx, m.start(), m.end())
        if frame is not None and frame.value is not None:
            # "In 2019, the bank cut rates in March": the month of the year that frames it
            return Resolution(f"{frame.value}-{month:02d}", anchor=ctx.anchor_on(frame))
        partner = _RANGE_END.match(ctx.text, m.end())
        if partner is not None and direction(ctx.text, m.start(), partner.end()) == 0:
            # the start of a range in words ("from January to September"): place the range as a
            # whole, by where its end falls, so that it does not straddle the reference date
            end_month = _month(partner.group(1))
            end_placed = _place_month(end_month, ctx, partner.start(1), partner.end(1))
            assert end_placed is not None
            year = end_placed[0] if month <= end_month else end_placed[0] - 1
            return Resolution(f"{year:04d}-{month:02d}", anchor=anchor)
        placed = _place_month(month, ctx, m.start(), m.end())
        assert placed is not None
        year = placed[0]
    return Resolution(f"{year:04d}-{month:02d}", anchor=anchor)


_RANGE_END = re.compile(rf"\s*(?:to|through|until|till|and|[-–])\s*({_MONTH_FULL})\b(?!\s*\d)", re.IGNORECASE)
#: before a year that is no frame for what follows: a comparison, a range, a name ("than in 2019",
#: "the 2019 election"; "since" further back: :data:`_SINCE_NEAR`)
_YEAR_NOT_FRAME = re.compile(
    r"(?i)\b(?:than(?:\s+in)?|from|before|after|until|till|by|to|through|between|and|or|of|the|an?|his|her|its|their|our|fiscal)\s+$"
)
#: "since its launch in 2003": a year of comparison
_SINCE_NEAR = re.compile(r"(?i)\bsince\b")
#: another clause between a year and a month ("in 2003 and that as of February")
_CLAUSE_LINK = re.compile(r"(?i)\b(?:and|but|that|which|who|while|whereas|when)\b")
#: how far after a year a month or a season may be framed by it
_YEAR_FRAME_REACH = 80


def year_frame(ctx: Context, start: int, end: int) -> TimeMention | None:
    """The year that frames a month, a season or a holiday named without one: the mention just
    before it in the same sentence, if that is a year ("In 2019, the bank cut rates in March",
    "last year, in March and May") and the clause's tense does not contradict it."""
    last = next((p for p in reversed(ctx.previous) if p.type in (TimexType.DATE, TimexType.TIME)), None)
    if (
        last is None
        or last.type is not TimexType.DATE
        or last.granularity is not Granularity.YEAR
        or last.value is None
        or not last.value.isdigit()
        or start - last.end > _YEAR_FRAME_REACH
        or _SENTENCE_END.search(ctx.text, last.end, start) is not None
        or _YEAR_NOT_FRAME.search(ctx.text, max(0, last.start - 12), last.start)
        or _SINCE_NEAR.search(ctx.text, max(0, last.start - 30), last.start)
        or _CLAUSE_LINK.search(ctx.text, last.end, start)
        or ctx.text.startswith(("'s", "’s"), last.end)
        or ctx.reference_date is None
    ):
        return None
    year, ref_year = int(last.value), ctx.reference_date.year
    if year != ref_year:
        sign = direction(ctx.text, start, end)
        if (year < ref_year and sign > 0) or (year > ref_year and sign < 0):
            return None
    return last


_RANGE_END_YEAR = re.compile(
    rf"\s*(?:to|through|until|till|and|[-–])\s*({_MONTH_FULL}),?\s+({YEAR})\b", re.IGNORECASE
)
_RANGE_GAP = re.compile(r"\s*(?:and|to|through|until|till|[-–—])\s*", re.IGNORECASE)


def _range_start(ctx: Context, start: int) -> TimeMention | None:
    """The month-level mention this one continues as the end of a range in words, if any."""
    if not ctx.previous:
        return None
    last = ctx.previous[-1]
    if (
        last.granularity is Granularity.MONTH
        and last.value is not None
        and re.fullmatch(r"\d{4}-\d\d", last.value)
        and _RANGE_GAP.fullmatch(ctx.text, last.end, start)
    ):
        return last
    return None


#: what makes a four-digit number no year: part of a longer number, or a count of something
_NUMBER_DASH_BEFORE = re.compile(r"\d\s*[-–]$")
_NUMBER_GOES_ON = re.compile(r"\s*(?:[-–]\s*\d|,\d|\.\d|:\d)")
_COUNTED_NOUN_AFTER = re.compile(
    r"\s+(?:troops|people|persons|members|soldiers|votes|voters|units|km|kilometers|kilometres|miles|metres|meters|"
    r"feet|tons|tonnes|points|times|cases|copies|jobs|workers|employees|dollars|euros|pounds|deaths|casualties|"
    r"refugees|residents|students|children|men|women|cars|vehicles|homes|houses|acres|barrels|shares|pages|words|"
    r"seats|patients|delegates|participants|police|officers|rounds|pieces|items|households|families|staff|"
    r"beds|people|flights|passengers|companies|firms|schools|teachers|doctors|nurses|tickets|games|"
    r"of\s+(?:the|them|these|those|its|their))\b"
)
_TIME_PREPOSITION_BEFORE = re.compile(r"(?i)\b(?:in|since|until|before|after|during)\s+$")


def r_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    before = ctx.text[max(0, m.start() - 5) : m.start()]
    after = ctx.text[m.end() : m.end() + 24]
    if (
        before.endswith(("$", "#", "£", "€", "No. "))
        or _NUMBER_DASH_BEFORE.search(before)
        or _NUMBER_GOES_ON.match(after)
    ):
        return None
    if _COUNTED_NOUN_AFTER.match(after) and not (
        # "the suspension in 2002 of the Assembly": a year after a preposition of time
        after.lstrip().startswith("of the ")
        and _TIME_PREPOSITION_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
    ):
        return None
    if re.match(r"\s*(?:MAX\b|GMT\b|UTC\b|[A-Z]{1,3}T\b)", after) or (
        re.match(r"\s*[A-Z]{2,}\b", after)
        and not re.match(r"\s*(?:BC|AD|BCE|CE)\b", after)
        and _PRODUCT_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
    ):
        # a model name: "Windows 2000 XP", "737 MAX"; a clock time: "2000 GMT" (but "the 2006 FIFA
        # World Cup", "in 1994 CATIC" are years)
        return None
    if re.match(
        r"\s+(?:[A-Z][a-z]+\s+)?(?:Avenue|Street|Road|Boulevard|Lane|Drive|Place|Ave|St|Rd|Blvd)\b", after
    ):
        return None  # a street number: "1600 Pennsylvania Avenue"
    name = re.search(r"\b([A-Z][A-Za-z]+)\s+$", ctx.text[max(0, m.start() - 30) : m.start()])
    if name and name.group(1).lower() in _YEAR_NAMES:
        return None  # a year inside a name: "Vision 2030", "Agenda 2030", "Euro 2024"
    named = _THE_YEAR_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
    # "the year 2006", "the year of 2002": one expression
    return Resolution(f"{int(m['y']):04d}", start=named.start() if named else None)


#: a capitalised word right before a number (not at a sentence start): a product's name
_PRODUCT_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w-]*\s+$")
_THE_YEAR_BEFORE = re.compile(r"\b[Tt]he\s+year\s+(?:of\s+)?$")


#: capitalised words that make a following year part of a name, not a date
_YEAR_NAMES = frozenset(
    ["vision", "agenda", "euro", "expo", "horizon", "windows", "office", "project", "plan", "strategy",
     "operation", "cop", "class", "version", "model", "route", "flight", "highway", "interstate",
     "resolution", "article", "section", "chapter", "title", "rule", "paragraph", "clause", "bill", "law", "act",
     "room", "suite", "gate", "platform", "pier", "terminal", "building", "block", "lot", "unit", "no"]
)  # fmt: skip


#: a decade of someone's life is an age: "in his 30s", "in their early 20s and 30s"
_AGE_DECADE_BEFORE = re.compile(
    r"(?i)\b(?:his|her|their|my|your|our|one's)\s+(?:(?:early|mid|late)[-\s]+)?(?:\d0['’]?s\s+(?:and|or|to)\s+)?$"
)


_READING_BAND_BEFORE = re.compile(r"(?i)\b(?:upper|lower|high|low)[-\s]+$")


_READINGS_BEFORE = re.compile(
    r"(?i)\b(?:temperatures?|highs|lows|degrees|mercury|thermometers?|readings|wind\s+chills?)\b[^.;!?]*$"
)


def r_decade(m: re.Match[str], ctx: Context) -> Resolution | None:
    digits = m["dec"]
    if len(digits) == 2 and _AGE_DECADE_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
        return None
    if len(digits) == 2 and _READING_BAND_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None  # "lows in the upper 60s", "the low 90s": a band of readings (degrees, a score)
    if len(digits) == 2 and _READINGS_BEFORE.search(ctx.text, max(0, m.start() - 80), m.start()):
        return None  # "temperatures to climb into the 60s", "highs in the 70s"
    if len(digits) == 4 and digits.endswith("00") and digits[:2] in ("15", "16", "17", "18", "19"):
        return _absolute(digits[:2])  # "the 1800s": the century (the 2000s stay a decade)
    if len(digits) == 4:
        return _absolute(digits[:3])
    base = ctx.reference_date
    century = "19" if base is None or int(digits) > (base.year % 100) else f"{base.year // 100:02d}"
    return _absolute(f"{century}{digits[0]}")


def r_century(m: re.Match[str], ctx: Context) -> Resolution | None:
    n = ORDINALS.get(m["ord"].lower())
    if n is None:
        return None
    return _absolute(f"{n - 1:02d}")


_VERB_BEFORE = re.compile(r"\b(?i:to|will|would|could|can|may|might|did|does|do)\s+$")
_VERB_OBJECT = re.compile(r"\s+(?i:a|an|the|this|that|his|her|its|their|our|my|your|up|into|back|forth)\b")
_FALL_OF = re.compile(r"\s+(?i:of|in|from|to|by|on)\b")


#: a capitalised word before a capitalised season names it ("the Prague Spring", "Arab Spring"),
#: unless it is a sentence start or a word of time ("Last Spring", "In Winter")
_NAME_BEFORE = re.compile(
    r"(?<![.!?\n]\s)(?<!^)\b(?!(?:In|By|Since|Until|Last|Next|This|The|Early|Late|Mid|During|Every|Each|Through|"
    r"From|That|Of|And|Or|Before|After|For|At|On|Past|Coming|Previous|Upcoming)\b)[A-Z][a-z]+\s+$"
)


_YEARS_SEASON = re.compile(r"\b(?:(?P<rel>(?i:this|last|next))\s+(?i:year)|(?P<y>(?:19|20)\d\d))['’]s\s+$")
_SEASON_GAMES = re.compile(r"\s+(?:Olympics?|Olympiad|Paralympics?|Games|Universiade|X\s+Games)\b")


def r_season(m: re.Match[str], ctx: Context) -> Resolution | None:
    code = SEASONS[m["season"].lower()]
    if m["year"]:
        return _absolute(f"{int(m['year']):04d}-{code}")
    if m["rely"]:
        # "the autumn of that year", "the spring of the following year": the year in focus
        focus = ctx.focus_year()
        if focus is None:
            return Resolution(None, reason=NO_EARLIER_DATE)
        year = focus[0] + _UNIT_OFFSET.get(m["rely"].lower().split()[1], 0)
        return Resolution(f"{year:04d}-{code}", anchor=focus[1])
    rel = _rel(m)
    if m["season"].lower() == "fall" and rel in ("", "the") and _FALL_OF.match(ctx.text, m.end()):
        return None  # "the fall of Saddam", "the fall in prices": a noun, no season
    if m["season"].lower() == "fall" and not rel:
        return None
    if _SEASON_GAMES.match(ctx.text, m.end()):
        return None  # "the 2008 summer Olympics", "winter Games": a name
    owner = _YEARS_SEASON.search(ctx.text, max(0, m.start() - 16), m.start()) if not rel else None
    if owner is not None:
        # "this year's spring wage talks", "2024's summer": the season of that year
        if owner["y"]:
            return _absolute(f"{int(owner['y']):04d}-{code}")
        owner_base = ctx.anchor_date()
        if owner_base is not None:
            year = owner_base[0].year + _UNIT_OFFSET[owner["rel"].lower()]
            return Resolution(f"{year:04d}-{code}", anchor=owner_base[1])
    if (
        m["season"][0].isupper()
        and not m["year"]
        and (
            re.match(r"\s+(?:of\s+)?[A-Z]", ctx.text[m.end() : m.end() + 6])
            or _NAME_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
        )
    ):
        # a name: "Summer Olympics", "Winter Palace", "Spring of Life" rallies, "the Prague Spring"
        return None
    if (
        not rel
        and _VERB_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
        and _VERB_OBJECT.match(ctx.text, m.end())
    ):
        return None  # "want to spring a surprise": the verb
    if rel == "that":
        # "trained at home for most of that spring", after "in March 2020": the year in focus
        focus = ctx.focus_year()
        if focus is None:
            return Resolution(None, reason=NO_EARLIER_DATE)
        return Resolution(f"{focus[0]:04d}-{code}", anchor=focus[1])
    base = ctx.anchor_date()
    if base is None:
        return Resolution(f"XXXX-{code}", reason=NEEDS_REFERENCE)
    ref, anchor = base
    current = value_of(ref, Granularity.SEASON)
    current_year = int(current[:4])
    order = ["SP", "SU", "FA", "WI"]
    idx, cur_idx = order.index(code), order.index(current[5:])
    if rel in ("last", "past", "previous"):
        year = current_year if idx < cur_idx else current_year - 1
    elif rel in ("next", "coming"):
        year = current_year if idx > cur_idx else current_year + 1
    elif rel == "this":
        # "this summer": the one of this year, whatever the tense ("this spring" in January too);
        # "this winter" in January is the one under way, which began last year
        year = current_year if code == "WI" else ref.year
    elif (not rel or rel == "the") and (frame := year_frame(ctx, m.start(), m.end())) is not None:
        # "In 2019, in the spring": the season of the year that frames it
        assert frame.value is not None
        return Resolution(f"{frame.value}-{code}", anchor=ctx.anchor_on(frame))
    elif not rel or rel == "the":
        sign = direction(ctx.text, m.start(), m.end())
        if sign > 0 and idx < cur_idx:
            year = current_year + 1
        elif sign < 0 and idx > cur_idx:
            year = current_year - 1
        else:
            year = current_year
    else:
        year = current_year
    return Resolution(f"{year:04d}-{code}", anchor=anchor)


#: a game's periods are no calendar quarters ("scored with 23 seconds left in the second quarter",
#: "led 71-39 after three quarters"): a score or a word of play in the sentence, and no word of
#: business ("the Dow gained 300 points in the fourth quarter" is the calendar's)
_GAME_CUE = re.compile(
    r"\b\d{1,3}-\d{1,3}\b(?!\s*(?:%|percent|(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|times?)\b|-))|\b(?:scor(?:ed|es|ing)|touchdowns?|rebounds?|fouls?|yards?|"
    r"field\s+goals?|free\s+throws?|three-pointers?|baskets?|buzzer|overtime|halftime|innings?|"
    r"seconds\s+(?:left|remaining|to\s+play)|(?:trail|lead)(?:ed|ing)\s+\d)\b",
    re.IGNORECASE,
)
_BUSINESS_CUE = re.compile(
    r"(?i)\b(?:profits?|earnings|revenues?|sales|fiscal|quarterly|growth|econom\w*|gdp|billion|million|"
    r"index|shares|stocks?|dow|nasdaq|results|output|inflation|dividends?|forecasts?|prices?)\b"
)


def _game_period(ctx: Context, start: int, end: int) -> bool:
    """Whether "quarter(s)" at ``start``:``end`` is a period of a game, not of the calendar."""
    lo, hi = _sentence_window(ctx.text, start, end, 200, 200)
    return bool(_GAME_CUE.search(ctx.text, lo, hi)) and not _BUSINESS_CUE.search(ctx.text, lo, hi)


def r_quarter(m: re.Match[str], ctx: Context) -> Resolution | None:
    if not (m["year"] or m["year2"]) and _game_period(ctx, m.start(), m.end()):
        return None  # "with 3:57 left in the fourth quarter"
    q = m["q"] or str(ORDINALS.get((m["qord"] or "").lower(), 0) or "")
    if m["qord"] and m["qord"].lower() in ("last", "latest", "final", "fourth"):
        q = q or "4"
    if m["qord"] and m["qord"].lower() in ("latest",):
        q = ""
    year_word = m["year"] or m["year2"]
    if q and q not in "1234":
        return None
    if year_word:
        year = int(year_word) if len(year_word) == 4 else 2000 + int(year_word)
        if not q:
            return None
        return _absolute(f"{year:04d}-Q{q}")
    base = ctx.anchor_date()
    if base is None:
        return Resolution(f"XXXX-Q{q or 'X'}", reason=NEEDS_REFERENCE)
    ref, anchor = base
    current_q = (ref.month - 1) // 3 + 1
    if not q:  # "the latest quarter": the last complete one
        last = add_months(dt.date(ref.year, 3 * current_q - 2, 1), -3)
        return Resolution(value_of(last, Granularity.QUARTER), anchor=anchor)
    if _QUARTER_RESULTS.match(ctx.text, m.end()):
        # "will report fourth-quarter results in early March" (in January): results come after
        # the quarter, so it is the last such quarter to end by about a quarter from now
        horizon = ref + dt.timedelta(days=92)
        year = ref.year if add_months(dt.date(ref.year, 3 * int(q), 1), 1) <= horizon else ref.year - 1
        return Resolution(f"{year:04d}-Q{q}", anchor=anchor)
    if int(q) <= current_q:
        return Resolution(f"{ref.year:04d}-Q{q}", anchor=anchor)
    sign = direction(ctx.text, m.start(), m.end())
    if sign == 0:
        # no tense: the nearer of this year's quarter ahead and last year's behind ("the fourth
        # quarter is when the deficit bites", in September)
        ahead = dt.date(ref.year, 3 * int(q) - 2, 1) - ref
        behind = ref - add_months(dt.date(ref.year - 1, 3 * int(q) - 2, 1), 3)
        sign = 1 if ahead <= behind else -1
    return Resolution(f"{ref.year if sign > 0 else ref.year - 1:04d}-Q{q}", anchor=anchor)


#: what a company reports for a quarter once it is over
_QUARTER_RESULTS = re.compile(
    r"(?i)[-\s]+(?:(?:GDP|growth|trade|output|inflation|jobs|earnings|sales|economic)\s+)?"
    r"(?:results?|earnings|profits?|loss(?:es)?|net\s+income|sales|revenues?|report|numbers|figures|data|statistics)\b"
)


def r_quarters_span(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "the first three quarters of 2005", "the first two quarters of this year": a span from
    January (named by the half or the year that holds it; ``interval`` is exact)."""
    n = {"two": 2, "three": 3, "2": 2, "3": 3}[m["n"].lower()]
    if m["year"]:
        year, anchor = int(m["year"]), Anchor()
    else:
        base = ctx.anchor_date()
        if base is None:
            return _unresolved()
        year, anchor = base[0].year + _UNIT_OFFSET[m["rely"].lower()], base[1]
    return Resolution(f"RANGE:{year:04d}-01-01/{dt.date(year, 3 * n + 1, 1).isoformat()}", anchor=anchor)


def r_year_end(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "year-end", "by the year end", "last year-end": the last day of the year in play."""
    base = ctx.anchor_date()
    if base is None:
        return _unresolved()
    rel = (m["rel"] or "").lower()
    year = base[0].year + _UNIT_OFFSET.get(rel, 0)
    return Resolution(f"{year:04d}-12-31", anchor=base[1], start=m.start() if rel != "the" else m.start() + 4)


def r_half(m: re.Match[str], ctx: Context) -> Resolution | None:
    if m["adj"]:
        base = ctx.anchor_date()
        if base is None:
            return _unresolved()
        ref, anchor = base
        first = m["adj"].lower() == "first"
        # the latest such half to have begun (a second half only from July), the next one if the
        # clause is in the future tense and it is over
        current, h = (1 if ref.month <= 6 else 2), (1 if first else 2)
        if direction(ctx.text, m.start(), m.end()) > 0:
            year = ref.year + 1 if h < current else ref.year
        else:
            year = ref.year if h <= current else ref.year - 1
        return Resolution(f"{year:04d}-H{'1' if first else '2'}", anchor=anchor)
    half = "1" if m["which"].lower() in ("first", "1st") else "2"
    if m["year"]:
        return _absolute(f"{int(m['year']):04d}-H{half}")
    base = ctx.anchor_date()
    if base is None:
        return _unresolved()
    ref, anchor = base
    offset = _UNIT_OFFSET[(m["rely"] or "this").lower()]
    return Resolution(f"{ref.year + offset:04d}-H{half}", anchor=anchor)


_DAY_WORDS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def r_dayword(m: re.Match[str], ctx: Context) -> Resolution | None:
    word = m["w"].lower()
    pod = m["pod"]
    if m["w"] == "Today" and re.search(r"\b[A-Z][A-Za-z]+\s+$", ctx.text[max(0, m.start() - 20) : m.start()]):
        return None  # a title: "India Today", "USA Today" (a capitalised word right before, no punctuation)
    base = ctx.anchor_date()
    if base is None:
        return _unresolved(TimexType.TIME if pod or word == "tonight" else TimexType.DATE)
    ref, anchor = base
    day = ref + dt.timedelta(days=_DAY_WORDS[word])
    if word == "tonight":
        return Resolution(f"{day.isoformat()}TNI", TimexType.TIME, anchor=anchor)
    if pod:
        return Resolution(f"{day.isoformat()}T{PARTS_OF_DAY[pod.lower()]}", TimexType.TIME, anchor=anchor)
    return Resolution(day.isoformat(), anchor=anchor)


def r_day_offset(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "the day before yesterday", "the day after tomorrow"."""
    base = ctx.anchor_date()
    if base is None:
        return _unresolved()
    ref, anchor = base
    offset = -2 if m["which"].lower() == "before" else 2
    return Resolution((ref + dt.timedelta(days=offset)).isoformat(), anchor=anchor)


def _rel(m: re.Match[str]) -> str:
    """The relative word of a match, lower-cased, one space apart; "upcoming" reads as "coming"."""
    return " ".join((m["rel"] or "").lower().replace("upcoming", "coming").split())


#: how far (characters) a day mentioned before "in the morning" still is the day in focus
_DAY_IN_FOCUS_REACH = 300


def r_this_pod(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "this morning", "last night", "this afternoon"; "in the morning" or "by midafternoon" of
    the day in focus."""
    if m["overnight"]:
        base = ctx.anchor_date()
        if base is None:
            return _unresolved(TimexType.TIME)
        ref, anchor = base
        # the night before the report, unless the clause looks ahead ("would continue overnight")
        night = ref if direction(ctx.text, m.start(), m.end()) > 0 else ref - dt.timedelta(days=1)
        return Resolution(f"{night.isoformat()}TNI", TimexType.TIME, anchor=anchor)
    if m["podd"] or m["mid"]:
        last = ctx.last_date()
        if (
            last is None
            # (a day, or a time of one: "closed before dawn Friday, reopened in the morning")
            or last.granularity is None
            or last.granularity.rank > Granularity.DAY.rank
            or last.interval is None
            or last.value is None
            or m.start() - last.end > _DAY_IN_FOCUS_REACH
        ):
            return None  # no day in focus: a habit ("he runs in the morning")
        focus = last.interval.start.date().isoformat()
        anchor = ctx.anchor_on(last)
        part = PARTS_OF_DAY[(m["podd"] or m["podm"]).lower()]
        return Resolution(f"{focus}T{part}", TimexType.TIME, anchor=anchor, mod="MID" if m["mid"] else None)
    base = ctx.anchor_date()
    if base is None:
        return _unresolved(TimexType.TIME)
    ref, anchor = base
    day = ref - dt.timedelta(days=1) if _rel(m) == "last" else ref
    return Resolution(f"{day.isoformat()}T{PARTS_OF_DAY[m['pod'].lower()]}", TimexType.TIME, anchor=anchor)


#: a weekday in a newspaper's or a programme's name: "the Sunday Times", "Monday Night Football"
_WEEKDAY_TITLE = re.compile(
    r"\s+(?:Times|Mirror|Telegraph|Express|Herald|Post|Observer|Tribune|Independent|Mail|Star|Sport|People|"
    r"Business|Night\s+Football|Morning\s+Herald)\b"
)


_ON_SUNDAY_TITLE = re.compile(r"\b(?:Mail|Independent|Scotland|Wales|Observer|Express)\s+on\s+$")


def r_weekday(m: re.Match[str], ctx: Context) -> Resolution | None:
    if _WEEKDAY_TITLE.match(ctx.text, m.end("wd")) or _ON_SUNDAY_TITLE.search(
        ctx.text, max(0, m.start() - 20), m.start()
    ):
        return None  # "the Sunday Times", "the Mail on Sunday"
    weekday = _weekday(m["wd"])
    plural = m["wd"].lower().endswith("s") and not m["wd"].lower().endswith(("'s", "’s")) and not m["rel"]
    the = _THE_BEFORE.search(ctx.text, max(0, m.start() - 4), m.start()) if not m["rel"] else None
    if the is not None and not plural and not m["pods"] and (named := _day_named_before(weekday, ctx)):
        # "open until 1am on Friday 5 and Saturday 6 May ... fully booked for the Saturday", "the week
        # of 7-11 May ... the Saturday night final": the Saturday of the days already named
        day, mention = named
        part = f"T{PARTS_OF_DAY[m['pod'].lower()]}" if m["pod"] else ""
        end = m.end("wd") - 2 if m["wd"].endswith(("'s", "’s")) and not part else None
        # ("the" is the day's own in "booked for the Saturday", the noun's in "the Monday talks")
        attributive = end is not None or _NOUN_AFTER.match(ctx.text, m.end())
        start = None if attributive else the.start()
        return Resolution(f"{day.isoformat()}{part}", anchor=ctx.anchor_on(mention), start=start, end=end)
    placed = _place_weekday(weekday, ctx, m.start(), m.end(), _rel(m) or None)
    if plural or m["pods"]:
        # plural weekdays are sets: "on Mondays", "Tuesday nights", "on Saturday mornings"
        pod = f"T{PARTS_OF_DAY[m['pod'].lower()]}" if m["pod"] else ""
        return Resolution(f"XXXX-WXX-{weekday}{pod}", TimexType.SET)
    if placed is None:
        return Resolution(f"XXXX-WXX-{weekday}", reason=NEEDS_REFERENCE)
    day, anchor = placed
    start = m.start("wd") if _rel(m) == "following" else None  # "following Tuesday's raid": a preposition
    if m["pod"]:
        # "Friday night": a day with its part, typed DATE as TimeBank/AQUAINT annotate it (19 of 25
        # in TBAQ-cleaned); a part of day on its own ("last night", "this morning") is TIME
        return Resolution(
            f"{day.isoformat()}T{PARTS_OF_DAY[m['pod'].lower()]}", TimexType.DATE, anchor=anchor, start=start
        )
    end = m.end("wd") - 2 if m["wd"].endswith(("'s", "’s")) else None  # "Sunday's game": the day only
    return Resolution(day.isoformat(), anchor=anchor, start=start, end=end)


_NOUN_AFTER = re.compile(r"\s+[A-Za-z]{3,}\b(?<!\band)(?<!\bwhen)(?<!\bwhich)(?<!\bthat)")
#: how many days a span already named may hold for "the Saturday" to be one of them
_NAMED_SPAN_DAYS = 14


def _day_named_before(weekday: int, ctx: Context) -> tuple[dt.date, TimeMention] | None:
    """The day with that weekday in the last day or short span of days the text named before
    ("the Saturday" after "Friday 5 and Saturday 6 May"), if any."""
    for mention in reversed(ctx.previous):
        if mention.interval is None or mention.type not in (TimexType.DATE, TimexType.TIME):
            continue
        first, end = mention.interval.start.date(), mention.interval.end.date()
        if mention.granularity is None or not 1 <= (end - first).days <= _NAMED_SPAN_DAYS:
            continue
        for offset in range((end - first).days):
            day = first + dt.timedelta(days=offset)
            if day.isoweekday() == weekday:
                return day, mention
    return None


def r_weekday_date(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "Tuesday, December 3 (2024)": the date decides; the weekday is kept as a check."""
    month, day = _month(m["mon"]), _day(m["day"])
    if m["year"]:
        return _absolute(f"{int(m['year']):04d}-{month:02d}-{day:02d}")
    weekday = _weekday(m["wd"])
    base = ctx.anchor_date()
    if base is None:
        return Resolution(f"XXXX-{month:02d}-{day:02d}", reason=NEEDS_REFERENCE)
    ref, anchor = base
    years = sorted((ref.year - 1, ref.year, ref.year + 1), key=lambda y: abs(y - ref.year))
    for year in years:
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate.isoweekday() == weekday and abs((candidate - ref).days) < 300:
            return Resolution(candidate.isoformat(), anchor=anchor)
    placed = _place_month(month, ctx, m.start(), m.end(), day)
    if placed is None:  # "February 30": no year has that day
        return Resolution(None, reason=f"cannot be placed on the calendar: there is no {m['mon']} {day}")
    return Resolution(f"{placed[0]:04d}-{month:02d}-{day:02d}", anchor=anchor)


_LAST_AS_VERB = re.compile(r"(?i)\b(?:may|might|can|could|will|would|should|must|to|did|does|do)\s+$")

_UNIT_OFFSET = {
    "last": -1,
    "past": -1,
    "previous": -1,
    "next": 1,
    "coming": 1,
    "following": 1,
    "this": 0,
    "current": 0,
}


_OF_AFTER = re.compile(r"\s+of\b")
_OF_BEFORE = re.compile(r"\bof\s+$")


def r_relative_unit(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "last week", "next month", "this year", "the past three months", "the following day"."""
    rel_words = _rel(m).split()
    rel = rel_words[-1]
    unit_word = m["unit"]
    unit, _ = _unit(unit_word)
    count_word = m["n"]
    plural = unit_word.lower().endswith("s")
    if (m["n0"] or m["w0"]) and count_word is not None:
        return Resolution(_duration(None, unit_word), TimexType.DURATION)  # "the next 12 to 18 months"
    if rel == "last" and (
        re.search(r"(?i)\b(?:their|his|her|its|my|our|your)\s+$", ctx.text[max(0, m.start() - 8) : m.start()])
        or (unit in ("minute", "second") and not plural and count_word is None)
    ):
        return None  # "their last day here", "the last minute": the final one, no date
    if (
        rel_words == ["last"]
        and (count_word is not None or plural)
        and _LAST_AS_VERB.search(ctx.text, max(0, m.start() - 12), m.start())
        and not ctx.text.startswith(("'s", "’s"), m.end())
    ):
        # "a selection that may last months", "expected to last a year": the verb, then a duration
        # ("to last week's talks" is the preposition)
        amount = _count(count_word) if count_word else None
        start = m.start("n") if count_word else m.start("unit")
        return Resolution(_duration(amount, unit_word), TimexType.DURATION, start=start)
    if count_word is not None or (
        plural and rel in ("past", "last", "next", "coming", "previous", "following")
    ):
        amount = _count(count_word) if count_word else None
        if amount is None and plural and rel in ("past", "last", "coming"):
            # "the past few years", "the coming months": a vague stretch before or after now
            # ("the next few days" is a span from now, as TimeBank annotates it)
            return _vague_reference(rel != "coming", ctx)
        return Resolution(_duration(amount, unit_word), TimexType.DURATION)
    if unit == "fortnight":  # "the past fortnight", "next fortnight": the two weeks before or after now
        return Resolution(_duration(1, unit_word), TimexType.DURATION)
    if (
        rel in ("past", "last")
        and rel_words[0] == "the"
        and unit in ("decade", "century", "week", "month", "year")
        and not _OF_AFTER.match(ctx.text, m.end())
        and not _OF_BEFORE.search(ctx.text, max(0, m.start() - 4), m.start())
    ):
        # "over the past decade", "in the past week": the ten years, the seven days up to now (a
        # calendar decade is named, "the 1990s"; a calendar week is "last week"; "the last week
        # of March" is one of March's)
        return Resolution(_duration(1, unit_word), TimexType.DURATION)
    anaphoric = rel in ("following", "previous") or (rel_words[0] == "the" and rel in ("next",))
    base = ctx.anchor_date(prefer_mention=anaphoric)
    if base is None:
        return _unresolved()
    ref, anchor = base
    if unit in ("hour", "minute", "second"):
        return Resolution(_duration(1, unit_word), TimexType.DURATION)
    if unit == "weekend":
        monday = ref - dt.timedelta(days=ref.isoweekday() - 1)
        offset = _UNIT_OFFSET.get(rel, 0)
        if rel == "coming" and ref.isoweekday() < 6:  # "the coming weekend" on a weekday: this week's
            offset = 0
        iso = (monday + dt.timedelta(weeks=offset)).isocalendar()
        return Resolution(f"{iso.year:04d}-W{iso.week:02d}-WE", anchor=anchor)
    last = ctx.last_date() if anaphoric and anchor.kind is AnchorKind.MENTION else None
    within = _unit_within(last, unit, anchor) if last is not None else None
    if within is not None:
        return within
    day = shift(ref, _UNIT_OFFSET.get(rel, 0), "month" if unit == "season" else unit)
    if unit == "season":
        day = shift(ref, 3 * _UNIT_OFFSET.get(rel, 0), "month")
    return Resolution(_granularity_value(day, unit), anchor=anchor)


def _placed_by_reference(mention: TimeMention | None) -> bool:
    """Whether a mention was placed from the reference date (a weekday, "next month"), not
    written out ("3 December 2024")."""
    return (
        mention is not None
        and mention.anchor is not None
        and mention.anchor.kind is AnchorKind.REFERENCE_DATE
    )


#: a comparison with a period back: "(up 3%) from a year earlier", "than a year ago"
_COMPARED_WITH = re.compile(r"(?i)\b(?:from|than|over|compared\s+with|versus)\s+$")
#: a comparison between a period and "a year earlier" ("..., compared with a 2% decline a year earlier")
_COMPARISON = re.compile(r"(?i)\b(?:compared\s+(?:with|to)|versus|against)\b")
#: the end of a period: "the nine weeks ended Dec. 31", "the year ending June 30"
_PERIOD_ENDED = re.compile(r"(?i)\b(?:ended|ending|through)\s+$")


def r_ago(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "two years ago", "a month earlier", "three decades ago", "two weeks later", "half a century
    ago", "two summers ago"."""
    which = (m["which"] or m["which2"]).lower()
    if m["season"]:
        return _seasons_ago(m, ctx, which)
    unit_word = m["unit"]
    unit, _ = _unit(unit_word)
    named_unit = unit
    if m["half"]:
        # "half a century ago": fifty years, a year's granularity
        halves = {"century": (50, "year"), "decade": (5, "year"), "year": (6, "month")}
        if unit not in halves or unit_word.lower().endswith("s"):
            return None
        amount: int | None
        amount, unit = halves[unit]
        unit_word = unit
    elif m["n"] is None and not unit_word.lower().endswith("s"):
        return None  # "day after", "year ago" without a number
    else:
        amount = _count(m["n"]) if m["n"] is not None else None
    sign = 1 if which in ("later", "after", "from now", "hence", "afterwards", "on") else -1
    # narrative: "two days later", "a week earlier" count from the last date mentioned; a
    # comparison with the same period a year or a quarter back ("from a year earlier", the
    # reporting idiom) counts from the reference date
    anaphoric = which in ("before", "after", "afterwards", "on", "later") or (
        which == "earlier" and named_unit not in ("year", "quarter")
    )
    # a day or a week back counts from a day or a week: a month or a year mentioned last is no
    # anchor ("the February figures ... a day earlier"); forward, the coarse date is kept
    coarsest = {"day": Granularity.DAY, "week": Granularity.WEEK}.get(unit) if sign < 0 else None
    base = ctx.anchor_date(prefer_mention=anaphoric, coarsest=coarsest)
    if amount is None:  # "months ago", "a few days later": a vague duration, ordered by its constraint
        constraint = None
        if base is not None:
            constraint = f"{'BEFORE' if sign < 0 else 'AFTER'} {base[0].isoformat()}"
        if which in ("ago", "from now", "hence"):
            # "several years ago": a point in the past, how far unknown (TimeML's PAST_REF)
            value = "PAST_REF" if sign < 0 else "FUTURE_REF"
            return Resolution(value, constraint=constraint, anchor=base[1] if base is not None else Anchor())
        return Resolution(_duration(None, unit_word), TimexType.DURATION, constraint=constraint)
    if base is None:
        return _unresolved()
    ref, anchor = base
    last = ctx.last_date()
    if anaphoric and sign > 0 and anchor.kind is AnchorKind.REFERENCE_DATE:
        # "Two years on, the striker ...", "ten minutes later" with no date before it: later than
        # some event the text does not date, not later than the article
        return Resolution(_duration(amount, unit_word), TimexType.DURATION)
    if (
        anaphoric
        and sign > 0
        and ref > (ctx.reference_date or ref)
        and _placed_by_reference(last)
        and direction(ctx.text, m.start(), m.end()) < 0
    ):
        # "... equalised ten minutes later" after a match announced for Sunday: what happened
        # did not happen after the article; the anchor, itself a guess from the reference date,
        # is not this event's
        return Resolution(_duration(amount, unit_word), TimexType.DURATION)
    if unit in ("hour", "minute", "second"):
        if (
            anchor.kind is AnchorKind.MENTION
            and last is not None
            and last.interval is not None
            and last.granularity in (Granularity.MINUTE, Granularity.HOUR)
        ):
            # "at 10:35 a.m. ... Two hours later": a clock time from a clock time
            moment = last.interval.start + sign * amount * dt.timedelta(**{unit + "s": 1})
            zone = "Z" if (last.value or "").endswith("Z") else ""
            return Resolution(moment.strftime("%Y-%m-%dT%H:%M") + zone, TimexType.TIME, anchor=anchor)
        moment = dt.datetime(ref.year, ref.month, ref.day) + sign * amount * dt.timedelta(**{unit + "s": 1})
        return Resolution(moment.date().isoformat(), anchor=anchor)
    if unit == "weekend":
        unit = "week"
    day = shift(ref, sign * amount, "month" if unit == "season" else unit)
    if unit == "season":
        day = shift(ref, sign * amount * 3, "month")
    granularity_unit = unit
    period = ctx.reporting_period(m.start(), reported=True) if unit == "year" else None
    if (
        period is not None
        and period.interval is not None
        and period.value is not None
        and period.granularity is not None
    ):
        # "a year earlier" after "the third quarter": the same quarter a year before
        moved = shift(period.interval.start.date(), sign * amount, "year")
        return Resolution(
            value_of(moved, period.granularity),
            anchor=ctx.anchor_on(period),
        )
    if (
        unit == "year"
        and not anaphoric
        and last is not None
        and (
            last.granularity is Granularity.MONTH
            or (
                last.granularity is Granularity.DAY
                and _PERIOD_ENDED.search(ctx.text, max(0, last.start - 9), last.start)
            )
        )
        and last.interval is not None
        and last.interval.start.year != ref.year
        and last.start >= m.start() - 60
        and _SENTENCE_END.search(ctx.text, last.end, m.start()) is None
        and (
            _COMPARED_WITH.search(ctx.text, max(0, m.start() - 16), m.start())
            or _COMPARISON.search(ctx.text, last.end, m.start())
        )
    ):
        # "prices rose 3% in December from a year earlier" in a January article: a year before
        # that December, not before January; so for a period that ended on a day ("the nine weeks
        # ended Dec. 31, compared with a 2% decline a year earlier")
        moved = shift(last.interval.start.date(), sign * amount, "year")
        return Resolution(_granularity_value(moved, "year"), anchor=ctx.anchor_on(last))
    if anaphoric and last is not None and anchor.kind is AnchorKind.MENTION:
        assert last.granularity is not None
        if last.granularity.rank > UNIT_GRANULARITY.get(unit, Granularity.DAY).rank:
            return Resolution(value_of(day, last.granularity), anchor=anchor)
    return Resolution(_granularity_value(day, granularity_unit), anchor=anchor)


def _seasons_ago(m: re.Match[str], ctx: Context, which: str) -> Resolution | None:
    """ "two summers ago": the summer before last (the last one being the last that is over,
    or under way and begun last year for a winter)."""
    amount = _count(m["n"])
    if which != "ago" or amount is None or m["n0"] or m["w0"]:
        return None
    code = SEASONS[m["season"].lower().removesuffix("s")]
    base = ctx.anchor_date()
    if base is None:
        return _unresolved()
    ref, anchor = base
    current = value_of(ref, Granularity.SEASON)
    order = ["SP", "SU", "FA", "WI"]
    last = int(current[:4]) - (order.index(code) >= order.index(current[5:]))
    return Resolution(f"{last - amount + 1:04d}-{code}", anchor=anchor)


#: a superlative or an ordinal before "in N years" makes it a span, not a date: "the worst drought
#: in a decade", "for the first time in three years", "the third in two weeks"
_SUPERLATIVE_BEFORE = re.compile(
    r"(?i)\b(?:first|second|third|fourth|fifth|only|most|least|best|worst|(?!(?:interest|request|protest|harvest|suggest|arrest|forest|honest|"
    r"invest|contest|digest|manifest|guest|quest|conquest|inquest|unrest|modest|attest|detest|crest|priest|behest|"
    r"bequest|ingest|congest)\b)\w{2,}est)\b[^.;:!?\"“”]{0,40}$"
)


#: a count of things before "in N years" makes it a span too: "three election defeats in eight
#: years", "1,000 deaths in two months"
_COUNTED_BEFORE = re.compile(rf"(?i)\b(?:\d[\d,]*|{NUM_WORD})\s+(?:[a-z-]+\s+){{0,3}}[a-z-]+s\s+$")


#: a relative clause after "in a quarter" makes it a noun phrase, not a time from now: "in a
#: quarter that produced such a loss", "in a year when prices fell"
_DESCRIBED_AFTER = re.compile(r"(?i)\s+(?:that|which|when|in\s+which|during\s+which|marked\s+by)\b")


def r_in_units(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "in two weeks", "within three years" (future, from the reference date); "in two or
    three days" is counted from its last number, approximately."""
    amount = _count(m["n"])
    unit, _ = _unit(m["unit"])
    ranged = bool(m["n0"] or m["w0"])
    start = m.start("n0") if m["n0"] else (m.start("w0") if m["w0"] else m.start("n"))
    if (
        m["prep"].lower() == "within"
        or amount is None
        or unit in ("hour", "minute", "second")
        or _SUPERLATIVE_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start())
        or _COUNTED_BEFORE.search(ctx.text, max(0, m.start() - 50), m.start())
        or _DESCRIBED_AFTER.match(ctx.text, m.end())
    ):
        return Resolution(
            _duration(None if ranged else amount, m["unit"]), TimexType.DURATION, start=start, mod=None
        )
    if direction(ctx.text, m.start(), m.end()) < 0:
        return Resolution(_duration(None if ranged else amount, m["unit"]), TimexType.DURATION, start=start)
    base = ctx.anchor_date()
    if base is None:
        return Resolution(None, reason=NEEDS_REFERENCE, start=start)
    ref, anchor = base
    day = shift(ref, amount, "week" if unit == "weekend" else ("month" if unit == "season" else unit))
    return Resolution(
        _granularity_value(day, unit), anchor=anchor, start=start, mod="APPROX" if ranged else None
    )


#: half of each unit, in the next smaller unit ("2 1/2 years" is P2Y6M)
_HALVES = {"second": None, "minute": "T{}M30S", "hour": "T{}H30M", "day": "{}DT12H", "week": "{}.5W",
           "month": "{}M15D", "quarter": None, "season": None, "year": "{}Y6M", "decade": None, "century": None}  # fmt: skip


#: a quarter of a unit, in the next smaller unit
_QUARTERS_OF = {"minute": "PT15S", "hour": "PT15M", "day": "PT6H", "week": "P0.25W", "month": "P0.25M",
                "year": "P3M", "decade": "P2.5Y", "century": "P25Y"}  # fmt: skip


def _half_duration(whole: int, unit_word: str) -> str:
    unit, letter = _unit(unit_word)
    shape = _HALVES.get(unit)
    if unit == "decade":
        return f"P{whole * 10 + 5}Y"
    if unit == "century":
        return f"P{whole * 100 + 50}Y"
    if unit == "quarter":
        value = f"P{whole * 3 + 1}M15D"
    else:
        value = "P" + shape.format(whole) if shape else f"P{whole}.5{letter}"
    # no zero part: "half an hour" is PT30M, not PT0H30M
    return re.sub(r"(?<=[PT])0[YMWDH](?=\d)", "", value).replace("P0DT", "PT")


_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’']?\s+|\n\s*)$")
#: a determiner and one or two words before a bare plural unit: "the boom years", "its pre-1996 years"
_NAMED_PERIOD_BEFORE = re.compile(
    r"(?i)\b(?:the|its|his|her|their|our|my|your|those|these)\s+(?P<words>(?:[\w'’-]+\s+){1,2})$"
)
#: ... unless they only count or place the span ("the past few years", "the first days")
_SPAN_WORDS = frozenset(
    [
        "few", "many", "several", "past", "last", "next", "coming", "following", "previous", "first", "early",
        "initial", "intervening", "ensuing", "subsequent", "same", "remaining", "preceding", "succeeding", "recent",
        "long", "very", "final", "closing", "winter", "summer", "spring", "autumn", "fall", "dark", "cold", "hot",
        "short",
    ]
)  # fmt: skip
#: ... and when the words do not make one noun phrase with it ("the WTO for months")
_FUNCTION_WORDS = frozenset(
    [
        "for", "of", "in", "on", "at", "by", "to", "with", "from", "over", "about", "after", "before", "within",
        "since", "during", "until", "till", "into", "through", "and", "or", "but", "than", "as", "that", "which",
        "who", "is", "was", "were", "are", "be", "been", "has", "have", "had", "it",
    ]
)  # fmt: skip
#: a verb just before a bare plural ("followed months of", "lasted months")
_VERB_BEFORE_SPAN = re.compile(r"(?i)\w+ed|took|spent|lasted|needs?|takes?|spends?|lasts?")
#: "hours after the accident", "days before", "years ago": the span is measured from something
_RELATIVE_AFTER = re.compile(r"(?i)\s+(?:after|before|ago|later|earlier)\b")


_MINUTES_OF = re.compile(r"\s+of\s+(?:the|its|their|a|an|this|that|last|[A-Z])")


#: what makes a count of units no duration: an age, a compound
_AGE_AFTER = re.compile(r"-?olds?\b|[- ]old\b")
_AGE_BEFORE = re.compile(r"(?i)\b(?:age\s+of|aged)\s+$")
_ONE_DAY = re.compile(r"(?i)one\s+day")
_COMPOUND_AFTER = re.compile(r"-(?!long\b|old\b|olds\b)[a-z]")


def r_duration(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "16 years", "a decade", "weeks", "three-day", "a minute and a half"."""
    after = ctx.text[m.end() : m.end() + 6].lower()
    if _AGE_AFTER.match(after):
        return None  # an age: "90-year-old"
    count_word = m["n"]
    unit_word = m["unit"]
    if _AGE_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start()):
        return None  # an age: "from the age of nine months"
    if (
        ctx.text[m.start() - 1 : m.start()] == "-"
        and re.fullmatch(r"(?i)an?", count_word or "")
        and not re.search(r"(?i)\bhalf-$", ctx.text[max(0, m.start() - 6) : m.start()])
    ):
        return None  # a rate: "$120 billion-a-month purchases", "a dollar-a-day wage"
    if count_word is None and unit_word.lower() == "minutes" and _MINUTES_OF.match(ctx.text, m.end()):
        return None  # the record of a meeting: "minutes of the Fed's April meeting"
    if _ONE_DAY.fullmatch(m.group(0)) and _MODAL_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        # "Islam will one day be the second religion": some day, an unknown future
        base = ctx.anchor_date()
        return Resolution("FUTURE_REF", anchor=base[1] if base else Anchor())
    if (
        unit_word[0].isupper()
        and (count_word is None or count_word[0].isdigit() or count_word[0].isupper())
        # ("Hours after the accident, she ...": a sentence starts with it)
        and not (
            count_word is None
            and _SENTENCE_START.search(ctx.text, max(0, m.start() - 4), m.start())
            and re.match(r"\s+(?!of\b)[a-z]", ctx.text[m.end() : m.end() + 4])
        )
    ):
        return None  # a title: "60 Minutes", "Days of Thunder", "the Six-Day War"
    if unit_word.lower().startswith("quarter") and re.match(
        r"\s+(?:of|percent|per|point|percentage)\b|-(?:point|percent)", ctx.text[m.end() : m.end() + 12]
    ):
        return None  # "three quarters of the vote", "a quarter percentage point": a fraction
    if unit_word.lower().startswith("quarter") and _game_period(ctx, m.start(), m.end()):
        return None  # "a 71-39 lead after three quarters"
    if ctx.text.startswith("-on-", m.end()):
        return None  # "year-on-year", "month-on-month": a comparison, no time
    if _COMPOUND_AFTER.match(ctx.text[m.end() : m.end() + 6]):
        return None  # a compound: "a year-ending match", "quarter-finals", "day-care"
    if (
        count_word is not None
        and count_word.lower() in ("a", "an")
        and re.match(r"-(?i:long)\b", ctx.text[m.end("unit") : m.end("unit") + 5])
    ):
        return Resolution(
            _duration(1, unit_word), TimexType.DURATION, start=m.start("unit")
        )  # "a [year-long] inquiry"
    if (m["n0"] or m["w0"]) and count_word is not None:
        # a range of counts ("two to three weeks"): one duration, its length not fixed
        return Resolution(_duration(None, unit_word), TimexType.DURATION)
    if m["frac"]:
        if m["frac"].lower().startswith("half"):
            return Resolution(_half_duration(0, unit_word), TimexType.DURATION)
        return Resolution(_QUARTERS_OF[_unit(unit_word)[0]], TimexType.DURATION)
    if (m["half"] or m["half2"]) and count_word is not None and _count(count_word) is not None:
        return Resolution(_half_duration(_count(count_word) or 0, unit_word), TimexType.DURATION)
    if (
        count_word is None
        and not unit_word.lower().endswith("s")
        and re.match(r"[-\s](?i:long)\b", ctx.text[m.end("unit") : m.end("unit") + 5])
    ):
        return Resolution(_duration(1, unit_word), TimexType.DURATION)  # "a week-long visit"
    if count_word is None:
        if not unit_word.lower().endswith("s") or unit_word.lower() in ("seconds",):
            return None  # bare singular unit word: not a time expression
        if unit_word.lower() == "hours" and re.search(
            r"(?i)\b(?:early|small|wee)\s+$", ctx.text[max(0, m.start() - 7) : m.start()]
        ):
            return None  # "the early hours of Sunday": a part of the night, not a length
        if unit_word.lower() == "quarters":
            return None  # "living quarters"; a count of quarters has its number ("three quarters")
        named = _NAMED_PERIOD_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
        if (
            named is not None
            and not m.group().lower().endswith("long")
            and not _RELATIVE_AFTER.match(ctx.text, m.end())
            and not any(w.lower() in _FUNCTION_WORDS for w in named["words"].split())
            # ("The offers followed months of pressure", "The talks lasted months": a verb before it)
            and not _VERB_BEFORE_SPAN.fullmatch(named["words"].split()[-1])
            and not all(
                w.lower() in _SPAN_WORDS or number_value(w) is not None for w in named["words"].split()
            )
        ):
            return (
                None  # "the boom years", "the Clinton years", "the glory days": a period named, not a length
            )
        amount = None
    else:
        amount = _count(count_word)
        if count_word.lower() in ("a", "an", "another") and unit_word.lower().endswith("s"):
            return None
        if count_word.lower() in ("some",) and not unit_word.lower().endswith("s"):
            return None
    text = m.group(0).lower()
    frequency = re.search(
        rf"(?i)\b(?:once|twice|thrice|(?:{NUM_WORD}|\d+)\s+times)\s+$",
        ctx.text[max(0, m.start() - 24) : m.start()],
    )
    if count_word and count_word.lower() in ("a", "an") and frequency:
        # "twice a week", "three times a year": a set, the frequency included
        start = max(0, m.start() - 24) + frequency.start()
        return Resolution(_duration(1, unit_word), TimexType.SET, start=start)
    if count_word and count_word.lower() in ("a", "an") and _is_rate(ctx.text, m.start()):
        return None  # a rate, not a duration: "$1.76 a year", "four flights a week", "24 hours a day"
    if re.fullmatch(r"(?:a|an)\s+second", text):
        return None  # "a second time", "a minute" idioms are too ambiguous
    if unit_word.lower() in ("second", "seconds") and count_word is None:
        return None
    if count_word and re.fullmatch(r"\d+\.\d+", count_word):
        unit, letter = _unit(unit_word)
        value = (
            f"P{count_word}{letter}"
            if unit not in ("hour", "minute", "second")
            else f"PT{count_word}{letter}"
        )
        return Resolution(value, TimexType.DURATION)
    if count_word and "1/2" in count_word:
        return Resolution(_half_duration(int(count_word.split()[0]), unit_word), TimexType.DURATION)
    if count_word and re.fullmatch(r"(?:1[5-9]|20)\d\d", count_word) and not unit_word.lower().endswith("s"):
        return None  # a year modifying a noun: "the 1988 quarter"
    mod = "APPROX" if count_word and "couple" in count_word.lower() else None
    trimmed: int | None = None
    if (
        m["det"]
        and m["det"].strip().lower() == "the"
        and count_word
        and ((amount or 0) > 1 or "-" in ctx.text[m.end("n") : m.start("unit")])
        and not unit_word.lower().endswith("s")
    ):
        # a duration modifying a noun leaves the article out: "the [14-day] waiting period"
        trimmed = m.start("n")
    return Resolution(_duration(amount, unit_word), TimexType.DURATION, mod=mod, start=trimmed)


_MODAL_BEFORE = re.compile(r"(?i)\b(?:will|would|may|might|could|can|shall)\s+$")
_RATE_LEFT = re.compile(
    r"(?:(?:\d(?:[\d,.]*\d)?%?(?:\s+(?:million|billion|trillion|thousand|hundred|cents?|dollars?|percent))?"
    # "one dollar a minute"
    rf"|\b(?i:{NUM_WORD}|a)\s+(?:dollars?|cents?|euros?|pounds?|yuan|yen|rupees?)"
    r"|\b(?P<noun>[a-z]{3,}[^su\W]s|[a-z]{2,}[aeiou]s))"
    # "30 billion dollars (3.8 billion US) a year": a bracketed conversion between
    r"(?:\s*\([^()\n]{1,40}\))?(?:\s+(?:more|less|extra|additional))?)\s+$"
)
_NOT_PLURAL_NOUNS = frozenset(
    [
        "this",
        "was",
        "has",
        "does",
        "its",
        "his",
        "hers",
        "yours",
        "always",
        "perhaps",
        "thus",
        "across",
        "towards",
    ]
)


def _is_rate(text: str, start: int) -> bool:
    """Whether "a/an + unit" at ``start`` follows a number, an amount or a counted plural noun."""
    left = _RATE_LEFT.search(text, max(0, start - 80), start)
    noun = (left["noun"] or "").lower() if left is not None else ""
    # (a count of units before it is a set the tagger joins: "eight hours a day", "five days a week")
    return left is not None and noun not in _NOT_PLURAL_NOUNS and noun.removesuffix("s") not in UNIT_WORDS


#: "daily"/"weekly" as a noun: a newspaper after its name ("the Haaretz daily") or before it
#: ("the daily Le Monde"); a possessive is no name ("Iraq's daily tally")
_NEWSPAPER_NOUN = re.compile(r"\s+(?:which|that|said|says|reported|reports|quoted|added|newspaper)\b")
#: words that say what kind of publication a "daily" or a "weekly" is
_PUBLICATION_WORDS = (
    r"news|business|financial|economic|state-run|state|official|mass-circulation|English-language|independent|"
    r"conservative|liberal|leftist|popular|influential|tabloid|evening|morning|sports?|government"
)
_NEWSPAPER_AFTER_NAME = re.compile(
    r"(?:\b(?i:the)(?:\s+[a-z][\w-]*){0,2}|[A-Z][\w-]*['’]s)\s+(?:[A-Z][\w-]*(?<!['’]s)\s+)+"
    # "the Vedomosti business daily", "the Asahi Shimbun mass-circulation daily"
    rf"(?:(?:{_PUBLICATION_WORDS})\s+)*$"
)
#: "told the national news weekly.", "the business daily said": a publication by its kind
_PUBLICATION_KIND = re.compile(rf"(?i)\b(?:{_PUBLICATION_WORDS})\s+$")
#: "daily" before these nouns means ordinary
_DAILY_NOUN = re.compile(r"(?i)\s+(?:life|lives|routine|needs|necessities|bread|chores|struggles?|grind)\b")
_NEWSPAPER_BEFORE_NAME = re.compile(
    rf"\s+(?:newspaper\s+)?[\"'“‘]?(?!{WEEKDAY}|{_MONTH_FULL})[A-Z](?:[a-z]|\s+[A-Z])"
)


def r_set(m: re.Match[str], ctx: Context) -> Resolution | None:
    word = m.group(0).lower()
    simple = {
        "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
        "hourly": "PT1H", "quarterly": "P3M", "nightly": "P1D", "everyday": "P1D",
    }  # fmt: skip
    if word == "quarterly" and re.match(r"\s+(?!basis\b)[a-z]", ctx.text[m.end() : m.end() + 9]):
        return None  # "quarterly dividend": an adjective, not a set of times ("on a quarterly basis" is)
    if word in simple:
        if word == "daily" and _DAILY_NOUN.match(ctx.text, m.end()):
            return None  # "daily life": ordinary, not every day
        if word in ("daily", "weekly") and (
            (
                _PUBLICATION_KIND.search(ctx.text, max(0, m.start() - 20), m.start())
                and not re.match(r"\s+[a-z]", ctx.text[m.end() : m.end() + 3])
            )
            or _NEWSPAPER_AFTER_NAME.search(ctx.text, max(0, m.start() - 40), m.start())
            or _NEWSPAPER_BEFORE_NAME.match(ctx.text, m.end())
            or _NEWSPAPER_NOUN.match(ctx.text, m.end())
        ):
            return None  # a newspaper: "the Yediot Aharonot daily", "the French weekly Le Point"
        if m.group(0)[0].isupper() and re.search(
            r"[A-Za-z][a-z]*\s+$", ctx.text[max(0, m.start() - 30) : m.start()]
        ):
            before = ctx.text[max(0, m.start() - 30) : m.start()].split()
            if before and before[-1][0].isupper():
                return None  # part of a name: "London Daily", "Daily Mail"
        return Resolution(simple[word], TimexType.SET)
    target = m["what"]
    if target is None:
        return None
    t = target.lower()
    if m.group(0).lower().startswith("per") and not m["n"] and _is_rate(ctx.text, m.start()):
        return None  # a rate after an amount, as "a day": "26.3 million barrels per day"
    if re.fullmatch(WEEKDAY.lower(), t):
        return Resolution(f"XXXX-WXX-{_weekday(t)}", TimexType.SET)
    if t.rstrip(".") in MONTHS and target[0].isupper():
        return Resolution(f"XXXX-{_month(t):02d}", TimexType.SET)
    if t in SEASONS:
        return Resolution(f"XXXX-{SEASONS[t]}", TimexType.SET)
    if t in PARTS_OF_DAY:
        return Resolution(f"XXXX-XX-XXT{PARTS_OF_DAY[t]}", TimexType.SET)  # "every morning"
    if t == "season":
        return Resolution("P1S", TimexType.SET)
    if t == "weekend" and not m["n"]:
        return Resolution("XXXX-WXX-WE", TimexType.SET)  # "every weekend"
    if t.startswith("quarter") and _game_period(ctx, m.start(), m.end()):
        return None  # "enlarging the gap by every quarter" of a game
    # ("every other year": every second one)
    amount = 2 if m["other"] else _count(m["n"]) if m["n"] else 1
    return Resolution(_duration(amount, target), TimexType.SET)


#: the day a clock time is on: "Wednesday, Nov. 27", "Friday", "tomorrow", "Dec. 31, 2024",
#: "last Wednesday night", "last night", "this morning" (the part of the day says the half of an
#: hour without one: "9:30 Wednesday night")
_TIME_DAY = (
    rf"{WEEKDAY},?\s+{MONTH}\s+{DAYNUM}(?:,?\s+{YEAR})?"
    rf"|(?:(?:(?i:last|this|next|this\s+past|this\s+coming)\s+)?{WEEKDAY}|(?i:yesterday|tomorrow))(?:\s+{PART_OF_DAY}\b)?"
    rf"|(?i:today|tonight|last\s+night|this\s+(?:morning|afternoon|evening))"
    rf"|{MONTH}\s+{DAYNUM}(?:,?\s+{YEAR})?"
)


#: the other end of a range of clock times, then the day both are on
_RANGE_THEN_DAY = re.compile(
    r"\s*(?:-|–|(?i:to|until|till|and))\s*"
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\b\.?|[AP]\.?M\b\.?)?|(?i:noon|midnight))"
    r"(?:\s+(?:[A-Z]{1,4}T|GMT|UTC)\b)?\s*,?\s+(?:(?i:on|for)\s+)?"
    rf"(?P<day>{_TIME_DAY})"
)


def _clock(m: re.Match[str]) -> str | None:
    """The clock part of a time match ("T15:00", "T07:35Z"), ``None`` for an impossible time."""
    word = (m["named"] or "").lower()
    if word:
        hour, minute = (12, 0) if word in ("noon", "midday", "mid-day") else (24, 0)
    elif m["h24"] or m["h24c"]:
        hour = int(m["h24"] or m["h24c"])
        minute = int(m["mi24"] or m["mi24c"])
    elif m["oc"]:
        # "o'clock" alone: the hours of a working day (1 to 6 in the afternoon, 7 to 11 in the morning)
        spelled = number_value(m["oc"].lower())
        if spelled is None:
            return None
        hour, minute = spelled, 0
        if hour <= 6 or (m["atnight"] and hour < 12):
            hour += 12  # ("11 o'clock at night")
    elif m["hp"]:
        hour, minute = int(m["hp"]), 0
        if m["pdm"].lower() != "morning" and hour < 12:
            hour += 12
        elif m["pdm"].lower() == "morning" and hour == 12:
            hour = 0
    else:
        hour = int(m["h"])
        minute = int(m["mi"] or 0)
        ampm = (m["ampm"] or "").lower().replace(".", "").replace(" ", "")
        if (hour > 12 and ampm) or hour > 24 or minute > 59:
            return None
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
    return f"T{hour:02d}:{minute:02d}" + ("Z" if m["utc"] else "")  # UTC/GMT: ISO 8601's Z


#: the part of the day a day expression names, and the hours of a clock without "a.m." or
#: "p.m." that are in the afternoon then ("9:30 Wednesday night", "at 7:15 this evening")
_PART_NAMED = re.compile(r"(?i)\b(?:afternoon|evening|night|tonight)$")
_AFTERNOON_HOURS = {
    "afternoon": range(1, 12),
    "evening": range(1, 12),
    "night": range(5, 12),
    "tonight": range(5, 12),
}


def _in_part_of_day(clock: str, m: re.Match[str], day_word: str) -> str:
    """``clock`` in the afternoon when the day names an evening or a night and the clock says no
    half of the day ("9:30" after "at", "nine o'clock")."""
    part = _PART_NAMED.search(day_word.strip())
    if part is None or not (m["h24c"] or m["oc"]) or clock[1:3] == "24":
        return clock
    hour = int(clock[1:3])
    if m["h24c"] and len(m["h24c"]) == 2 and m["h24c"].startswith("0"):
        return clock  # "09:30" is a 24-hour clock
    if hour in _AFTERNOON_HOURS[part.group().lower()]:
        return f"T{hour + 12:02d}{clock[3:]}"
    return clock


def r_time(m: re.Match[str], ctx: Context) -> Resolution | None:
    """Clock times: "3 p.m.", "10:35 a.m. Wednesday", "noon", "midnight Friday"."""
    light = (m["light"] or "").lower()
    day_word = m["dayw"] or m["dayon"]
    if light and not day_word:
        return None  # "at dawn", "dusk Thursday's" ...: no day of its own
    clock = ("TMO" if light in ("dawn", "daybreak", "sunrise") else "TEV") if light else _clock(m)
    if clock is None:
        return None
    if (
        m.group(0)[:1].isupper()
        and re.match(r"\s+[A-Z]", ctx.text[m.end() : m.end() + 2])
        and not _CAPITAL_OK_AFTER.search(ctx.text, max(0, m.start() - 3), m.start())
    ):
        return None  # "former Midnight Oil rock star": a capital inside a sentence, before a name
    if day_word:
        group = "dayw" if m["dayw"] else "dayon"
        sub = _resolve_day_expression(day_word, ctx, m.start(group), m.end(group))
        if sub is None:
            return Resolution(None, TimexType.TIME, reason=NEEDS_REFERENCE)
        day, anchor = sub
        return Resolution(
            f"{day.isoformat()}{_in_part_of_day(clock, m, day_word)}", TimexType.TIME, anchor=anchor
        )
    partner = ctx.previous[-1] if ctx.previous else None
    if (
        partner is not None
        and partner.type is TimexType.TIME
        and partner.value is not None
        and partner.interval is not None
        and partner.value[:4].isdigit()
        and _TIME_RANGE_LINK.fullmatch(ctx.text, partner.end, m.start())
        and (partner.granularity in (Granularity.HOUR, Granularity.MINUTE))
    ):
        # "Thursday between 2pm and 7pm", "from 9 a.m. to 5 p.m.": the end of a range of clock
        # times is on its start's day (the next day's if it comes round past midnight)
        day = partner.interval.start.date()
        if f"T{clock[1:3]}" < partner.value[10:13] and clock[1:3].isdigit():
            day += dt.timedelta(days=1)
        return Resolution(f"{day.isoformat()}{clock}", TimexType.TIME, anchor=ctx.anchor_on(partner))
    if (
        partner is not None
        and partner.type is TimexType.TIME
        and partner.value is not None
        and partner.interval is not None
        and re.fullmatch(r"\s*\(\s*", ctx.text[partner.end : m.start()])
    ):
        # "10 a.m. (0100 GMT)": the time in brackets is the same moment's other clock, same day
        anchor = ctx.anchor_on(partner)
        return Resolution(
            f"{partner.interval.start.date().isoformat()}{clock}", TimexType.TIME, anchor=anchor
        )
    if (
        partner is not None
        and partner.type is TimexType.SET
        # (a set of days or of a part of the day: not "quarterly report due at 12:00 GMT", "every year")
        and (partner.value == "P1D" or (partner.value or "").startswith(("XXXX-WXX", "XXXX-XX-XX")))
        and _SENTENCE_END.search(ctx.text, partner.end, m.start()) is None
        and m.start() - partner.end <= _DAY_IN_FOCUS_REACH
    ):
        # "Every morning we have people waiting at the gate before 7 a.m.": a time of each day
        return Resolution(
            f"XXXX-XX-XX{clock}", TimexType.TIME, anchor=ctx.anchor_on(partner),
            reason=f"a time on each of {partner.text!r}",
        )  # fmt: skip
    later = _RANGE_THEN_DAY.match(ctx.text, m.end())
    if later is not None:
        # "from 10 a.m. to 2 p.m. on November 27": the day after the range places both ends
        sub = _resolve_day_expression(later["day"], ctx, later.start("day"), later.end("day"))
        if sub is not None:
            return Resolution(f"{sub[0].isoformat()}{clock}", TimexType.TIME, anchor=sub[1])
    base = ctx.anchor_date()
    if base is None:
        return Resolution(f"XXXX-XX-XX{clock}", TimexType.TIME, reason=NEEDS_REFERENCE)
    ref, anchor = base
    last = ctx.last_date()
    if (
        last is not None
        and _ATTRIBUTIVE_BEFORE.search(ctx.text, max(0, last.start - 5), last.start)
        and _ATTRIBUTIVE_AFTER.match(ctx.text, last.end)
        and _SENTENCE_END.search(ctx.text, last.end, m.start()) is not None
    ):
        # a date that names another event in an earlier sentence ("finished third in the Feb. 28
        # first round. Polls opened at 6 a.m.") is not the day the story is about
        last = ctx.placed_before(last)
    if last is not None and _MARKET_RESULT_BEFORE.search(ctx.text, max(0, last.start - 40), last.start):
        # "a premium to its closing price on Wednesday. Shares jumped 36% by midday": the day of
        # a price compared with is not the day of the story
        last = ctx.placed_before(last)
    if last is not None and _REPORTED_ON.search(ctx.text, max(0, last.start - 24), last.start):
        # "tornadoes tore through the town late on Saturday, officials said on Sunday. The storm
        # struck at about 10:40 p.m.": the day of the report is not the day the story is about
        # (an event before the report: "by Friday, PAGASA said Tuesday. As of 10:00 a.m." is Tuesday)
        before = ctx.placed_before(last)
        if (
            before is not None
            and before.type in (TimexType.DATE, TimexType.TIME)
            and before.interval is not None
            and last.interval is not None
            and before.interval.end <= last.interval.start
        ):
            last = before
    while (
        last is not None
        and last.granularity is not None
        and last.granularity.rank > Granularity.DAY.rank
        and _SINCE_BEFORE.search(ctx.text, max(0, last.start - 8), last.start)
    ):
        # "a rise on Wednesday, to the highest level since 2007. The decision is due at 2 p.m.": a
        # year of comparison is no frame; the day before it still is
        earlier = [
            p for p in ctx.previous
            if p.end <= last.start and p.interval is not None and p.type in (TimexType.DATE, TimexType.TIME)
        ]  # fmt: skip
        last = earlier[-1] if earlier else None
    if (
        last is not None
        and last.granularity is not None
        and last.granularity.rank > Granularity.DAY.rank
        and last.interval is not None
        and not last.interval.start.date() <= ref < last.interval.end.date()
        and _SENTENCE_END.search(ctx.text, last.end, m.start()) is None
        and _IN_PERIOD.search(ctx.text, max(0, last.start - 12), last.start) is not None
    ):
        # "In 2022, the outcome was known by about 8 p.m.": a time in another year or month, on
        # a day the text does not say
        return Resolution(
            f"XXXX-XX-XX{clock}", TimexType.TIME, anchor=ctx.anchor_on(last),
            reason=f"the day in {last.text!r} is not said",
        )  # fmt: skip
    if (
        last is not None
        and last.granularity is not None
        and last.granularity.rank <= Granularity.DAY.rank
        and last.value
        and last.interval is not None
        and _one_day(last.interval)
        and (
            (
                last.start >= m.start() - 80
                and last.granularity is Granularity.DAY
                # (a past clause is not on a day ahead: "will report on Nov. 10. Its shares were up
                # 1.4% at 0915 GMT"; nor a clause ahead on a day gone: "figures released late
                # Tuesday. Government data is due at 10:30 a.m.")
                and not (last.interval.start.date() > ref and direction(ctx.text, m.start(), m.end()) < 0)
                and not (last.interval.start.date() < ref and direction(ctx.text, m.start(), m.end()) > 0)
            )
            or (
                # further back in the same paragraph, a day the clause's tense agrees with
                last.start >= m.start() - _TIME_DAY_REACH
                and "\n\n" not in ctx.text[last.end : m.start()]
                and last.interval.start.date() != ref
                and direction(ctx.text, m.start(), m.end()) == (1 if last.interval.start.date() > ref else -1)
            )
        )
    ):
        # the day in focus: "robbed a store on Saturday evening. Officers were called shortly
        # before 7:15 p.m."
        return _time_on_day_of(last, clock, ctx)
    if last is not None and last.interval is not None and not _one_day(last.interval):
        # a span named since is no day; the last day named may still be: "Wednesday's autumn
        # statement ... an election expected next year. The statement, due shortly after 12:30
        # GMT" (a day ahead), "tore through the capital late Sunday ... over the weekend. Sirens
        # sounded at about 8:20 p.m." (a day gone, which the spans named since all hold)
        day_named = next(
            (
                p
                for p in reversed(ctx.previous)
                if p.interval is not None
                and p.value
                and p.type in (TimexType.DATE, TimexType.TIME)
                and _one_day(p.interval)
            ),
            None,
        )
        if (
            day_named is not None
            and day_named.interval is not None
            and day_named.start >= m.start() - _TIME_DAY_REACH
            and "\n\n" not in ctx.text[day_named.end : m.start()]
            and not _PERIOD_ENDED.search(ctx.text, max(0, day_named.start - 9), day_named.start)
        ):
            day = day_named.interval.start.date()
            sign = direction(ctx.text, m.start(), m.end())
            since = [p.interval for p in ctx.previous if p.start > day_named.start and p.interval is not None]
            held = all(span.start.date() <= day < span.end.date() for span in since)
            if (day > ref and sign > 0) or (day < ref and sign < 0 and held):
                return _time_on_day_of(day_named, clock, ctx)
    return Resolution(f"{ref.isoformat()}{clock}", TimexType.TIME, anchor=anchor)


def _one_day(interval: Interval) -> bool:
    """Whether an interval is one day or less (a day, a part of it, a clock time)."""
    return interval.end - interval.start <= dt.timedelta(days=1)


def _time_on_day_of(mention: TimeMention, clock: str, ctx: Context) -> Resolution:
    """A clock time on the day of ``mention``, the day in focus."""
    assert mention.interval is not None and mention.value is not None
    day = mention.interval.start.date()
    if clock[1:3] < "06" and (
        mention.value.endswith(("TNI", "TEV")) or "T18" <= mention.value[10:13] <= "T23"
    ):
        # "set out overnight ... The crash happened after 1:30 a.m.", "at 11:50 p.m. ... by 2
        # a.m.": the small hours after an evening or a night are the next day's
        day += dt.timedelta(days=1)
    return Resolution(f"{day.isoformat()}{clock}", TimexType.TIME, anchor=ctx.anchor_on(mention))


_SINCE_BEFORE = re.compile(r"(?i)\bsince\s+$")
#: between the two clock times of a range: "2pm and 7pm", "9 a.m. to 5 p.m.", "10:00-14:00"
_TIME_RANGE_LINK = re.compile(r"\s*(?:-|–|—|\s(?:and|to|until|till|through)\s)\s*")
#: a date used as an adjective: "the Feb. 28 first round", "a June 27 debate"
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:[Tt]he|an?)\s+$")
_ATTRIBUTIVE_AFTER = re.compile(
    r"\s+(?!(?:and|or|to|in|on|at|of|for|with|by|from|when|as|that|which|was|were|is|are|will|would|has|had|"
    r"have|after|before|until|through|during|while|but|if|this|last|next|local|time|deadline)\b)[a-z]{3,}"
)
#: a year or a month that frames its sentence, fronted ("In 2022, the outcome was known by 8 p.m.";
#: not "who took over in 2020, met the King around midday")
_IN_PERIOD = re.compile(r"(?:^|[.!?\"“(]\s*|\n\s*)(?:In|During)\s+$")
#: how far before a clock time without a day the day in focus may be named
_TIME_DAY_REACH = 600
#: a date that says when something was reported ("officials said on Sunday")
_REPORTED_ON = re.compile(r"\b(?:said|says|announced|reported|told\s+\w+)\s+(?:on\s+)?$")


#: a day and its part, said in one phrase: how many days from the reference date
_DAY_PHRASES = {**_DAY_WORDS, "last night": -1, "this morning": 0, "this afternoon": 0, "this evening": 0}
#: a day named with its part ("Wednesday night", "yesterday morning")
_DAY_AND_PART = re.compile(
    rf"(?:(?P<rel>(?i:last|this|next|this\s+past|this\s+coming))\s+)?(?P<day>.+?)(?:\s+(?P<part>{PART_OF_DAY}))?"
)


def _resolve_day_expression(text: str, ctx: Context, start: int, end: int) -> tuple[dt.date, Anchor] | None:
    t = text.strip()
    lower = t.lower()
    parts = _DAY_AND_PART.fullmatch(t)
    offset = _DAY_PHRASES.get(lower)
    if offset is None and parts is not None and parts["part"]:
        offset = _DAY_WORDS.get(parts["day"].lower())  # "yesterday morning"
    if offset is not None:
        base = ctx.anchor_date()
        if base is None:
            return None
        return base[0] + dt.timedelta(days=offset), base[1]
    if parts is not None and _WEEKDAY_ONLY.fullmatch(parts["day"]):
        return _place_weekday(_weekday(parts["day"]), ctx, start, end, parts["rel"])
    t = _LEADING_WEEKDAY.sub("", t)  # "Wednesday, Nov. 27": the date decides
    md = _MONTH_DAY_YEAR.fullmatch(t)
    if md:
        month, day = _month(md.group(1)), _day(md.group(2))
        if md.group(3):
            return dt.date(int(md.group(3)), month, day), Anchor()
        placed = _place_month(month, ctx, start, end, day)
        if placed is None:
            return None
        return dt.date(placed[0], month, day), placed[1]
    return None


_REFERENCE_WORDS = {
    "now": "PRESENT_REF", "current": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF",
    "presently": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "at this time": "PRESENT_REF",
    "at this point": "PRESENT_REF", "at the moment": "PRESENT_REF", "for the time being": "PRESENT_REF",
    "the present": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "previously": "PAST_REF", "formerly": "PAST_REF", "once": "PAST_REF", "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the foreseeable future": "FUTURE_REF", "soon": "FUTURE_REF",
    "shortly": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "the near term": "FUTURE_REF", "right now": "PRESENT_REF", "just now": "PRESENT_REF",
    "the present time": "PRESENT_REF",
}  # fmt: skip


#: "the future" before a noun is an adjective ("the future bid process"), not before a verb,
#: a preposition or a conjunction ("the future looks bleak", "the future of Kosovo")
_ADJECTIVE_FUTURE = re.compile(
    r"\s+(?!(?:of|and|or|but|is|was|will|would|may|might|could|can|should|must|looks?|holds?|remains?|seems?|"
    r"lies|belongs?|depends?|that|which|for|in|with|as|at|to|by|on|than|from|while|when|where|if|because|after|"
    r"before|so|even|also|again|too|i|we|they|he|she|it|you)\b)[a-z]{3,}\b(?!['’])"
)


def r_reference(m: re.Match[str], ctx: Context) -> Resolution | None:
    word = " ".join(m.group(0).lower().split())
    if word == "once":
        return None  # too often "once X happens"
    if word in ("soon", "shortly", "previously", "formerly", "lately"):
        return None  # adverbs TimeML seldom marks; kept out to avoid noise
    if (
        word == "the future"
        and _ADJECTIVE_FUTURE.match(ctx.text, m.end())
        and not re.search(r"(?i)\b(?:in|into|for|about)\s+$", ctx.text[max(0, m.start() - 6) : m.start()])
    ):
        return None  # "the future status of the province": an adjective, no time
    base = ctx.anchor_date()
    anchor = base[1] if base else Anchor()
    # "more recently", "most recently": the comparison is part of the expression (TimeBank, MEANTIME);
    # a leading preposition is not ("at [this point]", "for [the time being]", "at [present]")
    value = _REFERENCE_WORDS[word.removeprefix("more ").removeprefix("most ")]
    lead = re.match(r"(?i)(?:at|for)\s+", m.group(0))
    return Resolution(value, anchor=anchor, start=m.start() + lead.end() if lead else None)


def r_recent(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "recent weeks", "recent years", "the coming months", "the years ahead"; "the week
    ahead" is the coming week."""
    if m["ahead"] is not None:
        unit_word = m["unit2"].lower()
        if not unit_word.endswith("s"):
            base = ctx.anchor_date()
            if base is None:
                return _unresolved()
            unit, _ = _unit(unit_word)
            return Resolution(_granularity_value(shift(base[0], 1, unit), unit), anchor=base[1])
        return _vague_reference(False, ctx)
    return _vague_reference(m["which"].lower() == "recent", ctx)


def _vague_reference(past: bool, ctx: Context) -> Resolution:
    """ "in recent weeks", "the coming months", "the past few years": reference expressions
    (PAST_REF, FUTURE_REF) ordered by a constraint on the reference date."""
    base = ctx.anchor_date()
    constraint = None
    if base is not None:
        constraint = f"{'BEFORE' if past else 'AFTER'} {base[0].isoformat()}"
    return Resolution(
        "PAST_REF" if past else "FUTURE_REF", anchor=base[1] if base else Anchor(), constraint=constraint
    )


def _unit_within(last: TimeMention, unit: str, anchor: Anchor) -> Resolution | None:
    """ "that day", "the next day" after a coarser date ("in 1987", "in September"): some day of
    that year or month, not its first: ``1987-XX-XX``, ``1999-09-XX`` (``None`` when ``last``
    is as fine as ``unit``)."""
    coarse, value = last.granularity, last.value
    if (
        unit not in _WITHIN_UNKNOWN
        or coarse is None
        or value is None
        or coarse.rank <= UNIT_GRANULARITY[unit].rank
    ):
        return None
    if coarse.rank > Granularity.YEAR.rank:
        return Resolution(None, anchor=anchor, reason=f"which {unit} of {value} is meant is not said")
    if unit == "day" and coarse is Granularity.MONTH:
        return Resolution(f"{value[:7]}-XX", anchor=anchor)
    return Resolution(value[:4] + _WITHIN_UNKNOWN[unit], anchor=anchor)


#: the unknown part of a unit inside a known year
_WITHIN_UNKNOWN = {"day": "-XX-XX", "week": "-WXX", "month": "-XX", "year": ""}


def r_anaphora(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "that day", "the same week", "since then": the last resolved mention's unit."""
    last = ctx.last_date()
    unit_word = m["unit"]
    if last is None or last.interval is None or last.value is None:
        return Resolution(None, reason=NO_EARLIER_DATE)
    anchor = ctx.anchor_on(last)
    day = last.interval.start.date()
    if unit_word is None:  # "then"
        return Resolution(last.value, anchor=anchor, start=m.start("then"))
    unit, _ = _unit(unit_word)
    if (m["year"] or m["rely"]) and unit in ("day", "week", "month") and last.granularity is not None:
        if m["year"]:
            year = int(m["year"])
        else:
            base = ctx.anchor_date()
            if base is None:
                return _unresolved()
            year = base[0].year + _UNIT_OFFSET[m["rely"].split()[0].lower()]
        if last.granularity.rank > UNIT_GRANULARITY[unit].rank:
            return Resolution(
                None, anchor=anchor, reason=f"which {unit} of {last.value} is meant is not said"
            )
        if unit == "week":
            return Resolution(f"{year:04d}-W{day.isocalendar()[1]:02d}", anchor=anchor)
        if unit == "month":
            return Resolution(f"{year:04d}-{day.month:02d}", anchor=anchor)
        try:
            return Resolution(day.replace(year=year).isoformat(), anchor=anchor)
        except ValueError:  # 29 February in a common year
            return Resolution(None, anchor=anchor, reason=f"{year} has no 29 February")
    within = _unit_within(last, unit, anchor)
    if within is not None:
        return within
    step = {"next": 1, "following": 1, "previous": -1}.get((m["next"] or "").lower(), 0)
    return Resolution(_granularity_value(shift(day, step, unit), unit), anchor=anchor)


def r_earlier_this(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "earlier this year", "later this month", "earlier today": the unit that contains the reference."""
    base = ctx.anchor_date()
    if base is None:
        return _unresolved()
    ref, anchor = base
    if m["day"]:
        return Resolution((ref + dt.timedelta(days=_DAY_WORDS[m["day"].lower()])).isoformat(), anchor=anchor)
    unit, _ = _unit(m["unit"])
    if unit == "week" and m["which"].lower() == "later" and ref.isoweekday() == 7:
        # on a Sunday, the last day of its ISO week, "later this week" is the week that follows
        return Resolution(_granularity_value(ref + dt.timedelta(days=1), unit), anchor=anchor)
    return Resolution(_granularity_value(ref, unit), anchor=anchor)


def r_period_ref(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "the quarter", "the latest period", "the year-ago quarter": the fiscal quarter in play.

    Financial news reports one quarter at a time: the last quarter mentioned (else the last
    complete quarter before the reference date), a year back for "year-ago"/"year-earlier".
    """
    year = m["year"] or m["pyear"]
    back = bool(
        m["back"] or (m["ago"] and m["ago"].lower().replace(" ", "-").startswith(("year", "comparable")))
    )
    if m["current"] and m["what"].lower() == "quarter" and not (back or year):
        base = ctx.anchor_date()  # "the current (financial) quarter": the one of the reference date
        return (
            _unresolved()
            if base is None
            else Resolution(value_of(base[0], Granularity.QUARTER), anchor=base[1])
        )
    last = ctx.reporting_period(m.start(), reach=2000, reported=back or bool(year))
    ended = _ENDED.match(ctx.text, m.end()) if m["what"].lower() == "quarter" and not year else None
    if ended is not None and (last is None or "fiscal" not in last.text.lower()):
        # "the quarter ended Sept. 30": the calendar quarter holding most of the three months
        # that end then; after "the fiscal first quarter" it is that one, named as the company does
        return _quarter_ended(ended, ctx, back)
    if last is not None and last.granularity is Granularity.QUARTER and last.interval is not None:
        day = last.interval.start.date()
        anchor = ctx.anchor_on(last)
        if year:
            day = day.replace(year=int(year))  # "the 1988 quarter": the same quarter of 1988
        elif back:
            # counting from the quarter of the report, not from a year-ago one already mentioned
            day = shift(day, -1, "year")
    elif year:
        return _absolute(year) if m["what"].lower() == "period" else None
    else:
        if m["what"].lower() == "period" and m["back"]:
            # "the same period last year" with no quarter in play: the year back is the time
            # expression ("last year", "a year ago"), the period a noun phrase around it
            back_start = m.start("back") + len(m["back"]) - len(m["back"].lstrip())
            base = ctx.anchor_date()
            if base is None:
                return _unresolved()
            return Resolution(f"{base[0].year - 1:04d}", anchor=base[1], start=back_start)
        if m["what"].lower() == "period":
            if back and m["ago"]:
                # "the year-earlier period" with no quarter in play ("In the first nine months ...")
                base = ctx.anchor_date()
                return (
                    _unresolved() if base is None else Resolution(f"{base[0].year - 1:04d}", anchor=base[1])
                )
            return None  # "the period" alone needs a quarter to refer to
        base = ctx.anchor_date()
        if base is None:
            return _unresolved()
        ref, anchor = base
        day = add_months(dt.date(ref.year, 3 * ((ref.month - 1) // 3) + 1, 1), -3)
        if back:
            day = shift(day, -1, "year")
    return Resolution(value_of(day, Granularity.QUARTER), anchor=anchor)


_ENDED = re.compile(
    rf"\s+(?P<how>ended|ending|that\s+ended|which\s+ended)\s+(?P<mon>{MONTH})\s+(?P<day>{DAYNUM})\b(?:,?\s+(?P<year>{YEAR}))?",
    re.IGNORECASE,
)


def _quarter_ended(ended: re.Match[str], ctx: Context, back: bool) -> Resolution:
    month = _month(ended["mon"])
    if ended["year"]:
        year = int(ended["year"])
        anchor = Anchor()
    else:
        base = ctx.anchor_date()
        if base is None:
            return _unresolved()
        ref, anchor = base
        # "ended" is past: the last such day by the reference date; "ending" may be ahead
        year = ref.year
        last_day = dt.date(year, month, min(_day(ended["day"]), 28))
        if "ended" in ended["how"].lower() and last_day > ref:
            year -= 1
        elif "ended" not in ended["how"].lower() and (ref - last_day).days > 92:
            year += 1
    middle = add_months(dt.date(year, month, 1), -1)
    if back:
        middle = shift(middle, -1, "year")
    return Resolution(value_of(middle, Granularity.QUARTER), anchor=anchor)


def r_weekend(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "the weekend", "last weekend", "this coming weekend": ``YYYY-Www-WE``."""
    base = ctx.anchor_date()
    if base is None:
        return _unresolved()
    ref, anchor = base
    rel = _rel(m).split()[-1]
    monday = ref - dt.timedelta(days=ref.isoweekday() - 1)
    if rel in ("last", "past"):
        week = monday - dt.timedelta(weeks=1) if ref.isoweekday() < 6 or rel == "last" else monday
    elif rel in ("next", "coming"):
        week = monday if ref.isoweekday() < 6 and rel == "coming" else monday + dt.timedelta(weeks=1)
    else:  # "the weekend", "this weekend": the one just past early in the week, else the coming one
        sign = direction(ctx.text, m.start(), m.end())
        week = (
            monday - dt.timedelta(weeks=1) if (sign < 0 or (sign == 0 and ref.isoweekday() <= 2)) else monday
        )
        if ref.isoweekday() >= 6 or (rel == "this" and ref.isoweekday() >= 3):
            # (from Wednesday on, "this weekend" is the coming one, whatever the report's tense:
            # "forecasters warned of more dry lightning this weekend")
            week = monday
    if _rel(m).startswith("over"):
        return Resolution(f"{value_of(week, Granularity.WEEK)}-WE", anchor=anchor, start=m.start() + 5)
    return Resolution(f"{value_of(week, Granularity.WEEK)}-WE", anchor=anchor)


_SPELLED_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip


def r_spelled_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "nineteen ninety-six", "two thousand and one", "the year two thousand"."""
    if m["c"] is None:
        return _absolute("2000")
    century = m["c"].lower().split()[0]
    rest = m["rest"].lower().replace("-", " ").split()
    if (
        century == "twenty"
        and rest[0] in _SPELLED_UNITS
        and len(rest) == 1
        and not m.group(0).lower().startswith("the")
    ):
        return None  # "twenty five" is a number, not 2005
    if rest == ["hundred"]:
        tail = 0
    else:
        tail = NUMBER_WORDS.get(rest[0], 0) + (_SPELLED_UNITS.get(rest[1], 0) if len(rest) > 1 else 0)
    base = {"nineteen": 1900, "twenty": 2000, "two": 2000}[century]
    if century in ("nineteen", "twenty") and tail < 10 and rest != ["hundred"]:
        return None  # "nineteen five" is not a year form in news
    if m["smon"]:
        return _absolute(f"{base + tail:04d}-{_month(m['smon']):02d}")
    if m["sseason"]:
        return _absolute(f"{base + tail:04d}-{SEASONS[m['sseason'].lower()]}")
    return _absolute(f"{base + tail:04d}")


def r_year_range(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "2009-2010", "1994-97": one mention for the span ("from 2009 to 2010" is two mentions)."""
    y1 = int(m["y1"])
    y2_text = m["y2"]
    y2 = int(y2_text) if len(y2_text) == 4 else (y1 // 100) * 100 + int(y2_text)
    if y2 <= y1 or y2 - y1 > 200:
        return None
    return Resolution(f"RANGE:{y1:04d}-01-01/{y2 + 1:04d}-01-01", start=m.start("y1"))


def r_month_range(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "May-July", "March–June 2024" ("between May and July" is two mentions)."""
    m1, m2 = _month(m["m1"]), _month(m["m2"])
    if m["year"]:
        y2 = int(m["year"])
        anchor = Anchor()
    else:
        placed = _place_month(m2, ctx, m.start(), m.end())
        if placed is None:
            return _unresolved()
        y2, anchor = placed
    y1 = y2 if m1 <= m2 else y2 - 1
    end = add_months(dt.date(y2, m2, 1), 1)
    return Resolution(
        f"RANGE:{dt.date(y1, m1, 1).isoformat()}/{end.isoformat()}",
        anchor=anchor,
        start=m.start("the") if m["the"] else m.start("m1"),  # "the July-September quarter" is one expression
    )


_CONTINUATION_GAP = re.compile(r"\s*(?:,|and|or|to|through|until|till)\s*", re.IGNORECASE)


def r_day_continuation(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "April 24 and [25]", "December 3 to [5]": a bare day after a full date takes its month and year."""
    if not ctx.previous:
        return None
    last = ctx.previous[-1]
    if (
        last.granularity is not Granularity.DAY
        or last.value is None
        or not _CONTINUATION_GAP.fullmatch(ctx.text, last.end, m.start())
    ):
        return None
    first = dt.date.fromisoformat(last.value[:10])
    try:
        day = first.replace(day=_day(m["d"]))
    except ValueError:
        return None
    if day <= first:
        return None
    return Resolution(day.isoformat(), anchor=ctx.anchor_on(last))


def r_day_before_month(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "from [9] to 11 July 2024", "[3] and 4 December": a bare day before a day-month date
    takes that date's month and year."""
    month = _month(m["mon"])
    day = _day(m["d"])
    if m["year"]:
        year, anchor = int(m["year"]), Anchor()
    else:
        placed = _place_month(month, ctx, m.start(), m.end(), day)
        if placed is None:
            return Resolution(f"XXXX-{month:02d}-{day:02d}", reason=NEEDS_REFERENCE)
        year, anchor = placed
        if m["wd"] and ctx.reference_date is not None:
            year = _weekday_year(year, month, day, _weekday(m["wd"]), ctx.reference_date)
    return Resolution(dt.date(year, month, day).isoformat(), anchor=anchor)


def _weekday_year(year: int, month: int, day: int, weekday: int, ref: dt.date) -> int:
    """The year a date named with its weekday falls in ("Tuesday 4 March"): ``year`` if the
    weekday fits it, else the year near the reference date whose date has that weekday."""
    if _valid(year, month, day) and dt.date(year, month, day).isoweekday() == weekday:
        return year
    fits = [
        y
        for y in (ref.year - 1, ref.year, ref.year + 1)
        if _valid(y, month, day)
        and dt.date(y, month, day).isoweekday() == weekday
        and abs((dt.date(y, month, day) - ref).days) < 300
    ]
    return min(fits, key=lambda y: abs((dt.date(y, month, day) - ref).days)) if fits else year


def r_unit_ref(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "the year", "the month" only as the object of a part phrase ("the end of the year")."""
    return None  # resolved through the prefix attachment in the tagger


# --------------------------------------------------------------------------- holidays


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th given ISO weekday of a month (n = -1: the last one)."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = add_months(dt.date(year, month, 1), 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _orthodox_easter(year: int) -> dt.date:
    """Orthodox Easter Sunday: the Julian computus (Meeus), moved to the Gregorian calendar."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return dt.date(year, month, day + 1) + dt.timedelta(days=year // 100 - year // 400 - 2)


#: the Easter feasts, by the Easter they follow
_EASTER_FEASTS = {
    "easter sunday": 0, "easter": 0, "good friday": -2, "easter monday": 1, "holy week": -7, "easter week": -7,
    "palm sunday": -7, "maundy thursday": -3, "ash wednesday": -46, "shrove tuesday": -47, "mardi gras": -47,
    "ascension day": 39, "pentecost": 49, "whit sunday": 49, "whit monday": 50,
}  # fmt: skip


def _after_easter(easter: Callable[[int], dt.date], offset: int, year: int) -> dt.date:
    """The feast ``offset`` days after (before, if negative) the year's Easter by ``easter``."""
    return easter(year) + dt.timedelta(days=offset)


#: holidays that are a week: Holy Week, from Palm Sunday (its date in :data:`HOLIDAYS`) to Easter
_HOLIDAY_WEEKS = frozenset({"holy week", "easter week"})
_ORTHODOX_BEFORE = re.compile(r"\b(?:Orthodox|Eastern)\s+$")

#: the US presidential primaries' Super Tuesday, as held (since then: the first Tuesday of March)
_SUPER_TUESDAYS: dict[int, dt.date] = {
    1988: dt.date(1988, 3, 8), 1992: dt.date(1992, 3, 10), 1996: dt.date(1996, 3, 12),
    2000: dt.date(2000, 3, 7), 2004: dt.date(2004, 3, 2), 2008: dt.date(2008, 2, 5),
    2012: dt.date(2012, 3, 6), 2016: dt.date(2016, 3, 1), 2020: dt.date(2020, 3, 3), 2024: dt.date(2024, 3, 5),
}  # fmt: skip
#: holiday name (lower case, as the pattern matches it) → its date in a given year
HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "new year's day": lambda y: dt.date(y, 1, 1),
    "new year's eve": lambda y: dt.date(y, 12, 31),
    "new year's": lambda y: dt.date(y, 1, 1),
    "new year": lambda y: dt.date(y, 1, 1),
    "christmas day": lambda y: dt.date(y, 12, 25),
    "christmas eve": lambda y: dt.date(y, 12, 24),
    "christmas": lambda y: dt.date(y, 12, 25),
    "boxing day": lambda y: dt.date(y, 12, 26),
    "valentine's day": lambda y: dt.date(y, 2, 14),
    "halloween": lambda y: dt.date(y, 10, 31),
    "independence day": lambda y: dt.date(y, 7, 4),
    "veterans day": lambda y: dt.date(y, 11, 11),
    "armistice day": lambda y: dt.date(y, 11, 11),
    "labor day": lambda y: _nth_weekday(y, 9, 1, 1),
    "memorial day": lambda y: _nth_weekday(y, 5, 1, -1),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 4, 4),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 4, 4),
    "black friday": lambda y: _nth_weekday(y, 11, 4, 4) + dt.timedelta(days=1),
    "cyber monday": lambda y: _nth_weekday(y, 11, 4, 4) + dt.timedelta(days=4),
    "mother's day": lambda y: _nth_weekday(y, 5, 7, 2),  # (the US and most countries; the UK's is in Lent)
    "father's day": lambda y: _nth_weekday(y, 6, 7, 3),
    "election day": lambda y: _nth_weekday(y, 11, 1, 1) + dt.timedelta(days=1),
    "super tuesday": lambda y: _SUPER_TUESDAYS.get(y) or _nth_weekday(y, 3, 2, 1),
    "may day": lambda y: dt.date(y, 5, 1),
    "martin luther king day": lambda y: _nth_weekday(y, 1, 1, 3),
    "martin luther king jr. day": lambda y: _nth_weekday(y, 1, 1, 3),
    "martin luther king, jr. day": lambda y: _nth_weekday(y, 1, 1, 3),
    "epiphany": lambda y: dt.date(y, 1, 6),
    "presidents' day": lambda y: _nth_weekday(y, 2, 1, 3),
    "st. patrick's day": lambda y: dt.date(y, 3, 17),
    "bastille day": lambda y: dt.date(y, 7, 14),
    "victory day": lambda y: dt.date(y, 5, 9),
    "fourth of july": lambda y: dt.date(y, 7, 4),
    "juneteenth": lambda y: dt.date(y, 6, 19),
    "columbus day": lambda y: _nth_weekday(y, 10, 1, 2),
    "earth day": lambda y: dt.date(y, 4, 22),
    "groundhog day": lambda y: dt.date(y, 2, 2),
    "all saints' day": lambda y: dt.date(y, 11, 1),
    "canada day": lambda y: dt.date(y, 7, 1),
    "australia day": lambda y: dt.date(y, 1, 26),
    "anzac day": lambda y: dt.date(y, 4, 25),
    # the British Isles' days ("the early May bank holiday" in England is the first Monday of May,
    # "the August bank holiday" the last Monday of August; the June and October ones are Ireland's)
    "remembrance sunday": lambda y: _nth_weekday(y, 11, 7, 2),
    "remembrance day": lambda y: dt.date(y, 11, 11),
    "bonfire night": lambda y: dt.date(y, 11, 5),
    "guy fawkes night": lambda y: dt.date(y, 11, 5),
    "hogmanay": lambda y: dt.date(y, 12, 31),
    "st george's day": lambda y: dt.date(y, 4, 23),
    "st andrew's day": lambda y: dt.date(y, 11, 30),
    "st david's day": lambda y: dt.date(y, 3, 1),
    "early may bank holiday": lambda y: _nth_weekday(y, 5, 1, 1),
    "may bank holiday": lambda y: _nth_weekday(y, 5, 1, 1),
    "spring bank holiday": lambda y: _nth_weekday(y, 5, 1, -1),
    "summer bank holiday": lambda y: _nth_weekday(y, 8, 1, -1),
    "august bank holiday": lambda y: _nth_weekday(y, 8, 1, -1),
    "june bank holiday": lambda y: _nth_weekday(y, 6, 1, 1),
    "october bank holiday": lambda y: _nth_weekday(y, 10, 1, -1),
    # the feasts Easter moves
    **{name: functools.partial(_after_easter, _easter, offset) for name, offset in _EASTER_FEASTS.items()},
    # the feasts of other calendars (:mod:`timeline.temporal.calendars`), by their first day
    "lunar new year": calendars.lunar_new_year,
    "chinese new year": calendars.lunar_new_year,
    "spring festival": calendars.lunar_new_year,
    **{name: functools.partial(calendars.islamic_feast, name) for name in calendars.ISLAMIC_FEASTS},
    "nowruz": calendars.nowruz,
    "persian new year": calendars.nowruz,
    "iranian new year": calendars.nowruz,
    "jewish new year": functools.partial(calendars.hebrew_feast, "rosh hashanah"),
    **{name: functools.partial(calendars.hebrew_feast, name) for name in calendars.HEBREW_FEASTS},
}
#: the spellings of a holiday's name, where there are several
_HOLIDAY_FORMS: dict[str, str] = {
    "st. patrick's day": r"(?:st\.?|saint)\s+patrick['’]?s\s+day",
    "st george's day": r"(?:st\.?|saint)\s+george['’]?s\s+day",
    "st andrew's day": r"(?:st\.?|saint)\s+andrew['’]?s\s+day",
    "st david's day": r"(?:st\.?|saint)\s+david['’]?s\s+day",
    "all saints' day": r"all\s+saints['’]?\s+day",
    "guy fawkes night": r"guy\s+fawkes['’]?\s+night",
    "whit sunday": r"whit\s*sunday",
    "early may bank holiday": r"early\s+may\s+bank\s+holiday",
    "ramadan": r"ram(?:adh?|az|z)an",
    "eid al-fitr": r"eid[\s-]+(?:al|ul|el)[\s-]*fitr",
    "eid al-adha": r"eid[\s-]+(?:al|ul|el)[\s-]*adha",
    "rosh hashanah": r"rosh\s+hashanah?",
    "hanukkah": r"(?:c?hanukk?ah|hannukah)",
    "sukkot": r"sukkoth?",
    "nowruz": r"(?:nowruz|nowrouz|norouz|navruz|nauryz)",
}
#: holidays not held once a year: their days in a given year (none, one or two). Super Tuesday is
#: every four years; a Gregorian year can hold two of an Islamic feast
_OCCURRENCES: dict[str, Callable[[int], tuple[dt.date, ...]]] = {
    "super tuesday": lambda y: (HOLIDAYS["super tuesday"](y),) if y % 4 == 0 else (),
    **{
        name: functools.partial(calendars.islamic_days, *day)
        for name, day in calendars.ISLAMIC_FEASTS.items()
    },
}
#: how many years either side of the reference date to look for one of them
_OCCURRENCE_YEARS = 4
#: holidays longer than a day: how many days the one beginning on a day lasts
_HOLIDAY_DAYS: dict[str, Callable[[dt.date], int]] = {
    "ramadan": calendars.ramadan_days,
    "passover": lambda first: 8,
    "hanukkah": lambda first: 8,
    "sukkot": lambda first: 7,
    "rosh hashanah": lambda first: 2,
    "jewish new year": lambda first: 2,
}
#: the names in one pattern: the spellings of :data:`_HOLIDAY_FORMS`, then the other names as a
#: trie (which the regex engine scans several times faster than a flat list; its optional tails
#: are greedy, so "New Year's Day" wins over "New Year")
_HOLIDAY_PATTERN = "|".join(
    [
        *(_HOLIDAY_FORMS[name] for name in sorted(_HOLIDAY_FORMS, key=len, reverse=True)),
        trie_alternation(name for name in HOLIDAYS if name not in _HOLIDAY_FORMS)
        .replace("\\ ", "\\s+")
        .replace("'", "['’]?"),
    ]
)


def _holiday_name(text: str) -> str | None:
    """The key of :data:`HOLIDAYS` a holiday's name as written stands for."""
    name = re.sub(r"\s+", " ", text.lower().replace("’", "'"))
    for key in (name, name.replace("'", ""), name.replace("s day", "'s day")):
        if key in HOLIDAYS:
            return key
    return next((key for key, form in _HOLIDAY_FORMS.items() if re.fullmatch(form, name)), None)


#: other calendars' new years fall on other days
_OTHER_NEW_YEAR = re.compile(
    r"(?i)\b(?:chinese|lunar|jewish|persian|iranian|islamic|muslim|hindu|tamil|sinhala|sinhalese|thai|vietnamese|"
    r"tibetan|orthodox|kurdish|korean|bengali|khmer|lao|cambodian|buddhist|hijri)\s+$"
)
_NEW_YEAR_NOUN = re.compile(
    r"(?i)\s+(?:holidays?|celebrations?|festivities|festival|party|parties|break|period|revell?ers|fireworks)\b"
)


def _is_new_year_holiday(m: re.Match[str], ctx: Context) -> bool:
    """ "New Year's", "the New Year holidays", "over the New Year": the first of January
    (not "the Chinese New Year", "Happy New Year", or "the new year" in lower case)."""
    if not m["name"].startswith("New") or _OTHER_NEW_YEAR.search(ctx.text, max(0, m.start() - 14), m.start()):
        return False
    if m["name"].lower().replace("’", "'").endswith("'s"):
        return True
    return bool(
        _NEW_YEAR_NOUN.match(ctx.text, m.end())
        or re.search(
            r"(?i)\b(?:the|at|over|around|before|after|until|till|since)\s+$",
            ctx.text[max(0, m.start() - 8) : m.start()],
        )
    )


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _holiday_weekend(day: dt.date, m: re.Match[str], ctx: Context, anchor: Anchor) -> Resolution:
    """The weekend a holiday belongs to: the one before a Monday to Wednesday holiday ("Memorial
    Day weekend"), else the one after it in its week ("Thanksgiving weekend"); "the" joins the extent."""
    weekday = day.weekday()
    saturday = day - dt.timedelta(days=weekday + 2) if weekday <= 2 else day + dt.timedelta(days=5 - weekday)
    iso = saturday.isocalendar()
    the = _THE_BEFORE.search(ctx.text, max(0, m.start() - 4), m.start()) if not m["rel"] else None
    return Resolution(
        f"{iso.year:04d}-W{iso.week:02d}-WE", anchor=anchor, start=the.start() if the is not None else None
    )


#: a holiday this many days away is the one meant, whatever a distant or reporting verb says
_NEAR_DAYS = 10
#: how close its own verb must be to a holiday that near to move it a year
_OWN_CUE_REACH = 20
_IN_YEAR = re.compile(rf"\s+(?:in|of)\s+({YEAR})\b")


_GREETING_BEFORE = re.compile(r"\b(?:[Mm]erry|[Hh]appy)\s+$")
#: "Ramadan" is also a name ("Tariq Ramadan said", "Saddam and Ramadan"): the month is the one
#: after a preposition or a determiner, or before a word of the fast
_RAMADAN_BEFORE = re.compile(
    r"(?i)(?:\b(?:during|in|of|for|before|after|since|until|till|through|throughout|the|this|last|next|"
    r"holy|muslim|islamic|fasting|ahead|around|over|by|at|on|into|from|to|across|within|whole|entire|"
    r"start|end|eve|month|begins?|began|ends?|ended|marks?|marked|observe[sd]?|observing|celebrate[sd]?)\s+)$"
)
_RAMADAN_AFTER = re.compile(
    r"['’]s\b|\s+(?:fast(?:s|ing)?|month|season|holidays?|prayers?|iftars?|meals?|evenings?|nights?|"
    r"begins?|began|starts?|started|ends?|ended|(?:is|was|will)\s+(?:begin|end|start|over)|falls?|"
    r"(?:is\s+|was\s+)?(?:set|due|expected)\s+to\s+(?:begin|start|end)|approach(?:es|ing)?|nears?|nearing)\b"
)
#: before a holiday still ahead: "(the days) before Christmas", "ahead of Thanksgiving"
_BEFORE_HOLIDAY = re.compile(
    r"(?i)\b(?:before|ahead\s+of|until|till|(?:in\s+)?the\s+(?:run|lead)[-\s]up\s+to|leading\s+up\s+to)\s+(?:the\s+)?$"
)


def r_holiday(m: re.Match[str], ctx: Context) -> Resolution | None:
    """Holidays with a fixed or computable date: "Thanksgiving", "Christmas Eve", "Election Day"."""
    if not m["name"][0].isupper() and not m["name"].lower().endswith("bank holiday"):
        return None  # "may day" is no holiday ("the spring bank holiday" is)
    if _GREETING_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
        return None  # "Merry Christmas", "Happy New Year": a greeting, no date
    if re.match(
        r"\s+(?:Agreement|Accord|Accords|Offensive|Uprising|Massacre|Rising|Parade|Bowl|Island|Islands|"
        r"trees?|cards?|carols?|decorations|lights|markets?|presents|gifts|puddings?|stockings?)\b",
        ctx.text[m.end() : m.end() + 16],
    ):
        return None  # a name: "the Good Friday Agreement", "the Tet Offensive"
    name = _holiday_name(m["name"])
    if name is None:
        return None
    if name.startswith("new year") and not name.endswith(("day", "eve")) and not _is_new_year_holiday(m, ctx):
        return None
    if name == "ramadan" and not (
        _RAMADAN_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
        or _RAMADAN_AFTER.match(ctx.text, m.end())
    ):
        return None  # "Tariq Ramadan said", "Saddam and Ramadan": a person
    rule = HOLIDAYS[name]
    if name in _EASTER_FEASTS and _ORTHODOX_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        # "Orthodox Easter", "Orthodox Good Friday"
        rule = functools.partial(_after_easter, _orthodox_easter, _EASTER_FEASTS[name])
    in_year = _IN_YEAR.match(ctx.text, m.end())
    year_word = m["year"] or (in_year[1] if in_year is not None else None)
    if year_word:
        # "Christmas 2005", "on Christmas Eve in 2000" (the year keeps its own mention)
        return _holiday_on(rule(int(year_word)), name, m, ctx, Anchor())
    base = ctx.anchor_date()
    if base is None:
        return _unresolved()
    ref, anchor = base
    rel = _rel(m)
    frame = year_frame(ctx, m.start(), m.end()) if not rel else None
    if frame is not None and frame.value is not None:
        # "Last year we were ordered to shut a few days before Christmas"
        return _holiday_on(rule(int(frame.value)), name, m, ctx, ctx.anchor_on(frame))
    occurrences = _OCCURRENCES.get(name)
    if occurrences is None:
        dates = [rule(y) for y in (ref.year - 1, ref.year, ref.year + 1)]
    else:
        years = range(ref.year - _OCCURRENCE_YEARS, ref.year + _OCCURRENCE_YEARS + 1)
        dates = [d for y in years for d in occurrences(y)]
    cue, distance, report = tense_cue(ctx.text, m.start(), m.end())
    if (
        not rel
        and min(abs((d - ref).days) for d in dates) <= _NEAR_DAYS
        and (report or distance > _OWN_CUE_REACH)
    ):
        # a holiday days away is that one, unless its own verb says otherwise: "people may start the
        # New Year in the cold" on 31 December, "guard churches on Christmas Eve, a spokesman said"
        cue = 0
    if not rel and _BEFORE_HOLIDAY.search(ctx.text, max(0, m.start() - 24), m.start()):
        soon = [d for d in dates if ref <= d <= ref + dt.timedelta(days=_NEAR_DAYS)]
        if soon:
            # "the last shopping days before Christmas" two days before it: the one ahead, whatever
            # the tense of the days before it
            cue = 1
    sign = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}.get(rel, cue)
    # the Islamic feasts begin with the sighting of the moon, which can be a day before the
    # computed day: the one "today" may be tomorrow's by the table
    slack = dt.timedelta(days=1 if name in calendars.ISLAMIC_FEASTS else 0)
    if sign < 0:
        pool = [d for d in dates if d <= ref + slack]
    elif sign > 0:
        pool = [d for d in dates if d >= ref - slack]
    else:
        pool = dates
    best = min(pool or dates, key=lambda d: (abs((d - ref).days), d > ref))
    return _holiday_on(best, name, m, ctx, anchor)


def _holiday_on(day: dt.date, name: str, m: re.Match[str], ctx: Context, anchor: Anchor) -> Resolution:
    """The holiday ``name`` that falls on ``day``: the weekend it makes long ("the Memorial Day
    weekend"), its week ("Holy Week"), or the day, with the part of it named ("Thanksgiving night")."""
    if m["hwe"]:
        return _holiday_weekend(day, m, ctx, anchor)
    if name in _HOLIDAY_WEEKS:
        return Resolution(_granularity_value(day + dt.timedelta(days=7), "week"), anchor=anchor)
    if name in _HOLIDAY_DAYS:
        # "during Ramadan", "over Passover": the value is the feast's first day (as "Christmas" is
        # its day), the interval all its days
        until = day + dt.timedelta(days=_HOLIDAY_DAYS[name](day))
        return Resolution(day.isoformat(), anchor=anchor, until=until.isoformat())
    part = f"T{PARTS_OF_DAY[m['hpart'].lower()]}" if m["hpart"] else ""
    return Resolution(day.isoformat() + part, anchor=anchor)


# --------------------------------------------------------------------------- the table


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


#: the first count of a range before the one a unit follows: "two to three weeks", "30 -- 40 days",
#: "four or five years ago" (a hyphenated number word is one number: "thirty-five")
_COUNT_RANGE = (
    r"(?:(?P<n0>\d{1,3}(?:\.\d+)?)\s*(?:-|–|—|--|(?i:to|or))\s*(?=\d)"
    rf"|(?=[A-Za-z]+\s+(?i:to|or)\s)(?P<w0>(?i:{NUM_WORD}))\s+(?i:to|or)\s+(?=(?i:{NUM_WORD})\b))?"
)

_DATE_MD = (
    rf"(?:(?P<wdp>{WEEKDAY}),?\s+)?"
    rf"(?:(?:(?P<mdrel>(?i:last|next|this))\s+)?(?P<mon>{MONTH})\s+(?:the\s+)?(?P<day>{DAYNUM})\b"
    rf"|(?:the\s+)?(?P<day2>{DAYNUM})\s+(?:of\s+)?(?P<mon2>{MONTH})"
    rf"|(?P<mon3>{MONTH}),\s+(?P<day3>{DAYNUM})\b(?=(?P<tail>\s+\w)?))"
    rf"(?:,?\s+(?P<year>{YEAR})|\s+(?P<rely>(?i:last|next|this)\s+year))?"
)

RULES: tuple[Rule, ...] = (
    Rule(
        "iso_date",
        _rx(
            r"\b(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-2]\d|3[01])(?:T(?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d))?\b"
        ),
        r_iso,
        5,
    ),
    Rule(
        "numeric_date",
        _rx(
            r"(?<![\d/.])(?:(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])"
            r"|(?P<eu_d>\d{1,2})\.(?P<eu_m>\d{1,2})\.(?P<eu_y>(?:19|20)\d\d)(?![\d.]\d))"
        ),
        r_numeric,
        5,
    ),
    Rule("month_day", _rx(rf"\b{_DATE_MD}"), r_date, 3),
    Rule(
        "weekday_date",
        _rx(rf"\b(?P<wd>{WEEKDAY}),?\s+(?P<mon>{MONTH})\s+(?P<day>{DAYNUM})\b(?:,?\s+(?P<year>{YEAR}))?"),
        r_weekday_date,
        4,
    ),
    Rule(
        "date_range",
        _rx(
            rf"\b(?:(?P<mon>{MONTH})\s+(?P<d1>{DAYNUM})\s*[-–—]\s*(?P<d2>{DAYNUM})"
            rf"|(?P<d3>{DAYNUM})\s*[-–—]\s*(?P<d4>{DAYNUM})\s+(?P<mon2>{MONTH}))(?:,?\s+(?P<year>{YEAR}))?\b"
        ),
        r_date_range,
        6,
    ),
    Rule("month_year", _rx(rf"\b(?P<mon>{MONTH})(?:\s+of)?,?\s+(?P<year>{YEAR})\b"), r_month_year, 2),
    Rule(
        "week_of_month",
        _rx(
            rf"\b(?:(?i:the)\s+)?(?P<ord>(?i:first|second|third|fourth|last|final))\s+(?i:week)\s+(?i:of)\s+"
            rf"(?:(?P<rel>(?i:this|last|next))\s+(?i:month)|(?P<mon>{_MONTH_FULL}|{_MONTH_ABBR})(?:,?\s+(?P<year>{YEAR}))?)\b"
            # "the week of March 6": the ISO week that holds that day
            rf"|\b(?:(?i:the)\s+)?(?i:week)\s+(?i:of|ending|ended|to)\s+(?:(?P<wmon>{MONTH})\s+(?P<wday>{DAYNUM})|(?P<wday2>{DAYNUM})\s+(?P<wmon2>{MONTH}))"
            rf"\b(?:,?\s+(?P<wyear>{YEAR})\b)?"
        ),
        r_week_of_month,
        3,
    ),
    Rule(
        "month",
        _rx(
            rf"\b(?:(?P<rel>(?i:this\s+past|this\s+coming|last|next|this|coming|upcoming|past|previous))\s+)?(?P<mon>{MONTH})(?P<poss>['’]s\b)?(?![\w'’]|\.\w)(?!\.?\s+(?:[12]\d|3[01]|0?[1-9])\b(?!,\d))"
            rf"(?:\s+(?:(?i:of)\s+)?(?P<rely>(?i:last|next|this|that(?:\s+same)?|the\s+(?:same|following|previous|next))\s+year))?"
        ),
        r_month,
        1,
    ),
    Rule(
        "year",
        _rx(
            rf"(?<![\w$#£€.,/])(?:(?P<fiscal>(?i:fiscal(?:\s+year)?|FY)\s*))?(?P<y>{YEAR})\b(?!['’]s\b[^']?\w*\s+\d)(?![-/]\d)"
        ),
        r_year,
        0,
    ),
    # (not in a model name: "KC-30s")
    Rule(
        "decade", _rx(r"(?<![\w$])(?<![A-Z]-)(?:(?i:the)\s+)?['’]?(?P<dec>\d{3}0|\d0)['’]?s\b"), r_decade, 1
    ),
    Rule("century", _rx(rf"(?:(?i:the)\s+)?(?P<ord>{ORDINAL})(?:[-\s])(?i:century)\b"), r_century, 1),
    Rule(
        "season",
        _rx(
            r"(?:(?P<rel>(?i:this\s+past|this\s+coming|last|next|this|coming|upcoming|past|previous|the|that))\s+)?(?P<season>(?i:spring|summer|autumn|fall|winter))\b"
            rf"(?:\s+(?:of\s+)?(?P<year>{YEAR})|\s+(?i:of)\s+(?P<rely>(?i:that(?:\s+same)?|the\s+(?:same|following|previous|next))\s+year))?"
        ),
        r_season,
        1,
    ),
    Rule(
        "quarter",
        _rx(
            rf"(?:(?i:the)\s+)?(?:(?P<yago>(?i:year-ago|year-earlier|year\s+earlier))\s+)?(?:(?i:fiscal|financial)[-\s]+)?"
            rf"(?:(?P<year2>{YEAR})\s+)?(?P<qord>(?i:first|second|third|fourth|1st|2nd|3rd|4th|last|latest|final))"
            rf"[-\s](?:(?i:fiscal|financial)[-\s])?(?i:quarter)\b(?:\s+(?:(?i:of|in)\s+)?(?:(?i:fiscal|financial|calendar)\s+)?(?P<year>{YEAR})"
            rf"|\s+(?i:of\s+)?(?P<qrely>(?i:this|last|next))\s+(?i:year)\b|\s+(?i:of\s+the\s+(?:fiscal|financial)\s+year)\b)?"
            rf"|\bQ(?P<q>[1-4])(?:\s+|-|/)?(?P<year3>{YEAR}|\d\d)?\b"
            # "the June quarter", "the December 2014 quarter": the quarter that month ends
            rf"|\b(?i:the)\s+(?P<qmon>March|June|September|Sept\.?|December|Dec\.?)(?:\s+(?P<year4>{YEAR}))?\s+(?i:quarter)\b"
        ),
        lambda m, ctx: r_quarter_q(m, ctx),
        2,
    ),
    Rule(
        "ordinal_day",
        _rx(
            r"(?=[Tt]he\s+\d)(?:(?<=\bon\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bbefore\s)|(?<=\bafter\s)"
            r"|(?<=\bsince\s))(?i:the)\s+(?P<d>[12]?\d(?:st|nd|rd|th)|3[01](?:st|th))\b"
            r"(?!\s+(?:of\b|(?!(?:after|before|and|or|but|when|as|in|at|on|to|for|with|until|from|amid)\b)[a-z]|[A-Z][a-z]))"
        ),
        lambda m, ctx: r_ordinal_day(m, ctx),
        0,
    ),
    Rule(
        "unit_before",
        _rx(
            r"\b(?i:the)\s+(?P<unit>(?i:day|week|month|year))\s+(?P<which>(?i:before|after|earlier|later|prior))\b"
            r"(?=\s*[.,;:!?)\"”]|\s+(?:and|but|when|as|while)\b|\s*$)"
        ),
        lambda m, ctx: r_unit_before(m, ctx),
        3,
    ),
    Rule(
        "short_period",
        _rx(
            rf"\b(?:(?P<fy>FY)\s?['’]?(?P<fyy>\d\d)(?!\d)"
            rf"|(?:H(?P<h>[12])|(?P<h2>[12])H)(?:\s+|-|/)?(?:(?P<hyear>{YEAR})|['’]?(?P<hyy>\d\d)(?!\d)))\b"
        ),
        lambda m, ctx: r_short_period(m, ctx),
        3,
    ),
    Rule(
        "year_quarter",
        _rx(
            r"\b(?P<rel>(?i:this|last|next))\s+(?i:year)['’]s\s+(?:(?P<qord>(?i:first|second|third|fourth))[-\s]+)?"
            r"(?:(?i:fiscal|financial)[-\s]+)?(?P<what>(?i:quarter|period|half))\b"
        ),
        lambda m, ctx: r_year_quarter(m, ctx),
        3,
    ),
    Rule(
        "year_ago_adj",
        _rx(
            r"\b(?i:year-ago|year-earlier)\b(?!\s+(?:(?i:fiscal)\s+)?(?i:quarter|period|first|second|third|fourth|"
            r"nine|six|three|half)\b)"
        ),
        lambda m, ctx: r_year_ago_adj(m, ctx),
        3,
    ),
    Rule(
        "quarters_span",
        _rx(
            r"\b(?:(?i:the)\s+)?(?i:first)\s+(?P<n>(?i:two|three|2|3))\s+(?i:quarters)\s+(?:(?i:of)\s+)?"
            rf"(?:(?:(?i:fiscal|financial)\s+)?(?P<year>{YEAR})|(?P<rely>(?i:this|last|next))\s+(?i:year))\b"
        ),
        lambda m, ctx: r_quarters_span(m, ctx),
        3,
    ),
    Rule(
        "year_end",
        _rx(r"\b(?:(?P<rel>(?i:this|last|next|the))\s+)?(?i:year)[-\s](?i:end)\b(?!\s+of\b)"),
        lambda m, ctx: r_year_end(m, ctx),
        2,
    ),
    Rule(
        "half",
        _rx(
            rf"(?:(?i:the)\s+)?(?P<which>(?i:first|second|1st|2nd|last|latter))\s+(?i:half)\s+(?:(?i:of)\s+)?"
            rf"(?:(?:(?i:fiscal|financial|calendar)\s+)?(?P<year>{YEAR})|(?P<rely>(?i:this|last|next))\s+(?i:year)|(?i:the\s+year))"
            # "first-half profit": the half a company reports on
            r"|\b(?P<adj>(?i:first|second))-(?i:half)\b(?=\s+(?i:profits?|loss(?:es)?|results|earnings|sales|revenues?|"
            r"growth|net|output|figures|performance|dividend))"
        ),
        r_half,
        3,
    ),
    Rule(
        "dayword",
        _rx(
            r"\b(?P<w>(?i:today|tonight|yesterday|tomorrow))(?:\s+(?P<pod>(?i:morning|afternoon|evening|night)))?\b"
        ),
        r_dayword,
        2,
    ),
    Rule(
        "day_offset",
        _rx(r"\b(?i:the\s+day\s+(?P<which>before|after)\s+(?:yesterday|tomorrow))\b"),
        r_day_offset,
        3,
    ),
    Rule(
        "part_of_day",
        _rx(
            r"\b(?P<rel>(?i:this|last))\s+(?P<pod>(?i:morning|afternoon|evening|night))\b"
            # "in the morning" of the day the text is about
            r"|(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\bthrough\s))(?P<the>(?i:the))\s+(?P<podd>(?i:morning|afternoon|evening))\b"
            r"(?!\s+(?:of|session|news|paper|edition|shift|prayers?)\b)"
            # "by midafternoon", "turned positive by mid-morning"
            r"|(?:(?<=\bby\s)|(?<=\bat\s)|(?<=\buntil\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\baround\s)|(?<=\bin\s))"
            r"(?P<mid>(?i:mid-?(?P<podm>morning|afternoon|evening)))\b"
            # "fighting raged overnight", "talks would continue overnight" (not "an overnight stay",
            # "overnight Tuesday": the weekday is the day)
            r"|(?<![Aa]n\s)(?<![Tt]he\s)\b(?P<overnight>(?i:overnight))(?=\s*(?:[.,;:!?)\"”']|$)|\s+(?:on|in|at|to|and|or|but|from|"
            r"into|as|with|after|before|while|when|near|across|along|by|for|until|through|amid|despite|following|"
            r"the|a|an|local|because|since)\b)"
        ),
        r_this_pod,
        2,
    ),
    Rule(
        "weekday",
        _rx(
            rf"\b(?:(?P<rel>{REL})\s+)?(?P<wd>{WEEKDAY}(?:['’]s|s)?)(?![\w])"
            rf"(?:\s+(?P<pod>{PART_OF_DAY})(?P<pods>s)?\b)?"
        ),
        r_weekday,
        1,
    ),
    Rule(
        "relative_unit",
        _rx(
            rf"\b(?P<rel>{REL})\s+{_COUNT_RANGE}(?:(?P<n>{NUM})\s+)?"
            # "last fiscal year", "this calendar year", "the current financial quarter"
            r"(?:(?i:fiscal|financial|calendar|tax|school|academic)\s+(?=(?i:years?|quarters?)\b))?"
            rf"(?P<unit>{UNIT})\b"
        ),
        r_relative_unit,
        2,
    ),
    Rule(
        "ago",
        _rx(
            rf"\b(?<![Hh]alf\s)(?<![Hh]alf-)(?<!quarter\sof\s)(?:(?P<half>(?i:half)[\s-](?i:an?\s+)?(?=(?i:century|decade|year)\b))|{_COUNT_RANGE}(?:(?P<n>{NUM})\s+)?)"
            rf"(?:(?P<unit>{UNIT})|(?P<season>(?i:summers|winters|springs|autumns)))(?P<orso>\s+(?i:or\s+so))?\s+(?:(?P<which>(?i:ago\b|(?:earlier|later)\b(?!\s+(?:than|that)\b)|afterwards\b|from\s+now\b|hence\b))"
            r"|(?P<which2>(?i:before|after|on))(?=\s*[.,;:!?)\"”]|\s*$))"
        ),
        r_ago,
        3,
    ),
    Rule(
        "in_units",
        _rx(
            rf"\b(?P<prep>(?i:in|within))\s+{_COUNT_RANGE}(?P<n>{NUM})\s+(?P<unit>{UNIT})\b(?!\s+(?:of|ago)\b)"
        ),
        r_in_units,
        2,
    ),
    Rule(
        "duration",
        _rx(
            rf"\b(?:(?P<det>(?i:the\s+(?:first|last|final|initial|same|entire|whole|early)\s+|the\s+|these\s+|those\s+))(?=\w+[-\s]+{UNIT}))?"
            # "two to three weeks", "30 -- 40 days": one duration over a range of counts
            rf"{_COUNT_RANGE}"
            # "half an hour", "a quarter of a century"
            rf"(?:(?P<frac>(?i:half[-\s]+an?|a\s+quarter\s+of\s+an?|a\s+quarter(?=[-\s]+century\b)))[-\s]+(?=(?i:hour|minute|day|week|month|year|decade|century)\b)"
            rf"|(?:(?i:another|a\s+further|an\s+additional)\s+(?=\d|(?i:{NUM_WORD})\b))?(?P<n>{NUM}|(?i:another))(?:[-\s]+(?P<half2>(?i:and[-\s]+a[-\s]+half)))?[-\s]+(?:(?i:more|additional|further|extra|straight|consecutive|full|trading|business|working|calendar)\s+)?)?"
            # ("the first ten months' deficit": a plural possessive before its noun)
            rf"(?P<unit>{UNIT})(?:(?![\w'’])|(?<=s)(?=['’]\s+[a-z]))(?:[-\s](?i:long))?"
            r"(?:\s+(?P<half>(?i:and\s+a\s+half)))?"
        ),
        r_duration,
        0,
    ),
    Rule(
        "set",
        _rx(
            r"\b(?i:daily|weekly|monthly|annually|yearly|hourly|quarterly|nightly)\b"
            # "gets up late everyday" (not the adjective: "everyday life")
            r"|\b(?i:everyday)(?=\s*(?:[.,;:!?)\"”]|$)|\s+(?:and|or|for|at|in|on|until|since|from|to|during|before|after)\b)"
            rf"|\b(?i:every|each|per)\s+(?:(?P<n>{NUM}|(?P<other>(?i:other)))\s+)?(?P<what>{UNIT}|{WEEKDAY}|{_MONTH_FULL}|(?i:spring|summer|autumn|winter|season|morning|afternoon|evening|night))\b"
        ),
        r_set,
        2,
    ),
    Rule(
        "time",
        _rx(
            r"(?:(?:\b(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>[ap]\.\s?m\b\.?|[ap]\s?m\b|[AP]\.M\b\.?|[AP]M\b)"
            # "4 in the morning", "at 10 o'clock in the evening"
            r"|\b(?P<hp>1[0-2]|0?[1-9])(?:\s+(?i:o['’]clock))?\s+(?i:in\s+the)\s+(?P<pdm>(?i:morning|afternoon|evening))\b"
            # a 24-hour clock: "16:30", or "0900 GMT" with its time zone
            r"|\b(?P<h24>[01]\d|2[0-3]|\d(?=:))[:h]?(?P<mi24>[0-5]\d)(?=\s+(?:GMT|UTC|[A-Z]{1,3}T|(?i:local\s+time|hours))\b)"
            r"|(?=\d\d?:\d\d)(?:(?<=\bat\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\bby\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\bto\s)"
            r"|(?<=\baround\s)|(?<=\babout\s)|(?<=\bsince\s)|(?<=\band\s)|(?<=\btill\s))"
            r"(?P<h24c>[01]?\d|2[0-3]):(?P<mi24c>[0-5]\d)\b(?![:.,]?\d)"
            r"|\b(?P<named>(?i:noon|midnight|midday|mid-day))"
            # "at four o'clock", "at 9 o'clock" (without a part of the day: see _clock)
            r"|\b(?=\w{1,6}\s+[oO]['’])(?P<oc>1[0-2]|0?[1-9]|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+(?i:o['’]clock)\b"
            # (a part of the day after it says the half: "at one o'clock Wednesday morning" is not 13:00)
            rf"(?!\s+(?:(?i:in\s+the)\s+(?i:morning|afternoon|evening)|{WEEKDAY}\s+(?i:morning|afternoon|evening|night))\b)(?P<atnight>\s+(?i:at\s+night))?"
            # "before dawn Thursday": a part of a named day (alone, "at dawn" is no date)
            r"|\b(?P<light>(?i:dawn|daybreak|sunrise|dusk|sunset|nightfall))(?=,?\s+(?:(?i:on)\s+)?[A-Z]))"
            r"(?:\s+(?:(?P<utc>GMT|UTC)|[A-Z]{1,4}T|(?i:local\s+time))\b)?"
            # "10:35 a.m. Wednesday", "5 p.m. EST, Nov. 6" are one expression; in "3 p.m. on Friday"
            # the preposition separates two (TimeML), but the day still places the time
            # "10:35 a.m. (0735 GMT) Friday": the day after a parenthesis places the time too
            # "10:00 am in Moscow (0700 GMT) on Monday": a place between still lets the day place it
            rf"(?:,?\s+(?P<dayw>{_TIME_DAY})|(?=\)?(?:\s+(?:(?i:in|at)\s+)?[A-Z][\w.'’-]{{0,15}}(?:\s+[A-Z][\w.'’-]{{0,15}}){{0,2}}(?:\s+(?i:time))?(?=\s+(?:\(|(?i:on|for)\s)))?"
            rf",?\s+(?:\([^()\n]{{1,25}}\)\s*,?\s*)?(?:(?i:on|for)\s+)?(?P<dayon>{_TIME_DAY})))?)"
        ),
        r_time,
        4,
    ),
    Rule(
        "reference",
        _rx(
            r"\b(?:(?i:(?:right\s+|just\s+)?now(?!-\w)|currently|current(?=\s+(?:levels?|rates?|quarter|year|month|week|period|session|term|situation|crisis|conditions?|state|pace|prices?|policy|policies|government|administration|account|fiscal|season)\b)|at\s+present|presently|nowadays|these\s+days|at\s+this\s+time|at\s+this\s+point"
            r"|at\s+the\s+moment|for\s+the\s+time\s+being|(?:(?:more|most)\s+)?recently|lately|previously|formerly)"
            # (not "the past" of a count of units the rules do not know: "the past three summers")
            rf"|(?i:the)\s+(?:(?i:present\s+time|present|past(?!\s+(?:\d|(?:{NUM_WORD}|few|several|many|couple)\b))|future|near\s+future|foreseeable\s+future|short\s+term|long\s+term|near\s+term)))\b"
        ),
        r_reference,
        1,
    ),
    Rule(
        "recent",
        _rx(
            r"\b(?:(?i:the)\s+)?(?P<which>(?i:recent|coming|upcoming|future))\s+(?P<unit>(?i:days|weeks|months|quarters|years|decades|times))\b"
            # "the years ahead", "the months to come", "the week ahead"
            r"|\b(?i:the)\s+(?P<unit2>(?i:days?|weeks?|months?|years?|decades))\s+(?P<ahead>(?i:ahead(?!\s+of\b)|to\s+come))\b"
        ),
        r_recent,
        3,
    ),
    Rule(
        "anaphora",
        _rx(
            r"\b(?:(?i:that(?:\s+same)?|the\s+same|the\s+(?P<next>next|following|previous))\s+"
            r"(?P<unit>(?i:day|week|month|year|morning|night|evening|afternoon))"
            # "the same month of 2001", "the same day last year": that day or month in another year
            rf"(?:(?<=(?i:day|eek|nth))\s+(?:(?i:of|in)\s+)?(?:(?P<year>{YEAR})|(?P<rely>(?i:last|this|next)\s+year)))?"
            r"|(?i:since)\s+(?P<then>(?i:then)))\b"
        ),
        lambda m, ctx: r_anaphora_pod(m, ctx),
        2,
    ),
    Rule(
        "period_ref",
        _rx(
            r"\b(?i:the|that|this)\s+(?:(?P<ago>(?i:year-earlier|year-ago|year\s+earlier|comparable\s+year-ago|"
            r"comparable\s+year-earlier|corresponding|same))\s+)?(?:(?i:latest|most\s+recent|(?P<current>current))\s+)?"
            rf"(?:(?i:fiscal|financial)\s+)?(?:(?P<year>{YEAR})\s+)?(?P<what>(?i:quarter|period))\b"
            # ("the same period of 2013": that period in another year)
            rf"(?:\s+(?i:of|in)\s+(?P<pyear>{YEAR})\b|(?!\s+of\b|-))"
            r"(?P<back>\s+(?i:last\s+year|a\s+year\s+(?:ago|earlier)))?"
        ),
        lambda m, ctx: r_period_ref(m, ctx),
        2,
    ),
    Rule(
        "earlier_this",
        _rx(
            r"\b(?P<which>(?i:earlier|later))\s+(?:(?i:this|in\s+the)\s+(?P<unit>(?i:week|month|year))"
            r"|(?P<day>(?i:today|yesterday|tonight|tomorrow)))\b"
        ),
        r_earlier_this,
        3,
    ),
    Rule(
        "weekend",
        _rx(
            r"\b(?P<rel>(?i:the|this|last|next|this\s+past|this\s+coming|upcoming|over\s+the))\s+(?i:weekend)\b(?!\s+of\b)"
        ),
        lambda m, ctx: r_weekend(m, ctx),
        3,
    ),
    Rule(
        "spelled_year",
        _rx(
            # ("January nineteen ninety-seven", "the winter of nineteen ninety-four": a month or a season of it)
            rf"\b(?:(?i:the\s+year)\s+|(?P<smon>{_MONTH_FULL})\s+(?:(?i:of)\s+)?"
            r"|(?:(?i:the)\s+)?(?P<sseason>(?i:spring|summer|autumn|fall|winter))\s+(?i:of)\s+)?"
            r"(?P<c>(?i:nineteen|twenty|two\s+thousand(?:\s+and)?))[-\s]+"
            r"(?P<rest>(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?"
            r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred))\b"
            r"|\b(?i:the\s+year\s+two\s+thousand)\b"
        ),
        lambda m, ctx: r_spelled_year(m, ctx),
        2,
    ),
    Rule(
        "spelled_decade",
        _rx(
            r"\b(?i:the\s+)(?P<d>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b"
        ),
        lambda m, ctx: _absolute(
            "19"
            + str(
                [
                    "twenties",
                    "thirties",
                    "forties",
                    "fifties",
                    "sixties",
                    "seventies",
                    "eighties",
                    "nineties",
                ].index(m["d"].lower())
                + 2
            )
        ),
        2,
    ),
    Rule(
        "year_range",
        _rx(
            rf"\b(?:(?i:from|between)\s+)?(?<!\d[.,])(?P<y1>{YEAR})\s*[-–—/]\s*(?P<y2>{YEAR}|\d\d)\b(?![-/.,]\d)"
        ),
        lambda m, ctx: r_year_range(m, ctx),
        4,
    ),
    Rule(
        "day_continuation",
        _rx(
            r"(?=\d)(?:(?<=\d\sand\s)|(?<=\d\sor\s)|(?<=\d\sto\s)|(?<=\d\sthrough\s)|(?<=\d\suntil\s)|(?<=\d,\s))"
            rf"(?P<d>{DAYNUM})\b(?![-/.,:]\d)(?=\s*(?:[.,;:!?)\"”]|$|(?i:was|were|is|are|will|would|in|at|on|and|or|of"
            r"|the|when|as|with|to|for|after|before|but|that|which|this|next|last|respectively)\b))"
        ),
        r_day_continuation,
        0,
    ),
    Rule(
        "day_before_month",
        _rx(
            # (British: "on Friday 5 and Saturday 6 May")
            rf"\b(?:(?P<wd>{WEEKDAY})\s+(?=\d))?(?P<d>{DAYNUM})(?=\s*(?:,|(?i:and|or|to|through|until))\s*"
            rf"(?:(?:{WEEKDAY}\s+)?{DAYNUM}\s*(?:,|(?i:and|or))\s*)*"
            rf"(?:{WEEKDAY}\s+)?{DAYNUM}\s+(?P<mon>{MONTH})(?:,?\s+(?P<year>{YEAR}))?\b)"
        ),
        r_day_before_month,
        0,
    ),
    Rule(
        "month_range",
        _rx(
            rf"\b(?:(?i:from|between)\s+|(?P<the>(?i:the))\s+(?=\w+\s*(?:[-–]|-(?i:to|through)-)\s*\w+\s+(?i:quarter|period|months)\b))?"
            rf"(?P<m1>{_MONTH_FULL})\s*(?:[-–]|-(?i:to|through)-)\s*(?P<m2>{_MONTH_FULL})"
            rf"(?:,?\s+(?P<year>{YEAR}))?\b(?:\s+(?i:quarter|period)\b)?"
        ),
        lambda m, ctx: r_month_range(m, ctx),
        4,
    ),
    Rule(
        "holiday",
        _rx(
            rf"\b(?:(?P<rel>(?i:last|next|this|coming|upcoming|past))\s+)?(?P<name>(?i:{_HOLIDAY_PATTERN}))\b"
            # "Thanksgiving night", "Christmas morning": a part of that day (a DATE, as "Thursday night";
            # TimeBank annotates "the night of Oct. 23" as the day alone)
            rf"(?:\s+(?P<hpart>{PART_OF_DAY})\b)?"
            # "the Memorial Day weekend", "Thanksgiving weekend": the weekend the holiday makes long
            rf"(?P<hwe>\s+(?i:holiday\s+)?(?i:weekend)\b)?(?:,?\s+(?P<year>{YEAR}))?"
        ),
        r_holiday,
        3,
    ),
    Rule("nine_eleven", _rx(r"(?<![\d/.])9/11(?![\d/])"), r_nine_eleven, 5),
    Rule(
        "unit_ref",
        _rx(
            r"\b(?i:the)\s+(?:(?i:full|fiscal|financial|current\s+fiscal|current\s+financial|latest\s+fiscal|current|whole|entire)\s+)?"
            r"(?P<unit>(?i:year|month|week))\b"
        ),
        r_unit_ref,
        -1,
    ),
)


def r_quarter_q(m: re.Match[str], ctx: Context) -> Resolution | None:
    res = _quarter_q(m, ctx)
    the = re.match(r"(?i)the\s+", m.group(0))
    if res is not None and the and re.search(r"(?i)\w-quarter\b", m.group(0)) and not m["year"]:
        res = attrs.evolve(res, start=m.start() + the.end())  # "the [third-quarter] loss": an adjective
    if m["yago"] and res is not None and res.value is not None and re.fullmatch(r"\d{4}-Q\d", res.value):
        # "the year-ago third quarter": that quarter a year back
        res = attrs.evolve(res, value=f"{int(res.value[:4]) - 1:04d}{res.value[4:]}")
    return res


def _quarter_q(m: re.Match[str], ctx: Context) -> Resolution | None:
    if m["qmon"]:
        month = _month(m["qmon"])
        q = (month - 1) // 3 + 1
        if m["year4"]:
            return _absolute(f"{int(m['year4']):04d}-Q{q}")
        placed = _place_month(month, ctx, m.start(), m.end())
        if placed is None:
            return Resolution(f"XXXX-Q{q}", reason=NEEDS_REFERENCE)
        return Resolution(f"{placed[0]:04d}-Q{q}", anchor=placed[1])
    if m["qrely"]:  # "the fourth quarter of this year", "the first quarter next year"
        base = ctx.anchor_date()
        q = ORDINALS.get(m["qord"].lower(), 4 if m["qord"].lower() in ("last", "final") else 0)
        if base is None or not q or q > 4:
            return _unresolved() if base is None else None
        year = base[0].year + _UNIT_OFFSET[m["qrely"].lower()]
        return Resolution(f"{year:04d}-Q{q}", anchor=base[1])
    if m["q"]:
        year_word = m["year3"]
        if year_word:
            year = int(year_word) if len(year_word) == 4 else 2000 + int(year_word)
            return _absolute(f"{year:04d}-Q{m['q']}")
        base = ctx.anchor_date()
        if base is None:
            return Resolution(f"XXXX-Q{m['q']}", reason=NEEDS_REFERENCE)
        ref, anchor = base
        current_q = (ref.month - 1) // 3 + 1
        year = ref.year if int(m["q"]) <= current_q else ref.year - 1
        return Resolution(f"{year:04d}-Q{m['q']}", anchor=anchor)
    if m["year2"] and not m["year"]:
        word = m["qord"].lower()
        q = ORDINALS.get(word, 4 if word in ("last", "final") else 0)
        if not q:
            return None
        return _absolute(f"{int(m['year2']):04d}-Q{q}")
    return r_quarter(m, ctx)


def r_ordinal_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "on the 28th", "by the 15th,": a day of the month in play (the last date's, else the
    reference month), on the side the tense says."""
    day = _day(m["d"])
    last = ctx.last_date()
    if (
        last is not None
        and last.granularity is Granularity.MONTH
        and last.value
        and m.start() - last.end < 200
    ):
        year, month = int(last.value[:4]), int(last.value[5:7])
        anchor = ctx.anchor_on(last)
    else:
        base = ctx.anchor_date()
        if base is None:
            return Resolution(f"XXXX-XX-{day:02d}", reason=NEEDS_REFERENCE)
        ref, anchor = base
        year, month = ref.year, ref.month
        sign = direction(ctx.text, m.start(), m.end())
        if sign > 0 and day < ref.day:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        elif sign < 0 and day > ref.day:
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    try:
        return Resolution(dt.date(year, month, day).isoformat(), anchor=anchor)
    except ValueError:
        return None


def r_unit_before(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "the day before.", "the year after,": one unit from the last date mentioned."""
    base = ctx.anchor_date(prefer_mention=True)
    if base is None:
        return _unresolved()
    day, anchor = base
    unit = m["unit"].lower()
    sign = 1 if m["which"].lower() in ("after", "later") else -1
    return Resolution(_granularity_value(shift(day, sign, unit), unit), anchor=anchor)


def r_short_period(m: re.Match[str], ctx: Context) -> Resolution | None:
    """Business shorthand: "FY24" (fiscal 2024, placed as the year), "H1 2024", "1H24"."""
    if m["fy"]:
        return _absolute(f"{2000 + int(m['fyy']):04d}")
    year = int(m["hyear"]) if m["hyear"] else 2000 + int(m["hyy"])
    return _absolute(f"{year:04d}-H{m['h'] or m['h2']}")


def r_year_quarter(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "this year's third quarter", "last year's fourth-quarter", "next year's period"."""
    base = ctx.anchor_date()
    if base is None:
        return _unresolved()
    ref, anchor = base
    year = ref.year + _UNIT_OFFSET[m["rel"].lower()]
    unit = "H" if m["what"].lower() == "half" else "Q"
    if m["qord"]:
        n = ORDINALS[m["qord"].lower()]
        if unit == "H" and n > 2:
            return None
        return Resolution(f"{year:04d}-{unit}{n}", anchor=anchor)
    period = ctx.reporting_period(m.start(), reach=2000)
    if period is None or period.value is None or not re.fullmatch(rf"\d{{4}}-{unit}\d", period.value):
        return Resolution(f"{year:04d}", anchor=anchor, end=m.start() + len(m["rel"]) + 5)
    return Resolution(f"{year:04d}{period.value[4:]}", anchor=anchor)


def r_year_ago_adj(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "a [year-earlier] loss", "the [year-ago] results": the reporting period a year back."""
    period = ctx.reporting_period(m.start(), reported=True)
    if period is not None and period.interval is not None and period.granularity is not None:
        moved = shift(period.interval.start.date(), -1, "year")
        anchor = ctx.anchor_on(period)
        return Resolution(value_of(moved, period.granularity), anchor=anchor)
    base = ctx.anchor_date()
    if base is None:
        return _unresolved()
    return Resolution(f"{base[0].year - 1:04d}", anchor=base[1])


def r_anaphora_pod(m: re.Match[str], ctx: Context) -> Resolution | None:
    unit = (m["unit"] or "").lower()
    step = {"next": 1, "following": 1, "previous": -1}.get((m["next"] or "").lower(), 0)
    if unit in PARTS_OF_DAY:
        last = ctx.last_date()
        if last is None or last.value is None or last.interval is None:
            return Resolution(None, TimexType.TIME, reason=NO_EARLIER_DATE)
        day = (last.interval.start.date() + dt.timedelta(days=step)).isoformat()
        anchor = ctx.anchor_on(last)
        return Resolution(f"{day}T{PARTS_OF_DAY[unit]}", TimexType.TIME, anchor=anchor)
    return r_anaphora(m, ctx)


_UNITS = (
    "second seconds minute minutes hour hours day days night nights week weeks weekend weekends fortnight fortnights "
    "month months "
    "quarter quarters year years decade decades century centuries"
)
_MONTH_WORDS = " ".join(MONTHS) + " sept"
_WEEKDAY_WORDS = (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "mondays tuesdays wednesdays thursdays fridays saturdays sundays"
)
#: The digit shapes dates are made of, found in one scan of the text: a digit followed by one of
#: these (a lookahead, so overlapping shapes are all seen: "5, 2024-01-05" is a pair and an ISO
#: date; where two shapes start at one digit the first listed is seen, so "7th to 9th" is a
#: pair). A rule that starts from digits names the shapes every match of it contains, and only
#: runs near those: the year rules near four-digit numbers, "the 28th" near ordinals.
DIGIT_SHAPES: dict[str, str] = {
    "iso": r"\d\d\d-\d",  # 2024-12-03
    "zone": r"\d\d\d\s+(?:GMT|UTC|[A-Z]{1,3}T|(?i:local\s+time|hours))\b",  # 0900 GMT
    "y4": r"\d\d\d",  # 2024
    "slash": r"/\d",  # 12/03/2024
    "dec": r"0['’]?s\b",  # '90s
    "ampm": r"\s*[apAP]\.?\s?[mM]",  # 3 p.m.
    "clock": r"[:.h]\d\d",  # 16:30, 3.12.2024, 06h30
    # 24 and 25, 7th to 9th, 5 and Saturday 6
    "pair": r"(?:st|nd|rd|th)?(?:\s*,\s*|\s+(?:and|or|to|through|until)\s+)(?:[A-Z][a-z]{2,5}day\s+)?\d",
    "ord": r"(?:st|nd|rd|th)\b",  # the 28th
    "half": r"H",  # 1H24
    "pod": r"(?:\s+o['’]clock)?\s+in\s+the\s+(?:morning|afternoon|evening)\b",  # 4 in the morning
}
_YEARS = ("iso", "zone", "y4")  # (a clock time "0900 GMT" looks like a year to the year rules)
#: What every match of a rule must contain, so that the rule's full pattern only runs near
#: it: lower-case words (looked up in one pass over the text's words) and/or a regex on the
#: original text, besides the digit shapes of :data:`TRIGGER_SHAPES`. A rule with no trigger
#: at all never runs (a test checks there is none).
TRIGGERS: dict[str, tuple[str, str | None]] = {
    "iso_date": ("", None),
    "numeric_date": ("", None),
    "month_day": (_MONTH_WORDS, None),
    "weekday_date": (_WEEKDAY_WORDS, None),
    "date_range": (_MONTH_WORDS, None),
    "month_year": (_MONTH_WORDS, None),
    "month": (_MONTH_WORDS, None),
    "month_range": (_MONTH_WORDS, None),
    "decade": ("", None),
    "century": ("century centuries", None),
    "season": ("spring summer autumn fall winter", None),
    "quarter": ("quarter quarters q1 q2 q3 q4", None),
    "half": ("half", None),
    "quarters_span": ("quarters", None),
    "year_end": ("year", None),
    "year_quarter": ("quarter period half", None),
    "unit_before": ("day week month year", None),
    "ordinal_day": ("", None),
    "short_period": (" ".join(["fy", "h1", "h2", *(f"fy{n:02d}" for n in range(100))]), None),
    "year_ago_adj": ("year", None),
    "dayword": ("today tonight yesterday tomorrow", None),
    "day_offset": ("yesterday tomorrow", None),
    "part_of_day": ("morning afternoon evening night midmorning midafternoon midevening overnight", None),
    "weekday": (_WEEKDAY_WORDS, None),
    "relative_unit": (_UNITS, None),
    "ago": (_UNITS + " summers winters springs autumns", None),
    "in_units": (_UNITS, None),
    "duration": (_UNITS, None),
    "set": ("daily weekly monthly annually yearly hourly quarterly nightly everyday every each per", None),
    "time": (
        "noon midnight midday mid-day dawn daybreak sunrise dusk sunset nightfall o'clock o’clock",
        None,
    ),
    "reference": (
        "now currently current present presently nowadays days time point moment being recently lately "
        "previously formerly past future term",
        None,
    ),
    "recent": ("recent coming upcoming future ahead come", None),
    "anaphora": ("that same then next following previous", None),
    "earlier_this": ("earlier later", None),
    "weekend": ("weekend", None),
    "week_of_month": ("week", None),
    "period_ref": ("quarter period", None),
    "spelled_year": ("nineteen twenty thousand", None),
    "spelled_decade": ("twenties thirties forties fifties sixties seventies eighties nineties", None),
    "year_range": ("", None),
    "day_continuation": ("", None),
    "day_before_month": ("", None),
    "year": ("", None),
    "holiday": (
        "new christmas boxing valentine halloween independence veterans armistice labor memorial thanksgiving "
        "black cyber mother's father's mothers fathers mother father "
        "election easter good may martin presidents patrick bastille victory epiphany holy fourth juneteenth super "
        "festival ramadan ramadhan ramazan ramzan eid passover rosh yom hanukkah hanukah chanukah chanukkah hannukah "
        "purim sukkot sukkoth shavuot nowruz nowrouz norouz navruz nauryz "
        "columbus earth groundhog saints canada australia anzac remembrance bonfire fawkes hogmanay "
        "bank palm maundy ash shrove mardi ascension pentecost whit whitsunday george's andrew's david's "
        "georges andrews davids",
        None,
    ),
    "unit_ref": ("year month week", None),
    "nine_eleven": ("", None),
}
#: The digit shapes (:data:`DIGIT_SHAPES`) that trigger a rule, besides its words and regex.
TRIGGER_SHAPES: dict[str, tuple[str, ...]] = {
    "iso_date": ("iso",),
    "numeric_date": ("slash", "clock"),
    "nine_eleven": ("slash",),
    "decade": (*_YEARS, "dec"),
    "ordinal_day": ("ord", "pair"),
    "short_period": ("half",),
    "year_range": _YEARS,
    "day_continuation": ("pair",),
    "day_before_month": ("pair",),
    "year": _YEARS,
    "time": ("zone", "ampm", "clock", "pod"),
}
#: Rules whose trigger ends the match but for a few words: their pattern need not be tried at
#: the positions after that (every match contains its trigger), which saves a third of the work.
TRIGGER_TAILS: dict[str, int] = {
    "relative_unit": 2,  # "the past three months"
    "ago": 18,  # "two years from now", "a week or so afterwards", "a week before."
    "in_units": 12,  # "in two weeks' time"
    "duration": 16,  # "16-year-long", "two years and a half"
    # the words a pattern allows after its trigger, and what its lookaheads read, with room to spare
    "iso_date": 20, "numeric_date": 16, "month_day": 28, "weekday_date": 32, "date_range": 28,
    "month_year": 20, "month": 24, "year": 24, "decade": 10, "century": 12, "season": 32, "half": 24,
    "year_quarter": 8, "unit_before": 24, "ordinal_day": 24, "short_period": 14, "year_ago_adj": 28,
    "dayword": 14, "day_offset": 16, "part_of_day": 14, "weekday": 20, "set": 32, "reference": 24,
    "recent": 20, "anaphora": 24, "earlier_this": 24, "weekend": 12, "spelled_year": 32,
    "spelled_decade": 4, "year_range": 18, "day_continuation": 24, "month_range": 24, "holiday": 36,
    "unit_ref": 8, "period_ref": 28, "quarters_span": 32, "year_end": 10, "week_of_month": 40,
    "nine_eleven": 6,
    "time": 110,  # "10:00 am in Moscow (0700 GMT) on Wednesday"
}  # fmt: skip


#: How far before its trigger (word, regex hit or digit shape) a match can start: the words a
#: rule's pattern allows before it ("the following " before a weekday, "fiscal year " before a
#: year), with room to spare. Rules not listed get the engine's window (48 characters).
TRIGGER_LEADS: dict[str, int] = {
    "iso_date": 4, "numeric_date": 4, "month_day": 24, "weekday_date": 2, "date_range": 20,
    "month_year": 2, "month": 20, "year": 20, "decade": 10, "century": 24, "season": 16, "half": 16,
    "year_quarter": 32, "unit_before": 8, "ordinal_day": 10, "short_period": 4, "year_ago_adj": 4,
    "dayword": 2, "day_offset": 20, "part_of_day": 10, "weekday": 24, "relative_unit": 36, "ago": 32,
    "in_units": 28, "set": 2, "time": 8, "reference": 24, "recent": 20, "anaphora": 12, "earlier_this": 2,
    "weekend": 20, "spelled_year": 20, "spelled_decade": 8, "year_range": 12, "day_continuation": 2,
    "quarters_span": 24, "year_end": 8, "week_of_month": 18,
    "day_before_month": 12, "month_range": 14, "holiday": 24, "unit_ref": 28, "nine_eleven": 2,
}  # fmt: skip


#: Rules whose matches need a word after the trigger: only hits followed by it count.
TRIGGER_CONFIRMS: dict[str, str] = {
    "ago": r"(?:\s+or\s+so)?\s+(?:ago|earlier|later|afterwards|from\s+now|hence|before|after|on)\b",
    "year_ago_adj": r"-(?:ago|earlier)\b",
    "weekday_date": r",?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    # ("that", "same", "next" … before a unit; "then" ends "since then")
    "anaphora": r"(?<=then)|\s+(?:same\s+)?(?:day|week|month|year|morning|night|evening|afternoon)\b",
}


def _with_trigger(rule: Rule) -> Rule:
    # every English time expression starts a word with a letter, a digit or an apostrophe ("'90s");
    # a leading lookahead on that class lets the regex engine skip other characters fast, and the
    # lookbehind keeps a match from starting inside a word ("coming winter" in "upcoming winter")
    fast = re.compile(r"(?=[A-Za-z0-9'’])(?<![A-Za-z0-9])" + rule.pattern.pattern, rule.pattern.flags)
    if rule.name not in TRIGGERS:
        return attrs.evolve(rule, pattern=fast)
    words, pattern = TRIGGERS[rule.name]
    return attrs.evolve(
        rule,
        pattern=fast,
        tail=TRIGGER_TAILS.get(rule.name),
        lead=TRIGGER_LEADS.get(rule.name),
        confirm=re.compile(TRIGGER_CONFIRMS[rule.name]) if rule.name in TRIGGER_CONFIRMS else None,
        trigger_words=frozenset(words.split()),
        trigger=re.compile(pattern) if pattern else None,
        trigger_shapes=frozenset(TRIGGER_SHAPES.get(rule.name, ())),
    )


RULES = tuple(_with_trigger(rule) for rule in RULES)
