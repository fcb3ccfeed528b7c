"""EventGraph: Allen relations, date skeleton, signals, causal cues, conflicts, queries, exports."""

from __future__ import annotations

import json
import os
from pathlib import Path

import networkx as nx
import pytest

from timeline.graph import EventGraph
from timeline.graph.relations import (
    ALLEN_RELATIONS,
    INVERSE,
    allen,
    causal_relations,
    date_relations,
    event_relation,
    find_conflicts,
    signal_relations,
)
from timeline.model import Event, EventMention, Granularity, Interval, Relation

iv = Interval.from_iso


def _ev(
    eid: str, start: str | None = None, end: str | None = None, g: Granularity = Granularity.DAY, **kw: object
) -> Event:
    interval = iv(start, end) if start and end else None
    return Event(eid, eid, interval=interval, granularity=g if interval else None, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("a", "b", "rel"),
    [
        (("2024-01-01", "2024-01-02"), ("2024-01-05", "2024-01-06"), "BEFORE"),
        (("2024-01-01", "2024-01-05"), ("2024-01-05", "2024-01-06"), "MEETS"),
        (("2024-01-01", "2024-01-05"), ("2024-01-03", "2024-01-08"), "OVERLAPS"),
        (("2024-01-01", "2024-01-03"), ("2024-01-01", "2024-01-08"), "STARTS"),
        (("2024-01-02", "2024-01-03"), ("2024-01-01", "2024-01-08"), "DURING"),
        (("2024-01-05", "2024-01-08"), ("2024-01-01", "2024-01-08"), "FINISHES"),
        (("2024-01-01", "2024-01-08"), ("2024-01-01", "2024-01-08"), "EQUALS"),
    ],
)
def test_allen_and_inverses(a: tuple[str, str], b: tuple[str, str], rel: str) -> None:
    assert allen(iv(*a), iv(*b)) == rel
    assert allen(iv(*b), iv(*a)) == INVERSE[rel]
    assert rel in ALLEN_RELATIONS and INVERSE[rel] in ALLEN_RELATIONS


def test_granularity_year_is_not_before_day_in_it() -> None:
    year, day = iv("2008-01-01", "2009-01-01"), iv("2008-04-03", "2008-04-04")
    assert event_relation(year, day) == "CONTAINS"
    assert event_relation(day, year) == "DURING"
    assert event_relation(iv("2008-01-01", "2008-01-02"), year) == "DURING"
    assert event_relation(iv("2024-12-01", "2024-12-02"), iv("2024-12-02", "2024-12-03")) == "BEFORE"


def test_date_skeleton_is_linear() -> None:
    events = [_ev(f"e{k:03d}", f"2020-01-{1 + k % 28:02d}", f"2020-01-{2 + k % 28:02d}") for k in range(200)]
    events.append(_ev("y", "2020-01-01", "2021-01-01", Granularity.YEAR))
    rels = date_relations(events)
    assert len(rels) <= 3 * len(events)
    assert all(r.kind == "sequence" for r in rels)
    g = nx.DiGraph([(r.source, r.target) for r in rels if r.relation == "BEFORE"])
    assert nx.is_directed_acyclic_graph(g)
    year_edges = [r for r in rels if r.target == "y"]
    assert year_edges and all(r.relation == "DURING" for r in year_edges)


def _m(doc: str, text: str, sentence: str, tense: str = "NONE", occurrence: int = 0) -> EventMention:
    start = -1
    for _ in range(occurrence + 1):
        start = sentence.index(text, start + 1)
    return EventMention(doc, start, start + len(text), text, tense=tense, sentence=sentence)


def test_signal_edges_with_evidence() -> None:
    s = "Rutte's comments came ahead of a summit and followed remarks by Zelenskyy."
    came, summit, remarks = _m("d", "came", s, "PAST"), _m("d", "summit", s), _m("d", "remarks", s)
    event_of = {("d", came.start): "e2", ("d", summit.start): "e3", ("d", remarks.start): "e1"}
    rels = signal_relations([came, summit, remarks], event_of)
    pairs = {(r.source, r.target, r.cue) for r in rels}
    assert ("e2", "e3", "ahead of") in pairs
    assert ("e1", "e2", "followed") in pairs
    assert all(r.evidence and r.evidence[0].doc == "d" for r in rels)


