"""Gazetteers of named events (temponyms): load, validate, merge and match.

A gazetteer lists named events with their dates: ``name``, ``aliases``, ``start`` and
``end`` (ISO dates; ``end`` inclusive) and optional ``kind``, ``description`` and ``url``.
Files are JSON (a list of objects), JSON Lines, or CSV (aliases separated by ``|``),
chosen by extension. Every problem raises :class:`timeline.errors.InputError` naming the
file, line and field.

Matching compares bags of content words, so it is robust to articles, case,
possessives, word order and temporal modifiers:

Example:
    >>> import datetime as dt
    >>> g = Gazetteer.from_entries([GazetteerEntry(
    ...     "Washington summit", ("NATO summit in Washington",), dt.date(2024, 7, 9), dt.date(2024, 7, 11))])
    >>> [g.match(p).name for p in ("the Washington summit", "a recent summit in Washington",
    ...                            "NATO's summit in Washington")]
    ['Washington summit', 'Washington summit', 'Washington summit']
    >>> g.match("the G20 summit in Washington") is None
    True
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from timeline.errors import InputError
from timeline.io.manifest import parse_iso_date
from timeline.model import Granularity, Interval

__all__ = [
    "GAZETTEER_FIELDS",
    "Gazetteer",
    "GazetteerEntry",
    "NameKey",
    "name_key",
    "timex_for_span",
]

GAZETTEER_FIELDS = ("name", "aliases", "start", "end", "kind", "description", "url")

#: Words that never distinguish one named event from another.
STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "of",
        "in",
        "at",
        "on",
        "for",
        "to",
        "by",
        "from",
        "with",
        "and",
        "'s",
    ]
)
#: Temporal modifiers: dropped for matching, but they give an unresolved mention a constraint.
PAST_MODIFIERS = frozenset(["recent", "last", "previous", "past", "former", "earlier", "prior", "latest"])
FUTURE_MODIFIERS = frozenset(
    ["upcoming", "next", "coming", "forthcoming", "planned", "future", "scheduled", "proposed"]
)
#: Other modifiers that do not change which event is meant.
GENERIC_MODIFIERS = frozenset(
    [
        "historic",
        "landmark",
        "annual",
        "so-called",
        "key",
        "major",
        "big",
        "high-profile",
        "much-anticipated",
        "long-awaited",
        "much-awaited",
        "ill-fated",
        "full-scale",
    ]
)
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[\w]+(?:[-&][\w]+)*(?:['’]s?)?")
_YEAR = re.compile(r"(?:1[89]|20)\d{2}")


@attrs.frozen(slots=True)
class NameKey:
    """A normalised event name: a bag of content words, years and acronyms apart.

    ``words`` are lower-cased content words without articles, possessives or temporal
    modifiers; ``acronyms`` are the all-capital ones (``NATO``), which may be left out
    of another mention of the same event; ``modifiers`` are the temporal modifiers seen.

    Example:
        >>> k = name_key("NATO's recent 2024 summit in Washington")
        >>> sorted(k.words), k.years, k.acronyms, k.modifiers
        (['nato', 'summit', 'washington'], (2024,), frozenset({'nato'}), ('recent',))
    """

    words: frozenset[str]
    years: tuple[int, ...] = ()
    acronyms: frozenset[str] = frozenset()
    modifiers: tuple[str, ...] = ()

    @property
    def core(self) -> frozenset[str]:
        """The words without acronyms.

        Example:
            >>> sorted(name_key("NATO summit in Vilnius").core)
            ['summit', 'vilnius']
        """
        return self.words - self.acronyms


def name_key(text: str) -> NameKey:
    """Normalise an event name or a phrase naming an event (see :class:`NameKey`).

    Example:
        >>> sorted(name_key("the Vilnius 2023 summit").words), name_key("the Vilnius 2023 summit").years
        (['summit', 'vilnius'], (2023,))
    """
    words: set[str] = set()
    years: list[int] = []
    acronyms: set[str] = set()
    modifiers: list[str] = []
    for m in _TOKEN.finditer(text):
        raw = re.sub(r"['’]s?$", "", m.group(0))
        if not raw:
            continue
        low = raw.lower()
        if _YEAR.fullmatch(raw):
            years.append(int(raw))
            continue
        if low in STOPWORDS or low in GENERIC_MODIFIERS:
            continue
        if low in PAST_MODIFIERS or low in FUTURE_MODIFIERS:
            modifiers.append(low)
            continue
        if low.endswith(("'", "’")):
            low = low[:-1]
        words.add(low)
        if len(raw) >= 2 and raw.replace(".", "").isupper() and raw.replace(".", "").isalpha():
            acronyms.add(low)
    return NameKey(frozenset(words), tuple(sorted(set(years))), frozenset(acronyms), tuple(modifiers))


def timex_for_span(start: dt.date, end: dt.date) -> tuple[str, Granularity]:
    """The smallest TIMEX3 calendar unit containing the inclusive span ``start..end``.

    Example:
        >>> timex_for_span(dt.date(2024, 7, 9), dt.date(2024, 7, 11))
        ('2024-07', <Granularity.MONTH: 'month'>)
        >>> timex_for_span(dt.date(1994, 12, 5), dt.date(1994, 12, 5))[0]
        '1994-12-05'
        >>> timex_for_span(dt.date(2023, 12, 30), dt.date(2024, 1, 2))[0]
        '202'
    """
    if start == end:
        return start.isoformat(), Granularity.DAY
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.year:04d}-{start.month:02d}", Granularity.MONTH
    if start.year == end.year:
        if (start.month - 1) // 3 == (end.month - 1) // 3:
            return f"{start.year:04d}-Q{(start.month - 1) // 3 + 1}", Granularity.QUARTER
        if (start.month - 1) // 6 == (end.month - 1) // 6:
            return f"{start.year:04d}-H{(start.month - 1) // 6 + 1}", Granularity.HALF
        return f"{start.year:04d}", Granularity.YEAR
    if start.year // 10 == end.year // 10:
        return f"{start.year // 10:03d}", Granularity.DECADE
    if start.year // 100 == end.year // 100:
        return f"{start.year // 100:02d}", Granularity.CENTURY
    return f"{start.year // 1000:01d}", Granularity.MILLENNIUM


def _strip_or_none(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


def _strip(value: str) -> str:
    return value.strip()


def _aliases(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(a.strip() for a in value if a.strip()))


@attrs.frozen(slots=True)
class GazetteerEntry:
    """One named event with its (inclusive) dates.

    Example:
        >>> e = GazetteerEntry("Vilnius summit", ("NATO summit in Vilnius",),
        ...                    dt.date(2023, 7, 11), dt.date(2023, 7, 12))
        >>> e.value, e.interval.iso()
        ('2023-07', ('2023-07-11', '2023-07-13'))
    """

    name: str = attrs.field(converter=_strip)
    aliases: tuple[str, ...] = attrs.field(converter=_aliases)
    start: dt.date
    end: dt.date
    kind: str | None = attrs.field(default=None, converter=_strip_or_none)
    description: str | None = attrs.field(default=None, converter=_strip_or_none)
    url: str | None = attrs.field(default=None, converter=_strip_or_none)

    def __attrs_post_init__(self) -> None:
        if not self.name:
            raise ValueError("a named event needs a non-empty name")
        for label, value in (("start", self.start), ("end", self.end)):
            if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
                raise ValueError(f"{label} must be a datetime.date, got {value!r}")
        if self.end < self.start:
            raise ValueError(f"end {self.end.isoformat()} is before start {self.start.isoformat()}")

    @property
    def names(self) -> tuple[str, ...]:
        """The name followed by every alias.

        Example:
            >>> GazetteerEntry("X", ("Y",), dt.date(2000, 1, 1), dt.date(2000, 1, 1)).names
            ('X', 'Y')
        """
        return (self.name, *self.aliases)

    @property
    def interval(self) -> Interval:
        """The exact span, half-open (``end`` + 1 day).

        Example:
            >>> GazetteerEntry("X", (), dt.date(2000, 1, 1), dt.date(2000, 1, 1)).interval.days
            1.0
        """
        return Interval(
            dt.datetime.combine(self.start, dt.time()),
            dt.datetime.combine(self.end, dt.time()) + dt.timedelta(days=1),
        )

    @property
    def value(self) -> str:
        """TIMEX3 value: the date for a one-day event, else the smallest unit containing it."""
        return timex_for_span(self.start, self.end)[0]

    @property
    def granularity(self) -> Granularity:
        """Granularity of :attr:`value`."""
        return timex_for_span(self.start, self.end)[1]


def _norm_name(name: str) -> str:
    return " ".join(name.lower().split())


class Gazetteer:
    """An immutable collection of :class:`GazetteerEntry`, with unique names and aliases.

    Example:
        >>> g = Gazetteer.load("examples/data/nato_ukraine/gazetteer.json")
        >>> len(g), g.get("bucharest pledge").name
        (4, 'Bucharest summit')
    """

    __slots__ = ("_by_name", "_entries", "_keys")

    def __init__(self, entries: Iterable[GazetteerEntry] = ()) -> None:
        items = tuple(entries)
        by_name: dict[str, GazetteerEntry] = {}
        for entry in items:
            for n in entry.names:
                other = by_name.get(_norm_name(n))
                if other is not None and other is not entry:
                    raise InputError(
                        f"name {n!r} of {entry.name!r} is already used by {other.name!r}", field="name"
                    )
                by_name[_norm_name(n)] = entry
        self._entries = items
        self._by_name = by_name
        self._keys = tuple((e, tuple(name_key(n) for n in e.names)) for e in items)

    @classmethod
    def from_entries(cls, entries: Iterable[GazetteerEntry]) -> Gazetteer:
        """Build from entries (names and aliases must be unique, case-insensitively).

        Example:
            >>> len(Gazetteer.from_entries([]))
            0
        """
        return cls(entries)

    @classmethod
    def load(cls, path: str | Path, *, encoding: str = "utf-8") -> Gazetteer:
        """Load a ``.json`` (list of objects), ``.jsonl``/``.ndjson`` or ``.csv`` gazetteer.

        Example:
            >>> Gazetteer.load("examples/data/nato_ukraine/gazetteer.json").get("Vilnius summit").value
            '2023-07'
        """
        return cls(_load_entries(Path(path), encoding))

    def merge(self, other: Gazetteer) -> Gazetteer:
        """Both gazetteers together; identical entries are kept once, clashing names are an error.

        Example:
            >>> g = Gazetteer.load("examples/data/nato_ukraine/gazetteer.json")
            >>> len(g.merge(g))
            4
        """
        entries = list(self._entries)
        for entry in other:
            if entry not in entries:
                entries.append(entry)
        return Gazetteer(entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[GazetteerEntry]:
        return iter(self._entries)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and _norm_name(name) in self._by_name

    def __repr__(self) -> str:
        return f"Gazetteer({len(self)} entries)"

    def get(self, name: str) -> GazetteerEntry:
        """The entry with this name or alias (case-insensitive); ``KeyError`` if none.

        Example:
            >>> Gazetteer().get("x")
            Traceback (most recent call last):
            ...
            KeyError: 'x'
        """
        try:
            return self._by_name[_norm_name(name)]
        except KeyError:
            raise KeyError(name) from None

    def candidates(self, phrase: str | NameKey) -> list[GazetteerEntry]:
        """Every entry the phrase may name, best first (see :meth:`match`).

        Example:
            >>> Gazetteer.load("examples/data/nato_ukraine/gazetteer.json").candidates("the summit")
            []
        """
        key = phrase if isinstance(phrase, NameKey) else name_key(phrase)
        if not key.words:
            return []
        scored: list[tuple[int, int, GazetteerEntry]] = []
        for position, (entry, keys) in enumerate(self._keys):
            vocabulary: set[str] = set()
            for k in keys:
                vocabulary |= k.words
            if not key.words - key.acronyms <= vocabulary:
                continue
            if any(not entry.start.year <= y <= entry.end.year for y in key.years):
                continue
            best = max((len(k.words) for k in keys if k.words and k.words <= key.words), default=0)
            if best:
                scored.append((-best, position, entry))
        scored.sort(key=lambda t: (t[0], t[1]))
        return [e for _, _, e in scored]

    def match(self, phrase: str | NameKey) -> GazetteerEntry | None:
        """The entry a phrase names, or ``None`` (no entry, or two equally good ones).

        A phrase names an entry when it contains every content word of one of the entry's
        names and no word foreign to all of them (acronyms such as ``NATO`` excepted), and
        any year it gives falls within the event.

        Example:
            >>> g = Gazetteer.load("examples/data/nato_ukraine/gazetteer.json")
            >>> g.match("the 2008 Bucharest pledge").value, g.match("the 2009 Bucharest pledge")
            ('2008-04', None)
        """
        key = phrase if isinstance(phrase, NameKey) else name_key(phrase)
        found = self.candidates(key)
        if not found:
            return None
        if len(found) > 1:
            best = [self._score(key, e) for e in found[:2]]
            if best[0] == best[1]:
                return None
        return found[0]

    def _score(self, key: NameKey, entry: GazetteerEntry) -> int:
        return max((len(name_key(n).words) for n in entry.names if name_key(n).words <= key.words), default=0)


# --------------------------------------------------------------------------------------- loading


def _json_objects(text: str, path: Path) -> list[tuple[int, Any]]:
    """Top-level array items of a JSON document, each with the line it starts on."""
    decoder = json.JSONDecoder()
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"invalid JSON: {exc.msg} (column {exc.colno})", file=path, line=exc.lineno
        ) from None
    pos = len(text) - len(text.lstrip())
    if not text[pos:].startswith("["):
        raise InputError("expected a JSON list of objects", file=path, line=text.count("\n", 0, pos) + 1)
    pos += 1
    items: list[tuple[int, Any]] = []
    while True:
        while pos < len(text) and text[pos] in " \t\r\n,":
            pos += 1
        if pos >= len(text) or text[pos] == "]":
            return items
        obj, end = decoder.raw_decode(text, pos)
        items.append((text.count("\n", 0, pos) + 1, obj))
        pos = end


def _rows(path: Path, encoding: str) -> list[tuple[int, dict[str, Any]]]:
    try:
        text = path.read_text(encoding=encoding).removeprefix("\ufeff")
    except FileNotFoundError:
        raise InputError("gazetteer file not found", file=path) from None
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid {encoding}: {exc.reason} at byte {exc.start}", file=path) from None
    except OSError as exc:
        raise InputError(f"cannot read gazetteer: {exc.strerror or exc}", file=path) from None
    suffix = path.suffix.lower()
    rows: list[tuple[int, Any]] = []
    if suffix == ".json":
        rows = _json_objects(text, path)
    elif suffix in (".jsonl", ".ndjson"):
        for number, line_text in enumerate(text.splitlines(), start=1):
            if line_text.strip():
                try:
                    rows.append((number, json.loads(line_text)))
                except json.JSONDecodeError as exc:
                    raise InputError(
                        f"invalid JSON: {exc.msg} (column {exc.colno})", file=path, line=number
                    ) from None
    elif suffix == ".csv":
        reader = csv.DictReader(io.StringIO(text, newline=""))
        if reader.fieldnames is None:
            raise InputError("gazetteer is empty (no header line)", file=path, line=1)
        header = [h.strip() for h in reader.fieldnames]
        for required in ("name", "start", "end"):
            if required not in header:
                raise InputError(
                    f"no {required!r} column in header {header}", file=path, line=1, field=required
                )
        unknown = [h for h in header if h not in GAZETTEER_FIELDS]
        if unknown:
            raise InputError(
                f"unknown column(s) {unknown}; known: {list(GAZETTEER_FIELDS)}", file=path, line=1
            )
        reader.fieldnames = header
        line = 2
        for row in reader:
            if None in row:
                raise InputError(f"row has more fields than the header ({len(header)})", file=path, line=line)
            if any((v or "").strip() for v in row.values()):
                aliases = row.get("aliases") or ""
                rows.append((line, {**row, "aliases": list(aliases.split("|"))}))
            line = reader.line_num + 1
    else:
        raise InputError(f"unknown gazetteer format {path.suffix!r}; use .json, .jsonl or .csv", file=path)
    return rows


def _text_field(row: dict[str, Any], key: str, path: Path, line: int) -> str | None:
    value = row.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"expected a string, got {type(value).__name__}", file=path, line=line, field=key)
    return value.strip() or None


def _load_entries(path: Path, encoding: str) -> list[GazetteerEntry]:
    entries: list[GazetteerEntry] = []
    seen: dict[str, tuple[int, str]] = {}
    for line, row in _rows(path, encoding):
        if not isinstance(row, dict):
            raise InputError(f"expected a JSON object, got {type(row).__name__}", file=path, line=line)
        unknown = sorted(set(row) - set(GAZETTEER_FIELDS))
        if unknown:
            raise InputError(
                f"unknown field(s) {unknown}; known: {list(GAZETTEER_FIELDS)}",
                file=path,
                line=line,
                field=unknown[0],
            )
        name = _text_field(row, "name", path, line)
        if name is None:
            raise InputError("name is missing or empty", file=path, line=line, field="name")
        raw_aliases = row.get("aliases") or []
        if isinstance(raw_aliases, str):
            raw_aliases = raw_aliases.split("|")
        if not isinstance(raw_aliases, list) or not all(isinstance(a, str) for a in raw_aliases):
            raise InputError("aliases must be a list of strings", file=path, line=line, field="aliases")
        dates: dict[str, dt.date] = {}
        for key in ("start", "end"):
            value = _text_field(row, key, path, line)
            if value is None:
                raise InputError(f"{key} date is missing", file=path, line=line, field=key)
            dates[key] = parse_iso_date(value, file=path, line=line, field=key)
        if dates["end"] < dates["start"]:
            raise InputError(
                f"end {dates['end'].isoformat()} is before start {dates['start'].isoformat()}",
                file=path,
                line=line,
                field="end",
            )
        entry = GazetteerEntry(
            name,
            tuple(raw_aliases),
            dates["start"],
            dates["end"],
            _text_field(row, "kind", path, line),
            _text_field(row, "description", path, line),
            _text_field(row, "url", path, line),
        )
        for field, names in (("name", (entry.name,)), ("aliases", entry.aliases)):
            for n in names:
                norm = _norm_name(n)
                if norm in seen and not (field == "aliases" and seen[norm] == (line, entry.name)):
                    first_line, first = seen[norm]
                    raise InputError(
                        f"duplicate name {n!r} (already used by {first!r} on line {first_line})",
                        file=path,
                        line=line,
                        field=field,
                    )
                seen[norm] = (line, entry.name)
        entries.append(entry)
    return entries
