"""Interactive timelines and graphs (plotly), HTML pages and reports, static images.

* :func:`timeline_figure` / :func:`graph_figure` build ``plotly.graph_objects.Figure``
  objects (they show themselves in Jupyter);
* :func:`to_html` gives an embeddable fragment or a page, :func:`write_html` writes a
  self-contained offline page, :func:`report` writes the full report page;
* :func:`write_image` / :func:`to_image` make PNG/SVG through kaleido (optional);
* :func:`show` displays a graph's timeline in a notebook.

Example:
    >>> from timeline.model import Event, Interval
    >>> g = EventGraph.from_parts([Event("e1", "summit", interval=Interval.from_iso("2024-07-09", "2024-07-12"))])
    >>> type(timeline_figure(g)).__name__
    'Figure'
"""

from __future__ import annotations

from typing import Any, Literal

from timeline.graph import EventGraph
from timeline.render._io import OutputError, atomic_write
from timeline.render.figures import GROUP_BY, WEBGL_THRESHOLD, GroupBy, graph_figure, timeline_figure
from timeline.render.html import FIGURES, copy_plotlyjs, report, report_html, to_html, write_html
from timeline.render.image import ImageExportError, to_image, write_image

__all__ = [
    "FIGURES",
    "GROUP_BY",
    "WEBGL_THRESHOLD",
    "GroupBy",
    "ImageExportError",
    "OutputError",
    "atomic_write",
    "copy_plotlyjs",
    "graph_figure",
    "report",
    "report_html",
    "show",
    "timeline_figure",
    "to_html",
    "to_image",
    "write_html",
    "write_image",
]


def show(graph: EventGraph, kind: Literal["timeline", "graph"] = "timeline", **options: Any) -> None:
    """Display the timeline (or graph figure) of ``graph`` in Jupyter or a browser.

    Options are those of :func:`timeline_figure` / :func:`graph_figure`. For an inline HTML
    representation (``_repr_html_``), use :func:`to_html`.

    Example:
        >>> show(EventGraph.from_parts([]), kind="table")
        Traceback (most recent call last):
        ...
        ValueError: unknown kind 'table'; valid kinds are 'timeline', 'graph'
    """
    if kind == "timeline":
        timeline_figure(graph, **options).show()
    elif kind == "graph":
        graph_figure(graph, **options).show()
    else:
        raise ValueError(f"unknown kind {kind!r}; valid kinds are 'timeline', 'graph'")
