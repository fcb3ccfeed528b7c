"""Helpers shared by the subcommands: help layout, global options, progress and atomic output."""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

__all__ = ["HelpFormatter", "add_global_options", "close_progress_bars", "progress_enabled", "write_output"]


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Wrap prose paragraphs of descriptions and epilogs; keep example blocks as written.

    A paragraph (text between blank lines) is kept verbatim when it starts with
    ``example`` or when one of its lines is indented; any other paragraph is re-filled to
    the terminal width.

    Example:
        >>> parser = argparse.ArgumentParser(prog="demo", formatter_class=HelpFormatter,
        ...     description="A long description " * 3, epilog="example:\\n  demo --fast  # keep")
        >>> print(parser.format_help().split("\\n\\n", 1)[1])  # doctest: +NORMALIZE_WHITESPACE
        A long description A long description A long description
        <BLANKLINE>
        options:
          -h, --help  show this help message and exit
        <BLANKLINE>
        example:
          demo --fast  # keep
        <BLANKLINE>
    """

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        paragraphs = text.strip("\n").split("\n\n")
        out = []
        for para in paragraphs:
            lines = para.splitlines()
            verbatim = para.lstrip().lower().startswith("example") or any(
                line[:1].isspace() for line in lines
            )
            if verbatim:
                out.append("\n".join(indent + line for line in lines))
            else:
                out.append(
                    textwrap.fill(
                        " ".join(para.split()), width, initial_indent=indent, subsequent_indent=indent
                    )
                )
        return "\n\n".join(out)


def add_global_options(parser: argparse.ArgumentParser, *, top_level: bool) -> None:
    """Add ``--quiet/-q`` and ``--debug`` to ``parser``.

    On the top-level parser they default to ``False``; on subcommand parsers their default
    is suppressed, so that ``timeline -q build …`` and ``timeline build … -q`` both work
    (a subcommand parser only sets the attribute when the flag is given after it).

    Example:
        >>> top = argparse.ArgumentParser(prog="t")
        >>> add_global_options(top, top_level=True)
        >>> sub = top.add_subparsers(dest="command").add_parser("run")
        >>> add_global_options(sub, top_level=False)
        >>> top.parse_args(["run", "-q"]).quiet, top.parse_args(["-q", "run"]).quiet
        (True, True)
        >>> top.parse_args(["run"]).quiet
        False
    """
    default: object = False if top_level else argparse.SUPPRESS
    group = parser.add_argument_group(
        "global options" if top_level else "global options (also accepted before the subcommand)"
    )
    group.add_argument(
        "--quiet", "-q", action="store_true", default=default, help="no progress bars or status messages"
    )
    group.add_argument("--debug", action="store_true", default=default, help="show the traceback of an error")


def progress_enabled(args: argparse.Namespace) -> bool:
    """Whether to draw progress bars: on stderr, only when it is a terminal and not ``--quiet``.

    Example:
        >>> progress_enabled(argparse.Namespace(quiet=True))
        False
    """
    if getattr(args, "quiet", False):
        return False
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):  # replaced or closed stream
        return False


def close_progress_bars() -> bool:
    """Close every live tqdm bar, so that a message printed next starts on its own line.

    Called when a run is interrupted: a bar left open mid-line would swallow the message.
    Returns whether a bar could not be closed (one interrupted while it was being set up),
    in which case the cursor may still be on the bar's line.

    Example:
        >>> close_progress_bars()  # nothing to do when no bar is open
        False
    """
    module = sys.modules.get("tqdm")
    if module is None:
        return False
    stale = False
    for bar in list(getattr(module.tqdm, "_instances", ())):
        try:
            bar.close()
        except Exception:  # e.g. interrupted inside tqdm.__init__: half-built
            stale = True
    return stale


def write_output(path: str | Path, data: str | bytes) -> Path:
    """Write ``data`` to ``path`` atomically (temporary file beside it, then ``os.replace``).

    An interrupted run never leaves a partial file; a failure raises
    :class:`timeline.render.OutputError` with a one-line reason.

    Example:
        >>> import tempfile
        >>> write_output(Path(tempfile.mkdtemp()) / "a.json", "{}").read_text()
        '{}'
    """
    from timeline.render import atomic_write

    return atomic_write(path, data)
