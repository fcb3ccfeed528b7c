"""Static images (PNG, SVG, PDF) through plotly's kaleido, imported lazily.

kaleido is not a dependency of timeline: without it, or without a Chrome/Chromium browser
for it to drive, :class:`ImageExportError` says exactly what is missing.
"""

from __future__ import annotations

import importlib
import shutil
from pathlib import Path
from typing import Any, Literal

import plotly.graph_objects as go

from timeline.errors import TimelineError
from timeline.graph import EventGraph
from timeline.render._io import atomic_write
from timeline.render.figures import graph_figure, timeline_figure

__all__ = ["FORMATS", "ImageExportError", "to_image", "write_image"]

#: formats kaleido can write
FORMATS = ("png", "svg", "pdf", "jpeg", "webp")

_BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")


class ImageExportError(TimelineError, RuntimeError):
    """A static image could not be made (kaleido or a browser is missing).

    Example:
        >>> str(ImageExportError("no kaleido"))
        'no kaleido'
    """


def _figure(source: EventGraph | go.Figure, kind: str, options: dict[str, Any]) -> go.Figure:
    if isinstance(source, go.Figure):
        return source
    if kind == "timeline":
        return timeline_figure(source, **options)
    if kind == "graph":
        if not isinstance(source, EventGraph):
            raise TypeError("kind='graph' needs an EventGraph")
        return graph_figure(source, **options)
    raise ValueError(f"unknown kind {kind!r}; valid kinds are 'timeline', 'graph'")


def _require_kaleido() -> None:
    try:
        importlib.import_module("kaleido")
    except ImportError as exc:
        raise ImageExportError(
            "static images need the optional 'kaleido' package, which is not installed: "
            "pip install 'kaleido>=1' (it also needs Chrome or Chromium, e.g. apt-get install chromium); "
            "HTML output (write_html, report) needs neither"
        ) from exc


def to_image(
    source: EventGraph | go.Figure,
    format: Literal["png", "svg", "pdf", "jpeg", "webp"] = "png",
    *,
    kind: Literal["timeline", "graph"] = "timeline",
    width: int = 1400,
    height: int | None = None,
    scale: float = 1.0,
    **options: Any,
) -> bytes:
    """Render a graph's timeline (or graph figure, or any plotly figure) to image bytes.

    Example:
        >>> to_image(EventGraph.from_parts([]), "gif")
        Traceback (most recent call last):
        ...
        ValueError: unknown image format 'gif'; valid formats are png, svg, pdf, jpeg, webp
    """
    if format not in FORMATS:
        raise ValueError(f"unknown image format {format!r}; valid formats are {', '.join(FORMATS)}")
    fig = _figure(source, kind, options)
    _require_kaleido()
    import plotly.io as pio

    try:
        data: bytes = pio.to_image(
            fig, format=format, width=width, height=height or fig.layout.height, scale=scale
        )
    except Exception as exc:  # kaleido raises its own types (no browser, browser crashed, ...)
        found = next((shutil.which(b) for b in _BROWSERS if shutil.which(b)), None)
        hint = (
            f"a browser was found at {found}; kaleido may need BROWSER_PATH={found}"
            if found
            else "no Chrome/Chromium browser was found on PATH: install one (apt-get install chromium, "
            "or run plotly_get_chrome)"
        )
        raise ImageExportError(
            f"kaleido could not render the image ({type(exc).__name__}: {exc}); {hint}"
        ) from exc
    return data


def write_image(
    source: EventGraph | go.Figure,
    path: str | Path,
    *,
    format: Literal["png", "svg", "pdf", "jpeg", "webp"] | None = None,
    **options: Any,
) -> Path:
    """Write a static image (format from ``format`` or the file suffix), atomically.

    Example:
        >>> write_image(EventGraph.from_parts([]), "timeline.bmp")
        Traceback (most recent call last):
        ...
        ValueError: unknown image format 'bmp'; valid formats are png, svg, pdf, jpeg, webp
    """
    target = Path(path)
    fmt = format or target.suffix.lstrip(".").lower() or "png"
    if fmt == "jpg":
        fmt = "jpeg"
    if fmt not in FORMATS:
        raise ValueError(f"unknown image format {fmt!r}; valid formats are {', '.join(FORMATS)}")
    data = to_image(source, fmt, **options)  # type: ignore[arg-type]
    return atomic_write(target, data)
