"""Event mentions (find, classify, anchor in time) and their merging across documents.

Example:
    >>> from timeline.model import Document
    >>> [m.text for m in extract_events(Document("d", "NATO leaders met."))]
    ['met']
"""

from timeline.events.extract import extract_events
from timeline.events.merge import UnknownEventError, apply_overrides, merge_mentions, number_events

__all__ = ["UnknownEventError", "apply_overrides", "extract_events", "merge_mentions", "number_events"]
