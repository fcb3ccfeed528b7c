"""``timeline report``: build the event graph of a corpus and write the HTML report page."""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path
from typing import Any

from timeline.cli._util import progress_enabled
from timeline.cli.render import add_output_options, check_output, load_graph

__all__ = ["register"]


def register(subparsers: Any) -> None:
    """Add the ``report`` subcommand to the ``timeline`` parser.

    Example:
        >>> parser = argparse.ArgumentParser(prog="timeline")
        >>> register(parser.add_subparsers(dest="command"))
        >>> args = parser.parse_args(["report", "--manifest", "m.csv", "--gazetteer", "g.json", "-o", "r.html"])
        >>> args.manifest, args.gazetteer, args.output
        ('m.csv', ['g.json'], 'r.html')
    """
    parser = subparsers.add_parser(
        "report",
        help="build the timeline of a corpus and write an HTML report",
        description=(
            "Load the articles listed in a manifest, build their event graph (timeline.pipeline.build) "
            "and write one self-contained, offline HTML report: the timeline, the event graph, a "
            "sortable table of events with their sources, the unresolved time mentions and the "
            "articles. --graph uses a saved graph instead of building one. The file is written atomically."
        ),
        epilog=(
            "examples:\n"
            "  timeline report --manifest examples/data/nato_ukraine/manifest.csv \\\n"
            "      --gazetteer examples/data/nato_ukraine/gazetteer.json -o report.html\n"
            "  timeline report --graph graph.json -o report.html --group-by source --plotlyjs cdn\n"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--manifest", metavar="M", help="CSV or JSON Lines manifest of the articles")
    source.add_argument("--graph", metavar="GRAPH_JSON", help="a saved event graph instead of a manifest")
    parser.add_argument(
        "--gazetteer",
        metavar="G",
        action="append",
        default=[],
        help="named-event gazetteer JSON (repeatable); used with --manifest",
    )
    parser.add_argument("-o", "--output", required=True, help="output .html file")
    add_output_options(parser)
    parser.set_defaults(func=_run)


def _build(manifest: str, gazetteers: list[str], *, progress: bool = False) -> Any:
    from timeline.errors import TimelineError
    from timeline.model import Corpus

    try:
        pipeline = importlib.import_module("timeline.pipeline")
    except ModuleNotFoundError as exc:
        if exc.name != "timeline.pipeline":
            raise
        raise TimelineError(
            "building a report from a manifest needs timeline.pipeline, which is not installed"
        ) from exc
    for path in gazetteers:
        if not Path(path).is_file():
            raise TimelineError(f"gazetteer {path}: no such file")
    corpus = Corpus.from_manifest(manifest)
    gazetteer: Any = None
    if len(gazetteers) == 1:
        gazetteer = gazetteers[0]
    elif gazetteers:
        gazetteer = list(gazetteers)
    return pipeline.build(corpus, gazetteer=gazetteer, progress=progress)


def _run(args: argparse.Namespace) -> int:
    from timeline.render import report

    target = check_output(args.output)
    if args.graph:
        graph = load_graph(args.graph)
    else:
        graph = _build(args.manifest, args.gazetteer, progress=progress_enabled(args))
    options: dict[str, Any] = {"group_by": args.group_by}
    if args.title is not None:
        options["title"] = args.title
    report(graph, target, include_plotlyjs=args.plotlyjs, **options)
    if not getattr(args, "quiet", False):
        print(f"wrote {target}")
    return 0
