"""The headline example: five news articles on Ukraine's NATO bid → an explained event timeline.

Run:  python examples/nato_ukraine.py [--out FOLDER]

It loads the five seed articles with their publication dates (data/nato_ukraine/manifest.csv)
and a small gazetteer of named events (the Bucharest, Vilnius and Washington summits, the
Budapest Memorandum), builds the cross-document event graph, and writes three
self-contained, offline HTML pages into FOLDER (default: examples/output/):

* nato_ukraine_timeline.html — the interactive timeline (hover an event for its sources and
  for how each date was resolved);
* nato_ukraine_graph.html — events by time with sequence and causal edges;
* nato_ukraine_report.html — timeline, graph, a sortable table of events with sources, the
  time mentions that could not be resolved, and the list of articles.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import timeline
from timeline import render

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "nato_ukraine"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE / "output", help="folder for the HTML pages")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    # 1. the articles, each with its own reference (publication) date
    corpus = timeline.Corpus.from_manifest(DATA / "manifest.csv")

    # 2. time mentions → named events → events → merged across articles → graph
    graph = timeline.build(corpus, gazetteer=DATA / "gazetteer.json")

    # 3. a few dates and how they were resolved (every date can be explained)
    for mention in graph.time_mentions[:8]:
        print(f"  {mention.doc_id[:3]}  {mention.explain()}")
    print(f"{len(corpus)} articles → {len(graph.events)} events, {len(graph.relations)} relations")

    # 4. the pages
    title = "Ukraine and NATO membership, 1994–2025"
    timeline_page = render.write_html(
        graph, args.out / "nato_ukraine_timeline.html", figures=["timeline"], title=title
    )
    graph_page = render.write_html(
        graph, args.out / "nato_ukraine_graph.html", figures=["graph"], title=title
    )
    report_page = render.report(graph, args.out / "nato_ukraine_report.html", title=title)
    for page in (timeline_page, graph_page, report_page):
        print(f"wrote {page}")


if __name__ == "__main__":
    main()
