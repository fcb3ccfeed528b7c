"""Corpus manifests: a CSV or JSON Lines file listing article files and their dates.

Columns (CSV header or JSON keys): ``path`` (required; relative to the manifest's folder),
``reference_date`` (ISO ``YYYY-MM-DD``; may be empty or absent), and optional ``title``,
``source``, ``url``, ``language`` and ``id`` (default: the file name without extension).
Format is chosen by extension: ``.jsonl``/``.ndjson`` are JSON Lines, anything else CSV.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path
from typing import Any

from timeline.errors import InputError
from timeline.model import Corpus, Document

__all__ = ["KNOWN_FIELDS", "load_manifest", "parse_iso_date"]

KNOWN_FIELDS = ("path", "reference_date", "title", "source", "url", "language", "id")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_iso_date(
    value: str,
    *,
    where: str | None = None,
    file: str | Path | None = None,
    line: int | None = None,
    field: str = "reference_date",
) -> dt.date:
    """Parse a strict ISO ``YYYY-MM-DD`` date, with an error that says what was expected.

    Example:
        >>> parse_iso_date("2024-12-02")
        datetime.date(2024, 12, 2)
        >>> parse_iso_date("2024-02-30")
        Traceback (most recent call last):
        ...
        timeline.errors.InputError: field 'reference_date': impossible date '2024-02-30' (day is out of range for month)
    """
    text = value.strip()
    if not _ISO_DATE.fullmatch(text):
        raise InputError(
            f"{text!r} is not an ISO date; expected YYYY-MM-DD, e.g. 2024-12-02",
            file=file if file is not None else where,
            line=line,
            field=field,
        )
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise InputError(
            f"impossible date {text!r} ({exc})",
            file=file if file is not None else where,
            line=line,
            field=field,
        ) from None


def _rows(path: Path, encoding: str) -> list[tuple[int, dict[str, Any]]]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError("manifest file not found", file=path) from None
    except OSError as exc:
        raise InputError(f"cannot read manifest: {exc.strerror or exc}", file=path) from None
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(
            f"cannot decode byte {raw[exc.start]:#04x} at offset {exc.start} as {encoding}",
            file=path,
            line=line,
        ) from None
    text = text.removeprefix("\ufeff")
    rows: list[tuple[int, dict[str, Any]]] = []
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        for number, line_text in enumerate(text.splitlines(), start=1):
            if not line_text.strip():
                continue
            try:
                obj = json.loads(line_text)
            except json.JSONDecodeError as exc:
                raise InputError(
                    f"invalid JSON: {exc.msg} (column {exc.colno})", file=path, line=number
                ) from None
            if not isinstance(obj, dict):
                raise InputError(f"expected a JSON object, got {type(obj).__name__}", file=path, line=number)
            rows.append((number, obj))
        return rows
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if reader.fieldnames is None:
        raise InputError("manifest is empty (no header line)", file=path, line=1)
    header = [h.strip() for h in reader.fieldnames]
    if "path" not in header:
        raise InputError(f"no 'path' column in header {header}", file=path, line=1, field="path")
    reader.fieldnames = header
    start_line = 2
    for row in reader:
        if None in row:
            raise InputError(
                f"row has {len(header) + len(row[None])} fields but the header has {len(header)}",
                file=path,
                line=start_line,
            )
        if any((v or "").strip() for v in row.values()):
            rows.append((start_line, dict(row)))
        start_line = reader.line_num + 1
    return rows


def _optional(row: dict[str, Any], key: str, path: Path, line: int) -> str | None:
    value = row.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"expected a string, got {type(value).__name__}", file=path, line=line, field=key)
    value = value.strip()
    return value or None


def load_manifest(path: str | Path, *, encoding: str = "utf-8") -> Corpus:
    """Load every article a manifest lists into a :class:`~timeline.model.Corpus`.

    Either every document loads or an :class:`~timeline.errors.InputError` names the first
    problem (file, line, field); nothing is half-loaded.

    Example:
        >>> corpus = load_manifest("examples/data/nato_ukraine/manifest.csv")  # doctest: +SKIP
        >>> len(corpus)  # doctest: +SKIP
        5
    """
    path = Path(path)
    rows = _rows(path, encoding)
    if not rows:
        raise InputError("manifest lists no documents", file=path)
    base = path.parent
    docs: list[Document] = []
    seen: dict[str, int] = {}
    for line, row in rows:
        unknown = sorted(set(row) - set(KNOWN_FIELDS))
        if unknown and path.suffix.lower() in (".jsonl", ".ndjson"):
            raise InputError(f"unknown field(s) {unknown}; known: {list(KNOWN_FIELDS)}", file=path, line=line)
        rel = _optional(row, "path", path, line)
        if rel is None:
            raise InputError("path is empty", file=path, line=line, field="path")
        file = base / rel
        try:
            raw = file.read_bytes()
        except FileNotFoundError:
            raise InputError(f"article file not found: {file}", file=path, line=line, field="path") from None
        except OSError as exc:
            raise InputError(
                f"cannot read article file {file}: {exc.strerror or exc}", file=path, line=line, field="path"
            ) from None
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(
                f"article file {file} is not valid {encoding}: byte {raw[exc.start]:#04x} at offset {exc.start}",
                file=path,
                line=line,
                field="path",
            ) from None
        text = text.removeprefix("\ufeff")
        ref_text = _optional(row, "reference_date", path, line)
        ref = parse_iso_date(ref_text, file=path, line=line) if ref_text else None
        doc_id = _optional(row, "id", path, line) or Path(rel).stem
        if doc_id in seen:
            raise InputError(
                f"duplicate id {doc_id!r} (first on line {seen[doc_id]})", file=path, line=line, field="id"
            )
        seen[doc_id] = line
        language = _optional(row, "language", path, line) or "en"
        try:
            doc = Document(
                id=doc_id,
                text=text,
                reference_date=ref,
                title=_optional(row, "title", path, line),
                source=_optional(row, "source", path, line),
                url=_optional(row, "url", path, line),
                language=language,
            )
        except ValueError as exc:
            raise InputError(str(exc), file=path, line=line, field="language") from None
        docs.append(doc)
    return Corpus(tuple(docs))
