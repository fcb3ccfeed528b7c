"""timeline: from news articles to a resolved, explainable event timeline.

Example:
    >>> import timeline
    >>> timeline.tag("NATO meets on Tuesday.", reference_date="2024-12-02")[0].value
    '2024-12-03'

``timeline.__version__`` is the installed version (what ``timeline --version`` prints):

    >>> timeline.__version__
    '0.1.0'
"""

from timeline.anchors import Gazetteer, GazetteerEntry, infer_reference_date
from timeline.anchors.corpus import tag_corpus
from timeline.errors import InputError, TimelineError
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
from timeline.pipeline import build
from timeline.render import graph_figure, report, timeline_figure
from timeline.temporal import tag

__version__ = "0.1.0"

__all__ = [
    "Anchor",
    "AnchorKind",
    "Corpus",
    "Document",
    "Event",
    "EventGraph",
    "EventMention",
    "Evidence",
    "Gazetteer",
    "GazetteerEntry",
    "Granularity",
    "InputError",
    "Interval",
    "Relation",
    "TimeMention",
    "TimelineError",
    "TimexType",
    "__version__",
    "build",
    "graph_figure",
    "infer_reference_date",
    "report",
    "tag",
    "tag_corpus",
    "timeline_figure",
]
