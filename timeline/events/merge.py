"""Cross-document event merging: mentions of the same real event become one :class:`Event`.

Mentions are compared only with events of the same trigger family (``delivery`` is in the
family of ``deliver``) in a block: events of the same calendar years; for an undated mention,
the events near its document's reference date, the events of the time expression it is
before or after (``since January``), and the undated events of its own document; for a
dated mention, also the undated events of documents written near its date. A large block is
narrowed to the events that share a participant or the location: there is no all-pairs
comparison. A mention joins the best-scoring event when the evidence (trigger, time,
participants, location, shared context words) reaches a threshold; every piece of evidence
used is kept in ``Event.merge_reasons``. An undated and a dated mention can meet whichever
of them comes first in the corpus.

When one side is undated the time is weak evidence, so across documents a participant or a
word that names the topic of nearly every document of the corpus counts less (half for a
participant, nothing for a context word), something beyond the topic must be shared, and
when the only time evidence is the documents' dates that must be a participant or the
location, the undated mention must tell one occurrence (a past tense, or a noun after "the"
or a possessive: not "cooperation", "a scandal", "to launch"), and two verbs must share one
who acts, named before each. A word inside a time expression (``at the end of November``) names a time, not an
event, and merges with nothing. In one document, two statements ("Jobs said ..., Jobs also
said ...") are two events unless they have the same speaker, verb and day.

Users can correct the result: :func:`apply_overrides` merges or splits events by id.

Example:
    >>> from timeline.model import EventMention, TimeMention, TimexType
    >>> t = TimeMention(0, 4, "2008", TimexType.DATE, "2008")
    >>> a = EventMention("002", 10, 17, "promise", lemma="promise", actors=("NATO",),
    ...                  time=t, time_relation="IS_INCLUDED")
    >>> b = EventMention("003", 5, 12, "pledged", lemma="pledge", tense="PAST", actors=("NATO",),
    ...                  time=t, time_relation="IS_INCLUDED")
    >>> [e.sources for e in merge_mentions([a, b])]
    [('002', '003')]
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence

import attrs

from timeline.errors import TimelineError
from timeline.events import lexicon as lx
from timeline.events.extract import ANCHOR_RELATIONS
from timeline.events.timeutil import mention_interval
from timeline.model import Event, EventMention, Granularity, Interval

__all__ = [
    "MERGE_THRESHOLD",
    "UnknownEventError",
    "apply_overrides",
    "event_from_mentions",
    "merge_mentions",
    "number_events",
]

#: evidence score a mention needs to join an existing event
MERGE_THRESHOLD = 4.0
#: a block larger than this is narrowed to events sharing a participant or the location
_BLOCK_LIMIT = 48
#: an undated mention may join a dated event this close to its document's reference date
_NEAR = dt.timedelta(days=31)
#: ... if that date is at most this long: a year is not near a day because it holds it
_SHORT = dt.timedelta(days=62)
#: a date of at most a day this close to an undated mention's document date is evidence:
#: news tells the events of the day before, the day and the day after without a date
_RECENT = dt.timedelta(days=1)
#: a time expression an undated mention is before or after ("since January") places it
#: near that time when it is at most this long
_ANCHOR_SPAN = dt.timedelta(days=366)
#: a participant or word named in at least this share of a corpus's documents (and in at
#: least ``_TOPIC_MIN_DOCS`` of them) is the corpus's topic
_TOPIC_SHARE = 0.8
_TOPIC_MIN_DOCS = 4
_DAY = dt.timedelta(days=1)
_WORD_RE = re.compile(r"[a-z][a-z-]{4,}")
_NAME_RE = re.compile(r"[\w.&'’-]+")
_MIN, _MAX = dt.datetime.min, dt.datetime.max
_FAR_FUTURE = dt.datetime.max
#: granularities fine enough to say two reports of a statement are the same statement
_FINE = frozenset({Granularity.DAY, Granularity.PART_OF_DAY, Granularity.HOUR, Granularity.MINUTE})

_Window = tuple[dt.datetime, dt.datetime]
_Placement = tuple[Interval, Granularity]
#: words before a noun that make it one occurrence: "the scandal", "his resignation"
_DEFINITE = frozenset(
    {"the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your"}
)


class UnknownEventError(TimelineError, ValueError):
    """A merge or split names an event id that the graph does not have.

    Example:
        >>> str(UnknownEventError("e9", "merges", ["e1", "e2"]))
        "unknown event id 'e9' in merges (known ids: e1 … e2)"
    """

    def __init__(self, event_id: str, where: str, known: Sequence[str]) -> None:
        span = f"{known[0]} … {known[-1]}" if known else "none"
        super().__init__(f"unknown event id {event_id!r} in {where} (known ids: {span})")
        self.event_id = event_id


def _placement(m: EventMention) -> _Placement | None:
    if m.time is None or m.time_relation not in ANCHOR_RELATIONS:
        return None
    if m.time.mod in ("BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"):
        return None
    return mention_interval(m.time)


def _shift(moment: dt.datetime, delta: dt.timedelta) -> dt.datetime:
    """``moment + delta``, held at the ends of the calendar."""
    try:
        return moment + delta
    except OverflowError:
        return _MAX if delta > dt.timedelta(0) else _MIN


@attrs.define
class _When:
    """What a mention's text says about its time: its place on the calendar; else the
    explicit time expression it is before or after (``anchor``, ``since January``); and the
    window it may lie in (from that expression, or from its tense and the document date)."""

    placement: _Placement | None
    window: _Window
    reference: dt.date | None
    anchor: _Placement | None = None
    anchor_text: str = ""
    relation: str | None = None


def _when(m: EventMention, reference: dt.date | None) -> _When:
    placement = _placement(m)
    if placement is not None:
        return _When(placement, (placement[0].start, placement[0].end), reference)
    explicit = mention_interval(m.time) if m.time is not None else None
    if explicit is not None and m.time_relation in ("BEFORE", "AFTER"):
        assert m.time is not None
        interval = explicit[0]
        window = (_MIN, interval.end) if m.time_relation == "BEFORE" else (interval.start, _MAX)
        if interval.end - interval.start <= _ANCHOR_SPAN:
            return _When(None, window, reference, explicit, m.time.text, m.time_relation)
        return _When(None, window, reference)
    if reference is None:
        return _When(None, (_MIN, _MAX), None)
    ref = dt.datetime(reference.year, reference.month, reference.day)
    if m.time_relation == "BEFORE":
        return _When(None, (_MIN, _shift(ref, _DAY)), reference)
    if m.time_relation == "AFTER":
        return _When(None, (ref, _MAX), reference)
    if m.time_relation == "INCLUDES":
        return _When(None, (_shift(ref, -_NEAR), _shift(ref, _NEAR)), reference)
    return _When(None, (_MIN, _MAX), reference)


def _own_date(m: EventMention) -> bool:
    """Whether a dated mention's date is its own: a verb's, or a noun's from its own clause
    (not ``partial invitation`` dated by ``On December 1, he asserted that ...``)."""
    reason = m.time_reason or ""
    return m.tense != "NONE" or reason.startswith("inside") or reason.endswith("in its clause")


def _one_occurrence(m: EventMention) -> bool:
    """Whether an undated mention tells one occurrence, which the days of its document can
    place: a verb in the past tense (``Jobs resigned``), or a noun right after a definite
    determiner or a possessive (``the scandal``, ``his resignation``, ``Abbas's call``).

    A bare or indefinite noun (``cooperation``, ``violence``, ``a wave of bombings``), an
    infinitive (``to launch``), a participle (``developing``) or a present tense (``free
    trade``) is generic or not yet told. Only the word right before the noun is read, so
    ``the mounting US death toll`` and also ``the six-party talks`` are not taken: reading
    past names and adjectives let in noun compounds (``the UN sanctions resolution`` for
    another resolution) in spot checks on the TempEval-3 silver corpus.

    Example:
        >>> s = "Boeing's protest was upheld, and the talks stalled amid violence."
        >>> [_one_occurrence(EventMention("d", s.index(w), s.index(w) + len(w), w, sentence=s))
        ...  for w in ("protest", "talks", "violence")]
        [True, True, False]
    """
    if m.tense == "PAST":
        return True
    if m.tense != "NONE":
        return False
    before = m.sentence[: max(0, m.start - m.sentence_start)].split()
    if not before:
        return False
    word = before[-1].lower()
    return word in _DEFINITE or word.endswith(("'s", "’s"))


def _tied_by_days(m: EventMention, m_undated: bool, cluster: _Cluster) -> bool:
    """Whether the days of the documents may tie ``m`` to ``cluster`` when they are the only
    time evidence (across documents, one side undated): the undated side tells one
    occurrence (:func:`_one_occurrence`), and when a verb is involved, one who acts in both
    is named before the trigger on both sides (``Jobs resigned in a letter`` and ``On August
    24, Jobs resigned``; not ``Shalom called on the UNRWA to end its activities in the Gaza
    Strip`` and ``al-Zahar, a Hamas leader in the Gaza Strip, called on Fatah``, which share
    only the Gaza Strip, named after the first call).
    """
    undated = [m] if m_undated else cluster.mentions
    if not any(_one_occurrence(u) for u in undated):
        return False
    if m.tense == "NONE" and all(c.tense == "NONE" for c in cluster.mentions):
        return True
    actors = set().union(*(_speakers(c) for c in cluster.mentions))
    return bool(_speakers(m) & actors)


def _overlaps(a: _Window, b: _Window) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _in_time_expression(m: EventMention) -> bool:
    """The trigger is a word of an ordinary time expression (``the end of November``); the
    name of an event found by the gazetteer (``the Washington summit``) is not ordinary."""
    t = m.time
    return (
        t is not None
        and t.start <= m.start
        and m.end <= t.end
        and m.text in t.text
        and not t.rule.startswith("temponym")
    )


def _context_words(m: EventMention) -> frozenset[str]:
    words = _WORD_RE.findall(m.sentence.lower())
    return frozenset(w for w in words if w not in lx.STOPWORDS and w != m.text.lower() and w != m.lemma)


def _names(m: EventMention) -> tuple[str, ...]:
    return (*m.actors, *(() if m.location is None else (m.location,)))


def _speakers(m: EventMention) -> set[str]:
    """The participants named before the trigger in its sentence: for a statement, the speaker
    (by the full name, or by its last word: ``Jobs said`` for Steve Jobs)."""
    before = m.sentence[: max(0, m.start - m.sentence_start)]
    words = set(_NAME_RE.findall(before))
    return {a for a in m.actors if a in before or a.split()[-1] in words}


def _years(interval: Interval) -> list[int] | None:
    first, last = interval.start.year, (interval.end - dt.timedelta(microseconds=1)).year
    if last - first > 2:
        return None
    return list(range(first, last + 1))


def _months(interval: Interval) -> list[tuple[int, int]]:
    """The calendar months within ``_NEAR`` of a short interval."""
    start, end = _shift(interval.start, -_NEAR), _shift(interval.end, _NEAR)
    year, month = start.year, start.month
    months: list[tuple[int, int]] = []
    while (year, month) <= (end.year, end.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


@attrs.frozen
class _Topics:
    """Participants (and locations) and context words named in nearly every document."""

    names: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()


def _topics(mentions: Sequence[EventMention], words: Sequence[frozenset[str]]) -> _Topics:
    docs_of_name: dict[str, set[str]] = {}
    docs_of_word: dict[str, set[str]] = {}
    for m, ws in zip(mentions, words, strict=True):
        for name in _names(m):
            docs_of_name.setdefault(name, set()).add(m.doc_id)
        for w in ws:
            docs_of_word.setdefault(w, set()).add(m.doc_id)
    n_docs = len({m.doc_id for m in mentions})
    least = max(_TOPIC_MIN_DOCS, math.ceil(_TOPIC_SHARE * n_docs))
    return _Topics(
        frozenset(k for k, v in docs_of_name.items() if len(v) >= least),
        frozenset(k for k, v in docs_of_word.items() if len(v) >= least),
    )


@attrs.define(eq=False)
class _Cluster:
    order: int
    family: str
    mentions: list[EventMention]
    placement: _Placement | None
    placed_by: EventMention | None
    when: _When
    actors: Counter[str]
    location: str | None
    words: Counter[str]
    head_words: frozenset[str]
    docs: set[str]
    sentences: set[tuple[str, int]]
    factual: bool
    reasons: list[str]
    # read for every candidate mention: set from the first mention, then kept up to date by
    # ``refresh`` when a mention joins
    lemmas: set[str] = attrs.field(factory=set)
    core_actors: set[str] = attrs.field(factory=set)
    core_words: set[str] = attrs.field(factory=set)

    def core(self, counts: Counter[str], first: Iterable[str]) -> set[str]:
        """What the first mention has (``first``), and what at least half of the mentions share."""
        half = len(self.mentions) / 2
        return {k for k, n in counts.items() if n >= half}.union(first)

    def refresh(self) -> None:
        """Recompute the trigger lemmas and the core participants and words after a join."""
        self.lemmas = {c.lemma for c in self.mentions}
        self.core_actors = self.core(self.actors, self.mentions[0].actors)
        self.core_words = self.core(self.words, self.head_words)


def _undated_and_dated(
    undated: _When, dated: _Placement, placed_by: EventMention | None, same_doc: bool, explain: bool
) -> tuple[float, str, bool] | None:
    """Time evidence that an undated mention (what its text says: ``undated``) and a dated
    one (``dated``, the date of ``placed_by``) tell the same event: ``(score, reason,
    by_document_date)``, the last true when the evidence is only the undated mention's
    document date; ``None`` when their times rule it out. The reason is written only when
    ``explain`` is true.

    Across documents a date counts as evidence when it lies in the time expression the undated
    mention is before or after, or within a day or so of the undated mention's document date;
    not when it is the date of an infinitive (``a call to join on Tuesday``: the date is the
    call's). In one document every undated mention shares the document date: no evidence.
    """
    interval = dated[0]
    if not _overlaps(undated.window, (interval.start, interval.end)):
        return None  # a past tense and a later date, a future and an earlier one
    evidence = not same_doc and (placed_by is None or placed_by.tense != "INFINITIVE")
    if evidence and undated.anchor is not None and undated.anchor[0].contains(interval):
        if not explain:
            return 1.0, "", False
        relation = "before" if undated.relation == "BEFORE" else "after"
        when = _describe(*dated)
        return 1.0, f"{when} lies in {undated.anchor_text!r}, which the undated mention is {relation}", False
    ref = undated.reference
    if ref is not None and interval.end - interval.start <= _SHORT:
        day = dt.datetime(ref.year, ref.month, ref.day)
        gap = max(interval.start - day, day - interval.end, dt.timedelta(0))
        if evidence and interval.end - interval.start <= _DAY and gap <= _RECENT:
            if not explain:
                return 1.0, "", True
            reason = f"{_describe(*dated)}, the days of the undated mention's document ({ref.isoformat()})"
            return 1.0, reason, True
        if gap <= _NEAR:
            if not explain:
                return 0.0, "", True
            reason = f"{_describe(*dated)}, near the undated mention's document date {ref.isoformat()}"
            return 0.0, reason, True
    return None


def _score(
    m: EventMention,
    when: _When,
    words: frozenset[str],
    family: str,
    cluster: _Cluster,
    topics: _Topics,
    explain: bool = True,
) -> tuple[float, list[str]]:
    """Evidence that ``m`` mentions the event of ``cluster`` (``-1`` when ruled out), and the
    reasons; without ``explain`` the descriptions of times are left out of the reasons (the
    caller scores every candidate and asks the winner again to explain itself)."""
    if (m.doc_id, m.sentence_start) in cluster.sentences or m.is_factual != cluster.factual:
        return -1.0, []
    if cluster.family != family:
        return -1.0, []
    if m.location and cluster.location and m.location != cluster.location:
        return -1.0, []
    first = cluster.mentions[0]
    same_doc = m.doc_id in cluster.docs
    same_lemma = m.lemma in cluster.lemmas
    reasons: list[str] = []
    score = 0.0
    if same_lemma:
        score += 2.0
        reasons.append(f"same trigger {m.lemma!r}")
    elif m.lemma in lx.FAMILIES and any(c.lemma in lx.FAMILIES for c in cluster.mentions):
        score += 1.5
        reasons.append(f"same kind of event ({family}: {first.lemma!r} ~ {m.lemma!r})")
    else:
        # a noun and the verb it is made from, by the suffix rules: weaker than a listed family
        score += 1.0
        reasons.append(f"noun and verb of one event ({family}: {first.lemma!r} ~ {m.lemma!r})")
    placement, cp = when.placement, cluster.placement
    # both on the calendar, or in one document: participants and words are full evidence
    firm = same_doc
    by_document_date = False
    if placement is not None and cp is not None:
        firm = True
        a, b = placement[0], cp[0]
        if a == b:
            score += 2.0
            if explain:
                reasons.append(f"same time {_describe(a, placement[1])}")
        elif a.contains(b) or b.contains(a):
            score += 1.0
            if explain:
                reasons.append(f"compatible times {_describe(a, placement[1])} and {_describe(b, cp[1])}")
        else:
            return -1.0, []
    elif placement is None and cp is None:
        other = cluster.when
        if same_doc:
            reasons.append("both undated, same document")
        elif (
            when.anchor is not None
            and other.anchor is not None
            and when.anchor[0] == other.anchor[0]
            and when.relation == other.relation
        ):
            relation = "before" if when.relation == "BEFORE" else "after"
            score += 1.0
            if explain:
                reasons.append(f"both undated, both {relation} {_describe(*when.anchor)}")
        else:
            return -1.0, []
    else:
        if placement is None:
            assert cp is not None
            found = _undated_and_dated(when, cp, cluster.placed_by, same_doc, explain)
        elif not _own_date(m):
            return -1.0, []
        else:
            found = _undated_and_dated(cluster.when, placement, m, same_doc, explain)
        if found is None:
            return -1.0, []
        score += found[0]
        if explain:
            reasons.append(found[1])
        by_document_date = found[2]
    if same_doc and m.tense == "NONE":
        score += 1.0
        reasons.append("same document")
    # one statement (or stated belief) reported by several articles: same speaker, same verb,
    # same day or finer; in one article too, for a statement ("Jobs said ..., Jobs also said")
    if (m.event_class == "REPORTING" or (m.event_class == "I_STATE" and not same_doc)) and not (
        first.lemma == m.lemma
        and placement is not None
        and cp is not None
        and placement[0] == cp[0]
        and placement[1] in _FINE
        and _speakers(m) & _speakers(first)
    ):
        return -1.0, []
    # participants and context words are compared with what the event's mentions mostly share,
    # not with everything any of them said: a growing union would let unrelated mentions chain in
    shared = sorted(set(m.actors) & cluster.core_actors)
    weak: list[str] = []
    if shared:
        weak = [] if firm else [a for a in shared if a in topics.names]
        score += min(2.0, len(shared) - 0.5 * len(weak))
        note = f" ({', '.join(weak)}: in nearly every document, half)" if weak else ""
        reasons.append("shared participants: " + ", ".join(shared) + note)
    elif m.event_class == "REPORTING":
        return -1.0, []
    topical = False
    if m.location and m.location == cluster.location:
        topical = not firm and m.location in topics.names
        score += 0.75 if topical else 1.5
        reasons.append(
            f"same location {m.location}" + (" (in nearly every document, half)" if topical else "")
        )
    common = sorted(words & cluster.core_words)
    counted = common if firm else [w for w in common if w not in topics.words]
    if counted:
        score += min(1.5, 0.5 * len(counted))
        reasons.append("shared context: " + ", ".join(counted[:4]))
    if not firm:
        # across documents with one side undated: something beyond the trigger, the time and
        # the corpus's topic must be shared; when the time is only that of the documents,
        # a participant or the location (the days alone do not tie two mentions of "talks")
        named = len(weak) < len(shared) or (m.location == cluster.location and m.location and not topical)
        if not named and (by_document_date or not counted):
            return -1.0, []
        if by_document_date and not _tied_by_days(m, placement is None, cluster):
            return -1.0, []
    return score, reasons


def _describe(interval: Interval, granularity: Granularity) -> str:
    start, end = interval.iso()
    if granularity is Granularity.YEAR:
        return start[:4]
    if granularity is Granularity.MONTH:
        return start[:7]
    if granularity is Granularity.DAY:
        return start
    return f"{start}/{end}"


def merge_mentions(
    mentions: Sequence[EventMention],
    reference_dates: Mapping[str, dt.date | None] | None = None,
    *,
    threshold: float = MERGE_THRESHOLD,
) -> list[Event]:
    """Group mentions (in corpus order) into events, numbered ``e0001``… in time order.

    ``reference_dates`` maps document ids to their reference dates (used to match undated
    mentions with dated events of the same days).

    Example:
        >>> merge_mentions([])
        []
    """
    refs = reference_dates or {}
    all_words = [_context_words(m) for m in mentions]
    topics = _topics(mentions, all_words)
    clusters: list[_Cluster] = []
    # dated events by family and year (and by participant or location too)
    by_year: dict[tuple[str, int], list[_Cluster]] = {}
    by_year_name: dict[tuple[str, int, str], list[_Cluster]] = {}
    coarse: dict[str, list[_Cluster]] = {}
    # undated events by family and document; by the month of their document's date; by the
    # years of the time expression they are before or after
    undated: dict[tuple[str, str], list[_Cluster]] = {}
    by_month: dict[tuple[str, int, int], list[_Cluster]] = {}
    by_month_name: dict[tuple[str, int, int, str], list[_Cluster]] = {}
    anchored: dict[tuple[str, int], list[_Cluster]] = {}

    def add(bucket: list[_Cluster], cluster: _Cluster) -> None:
        if not bucket or bucket[-1] is not cluster:
            bucket.append(cluster)

    def narrowed(
        bucket: list[_Cluster], named: Callable[[str], list[_Cluster]], names: Sequence[str]
    ) -> list[_Cluster]:
        if len(bucket) <= _BLOCK_LIMIT:
            return bucket
        found: list[_Cluster] = []
        for name in names:
            found += named(name)[-_BLOCK_LIMIT:]
        return found

    def register(cluster: _Cluster, m: EventMention, when: _When, years: list[int] | None) -> None:
        family, names = cluster.family, _names(m)
        if cluster.placement is None:
            add(undated.setdefault((family, m.doc_id), []), cluster)
            if when.reference is not None:
                month = (family, when.reference.year, when.reference.month)
                add(by_month.setdefault(month, []), cluster)
                for name in names:
                    add(by_month_name.setdefault((*month, name), []), cluster)
            if when.anchor is not None:
                for year in _years(when.anchor[0]) or ():
                    add(anchored.setdefault((family, year), []), cluster)
            return
        if when.placement is None:  # an undated mention of a dated event: nothing new to index
            return
        if years is None:
            add(coarse.setdefault(family, []), cluster)
            return
        for year in years:
            add(by_year.setdefault((family, year), []), cluster)
            for name in names:
                add(by_year_name.setdefault((family, year, name), []), cluster)

    def dated_in(family: str, year: int, names: Sequence[str]) -> list[_Cluster]:
        return narrowed(
            by_year.get((family, year), []), lambda n: by_year_name.get((family, year, n), []), names
        )

    def undated_in(family: str, year: int, month: int, names: Sequence[str]) -> list[_Cluster]:
        return narrowed(
            by_month.get((family, year, month), []),
            lambda n: by_month_name.get((family, year, month, n), []),
            names,
        )

    for m, words in zip(mentions, all_words, strict=True):
        family = lx.family_of(m.lemma or m.text.lower())
        reference = refs.get(m.doc_id)
        when = _when(m, reference)
        placement = when.placement
        years = _years(placement[0]) if placement is not None else None
        names = _names(m)
        inert = _in_time_expression(m)
        candidates: list[_Cluster] = [] if inert else list(undated.get((family, m.doc_id), ()))
        if inert:
            pass
        elif placement is not None:
            if years is None:
                candidates += coarse.get(family, ())
            else:
                for year in years:
                    candidates += dated_in(family, year, names)
                    candidates += anchored.get((family, year), [])[-_BLOCK_LIMIT:]
                candidates += coarse.get(family, [])[-_BLOCK_LIMIT:]
            if placement[0].end - placement[0].start <= _SHORT:
                for year, month in _months(placement[0]):
                    candidates += undated_in(family, year, month, names)
        else:
            if reference is not None:
                for year in (reference.year - 1, reference.year, reference.year + 1):
                    candidates += dated_in(family, year, names)
            if when.anchor is not None:
                for year in _years(when.anchor[0]) or ():
                    candidates += dated_in(family, year, names)
                    candidates += anchored.get((family, year), [])[-_BLOCK_LIMIT:]
        best: _Cluster | None = None
        best_score = threshold
        seen: set[int] = set()
        for cluster in candidates:
            if id(cluster) in seen:
                continue
            seen.add(id(cluster))
            score, _ = _score(m, when, words, family, cluster, topics, explain=False)
            if score >= best_score and (best is None or score > best_score or cluster.order < best.order):
                best, best_score = cluster, score
        if best is None:
            cluster = _Cluster(
                order=len(clusters),
                family=family,
                mentions=[m],
                placement=placement,
                placed_by=m if placement is not None else None,
                when=when,
                actors=Counter(m.actors),
                location=m.location,
                words=Counter(words),
                head_words=words,
                docs={m.doc_id},
                sentences={(m.doc_id, m.sentence_start)},
                factual=m.is_factual,
                reasons=[],
                lemmas={m.lemma},
                core_actors=set(m.actors),
                core_words=set(words),
            )
            clusters.append(cluster)
            if not inert:
                register(cluster, m, when, years)
            continue
        best_reasons = _score(m, when, words, family, best, topics)[1]
        best.mentions.append(m)
        best.actors.update(m.actors)
        best.location = best.location or m.location
        best.words.update(words)
        best.docs.add(m.doc_id)
        best.sentences.add((m.doc_id, m.sentence_start))
        best.refresh()
        head = best.mentions[0]
        best.reasons.append(
            f"{m.doc_id}:{m.text}@{m.start} joins {head.doc_id}:{head.text}@{head.start}"
            f" (score {best_score:g}): " + "; ".join(best_reasons)
        )
        if placement is not None and (
            best.placement is None
            or (best.placement[0].contains(placement[0]) and placement[0] != best.placement[0])
        ):
            # the first date of an undated event, or a finer one
            best.placement = placement
            best.placed_by = m
        elif placement is None and best.placement is None and _overlaps(when.window, best.when.window):
            window = best.when.window
            best.when.window = (max(window[0], when.window[0]), min(window[1], when.window[1]))
        register(best, m, when, years)
    events = [event_from_mentions(c.mentions, c.reasons) for c in clusters]
    return number_events(events, mentions)


def event_from_mentions(
    mentions: Sequence[EventMention], reasons: Sequence[str] = (), event_id: str = ""
) -> Event:
    """Build an :class:`Event` from its mentions: the most precise consistent interval, the
    most common class/modality, participants by frequency, a readable label.

    Example:
        >>> event_from_mentions([EventMention("d", 0, 7, "meeting", lemma="meeting",
        ...                                   location="Brussels")]).label
        'meeting in Brussels'
    """
    placed = [(p, m) for m in mentions if (p := _placement(m)) is not None]
    best_placed: tuple[tuple[Interval, Granularity], EventMention] | None = None
    for p, m in placed:
        consistent = all(other[0].contains(p[0]) for other, _ in placed)
        if consistent and (best_placed is None or p[1].rank < best_placed[0][1].rank):
            best_placed = (p, m)
    if best_placed is None and placed:
        counts = Counter(p[0] for p, _ in placed)
        common = counts.most_common(1)[0][0]
        best_placed = next((p, m) for p, m in placed if p[0] == common)
    head = best_placed[1] if best_placed is not None else mentions[0]
    # participants by frequency; ties keep the order they are named in, the labelling mention first
    actors = Counter(head.actors)
    for m in mentions:
        if m is not head:
            actors.update(m.actors)
    locations = Counter(m.location for m in mentions if m.location)
    location = locations.most_common(1)[0][0] if locations else None
    classes = Counter(m.event_class for m in mentions)
    modalities = Counter(m.modality for m in mentions)
    polarity = "NEG" if all(m.polarity == "NEG" for m in mentions) else "POS"
    interval = granularity = None
    value = mod = None
    if best_placed is not None:
        interval, granularity = best_placed[0]
        assert best_placed[1].time is not None
        value, mod = best_placed[1].time.value, best_placed[1].time.mod
    return Event(
        id=event_id,
        label=_label(head, location),
        mentions=tuple(mentions),
        interval=interval,
        value=value,
        granularity=granularity,
        mod=mod,
        polarity=polarity,
        modality=modalities.most_common(1)[0][0],
        event_class=classes.most_common(1)[0][0],
        actors=tuple(a for a, _ in actors.most_common()),
        location=location,
        merge_reasons=tuple(reasons),
    )


def _label(m: EventMention, location: str | None) -> str:
    rel = m.start - m.sentence_start
    before = m.sentence[: max(rel, 0)].split()
    words: list[str] = []
    if m.tense == "NONE":
        for word in reversed(before[-2:]):
            bare = word.strip(",.;:\"“”'()").lower()
            if (
                not bare.isalpha()
                or bare in lx.STOPWORDS
                or bare in lx.DETERMINERS
                or bare in lx.MONTHS_AND_DAYS
            ):
                break
            words.insert(0, word.strip(',.;:"“”()'))
        label = " ".join([*words, m.text])
    else:
        label = f"{m.actors[0]} {m.text}" if m.actors else m.text
    if m.polarity == "NEG":
        label = f"not {label}"
    if location and location not in label:
        label += f" in {location}"
    return label


def _sort_key(event: Event, first_seen: Mapping[int, int]) -> tuple[int, dt.datetime, dt.datetime, int]:
    position = first_seen.get(id(event.mentions[0]), 0) if event.mentions else 0
    if event.interval is None:
        return (1, _FAR_FUTURE, _FAR_FUTURE, position)
    return (0, event.interval.start, event.interval.end, position)


def number_events(events: Iterable[Event], corpus_order: Sequence[EventMention] = ()) -> list[Event]:
    """Sort events by time (undated last), then by first mention in corpus order, and give
    them ids ``e0001``, ``e0002``, …

    Example:
        >>> [e.id for e in number_events([Event("", "b"), Event("", "a")])]
        ['e0001', 'e0002']
    """
    first_seen = {id(m): k for k, m in enumerate(corpus_order)}
    ordered = sorted(events, key=lambda e: _sort_key(e, first_seen))
    width = max(4, len(str(len(ordered))))
    return [attrs.evolve(e, id=f"e{k:0{width}d}") for k, e in enumerate(ordered, 1)]


def apply_overrides(
    events: Sequence[Event],
    merges: Iterable[Sequence[str]] | None = None,
    splits: Iterable[str | tuple[str, str]] | None = None,
    corpus_order: Sequence[EventMention] = (),
) -> list[Event]:
    """Apply user corrections, then renumber.

    ``merges`` is a list of groups of event ids to merge into one event; ``splits`` a list of
    event ids to split into one event per mention, or ``(event_id, doc_id)`` pairs to split
    that document's mentions off into an event of their own. Ids are those of ``events``;
    an unknown id raises :class:`UnknownEventError`.

    Example:
        >>> evs = number_events([Event("", "a", (EventMention("d", 0, 1, "a"),)),
        ...                      Event("", "b", (EventMention("d", 2, 3, "b"),))])
        >>> [len(e.mentions) for e in apply_overrides(evs, merges=[["e0001", "e0002"]])]
        [2]
        >>> apply_overrides(evs, splits=["e0042"])
        Traceback (most recent call last):
        ...
        timeline.events.merge.UnknownEventError: unknown event id 'e0042' in splits (known ids: e0001 … e0002)
    """
    by_id = {e.id: e for e in events}
    known = [e.id for e in events]
    groups: dict[str, list[EventMention]] = {e.id: list(e.mentions) for e in events}
    reasons: dict[str, list[str]] = {e.id: list(e.merge_reasons) for e in events}
    owner: dict[str, str] = {e.id: e.id for e in events}
    extra: list[Event] = []
    for group in merges or ():
        ids = list(group)
        for event_id in ids:
            if event_id not in by_id:
                raise UnknownEventError(event_id, "merges", known)
        target = owner[ids[0]]
        for event_id in ids[1:]:
            source = owner[event_id]
            if source == target:
                continue
            groups[target] += groups.pop(source)
            reasons[target] += reasons.pop(source)
            for k, v in owner.items():
                if v == source:
                    owner[k] = target
        reasons[target].append("merged by user: " + " + ".join(ids))
    for split in splits or ():
        event_id, doc = (split, None) if isinstance(split, str) else split
        if event_id not in by_id:
            raise UnknownEventError(event_id, "splits", known)
        target = owner[event_id]
        members = groups.get(target, [])
        taken = [m for m in members if doc is None or m.doc_id == doc]
        if doc is None:
            groups.pop(target, None)
            for m in taken:
                extra.append(event_from_mentions([m], [f"split by user from {event_id}"]))
        elif taken and len(taken) < len(members):
            groups[target] = [m for m in members if m.doc_id != doc]
            extra.append(event_from_mentions(taken, [f"split by user from {event_id} (document {doc})"]))
    rebuilt = [event_from_mentions(ms, reasons[k]) for k, ms in groups.items() if ms]
    return number_events([*rebuilt, *extra], corpus_order)
