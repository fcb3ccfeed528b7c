"""``timeline timeml``: TimeML interchange from the command line.

``timeline timeml annotate IN_DIR OUT_DIR`` tags every ``.tml``/``.TE3input`` file below
``IN_DIR`` (reading only its text and DCT) and writes it, with our TIMEX3 annotations, to
the same relative path below ``OUT_DIR``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from timeline.cli._util import progress_enabled
from timeline.errors import InputError
from timeline.io.timeml import find_timeml_files, read_timeml, write_timeml

__all__ = ["annotate_dir", "register"]


def register(subparsers: Any) -> None:
    """Add the ``timeml`` subcommand (with ``annotate``) to the ``timeline`` parser.

    Example:
        >>> parser = argparse.ArgumentParser(prog="timeline")
        >>> register(parser.add_subparsers(dest="command"))
        >>> parser.parse_args(["timeml", "annotate", "in", "out"]).out_dir
        'out'
    """
    parser = subparsers.add_parser(
        "timeml",
        help="read and write TimeML (TempEval-3) files",
        description="Read and write TimeML (TempEval-3) files.",
        epilog=(
            "example:\n"
            "  timeline timeml annotate TBAQ-cleaned/ tagged/\n\n"
            "See 'timeline timeml annotate --help'."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = parser.add_subparsers(dest="timeml_command", metavar="ACTION")
    annotate = actions.add_parser(
        "annotate",
        help="tag every TimeML file of a folder with our time expressions",
        description=(
            "Tag every .tml or .TE3input file below IN_DIR (subfolders included) with the "
            "temporal tagger, using only each file's <TEXT> and DCT (existing annotations are "
            "ignored), and write it as TimeML to the same relative path below OUT_DIR. The text "
            "is written unchanged, character for character; each file is written atomically."
        ),
        epilog=(
            "examples:\n"
            "  timeline timeml annotate TBAQ-cleaned/ tagged/ && timeline eval TBAQ-cleaned/ tagged/\n"
            "  timeline timeml annotate TBAQ-cleaned/ tagged/ --json -q > written.json\n"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    annotate.add_argument("in_dir", metavar="IN_DIR", help="folder of TimeML files to tag")
    annotate.add_argument(
        "out_dir", metavar="OUT_DIR", help="folder to write the tagged files to (created if missing)"
    )
    annotate.add_argument("--json", action="store_true", help="print the written files as JSON on stdout")
    annotate.set_defaults(func=_run_annotate)
    parser.set_defaults(func=lambda args: _no_action(parser))


def _no_action(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def annotate_dir(in_dir: str | Path, out_dir: str | Path, *, progress: bool = False) -> list[Path]:
    """Tag every TimeML file below ``in_dir`` and write it below ``out_dir``.

    Returns the written paths. Raises :class:`~timeline.errors.InputError` when ``in_dir``
    is missing or holds no TimeML files, or when ``out_dir`` is ``in_dir`` itself.

    Example:
        >>> annotate_dir("TBAQ-cleaned", "tagged")  # doctest: +SKIP
        [PosixPath('tagged/AQUAINT/APW19980807.0261.tml'), ...]
    """
    from timeline.temporal import tag

    source, target = Path(in_dir), Path(out_dir)
    if not source.is_dir():
        raise InputError("no such folder", file=source)
    if target.exists() and target.resolve() == source.resolve():
        raise InputError("OUT_DIR is IN_DIR: refusing to overwrite the input files", file=target)
    files = find_timeml_files(source)
    if not files:
        raise InputError("no .tml or .TE3input files found (subfolders included)", file=source)
    _make_folder(target)
    iterable: Any = files
    if progress:
        from tqdm import tqdm

        iterable = tqdm(files, desc="annotating", unit="file", file=sys.stderr)
    written = []
    for path in iterable:
        tml = read_timeml(path)
        mentions = tag(tml.document)
        output = target / path.relative_to(source)
        write_timeml(output, tml.document, mentions, dct=tml.dct)
        written.append(output)
    return written


def _make_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents), or raise a one-line :class:`InputError`."""
    if folder.exists() and not folder.is_dir():
        raise InputError("cannot write below it: it is not a folder", file=folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create the folder: {exc.strerror or exc}", file=folder) from None


def _run_annotate(args: argparse.Namespace) -> int:
    written = annotate_dir(args.in_dir, args.out_dir, progress=progress_enabled(args))
    if args.json:
        print(json.dumps({"count": len(written), "written": [str(p) for p in written]}, indent=2))
    if not getattr(args, "quiet", False):
        print(f"wrote {len(written)} TimeML files to {args.out_dir}", file=sys.stderr)
    return 0
