"""Temporal tagger (placeholder: being written)."""

from __future__ import annotations

import datetime as dt

from timeline.model import Document, TimeMention

__all__ = ["tag"]


def tag(text_or_document: str | Document, reference_date: dt.date | str | None = None) -> list[TimeMention]:
    """Find and normalise every time expression (placeholder)."""
    return []
