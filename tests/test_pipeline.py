"""timeline.pipeline.build on the NATO–Ukraine seed articles, bad input, and the CLI."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.cli import main
from timeline.events import UnknownEventError
from timeline.graph import EventGraph
from timeline.model import Corpus, Document, Event
from timeline.pipeline import build

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "examples" / "data" / "nato_ukraine"


@pytest.fixture(scope="module")
def seed_graph() -> EventGraph:
    return build(Corpus.from_manifest(SEEDS / "manifest.csv"), SEEDS / "gazetteer.json")


def _find(graph: EventGraph, doc_prefix: str, *texts: str, value: str | None = None) -> Event:
    for ev in graph.events:
        for m in ev.mentions:
            dated = value is None or (ev.interval is not None and ev.interval.iso()[0].startswith(value))
            if m.doc_id.startswith(doc_prefix) and m.text in texts and dated:
                return ev
    raise AssertionError(f"no event {texts} in {doc_prefix} at {value}")


def _docs(ev: Event) -> set[str]:
    return {d[:3] for d in ev.sources}


def test_ministerial_is_one_node_from_three_articles(seed_graph: EventGraph) -> None:
    ev = _find(seed_graph, "001", "meeting", value="2024-12-03")
    assert {"000", "001", "004"} <= _docs(ev)
    assert ev.merge_reasons


def test_2008_pledge_is_one_node(seed_graph: EventGraph) -> None:
    ev = _find(seed_graph, "003", "pledged", value="2008")
    assert {"002", "003"} <= _docs(ev)


def test_2022_request_is_one_node(seed_graph: EventGraph) -> None:
    ev = _find(seed_graph, "003", "requested", value="2022")
    assert {"002", "003"} <= _docs(ev)


def test_seed_order(seed_graph: EventGraph) -> None:
    chain = [
        _find(seed_graph, "003", "pledged", value="2008"),
        _find(seed_graph, "003", "requested", value="2022"),
        _find(seed_graph, "003", "became", value="2023-04-04"),
        _find(seed_graph, "000", "summit", value="2023-07"),
        _find(seed_graph, "001", "adopted", "resolution", value="2024-11"),
        _find(seed_graph, "000", "asserted", value="2024-12-01"),
        _find(seed_graph, "001", "meeting", value="2024-12-03"),
        _find(seed_graph, "001", "returns", "return", value="2025-01"),
    ]
    order = {e.id: k for k, e in enumerate(seed_graph.in_order())}
    positions = [order[e.id] for e in chain]
    assert positions == sorted(positions)
    ids = [e.id for e in chain]
    assert ids == sorted(ids)  # ids follow time order


def test_negated_offer(seed_graph: EventGraph) -> None:
    ev = _find(seed_graph, "001", "offer")
    assert ev.polarity == "NEG"
    assert all(not m.is_factual for m in ev.mentions)


def test_causal_edges_point_cause_to_effect(seed_graph: EventGraph) -> None:
    causal = [r for r in seed_graph.relations if r.kind == "causal"]
    assert causal and all(r.relation == "CAUSES" and r.cue and r.evidence for r in causal)
    by_cue = {r.cue: r for r in causal}
    due = next(r for r in causal if r.cue == "due to" and r.evidence[0].doc.startswith("000"))
    assert seed_graph.event(due.source).mentions[0].text == "concerns"
    assert seed_graph.event(due.target).mentions[0].text == "opposed"
    assert "in exchange for" in by_cue and "intended to" in by_cue


def test_edges_grow_linearly(seed_graph: EventGraph) -> None:
    sequence = [r for r in seed_graph.relations if r.kind == "sequence"]
    assert len(sequence) <= 3 * len(seed_graph.events)


def test_time_mentions_and_unresolved_kept(seed_graph: EventGraph) -> None:
    assert seed_graph.time_mentions
    assert all(m.value is None for m in seed_graph.unresolved)


def test_deterministic(seed_graph: EventGraph) -> None:
    again = build(Corpus.from_manifest(SEEDS / "manifest.csv"), SEEDS / "gazetteer.json")
    assert again.to_json() == seed_graph.to_json()


def test_user_merges_and_unknown_ids(seed_graph: EventGraph) -> None:
    corpus = Corpus.from_manifest(SEEDS / "manifest.csv")
    a, b = seed_graph.events[0].id, seed_graph.events[1].id
    merged = build(corpus, SEEDS / "gazetteer.json", merges=[[a, b]])
    assert len(merged.events) == len(seed_graph.events) - 1
    with pytest.raises(UnknownEventError):
        build(corpus, merges=[["e0001", "e9999"]])


def test_empty_corpus_gives_empty_graph() -> None:
    g = build(Corpus(()))
    assert g.events == () and g.relations == ()


def test_documents_without_dates_contribute_events() -> None:
    g = build(Corpus.from_texts(["NATO rejected the request. Allies will meet again."]))
    assert g.events
    assert {m.time_relation for e in g.events for m in e.mentions} >= {"BEFORE", "AFTER"}


def test_custom_tagger_is_used() -> None:
    from timeline.model import TimeMention, TimexType

    def tagger(doc: object) -> list[TimeMention]:
        return [TimeMention(16, 20, "2008", TimexType.DATE, "2008")]

    g = build(Corpus.from_texts(["NATO pledged in 2008."], reference_dates=["2023-04-04"]), tagger=tagger)
    assert g.events[0].value == "2008"


@settings(max_examples=25, deadline=None)
@given(st.lists(st.text(max_size=200), max_size=3))
def test_build_never_raises(texts: list[str]) -> None:
    g = build(Corpus.from_texts(texts, reference_dates=[dt.date(2024, 12, 2)] * len(texts)))
    assert len({e.id for e in g.events}) == len(g.events)


def test_cli_build_writes_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "graph.json"
    code = main(
        [
            "build",
            "--manifest",
            str(SEEDS / "manifest.csv"),
            "--gazetteer",
            str(SEEDS / "gazetteer.json"),
            "--json",
            str(out),
            "--graphml",
            str(tmp_path / "g.graphml"),
        ]
    )
    assert code == 0 and "events" in capsys.readouterr().out
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["nodes"] and {"kind", "relation", "cue", "evidence"} <= set(data["edges"][0])
    assert EventGraph.read_json(out).events


def test_cli_unknown_merge_id_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["build", "--manifest", str(SEEDS / "manifest.csv"), "--merge", "e0001,e9999"])
    assert code == 1 and "e9999" in capsys.readouterr().err


@pytest.mark.parametrize("ref", [dt.date(1, 1, 1), dt.date(9999, 12, 31)])
def test_edge_of_calendar_reference_dates_do_not_break_the_pipeline(ref: dt.date) -> None:
    texts = [
        "NATO said last year that talks failed the day before, and will meet next year on Friday.",
        "The summit was held three decades ago; it ends in 9999 and began in 0001, officials said.",
    ]
    docs = tuple(Document(f"d{i}", t, ref) for i, t in enumerate(texts))
    graph = build(Corpus(docs))
    assert len(graph.events) > 0
    assert "tl-render" in graph.to_html()
