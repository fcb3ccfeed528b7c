"""Quickstart: tag one paragraph against a reference date and explain every date.

Run:  python examples/quickstart.py [--out FOLDER]

A time expression such as "on Tuesday" or "next month" only means something relative to the
date the text was written (its reference date). ``timeline.tag`` finds every time mention in
a text, normalises it to a TIMEX3 value and a calendar interval, and records how it got
there: ``mention.explain()`` says which rule fired and what the value was anchored to.

The script prints a table of the mentions and writes the same table as JSON into FOLDER
(default: examples/output/quickstart_mentions.json).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import timeline

HERE = Path(__file__).resolve().parent

# A paragraph as a news article published on Monday 2 December 2024 would phrase it: one
# absolute date, dates and a time relative to the publication date, a duration and a recurrence.
REFERENCE_DATE = "2024-12-02"
PARAGRAPH = (
    "NATO foreign ministers meet in Brussels on Tuesday at 10 a.m., a week after the end of November. "
    "Ukraine applied to join in September 2022, and ministers have met weekly for almost three "
    "years. Last Friday morning a new aid package was agreed; a decision on membership is "
    "expected next month or in the spring."
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE / "output", help="folder for the JSON table")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    # 1. tag: every time mention, resolved against the reference date
    mentions = timeline.tag(PARAGRAPH, reference_date=REFERENCE_DATE)

    # 2. one row per mention: what it says, what it means, and how that was decided
    rows = []
    for m in mentions:
        start, end = m.interval.iso() if m.interval else ("", "")
        rows.append(
            {
                "text": m.text,
                "offsets": [m.start, m.end],
                "type": m.type.value,  # DATE, TIME, DURATION or SET
                "value": m.value,  # the TIMEX3 value, None if unresolved
                "mod": m.mod,  # e.g. END for "the end of November"
                "interval": [start, end] if start else None,  # half-open [start, end)
                "rule": m.rule,
                "anchor": m.anchor.describe(),
                "explain": m.explain(),
            }
        )

    # 3. print the table; under each row, m.explain(): the rule that fired and the anchor
    print(f"Reference date {REFERENCE_DATE}: {len(rows)} time mentions\n")
    header = f"{'mention':22} {'type':9} {'value':15} interval [start, end)"
    print(header)
    print("-" * 90)
    for row in rows:
        interval = " – ".join(row["interval"]) if row["interval"] else "—"
        value = row["value"] + (f" {row['mod']}" if row["mod"] else "") if row["value"] else "unresolved"
        print(f"{row['text']:22} {row['type']:9} {value:15} {interval}")
        print(f"{'':4}↳ {row['explain']}")

    # 4. the same table as JSON, with the paragraph it came from
    target = args.out / "quickstart_mentions.json"
    payload = {"reference_date": REFERENCE_DATE, "text": PARAGRAPH, "mentions": rows}
    target.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {target}")


if __name__ == "__main__":
    main()
