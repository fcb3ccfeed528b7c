"""Named events (temponyms) and reference-date inference.

* :class:`Gazetteer` / :class:`GazetteerEntry`: curated named events with their dates.
* :func:`learn_bindings`: dates of named events learned from the corpus itself.
* :func:`resolve_named_events`: temponym mentions added to a document's time mentions.
* :func:`infer_reference_date` / :func:`with_inferred_reference_date`: a publication date
  for documents that lack one, always marked as inferred.
"""

from timeline.anchors.gazetteer import Gazetteer, GazetteerEntry, name_key, timex_for_span
from timeline.anchors.named import (
    Binding,
    BindingConflict,
    Bindings,
    Temponym,
    event_key,
    find_temponyms,
    learn_bindings,
    resolve_named_events,
)
from timeline.anchors.refdate import (
    ReferenceDateInference,
    infer_reference_date,
    with_inferred_reference_date,
)

__all__ = [
    "Binding",
    "BindingConflict",
    "Bindings",
    "Gazetteer",
    "GazetteerEntry",
    "ReferenceDateInference",
    "Temponym",
    "event_key",
    "find_temponyms",
    "infer_reference_date",
    "learn_bindings",
    "name_key",
    "resolve_named_events",
    "timex_for_span",
    "with_inferred_reference_date",
]
