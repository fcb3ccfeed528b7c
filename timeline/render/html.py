"""HTML output: a timeline page, an embeddable fragment and the report page.

Every page is self-contained and offline by default (plotly.js inlined, no external
assets, a Content-Security-Policy that forbids network access), and deterministic: element
ids are derived from the content, so the same graph always writes the same bytes. Every
untrusted string is escaped: :func:`html.escape` in the page, and
:func:`timeline.render._text.plotly_escape` in figure text.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import plotly.graph_objects as go
import plotly.io as pio
from plotly.offline import get_plotlyjs, get_plotlyjs_version

from timeline.graph import EventGraph
from timeline.render._io import atomic_write
from timeline.render._text import (
    corpus_lookup,
    date_text,
    document_label,
    event_status,
    resolution_lines,
    source_mentions,
    truncate,
)
from timeline.render.figures import WEBGL_THRESHOLD, GroupBy, _check_group_by, graph_figure, timeline_figure

__all__ = ["FIGURES", "IncludePlotlyJS", "copy_plotlyjs", "report", "report_html", "to_html", "write_html"]

IncludePlotlyJS = bool | Literal["cdn", "directory"] | str

#: figures a page can show, in page order
FIGURES = ("timeline", "graph")

_ID_PLACEHOLDER = "\x00tl-id\x00"

_CSS = """
.tl-render{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#222;line-height:1.4}
.tl-render h1{font-size:1.5rem;margin:.4rem 0}.tl-render h2{font-size:1.15rem;margin:1.4rem 0 .4rem}
.tl-render .tl-summary{color:#555;margin:.2rem 0 .8rem}
.tl-render .tl-empty{padding:1.2rem;background:#f6f6f6;border:1px solid #ddd;border-radius:6px;font-size:1.05rem}
.tl-render .tl-figure{margin:.4rem 0 1rem}
.tl-render nav a{margin-right:1rem}
.tl-render table{border-collapse:collapse;width:100%;font-size:.85rem}
.tl-render th,.tl-render td{border-bottom:1px solid #e2e2e2;padding:.3rem .45rem;text-align:left;vertical-align:top}
.tl-render th{background:#f3f3f3;position:sticky;top:0}
.tl-render th button{all:unset;cursor:pointer;font-weight:600}
.tl-render th button:focus-visible{outline:2px solid #1f77b4}
.tl-render th[aria-sort=ascending] button::after{content:" \\25B2"}
.tl-render th[aria-sort=descending] button::after{content:" \\25BC"}
.tl-render td.tl-date{white-space:nowrap}.tl-render .tl-muted{color:#666}
.tl-render .tl-status-nonfact{font-style:italic;color:#8a4b00}
.tl-render ul.tl-sources{margin:0;padding-left:1rem}
.tl-render blockquote{margin:.15rem 0 .3rem .4rem;color:#444;font-style:italic}
.tl-render pre{white-space:pre-wrap;max-height:16rem;overflow:auto;background:#fafafa;padding:.5rem}
"""

_SORT_JS = """
(function(){
  function key(row, col){var c=row.cells[col];if(!c)return "";var v=c.getAttribute("data-sort");
    return v===null?c.textContent.trim().toLowerCase():v;}
  document.querySelectorAll("table.tl-sortable").forEach(function(table){
    var heads=table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads,function(th,col){
      var button=th.querySelector("button");if(!button)return;
      button.addEventListener("click",function(){
        var asc=th.getAttribute("aria-sort")!=="ascending";
        Array.prototype.forEach.call(heads,function(h){h.removeAttribute("aria-sort");});
        th.setAttribute("aria-sort",asc?"ascending":"descending");
        var body=table.tBodies[0],rows=Array.prototype.slice.call(body.rows);
        var numeric=rows.every(function(r){var k=key(r,col);return k!==""&&!isNaN(Number(k));});
        rows.sort(function(a,b){var x=key(a,col),y=key(b,col);
          var c=numeric?Number(x)-Number(y):(x<y?-1:(x>y?1:0));return asc?c:-c;});
        rows.forEach(function(r){body.appendChild(r);});
      });
    });
  });
})();
"""

_CSP_OFFLINE = (
    "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; "
    "img-src data: blob:; font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'"
)

_CONFIG: dict[str, Any] = {
    "responsive": True,
    "displaylogo": False,
    "scrollZoom": True,
    "toImageButtonOptions": {"format": "png", "filename": "timeline", "scale": 2},
}


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _plotlyjs_tag(include_plotlyjs: IncludePlotlyJS) -> str:
    """The ``<script>`` loading plotly.js, as plotly's own ``to_html`` would write it."""
    config = "<script>window.PlotlyConfig = {MathJaxConfig: 'local'};</script>"
    if include_plotlyjs is True:
        return f"{config}\n<script>{get_plotlyjs()}</script>"
    if include_plotlyjs is False:
        return ""
    if not isinstance(include_plotlyjs, str):
        raise TypeError(f"include_plotlyjs must be a bool or a string, got {type(include_plotlyjs).__name__}")
    mode = include_plotlyjs.lower()
    if mode == "cdn":
        digest = hashlib.sha256(get_plotlyjs().encode("utf-8")).digest()
        import base64

        sri = "sha256-" + base64.b64encode(digest).decode("ascii")
        url = f"https://cdn.plot.ly/plotly-{get_plotlyjs_version()}.min.js"
        return f'{config}\n<script charset="utf-8" src="{url}" integrity="{sri}" crossorigin="anonymous"></script>'
    if mode == "directory":
        return f'{config}\n<script charset="utf-8" src="plotly.min.js"></script>'
    if mode.endswith(".js"):
        return f'{config}\n<script charset="utf-8" src="{_esc(include_plotlyjs)}"></script>'
    raise ValueError(
        f"include_plotlyjs must be True, False, 'cdn', 'directory' or a path ending in .js; got {include_plotlyjs!r}"
    )


def _figure_div(fig: go.Figure, div_id: str, n_points: int) -> str:
    """One figure as a ``<div>`` with a fixed id; marks itself ``data-rendered`` when drawn."""
    post = (
        "var d=document.getElementById('{plot_id}');"
        "if(d){d.setAttribute('data-rendered','true');var s=d.closest('.tl-render');"
        "if(s)s.setAttribute('data-rendered-ms',String(Math.round(performance.now())));"
        "var idle=function(){if(s)s.setAttribute('data-idle-ms',String(Math.round(performance.now())));};"
        "if(window.requestIdleCallback){requestIdleCallback(idle,{timeout:5000});}else{setTimeout(idle,0);}}"
    )
    body = pio.to_html(
        fig,
        config=_CONFIG,
        include_plotlyjs=False,
        full_html=False,
        div_id=div_id,
        post_script=post,
        validate=False,
    )
    return f'<div class="tl-figure" data-events="{n_points}">{body}</div>'


def _figure_parts(
    graph: EventGraph,
    figures: Sequence[str],
    group_by: GroupBy,
    webgl_threshold: int,
) -> list[tuple[str, str]]:
    """``(name, div html)`` for each requested figure (ids still placeholders)."""
    parts: list[tuple[str, str]] = []
    dated = sum(1 for ev in graph.events if ev.interval is not None)
    for name in figures:
        if name == "timeline":
            fig = timeline_figure(graph, group_by, webgl_threshold=webgl_threshold)
        elif name == "graph":
            fig = graph_figure(graph, group_by, webgl_threshold=webgl_threshold)
        else:
            raise ValueError(f"unknown figure {name!r}; valid figures are {', '.join(map(repr, FIGURES))}")
        parts.append((name, _figure_div(fig, f"{_ID_PLACEHOLDER}-{name}", dated)))
    return parts


def _fix_ids(text: str, div_id: str | None) -> str:
    """Replace the id placeholder with ``div_id`` or a content hash (stable, and unique per content)."""
    prefix = div_id or "tl-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]
    return text.replace(_ID_PLACEHOLDER, _esc(prefix))


def _summary(graph: EventGraph) -> str:
    n, docs = len(graph.events), len(graph.corpus)
    dated = sum(1 for ev in graph.events if ev.interval is not None)
    parts = [f"{n} event{'s' if n != 1 else ''}"]
    if dated != n:
        parts.append(f"{dated} dated")
    parts.append(f"{len(graph.relations)} relation{'s' if len(graph.relations) != 1 else ''}")
    if docs:
        parts.append(f"from {docs} article{'s' if docs != 1 else ''}")
    if graph.unresolved:
        parts.append(
            f"{len(graph.unresolved)} unresolved time mention{'s' if len(graph.unresolved) != 1 else ''}"
        )
    return ", ".join(parts) + "."


def _empty_note() -> str:
    return '<p class="tl-empty" data-empty="true">There are no events: nothing to draw.</p>'


def _check_graph(graph: object) -> EventGraph:
    if not isinstance(graph, EventGraph):
        raise TypeError(f"expected an EventGraph, got {type(graph).__name__}")
    return graph


def _page(title: str, body: str, include_plotlyjs: IncludePlotlyJS, scripts: str = "") -> str:
    csp = include_plotlyjs is True or include_plotlyjs is False
    meta = f'<meta http-equiv="Content-Security-Policy" content="{_CSP_OFFLINE}">\n' if csp else ""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"{meta}<title>{_esc(title)}</title>\n<style>{_CSS}body{{margin:1rem 1.4rem}}</style>\n"
        f"{_plotlyjs_tag(include_plotlyjs) if include_plotlyjs is not False else ''}\n</head>\n"
        f"<body>\n{body}\n{scripts}</body>\n</html>\n"
    )


def to_html(
    graph: EventGraph,
    *,
    full_html: bool = False,
    include_plotlyjs: IncludePlotlyJS = True,
    figures: Sequence[str] = FIGURES,
    group_by: GroupBy = "actor",
    title: str | None = None,
    div_id: str | None = None,
    webgl_threshold: int = WEBGL_THRESHOLD,
) -> str:
    """The timeline (and graph) of ``graph`` as HTML: a fragment to embed, or a full page.

    The fragment is one ``<div class="tl-render">`` holding plotly.js (unless
    ``include_plotlyjs`` is ``False``; ``"cdn"`` links it instead) and one ``<div>`` per figure
    in ``figures``. Element ids come from ``div_id`` or from a hash of the content, so the
    output is deterministic. An empty graph gives a note saying there are no events.

    Example:
        >>> from timeline.model import Event, Interval
        >>> g = EventGraph.from_parts([Event("e1", "<b>summit</b>",
        ...                                  interval=Interval.from_iso("2024-07-09", "2024-07-12"))])
        >>> fragment = to_html(g, include_plotlyjs=False, figures=["timeline"], div_id="demo")
        >>> 'id="demo-timeline"' in fragment, "<b>summit" in fragment
        (True, False)
        >>> to_html(EventGraph.from_parts([]), include_plotlyjs=False) == to_html(EventGraph.from_parts([]), include_plotlyjs=False)
        True
    """
    graph = _check_graph(graph)
    _check_group_by(group_by)
    title = title if title is not None else "Timeline"
    if graph.events:
        divs = "\n".join(div for _, div in _figure_parts(graph, figures, group_by, webgl_threshold))
    else:
        divs = _empty_note()
    if full_html:
        body = (
            f'<main class="tl-render" id="{_ID_PLACEHOLDER}">\n<h1>{_esc(title)}</h1>\n'
            f'<p class="tl-summary">{_esc(_summary(graph))}</p>\n{divs}\n</main>'
        )
        return _fix_ids(_page(title, body, include_plotlyjs if graph.events else False), div_id)
    loader = _plotlyjs_tag(include_plotlyjs) if graph.events else ""
    fragment = (
        f'<div class="tl-render" id="{_ID_PLACEHOLDER}">\n<style>{_CSS}</style>\n{loader}\n'
        f'<p class="tl-summary">{_esc(_summary(graph))}</p>\n{divs}\n</div>'
    )
    return _fix_ids(fragment, div_id)


def copy_plotlyjs(folder: str | Path) -> Path:
    """Write plotly.js to ``folder/plotly.min.js`` unless it is there (for ``"directory"`` pages).

    Example:
        >>> import tempfile
        >>> copy_plotlyjs(tempfile.mkdtemp()).name
        'plotly.min.js'
    """
    target = Path(folder) / "plotly.min.js"
    if not target.exists():
        atomic_write(target, get_plotlyjs())
    return target


def write_html(
    graph: EventGraph,
    path: str | Path,
    *,
    include_plotlyjs: IncludePlotlyJS = True,
    **options: Any,
) -> Path:
    """Write the timeline page of ``graph`` to ``path``: one self-contained, offline HTML file.

    ``include_plotlyjs``: ``True`` (default) inlines plotly.js; ``"cdn"`` links it from
    cdn.plot.ly; ``"directory"`` writes ``plotly.min.js`` beside the page (once) and links
    it. Other ``options`` are those of :func:`to_html`. The file is written atomically: an
    unwritable path raises :class:`timeline.render.OutputError` and leaves nothing behind.

    Example:
        >>> import tempfile, pathlib
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "empty.html"
        >>> write_html(EventGraph.from_parts([]), out).read_text().count("There are no events")
        1
    """
    target = Path(path)
    text = to_html(graph, full_html=True, include_plotlyjs=include_plotlyjs, **options)
    if isinstance(include_plotlyjs, str) and include_plotlyjs.lower() == "directory" and graph.events:
        copy_plotlyjs(target.parent if str(target.parent) else Path("."))
    return atomic_write(target, text)


# --------------------------------------------------------------------------- report page


def _th(label: str, sortable: bool = True) -> str:
    return (
        f'<th scope="col"><button type="button">{_esc(label)}</button></th>'
        if sortable
        else f"<th>{_esc(label)}</th>"
    )


def _safe_url(url: str | None) -> str:
    """A link for http(s) URLs only; anything else (``javascript:``…) is shown as text."""
    if not url:
        return ""
    if urlsplit(url.strip()).scheme.lower() in ("http", "https"):
        return (
            f'<a href="{_esc(url.strip())}" rel="noopener noreferrer nofollow">{_esc(truncate(url, 80))}</a>'
        )
    return f'<span class="tl-muted">{_esc(url)}</span>'


def _event_rows(graph: EventGraph) -> str:
    docs = corpus_lookup(graph.corpus)
    rows: list[str] = []
    for index, ev in enumerate(graph.events, start=1):
        sort_date = ev.interval.start.isoformat() if ev.interval is not None else "9999-99"
        status = event_status(ev)
        sources = []
        for mention in source_mentions(ev):
            label = document_label(docs.get(mention.doc_id), mention.doc_id)
            quote = (
                f"<blockquote>{_esc(truncate(mention.sentence, 400))}</blockquote>"
                if mention.sentence
                else ""
            )
            sources.append(f"<li>{_esc(label)}{quote}</li>")
        resolved = (
            "<br>".join(_esc(line) for line in resolution_lines(ev)) or '<span class="tl-muted">—</span>'
        )
        status_class = "" if status == "fact" else ' class="tl-status-nonfact"'
        rows.append(
            f'<tr data-event="{_esc(ev.id)}"><td data-sort="{index}">{index}</td>'
            f'<td class="tl-date" data-sort="{_esc(sort_date)}">{_esc(date_text(ev))}</td>'
            f"<td>{_esc(ev.label)}</td><td{status_class}>{_esc(status)}</td>"
            f"<td>{_esc(ev.event_class)}</td>"
            f"<td>{_esc(', '.join(ev.actors))}{' — ' + _esc(ev.location) if ev.location else ''}</td>"
            f'<td>{resolved}</td><td data-sort="{len(sources)}"><ul class="tl-sources">{"".join(sources)}</ul></td></tr>'
        )
    return "\n".join(rows)


def _events_table(graph: EventGraph) -> str:
    if not graph.events:
        return _empty_note()
    heads = "".join(_th(h) for h in ("#", "date", "event", "status", "kind", "actors", "resolved", "sources"))
    return (
        f'<table class="tl-sortable" id="{_ID_PLACEHOLDER}-events"><thead><tr>{heads}</tr></thead>\n'
        f"<tbody>\n{_event_rows(graph)}\n</tbody></table>"
    )


def _unresolved_table(graph: EventGraph) -> str:
    if not graph.unresolved:
        return '<p class="tl-muted">Every time mention was resolved.</p>'
    docs = corpus_lookup(graph.corpus)
    heads = "".join(_th(h) for h in ("article", "at", "text", "why", "what is still known", "rule"))
    rows = []
    for tm in graph.unresolved:
        doc_id = tm.doc_id or ""
        rows.append(
            f"<tr><td>{_esc(document_label(docs.get(doc_id), doc_id) if doc_id else '—')}</td>"
            f'<td data-sort="{tm.start}">{tm.start}–{tm.end}</td><td>{_esc(tm.text)}</td>'
            f"<td>{_esc(tm.reason or '')}</td><td>{_esc(tm.constraint or '')}</td><td>{_esc(tm.rule)}</td></tr>"
        )
    return (
        f'<table class="tl-sortable" id="{_ID_PLACEHOLDER}-unresolved"><thead><tr>{heads}</tr></thead>\n'
        "<tbody>\n" + "\n".join(rows) + "\n</tbody></table>"
    )


def _articles_table(graph: EventGraph) -> str:
    if not len(graph.corpus):
        return '<p class="tl-muted">No articles were given with this graph.</p>'
    heads = "".join(_th(h) for h in ("id", "date", "title", "outlet", "link", "events", "text"))
    counts: dict[str, int] = {}
    for ev in graph.events:
        for doc_id in ev.sources:
            counts[doc_id] = counts.get(doc_id, 0) + 1
    rows = []
    for doc in graph.corpus:
        date = doc.reference_date.isoformat() if doc.reference_date else "—"
        if doc.reference_date_inferred:
            date += " (inferred)"
        excerpt = truncate(doc.text, 600) if len(doc.text) > 600 else doc.text
        rows.append(
            f'<tr><td>{_esc(doc.id)}</td><td class="tl-date">{_esc(date)}</td><td>{_esc(doc.title or "")}</td>'
            f"<td>{_esc(doc.source or '')}</td><td>{_safe_url(doc.url)}</td><td>{counts.get(doc.id, 0)}</td>"
            f"<td><details><summary>{len(doc.text)} characters</summary><pre>{_esc(excerpt)}</pre></details></td></tr>"
        )
    return (
        f'<table class="tl-sortable" id="{_ID_PLACEHOLDER}-articles"><thead><tr>{heads}</tr></thead>\n'
        "<tbody>\n" + "\n".join(rows) + "\n</tbody></table>"
    )


def report_html(
    graph: EventGraph,
    *,
    include_plotlyjs: IncludePlotlyJS = True,
    group_by: GroupBy = "actor",
    title: str | None = None,
    div_id: str | None = None,
    webgl_threshold: int = WEBGL_THRESHOLD,
) -> str:
    """The report page as a string: timeline, graph, events, unresolved mentions, articles.

    Example:
        >>> page = report_html(EventGraph.from_parts([]), include_plotlyjs=False)
        >>> "There are no events" in page and "<table" not in page
        True
    """
    graph = _check_graph(graph)
    _check_group_by(group_by)
    title = title if title is not None else "Timeline report"
    if graph.events:
        figure_html = "\n".join(
            f'<section id="{_ID_PLACEHOLDER}-sec-{name}"><h2>{"Timeline" if name == "timeline" else "Event graph"}</h2>{div}</section>'
            for name, div in _figure_parts(graph, FIGURES, group_by, webgl_threshold)
        )
    else:
        figure_html = ""
    nav = " ".join(
        f'<a href="#{_ID_PLACEHOLDER}-sec-{key}">{label}</a>'
        for key, label in (("timeline", "timeline"), ("graph", "graph"), ("events", "events"), ("unresolved", "unresolved"), ("articles", "articles"))
        if graph.events or key not in ("timeline", "graph")
    )  # fmt: skip
    body = (
        f'<main class="tl-render" id="{_ID_PLACEHOLDER}">\n<h1>{_esc(title)}</h1>\n'
        f'<p class="tl-summary">{_esc(_summary(graph))}</p>\n<nav>{nav}</nav>\n{figure_html}\n'
        f'<section id="{_ID_PLACEHOLDER}-sec-events"><h2>Events</h2>\n{_events_table(graph)}</section>\n'
        f'<section id="{_ID_PLACEHOLDER}-sec-unresolved"><h2>Unresolved time mentions ({len(graph.unresolved)})</h2>\n'
        f"{_unresolved_table(graph)}</section>\n"
        f'<section id="{_ID_PLACEHOLDER}-sec-articles"><h2>Articles ({len(graph.corpus)})</h2>\n{_articles_table(graph)}</section>\n'
        "</main>"
    )
    page = _page(title, body, include_plotlyjs if graph.events else False, f"<script>{_SORT_JS}</script>\n")
    return _fix_ids(page, div_id)


def report(
    graph: EventGraph,
    path: str | Path,
    *,
    include_plotlyjs: IncludePlotlyJS = True,
    **options: Any,
) -> Path:
    """Write the report page of ``graph`` to ``path`` (atomically) and return the path.

    The page combines the timeline, the event graph, a sortable table of events with their
    sources, the unresolved time mentions and the list of articles; it is self-contained
    (plotly.js inlined unless ``include_plotlyjs`` says otherwise) and deterministic.
    ``options`` are those of :func:`report_html`.

    Example:
        >>> import tempfile, pathlib
        >>> out = report(EventGraph.from_parts([]), pathlib.Path(tempfile.mkdtemp()) / "r.html")
        >>> out.name
        'r.html'
    """
    target = Path(path)
    text = report_html(graph, include_plotlyjs=include_plotlyjs, **options)
    if isinstance(include_plotlyjs, str) and include_plotlyjs.lower() == "directory" and graph.events:
        copy_plotlyjs(target.parent if str(target.parent) else Path("."))
    return atomic_write(target, text)
