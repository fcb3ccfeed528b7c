"""Errors raised for bad input.

Every error about input names *where* it is: the file, the line (1-based) and the field,
so that a user can fix it without reading a traceback.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["InputError", "TimelineError"]


class TimelineError(Exception):
    """Base class for every error this library raises on purpose.

    Catch it to handle any deliberate error of the library (bad input, an output that
    cannot be written, an unknown event id) while letting real bugs through; its message is
    meant for the user as it is.

    Example:
        >>> from timeline import Corpus
        >>> try:
        ...     Corpus.from_manifest("no-such-manifest.csv")
        ... except TimelineError as exc:
        ...     print(type(exc).__name__, "-", exc)
        InputError - no-such-manifest.csv: manifest file not found
    """


class InputError(TimelineError, ValueError):
    """Bad input, located by file, line and field.

    Example:
        >>> str(InputError("not a date: '2024-02-30'", file="m.csv", line=3, field="reference_date"))
        "m.csv, line 3, field 'reference_date': not a date: '2024-02-30'"
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | Path | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.message = message
        self.file = str(file) if file is not None else None
        self.line = line
        self.field = field
        super().__init__(self._format())

    def _format(self) -> str:
        where = []
        if self.file is not None:
            where.append(self.file)
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.field is not None:
            where.append(f"field {self.field!r}")
        return (", ".join(where) + ": " if where else "") + self.message
