"""Embed timeline figures in your own HTML report, sharing one copy of plotly.js.

Run:  python examples/embed_in_report.py [--out FOLDER]

``timeline.render.to_html(graph, full_html=False, ...)`` returns an HTML *fragment* (one
``<div>``) rather than a page, so the figures can go into a report of your own. plotly.js is
large (several MB), so a page should load it once: the first fragment inlines it
(``include_plotlyjs=True``) and every later one leaves it out (``include_plotlyjs=False``).
Each fragment gets its own ``div_id`` so that element ids do not clash.

The script builds the NATO–Ukraine event graph and writes FOLDER/embedded_report.html
(default FOLDER: examples/output/): a short write-up with the timeline, a table of the
events reported by several articles, and the event graph. It works offline.
"""

from __future__ import annotations

import argparse
import html
from pathlib import Path

import timeline
from timeline.render import to_html

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "nato_ukraine"

# The page around the fragments. Everything inserted into it is escaped with html.escape:
# titles, labels and sources come from the articles and must not become markup.
PAGE = """\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font-family: Georgia, "Times New Roman", serif; max-width: 72rem; margin: 1.5rem auto;
        padding: 0 1.5rem; color: #222; line-height: 1.5; }}
h1 {{ font-size: 1.9rem; margin-bottom: .2rem; }}
.byline {{ color: #666; margin-top: 0; }}
table {{ border-collapse: collapse; font-size: .9rem; margin: .5rem 0 1.5rem; }}
th, td {{ border-bottom: 1px solid #ddd; padding: .3rem .6rem; text-align: left; vertical-align: top; }}
th {{ background: #f3f3f3; }}
</style>
</head>
<body>
<h1>{title}</h1>
<p class="byline">{byline}</p>
<p>{intro}</p>
<h2>Timeline</h2>
<p>Each bar or marker is one event, placed by the dates the articles give for it; hover over
it to see which articles report it and how each date was resolved.</p>
{timeline_fragment}
<h2>Reported by several articles</h2>
<p>Events that more than one article mentions were merged into one; these are the ones the
coverage agrees on.</p>
{table}
<h2>How the events are linked</h2>
<p>Events in time order, with sequence edges (from dates and words such as "after") and causal
edges (from words such as "because").</p>
{graph_fragment}
</body>
</html>
"""


def events_table(graph: timeline.EventGraph, limit: int = 12) -> str:
    """An HTML table of the events with more than one source, every cell escaped."""
    # name each article by its outlet and publication date rather than by its id
    outlet = {d.id: f"{d.source or d.title or d.id} ({d.reference_date})" for d in graph.corpus}
    shared = [e for e in graph.events if len(e.sources) > 1][:limit]
    rows = "\n".join(
        f"<tr><td>{html.escape(e.value or '—')}</td><td>{html.escape(e.label)}</td>"
        f"<td>{'<br>'.join(html.escape(outlet.get(s, s)) for s in e.sources)}</td></tr>"
        for e in shared
    )
    return f"<table>\n<tr><th>date</th><th>event</th><th>reported by</th></tr>\n{rows}\n</table>"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE / "output", help="folder for the HTML report")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    # 1. the event graph of the five articles (as in nato_ukraine.py)
    corpus = timeline.Corpus.from_manifest(DATA / "manifest.csv")
    graph = timeline.build(corpus, gazetteer=DATA / "gazetteer.json")

    # 2. two fragments: the first carries plotly.js, the second relies on it
    timeline_fragment = to_html(
        graph, full_html=False, include_plotlyjs=True, figures=["timeline"], div_id="report-timeline"
    )
    graph_fragment = to_html(
        graph, full_html=False, include_plotlyjs=False, figures=["graph"], div_id="report-graph"
    )

    # 3. our own page around them; every piece of text we add is escaped
    first, last = min(d.reference_date for d in corpus), max(d.reference_date for d in corpus)
    page = PAGE.format(
        title=html.escape("Ukraine's road to NATO, as the news told it"),
        byline=html.escape(
            f"{len(corpus)} articles published {first.day} {first:%B %Y} – {last.day} {last:%B %Y}"
        ),
        intro=html.escape(
            f"The articles mention {len(graph.time_mentions)} dates, from the Budapest Memorandum "
            f"of 1994 to the summits of 2023 and 2024. timeline resolved them against each "
            f"article's publication date and found {len(graph.events)} events linked by "
            f"{len(graph.relations)} relations."
        ),
        timeline_fragment=timeline_fragment,
        table=events_table(graph),
        graph_fragment=graph_fragment,
    )
    target = args.out / "embedded_report.html"
    target.write_text(page, encoding="utf-8")

    # plotly.js is in the page once (the library is ~4 MB; check by its version banner)
    copies = page.count("plotly.js v")
    print(f"{len(graph.events)} events, {len(graph.relations)} relations; plotly.js included {copies}×")
    print(f"wrote {target} ({target.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
