"""The ``timeline`` command line.

Each subcommand lives in its own module with ``register(subparsers)``; this module wires
them together and turns errors into exit codes: 0 ok, 1 user error (one line on stderr, no
traceback unless ``--debug``), 2 usage error, 130 interrupted (Ctrl-C: one line, and no
partial output file, since every output is written atomically).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Iterator, Sequence

from timeline import __version__
from timeline.cli._util import HelpFormatter, add_global_options, close_progress_bars
from timeline.errors import TimelineError

__all__ = ["main"]

#: subcommand modules, each with ``register(subparsers) -> None``
SUBCOMMANDS = ("tag", "build", "render", "report", "timeml", "eval")

EXAMPLES = """examples:
  timeline tag article.txt --ref 2024-12-02
  timeline build --manifest manifest.csv --json graph.json -q
  timeline render graph.json -o timeline.html
  timeline report --manifest manifest.csv -o report.html
  timeline timeml annotate TBAQ-cleaned/ tagged/ && timeline eval TBAQ-cleaned/ tagged/

Every COMMAND has its own --help. Exit status: 0 ok, 1 bad input (one line on stderr;
--debug shows the traceback), 2 usage error, 130 interrupted.
"""


class CliError(TimelineError):
    """A user error detected by the command line itself.

    Example:
        >>> isinstance(CliError("no such event"), TimelineError)
        True
    """


def _subparsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """Every parser below ``parser`` (subcommands and their actions), depth first."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                yield child
                yield from _subparsers(child)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered.

    ``--quiet/-q`` and ``--debug`` are accepted before or after the subcommand.

    Example:
        >>> build_parser().prog
        'timeline'
        >>> build_parser().parse_args(["eval", "gold", "sys", "-q"]).quiet
        True
    """
    parser = argparse.ArgumentParser(
        prog="timeline",
        description="Turn news articles into a resolved, explainable event timeline.",
        epilog=EXAMPLES,
        formatter_class=HelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"timeline {__version__}")
    add_global_options(parser, top_level=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMANDS:
        try:
            module = importlib.import_module(f"timeline.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"timeline.cli.{name}":
                continue
            raise
        module.register(sub)
    for child in _subparsers(parser):
        child.formatter_class = HelpFormatter
        add_global_options(child, top_level=False)
    return parser


def _error_line(exc: BaseException) -> str:
    """The first line of an error's message (its type name when it has none)."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``timeline`` console script; returns the exit status.

    Example:
        >>> main(["--version"])  # doctest: +SKIP
        timeline 0.1.0
        >>> main(["tag", "no-such-file.txt", "--ref", "2024-12-02"])  # doctest: +SKIP
        timeline: error: no-such-file.txt: file not found
        1
    """
    debug = False
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        debug = bool(getattr(args, "debug", False))
        if args.command is None:
            parser.print_help(sys.stderr)
            return 2
        result: int = args.func(args)
        return result
    except KeyboardInterrupt:
        if debug:
            raise
        # on a terminal, "\r" + erase-line tidies a progress bar that could not be closed
        stale = close_progress_bars() and _is_terminal(sys.stderr)
        print(("\r\033[K" if stale else "") + "timeline: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader (e.g. `head`) went away: not an error; silence the flush at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except (TimelineError, OSError, ValueError) as exc:
        if debug:
            raise
        print(f"timeline: error: {_error_line(exc)}", file=sys.stderr)
        return 1


def _is_terminal(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError):
        return False


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
