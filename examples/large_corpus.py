"""A folder of thousands of articles: build the event graph with a progress bar, then summarise.

Run:  python examples/large_corpus.py [FOLDER] [--docs N] [--top N] [--out FOLDER]

FOLDER holds the articles, one of:

* a manifest (``manifest.csv`` or ``manifest.jsonl``) listing the files with their
  publication dates — see docs/howto/manifests.md;
* TimeML files (``.tml``/``.TE3input``), whose ``<DCT>`` is the publication date, e.g. the
  2,452 automatically annotated articles of TempEval-3 (tempeval3/silver);
* plain ``.txt`` files without dates: ``timeline.build`` then infers each publication date
  from the text (flagged as inferred).

Without FOLDER the script writes a synthetic news wire of ``--docs`` (default 2,000) short
dated articles into a temporary folder and uses that: the same stories are reported by many
articles, in words relative to each article's date ("yesterday", "on Tuesday", "on March 4"),
so the graph shows cross-document merging at scale. The synthetic wire is generated from a
fixed seed, so every run gives the same numbers.

It prints a summary (documents, time mentions, events, relations, documents per second) and
writes into --out (default: examples/output/):

* large_corpus_summary.json — the counts and the most-reported events;
* large_corpus_report.html — the report page of the --top (default 40) events reported by the
  most articles (a report of every event of a big corpus would be too long to read).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import tempfile
import time
from pathlib import Path

import timeline
from timeline.io.timeml import find_timeml_files, read_timeml

HERE = Path(__file__).resolve().parent

# ----------------------------------------------------------------------------- synthetic wire

# Storylines of an invented region, each a list of (date, sentence without its date).
STORIES = {
    "port": [
        ("2023-02-06", "Dock workers in Marenza walked out over pay"),
        ("2023-02-20", "The port authority offered a four percent rise"),
        ("2023-03-14", "Unions and the port authority signed a new contract"),
        ("2023-09-05", "A container ship ran aground at the harbour entrance"),
        ("2024-04-07", "Marenza voted to keep its port in public hands"),
    ],
    "bridge": [
        ("2023-05-02", "Engineers closed the old Lenn bridge after finding cracks"),
        ("2023-06-19", "The regional council approved money for a new bridge"),
        ("2023-11-27", "Construction of the new Lenn bridge began"),
        ("2024-10-15", "The new Lenn bridge opened to traffic"),
    ],
    "election": [
        ("2024-01-09", "Prime minister Ilse Varga called an early election"),
        ("2024-02-25", "Valdoria voted in a snap parliamentary election"),
        ("2024-03-12", "Ilse Varga formed a coalition with the Greens"),
        ("2024-06-03", "The new government presented its first budget"),
    ],
    "flood": [
        ("2023-08-02", "The river Lenn flooded the lower town of Marenza"),
        ("2023-08-09", "The government declared a state of emergency in Marenza"),
        ("2023-10-30", "Parliament approved a reconstruction fund for the flooded towns"),
    ],
    "trade": [
        ("2023-04-18", "Valdoria and Ostrel opened talks on a trade agreement"),
        ("2023-12-06", "Negotiators from Valdoria and Ostrel agreed on tariffs"),
        ("2024-05-22", "Leaders of Valdoria and Ostrel signed the trade agreement in Lindholm"),
        ("2024-09-01", "The trade agreement between Valdoria and Ostrel entered into force"),
    ],
}
OUTLETS = ("Marenza Herald", "Valdoria Wire", "Ostrel Daily", "Lenn Valley News")
CLOSINGS = (
    "Officials declined to comment.",
    "Talks are expected to continue next month.",
    "The ministry said it would publish details next week.",
    "Critics said the decision came too late.",
)
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def date_phrase(day: dt.date, published: dt.date, rng: random.Random) -> str:
    """How a reporter writing on ``published`` would refer to ``day``."""
    ago = (published - day).days
    if ago == 0:
        return "today"
    if ago == 1:
        return "yesterday"
    if ago < 7:
        return f"on {WEEKDAYS[day.weekday()]}"
    if day.year == published.year:
        return f"on {MONTHS[day.month - 1]} {day.day}"
    if rng.random() < 0.5:
        return f"in {MONTHS[day.month - 1]} {day.year}"
    return f"on {MONTHS[day.month - 1]} {day.day}, {day.year}"


def write_synthetic_wire(folder: Path, n_docs: int, seed: int = 2024) -> Path:
    """Write ``n_docs`` short dated articles and their manifest.csv into ``folder``."""
    rng = random.Random(seed)
    rows = []
    for i in range(n_docs):
        story = STORIES[rng.choice(sorted(STORIES))]
        # an article reports the latest development of its story, days to weeks after it,
        # and recalls one or two earlier ones
        latest = rng.randrange(len(story))
        published = dt.date.fromisoformat(story[latest][0]) + dt.timedelta(
            days=rng.choice((0, 1, 2, 3, 5, 9, 20))
        )
        earlier = rng.sample(range(latest), k=min(latest, rng.choice((1, 2))))
        sentences = []
        for j in [latest, *sorted(earlier, reverse=True)]:
            day, what = dt.date.fromisoformat(story[j][0]), story[j][1]
            sentences.append(f"{what} {date_phrase(day, published, rng)}.")
        sentences.append(rng.choice(CLOSINGS))
        name = f"wire-{i:05d}.txt"
        (folder / name).write_text(" ".join(sentences) + "\n", encoding="utf-8")
        rows.append({"path": name, "reference_date": published.isoformat(), "source": rng.choice(OUTLETS)})
    manifest = folder / "manifest.csv"
    with manifest.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=["path", "reference_date", "source"])
        writer.writeheader()
        writer.writerows(rows)
    return manifest


# ----------------------------------------------------------------------------- loading


def load_folder(folder: Path) -> timeline.Corpus:
    """A corpus from a manifest, TimeML files or plain .txt files (in that order of preference)."""
    for name in ("manifest.csv", "manifest.jsonl"):
        if (folder / name).is_file():
            return timeline.Corpus.from_manifest(folder / name)
    timeml = find_timeml_files(folder)
    if timeml:
        return timeline.Corpus(tuple(read_timeml(path).document for path in timeml))
    texts = sorted(folder.rglob("*.txt"))
    if not texts:
        raise SystemExit(f"{folder}: no manifest, .tml or .txt files")
    return timeline.Corpus(
        tuple(
            timeline.Document(
                path.relative_to(folder).with_suffix("").as_posix(), path.read_text(encoding="utf-8")
            )
            for path in texts
        )
    )


# ----------------------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?", help="folder of articles (default: a synthetic wire)")
    parser.add_argument("--docs", type=int, default=2000, help="size of the synthetic wire")
    parser.add_argument("--top", type=int, default=40, help="events in the report page")
    parser.add_argument("--out", type=Path, default=HERE / "output", help="folder for the summary and report")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="timeline-wire-") as tmp:
        # 1. the articles: the given folder, or a synthetic wire in a temporary folder
        folder = args.folder
        if folder is None:
            folder = Path(tmp)
            write_synthetic_wire(folder, args.docs)
            print(f"wrote {args.docs} synthetic articles into {folder}")
        corpus = load_folder(folder)

        # 2. the whole pipeline, with a tqdm progress bar for the per-document time layer
        started = time.perf_counter()
        graph = timeline.build(corpus, progress=True)
        seconds = time.perf_counter() - started

    # 3. the summary
    n_docs = len(corpus)
    resolved = sum(1 for m in graph.time_mentions if m.value is not None)
    merged = [e for e in graph.events if len(e.sources) > 1]
    inferred = sum(1 for d in graph.corpus if d.reference_date_inferred)
    summary = {
        "folder": folder.name if args.folder is not None else f"synthetic wire ({args.docs} articles)",
        "documents": n_docs,
        "reference_dates_inferred": inferred,
        "time_mentions": len(graph.time_mentions),
        "time_mentions_resolved": resolved,
        "events": len(graph.events),
        "events_dated": sum(1 for e in graph.events if e.interval is not None),
        "events_reported_by_several_documents": len(merged),
        "relations": len(graph.relations),
        "causal_relations": sum(1 for r in graph.relations if r.kind == "causal"),
    }
    print(f"\n{n_docs} documents in {seconds:.1f} s ({n_docs / seconds:.0f} docs/s)")
    for key, value in summary.items():
        if key != "folder":
            print(f"  {key.replace('_', ' '):38} {value:>8}")

    # 4. the events reported by the most documents (ties: earliest first, then by id)
    top = sorted(merged, key=lambda e: (-len(e.sources), e.interval is None, e.value or "", e.id))[: args.top]
    summary["most_reported_events"] = [
        {"id": e.id, "value": e.value, "label": e.label, "documents": len(e.sources)} for e in top[:20]
    ]
    print("\nmost reported events:")
    for e in top[:8]:
        print(f"  {len(e.sources):5} documents  {e.value or 'undated':12} {e.label}")

    summary_path = args.out / "large_corpus_summary.json"
    summary_path.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    report_path = timeline.report(
        graph.subgraph(events=[e.id for e in top]),
        args.out / "large_corpus_report.html",
        title=f"The {len(top)} most reported events of {n_docs} articles",
    )
    print(f"\nwrote {summary_path} and {report_path}")


if __name__ == "__main__":
    main()
