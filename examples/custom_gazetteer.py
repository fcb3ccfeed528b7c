"""Your own gazetteer: date the named events of a story that no calendar rule can resolve.

Run:  python examples/custom_gazetteer.py [--out FOLDER]

Phrases such as "the Harbour Accord" or "the Lindholm talks" are dates to a reader who knows
the story, but not to a tagger. A gazetteer lists such named events with their dates. This
script

1. writes a small gazetteer for a made-up story (a harbour dispute between two invented
   countries, Valdoria and Ostrel) as CSV, with the aliases of each event separated by ``|``;
2. loads it with ``timeline.Gazetteer.load``;
3. tags three short articles with ``timeline.tag_corpus(..., gazetteer=...)``;
4. prints which named events (temponyms) resolved through which gazetteer entry — and which
   were dated by another article of the corpus instead (a learned *binding*).

Into FOLDER (default: examples/output/) it writes the gazetteer (marenza_gazetteer.csv) and
the resolutions (marenza_temponyms.json).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import timeline
from timeline import AnchorKind

HERE = Path(__file__).resolve().parent

# The gazetteer: one named event per line. ``start`` and ``end`` are ISO dates, ``end`` is
# inclusive; ``aliases`` holds the other names articles use, separated by "|".
GAZETTEER_CSV = """\
name,aliases,start,end,kind,description
Harbour Accord,Marenza Harbour Accord|Marenza accord|harbour deal,2019-03-14,2019-03-14,treaty,Valdoria and Ostrel agree to share the port of Marenza
Great Flood,Marenza flood|2021 flood,2021-08-02,2021-08-09,disaster,The river Lenn floods the lower town of Marenza
Lindholm summit,Lindholm talks|summit in Lindholm,2023-05-22,2023-05-24,summit,Leaders of Valdoria and Ostrel meet at Lindholm castle
Port referendum,harbour referendum|2024 port referendum,2024-04-07,2024-04-07,vote,Marenza votes on the future of the port
"""

# Three articles with their publication (reference) dates. The "Vesna conference" is not in
# the gazetteer: the third article dates it ("in March 2024"), and the first learns it from there.
ARTICLES = {
    "marenza-herald": (
        "2024-06-10",
        "Five years after the Harbour Accord, dock workers in Marenza say little has changed. "
        "The port referendum was meant to settle the matter, but since the Great Flood the lower "
        "town has emptied, and the recent Vesna conference brought no money. Officials promise "
        "new talks before the summer.",
    ),
    "ostrel-daily": (
        "2024-11-18",
        "Ostrel's prime minister recalled the Lindholm talks and the Marenza flood of 2021 on "
        "Friday, and said the harbour deal would be renegotiated next year.",
    ),
    "valdoria-wire": (
        "2024-04-01",
        "The Vesna conference in March 2024 ended without a deal. Delegates from Valdoria said "
        "the summit in Lindholm had raised hopes that the Marenza accord could be extended.",
    ),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE / "output", help="folder for the CSV and JSON")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    # 1. write the gazetteer, 2. load it (any mistake raises timeline.InputError naming the line)
    gazetteer_path = args.out / "marenza_gazetteer.csv"
    gazetteer_path.write_text(GAZETTEER_CSV, encoding="utf-8")
    gazetteer = timeline.Gazetteer.load(gazetteer_path)
    print(f"loaded {len(gazetteer)} named events from {gazetteer_path.name}:")
    for entry in gazetteer:
        print(f"  {entry.name:16} {entry.start} – {entry.end}  aliases: {', '.join(entry.aliases)}")

    # 3. tag the articles; named events are resolved against the gazetteer and the corpus
    corpus = timeline.Corpus.from_texts(
        [text for _, text in ARTICLES.values()],
        reference_dates=[date for date, _ in ARTICLES.values()],
        ids=list(ARTICLES),
    )
    tagged = timeline.tag_corpus(corpus, gazetteer=gazetteer)

    # 4. the temponyms: mentions anchored to a gazetteer entry or to a learned binding
    #    (the others were resolved by calendar rules from the text and the reference date)
    by_entry: dict[str, list[dict[str, object]]] = {entry.name: [] for entry in gazetteer}
    learned: list[dict[str, object]] = []
    other = 0
    for item in tagged:
        for m in item.mentions:
            row = {"doc": item.document.id, "text": m.text, "value": m.value, "explain": m.explain()}
            if m.anchor.kind is AnchorKind.GAZETTEER:
                by_entry[str(m.anchor.value)].append(row)
            elif m.anchor.kind is AnchorKind.BINDING:
                learned.append({**row, "binding": m.anchor.value, "learned_from": m.anchor.doc})
            else:
                other += 1

    print("\nnamed events resolved through the gazetteer:")
    for name, rows in by_entry.items():
        print(f"  {name}: {len(rows)} mention(s)")
        for row in rows:
            print(f"    {row['doc']:15} {str(row['text'])!r:28} → {row['value']}")
    print("\nnamed events dated by another article (bindings learned from the corpus):")
    for row in learned:
        print(
            f"    {row['doc']:15} {str(row['text'])!r:28} → {row['value']}  (learned from {row['learned_from']})"
        )
    print(f"\n{other} other time mentions were resolved by calendar rules.")

    target = args.out / "marenza_temponyms.json"
    payload = {"gazetteer": gazetteer_path.name, "entries": by_entry, "bindings": learned}
    target.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {gazetteer_path} and {target}")


if __name__ == "__main__":
    main()
