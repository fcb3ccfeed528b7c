"""``timeline render``: draw a saved event graph as an interactive HTML page (or an image)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

__all__ = ["add_output_options", "check_output", "group_by_arg", "load_graph", "plotlyjs_arg", "register"]

_IMAGE_SUFFIXES = (".png", ".svg", ".pdf", ".jpeg", ".jpg", ".webp")


def group_by_arg(value: str) -> str | None:
    """``none`` means one lane; other values are checked by the renderer.

    Example:
        >>> group_by_arg("none") is None, group_by_arg("actor")
        (True, 'actor')
    """
    return None if value.lower() == "none" else value


def plotlyjs_arg(value: str) -> bool | str:
    """``inline`` (default), ``cdn``, ``directory`` or a URL/path ending in ``.js``.

    Example:
        >>> plotlyjs_arg("inline"), plotlyjs_arg("cdn")
        (True, 'cdn')
    """
    if value == "inline":
        return True
    if value in ("cdn", "directory") or value.endswith(".js"):
        return value
    raise argparse.ArgumentTypeError(f"expected inline, cdn, directory or a .js URL, got {value!r}")


def add_output_options(parser: argparse.ArgumentParser) -> None:
    """Options shared by ``render`` and ``report``: grouping, title, how plotly.js is included.

    Example:
        >>> p = argparse.ArgumentParser()
        >>> add_output_options(p)
        >>> p.parse_args(["--group-by", "none"]).group_by is None
        True
    """
    parser.add_argument(
        "--group-by",
        type=group_by_arg,
        default="actor",
        metavar="{actor,source,kind,none}",
        help="one lane per actor (default), source outlet, event kind, or none",
    )
    parser.add_argument("--title", help="page title")
    parser.add_argument(
        "--plotlyjs",
        type=plotlyjs_arg,
        default=True,
        metavar="{inline,cdn,directory}",
        help="inline plotly.js for an offline file (default), link the CDN, or write plotly.min.js beside the page",
    )


def check_output(path: str | Path) -> Path:
    """Fail early (before any work) when the output cannot be written.

    Example:
        >>> check_output("/nonexistent-folder/out.html")
        Traceback (most recent call last):
        ...
        timeline.render._io.OutputError: cannot write /nonexistent-folder/out.html: folder /nonexistent-folder does not exist
    """
    from timeline.render import OutputError

    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise OutputError(f"cannot write {target}: it is a folder")
    if not folder.is_dir():
        raise OutputError(f"cannot write {target}: folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"cannot write {target}: permission denied on folder {folder}")
    return target


def load_graph(path: str | Path) -> Any:
    """Read an event graph saved as JSON with ``EventGraph.read_json``.

    Example:
        >>> load_graph("no-such-graph.json")
        Traceback (most recent call last):
        ...
        timeline.errors.InputError: no-such-graph.json: no such file
    """
    from timeline.errors import InputError
    from timeline.graph import EventGraph

    source = Path(path)
    if not source.is_file():
        raise InputError("no such file", file=source)
    reader = getattr(EventGraph, "read_json", None)
    if reader is None:
        raise InputError(
            "reading a graph needs EventGraph.read_json, which this version does not have", file=source
        )
    return reader(source)


def register(subparsers: Any) -> None:
    """Add the ``render`` subcommand to the ``timeline`` parser.

    Example:
        >>> parser = argparse.ArgumentParser(prog="timeline")
        >>> register(parser.add_subparsers(dest="command"))
        >>> args = parser.parse_args(["render", "graph.json", "-o", "out.html", "--group-by", "source"])
        >>> args.output, args.group_by, args.plotlyjs
        ('out.html', 'source', True)
    """
    parser = subparsers.add_parser(
        "render",
        help="draw a saved event graph as an interactive HTML timeline (or PNG/SVG)",
        description=(
            "Read an event graph saved as JSON and write a self-contained, offline HTML page with "
            "the interactive timeline and event graph (plotly.js inlined). An output ending in "
            ".png, .svg or .pdf writes a static image instead (needs the optional kaleido package "
            "and Chromium). The file is written atomically."
        ),
        epilog=(
            "examples:\n"
            "  timeline render graph.json -o timeline.html --group-by source\n"
            "  timeline render graph.json -o graph.html --figures graph --plotlyjs cdn\n"
            "  timeline render graph.json -o timeline.svg   # needs kaleido and Chromium\n"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("graph", metavar="GRAPH_JSON", help="event graph JSON (EventGraph.write_json)")
    parser.add_argument("-o", "--output", required=True, help="output .html (or .png/.svg/.pdf) file")
    parser.add_argument(
        "--figures",
        nargs="+",
        choices=("timeline", "graph"),
        default=["timeline", "graph"],
        help="figures on the page (default: both)",
    )
    add_output_options(parser)
    parser.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from timeline.render import write_html, write_image

    target = check_output(args.output)
    graph = load_graph(args.graph)
    if target.suffix.lower() in _IMAGE_SUFFIXES:
        kind = "graph" if args.figures == ["graph"] else "timeline"
        options: dict[str, Any] = {"group_by": args.group_by}
        if args.title is not None:
            options["title"] = args.title
        write_image(graph, target, kind=kind, **options)
    else:
        write_html(
            graph,
            target,
            include_plotlyjs=args.plotlyjs,
            figures=args.figures,
            group_by=args.group_by,
            title=args.title,
        )
    if not getattr(args, "quiet", False):
        print(f"wrote {target}")
    return 0
