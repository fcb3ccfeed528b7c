"""``timeline tag``: print the time mentions of a file or of every article in a manifest."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from timeline.cli._util import progress_enabled
from timeline.errors import InputError
from timeline.model import Corpus, Document

__all__ = ["register"]

EXAMPLES = """examples:
  timeline tag article.txt --ref 2024-12-02
  timeline tag article.txt --ref 2024-12-02 --json
  echo "NATO meets on Tuesday." | timeline tag - --ref 2024-12-02
  timeline tag --manifest examples/data/nato_ukraine/manifest.csv \\
      --gazetteer examples/data/nato_ukraine/gazetteer.json --json > mentions.json
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``tag`` subcommand.

    Example:
        >>> parser = argparse.ArgumentParser(prog="timeline")
        >>> register(parser.add_subparsers(dest="command"))
        >>> parser.parse_args(["tag", "a.txt", "--ref", "2024-12-02", "--json"]).json
        True
    """
    p = sub.add_parser(
        "tag",
        help="find and normalise the time expressions of a text or a corpus",
        description="Find every time expression, normalise it to TIMEX3 and say how it was resolved.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("file", nargs="?", type=Path, help="a UTF-8 text file ('-' for standard input)")
    p.add_argument("--ref", metavar="YYYY-MM-DD", help="reference (publication) date of FILE")
    p.add_argument("--manifest", type=Path, help="a CSV or JSON Lines manifest of articles instead of FILE")
    p.add_argument(
        "--gazetteer", action="append", type=Path, default=[], metavar="FILE",
        help="named-event gazetteer (JSON, JSON Lines or CSV); repeatable",
    )  # fmt: skip
    p.add_argument(
        "--no-infer", action="store_true", help="do not infer missing reference dates (they stay empty)"
    )
    p.add_argument("--json", action="store_true", help="machine-readable JSON output")
    p.set_defaults(func=run)


def _read_file(path: Path, ref: str | None) -> Document:
    from timeline.io.manifest import parse_iso_date

    reference = parse_iso_date(ref, field="--ref") if ref else None
    if str(path) == "-":
        return Document("stdin", sys.stdin.read(), reference)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError("file not found", file=path) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", file=path) from None
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(
            f"not valid UTF-8 (byte {raw[exc.start]:#04x} at offset {exc.start})", file=path, line=line
        ) from None
    return Document(path.stem, text, reference)


def run(args: argparse.Namespace) -> int:
    """Tag and print (a progress bar on stderr for a manifest, unless ``--quiet``).

    Example:
        >>> run(argparse.Namespace(file=None, manifest=None))
        Traceback (most recent call last):
        ...
        timeline.errors.InputError: give either FILE or --manifest M (see timeline tag --help)
    """
    from timeline.anchors.corpus import tag_corpus

    if (args.file is None) == (args.manifest is None):
        raise InputError("give either FILE or --manifest M (see timeline tag --help)")
    if args.manifest is not None:
        if args.ref:
            raise InputError("--ref applies to FILE; a manifest gives each article's reference_date")
        corpus = Corpus.from_manifest(args.manifest)
    else:
        corpus = Corpus((_read_file(args.file, args.ref),))
    tagged = tag_corpus(
        corpus,
        gazetteer=args.gazetteer or None,
        infer_reference_date=not args.no_infer,
        progress=args.manifest is not None and progress_enabled(args),
    )
    if args.json:
        json.dump({"documents": [t.to_dict() for t in tagged]}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for t in tagged:
        doc = t.document
        ref = doc.reference_date.isoformat() if doc.reference_date else "none"
        flag = " (inferred)" if doc.reference_date_inferred else ""
        print(f"# {doc.id}  reference date {ref}{flag}  {len(t.mentions)} mention(s)")
        for m in t.mentions:
            value = m.value if m.value is not None else "—"
            mod = f" {m.mod}" if m.mod else ""
            how = m.anchor.describe() if m.value is not None else (m.reason or "unresolved")
            print(f"{m.start:>7}-{m.end:<7} {m.text!r:36} {m.type.value:8} {value}{mod}  [{m.rule}; {how}]")
    return 0
