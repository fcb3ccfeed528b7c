"""Text helpers shared by the figures and the pages: escaping, wrapping, describing events.

Plotly renders a subset of HTML in labels and hover text (``<b>``, ``<br>``, ``<a href>``,
entities such as ``&lt;``), so every untrusted string placed in figure text goes through
:func:`plotly_escape`; the pages use :func:`html.escape` instead.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Iterable, Sequence

from timeline.model import Corpus, Document, Event, EventMention, Granularity, Interval

__all__ = [
    "date_text",
    "document_label",
    "event_status",
    "plotly_escape",
    "resolution_lines",
    "truncate",
    "wrap",
]

#: granularities finer than or equal to a day: the interval is the event's own extent
_PRECISE = Granularity.DAY.rank


def plotly_escape(text: str) -> str:
    """Make ``text`` display literally in plotly labels and hover text.

    Escapes ``&``, ``<`` and ``>`` (plotly decodes these entities when it draws text), so
    markup such as ``<b>`` or ``<a href=...>`` shows as typed and never becomes an element.

    Example:
        >>> plotly_escape('<img src=x onerror="alert(1)"> & more')
        '&lt;img src=x onerror="alert(1)"&gt; &amp; more'
    """
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def truncate(text: str, limit: int) -> str:
    """Collapse whitespace and cut ``text`` to at most ``limit`` characters (with an ellipsis).

    Example:
        >>> truncate("NATO   will not\\noffer membership", 16)
        'NATO will not o…'
    """
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    return flat[: max(limit - 1, 0)].rstrip() + "…"


def wrap(text: str, width: int = 80) -> list[str]:
    """Split ``text`` into lines of at most ``width`` characters (for hover boxes).

    Example:
        >>> wrap("one two three four", 9)
        ['one two', 'three', 'four']
    """
    return textwrap.wrap(" ".join(text.split()), width=width, break_long_words=True) or [""]


def _iso(value: dt.datetime) -> str:
    if value.time() == dt.time(0):
        return value.date().isoformat()
    return value.isoformat(sep=" ")


def is_uncertain(event: Event) -> bool:
    """Whether the event's interval is a coarse date (a band of uncertainty), not its extent.

    Example:
        >>> is_uncertain(Event("e", "x", granularity=Granularity.YEAR))
        True
        >>> is_uncertain(Event("e", "x", granularity=Granularity.DAY, mod="APPROX"))
        True
    """
    if event.mod in ("APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"):
        return True
    return event.granularity is not None and event.granularity.rank > _PRECISE


def is_approximate(event: Event) -> bool:
    """Whether the date is marked approximate (``mod`` APPROX or a coarse granularity).

    Example:
        >>> is_approximate(Event("e", "x", mod="APPROX"))
        True
    """
    return is_uncertain(event)


def shown_interval(event: Event) -> Interval | None:
    """The interval to draw: narrowed to the start/middle/end third for ``mod`` START/MID/END.

    A pipeline may already have narrowed the interval; it is only narrowed here when it
    still covers a whole calendar month, quarter or year (so narrowing never happens twice).

    Example:
        >>> ev = Event("e", "x", interval=Interval.from_iso("2024-11-01", "2024-12-01"),
        ...            granularity=Granularity.MONTH, mod="END")
        >>> shown_interval(ev).iso()
        ('2024-11-21', '2024-12-01')
    """
    iv = event.interval
    if iv is None or event.mod not in ("START", "MID", "END"):
        return iv
    s, e = iv.start, iv.end
    whole_month = s.day == 1 and s.time() == dt.time(0) and e.day == 1 and e.time() == dt.time(0)
    if not whole_month or iv.days < 27:
        return iv
    third = (e - s) / 3
    if event.mod == "START":
        return Interval(s, _midnight(s + third))
    if event.mod == "MID":
        return Interval(_midnight(s + third), _midnight(s + 2 * third))
    return Interval(_midnight(e - third), e)


def _midnight(value: dt.datetime) -> dt.datetime:
    return dt.datetime(value.year, value.month, value.day)


def date_text(event: Event) -> str:
    """The normalised date of an event, for people: value, then granularity, modifier and days.

    The day range is inclusive (the model's intervals are half-open) and narrowed for
    ``mod`` START/MID/END as drawn; approximate dates start with ``~``.

    Example:
        >>> date_text(Event("e", "x", interval=Interval.from_iso("2024-12-03", "2024-12-05"),
        ...                 value="2024-12-03/2024-12-04", granularity=Granularity.DAY))
        '2024-12-03/2024-12-04'
        >>> date_text(Event("e", "x", interval=Interval.from_iso("2024-11-01", "2024-12-01"),
        ...                 value="2024-11", granularity=Granularity.MONTH, mod="END"))
        '~2024-11 (month, END: 2024-11-21 – 2024-11-30)'
        >>> date_text(Event("e", "x"))
        'undated'
    """
    iv = shown_interval(event)
    if iv is None and event.value is None:
        return "undated"
    head = event.value
    days = ""
    if iv is not None:
        start, end = iv.start, iv.end
        if start.time() == dt.time(0) and end.time() == dt.time(0) and end > start:
            end -= dt.timedelta(days=1)
        days = _iso(start) if start == end else f"{_iso(start)} – {_iso(end)}"
        if head is None:
            head = days
    qualifiers = [
        g
        for g in (
            event.granularity.value if event.granularity and event.granularity.rank > _PRECISE else None,
            event.mod,
        )
        if g
    ]
    approx = "~" if is_approximate(event) else ""
    text = f"{approx}{head}"
    if qualifiers:
        text += (
            f" ({', '.join(qualifiers)}: {days})" if days and days != head else f" ({', '.join(qualifiers)})"
        )
    elif days and days != head and days.replace(" – ", "/") != head:
        text += f" ({days})"
    return text


def event_status(event: Event) -> str:
    """``fact``, or what makes the event non-factual (negated, hypothetical/modal).

    Example:
        >>> event_status(Event("e", "x", polarity="NEG"))
        'negated'
        >>> event_status(Event("e", "x", modality="would"))
        'hypothetical (would)'
    """
    if event.polarity != "POS":
        return "negated" if event.modality is None else f"negated, hypothetical ({event.modality})"
    if event.modality is not None:
        return f"hypothetical ({event.modality})"
    return "fact"


def resolution_lines(event: Event) -> list[str]:
    """How the event's date was resolved: each distinct ``TimeMention.explain()`` of its mentions.

    Example:
        >>> from timeline.model import TimeMention, TimexType, Anchor, AnchorKind
        >>> t = TimeMention(0, 7, "Tuesday", TimexType.DATE, "2024-12-03",
        ...                 anchor=Anchor(AnchorKind.REFERENCE_DATE, "2024-12-02"), rule="weekday")
        >>> resolution_lines(Event("e", "x", (EventMention("d", 0, 1, "x", time=t),)))
        ['Tuesday → 2024-12-03, from reference date 2024-12-02 (rule weekday)']
    """
    lines: list[str] = []
    for mention in event.mentions:
        if mention.time is not None:
            lines.append(mention.time.explain())
        elif mention.time_relation is not None:
            why = f": {mention.time_reason}" if mention.time_reason else ""
            lines.append(f"{mention.time_relation} the reference date{why}")
    return list(dict.fromkeys(lines))


def document_label(doc: Document | None, doc_id: str) -> str:
    """``title — outlet (date)`` for a document, or its id when the corpus does not have it.

    Example:
        >>> document_label(Document("001", "x", dt.date(2024, 12, 2), title="T", source="Reuters"), "001")
        'T — Reuters (2024-12-02)'
        >>> document_label(None, "007")
        '007'
    """
    if doc is None:
        return doc_id
    parts = [doc.title or doc.id]
    if doc.source:
        parts.append(doc.source)
    label = " — ".join(parts)
    if doc.reference_date is not None:
        label += f" ({doc.reference_date.isoformat()})"
    return label


def corpus_lookup(corpus: Corpus | None) -> dict[str, Document]:
    """Documents by id (empty when there is no corpus).

    Example:
        >>> sorted(corpus_lookup(Corpus.from_texts(["a", "b"])))
        ['doc0', 'doc1']
    """
    if corpus is None:
        return {}
    return {doc.id: doc for doc in corpus}


def source_mentions(event: Event) -> list[EventMention]:
    """One mention per source document (the first), in first-seen order.

    Example:
        >>> ev = Event("e", "x", (EventMention("a", 0, 1, "x"), EventMention("a", 5, 6, "x"),
        ...                       EventMention("b", 0, 1, "x")))
        >>> [m.doc_id for m in source_mentions(ev)]
        ['a', 'b']
    """
    seen: dict[str, EventMention] = {}
    for mention in event.mentions:
        seen.setdefault(mention.doc_id, mention)
    return list(seen.values())


def join_nonempty(parts: Iterable[str | None], sep: str = ", ") -> str:
    """Join the non-empty strings.

    Example:
        >>> join_nonempty(["a", None, "", "b"])
        'a, b'
    """
    return sep.join(p for p in parts if p)


def hover_text(event: Event, docs: dict[str, Document], *, max_sources: int = 6) -> str:
    """Plotly hover text for an event (every untrusted string escaped).

    Shows the label, the normalised date, how it was resolved, the status when the event is
    not a fact, actors and location, and each source article (title, outlet, sentence).

    Example:
        >>> print(hover_text(Event("e", "<b>x</b>", value="2024"), {}))
        <b>&lt;b&gt;x&lt;/b&gt;</b><br>date: 2024
    """
    esc = plotly_escape
    lines = [f"<b>{esc(truncate(event.label, 120))}</b>", f"date: {esc(date_text(event))}"]
    for line in resolution_lines(event)[:4]:
        lines.extend("  " + esc(part) for part in wrap(f"resolved: {line}", 90))
    status = event_status(event)
    if status != "fact":
        lines.append(f"status: <i>{esc(status)}</i>")
    who = join_nonempty([", ".join(event.actors), event.location and f"in {event.location}"], "; ")
    if who:
        lines.append(esc(truncate(who, 120)))
    mentions = source_mentions(event)
    for mention in mentions[:max_sources]:
        doc = docs.get(mention.doc_id)
        lines.append("<b>source:</b> " + esc(truncate(document_label(doc, mention.doc_id), 110)))
        if mention.sentence:
            lines.extend("  <i>" + esc(part) + "</i>" for part in wrap(truncate(mention.sentence, 300), 90))
    if len(mentions) > max_sources:
        lines.append(f"… and {len(mentions) - max_sources} more sources")
    return "<br>".join(lines)


def first(values: Sequence[str], default: str) -> str:
    """The first value, or ``default`` when there is none.

    Example:
        >>> first((), "none"), first(("a", "b"), "none")
        ('none', 'a')
    """
    return values[0] if values else default