def test_causal_edges_point_cause_to_effect_and_flag_late_causes() -> None:
    s = "Allies are opposed to Ukraine joining due to concerns over tensions."
    opposed, joining, concerns = (
        _m("d", "opposed", s, "PRESENT"),
        _m("d", "joining", s, "PRESPART"),
        _m("d", "concerns", s),
    )
    event_of = {("d", opposed.start): "e1", ("d", joining.start): "e2", ("d", concerns.start): "e3"}
    events = {"e1": _ev("e1", "2020-01-01", "2020-01-02"), "e3": _ev("e3", "2021-01-01", "2021-01-02")}
    (rel,) = causal_relations([opposed, joining, concerns], event_of, events)
    assert (rel.source, rel.target, rel.relation, rel.cue) == ("e3", "e1", "CAUSES", "due to")
    assert rel.flag is not None and "after its effect" in rel.flag


def test_cycles_are_reported() -> None:
    rels = [
        Relation("a", "b", "sequence", "BEFORE", cue="after"),
        Relation("b", "c", "sequence", "BEFORE", cue="before"),
        Relation("c", "a", "sequence", "BEFORE", cue="following"),
    ]
    (conflict,) = find_conflicts(rels, {})
    assert conflict.events == ("a", "b", "c") and len(conflict.relations) == 3


def _graph() -> EventGraph:
    m = EventMention("doc1", 0, 6, "summit", sentence="summit")
    events = [
        _ev("e1", "2008-01-01", "2009-01-01", Granularity.YEAR, actors=("NATO",), mentions=(m,)),
        _ev("e2", "2024-12-03", "2024-12-05", actors=("Ukraine",), event_class="REPORTING"),
        _ev("e3"),
    ]
    rels = [
        Relation("e1", "e2", "sequence", "BEFORE", cue="dates"),
        Relation("e1", "e2", "causal", "CAUSES", cue="led to"),
    ]
    return EventGraph.from_parts(events, rels)


def test_queries() -> None:
    g = _graph()
    assert [e.id for e in g.in_order()] == ["e1", "e2", "e3"]
    assert [e.id for e in g.between("2024-12-04", "2025-01-01")] == ["e2"]
    assert [e.id for e in g.causes("e2")] == ["e1"] and [e.id for e in g.effects("e1")] == ["e2"]
    assert [e.id for e in g.subgraph(actor="nato").events] == ["e1"]
    assert [e.id for e in g.subgraph(source="doc1").events] == ["e1"]
    assert [e.id for e in g.subgraph(kind="reporting").events] == ["e2"]
    assert [r.kind for r in g.subgraph(kind="causal").relations] == ["causal"]
    with pytest.raises(KeyError):
        g.causes("nope")


def test_node_link_json_layout_and_lossless_reload(tmp_path: Path) -> None:
    g = _graph()
    path = g.write_json(tmp_path / "g.json")
    data = json.loads(path.read_text())
    node = data["nodes"][0]
    for key in ("id", "label", "start", "end", "granularity", "polarity", "modality", "actors", "mentions"):
        assert key in node
    assert node["start"] == "2008-01-01" and data["nodes"][2]["start"] is None
    assert set(node["mentions"][0]) >= {"doc", "start", "end", "text", "sentence"}
    edge = data["edges"][0]
    assert (
        edge["kind"] == "sequence" and edge["relation"] == "BEFORE" and "cue" in edge and "evidence" in edge
    )
    assert EventGraph.read_json(path) == g
    nxg = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    assert nxg.number_of_nodes() == 3 and nxg.number_of_edges() == 2


def test_graphml_and_gexf_load_in_networkx(tmp_path: Path) -> None:
    g = _graph()
    a = nx.read_graphml(g.write_graphml(tmp_path / "g.graphml"))
    b = nx.read_gexf(g.write_gexf(tmp_path / "g.gexf"))
    assert a.number_of_nodes() == b.number_of_nodes() == 3
    assert a.nodes["e1"]["actors"] == "NATO" and a.nodes["e3"]["start"] == ""


def test_to_networkx_keeps_objects() -> None:
    g = _graph().to_networkx()
    assert isinstance(g, nx.MultiDiGraph)
    assert g.nodes["e1"]["event"].id == "e1" and g.nodes["e1"]["label"] == "e1"


def test_html_delegates_to_render(tmp_path: Path) -> None:
    pytest.importorskip("timeline.render")
    out = _graph().write_html(tmp_path / "g.html")
    assert Path(out).read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
@pytest.mark.parametrize("fmt", ["json", "graphml", "gexf"])
def test_written_files_have_the_usual_mode_and_no_leftovers(tmp_path: Path, fmt: str) -> None:
    graph = EventGraph.from_parts([Event("e1", "x", actors=("A",))])
    mask = os.umask(0o022)
    try:
        path = getattr(graph, f"write_{fmt}")(tmp_path / f"g.{fmt}")
    finally:
        os.umask(mask)
    assert path.stat().st_mode & 0o777 == 0o644
    assert [p.name for p in tmp_path.iterdir()] == [f"g.{fmt}"]
