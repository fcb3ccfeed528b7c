"""Small hand-built graphs for demos, tests and benchmarks (no pipeline needed).

:func:`example_graph` is the NATO–Ukraine story of ``examples/data/nato_ukraine`` from the
1994 Budapest Memorandum to 2025, with the kinds of dates the renderer must show (days,
multi-day meetings, a year, "end of November", an approximate date, a negated and a
hypothetical event, an unresolved mention). :func:`synthetic_graph` makes any number of
random-but-reproducible events for benchmarks.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random

from timeline.graph import EventGraph
from timeline.model import (
    Anchor,
    AnchorKind,
    Corpus,
    Document,
    Event,
    EventMention,
    Evidence,
    Granularity,
    Interval,
    Relation,
    TimeMention,
    TimexType,
)

__all__ = ["example_graph", "synthetic_graph"]

_DOCS = (
    ("000", "2024-12-03", "WSJ: US and Germany reject Ukraine's NATO membership over fear of Russia",
     "Caliber.Az (citing The Wall Street Journal)"),
    ("001", "2024-12-02", "NATO will not offer Ukraine membership at this week’s meeting - Reuters",
     "Ukrainian news site (citing Reuters)"),
    ("002", "2024-10-16", "NATO shows no sign of inviting Ukraine soon", "unknown outlet"),
    ("003", "2023-04-04", "NATO treads fine line on Ukraine membership", "London Daily (republishing POLITICO)"),
    ("004", "2024-12-03", "NATO leader sidesteps discussion on Ukraine’s membership", "news site (BRUSSELS dateline)"),
)  # fmt: skip


def _tm(
    doc: str, text: str, value: str | None, start: str, end: str, gran: Granularity, anchor: Anchor, rule: str,
    mod: str | None = None,
) -> TimeMention:  # fmt: skip
    return TimeMention(
        0, len(text), text, TimexType.DATE, value, mod=mod, interval=Interval.from_iso(start, end),
        granularity=gran, anchor=anchor, rule=rule, doc_id=doc,
    )  # fmt: skip


def example_graph() -> EventGraph:
    """Ten events from 1994 to 2025 across five articles, with sequence and causal edges.

    Example:
        >>> g = example_graph()
        >>> len(g.events), len(g.corpus), g.events[0].interval.start.year
        (10, 5, 1994)
    """
    corpus = Corpus(
        tuple(
            Document(
                doc_id, f"{title}\n\n(article text)", dt.date.fromisoformat(ref), title=title, source=source
            )
            for doc_id, ref, title, source in _DOCS
        )
    )
    ref = {
        d.id: Anchor(AnchorKind.REFERENCE_DATE, d.reference_date.isoformat() if d.reference_date else None)
        for d in corpus
    }
    day, month, year = Granularity.DAY, Granularity.MONTH, Granularity.YEAR
    rows = [
        # id, label, doc, sentence, time mention, actors, polarity, modality, mod
        ("e01", "Budapest Memorandum signed", "004",
         "Ukraine gave up its nuclear arsenal under the Budapest Memorandum three decades ago.",
         _tm("004", "three decades ago", "1994-12-05", "1994-12-05", "1994-12-06", day,
             Anchor(AnchorKind.GAZETTEER, "Budapest Memorandum"), "gazetteer"), ("Ukraine",), "POS", None),
        ("e02", "Bucharest pledge", "003",
         "At the 2008 Bucharest summit NATO declared that Ukraine will become a member.",
         _tm("003", "2008 Bucharest summit", "2008-04-02/2008-04-04", "2008-04-02", "2008-04-05", day,
             Anchor(AnchorKind.GAZETTEER, "Bucharest summit"), "gazetteer"), ("NATO",), "POS", None),
        ("e03", "Kyiv applies for accelerated accession", "003",
         "Kyiv applied for accelerated accession in September 2022.",
         _tm("003", "September 2022", "2022-09", "2022-09-01", "2022-10-01", month, Anchor(), "month"),
         ("Ukraine",), "POS", None),
        ("e04", "Finland joins NATO", "003",
         "Finland formally became a member today.",
         _tm("003", "today", "2023-04-04", "2023-04-04", "2023-04-05", day, ref["003"], "deictic"),
         ("Finland",), "POS", None),
        ("e05", "Vilnius summit", "003",
         "Allies will meet in Vilnius in July, where no invitation is expected.",
         _tm("003", "Vilnius summit", "2023-07-11/2023-07-12", "2023-07-11", "2023-07-13", day,
             Anchor(AnchorKind.GAZETTEER, "Vilnius summit"), "gazetteer"),
         ("NATO",), "POS", None),
        ("e06", "Washington summit", "002",
         "At the Washington summit allies called Ukraine's path irreversible.",
         _tm("002", "Washington summit", "2024-07-09/2024-07-11", "2024-07-09", "2024-07-12", day,
             Anchor(AnchorKind.GAZETTEER, "Washington summit"), "gazetteer"),
         ("NATO",), "POS", None),
        ("e07", "Assembly adopts resolution", "001",
         "At the end of November, the NATO Parliamentary Assembly adopted a resolution calling for accelerated membership.",
         _tm("001", "the end of November", "2024-11", "2024-11-01", "2024-12-01", month, ref["001"], "month-part", "END"),
         ("NATO Parliamentary Assembly",), "POS", None),
        ("e08", "NATO will not offer membership", "001",
         "NATO is unlikely to heed Ukraine's call for an invitation during Tuesday's meeting on December 3.",
         _tm("001", "Tuesday", "2024-12-03", "2024-12-03", "2024-12-04", day, ref["001"], "weekday"),
         ("NATO",), "NEG", None),
        ("e09", "Foreign ministers meet in Brussels", "004",
         "Foreign ministers met in Brussels on December 3-4.",
         _tm("004", "December 3-4", "2024-12-03/2024-12-04", "2024-12-03", "2024-12-05", day, ref["004"], "range"),
         ("NATO",), "POS", None),
        ("e10", "Possible negotiations", "001",
         "The country should be in the strongest possible position next year as it enters potential negotiations.",
         _tm("001", "next year", "2025", "2025-01-01", "2026-01-01", year, ref["001"], "relative-year"),
         ("Ukraine",), "POS", "POSSIBLE"),
    ]  # fmt: skip
    events = []
    for ev_id, label, doc, sentence, tm, actors, polarity, modality in rows:
        mention = EventMention(
            doc, 0, len(label), label, lemma=label.split()[0].lower(), polarity=polarity, modality=modality,
            sentence=sentence, actors=actors, time=tm,
        )  # fmt: skip
        events.append(
            Event(
                ev_id, label, (mention,), interval=tm.interval, value=tm.value, granularity=tm.granularity,
                mod=tm.mod, polarity=polarity, modality=modality, actors=actors,
            )
        )  # fmt: skip
    # the meeting on 3 December is reported by three articles
    e08 = events[7]
    extra = tuple(
        EventMention(doc, 0, 7, "meeting", sentence=s, actors=("NATO",), time=e08.mentions[0].time)
        for doc, s in (
            ("000", "The United States and Germany oppose an invitation at the meeting on Tuesday."),
            ("004", "Rutte sidestepped questions on Ukraine's membership at the meeting on Tuesday."),
        )
    )
    events[7] = Event(
        e08.id, e08.label, e08.mentions + extra, e08.interval, e08.value, e08.granularity, e08.mod, e08.polarity,
        e08.modality, actors=e08.actors,
    )  # fmt: skip
    relations = [
        Relation("e01", "e02", "sequence", "BEFORE"),
        Relation("e02", "e03", "sequence", "BEFORE"),
        Relation("e03", "e05", "sequence", "BEFORE"),
        Relation("e04", "e05", "sequence", "BEFORE"),
        Relation("e05", "e06", "sequence", "BEFORE"),
        Relation("e07", "e08", "sequence", "BEFORE"),
        Relation("e08", "e09", "sequence", "DURING"),
        Relation("e07", "e09", "causal", "CAUSES", cue="calling for",
                 evidence=(Evidence("001", 0, 10, "adopted a resolution calling for accelerated membership"),)),
        Relation("e08", "e10", "causal", "CAUSES", cue="as it enters",
                 evidence=(Evidence("001", 0, 10, "ensuring the country is in the strongest possible position"),)),
    ]  # fmt: skip
    unresolved = (
        TimeMention(100, 115, "weeks and months", TimexType.DURATION, None, rule="duration", doc_id="001",
                    reason="a duration with no anchor", constraint="AFTER 2024-12-02"),
    )  # fmt: skip
    return EventGraph.from_parts(events, relations, corpus=corpus, unresolved=unresolved)


_VERBS = (
    "meeting",
    "summit",
    "talks",
    "statement",
    "vote",
    "visit",
    "agreement",
    "sanctions",
    "attack",
    "offer",
)
_ACTORS = ("NATO", "Ukraine", "Russia", "United States", "Germany", "France", "Hungary", "EU", "UN", "Poland")


def synthetic_graph(n: int = 10_000, *, seed: int = 0, docs: int = 200) -> EventGraph:
    """``n`` reproducible random events (1994–2025) over ``docs`` articles, with edges.

    About a fifth are coarse (month or year), a tenth negated or hypothetical, a tenth
    multi-day; each event has one or two mentions and a sequence edge to the next one.

    Example:
        >>> g = synthetic_graph(50, seed=1, docs=5)
        >>> len(g.events), len(g.corpus), len(g.relations) > 0
        (50, 5, True)
    """
    rng = random.Random(seed)
    corpus = Corpus(
        tuple(
            Document(f"d{i:04d}", f"Synthetic article {i}.", dt.date(2024, 1, 1) + dt.timedelta(days=i % 365),
                     title=f"Synthetic article {i}", source=f"Outlet {i % 12}")
            for i in range(max(docs, 1))
        )
    )  # fmt: skip
    origin = dt.datetime(1994, 1, 1)
    span_days = (dt.datetime(2025, 12, 31) - origin).days
    events = []
    for i in range(n):
        start = origin + dt.timedelta(days=int(rng.random() ** 0.3 * span_days))
        kind = rng.random()
        if kind < 0.1:
            gran, iv = (
                Granularity.YEAR,
                Interval(dt.datetime(start.year, 1, 1), dt.datetime(start.year + 1, 1, 1)),
            )
            value = str(start.year)
        elif kind < 0.2:
            first = dt.datetime(start.year, start.month, 1)
            nxt = dt.datetime(start.year + (start.month == 12), start.month % 12 + 1, 1)
            gran, iv, value = Granularity.MONTH, Interval(first, nxt), first.strftime("%Y-%m")
        elif kind < 0.3:
            gran, iv = Granularity.DAY, Interval(start, start + dt.timedelta(days=rng.randint(2, 5)))
            value = start.date().isoformat()
        else:
            gran, iv, value = Granularity.DAY, Interval.day(start.date()), start.date().isoformat()
        polarity = "NEG" if rng.random() < 0.05 else "POS"
        modality = "POSSIBLE" if rng.random() < 0.05 else None
        actors = (rng.choice(_ACTORS),)
        label = f"{rng.choice(_ACTORS)} {rng.choice(_VERBS)} #{i}"
        tm = TimeMention(0, 4, value, TimexType.DATE, value, interval=iv, granularity=gran, rule="synthetic")
        mentions = tuple(
            EventMention(corpus[rng.randrange(len(corpus))].id, 0, 4, label, polarity=polarity, modality=modality,
                         sentence=f"Sentence about {label}.", actors=actors, time=tm)
            for _ in range(rng.randint(1, 2))
        )  # fmt: skip
        events.append(
            Event(f"s{i:05d}", label, mentions, iv, value, gran, None, polarity, modality, actors=actors)
        )
    events.sort(key=lambda e: (e.interval.start if e.interval else origin, e.id))
    relations = [Relation(a.id, b.id, "sequence", "BEFORE") for a, b in itertools.pairwise(events)]
    relations += [
        Relation(events[i].id, events[i + 3].id, "causal", "CAUSES", cue="because")
        for i in range(0, max(n - 3, 0), 97)
    ]
    return EventGraph.from_parts(events, relations, corpus=corpus)
