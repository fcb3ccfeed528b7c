"""The ``timeline`` command line.

Each subcommand lives in its own module with ``register(subparsers)``; this module wires
them together and turns errors into exit codes: 0 ok, 1 user error (one line on stderr, no
traceback unless ``--debug``), 2 usage error, 130 interrupted.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from timeline import __version__
from timeline.errors import TimelineError

__all__ = ["main"]

#: subcommand modules, each with ``register(subparsers) -> None``
SUBCOMMANDS = ("tag", "build", "render", "report", "timeml", "eval")


class CliError(TimelineError):
    """A user error detected by the command line itself."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered.

    Example:
        >>> build_parser().prog
        'timeline'
    """
    parser = argparse.ArgumentParser(
        prog="timeline",
        description="Turn news articles into a resolved, explainable event timeline.",
        epilog="Example: timeline tag article.txt --ref 2024-12-02",
    )
    parser.add_argument("--version", action="version", version=f"timeline {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bars")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMANDS:
        try:
            module = importlib.import_module(f"timeline.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"timeline.cli.{name}":
                continue
            raise
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``timeline`` console script.

    Example:
        >>> main(["--version"])  # doctest: +SKIP
        timeline 0.1.0
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        result: int = args.func(args)
        return result
    except KeyboardInterrupt:
        print("timeline: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader (e.g. `head`) went away: not an error; silence the flush at exit
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except (TimelineError, OSError, ValueError) as exc:
        if args.debug:
            raise
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        print(f"timeline: error: {message}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
