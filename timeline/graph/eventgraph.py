"""`EventGraph`: a networkx ``MultiDiGraph`` of events with sequence and causal edges.

The graph keeps the data (events, relations, the corpus they came from and the time
mentions that could not be resolved); algorithms live in functions beside it, as in
networkx itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs
import networkx as nx

from timeline.model import Corpus, Event, Relation, TimeMention

__all__ = ["EventGraph"]


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

    events: tuple[Event, ...] = attrs.field(converter=tuple)
    relations: tuple[Relation, ...] = attrs.field(converter=tuple)
    corpus: Corpus = attrs.field(factory=lambda: Corpus(()))
    unresolved: tuple[TimeMention, ...] = attrs.field(converter=tuple, default=())
    time_mentions: tuple[TimeMention, ...] = attrs.field(converter=tuple, default=())

    @classmethod
    def from_parts(
        cls,
        events: Iterable[Event],
        relations: Iterable[Relation] = (),
        *,
        corpus: Corpus | None = None,
        unresolved: Sequence[TimeMention] = (),
        time_mentions: Sequence[TimeMention] = (),
    ) -> EventGraph:
        """Assemble a graph from already-built events and relations.

        Example:
            >>> EventGraph.from_parts([]).events
            ()
        """
        return cls(
            tuple(events), tuple(relations), corpus if corpus is not None else Corpus(()),
            tuple(unresolved), tuple(time_mentions),
        )

    def __len__(self) -> int:
        return len(self.events)

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

    def to_networkx(self) -> nx.MultiDiGraph:
        """A new networkx ``MultiDiGraph``: node attribute ``event``, edge attribute ``relation``.

        Example:
            >>> EventGraph.from_parts([Event("e1", "x")]).to_networkx().number_of_nodes()
            1
        """
        g: nx.MultiDiGraph = nx.MultiDiGraph()
        for ev in self.events:
            g.add_node(ev.id, event=ev)
        for rel in self.relations:
            g.add_edge(rel.source, rel.target, key=f"{rel.kind}:{rel.relation}", relation=rel)
        return g
