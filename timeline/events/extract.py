"""Event mentions: find predicates and event nouns, classify them, and anchor them in time.

Detection is lexical and explainable: a token is an event trigger when it is a known verb
form (lexicon + inflection rules), a known event noun, an event-suffix noun (``-tion``,
``-ment``, ``-ance`` …), an unknown ``-ed``/``-ing`` form, a word right after ``to`` or a
modal, or a state adjective after a copula. Attributes (class, tense, polarity, modality,
actors, location) come from the words around the trigger in its clause, and the governing
time mention from the clause, the sentence, or the tense against the reference date.

Everything here is a pure function of the document and its time mentions, so documents
can be processed in parallel.

Example:
    >>> from timeline.model import Document
    >>> doc = Document("d", "NATO will not offer Ukraine membership.")
    >>> [(m.text, m.polarity, m.modality, m.tense) for m in extract_events(doc)]
    [('offer', 'NEG', 'will', 'FUTURE')]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from timeline.events import lexicon as lx
from timeline.events.text import Sentence, Token, clause_bounds, sentences
from timeline.events.timeutil import mention_interval
from timeline.model import Document, EventMention, TimeMention

__all__ = ["ANCHOR_RELATIONS", "Trigger", "detect", "extract_events", "lemmatize_noun", "lemmatize_verb"]

#: time_relation values that place an event inside its time mention's interval
ANCHOR_RELATIONS = frozenset({"IS_INCLUDED", "SIMULTANEOUS"})

_VOWELS = frozenset("aeiou")
_TIME_PREPOSITIONS = {
    "before": "BEFORE",
    "until": "BEFORE",
    "till": "BEFORE",
    "by": "BEFORE",
    "after": "AFTER",
    "since": "AFTER",
    "following": "AFTER",
}
_LOCATION_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside"})
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "(", "-", "—", "–"})
_SUFFIXES_NOUN = ("tion", "tions", "sion", "sions", "ment", "ments", "ance", "ances", "ence", "ences")
_COPULAS = frozenset(
    {
        "be",
        "is",
        "are",
        "am",
        "was",
        "were",
        "been",
        "being",
        "'s",
        "remain",
        "remains",
        "remained",
        "become",
        "became",
        "seem",
        "seems",
        "seemed",
    }
)
_NOT_CAP_ACTOR = lx.STOPWORDS | lx.DETERMINERS | lx.ADVERBS | lx.TITLES | lx.MONTHS_AND_DAYS | lx.MODALS


def lemmatize_verb(word: str) -> tuple[str, str] | None:
    """``(lemma, form)`` when ``word`` is a form of a lexicon verb, else ``None``.

    Forms: ``BASE``, ``PRESENT`` (-s), ``PAST`` (-ed or irregular), ``PASTPART``,
    ``PRESPART`` (-ing).

    Example:
        >>> lemmatize_verb("pledged"), lemmatize_verb("stopping"), lemmatize_verb("said")
        (('pledge', 'PAST'), ('stop', 'PRESPART'), ('say', 'PAST'))
    """
    w = word.lower()
    if w in lx.IRREGULAR:
        return lx.IRREGULAR[w]
    if w in lx.VERBS:
        return w, "BASE"
    candidates: list[tuple[str, str]] = []
    if w.endswith("ies"):
        candidates.append((w[:-3] + "y", "PRESENT"))
    if w.endswith("es"):
        candidates.append((w[:-2], "PRESENT"))
    if w.endswith("s"):
        candidates.append((w[:-1], "PRESENT"))
    if w.endswith("ied"):
        candidates.append((w[:-3] + "y", "PAST"))
    if w.endswith("ed"):
        stem = w[:-2]
        candidates += [(stem, "PAST"), (stem + "e", "PAST")]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            candidates.append((stem[:-1], "PAST"))
    if w.endswith("ing"):
        stem = w[:-3]
        candidates += [(stem, "PRESPART"), (stem + "e", "PRESPART")]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            candidates.append((stem[:-1], "PRESPART"))
    for lemma, form in candidates:
        if lemma in lx.VERBS:
            return lemma, form
    return None


def lemmatize_noun(word: str) -> str:
    """The singular of a noun (simple rules).

    Example:
        >>> lemmatize_noun("talks"), lemmatize_noun("crises"), lemmatize_noun("policies")
        ('talk', 'crisis', 'policy')
    """
    w = word.lower()
    if w.endswith("ises"):
        return w[:-2] + "is"
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "ches", "shes", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w


@attrs.frozen(slots=True)
class Trigger:
    """A detected trigger: token index in its sentence, lemma, part of speech, rule.

    Example:
        >>> Trigger(0, "meeting", "NOUN", "event noun").pos
        'NOUN'
    """

    index: int
    lemma: str
    pos: str
    rule: str
    form: str = "NONE"


def _guess_lemma(w: str) -> str:
    if w.endswith("ied"):
        return w[:-3] + "y"
    if w.endswith("ed"):
        stem = w[:-2]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
            return stem[:-1]
        return stem
    if w.endswith("ing"):
        stem = w[:-3]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
            return stem[:-1]
        return stem
    return w


def _is_word(text: str) -> bool:
    return text[:1].isalpha()


_HAVE = frozenset({"has", "have", "had", "do", "does", "did", "doing", "get", "gets", "got", "getting"})
_ARTICLES = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "this", "these"})
#: frequent noun forms of verbs that are not events (plural nouns, adjectives)
_NOT_TRIGGER = frozenset(
    [
        "sales",
        "operations",
        "forces",
        "costs",
        "funds",
        "lower",
        "record",
        "records",
        "issues",
        "points",
        "ties",
        "signs",
        "results",
        "lives",
        "head",
        "heads",
        "supplies",
        "plans",
        "reports",
        "charges",
        "shares",
        "stocks",
        "prices",
        "rates",
        "means",
        "terms",
        "parts",
        "issue",
        "issues",
        "point",
        "rest",
        "list",
        "face",
        "name",
        "question",
        "force",
        "work",
        "operations",
    ]
)


def _main_have(tokens: Sequence[Token], i: int) -> bool:
    """``have`` used as a main verb (possession), not as the perfect auxiliary."""
    j = i + 1
    while j < len(tokens) and (tokens[j].lower in lx.ADVERBS or tokens[j].lower in lx.NEGATORS):
        j += 1
    if j >= len(tokens):
        return False
    nxt = tokens[j].lower
    if nxt in ("to", "been", "got") or not _is_word(tokens[j].text):
        return False
    verb = lemmatize_verb(nxt)
    if verb is not None and (verb[1] in ("PAST", "PASTPART") or tokens[i].lower[0] in "dg"):
        return False
    return not (nxt.endswith(("ed", "en")))


#: verbs whose bare and -s forms are mostly nouns for a person or a thing, not an event
_PERSON_OR_THING_NOUNS = frozenset(
    ["suspect", "witness", "loan", "fund", "trade", "control", "deposit", "export", "import"]
)
#: words after which such a form is a verb ("to fund", "they suspect")
_VERB_CONTEXT = frozenset(["to", "i", "we", "you", "they", "he", "she", "it", "who", "which", "that"])


def detect(sentence: Sentence, *, first_in_line: bool = True) -> list[Trigger]:
    """Event triggers of one sentence (see the module docstring for the rules).

    Example:
        >>> from timeline.events.text import sentences
        >>> s = sentences("The ministers met on Tuesday after the summit.")[0]
        >>> [(s.tokens[t.index].text, t.pos, t.rule) for t in detect(s)]
        [('met', 'VERB', 'verb lexicon'), ('summit', 'NOUN', 'event noun')]
    """
    tokens = sentence.tokens
    result: list[Trigger] = []
    for i, tok in enumerate(tokens):
        text = tok.text
        if not _is_word(text) or len(text) < 2:
            continue
        w = tok.lower
        if w.endswith("'s"):
            continue
        if w in _HAVE and _main_have(tokens, i):
            lemma = "have" if w in ("has", "have", "had") else "do" if w.startswith("d") else "get"
            form = "PAST" if w in ("had", "did", "got") else "PRESPART" if w.endswith("ing") else "PRESENT"
            result.append(Trigger(i, lemma, "VERB", f"main verb {lemma}", form))
            continue
        if w in lx.STOPWORDS or w in lx.MODALS or w in lx.AUXILIARIES or w in lx.NEGATED_AUX:
            continue
        if w in lx.NOT_EVENT or w in lx.ADVERBS or w in _NOT_TRIGGER:
            continue
        prev = tokens[i - 1].lower if i > 0 else ""
        initial = i == 0 or (i == 1 and tokens[0].text in _QUOTES)
        if text[0].isupper() and (not initial or (len(text) > 1 and text.isupper())):
            continue
        det_before = prev in lx.DETERMINERS or prev.endswith(("'s", "s'"))
        noun = lemmatize_noun(w)
        if noun in lx.EVENT_NOUNS or w in lx.EVENT_NOUNS:
            verb = lemmatize_verb(w)
            if (verb is not None and not det_before and verb[1] in ("PAST", "PASTPART")) or (
                verb is not None
                and not det_before
                and verb[1] in ("BASE", "PRESENT", "PRESPART")
                and (prev in lx.MODALS or prev in lx.AUXILIARIES or prev == "to" or prev in lx.NEGATORS)
            ):
                result.append(Trigger(i, verb[0], "VERB", "verb lexicon", verb[1]))
            else:
                result.append(Trigger(i, noun if noun in lx.EVENT_NOUNS else w, "NOUN", "event noun"))
            continue
        if w.endswith(_SUFFIXES_NOUN) and len(w) >= 7 and noun not in lx.NOT_EVENT_NOUNS and "-" not in w:
            result.append(Trigger(i, noun, "NOUN", "event-noun suffix"))
            continue
        article_before = prev in _ARTICLES or prev.endswith(("'s", "s'"))
        verb = lemmatize_verb(w)
        if verb is not None:
            lemma, form = verb
            if (
                lemma in _PERSON_OR_THING_NOUNS
                and form in ("BASE", "PRESENT")
                and prev not in _VERB_CONTEXT
                and prev not in lx.MODALS
                and prev not in lx.AUXILIARIES
                and prev not in lx.NEGATORS
            ):
                continue  # "a suspect", "witnesses said", "war loans": a person or a thing
            if article_before and form == "BASE":
                result.append(Trigger(i, lemma, "NOUN", "verb used as a noun"))
                continue
            if (article_before and form in ("PAST", "PASTPART")) or (det_before and form == "PRESENT"):
                continue
            result.append(Trigger(i, lemma, "VERB", "verb lexicon", form))
            continue
        if "-" in w or not w.isalpha():
            continue
        if w.endswith("ed") and len(w) >= 5 and not article_before:
            result.append(Trigger(i, _guess_lemma(w), "VERB", "-ed form", "PAST"))
            continue
        if w.endswith("ing") and len(w) >= 6 and not det_before:
            result.append(Trigger(i, _guess_lemma(w), "VERB", "-ing form", "PRESPART"))
            continue
        if (prev == "to" or prev in lx.MODALS or prev in lx.NEGATED_AUX) and not w.endswith("ly"):
            result.append(Trigger(i, w, "VERB", "after to/modal", "BASE"))
            continue
        if w in lx.STATE_ADJECTIVES:
            j = i - 1
            while j >= 0 and (tokens[j].lower in lx.ADVERBS or tokens[j].lower in lx.NEGATORS):
                j -= 1
            if j >= 0 and tokens[j].lower in _COPULAS:
                result.append(Trigger(i, w, "ADJ", "state adjective after copula"))
    return result


# ---------------------------------------------------------------- attributes


def _event_class(trigger: Trigger) -> str:
    lemma = trigger.lemma
    if trigger.pos == "ADJ":
        return "STATE"
    if lemma in lx.REPORTING:
        return "REPORTING"
    if lemma in lx.PERCEPTION:
        return "PERCEPTION"
    if lemma in lx.ASPECTUAL:
        return "ASPECTUAL"
    if lemma in lx.I_ACTION:
        return "I_ACTION"
    if lemma in lx.I_STATE:
        return "I_STATE"
    if lemma in lx.STATE:
        return "STATE"
    return "OCCURRENCE"


@attrs.frozen(slots=True)
class _Verbal:
    tense: str
    perfect: bool
    polarity: str
    modality: str | None


def _verbal(tokens: Sequence[Token], trigger: Trigger, clause: Sequence[int]) -> _Verbal:
    """Tense, aspect, polarity and modality from the auxiliary chain before the trigger."""
    i = trigger.index
    c = clause[i]
    tense = "NONE"
    perfect = False
    polarity = "POS"
    modality: str | None = None
    aux_seen = False
    j = i - 1
    steps = 0
    while j >= 0 and clause[j] == c and steps < 6:
        w = tokens[j].lower
        steps += 1
        if w in lx.ADVERBS and w not in lx.NEGATORS:
            if w == "never":
                polarity = "NEG"
            j -= 1
            continue
        if w in lx.NEGATORS or w == "n't":
            polarity = "NEG"
            j -= 1
            continue
        if w in lx.NEGATED_AUX:
            polarity = "NEG"
            w = lx.NEGATED_AUX[w]
        if w in lx.MODALS:
            if w in ("will", "shall", "'ll"):
                tense = "FUTURE" if tense in ("NONE", "INFINITIVE") or not aux_seen else tense
                modality = "will"
            else:
                modality = "can" if w == "cannot" else w
                if tense == "NONE" or not aux_seen:
                    tense = "NONE"
            if w == "cannot":
                polarity = "NEG"
            break
        if w in lx.AUXILIARIES:
            if w in ("has", "have", "had", "'ve", "having"):
                perfect = True
            if not aux_seen or tense in ("NONE", "INFINITIVE", "PASTPART", "PRESPART"):
                tense = lx.AUXILIARIES[w]
            aux_seen = True
            j -= 1
            continue
        if w == "to":
            if not aux_seen:
                tense = "INFINITIVE"
            k = j - 1
            if k >= 0:
                phrase = f"{tokens[k].lower} to"
                if phrase in lx.MODAL_PHRASES:
                    modality = lx.MODAL_PHRASES[phrase]
                    if k >= 1 and (
                        tokens[k - 1].lower in lx.NEGATORS or tokens[k - 1].lower in lx.NEGATED_AUX
                    ):
                        polarity = "NEG"
                    if modality == "will":
                        tense = "FUTURE"
            break
        if trigger.pos == "NOUN" and (
            w in ("no", "without") or (w == "such" and j > 0 and tokens[j - 1].lower == "no")
        ):
            polarity = "NEG"
        break
    if not aux_seen and tense == "NONE" and trigger.pos == "VERB" and modality is None:
        form = trigger.form
        if form in ("PAST", "PASTPART"):
            tense = "PAST"
        elif form in ("PRESENT", "BASE"):
            tense = "PRESENT"
        elif form == "PRESPART":
            tense = "PRESPART"
    if tense == "PASTPART":
        tense = "PAST"
    return _Verbal(tense, perfect, polarity, modality)


#: capitalised because they are dates, not names: they end a name ("Nairobi Thursday") and start none
#: ("May" stays out: it is also a surname)
_DATE_NAMES = (
    *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    *("january", "february", "march", "april", "june", "july", "august", "september"),
    *("october", "november", "december"),
)
_DATE_WORDS = frozenset(f"{day}{suffix}" for day in _DATE_NAMES for suffix in ("", "s", "'s", "’s"))


def _cap_runs(sentence: Sentence) -> list[tuple[int, int]]:
    """Token ranges ``[i, j)`` of capitalised name sequences."""
    tokens = sentence.tokens
    runs: list[tuple[int, int]] = []
    i = 0
    n = len(tokens)
    while i < n:
        t = tokens[i].text
        if t[:1].isupper() and _is_word(t) and tokens[i].lower not in _DATE_WORDS:
            j = i + 1
            while j < n and not tokens[j - 1].lower.endswith("'s"):
                nxt = tokens[j].text
                if nxt[:1].isupper() and _is_word(nxt) and tokens[j].lower not in _DATE_WORDS:
                    j += 1
                elif nxt == "of" and j + 1 < n and tokens[j + 1].text[:1].isupper():
                    j += 2
                else:
                    break
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _name(tokens: Sequence[Token], start: int, end: int) -> tuple[list[str], str | None]:
    """(actors, country-from-demonym) for a capitalised run: titles split an organisation
    from a person ("NATO Secretary-General Mark Rutte" gives NATO and Mark Rutte)."""
    words = [tokens[k].text for k in range(start, end)]
    if words and words[-1].lower().replace("’", "'").endswith("'s"):
        words[-1] = words[-1][:-2]
    country: str | None = None
    parts: list[list[str]] = [[]]
    for word in words:
        low = word.lower()
        if low in lx.TITLES or low in lx.DEMONYMS:
            if low in lx.DEMONYMS and country is None and not parts[-1]:
                country = lx.DEMONYMS[low]
            if parts[-1]:
                parts.append([])
            continue
        parts[-1].append(word)
    names: list[str] = []
    for part in parts:
        # a title split off the middle of a run leaves "of ..." behind ("Minister of Finance")
        while part and part[0].lower() in ("of", "the", "and"):
            part = part[1:]
        while part and part[-1].lower() in ("of", "the", "and"):
            part = part[:-1]
        if not part or part[0].lower() in lx.MONTHS_AND_DAYS:
            continue
        name = " ".join(part)
        names.append(lx.METONYMS.get(name.lower(), name))
    return names, country


@attrs.frozen(slots=True)
class _Names:
    actors: tuple[tuple[int, str], ...]  # (token index, actor)
    locations: tuple[tuple[int, str], ...]


def _common(word: str) -> bool:
    """A common English word (so a capital at the start of a sentence is not a name)."""
    bare = word[:-2] if word.endswith("'s") else word
    return (
        bare in _NOT_CAP_ACTOR
        or bare in lx.VERBS
        or bare in lx.EVENT_NOUNS
        or bare in _COMMON_INITIAL
        or lemmatize_verb(bare) is not None
        or bare.endswith("ly")
    )


_COMMON_INITIAL = frozenset(
    ["key", "major", "new", "top", "senior", "several", "some", "other", "any", "recent"]
)


def _names(sentence: Sentence, inner_capitals: frozenset[str] = frozenset()) -> _Names:
    """Actors and locations of a sentence, from its capitalised runs.

    ``inner_capitals`` are the words the document capitalises away from the start of a
    sentence: a capitalised word that only ever starts sentences ("Maybe", "Reflecting") is
    no name.
    """
    tokens = sentence.tokens
    actors: list[tuple[int, str]] = []
    locations: list[tuple[int, str]] = []
    for start, end in _cap_runs(sentence):
        first = tokens[start].lower
        initial = (
            start == 0 or tokens[start - 1].text in _QUOTES or tokens[start - 1].text in (":", "-", "–", "—")
        )
        if end - start == 1 and first in _NOT_CAP_ACTOR:
            continue  # a capitalised function word ("But", "According") is never a name
        word = tokens[start].text
        if end - start == 1 and "-" in word and not word.split("-")[-1][:1].isupper():
            continue  # "Soviet-era", "Ukrainian-controlled": adjectives, not actors
        known = word.isupper() or first in lx.DEMONYMS or first in lx.METONYMS or word in lx.DEMONYMS.values()
        if end - start == 1 and initial and not known and word not in inner_capitals:
            continue  # only ever capitalised at a sentence start: an ordinary word
        if end < len(tokens) and tokens[end].text[:1].isdigit() and end - start == 1:
            continue  # "Article 5", "Resolution 2231": a reference, not an actor
        if initial and end - start == 1:
            bare = first[:-2] if first.endswith("'s") else first
            if _common(first) and bare not in lx.DEMONYMS:
                continue
        if initial and end - start > 1 and _common(first):
            start += 1
        found, country = _name(tokens, start, end)
        # a name of five or more capitalised words is page furniture or a headline: keep its acronyms
        found = [
            part
            for name in found
            for part in (
                [w for w in name.split() if w.isupper() and len(w) > 1 and w.isalpha()]
                if len(name.split()) >= 5
                else [name]
            )
        ]
        prev = tokens[start - 1].lower if start > 0 else ""
        for name in found:
            is_acronym = name.isupper() and len(name) > 1
            if prev in _LOCATION_PREPOSITIONS and not is_acronym and name not in lx.METONYMS.values():
                locations.append((start, name))
            else:
                actors.append((start, name))
        if not found and country is not None:
            actors.append((start, country))
    return _Names(tuple(actors), tuple(locations))


# ---------------------------------------------------------------- time anchoring


@attrs.frozen(slots=True)
class _TimeSlot:
    mention: TimeMention
    first: int  # token index range in the sentence
    last: int
    relation: str
    interval_start: dt.datetime
    interval_end: dt.datetime


def _time_slots(sentence: Sentence, times: Sequence[TimeMention]) -> list[_TimeSlot]:
    tokens = sentence.tokens
    slots: list[_TimeSlot] = []
    for m in times:
        if m.end <= sentence.start or m.start >= sentence.end:
            continue
        placed = mention_interval(m)
        if placed is None:
            continue
        idx = [k for k, t in enumerate(tokens) if t.start < m.end and m.start < t.end]
        if not idx:
            continue
        first, last = idx[0], idx[-1]
        relation = "IS_INCLUDED"
        k = first - 1
        while k >= 0 and tokens[k].lower in (
            "the",
            "early",
            "late",
            "mid",
            "end",
            "of",
            "start",
            "beginning",
        ):
            k -= 1
        if k >= 0 and tokens[k].lower in _TIME_PREPOSITIONS:
            relation = _TIME_PREPOSITIONS[tokens[k].lower]
        if m.mod in ("BEFORE", "ON_OR_BEFORE"):
            relation = "BEFORE"
        elif m.mod in ("AFTER", "ON_OR_AFTER"):
            relation = "AFTER"
        slots.append(_TimeSlot(m, first, last, relation, placed[0].start, placed[0].end))
    return slots


def _consistent(tense: str, perfect: bool, slot: _TimeSlot, reference: dt.date | None) -> bool:
    """Whether the tense allows this time (no past tense on a future date, and so on)."""
    if reference is None:
        return True
    ref = dt.datetime(reference.year, reference.month, reference.day)
    if tense == "FUTURE" and slot.interval_end <= ref:
        return False
    return not (tense == "PAST" and not perfect and slot.interval_start - ref > dt.timedelta(days=1))


def _anchor(
    trigger: Trigger,
    verbal: _Verbal,
    clause: Sequence[int],
    slots: Sequence[_TimeSlot],
    previous: Sequence[_TimeSlot],
    reference: dt.date | None,
    sentence_past: bool = False,
) -> tuple[TimeMention | None, str | None, str | None]:
    i = trigger.index
    for slot in slots:
        if slot.first <= i <= slot.last:
            return slot.mention, "IS_INCLUDED", f"inside the time expression {slot.mention.text!r}"
    usable = [s for s in slots if _consistent(verbal.tense, verbal.perfect, s, reference)]
    same_clause = [s for s in usable if clause[s.first] == clause[i]]
    pools: list[tuple[list[_TimeSlot], str]] = [(same_clause, "in its clause")]
    if verbal.modality is None and verbal.tense not in ("INFINITIVE", "FUTURE"):
        pools.append((usable, "in its sentence"))
    for pool, where in pools:
        if pool:
            best = min(pool, key=lambda s: (min(abs(s.first - i), abs(s.last - i)), s.first))
            return best.mention, best.relation, f"time expression {best.mention.text!r} {where}"
    past = verbal.tense == "PAST" or (trigger.pos == "NOUN" and sentence_past)
    if previous and past and not verbal.perfect and verbal.modality is None:
        last = previous[-1]
        fine = last.interval_end - last.interval_start <= dt.timedelta(days=1)
        if fine and last.relation == "IS_INCLUDED" and _consistent(verbal.tense, False, last, reference):
            return (
                last.mention,
                "IS_INCLUDED",
                f"time expression {last.mention.text!r} of the previous sentence",
            )
    where = f"the reference date {reference.isoformat()}" if reference else "the (unknown) reference date"
    if verbal.modality == "will" or verbal.tense == "FUTURE":
        return None, "AFTER", f"future ('will'): after {where}"
    if verbal.tense == "PAST":
        return None, "BEFORE", f"past tense: before {where}"
    if verbal.perfect:
        return None, "BEFORE", f"present perfect: before {where}"
    if verbal.tense == "PRESENT":
        return None, "INCLUDES", f"present tense: around {where}"
    return None, None, "no time expression and no tense"


# ---------------------------------------------------------------- documents


def _canonical_actors(per_sentence: list[_Names]) -> dict[str, str]:
    """Map a surname (or shorter name) to the fullest name it ends in within the document."""
    full: dict[str, str] = {}
    for names in per_sentence:
        for _, name in names.actors:
            parts = name.split()
            if len(parts) > 1:
                for k in range(1, len(parts)):
                    tail = " ".join(parts[k:])
                    if len(full.get(tail, "")) < len(name):
                        full[tail] = name
    return full


def extract_events(document: Document, time_mentions: Sequence[TimeMention] = ()) -> list[EventMention]:
    """Every event mention of ``document``, anchored to ``time_mentions`` or to the tense.

    Example:
        >>> import datetime as dt
        >>> from timeline.model import TimeMention, TimexType
        >>> doc = Document("d", "NATO pledged in 2008 that Kyiv would join.", dt.date(2023, 4, 4))
        >>> t = TimeMention(16, 20, "2008", TimexType.DATE, "2008")
        >>> [(m.text, m.time.value if m.time else None, m.time_relation, m.actors)
        ...  for m in extract_events(doc, [t])]
        [('pledged', '2008', 'IS_INCLUDED', ('NATO',)), ('join', None, None, ('Ukraine',))]
    """
    text = document.text
    reference = document.reference_date
    sents = sentences(text)
    inner_capitals = frozenset(
        t.text for s in sents for k, t in enumerate(s.tokens) if k > 0 and t.text[:1].isupper()
    )
    names = [_names(s, inner_capitals) for s in sents]
    canonical = _canonical_actors(names)
    ordered_times = sorted(time_mentions, key=lambda m: (m.start, m.end))
    result: list[EventMention] = []
    previous: list[_TimeSlot] = []
    for sentence, sentence_names in zip(sents, names, strict=True):
        tokens = sentence.tokens
        clause = clause_bounds(tokens)
        slots = _time_slots(sentence, ordered_times)
        sentence_text = text[sentence.start : sentence.end]
        triggers = detect(sentence)
        verbals = [_verbal(tokens, t, clause) for t in triggers]
        sentence_past = any(
            v.tense == "PAST" and t.pos == "VERB" for t, v in zip(triggers, verbals, strict=True)
        )
        if any(v.tense == "FUTURE" for v in verbals):
            sentence_past = False
        for trigger, verbal in zip(triggers, verbals, strict=True):
            tok = tokens[trigger.index]
            c = clause[trigger.index]
            actors = [canonical.get(a, a) for k, a in sentence_names.actors if clause[k] == c]
            if not actors:
                actors = [canonical.get(a, a) for _, a in sentence_names.actors]
            location: str | None = None
            if sentence_names.locations:
                location = min(sentence_names.locations, key=lambda p: abs(p[0] - trigger.index))[1]
            time, relation, reason = _anchor(
                trigger, verbal, clause, slots, previous, reference, sentence_past
            )
            result.append(
                EventMention(
                    doc_id=document.id,
                    start=tok.start,
                    end=tok.end,
                    text=tok.text,
                    lemma=trigger.lemma,
                    event_class=_event_class(trigger),
                    polarity=verbal.polarity,
                    modality=verbal.modality,
                    tense=verbal.tense,
                    sentence=sentence_text,
                    sentence_start=sentence.start,
                    actors=tuple(dict.fromkeys(actors))[:6],
                    location=location,
                    time=time,
                    time_relation=relation,
                    time_reason=reason,
                )
            )
        if slots:
            previous = slots
        elif previous:
            previous = []
    return result
