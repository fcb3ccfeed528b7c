"""``timeline build``: build the event graph of a corpus and write it as JSON, GraphML,
GEXF and/or an HTML page."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

from timeline.cli._util import progress_enabled, write_output
from timeline.errors import InputError
from timeline.model import Corpus

__all__ = ["register", "run"]

EXAMPLES = """examples:
  timeline build --manifest examples/data/nato_ukraine/manifest.csv \\
      --gazetteer examples/data/nato_ukraine/gazetteer.json --json graph.json --html graph.html
  timeline build --manifest m.csv --merge e0003,e0007 --split e0012 --graphml graph.graphml
  timeline build --manifest m.csv --json graph.json -q && timeline render graph.json -o graph.html

Every output file is written atomically: an interrupted run leaves no partial file.
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``build`` subcommand.

    Example:
        >>> parser = argparse.ArgumentParser(prog="timeline")
        >>> register(parser.add_subparsers(dest="command"))
        >>> args = parser.parse_args(["build", "--manifest", "m.csv", "--merge", "e1,e2", "--json", "g.json"])
        >>> args.merge, args.json
        (['e1,e2'], PosixPath('g.json'))
    """
    p = sub.add_parser(
        "build",
        help="build the cross-document event graph of a corpus",
        description="Extract events, anchor them in time, merge them across articles and relate them.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--manifest", type=Path, required=True, help="a CSV or JSON Lines manifest of articles")
    p.add_argument(
        "--gazetteer", action="append", type=Path, default=[], metavar="FILE",
        help="named-event gazetteer (JSON, JSON Lines or CSV); repeatable",
    )  # fmt: skip
    p.add_argument(
        "--no-infer",
        action="store_true",
        help="do not infer missing reference dates (inferred ones are flagged)",
    )
    p.add_argument(
        "--merge", action="append", default=[], metavar="ID,ID[,…]",
        help="merge these events (ids of the graph built without corrections); repeatable",
    )  # fmt: skip
    p.add_argument(
        "--split", action="append", default=[], metavar="ID[:DOC]",
        help="split an event into its mentions, or split off one document's mentions; repeatable",
    )  # fmt: skip
    p.add_argument(
        "--json", type=Path, metavar="FILE", help="write node-link JSON (reload with 'timeline render')"
    )
    p.add_argument("--graphml", type=Path, metavar="FILE", help="write GraphML (flat attributes)")
    p.add_argument("--gexf", type=Path, metavar="FILE", help="write GEXF for Gephi")
    p.add_argument("--html", type=Path, metavar="FILE", help="write a self-contained HTML page")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build, write the requested files, and print a one-line summary per output.

    The outputs are checked before the (long) build and written atomically.

    Example:
        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> _ = (folder / "a.txt").write_text("NATO met on Tuesday.", encoding="utf-8")
        >>> _ = (folder / "m.csv").write_text("path,reference_date\\na.txt,2024-12-02\\n", encoding="utf-8")
        >>> parser = argparse.ArgumentParser(prog="timeline")
        >>> register(parser.add_subparsers(dest="command"))
        >>> run(parser.parse_args(["build", "--manifest", str(folder / "m.csv"), "--json", str(folder / "g.json")]))  # doctest: +ELLIPSIS
        1 documents, 1 events (1 dated), 0 relations, 0 conflicts
        wrote .../g.json
        0
    """
    from timeline.cli.render import check_output
    from timeline.pipeline import build

    outputs = [(kind, getattr(args, kind)) for kind in ("json", "graphml", "gexf", "html")]
    outputs = [(kind, check_output(path)) for kind, path in outputs if path is not None]
    corpus = Corpus.from_manifest(args.manifest)
    merges = [[part.strip() for part in group.split(",") if part.strip()] for group in args.merge]
    for group in merges:
        if len(group) < 2:
            raise InputError("--merge needs at least two comma-separated event ids", field="--merge")
    splits: list[str | tuple[str, str]] = []
    for item in args.split:
        event_id, _, doc = item.partition(":")
        splits.append((event_id, doc) if doc else event_id)
    graph = build(
        corpus,
        args.gazetteer or None,
        infer_reference_date=not args.no_infer,
        merges=merges or None,
        splits=splits or None,
        progress=progress_enabled(args),
    )
    placed = sum(1 for e in graph.events if e.interval is not None)
    print(
        f"{len(corpus)} documents, {len(graph.events)} events ({placed} dated), "
        f"{len(graph.relations)} relations, {len(graph.conflicts)} conflicts"
    )
    for kind, path in outputs:
        if kind == "html":
            written = graph.write_html(path)
        elif kind == "json":
            written = write_output(path, graph.to_json(indent=1) + "\n")
        else:
            import networkx as nx

            buffer = io.BytesIO()
            writer = nx.write_graphml if kind == "graphml" else nx.write_gexf
            writer(graph.to_flat_networkx(), buffer)
            written = write_output(path, buffer.getvalue())
        if not getattr(args, "quiet", False):
            print(f"wrote {written}")
    return 0
