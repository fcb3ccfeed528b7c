"""Edges between events: Allen relations from dated intervals, textual sequence signals,
explicit causal cues, and the contradictions among them.

Sequence edges from dates form a *skeleton* that stays close to the transitive reduction:
events with the same interval are chained with ``EQUALS``; every other interval class gets
one ``DURING`` edge to the smallest interval containing it and one edge (``BEFORE`` or
``OVERLAPS``) to the next class under the same container. So there are at most about two
date edges per event, and every other date relation follows by transitivity.

Example:
    >>> from timeline.model import Interval
    >>> allen(Interval.from_iso("2008-04-03", "2008-04-04"), Interval.from_iso("2008-01-01", "2009-01-01"))
    'DURING'
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Sequence

import attrs
import networkx as nx

from timeline.events import lexicon as lx
from timeline.model import Event, EventMention, Evidence, Granularity, Interval, Relation, TimeMention

__all__ = [
    "ALLEN_RELATIONS",
    "INVERSE",
    "Conflict",
    "allen",
    "causal_relations",
    "date_relations",
    "event_relation",
    "find_conflicts",
    "signal_relations",
]

#: the thirteen Allen relations (the six inverses after their base relations)
ALLEN_RELATIONS = (
    "BEFORE",
    "MEETS",
    "OVERLAPS",
    "STARTS",
    "DURING",
    "FINISHES",
    "EQUALS",
    "AFTER",
    "MET_BY",
    "OVERLAPPED_BY",
    "STARTED_BY",
    "CONTAINS",
    "FINISHED_BY",
)
INVERSE = {
    "BEFORE": "AFTER",
    "MEETS": "MET_BY",
    "OVERLAPS": "OVERLAPPED_BY",
    "STARTS": "STARTED_BY",
    "DURING": "CONTAINS",
    "FINISHES": "FINISHED_BY",
    "EQUALS": "EQUALS",
}
INVERSE.update({v: k for k, v in list(INVERSE.items())})
_STRICT = frozenset({"BEFORE", "MEETS"})


@attrs.frozen(slots=True)
class Conflict:
    """Contradictory sequence evidence: the events in a precedence cycle and the edges.

    Example:
        >>> Conflict(("e1", "e2"), (), "cycle").reason
        'cycle'
    """

    events: tuple[str, ...]
    relations: tuple[Relation, ...]
    reason: str


def allen(a: Interval, b: Interval) -> str:
    """The Allen relation of interval ``a`` to interval ``b`` (half-open intervals).

    Example:
        >>> i = Interval.from_iso
        >>> allen(i("2024-12-01", "2024-12-02"), i("2024-12-03", "2024-12-05"))
        'BEFORE'
        >>> allen(i("2024-12-03", "2024-12-05"), i("2024-12-03", "2024-12-04"))
        'STARTED_BY'
    """
    s1, e1, s2, e2 = a.start, a.end, b.start, b.end
    if e1 < s2:
        return "BEFORE"
    if e2 < s1:
        return "AFTER"
    if e1 == s2 and s1 < e1:
        return "MEETS"
    if e2 == s1 and s2 < e2:
        return "MET_BY"
    if s1 == s2 and e1 == e2:
        return "EQUALS"
    if s1 == s2:
        return "STARTS" if e1 < e2 else "STARTED_BY"
    if e1 == e2:
        return "FINISHES" if s1 > s2 else "FINISHED_BY"
    if s2 < s1 and e1 < e2:
        return "DURING"
    if s1 < s2 and e2 < e1:
        return "CONTAINS"
    return "OVERLAPS" if s1 < s2 else "OVERLAPPED_BY"


def event_relation(a: Interval, b: Interval) -> str:
    """Allen relation between two *events* known only to lie within ``a`` and ``b``.

    Calendar intervals say where an event happened, not its exact extent: events in two
    adjacent days are ``BEFORE`` (not ``MEETS``), and an event within 2008-01-01 is
    ``DURING`` the year 2008 (not ``STARTS``).

    Example:
        >>> i = Interval.from_iso
        >>> event_relation(i("2024-12-01", "2024-12-02"), i("2024-12-02", "2024-12-03"))
        'BEFORE'
        >>> event_relation(i("2008-01-01", "2008-01-02"), i("2008-01-01", "2009-01-01"))
        'DURING'
    """
    rel = allen(a, b)
    return {
        "MEETS": "BEFORE",
        "MET_BY": "AFTER",
        "STARTS": "DURING",
        "FINISHES": "DURING",
        "STARTED_BY": "CONTAINS",
        "FINISHED_BY": "CONTAINS",
    }.get(rel, rel)


def _evidence_of(m: EventMention) -> Evidence:
    return Evidence(m.doc_id, m.start, m.end, m.text)


def date_relations(events: Sequence[Event]) -> list[Relation]:
    """The date skeleton over the dated events (see the module docstring).

    Example:
        >>> from timeline.model import Interval
        >>> y = Event("e1", "pledge", interval=Interval.from_iso("2008-01-01", "2009-01-01"),
        ...           granularity=Granularity.YEAR)
        >>> d = Event("e2", "summit", interval=Interval.from_iso("2008-04-03", "2008-04-04"),
        ...           granularity=Granularity.DAY)
        >>> l = Event("e3", "join", interval=Interval.from_iso("2023-04-04", "2023-04-05"),
        ...           granularity=Granularity.DAY)
        >>> [(r.source, r.relation, r.target) for r in date_relations([y, d, l])]
        [('e2', 'DURING', 'e1'), ('e1', 'BEFORE', 'e3')]
    """
    classes: dict[Interval, list[Event]] = {}
    for ev in events:
        if ev.interval is not None:
            classes.setdefault(ev.interval, []).append(ev)
    result: list[Relation] = []
    for members in classes.values():
        for a, b in itertools.pairwise(members):
            result.append(Relation(a.id, b.id, "sequence", "EQUALS", cue="same date"))
    ordered = sorted(classes, key=lambda i: (i.start, -(i.end - i.start).total_seconds()))
    stack: list[Interval] = []
    last_child: dict[Interval | None, Interval] = {}
    for interval in ordered:
        while stack and not stack[-1].contains(interval):
            stack.pop()
        parent = stack[-1] if stack else None
        rep = classes[interval][0]
        if parent is not None:
            result.append(Relation(rep.id, classes[parent][0].id, "sequence", "DURING", cue="dates"))
        previous = last_child.get(parent)
        if previous is not None:
            rel = event_relation(previous, interval)
            if rel in ("BEFORE", "OVERLAPS", "EQUALS"):
                result.append(Relation(classes[previous][0].id, rep.id, "sequence", rel, cue="dates"))
        last_child[parent] = interval
        stack.append(interval)
    return result


# ---------------------------------------------------------------- textual cues

_SIGNALS: dict[str, str] = {
    # cue -> "forward" (event before the cue happens first) or "backward"
    "after": "backward",
    "following": "backward",
    "followed": "backward",
    "since then": "forward",
    "before": "forward",
    "ahead of": "forward",
    "prior to": "forward",
    "preceded": "forward",
    "in the run-up to": "forward",
}
_SIGNAL_RE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, _SIGNALS), key=len, reverse=True)) + r")\b", re.I
)
_CAUSAL_RE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, lx.CAUSAL_CUES), key=len, reverse=True)) + r")\b", re.I
)
_FINITE = frozenset({"PAST", "PRESENT", "FUTURE"})


@attrs.frozen(slots=True)
class _Sent:
    doc: str
    start: int
    text: str
    mentions: tuple[EventMention, ...]


def _sentences(mentions: Iterable[EventMention]) -> list[_Sent]:
    grouped: dict[tuple[str, int], list[EventMention]] = {}
    texts: dict[tuple[str, int], str] = {}
    for m in mentions:
        key = (m.doc_id, m.sentence_start)
        grouped.setdefault(key, []).append(m)
        texts[key] = m.sentence
    return [_Sent(k[0], k[1], texts[k], tuple(sorted(v, key=lambda m: m.start))) for k, v in grouped.items()]


def _before(sent: _Sent, pos: int, *, finite: bool = False) -> EventMention | None:
    options = [m for m in sent.mentions if m.end - sent.start <= pos]
    if finite:
        strong = [
            m for m in options if m.tense in _FINITE or (m.event_class == "STATE" and m.tense != "NONE")
        ]
        if strong:
            return strong[-1]
    return options[-1] if options else None


def _after(sent: _Sent, pos: int) -> EventMention | None:
    for m in sent.mentions:
        if m.start - sent.start >= pos:
            return m
    return None


def _span_evidence(sent: _Sent, a: EventMention, b: EventMention) -> Evidence:
    lo, hi = min(a.start, b.start), max(a.end, b.end)
    return Evidence(sent.doc, lo, hi, sent.text[lo - sent.start : hi - sent.start])


def _time_follows(times: Sequence[TimeMention], doc: str, pos: int) -> bool:
    return any(t.doc_id in (None, doc) and 0 <= t.start - pos <= 5 for t in times)


def signal_relations(
    mentions: Sequence[EventMention],
    event_of: Mapping[tuple[str, int], str],
    time_mentions: Sequence[TimeMention] = (),
) -> list[Relation]:
    """``BEFORE`` edges from textual signals ("after", "before", "following", "ahead of",
    "since then" …) between the events mentioned around the signal.

    ``event_of`` maps ``(doc_id, mention start)`` to event ids. A signal followed by a time
    expression ("after 2008") relates an event to a time, not to another event, and is
    skipped here.

    Example:
        >>> s = "Rutte spoke after the summit ended."
        >>> a = EventMention("d", 6, 11, "spoke", tense="PAST", sentence=s)
        >>> b = EventMention("d", 22, 28, "summit", sentence=s)
        >>> [(r.source, r.relation, r.target, r.cue) for r in
        ...  signal_relations([a, b], {("d", 6): "e2", ("d", 22): "e1"})]
        [('e1', 'BEFORE', 'e2', 'after')]
    """
    result: list[Relation] = []
    sents = _sentences(mentions)
    previous: dict[str, _Sent] = {}
    by_doc_times: dict[str, list[TimeMention]] = {}
    for t in time_mentions:
        by_doc_times.setdefault(t.doc_id or "", []).append(t)
    for sent in sorted(sents, key=lambda s: (s.doc, s.start)):
        for match in _SIGNAL_RE.finditer(sent.text):
            cue = match.group(1).lower()
            abs_end = sent.start + match.end()
            times = by_doc_times.get(sent.doc, []) + by_doc_times.get("", [])
            if _time_follows(times, sent.doc, abs_end + 1):
                continue
            right = _after(sent, match.end())
            left = _before(sent, match.start(), finite=True)
            if cue == "since then":
                prev = previous.get(sent.doc)
                left = prev.mentions[-1] if prev is not None and prev.mentions else None
            elif left is None and right is not None:
                comma = sent.text.find(",", match.end())
                left = _after(sent, comma + 1) if comma >= 0 else None
            if left is None or right is None:
                continue
            a, b = event_of.get((left.doc_id, left.start)), event_of.get((right.doc_id, right.start))
            if a is None or b is None or a == b:
                continue
            first, second = (a, b) if _SIGNALS[cue] == "forward" else (b, a)
            evidence = _span_evidence(sent, left, right)
            result.append(Relation(first, second, "sequence", "BEFORE", cue=cue, evidence=(evidence,)))
        previous[sent.doc] = sent
    return result


def causal_relations(
    mentions: Sequence[EventMention],
    event_of: Mapping[tuple[str, int], str],
    events: Mapping[str, Event],
) -> list[Relation]:
    """``CAUSES`` edges (cause → effect) from explicit cues ("due to", "because of", "led
    to", "in response to", "in exchange for", "intended to", "cited as reasons for" …).

    A cause dated after its effect is kept with ``flag`` set, not dropped silently.

    Example:
        >>> s = "NATO delayed the vote due to concerns."
        >>> a = EventMention("d", 5, 12, "delayed", tense="PAST", sentence=s)
        >>> b = EventMention("d", 29, 37, "concerns", sentence=s)
        >>> [(r.source, r.target, r.cue) for r in causal_relations(
        ...     [a, b], {("d", 5): "e1", ("d", 29): "e2"}, {})]
        [('e2', 'e1', 'due to')]
    """
    result: list[Relation] = []
    previous: dict[str, _Sent] = {}
    for sent in sorted(_sentences(mentions), key=lambda s: (s.doc, s.start)):
        for match in _CAUSAL_RE.finditer(sent.text):
            cue = match.group(1).lower()
            inside = [m for m in sent.mentions if match.start() <= m.start - sent.start < match.end()]
            view = _Sent(sent.doc, sent.start, sent.text, tuple(m for m in sent.mentions if m not in inside))
            after_cue = _after(view, match.end())
            if lx.CAUSAL_CUES[cue] == "after":
                cause, effect = after_cue, _before(view, match.start(), finite=True)
            else:
                effect = after_cue
                cause = _before(view, match.start(), finite=cue == "intended to")
                if cause is None and cue in ("as a result", "therefore"):
                    prev = previous.get(sent.doc)
                    cause = prev.mentions[-1] if prev is not None and prev.mentions else None
            if cause is None or effect is None:
                continue
            c, e = event_of.get((cause.doc_id, cause.start)), event_of.get((effect.doc_id, effect.start))
            if c is None or e is None or c == e:
                continue
            flag = _late_cause(events.get(c), events.get(e))
            evidence = _span_evidence(sent, cause, effect)
            result.append(Relation(c, e, "causal", "CAUSES", cue=cue, evidence=(evidence,), flag=flag))
        previous[sent.doc] = sent
    return result


def _late_cause(cause: Event | None, effect: Event | None) -> str | None:
    """The flag of a cause dated after its effect (``None`` when consistent or undated)."""
    if cause is None or effect is None or cause.interval is None or effect.interval is None:
        return None
    if cause.interval.start < effect.interval.end:
        return None
    return f"cause dated {cause.interval.iso()[0]} is after its effect (until {effect.interval.iso()[1]})"


def find_conflicts(relations: Sequence[Relation], events: Mapping[str, Event]) -> list[Conflict]:
    """Contradictory sequence evidence: precedence cycles, and textual signals that
    disagree with the dates.

    Example:
        >>> rs = [Relation("e1", "e2", "sequence", "BEFORE"), Relation("e2", "e1", "sequence", "BEFORE")]
        >>> [c.events for c in find_conflicts(rs, {})]
        [('e1', 'e2')]
    """
    conflicts: list[Conflict] = []
    g: nx.DiGraph = nx.DiGraph()
    strict = [r for r in relations if r.kind == "sequence" and r.relation in _STRICT]
    for r in strict:
        g.add_edge(r.source, r.target)
        a, b = events.get(r.source), events.get(r.target)
        textual = r.cue not in (None, "dates", "same date")
        if (
            textual
            and a is not None
            and b is not None
            and a.interval
            and b.interval
            and (event_relation(a.interval, b.interval) == "AFTER")
        ):
            conflicts.append(
                Conflict(
                    (r.source, r.target), (r,), f"text says {r.source} BEFORE {r.target}, dates say AFTER"
                )
            )
    for component in nx.strongly_connected_components(g):
        if len(component) > 1:
            ids = tuple(sorted(component))
            inside = tuple(r for r in strict if r.source in component and r.target in component)
            conflicts.append(Conflict(ids, inside, "precedence cycle: " + " → ".join(ids)))
    conflicts.sort(key=lambda c: (c.events, c.reason))
    return conflicts


def granularity_of(event: Event) -> Granularity | None:
    """The event's granularity (``None`` when undated).

    Example:
        >>> granularity_of(Event("e1", "x")) is None
        True
    """
    return event.granularity
