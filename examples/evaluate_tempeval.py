"""Score the temporal tagger against gold TimeML (TempEval-3 metrics).

Run:  python examples/evaluate_tempeval.py [GOLD_FOLDER] [--mode tempeval|overlap] [--out FOLDER]

GOLD_FOLDER holds TimeML files (``.tml`` or ``.TE3input``, searched recursively) with a
document creation time (``<DCT>``) and gold ``<TIMEX3>`` annotations, e.g. TimeBank and
AQUAINT (TBAQ-cleaned) or TE3-Platinum. It defaults to tests/data/tempeval_mini, three small
hand-written articles.

``timeline.eval.evaluate_tagger`` reads each gold file, tags its plain text with the DCT as
reference date (in memory: nothing is written next to the gold files) and scores the tagger's
time mentions against the gold ones: strict and relaxed extent matching, then the accuracy of
the TIMEX3 type and of the normalised value — the score that says whether dates were
*resolved* correctly. The script prints the table and the first errors, and writes every
score and every error as JSON into FOLDER (default: examples/output/tempeval_scores.json).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from timeline.eval import MODES, evaluate_tagger

HERE = Path(__file__).resolve().parent
MINI = HERE.parent / "tests" / "data" / "tempeval_mini"

#: per-document lines are printed for folders up to this size (TBAQ-cleaned has 256 files)
PER_DOCUMENT_LIMIT = 20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, nargs="?", default=MINI, help="folder of gold TimeML files")
    parser.add_argument(
        "--mode", choices=MODES, default="tempeval", help="token (tempeval) or character matching"
    )
    parser.add_argument("--out", type=Path, default=HERE / "output", help="folder for the JSON scores")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    # 1. tag every gold text against its DCT and score it (a progress bar on stderr)
    result = evaluate_tagger(args.gold, mode=args.mode, progress=True)

    # 2. the overall table (and one line per document for small folders)
    print(result.format_table(per_document=len(result.documents) <= PER_DOCUMENT_LIMIT))

    # 3. error analysis: what kind of errors, and the first few of them
    errors = result.mismatches
    kinds = Counter(m.kind if m.kind != "mismatch" else "wrong " + "+".join(m.issues) for m in errors)
    summary = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items())) or "none"
    print(f"\nerrors ({len(errors)}): {summary}")
    for m in errors[:10]:
        print(f"  {m.describe()}")
    if len(errors) > 10:
        print(f"  … and {len(errors) - 10} more in the JSON file")

    # 4. everything as JSON: scores, per-document scores and every error
    target = args.out / "tempeval_scores.json"
    payload = {"gold": args.gold.name, **result.to_dict()}
    target.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {target}")


if __name__ == "__main__":
    main()
