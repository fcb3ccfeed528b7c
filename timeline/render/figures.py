"""Plotly figures: the timeline (lanes of events over time) and the event graph.

Both figures place each dated event once: a marker at the middle of its (shown) interval,
in the lane of its group, on a sub-row chosen so that labels do not collide. Coarse dates
(a year, "end of November") are drawn as faint bands across the period they cover, true
multi-day intervals as solid bars, approximate dates with a diamond and a ``~`` label, and
negated or hypothetical events hollow. Untrusted strings are escaped for plotly's label
markup (:func:`timeline.render._text.plotly_escape`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any, Literal

import attrs
import plotly.graph_objects as go

from timeline.graph import EventGraph
from timeline.model import Corpus, Document, Event, Interval, Relation
from timeline.render._text import (
    corpus_lookup,
    document_label,
    first,
    hover_text,
    is_approximate,
    is_uncertain,
    plotly_escape,
    shown_interval,
    source_mentions,
    truncate,
    wrap,
)

__all__ = ["GROUP_BY", "GroupBy", "graph_figure", "timeline_figure"]

GroupBy = Literal["actor", "source", "kind"] | None

#: valid values of ``group_by``
GROUP_BY: tuple[str | None, ...] = ("actor", "source", "kind", None)

#: above this many events the figures use WebGL traces (``Scattergl``) and drop labels
WEBGL_THRESHOLD = 1000

_PALETTE = (
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e",
    "#17becf", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
)  # fmt: skip
_PLOT_WIDTH_PX = 1000.0  # assumed plot width when packing labels at the initial (full) zoom
_CHAR_PX = 6.6  # average label character width at 11 px
_ROW_PX = 24
_MAX_LANES = 24
_OTHER = "(other)"


@attrs.frozen
class _Placed:
    event: Event
    interval: Interval
    x: dt.datetime
    lane: str
    label: str
    row: int = 0
    show_label: bool = True
    label_left: bool = False


@attrs.frozen
class _Layout:
    placed: tuple[_Placed, ...]
    lanes: tuple[str, ...]
    lane_rows: dict[str, int]
    lane_offset: dict[str, int]
    undated: tuple[Event, ...]
    docs: dict[str, Document]
    start: dt.datetime
    end: dt.datetime
    webgl: bool

    def y(self, p: _Placed) -> int:
        return self.lane_offset[p.lane] + p.row

    @property
    def total_rows(self) -> int:
        return sum(self.lane_rows.values())


def _check_group_by(group_by: object) -> None:
    if group_by not in GROUP_BY:
        valid = ", ".join(repr(g) for g in GROUP_BY)
        raise ValueError(f"unknown group_by {group_by!r}; valid values are {valid}")


def _unpack(
    graph_or_events: EventGraph | Iterable[Event], corpus: Corpus | None
) -> tuple[list[Event], Corpus]:
    if isinstance(graph_or_events, EventGraph):
        return list(graph_or_events.events), corpus if corpus is not None else graph_or_events.corpus
    events = list(graph_or_events)
    for position, item in enumerate(events):
        if not isinstance(item, Event):
            raise TypeError(f"expected an EventGraph or Events; item {position} is a {type(item).__name__}")
    return events, corpus if corpus is not None else Corpus(())


def _lane(event: Event, group_by: GroupBy, docs: dict[str, Document]) -> str:
    if group_by is None:
        return "events"
    if group_by == "actor":
        return first(event.actors, "(no actor)")
    if group_by == "kind":
        return event.event_class or "(no kind)"
    mentions = source_mentions(event)
    if not mentions:
        return "(no source)"
    doc = docs.get(mentions[0].doc_id)
    if doc is None:
        return mentions[0].doc_id
    return doc.source or doc.title or doc.id


def _label(event: Event) -> str:
    text = plotly_escape(truncate(event.label, 36))
    if is_approximate(event):
        text = "~" + text
    if not (event.polarity == "POS" and event.modality is None):
        text = f"<i>{text}</i>"
    return text


def _layout(
    graph_or_events: EventGraph | Iterable[Event],
    group_by: GroupBy,
    corpus: Corpus | None,
    webgl_threshold: int,
    max_rows: int,
    labels: bool = True,
) -> _Layout:
    _check_group_by(group_by)
    events, corpus = _unpack(graph_or_events, corpus)
    docs = corpus_lookup(corpus)
    dated: list[tuple[Event, Interval]] = []
    undated: list[Event] = []
    for ev in events:
        iv = shown_interval(ev)
        (dated.append((ev, iv)) if iv is not None else undated.append(ev))
    dated.sort(key=lambda pair: (pair[1].start, pair[1].end, pair[0].id))
    webgl = len(dated) > webgl_threshold

    lane_names = [_lane(ev, group_by, docs) for ev, _ in dated]
    counts: dict[str, int] = {}
    for name in lane_names:
        counts[name] = counts.get(name, 0) + 1
    if len(counts) > _MAX_LANES:  # keep the biggest lanes, fold the rest into "(other)"
        keep = set(sorted(counts, key=lambda n: (-counts[n], n))[: _MAX_LANES - 1])
        lane_names = [n if n in keep else _OTHER for n in lane_names]
    lanes = tuple(dict.fromkeys(sorted(set(lane_names), key=lambda n: (n.startswith("("), n.casefold(), n))))

    if dated:
        start = min(iv.start for _, iv in dated)
        end = max(iv.end for _, iv in dated)
    else:
        start = end = dt.datetime(2000, 1, 1)
    span = max((end - start).total_seconds(), 86400.0)
    # the initial x range is [start - 4%, end + 4%]: pack labels for that zoom level
    px_per_second = _PLOT_WIDTH_PX / (span * 1.08)
    origin_px = 0.04 * span * px_per_second

    placed: list[_Placed] = []
    lane_rows: dict[str, int] = {}
    row_ends: dict[str, list[float]] = {lane: [] for lane in lanes}
    for (ev, iv), lane in zip(dated, lane_names, strict=True):
        mid = iv.start + (iv.end - iv.start) / 2
        x_px = origin_px + (mid - start).total_seconds() * px_per_second
        show = labels and not webgl
        width = 14.0 + _CHAR_PX * len(truncate(ev.label, 36)) if show else 10.0
        left = show and x_px + width > _PLOT_WIDTH_PX - 4.0  # no room on the right: label on the left
        lo, hi = (x_px - width, x_px + 6.0) if left else (x_px - 6.0, x_px + width)
        ends = row_ends[lane]
        row = next((i for i, e in enumerate(ends) if e <= lo), None)
        if row is None and len(ends) < max_rows:
            row = len(ends)
            ends.append(float("-inf"))
        if row is None:  # lane full: put the marker on the emptiest row, without a label
            row = min(range(len(ends)), key=lambda i: (ends[i], i))
            show, left, hi = False, False, x_px + 6.0
        ends[row] = max(ends[row], hi)
        placed.append(_Placed(ev, iv, mid, lane, _label(ev), row, show, left))
    offset = 0
    lane_offset: dict[str, int] = {}
    for lane in lanes:
        lane_rows[lane] = max(len(row_ends[lane]), 1)
        lane_offset[lane] = offset
        offset += lane_rows[lane]
    return _Layout(tuple(placed), lanes, lane_rows, lane_offset, tuple(undated), docs, start, end, webgl)


def _x(value: dt.datetime) -> str:
    return value.isoformat(sep=" ")


def _shift(value: dt.datetime, delta: dt.timedelta) -> dt.datetime:
    """``value + delta`` kept inside the calendar (years 1-9999: an axis padded past them)."""
    try:
        return value + delta
    except OverflowError:
        return dt.datetime.min if delta < dt.timedelta(0) else dt.datetime.max


def _rgba(color: str, alpha: float) -> str:
    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _scatter(webgl: bool, **kwargs: Any) -> go.Scatter | go.Scattergl:
    if webgl:
        kwargs.pop("cliponaxis", None)
        kwargs.pop("textposition", None)
        return go.Scattergl(**kwargs)
    return go.Scatter(**kwargs)


def _segments(
    items: Sequence[tuple[dt.datetime, dt.datetime, float]],
) -> tuple[list[str | None], list[float | None]]:
    xs: list[str | None] = []
    ys: list[float | None] = []
    for a, b, y in items:
        xs += [_x(a), _x(b), None]
        ys += [y, y, None]
    return xs, ys


def _event_traces(lay: _Layout, prefix: str) -> list[go.Scatter | go.Scattergl]:
    """Bands, bars and one marker trace per lane (uid ``{prefix}ev{i}``, one point per event)."""
    traces: list[go.Scatter | go.Scattergl] = []
    for index, lane in enumerate(lay.lanes):
        color = _PALETTE[index % len(_PALETTE)]
        members = [p for p in lay.placed if p.lane == lane]
        bands = [(p.interval.start, p.interval.end, lay.y(p)) for p in members if is_uncertain(p.event)]
        bars = [
            (p.interval.start, p.interval.end, lay.y(p))
            for p in members
            if not is_uncertain(p.event) and p.interval.days > 1.0
        ]
        group = f"lane{index}"
        if bands:
            xs, ys = _segments(bands)
            traces.append(
                _scatter(
                    lay.webgl, x=xs, y=ys, mode="lines", uid=f"{prefix}band{index}", legendgroup=group,
                    showlegend=False, hoverinfo="skip", line={"color": _rgba(color, 0.18), "width": 16},
                )
            )  # fmt: skip
        if bars:
            xs, ys = _segments(bars)
            traces.append(
                _scatter(
                    lay.webgl, x=xs, y=ys, mode="lines", uid=f"{prefix}bar{index}", legendgroup=group,
                    showlegend=False, hoverinfo="skip", line={"color": _rgba(color, 0.75), "width": 8},
                )
            )  # fmt: skip
        symbols = [
            ("diamond" if is_approximate(p.event) else "circle")
            + ("" if p.event.polarity == "POS" and p.event.modality is None else "-open")
            for p in members
        ]
        traces.append(
            _scatter(
                lay.webgl,
                x=[_x(p.x) for p in members],
                y=[lay.y(p) for p in members],
                mode="markers",
                name=plotly_escape(truncate(lane, 40)),
                legendgroup=group,
                showlegend=False,
                uid=f"{prefix}ev{index}",
                customdata=[p.event.id for p in members],
                hovertext=[hover_text(p.event, lay.docs) for p in members],
                hoverinfo="text",
                marker={"symbol": symbols, "size": 11, "color": color, "line": {"width": 2, "color": color}},
            )
        )
    return traces


def _label_annotations(lay: _Layout) -> list[dict[str, Any]]:
    """Event labels as annotations: they follow zoom, hide off-range, and stay out of the range slider."""
    return [
        {
            "x": _x(p.x), "y": lay.y(p), "xref": "x", "yref": "y", "text": p.label, "showarrow": False,
            "xanchor": "right" if p.label_left else "left", "xshift": -8 if p.label_left else 8,
            "font": {"size": 11, "color": "#222"}, "bgcolor": "rgba(255,255,255,0.6)", "borderpad": 0,
        }
        for p in lay.placed
        if p.show_label
    ]  # fmt: skip


def _legend_keys(webgl: bool, extra: Sequence[tuple[str, dict[str, Any]]] = ()) -> list[go.Scatter]:
    """Legend-only traces (no points) explaining the encoding."""
    keys: list[tuple[str, dict[str, Any]]] = [
        ("fact", {"mode": "markers", "marker": {"symbol": "circle", "color": "#555", "size": 10}}),
        ("negated / hypothetical", {"mode": "markers", "marker": {"symbol": "circle-open", "color": "#555", "size": 10, "line": {"width": 2}}}),
        ("approximate date (~)", {"mode": "markers", "marker": {"symbol": "diamond", "color": "#555", "size": 10}}),
        ("uncertain period (band)", {"mode": "lines", "line": {"color": "rgba(85,85,85,0.25)", "width": 10}}),
        ("interval (bar)", {"mode": "lines", "line": {"color": "rgba(85,85,85,0.8)", "width": 6}}),
        *extra,
    ]  # fmt: skip
    return [
        go.Scatter(x=[None], y=[None], name=name, legendgroup="key", legendgrouptitle={"text": "key"}, hoverinfo="skip", uid=f"key{i}", **style)
        for i, (name, style) in enumerate(keys)
    ]  # fmt: skip


def _base_layout(fig: go.Figure, lay: _Layout, title: str, *, rangeslider: bool) -> None:
    rows = max(lay.total_rows, 1)
    height = int(min(max(230 + _ROW_PX * rows, 420), 2400))
    pad = max((lay.end - lay.start) * 0.04, dt.timedelta(days=3))
    tickvals = [lay.lane_offset[lane] + (lay.lane_rows[lane] - 1) / 2 for lane in lay.lanes]
    shapes = [
        {
            "type": "rect", "xref": "paper", "yref": "y", "x0": 0, "x1": 1, "layer": "below", "line": {"width": 0},
            "y0": lay.lane_offset[lane] - 0.5, "y1": lay.lane_offset[lane] + lay.lane_rows[lane] - 0.5,
            "fillcolor": "rgba(0,0,0,0.035)" if i % 2 == 0 else "rgba(0,0,0,0)",
        }
        for i, lane in enumerate(lay.lanes)
    ]  # fmt: skip
    tall = rows > 14
    xaxis: dict[str, Any] = {
        "type": "date",
        "range": [_x(_shift(lay.start, -pad)), _x(_shift(lay.end, pad))],
        "showgrid": True,
        "gridcolor": "#e8e8e8",
        "title": {"text": ""},
        # a tall figure shows its years at the top too, where the reader starts
        "side": "top" if tall else "bottom",
    }
    if rangeslider:
        xaxis["rangeslider"] = {"visible": True, "thickness": 0.07}
        xaxis["rangeselector"] = {
            "buttons": [
                {"count": 1, "label": "1m", "step": "month", "stepmode": "backward"},
                {"count": 1, "label": "1y", "step": "year", "stepmode": "backward"},
                {"count": 5, "label": "5y", "step": "year", "stepmode": "backward"},
                {"step": "all", "label": "all"},
            ],
            "x": 0,
            "xanchor": "left",
            # above the tick labels when they are on top (paper units: 34 px over the plot area)
            "y": 1.0 + (34.0 / max(height - 150.0, 100.0) if tall else 0.0),
            "yanchor": "bottom",
        }
    annotations = _label_annotations(lay)
    subtitle = (
        f"{len(lay.undated)} undated event(s) not drawn (see the table of events)" if lay.undated else ""
    )
    fig.update_layout(
        template="plotly_white",
        title={"text": plotly_escape(title), "x": 0.01, "xanchor": "left", "yref": "container", "y": 1.0, "yanchor": "top", "pad": {"t": 12},
               "subtitle": {"text": subtitle, "font": {"size": 11, "color": "#666"}}},
        height=height,
        margin={"l": 150, "r": 200, "t": 130 if tall else 90, "b": 40},
        hovermode="closest",
        hoverlabel={"align": "left", "bgcolor": "white", "font": {"size": 12}, "namelength": -1},
        dragmode="zoom",
        xaxis=xaxis,
        yaxis={
            "tickvals": tickvals,
            "ticktext": [plotly_escape(truncate(lane, 22)) for lane in lay.lanes],
            "autorange": False,
            "range": [rows - 0.5, -0.7],
            "showgrid": False,
            "zeroline": False,
            "fixedrange": True,
        },
        shapes=shapes,
        annotations=annotations,
        legend={"orientation": "v", "x": 1.02, "xanchor": "left", "y": 1.0, "yanchor": "top", "groupclick": "toggleitem", "font": {"size": 11}},
        showlegend=True,
    )  # fmt: skip


def _empty_figure(title: str) -> go.Figure:
    fig = go.Figure()
    fig.update_layout(
        template="plotly_white",
        title={"text": plotly_escape(title), "x": 0.01, "xanchor": "left"},
        height=300,
        xaxis={"visible": False},
        yaxis={"visible": False},
        annotations=[
            {"text": "There are no events to show.", "xref": "paper", "yref": "paper", "x": 0.5, "y": 0.5, "showarrow": False, "font": {"size": 16}}
        ],
    )  # fmt: skip
    return fig


def _default_title(kind: str, lay: _Layout, corpus_size: int) -> str:
    articles = f" from {corpus_size} article{'s' if corpus_size != 1 else ''}" if corpus_size else ""
    n = len(lay.placed) + len(lay.undated)
    return f"{kind}: {n} event{'s' if n != 1 else ''}{articles}"


def timeline_figure(
    graph_or_events: EventGraph | Iterable[Event],
    group_by: GroupBy = "actor",
    *,
    corpus: Corpus | None = None,
    title: str | None = None,
    labels: bool = True,
    max_rows: int = 8,
    webgl_threshold: int = WEBGL_THRESHOLD,
    uid_prefix: str = "tl",
) -> go.Figure:
    """A timeline of events: one lane per group, intervals as bars, instants as markers.

    ``group_by`` is ``"actor"`` (first actor), ``"source"`` (outlet of the first article),
    ``"kind"`` (event class) or ``None`` (one lane). Coarse dates are faint bands across the
    period they cover, approximate dates are diamonds with a ``~`` label, negated or
    hypothetical events are hollow. Hovering a marker shows the event, its normalised date,
    how it was resolved and every source article. Above ``webgl_threshold`` events the
    traces are WebGL and labels are left to the hover. ``corpus`` supplies article titles
    and outlets when ``graph_or_events`` is a plain list of events. Undated events are not
    drawn (a note says how many).

    Example:
        >>> from timeline.model import Event, Interval
        >>> ev = Event("e1", "summit", interval=Interval.from_iso("2024-07-09", "2024-07-12"))
        >>> fig = timeline_figure([ev], group_by=None)
        >>> [t.customdata for t in fig.data if t.uid == "tlev0"]
        [('e1',)]
        >>> timeline_figure([ev], group_by="colour")
        Traceback (most recent call last):
        ...
        ValueError: unknown group_by 'colour'; valid values are 'actor', 'source', 'kind', None
    """
    lay = _layout(graph_or_events, group_by, corpus, webgl_threshold, max_rows, labels)
    n_docs = (
        len(_unpack(graph_or_events, corpus)[1])
        if isinstance(graph_or_events, EventGraph)
        else len(corpus or ())
    )
    title = title if title is not None else _default_title("Timeline", lay, n_docs)
    if not lay.placed:
        fig = _empty_figure(title)
        if lay.undated:
            fig.layout.annotations[
                0
            ].text = f"There are no dated events to show ({len(lay.undated)} undated)."
        return fig
    fig = go.Figure(_event_traces(lay, uid_prefix) + _legend_keys(lay.webgl))
    _base_layout(fig, lay, title, rangeslider=True)
    return fig


def _edge_text(rel: Relation, a: Event, b: Event) -> str:
    esc = plotly_escape
    lines = [
        f"<b>{esc(truncate(a.label, 60))}</b> → <b>{esc(truncate(b.label, 60))}</b>",
        f"{esc(rel.kind)}: {esc(rel.relation)}",
    ]
    if rel.cue:
        lines.append(f"cue: “{esc(truncate(rel.cue, 80))}”")
    if rel.flag:
        lines.append(f"flag: {esc(rel.flag)}")
    for ev in rel.evidence[:3]:
        lines.extend("  <i>" + esc(part) + "</i>" for part in wrap(f"{ev.doc}: {truncate(ev.text, 200)}", 90))
    return "<br>".join(lines)


def graph_figure(
    graph: EventGraph,
    group_by: GroupBy = "actor",
    *,
    title: str | None = None,
    labels: bool = True,
    max_rows: int = 8,
    webgl_threshold: int = WEBGL_THRESHOLD,
    uid_prefix: str = "gr",
) -> go.Figure:
    """The event graph: events by time (x) and lane (y), sequence and causal edges between them.

    Sequence (Allen) edges are dotted grey lines; causal edges are red with an arrow at their
    middle pointing from cause to effect, whose hover shows the cue and the evidence. Edges
    touching undated or unknown events are left out (the title says how many).

    Example:
        >>> from timeline.model import Event, Interval, Relation
        >>> evs = [Event("e1", "request", interval=Interval.from_iso("2022-09-30", "2022-10-01")),
        ...        Event("e2", "refusal", interval=Interval.from_iso("2024-12-03", "2024-12-04"))]
        >>> g = EventGraph.from_parts(evs, [Relation("e1", "e2", "causal", "CAUSES", cue="because")])
        >>> sorted(t.uid for t in graph_figure(g, group_by=None).data if t.uid.startswith("gr"))
        ['grcausal', 'grcausalline', 'grev0']
    """
    if not isinstance(graph, EventGraph):
        raise TypeError(f"graph_figure needs an EventGraph, got {type(graph).__name__}")
    lay = _layout(graph, group_by, None, webgl_threshold, max_rows, labels)
    title = title if title is not None else _default_title("Event graph", lay, len(graph.corpus))
    if not lay.placed:
        return _empty_figure(title)
    where = {p.event.id: p for p in lay.placed}
    seq: list[tuple[_Placed, _Placed, Relation]] = []
    causal: list[tuple[_Placed, _Placed, Relation]] = []
    skipped = 0
    for rel in graph.relations:
        a, b = where.get(rel.source), where.get(rel.target)
        if a is None or b is None:
            skipped += 1
            continue
        (causal if rel.kind == "causal" else seq).append((a, b, rel))
    traces: list[Any] = []
    if seq:
        xs: list[str | None] = []
        ys: list[float | None] = []
        mx: list[str] = []
        my: list[float] = []
        mt: list[str] = []
        for a, b, rel in seq:
            xs += [_x(a.x), _x(b.x), None]
            ys += [lay.y(a), lay.y(b), None]
            mx.append(_x(a.x + (b.x - a.x) / 2))
            my.append((lay.y(a) + lay.y(b)) / 2)
            if not lay.webgl:
                mt.append(_edge_text(rel, a.event, b.event))
        # dashed WebGL lines are very slow to draw: solid and lighter above the threshold, no hover
        line = (
            {"color": "rgba(110,110,110,0.35)", "width": 1}
            if lay.webgl
            else {"color": "rgba(110,110,110,0.55)", "width": 1.2, "dash": "dot"}
        )
        traces.append(
            go.Scatter(x=xs, y=ys, mode="lines", uid=f"{uid_prefix}seq", name="sequence", legendgroup="edges",
                     hoverinfo="skip", line=line)
        )  # fmt: skip
        if not lay.webgl:
            traces.append(
                _scatter(lay.webgl, x=mx, y=my, mode="markers", uid=f"{uid_prefix}seqmid", name="sequence", legendgroup="edges",
                         showlegend=False, hovertext=mt, hoverinfo="text", marker={"size": 5, "color": "rgba(110,110,110,0.7)"})
            )  # fmt: skip
    if causal:
        xs, ys = [], []
        ax: list[str | None] = []
        ay: list[float | None] = []
        at: list[str] = []
        for a, b, rel in causal:
            xs += [_x(a.x), _x(b.x), None]
            ys += [lay.y(a), lay.y(b), None]
            text = _edge_text(rel, a.event, b.event)
            dx, dy = b.x - a.x, lay.y(b) - lay.y(a)
            ax += [_x(a.x + dx * 0.45), _x(a.x + dx * 0.55), None]
            ay += [lay.y(a) + dy * 0.45, lay.y(a) + dy * 0.55, None]
            at += [text, text, ""]
        traces.append(
            _scatter(lay.webgl, x=xs, y=ys, mode="lines", uid=f"{uid_prefix}causalline", name="causal", legendgroup="causal",
                     hoverinfo="skip", showlegend=False, line={"color": "rgba(200,30,30,0.8)", "width": 2})
        )  # fmt: skip
        traces.append(
            go.Scatter(
                x=ax, y=ay, mode="markers", uid=f"{uid_prefix}causal", name="causal (hover the arrow for the cue)",
                legendgroup="causal", hovertext=at, hoverinfo="text",
                marker={"symbol": "arrow", "angleref": "previous", "size": [0, 14, 0] * len(causal), "color": "rgb(200,30,30)"},
            )
        )  # fmt: skip
    traces += _event_traces(lay, uid_prefix)
    traces += _legend_keys(lay.webgl)
    fig = go.Figure(traces)
    if skipped:
        title += f" ({skipped} edge(s) to undated events not drawn)"
    _base_layout(fig, lay, title, rangeslider=False)
    return fig


def describe_sources(event: Event, docs: dict[str, Document]) -> list[tuple[str, str]]:
    """``(article label, sentence)`` for each source article of ``event`` (unescaped).

    Example:
        >>> from timeline.model import EventMention
        >>> describe_sources(Event("e", "x", (EventMention("d", 0, 1, "x", sentence="S."),)), {})
        [('d', 'S.')]
    """
    return [(document_label(docs.get(m.doc_id), m.doc_id), m.sentence) for m in source_mentions(event)]
