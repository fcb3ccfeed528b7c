"""``timeline eval``: TempEval-3 scores of system TimeML files against gold TimeML files."""

from __future__ import annotations

import argparse
import json
from typing import Any

from timeline.cli._util import progress_enabled
from timeline.eval import MODES, evaluate_dirs

__all__ = ["register"]


def register(subparsers: Any) -> None:
    """Add the ``eval`` subcommand to the ``timeline`` parser.

    Example:
        >>> parser = argparse.ArgumentParser(prog="timeline")
        >>> register(parser.add_subparsers(dest="command"))
        >>> parser.parse_args(["eval", "gold", "sys", "--json"]).json
        True
    """
    parser = subparsers.add_parser(
        "eval",
        help="score system TimeML files against gold ones (TempEval-3)",
        description=(
            "Score the time expressions (strict and relaxed extent P/R/F1, type and value "
            "accuracy and F1, DCT excluded, micro-averaged) and event extents of every TimeML "
            "file below SYSTEM_DIR against the file at the same relative path below GOLD_DIR. "
            "Gold files with no system file are scored as empty and listed."
        ),
        epilog=(
            "examples:\n"
            "  timeline timeml annotate TBAQ-cleaned/ tagged/ && timeline eval TBAQ-cleaned/ tagged/\n"
            "  timeline eval TBAQ-cleaned/ tagged/ --json > scores.json\n"
            "  timeline eval gold/ system/ --mode overlap\n"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("gold_dir", metavar="GOLD_DIR", help="folder of gold .tml/.TE3input files")
    parser.add_argument("system_dir", metavar="SYSTEM_DIR", help="folder of system TimeML files")
    parser.add_argument(
        "--json", action="store_true", help="print JSON (with every mismatch) instead of a table"
    )
    parser.add_argument(
        "--mode",
        choices=MODES,
        default="tempeval",
        help="tempeval: the official matching on TempEval-3 tokens (default); overlap: plain character overlap",
    )
    parser.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    result = evaluate_dirs(args.gold_dir, args.system_dir, mode=args.mode, progress=progress_enabled(args))
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(result.format_table())
    return 0
