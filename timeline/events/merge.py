"""Cross-document event merging: mentions of the same real event become one :class:`Event`.

Mentions are compared only with events of the same trigger family that lie in the same
calendar years (or, for undated mentions, near the document's reference date, or in the
same document), and, when such a block is large, only with those that share a participant
or the location: there is no all-pairs comparison. A mention joins the best-scoring event
when the evidence (trigger, time, participants, location, shared context words) reaches a
threshold; every piece of evidence used is kept in ``Event.merge_reasons``.

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
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

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
_WORD_RE = re.compile(r"[a-z][a-z-]{4,}")
_FAR_FUTURE = dt.datetime.max
#: granularities fine enough to say two reports of a statement are the same statement
_FINE = frozenset({Granularity.DAY, Granularity.PART_OF_DAY, Granularity.HOUR, Granularity.MINUTE})


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


def _placement(m: EventMention) -> tuple[Interval, Granularity] | None:
    if m.time is None or m.time_relation not in ANCHOR_RELATIONS:
        return None
    if m.time.mod in ("BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"):
        return None
    return mention_interval(m.time)


def _context_words(m: EventMention) -> frozenset[str]:
    words = _WORD_RE.findall(m.sentence.lower())
    return frozenset(w for w in words if w not in lx.STOPWORDS and w != m.text.lower() and w != m.lemma)


def _speakers(m: EventMention) -> set[str]:
    """The participants named before the trigger in its sentence: for a statement, the speaker."""
    before = m.sentence[: max(0, m.start - m.sentence_start)]
    return {a for a in m.actors if a in before}


def _years(interval: Interval) -> list[int] | None:
    first, last = interval.start.year, (interval.end - dt.timedelta(microseconds=1)).year
    if last - first > 2:
        return None
    return list(range(first, last + 1))


@attrs.define(eq=False)
class _Cluster:
    order: int
    family: str
    mentions: list[EventMention]
    placement: tuple[Interval, Granularity] | None
    placed_by: EventMention | None
    actors: Counter[str]
    location: str | None
    words: Counter[str]
    head_words: frozenset[str]
    docs: set[str]
    sentences: set[tuple[str, int]]
    factual: bool
    reasons: list[str]

    def core(self, counts: Counter[str], first: Iterable[str]) -> set[str]:
        """What the first mention has (``first``), and what at least half of the mentions share."""
        half = len(self.mentions) / 2
        return {k for k, n in counts.items() if n >= half}.union(first)


def _score(
    m: EventMention,
    placement: tuple[Interval, Granularity] | None,
    words: frozenset[str],
    family: str,
    cluster: _Cluster,
    reference: dt.date | None,
) -> tuple[float, list[str]]:
    """Evidence that ``m`` mentions the event of ``cluster`` (``-1`` when ruled out)."""
    if (m.doc_id, m.sentence_start) in cluster.sentences or m.is_factual != cluster.factual:
        return -1.0, []
    if cluster.family != family:
        return -1.0, []
    if m.location and cluster.location and m.location != cluster.location:
        return -1.0, []
    first = cluster.mentions[0]
    reasons: list[str] = []
    score = 0.0
    if any(c.lemma == m.lemma for c in cluster.mentions):
        score += 2.0
        reasons.append(f"same trigger {m.lemma!r}")
    else:
        score += 1.5
        reasons.append(f"same kind of event ({family}: {first.lemma!r} ~ {m.lemma!r})")
    cp = cluster.placement
    if placement is not None and cp is not None:
        a, b = placement[0], cp[0]
        if a == b:
            score += 2.0
            reasons.append(f"same time {_describe(a, placement[1])}")
        elif a.contains(b) or b.contains(a):
            score += 1.0
            reasons.append(f"compatible times {_describe(a, placement[1])} and {_describe(b, cp[1])}")
        else:
            return -1.0, []
    elif placement is None and cp is not None:
        if reference is None:
            return -1.0, []
        ref = dt.datetime(reference.year, reference.month, reference.day)
        if cp[0].start - ref > _NEAR or ref - cp[0].end > _NEAR:  # (no date arithmetic past year 9999)
            return -1.0, []
        reasons.append(f"undated, near its document's date {reference.isoformat()}")
    elif placement is not None and cp is None:
        return -1.0, []
    else:
        if m.doc_id not in cluster.docs:
            return -1.0, []
        reasons.append("both undated, same document")
    if m.doc_id in cluster.docs and m.tense == "NONE":
        score += 1.0
        reasons.append("same document")
    # participants and context words are compared with what the event's mentions mostly share,
    # not with everything any of them said: a growing union would let unrelated mentions chain in
    core_actors = cluster.core(cluster.actors, first.actors)
    shared = sorted(set(m.actors) & core_actors)
    # one statement (or stated belief) reported by several articles: same speaker, same verb,
    # same day or finer
    if (
        m.event_class in ("REPORTING", "I_STATE")
        and m.doc_id not in cluster.docs
        and not (
            _speakers(m) & _speakers(first)
            and first.lemma == m.lemma
            and placement is not None
            and cp is not None
            and placement[0] == cp[0]
            and placement[1] in _FINE
        )
    ):
        return -1.0, []
    if shared:
        score += min(2.0, float(len(shared)))
        reasons.append("shared participants: " + ", ".join(shared))
    elif m.event_class == "REPORTING":
        return -1.0, []
    if m.location and m.location == cluster.location:
        score += 1.5
        reasons.append(f"same location {m.location}")
    common = sorted(words & cluster.core(cluster.words, cluster.head_words))
    if common:
        score += min(1.5, 0.5 * len(common))
        reasons.append("shared context: " + ", ".join(common[:4]))
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

    ``reference_dates`` maps document ids to their reference dates (used to let undated
    mentions join dated events of the same days).

    Example:
        >>> merge_mentions([])
        []
    """
    refs = reference_dates or {}
    clusters: list[_Cluster] = []
    by_year: dict[tuple[str, int], list[_Cluster]] = {}
    by_year_name: dict[tuple[str, int, str], list[_Cluster]] = {}
    coarse: dict[str, list[_Cluster]] = {}
    undated: dict[tuple[str, str], list[_Cluster]] = {}

    def register(cluster: _Cluster, m: EventMention, years: list[int] | None) -> None:
        if cluster.placement is None:
            undated.setdefault((cluster.family, m.doc_id), []).append(cluster)
            return
        if years is None:
            coarse.setdefault(cluster.family, []).append(cluster)
            return
        for year in years:
            bucket = by_year.setdefault((cluster.family, year), [])
            if not bucket or bucket[-1] is not cluster:
                bucket.append(cluster)
            for name in (*m.actors, *(() if m.location is None else (m.location,))):
                named = by_year_name.setdefault((cluster.family, year, name), [])
                if not named or named[-1] is not cluster:
                    named.append(cluster)

    for m in mentions:
        family = lx.family_of(m.lemma or m.text.lower())
        placement = _placement(m)
        reference = refs.get(m.doc_id)
        words = _context_words(m)
        candidates: list[_Cluster] = []
        if placement is not None:
            years = _years(placement[0])
            if years is None:
                candidates = list(coarse.get(family, ()))
            else:
                names = (*m.actors, *(() if m.location is None else (m.location,)))
                for year in years:
                    bucket = by_year.get((family, year), [])
                    if len(bucket) <= _BLOCK_LIMIT:
                        candidates += bucket
                    else:
                        for name in names:
                            candidates += by_year_name.get((family, year, name), [])[-_BLOCK_LIMIT:]
                candidates += coarse.get(family, [])[-_BLOCK_LIMIT:]
        else:
            years = None
            candidates = list(undated.get((family, m.doc_id), ()))
            if reference is not None:
                names = (*m.actors, *(() if m.location is None else (m.location,)))
                for year in (reference.year - 1, reference.year, reference.year + 1):
                    bucket = by_year.get((family, year), [])
                    if len(bucket) <= _BLOCK_LIMIT:
                        candidates += bucket
                    else:
                        for name in names:
                            candidates += by_year_name.get((family, year, name), [])[-_BLOCK_LIMIT:]
        best: _Cluster | None = None
        best_score = threshold
        best_reasons: list[str] = []
        seen: set[int] = set()
        for cluster in candidates:
            if id(cluster) in seen:
                continue
            seen.add(id(cluster))
            score, reasons = _score(m, placement, words, family, cluster, reference)
            if score >= best_score and (best is None or score > best_score or cluster.order < best.order):
                best, best_score, best_reasons = cluster, score, reasons
        if best is None:
            cluster = _Cluster(
                order=len(clusters),
                family=family,
                mentions=[m],
                placement=placement,
                placed_by=m if placement is not None else None,
                actors=Counter(m.actors),
                location=m.location,
                words=Counter(words),
                head_words=words,
                docs={m.doc_id},
                sentences={(m.doc_id, m.sentence_start)},
                factual=m.is_factual,
                reasons=[],
            )
            clusters.append(cluster)
            register(cluster, m, years)
            continue
        best.mentions.append(m)
        best.actors.update(m.actors)
        best.location = best.location or m.location
        best.words.update(words)
        best.docs.add(m.doc_id)
        best.sentences.add((m.doc_id, m.sentence_start))
        head = best.mentions[0]
        best.reasons.append(
            f"{m.doc_id}:{m.text}@{m.start} joins {head.doc_id}:{head.text}@{head.start}"
            f" (score {best_score:g}): " + "; ".join(best_reasons)
        )
        if placement is not None and best.placement is not None:
            if best.placement[0].contains(placement[0]) and placement[0] != best.placement[0]:
                best.placement = placement
                best.placed_by = m
            register(best, m, years)
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
