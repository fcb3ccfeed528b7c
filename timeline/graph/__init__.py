"""The event graph: events as nodes, sequence and causal relations as edges."""

from timeline.graph.eventgraph import EventGraph

__all__ = ["EventGraph"]
