"""Reference-date inference with each document's DCT hidden: coverage and accuracy.

Usage::

    python benchmarks/reference_dates.py [--latest YYYY-MM-DD] [--errors N]

For each corpus present (TempEval-3 TBAQ-cleaned; MEANTIME English, its text rebuilt from
tokens with the headline and the date line on lines of their own), every document's
reference date is hidden and :func:`timeline.anchors.infer_reference_date` is asked for it.
Printed: documents, coverage (share committed) and, among committed documents, the share
exactly right, within 7 days, and in the right year. Absent corpora are skipped. The
corpora are read from ``../shared`` beside the repo, or ``$TIMELINE_SHARED``.

Then the seed articles (examples/data/nato_ukraine) with their dates hidden: the rank of the
true date among the candidates, and what was committed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from timeline.anchors import infer_reference_date  # noqa: E402
from timeline.model import Document  # noqa: E402

SHARED = Path(os.environ.get("TIMELINE_SHARED", REPO.parent / "shared")).resolve()
TBAQ = SHARED / "corpora" / "tempeval3" / "TBAQ-cleaned"
MEANTIME = SHARED / "corpora" / "meantime"


def tbaq_documents() -> Iterator[Document]:
    """TBAQ-cleaned documents (TEXT only) with their gold DCT as reference date."""
    from timeline.io.timeml import find_timeml_files, read_timeml

    for path in find_timeml_files(TBAQ):
        doc = read_timeml(path).document
        if doc.reference_date is not None:
            yield doc


_NO_SPACE_BEFORE = re.compile(r"^(?:[.,;:!?%)\]}”’]|'s|n't|'re|'ve|'ll|'d|'m|’s)$", re.IGNORECASE)
_NO_SPACE_AFTER = {"(", "[", "{", "“", "$", "‘"}


def _detokenize(tokens: list[str]) -> str:
    out = ""
    for tok in tokens:
        if out and not _NO_SPACE_BEFORE.match(tok) and out[-1] not in _NO_SPACE_AFTER:
            out += " "
        out += tok
    return out


def meantime_documents() -> Iterator[Document]:
    """MEANTIME English articles: text rebuilt from tokens; DCT from the CREATION_TIME TIMEX3."""
    from defusedxml import ElementTree

    for path in sorted(MEANTIME.glob("corpus_*/*.xml")):
        root = ElementTree.parse(path).getroot()
        if root.get("lang", "en") != "en":
            continue
        sentences: dict[int, list[str]] = {}
        for tok in root.iter("token"):
            sentences.setdefault(int(tok.get("sentence", "0")), []).append(tok.text or "")
        dct: dt.date | None = None
        for timex in root.iter("TIMEX3"):
            if timex.get("functionInDocument") == "CREATION_TIME" and timex.get("value"):
                try:
                    dct = dt.date.fromisoformat(timex.get("value", "")[:10])
                except ValueError:
                    dct = None
        if dct is None:
            continue
        order = sorted(sentences)
        lines = [_detokenize(sentences[i]) for i in order[:2]]
        body = " ".join(_detokenize(sentences[i]) for i in order[2:])
        yield Document(root.get("doc_id", path.stem), "\n".join([*lines, body]), dct)


def evaluate(documents: list[Document], latest: dt.date | None, errors: int, name: str) -> dict[str, float]:
    """Infer every document's date with it hidden; return the counts and shares."""
    committed = exact = week = year = 0
    shown = 0
    for doc in documents:
        gold = doc.reference_date
        assert gold is not None
        result = infer_reference_date(attrs.evolve(doc, reference_date=None), latest=latest)
        if result.date is None:
            continue
        committed += 1
        gap = abs((result.date - gold).days)
        exact += gap == 0
        week += gap <= 7
        year += result.date.year == gold.year
        if gap > 7 and shown < errors:
            shown += 1
            print(
                f"  [{name}] {doc.id}: gold {gold} inferred {result.date} ({result.reason})", file=sys.stderr
            )
    n = len(documents)
    share = (lambda k: k / committed) if committed else (lambda k: 0.0)
    return {
        "docs": n,
        "committed": committed,
        "coverage": committed / n if n else 0.0,
        "exact": share(exact),
        "week": share(week),
        "year": share(year),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latest", type=dt.date.fromisoformat, default=None, help="latest plausible date")
    parser.add_argument("--errors", type=int, default=0, help="print up to N wrong commitments per corpus")
    args = parser.parse_args(argv)
    rows: list[tuple[str, dict[str, float]]] = []
    for name, path, loader in (
        ("TBAQ-cleaned", TBAQ, tbaq_documents),
        ("MEANTIME (en)", MEANTIME, meantime_documents),
    ):
        if not path.exists():
            print(f"skipping {name}: {path} not present", file=sys.stderr)
            continue
        rows.append((name, evaluate(list(loader()), args.latest, args.errors, name)))
    header = (
        f"{'corpus':<16}{'docs':>6}{'committed':>11}{'coverage':>10}{'exact':>8}{'≤7 days':>9}{'year':>7}"
    )
    print(header)
    print("-" * len(header))
    for name, r in rows:
        print(
            f"{name:<16}{r['docs']:>6}{r['committed']:>11}{r['coverage']:>10.1%}{r['exact']:>8.1%}"
            f"{r['week']:>9.1%}{r['year']:>7.1%}"
        )
    print()
    print(seed_ranks(args.latest or dt.date.today()))
    return 0


def seed_ranks(latest: dt.date) -> str:
    """One line per seed article: the rank of its true date among the inferred candidates."""
    from timeline.model import Corpus

    corpus = Corpus.from_manifest(REPO / "examples" / "data" / "nato_ukraine" / "manifest.csv")
    lines = ["seed articles, date hidden: rank of the true date among the candidates"]
    for doc in corpus:
        gold = doc.reference_date
        result = infer_reference_date(attrs.evolve(doc, reference_date=None), latest=latest)
        days = [d for d, _ in result.candidates]
        rank = f"#{days.index(gold) + 1}" if gold in days else "not listed"
        lines.append(
            f"  {doc.id[:3]} {gold}: {rank:>10} of {len(days)}; committed {result.date or 'nothing'}"
            f" ({result.reason[:70]})"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
