"""Lossless, deterministic JSON for every model class (via cattrs).

Dates serialise as ISO ``YYYY-MM-DD``; interval bounds as ISO dates when at midnight,
else ISO datetimes; enums as their values; tuples as lists. Keys keep field order, so the
same value always gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, TypeVar

import cattrs

from timeline.model import AnchorKind, Granularity, Interval, TimexType, _iso

__all__ = ["converter", "from_json", "structure", "to_json", "unstructure"]

T = TypeVar("T")

converter = cattrs.Converter(forbid_extra_keys=True)
for _enum in (AnchorKind, Granularity, TimexType):
    converter.register_unstructure_hook(_enum, lambda e: e.value)
converter.register_unstructure_hook(dt.date, lambda d: d.isoformat())
converter.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))
converter.register_unstructure_hook(dt.datetime, _iso)
converter.register_structure_hook(dt.datetime, lambda v, _: dt.datetime.fromisoformat(v))
converter.register_unstructure_hook(Interval, lambda i: {"start": _iso(i.start), "end": _iso(i.end)})
converter.register_structure_hook(
    Interval,
    lambda v, _: Interval(dt.datetime.fromisoformat(v["start"]), dt.datetime.fromisoformat(v["end"])),
)


def unstructure(value: Any) -> Any:
    """Turn a model value into plain JSON-compatible Python data.

    Example:
        >>> from timeline.model import Evidence
        >>> unstructure(Evidence("d", 0, 3, "now"))
        {'doc': 'd', 'start': 0, 'end': 3, 'text': 'now'}
    """
    return converter.unstructure(value)


def structure(data: Any, cls: type[T]) -> T:
    """Build a model value of type ``cls`` from plain data made by :func:`unstructure`.

    Example:
        >>> from timeline.model import Evidence
        >>> structure({'doc': 'd', 'start': 0, 'end': 3, 'text': 'now'}, Evidence).text
        'now'
    """
    return converter.structure(data, cls)


def to_json(value: Any, *, indent: int | None = None) -> str:
    """Serialise a model value (or a list/dict of them) to JSON.

    Example:
        >>> from timeline.model import Evidence
        >>> to_json(Evidence("d", 0, 3, "now"))
        '{"doc": "d", "start": 0, "end": 3, "text": "now"}'
    """
    return json.dumps(unstructure(value), ensure_ascii=False, indent=indent)


def from_json(data: str | bytes, cls: type[T]) -> T:
    """Parse JSON made by :func:`to_json` back into ``cls``.

    Example:
        >>> from timeline.model import Evidence
        >>> from_json('{"doc": "d", "start": 0, "end": 3, "text": "now"}', Evidence).end
        3
    """
    return structure(json.loads(data), cls)
