"""Time expressions: find them, normalise them to TIMEX3 and place them on the calendar."""

from timeline.temporal.tagger import tag

__all__ = ["tag"]
