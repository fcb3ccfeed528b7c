"""Time expressions on MEANTIME: modern English news (Wikinews, 2004-2011), annotated by
other people than TimeBank's, a check that the tagger generalises beyond TBAQ-cleaned.

MEANTIME is token-based (NAF/CAT XML): the text is rebuilt from its tokens with the usual
spacing (no space before "," "." "'s" ")" …), each TIMEX3 gets the character span of its
tokens, and the document creation time (``functionInDocument="CREATION_TIME"``) is the
reference date (its dateline in the text is a gold mention like any other). Empty TIMEX3
(``TAG_DESCRIPTOR``, no tokens) are not text and not scored. MEANTIME annotates time
expressions in the title and first five sentences only: those are scored (the whole text is
tagged).
Scoring is the project's TempEval-3 scorer (``timeline.eval``), as on TBAQ-cleaned.

    python benchmarks/meantime_timex.py [--errors N] [--json OUT]

Skips with a message when ../shared is absent; the project never needs it at run time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from xml.etree import ElementTree

from timeline import Document, infer_reference_date, tag
from timeline.eval.scoring import Extent, TimexScore, score_timex_extents

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TIMELINE_SHARED", ROOT.parent / "shared")).resolve()
MEANTIME = SHARED / "corpora" / "meantime"

#: tokens written without a space before them
_NO_SPACE_BEFORE = {
    ",",
    ".",
    ";",
    ":",
    "!",
    "?",
    ")",
    "]",
    "}",
    "%",
    "'s",
    "’s",
    "n't",
    "'",
    "''",
    "”",
    "'re",
    "'ve",
    "'ll",
    "'d",
    "'m",
}
#: tokens written without a space after them
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "“", "#"}


#: MEANTIME annotates time expressions in the title and the first sentences only (0-5)
ANNOTATED_SENTENCES = 6


def read_meantime_timex(path: Path) -> tuple[Document, list[Extent], int]:
    """The document (text rebuilt from tokens, DCT as reference date), its gold TIMEX3, and
    where the annotated part of the text (the first sentences) ends."""
    root = ElementTree.parse(path).getroot()  # the corpus is trusted local data shipped with the repo's peers
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    pos = 0
    previous: str | None = None
    last_sentence = None
    annotated_end = 0
    for token in root.iter("token"):
        text = token.text or ""
        sentence = token.get("sentence")
        if parts:
            if sentence != last_sentence:
                sep = "\n"
            elif text in _NO_SPACE_BEFORE or previous in _NO_SPACE_AFTER:
                sep = ""
            else:
                sep = " "
            parts.append(sep)
            pos += len(sep)
        offsets[token.get("t_id", "")] = (pos, pos + len(text))
        parts.append(text)
        pos += len(text)
        previous, last_sentence = text, sentence
        if sentence is not None and sentence.isdigit() and int(sentence) < ANNOTATED_SENTENCES:
            annotated_end = pos
    text = "".join(parts)
    gold: list[Extent] = []
    reference: dt.date | None = None
    markables = root.find("Markables")
    for element in markables if markables is not None else ():
        if element.tag != "TIMEX3":
            continue
        if element.get("functionInDocument") == "CREATION_TIME":
            try:
                reference = dt.date.fromisoformat((element.get("value") or "")[:10])
            except ValueError:
                reference = None
            # the dateline in the text is the creation time's mention: scored like any other
        spans = [offsets[a.get("t_id", "")] for a in element.iter("token_anchor") if a.get("t_id") in offsets]
        if not spans:
            continue
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        gold.append(Extent(start, end, text[start:end], element.get("type"), element.get("value")))
    gold.sort(key=lambda e: (e.start, e.end))
    return Document(path.stem, text, reference), gold, annotated_end


def files() -> list[Path]:
    return sorted(MEANTIME.glob("corpus_*/*.xml")) if MEANTIME.exists() else []


def evaluate(paths: Sequence[Path]) -> tuple[TimexScore, list[dict[str, object]], dict[str, dt.date | None]]:
    total = TimexScore()
    errors: list[dict[str, object]] = []
    inferred_dates: dict[str, dt.date | None] = {}
    for path in paths:
        document, gold, annotated_end = read_meantime_timex(path)
        if document.reference_date is None:  # two articles have no creation time: infer it, as a user would
            inferred = infer_reference_date(document).date
            document = Document(document.id, document.text, inferred)
            inferred_dates[document.id] = inferred
        # the whole text is tagged (context matters); only the annotated sentences are scored
        system = [
            Extent(m.start, m.end, m.text, m.type.value, m.value)
            for m in tag(document)
            if m.start < annotated_end
        ]
        score, mismatches = score_timex_extents(document.text, gold, system, doc_id=document.id)
        total = total + score
        for mismatch in mismatches:
            item = mismatch.to_dict()
            anchor = mismatch.gold or mismatch.system
            assert anchor is not None
            item["context"] = document.text[max(0, anchor.start - 70) : anchor.end + 40].replace("\n", " ")
            item["reference_date"] = str(document.reference_date)
            errors.append(item)
    return total, errors, inferred_dates


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", type=int, default=0, help="print this many errors")
    parser.add_argument("--json", type=Path, help="write the scores and every error here")
    args = parser.parse_args(argv)
    paths = files()
    if not paths:
        print(f"MEANTIME not found under {MEANTIME}: skipped (it ships in ../shared/corpora/meantime)")
        return 0
    score, errors, inferred = evaluate(paths)
    print(f"MEANTIME TIMEX3 ({len(paths)} documents, {score.gold} gold, {score.system} system)")
    for doc_id, date in inferred.items():
        print(f"  {doc_id}: no creation time in the corpus; inferred reference date {date}")
    print(f"  strict F1 {score.strict_f1:.3f}  relaxed F1 {score.relaxed_f1:.3f}  "
          f"type F1 {score.type_f1:.3f}  value F1 {score.value_f1:.3f}")  # fmt: skip
    for item in errors[: args.errors]:
        g, s = item.get("gold"), item.get("system")
        print(
            f"  {item['doc_id']} [{item['kind']} {','.join(item['issues'])}] gold={g} system={s}\n      …{item['context']}…"
        )  # type: ignore[index]
    if args.json:
        args.json.write_text(
            json.dumps({"score": score.to_dict(), "errors": errors}, indent=1), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
