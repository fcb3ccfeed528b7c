"""`EventGraph`: a networkx ``MultiDiGraph`` of events with sequence and causal edges.

The graph keeps the data (events, relations, the corpus they came from, the time mentions,
the unresolved ones and any contradictory evidence); algorithms live in functions beside
it, as in networkx itself.

Exports: node-link JSON (networkx's layout, lossless: :meth:`EventGraph.from_node_link`
gives back an equal graph), GraphML and GEXF (flat scalar attributes, for Gephi).
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs
import networkx as nx

from timeline.graph.relations import Conflict
from timeline.model import Corpus, Event, Interval, Relation, TimeMention

__all__ = ["EventGraph"]

_FORMAT = "timeline.eventgraph/1"


def _iso(value: dt.datetime) -> str:
    return Interval(value, value).iso()[0]


def _as_datetime(value: dt.date | dt.datetime | str) -> dt.datetime:
    if isinstance(value, str):
        return dt.datetime.fromisoformat(value)
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime(value.year, value.month, value.day)


def _events(value: Iterable[Event]) -> tuple[Event, ...]:
    return tuple(value)


def _relations(value: Iterable[Relation]) -> tuple[Relation, ...]:
    return tuple(value)


def _times(value: Iterable[TimeMention]) -> tuple[TimeMention, ...]:
    return tuple(value)


def _conflicts(value: Iterable[Conflict]) -> tuple[Conflict, ...]:
    return tuple(value)


@attrs.define(eq=False)
class EventGraph:
    """Events (nodes) and relations (edges) built from a corpus.

    ``events`` are in timeline order (placed events by start, then unplaced ones), and
    ``relations`` in a stable order, so that the same corpus always gives the same graph.

    Example:
        >>> from timeline.model import Event, Relation
        >>> g = EventGraph.from_parts([Event("e1", "pledge"), Event("e2", "request")],
        ...                           [Relation("e1", "e2", "sequence", "BEFORE")])
        >>> [e.id for e in g.events], len(g.relations)
        (['e1', 'e2'], 1)
    """

    events: tuple[Event, ...] = attrs.field(converter=_events)
    relations: tuple[Relation, ...] = attrs.field(converter=_relations)
    corpus: Corpus = attrs.field(factory=lambda: Corpus(()))
    unresolved: tuple[TimeMention, ...] = attrs.field(converter=_times, default=())
    time_mentions: tuple[TimeMention, ...] = attrs.field(converter=_times, default=())
    conflicts: tuple[Conflict, ...] = attrs.field(converter=_conflicts, default=())

    @classmethod
    def from_parts(
        cls,
        events: Iterable[Event],
        relations: Iterable[Relation] = (),
        *,
        corpus: Corpus | None = None,
        unresolved: Sequence[TimeMention] = (),
        time_mentions: Sequence[TimeMention] = (),
        conflicts: Sequence[Conflict] = (),
    ) -> EventGraph:
        """Assemble a graph from already-built events and relations.

        Example:
            >>> EventGraph.from_parts([]).events
            ()
        """
        return cls(
            tuple(events),
            tuple(relations),
            corpus if corpus is not None else Corpus(()),
            tuple(unresolved),
            tuple(time_mentions),
            tuple(conflicts),
        )

    def __len__(self) -> int:
        return len(self.events)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, EventGraph):
            return NotImplemented
        return (
            self.events == other.events
            and self.relations == other.relations
            and self.corpus == other.corpus
            and self.unresolved == other.unresolved
            and self.time_mentions == other.time_mentions
            and self.conflicts == other.conflicts
        )

    __hash__ = None  # type: ignore[assignment]

    def event(self, event_id: str) -> Event:
        """The event with this id (``KeyError`` if there is none).

        Example:
            >>> EventGraph.from_parts([Event("e1", "x")]).event("e1").label
            'x'
        """
        for ev in self.events:
            if ev.id == event_id:
                return ev
        raise KeyError(event_id)

    # ------------------------------------------------------------ queries

    def in_order(self) -> list[Event]:
        """Events in timeline order: dated ones by start (then end), then undated ones.

        Example:
            >>> a = Event("a", "late", interval=Interval.from_iso("2025-01-01", "2025-02-01"))
            >>> b = Event("b", "early", interval=Interval.from_iso("2008-01-01", "2009-01-01"))
            >>> [e.id for e in EventGraph.from_parts([a, Event("c", "undated"), b]).in_order()]
            ['b', 'a', 'c']
        """
        position = {e.id: k for k, e in enumerate(self.events)}
        far = dt.datetime.max
        return sorted(
            self.events,
            key=lambda e: (
                e.interval is None,
                e.interval.start if e.interval else far,
                e.interval.end if e.interval else far,
                position[e.id],
            ),
        )

    def between(self, start: dt.date | dt.datetime | str, end: dt.date | dt.datetime | str) -> list[Event]:
        """Dated events whose interval overlaps ``[start, end)``, in order.

        Example:
            >>> a = Event("a", "x", interval=Interval.from_iso("2024-12-03", "2024-12-05"))
            >>> [e.id for e in EventGraph.from_parts([a]).between("2024-12-01", "2024-12-04")]
            ['a']
        """
        window = Interval(_as_datetime(start), _as_datetime(end))
        return [e for e in self.in_order() if e.interval is not None and e.interval.overlaps(window)]

    def causes(self, event_id: str) -> list[Event]:
        """Events with a causal edge into ``event_id``.

        Example:
            >>> g = EventGraph.from_parts([Event("a", "x"), Event("b", "y")],
            ...                           [Relation("a", "b", "causal", "CAUSES")])
            >>> [e.id for e in g.causes("b")], [e.id for e in g.effects("a")]
            (['a'], ['b'])
        """
        self.event(event_id)
        ids = [r.source for r in self.relations if r.kind == "causal" and r.target == event_id]
        return [self.event(i) for i in dict.fromkeys(ids)]

    def effects(self, event_id: str) -> list[Event]:
        """Events that ``event_id`` has a causal edge to (see :meth:`causes`)."""
        self.event(event_id)
        ids = [r.target for r in self.relations if r.kind == "causal" and r.source == event_id]
        return [self.event(i) for i in dict.fromkeys(ids)]

    def subgraph(
        self,
        *,
        actor: str | None = None,
        source: str | None = None,
        kind: str | None = None,
        events: Iterable[str] | None = None,
    ) -> EventGraph:
        """The graph restricted to some events and the relations among them.

        ``actor``: events with that participant (case-insensitive); ``source``: events
        mentioned in that document; ``kind``: ``"sequence"`` or ``"causal"`` keeps only
        edges of that kind, any other value keeps events of that class (``"REPORTING"``,
        ``"OCCURRENCE"`` …); ``events``: these ids.

        Example:
            >>> g = EventGraph.from_parts([Event("a", "x", actors=("NATO",)), Event("b", "y")])
            >>> [e.id for e in g.subgraph(actor="nato").events]
            ['a']
        """
        keep = list(self.events)
        if actor is not None:
            wanted = actor.casefold()
            keep = [e for e in keep if any(a.casefold() == wanted for a in e.actors)]
        if source is not None:
            keep = [e for e in keep if source in e.sources]
        if kind is not None and kind not in ("sequence", "causal"):
            keep = [e for e in keep if e.event_class.casefold() == kind.casefold()]
        if events is not None:
            chosen = set(events)
            keep = [e for e in keep if e.id in chosen]
        ids = {e.id for e in keep}
        relations = [
            r
            for r in self.relations
            if r.source in ids and r.target in ids and (kind not in ("sequence", "causal") or r.kind == kind)
        ]
        docs = {d for e in keep for d in e.sources}
        return EventGraph.from_parts(
            keep,
            relations,
            corpus=Corpus(tuple(d for d in self.corpus if d.id in docs)),
            unresolved=[m for m in self.unresolved if m.doc_id in docs],
            time_mentions=[m for m in self.time_mentions if m.doc_id in docs],
            conflicts=[c for c in self.conflicts if set(c.events) <= ids],
        )

    # ------------------------------------------------------------ networkx

    def to_networkx(self) -> nx.MultiDiGraph:
        """A new networkx ``MultiDiGraph``: node attribute ``event``, edge attribute
        ``relation`` (the model objects), plus the flat attributes of the JSON layout (the
        edge's Allen relation or ``CAUSES`` as ``relation_type``).

        Example:
            >>> EventGraph.from_parts([Event("e1", "x")]).to_networkx().number_of_nodes()
            1
        """
        g: nx.MultiDiGraph = nx.MultiDiGraph()
        for ev in self.events:
            g.add_node(ev.id, event=ev, **_node_attributes(ev))
        for rel in self.relations:
            flat = _edge_attributes(rel)
            flat["relation_type"] = flat.pop("relation")
            g.add_edge(rel.source, rel.target, key=f"{rel.kind}:{rel.relation}", relation=rel, **flat)
        return g

    def to_node_link(self) -> dict[str, Any]:
        """networkx's node-link layout (``nodes``/``edges``), JSON-ready and lossless.

        Each node has ``id``, ``label``, ``start``/``end`` (ISO or ``null``),
        ``granularity``, ``polarity``, ``modality``, ``actors``, ``mentions`` (``doc``,
        ``start``, ``end``, ``text``, ``sentence``); each edge ``kind``, ``relation``,
        ``cue``, ``evidence``. The full objects are kept under ``event`` / ``data`` and the
        graph-level ``timeline`` key, so :meth:`from_node_link` restores an equal graph.

        Example:
            >>> d = EventGraph.from_parts([Event("e1", "x")]).to_node_link()
            >>> sorted(d["nodes"][0])[:4]
            ['actors', 'end', 'event', 'granularity']
        """
        from timeline.io.json import unstructure

        nodes = []
        for ev in self.events:
            node = {"id": ev.id, **_node_attributes(ev, json_ready=True), "event": unstructure(ev)}
            nodes.append(node)
        edges = []
        for rel in self.relations:
            edges.append(
                {
                    "source": rel.source,
                    "target": rel.target,
                    "key": f"{rel.kind}:{rel.relation}",
                    **_edge_attributes(rel, json_ready=True),
                    "data": unstructure(rel),
                }
            )
        return {
            "directed": True,
            "multigraph": True,
            "graph": {
                "format": _FORMAT,
                "timeline": {
                    "corpus": unstructure(self.corpus),
                    "unresolved": unstructure(list(self.unresolved)),
                    "time_mentions": unstructure(list(self.time_mentions)),
                    "conflicts": unstructure(list(self.conflicts)),
                },
            },
            "nodes": nodes,
            "edges": edges,
        }

    @classmethod
    def from_node_link(cls, data: dict[str, Any]) -> EventGraph:
        """Rebuild a graph from :meth:`to_node_link` output (or its JSON).

        Example:
            >>> g = EventGraph.from_parts([Event("e1", "x")])
            >>> EventGraph.from_node_link(g.to_node_link()) == g
            True
        """
        from timeline.io.json import structure

        if not isinstance(data, dict) or "nodes" not in data:
            raise ValueError("not a node-link event graph: expected an object with 'nodes'")
        extra = data.get("graph", {}).get("timeline", {})
        events = []
        for node in data["nodes"]:
            if "event" in node:
                events.append(structure(node["event"], Event))
            else:
                events.append(_event_from_flat(node))
        relations = []
        for edge in data.get("edges", data.get("links", [])):
            if "data" in edge:
                relations.append(structure(edge["data"], Relation))
            else:
                relations.append(
                    Relation(
                        str(edge["source"]),
                        str(edge["target"]),
                        str(edge.get("kind", "sequence")),
                        str(edge.get("relation", "BEFORE")),
                        cue=edge.get("cue"),
                    )
                )
        return cls.from_parts(
            events,
            relations,
            corpus=structure(extra["corpus"], Corpus) if "corpus" in extra else None,
            unresolved=structure(extra.get("unresolved", []), list[TimeMention]),
            time_mentions=structure(extra.get("time_mentions", []), list[TimeMention]),
            conflicts=structure(extra.get("conflicts", []), list[Conflict]),
        )

    def to_json(self, *, indent: int | None = None) -> str:
        """The node-link layout as a JSON string (deterministic).

        Example:
            >>> EventGraph.from_parts([]).to_json()[:30]
            '{"directed": true, "multigraph'
        """
        return json.dumps(self.to_node_link(), ensure_ascii=False, indent=indent)

    def write_json(self, path: str | Path, *, indent: int | None = 1) -> Path:
        """Write :meth:`to_json` to ``path`` atomically.

        Example:
            >>> EventGraph.from_parts([]).write_json("graph.json")  # doctest: +SKIP
        """
        from timeline.io.timeml import atomic_write_text

        atomic_write_text(path, self.to_json(indent=indent) + "\n")
        return Path(path)

    @classmethod
    def read_json(cls, path: str | Path) -> EventGraph:
        """Read a graph written by :meth:`write_json`.

        Example:
            >>> EventGraph.read_json("graph.json")  # doctest: +SKIP
        """
        from timeline.errors import InputError

        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise InputError("no such file", file=path) from None
        except json.JSONDecodeError as exc:
            raise InputError(f"not JSON: {exc.msg}", file=path, line=exc.lineno) from None
        try:
            return cls.from_node_link(data)
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"not an event graph: {exc}", file=path) from None

    def to_flat_networkx(self) -> nx.MultiDiGraph:
        """A ``MultiDiGraph`` with only scalar (str/int) attributes, for GraphML and GEXF.

        Example:
            >>> g = EventGraph.from_parts([Event("e1", "x", actors=("A", "B"))]).to_flat_networkx()
            >>> g.nodes["e1"]["actors"]
            'A; B'
        """
        g: nx.MultiDiGraph = nx.MultiDiGraph()
        for ev in self.events:
            attrs_ = _node_attributes(ev, json_ready=True)
            mentions = attrs_.pop("mentions")
            flat = {k: _scalar(v) for k, v in attrs_.items()}
            flat["sources"] = "; ".join(ev.sources)
            flat["mention_count"] = len(mentions)
            flat["event_class"] = ev.event_class
            flat["merge_reasons"] = " | ".join(ev.merge_reasons)
            g.add_node(ev.id, **flat)
        for k, rel in enumerate(self.relations):
            g.add_edge(
                rel.source,
                rel.target,
                key=f"{rel.kind}:{rel.relation}:{k}",
                kind=rel.kind,
                relation=rel.relation,
                cue=rel.cue or "",
                flag=rel.flag or "",
                evidence="; ".join(f"{e.doc}:{e.start}-{e.end} {e.text}" for e in rel.evidence),
            )
        return g

    def write_graphml(self, path: str | Path) -> Path:
        """Write GraphML atomically (flat attributes; loads in networkx and Gephi).

        Example:
            >>> EventGraph.from_parts([]).write_graphml("graph.graphml")  # doctest: +SKIP
        """
        from timeline.io.timeml import atomic_write_text

        buffer = io.BytesIO()
        nx.write_graphml(self.to_flat_networkx(), buffer)
        atomic_write_text(path, buffer.getvalue().decode("utf-8"))
        return Path(path)

    def write_gexf(self, path: str | Path) -> Path:
        """Write GEXF atomically (flat attributes; loads in networkx and Gephi).

        Example:
            >>> EventGraph.from_parts([]).write_gexf("graph.gexf")  # doctest: +SKIP
        """
        from timeline.io.timeml import atomic_write_text

        buffer = io.BytesIO()
        nx.write_gexf(self.to_flat_networkx(), buffer)
        atomic_write_text(path, buffer.getvalue().decode("utf-8"))
        return Path(path)

    # ------------------------------------------------------------ rendering

    def to_html(self, **options: Any) -> str:
        """An HTML fragment or page (delegates to :func:`timeline.render.to_html`).

        Example:
            >>> EventGraph.from_parts([]).to_html()  # doctest: +SKIP
        """
        from timeline import render

        result: str = render.to_html(self, **options)
        return result

    def write_html(self, path: str | Path, **options: Any) -> Path:
        """Write a self-contained page (delegates to :func:`timeline.render.write_html`).

        Example:
            >>> EventGraph.from_parts([]).write_html("out.html")  # doctest: +SKIP
        """
        from timeline import render

        result: Path = render.write_html(self, path, **options)
        return result

    def _repr_html_(self) -> str:
        """Jupyter's HTML view: the timeline and graph, with plotly.js inlined (works offline).

        Example:
            >>> "no events" in EventGraph.from_parts([])._repr_html_()
            True
        """
        return self.to_html(include_plotlyjs=True)

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        """Jupyter's rich view: plotly's own figure bundle (rendered by JupyterLab's plotly
        support, offline) with the self-contained HTML beside it.

        Example:
            >>> sorted(EventGraph.from_parts([])._repr_mimebundle_())
            ['text/html', 'text/plain']
        """
        bundle: dict[str, Any] = {"text/html": self._repr_html_(), "text/plain": repr(self)}
        if self.events:
            from timeline.render import timeline_figure

            figure_bundle = timeline_figure(self).to_plotly_json()
            bundle["application/vnd.plotly.v1+json"] = {
                "data": figure_bundle.get("data", []),
                "layout": figure_bundle.get("layout", {}),
            }
        return bundle

    def __repr__(self) -> str:
        return (
            f"EventGraph({len(self.events)} events, {len(self.relations)} relations, "
            f"{len(self.corpus)} documents, {len(self.unresolved)} unresolved time mentions)"
        )


def _scalar(value: Any) -> str | int | float:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float | str):
        return value
    return str(value)


def _node_attributes(ev: Event, *, json_ready: bool = False) -> dict[str, Any]:
    start, end = ev.interval.iso() if ev.interval else (None, None)
    mentions = [
        {"doc": m.doc_id, "start": m.start, "end": m.end, "text": m.text, "sentence": m.sentence}
        for m in ev.mentions
    ]
    return {
        "label": ev.label,
        "start": start,
        "end": end,
        "value": ev.value,
        "granularity": ev.granularity.value if ev.granularity else None,
        "polarity": ev.polarity,
        "modality": ev.modality,
        "actors": list(ev.actors) if json_ready else ev.actors,
        "location": ev.location,
        "mentions": mentions,
    }


def _edge_attributes(rel: Relation, *, json_ready: bool = False) -> dict[str, Any]:
    evidence = [{"doc": e.doc, "start": e.start, "end": e.end, "text": e.text} for e in rel.evidence]
    return {
        "kind": rel.kind,
        "relation": rel.relation,
        "cue": rel.cue,
        "flag": rel.flag,
        "evidence": evidence,
    }


def _event_from_flat(node: dict[str, Any]) -> Event:
    from timeline.model import EventMention, Granularity

    interval = None
    if node.get("start") and node.get("end"):
        interval = Interval.from_iso(node["start"], node["end"])
    mentions = tuple(
        EventMention(m["doc"], m["start"], m["end"], m["text"], sentence=m.get("sentence", ""))
        for m in node.get("mentions", [])
    )
    return Event(
        id=str(node["id"]),
        label=str(node.get("label", node["id"])),
        mentions=mentions,
        interval=interval,
        granularity=Granularity(node["granularity"]) if node.get("granularity") else None,
        polarity=node.get("polarity", "POS"),
        modality=node.get("modality"),
        actors=tuple(node.get("actors", ())),
    )
