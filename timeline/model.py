"""Value objects shared by every stage of the pipeline.

All classes are frozen, slotted attrs classes: hashable, comparable, cheap, and safe to
pass between processes. Every one of them round-trips through JSON unchanged
(:func:`timeline.io.json.to_json` / :func:`timeline.io.json.from_json`, or the ``to_json``
/ ``from_json`` methods on each class).

Offsets are always character offsets (Python ``str`` indices) into the original document
text, half-open: ``text[start:end]``.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, overload

import attrs

if TYPE_CHECKING:
    from typing import Self

__all__ = [
    "Anchor",
    "AnchorKind",
    "Corpus",
    "Document",
    "Event",
    "EventMention",
    "Evidence",
    "Granularity",
    "Interval",
    "Relation",
    "TimeMention",
    "TimexType",
]

_T = TypeVar("_T")


class _JsonMixin:
    """``to_json`` / ``from_json`` for every model class (lossless, deterministic)."""

    __slots__ = ()

    def to_json(self, *, indent: int | None = None) -> str:
        """Serialise to a JSON string (keys in field order; same input, same bytes).

        Example:
            >>> Interval.from_iso("2024-12-03", "2024-12-05").to_json()
            '{"start": "2024-12-03", "end": "2024-12-05"}'
        """
        from timeline.io.json import to_json

        return to_json(self, indent=indent)

    @classmethod
    def from_json(cls, data: str | bytes) -> Self:
        """Parse a JSON string produced by :meth:`to_json`.

        Example:
            >>> Interval.from_json('{"start": "2024-12-03", "end": "2024-12-05"}').days
            2.0
        """
        from timeline.io.json import from_json

        return from_json(data, cls)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-compatible ``dict`` (dates as ISO strings).

        Example:
            >>> Anchor(AnchorKind.REFERENCE_DATE, "2024-12-02").to_dict()["kind"]
            'reference_date'
        """
        from timeline.io.json import unstructure

        result = unstructure(self)
        assert isinstance(result, dict)
        return result


class TimexType(enum.StrEnum):
    """TIMEX3 ``type`` attribute: a calendar date, a time of day, a duration or a set
    (a recurrence). Members are strings equal to their TIMEX3 spelling.

    Example:
        >>> TimexType("DURATION") is TimexType.DURATION, TimexType.DATE == "DATE"
        (True, True)
        >>> from timeline import tag
        >>> [(m.text, m.type.value) for m in tag("The talks lasted three days and resume every week.",
        ...                                      reference_date="2024-12-02")]
        [('three days', 'DURATION'), ('every week', 'SET')]
    """

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Granularity(enum.StrEnum):
    """How precisely a time mention is placed on the calendar (finest first).

    Example:
        >>> Granularity("month") is Granularity.MONTH
        True
        >>> sorted([Granularity.YEAR, Granularity.DAY, Granularity.MONTH], key=lambda g: g.rank)
        [<Granularity.DAY: 'day'>, <Granularity.MONTH: 'month'>, <Granularity.YEAR: 'year'>]
        >>> from timeline import tag
        >>> [(m.text, m.granularity.value) for m in tag("On Tuesday, in December 2024 and in the 1990s.",
        ...                                             reference_date="2024-12-02")]
        [('Tuesday', 'day'), ('December 2024', 'month'), ('the 1990s', 'decade')]
    """

    MINUTE = "minute"
    HOUR = "hour"
    PART_OF_DAY = "part_of_day"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    MILLENNIUM = "millennium"

    @property
    def rank(self) -> int:
        """Position from finest (0) to coarsest.

        Example:
            >>> Granularity.DAY.rank < Granularity.YEAR.rank
            True
        """
        return _GRANULARITY_ORDER.index(self)


_GRANULARITY_ORDER = list(Granularity)


class AnchorKind(enum.StrEnum):
    """What a resolved value was computed from (the ``kind`` of an :class:`Anchor`).

    Example:
        >>> AnchorKind("gazetteer") is AnchorKind.GAZETTEER
        True
        >>> from timeline import tag
        >>> [(m.text, m.anchor.kind.value) for m in tag("On 3 December 2024, not on Tuesday.",
        ...                                             reference_date="2024-12-02")]
        [('3 December 2024', 'none'), ('Tuesday', 'reference_date')]
    """

    NONE = "none"  #: absolute: the text alone fixes the value
    REFERENCE_DATE = "reference_date"  #: the document's reference (publication) date
    MENTION = "mention"  #: an earlier time mention in the same document
    GAZETTEER = "gazetteer"  #: a named-event gazetteer entry
    BINDING = "binding"  #: a named-event date learned from another document of the corpus


def _check_datetime(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, dt.datetime):
        raise TypeError(f"{attribute.name} must be a datetime, got {value!r}")


@attrs.frozen(slots=True, order=True)
class Interval(_JsonMixin):
    """A half-open calendar interval ``[start, end)``.

    ``2024-12`` is ``[2024-12-01, 2025-01-01)``; ``December 3-4`` is
    ``[2024-12-03, 2024-12-05)``. Bounds are naive ``datetime`` values; midnight bounds
    serialise as plain ISO dates.

    Example:
        >>> Interval.from_iso("2024-12-03", "2024-12-05").days
        2.0
    """

    start: dt.datetime = attrs.field(validator=_check_datetime)
    end: dt.datetime = attrs.field(validator=_check_datetime)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"interval end {self.end} is before its start {self.start}")

    @classmethod
    def from_iso(cls, start: str, end: str) -> Interval:
        """Build from two ISO date or datetime strings.

        Example:
            >>> Interval.from_iso("2024-11-01", "2024-12-01").start.month
            11
        """
        return cls(dt.datetime.fromisoformat(start), dt.datetime.fromisoformat(end))

    @classmethod
    def day(cls, day: dt.date) -> Interval:
        """The interval covering one calendar day.

        Example:
            >>> Interval.day(dt.date(2024, 12, 3)).end.day
            4
        """
        start = dt.datetime(day.year, day.month, day.day)
        return cls(start, start + dt.timedelta(days=1))

    @property
    def days(self) -> float:
        """Length in days.

        Example:
            >>> Interval.from_iso("2024-07-09", "2024-07-12").days
            3.0
        """
        return (self.end - self.start).total_seconds() / 86400.0

    def contains(self, other: Interval) -> bool:
        """Whether ``other`` lies entirely within this interval.

        Example:
            >>> Interval.from_iso("2024-01-01", "2025-01-01").contains(
            ...     Interval.from_iso("2024-07-09", "2024-07-12"))
            True
        """
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Interval) -> bool:
        """Whether the two intervals share any instant.

        Example:
            >>> Interval.from_iso("2024-01-01", "2024-02-01").overlaps(
            ...     Interval.from_iso("2024-02-01", "2024-03-01"))
            False
        """
        return self.start < other.end and other.start < self.end

    def iso(self) -> tuple[str, str]:
        """Both bounds as ISO strings (dates when at midnight).

        Example:
            >>> Interval.from_iso("2024-12-03", "2024-12-05").iso()
            ('2024-12-03', '2024-12-05')
        """
        return (_iso(self.start), _iso(self.end))


def _iso(value: dt.datetime) -> str:
    if value.time() == dt.time(0):
        return value.date().isoformat()
    return value.isoformat()


@attrs.frozen(slots=True)
class Anchor(_JsonMixin):
    """What a mention's value was resolved against, so every date can be explained.

    ``value`` is the anchor itself: the reference date (ISO), the anchoring mention's
    value, or the gazetteer entry's name. ``doc``/``start``/``end`` locate an anchoring
    mention or learned binding in its document.

    Example:
        >>> Anchor(AnchorKind.REFERENCE_DATE, "2024-12-02").describe()
        'reference date 2024-12-02'
    """

    kind: AnchorKind = AnchorKind.NONE
    value: str | None = None
    doc: str | None = None
    start: int | None = None
    end: int | None = None

    def describe(self) -> str:
        """A short human-readable description.

        Example:
            >>> Anchor(AnchorKind.GAZETTEER, "Washington summit").describe()
            'gazetteer entry Washington summit'
        """
        if self.kind is AnchorKind.NONE:
            return "absolute"
        if self.kind is AnchorKind.REFERENCE_DATE:
            return f"reference date {self.value}"
        if self.kind is AnchorKind.MENTION:
            where = f" at {self.start}-{self.end}" if self.start is not None else ""
            return f"earlier mention {self.value}{where}"
        if self.kind is AnchorKind.GAZETTEER:
            return f"gazetteer entry {self.value}"
        return f"binding {self.value} learned from {self.doc} {self.start}-{self.end}"


def _nonnegative(instance: Any, attribute: attrs.Attribute[Any], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


@attrs.frozen(slots=True)
class TimeMention(_JsonMixin):
    """One time expression found in a document, with its TIMEX3 normalisation.

    ``value`` is ``None`` when the mention could not be resolved; ``reason`` then says why,
    and ``constraint`` keeps whatever the text still tells (``"BEFORE 2024-12-03"``).

    Example:
        >>> m = TimeMention(0, 7, "Tuesday", TimexType.DATE, "2024-12-03",
        ...                 granularity=Granularity.DAY, rule="weekday")
        >>> m.text, m.value
        ('Tuesday', '2024-12-03')
    """

    start: int = attrs.field(validator=_nonnegative)
    end: int = attrs.field()
    text: str = attrs.field()
    type: TimexType = attrs.field()
    value: str | None
    mod: str | None = None
    interval: Interval | None = None
    granularity: Granularity | None = None
    anchor: Anchor = Anchor()
    rule: str = ""
    doc_id: str | None = None
    reason: str | None = None
    constraint: str | None = None

    @end.validator
    def _check_end(self, attribute: attrs.Attribute[int], value: int) -> None:
        if value < self.start:
            raise ValueError(f"mention end {value} is before its start {self.start}")

    def explain(self) -> str:
        """How the value was obtained, in one line.

        Example:
            >>> TimeMention(0, 7, "Tuesday", TimexType.DATE, "2024-12-03",
            ...   anchor=Anchor(AnchorKind.REFERENCE_DATE, "2024-12-02"),
            ...   rule="weekday").explain()
            'Tuesday → 2024-12-03, from reference date 2024-12-02 (rule weekday)'
        """
        if self.value is None:
            why = f": {self.reason}" if self.reason else ""
            return f"{self.text} → unresolved{why} (rule {self.rule})"
        mod = f" [{self.mod}]" if self.mod else ""
        if self.anchor.kind is AnchorKind.NONE:
            return f"{self.text} → {self.value}{mod}, absolute (rule {self.rule})"
        return f"{self.text} → {self.value}{mod}, from {self.anchor.describe()} (rule {self.rule})"


@attrs.frozen(slots=True, order=True)
class Evidence(_JsonMixin):
    """A span of a document that supports a claim (a merge, an edge, a binding).

    Example:
        >>> Evidence("001", 10, 17, "Tuesday").doc
        '001'
    """

    doc: str
    start: int
    end: int
    text: str


@attrs.frozen(slots=True)
class EventMention(_JsonMixin):
    """One mention of an event (predicate or event noun) in one document.

    ``time`` is the time mention that governs it, if any; ``time_relation`` relates the
    event to that time (or, without one, to the reference date: ``BEFORE`` for past tense,
    ``AFTER`` for ``will``), and ``time_reason`` says why.

    Example:
        >>> EventMention("001", 5, 12, "meeting", lemma="meeting").lemma
        'meeting'
    """

    doc_id: str
    start: int = attrs.field(validator=_nonnegative)
    end: int = attrs.field()
    text: str = attrs.field()
    lemma: str = ""
    event_class: str = "OCCURRENCE"
    polarity: str = "POS"
    modality: str | None = None
    tense: str = "NONE"
    sentence: str = ""
    sentence_start: int = 0
    actors: tuple[str, ...] = ()
    location: str | None = None
    time: TimeMention | None = None
    time_relation: str | None = None
    time_reason: str | None = None

    @end.validator
    def _check_end(self, attribute: attrs.Attribute[int], value: int) -> None:
        if value < self.start:
            raise ValueError(f"mention end {value} is before its start {self.start}")

    @property
    def is_factual(self) -> bool:
        """Asserted as having happened (positive polarity, no modality).

        Example:
            >>> EventMention("d", 0, 5, "offer", polarity="NEG").is_factual
            False
        """
        return self.polarity == "POS" and self.modality is None


@attrs.frozen(slots=True)
class Event(_JsonMixin):
    """A real-world event: every mention of it across the corpus, merged.

    Example:
        >>> Event("e1", "meeting").label
        'meeting'
    """

    id: str
    label: str
    mentions: tuple[EventMention, ...] = ()
    interval: Interval | None = None
    value: str | None = None
    granularity: Granularity | None = None
    mod: str | None = None
    polarity: str = "POS"
    modality: str | None = None
    event_class: str = "OCCURRENCE"
    actors: tuple[str, ...] = ()
    location: str | None = None
    merge_reasons: tuple[str, ...] = ()

    @property
    def sources(self) -> tuple[str, ...]:
        """Ids of the documents that mention this event, in first-seen order.

        Example:
            >>> Event("e1", "x", (EventMention("b", 0, 1, "x"),
            ...                   EventMention("a", 0, 1, "x"))).sources
            ('b', 'a')
        """
        return tuple(dict.fromkeys(m.doc_id for m in self.mentions))


@attrs.frozen(slots=True)
class Relation(_JsonMixin):
    """An edge between two events: a sequence (Allen) relation or a causal link.

    Example:
        >>> Relation("e1", "e2", "sequence", "BEFORE").relation
        'BEFORE'
    """

    source: str
    target: str
    kind: str  # "sequence" | "causal"
    relation: str  # an Allen relation, or "CAUSES"
    cue: str | None = None
    evidence: tuple[Evidence, ...] = ()
    flag: str | None = None


def _check_iso_language(instance: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if not value or not value.replace("-", "").isalpha():
        raise ValueError(f"language must be a language code such as 'en', got {value!r}")


def _check_text(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if isinstance(value, bytes | bytearray):
        raise TypeError("document text must be str, not bytes: decode it first (e.g. .decode('utf-8'))")
    if not isinstance(value, str):
        raise TypeError(f"document text must be str, got {type(value).__name__}")


def _check_reference_date(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise ValueError(
            f"reference_date must be a datetime.date (or None), got {value!r}; "
            "parse strings with datetime.date.fromisoformat('YYYY-MM-DD')"
        )


@attrs.frozen(slots=True)
class Document(_JsonMixin):
    """One article: its text, its reference (publication) date, and where it came from.

    Example:
        >>> d = Document("001", "NATO meets on Tuesday.", dt.date(2024, 12, 2))
        >>> d.reference_date.isoformat()
        '2024-12-02'
    """

    id: str
    text: str = attrs.field(validator=_check_text)
    reference_date: dt.date | None = attrs.field(default=None, validator=_check_reference_date)
    title: str | None = None
    source: str | None = None
    url: str | None = None
    language: str = attrs.field(default="en", validator=_check_iso_language)
    reference_date_inferred: bool = False
    reference_date_evidence: tuple[Evidence, ...] = ()


D = TypeVar("D", bound=Document)


def _to_documents(value: Iterable[Document]) -> tuple[Document, ...]:
    return tuple(value)


def _unique_ids(instance: Any, attribute: attrs.Attribute[Any], value: tuple[Document, ...]) -> None:
    seen: set[str] = set()
    for position, doc in enumerate(value):
        if not isinstance(doc, Document):
            raise TypeError(f"corpus item {position} is a {type(doc).__name__}, not a Document")
        if doc.id in seen:
            raise ValueError(f"duplicate document id {doc.id!r} (item {position})")
        seen.add(doc.id)


@attrs.frozen(slots=True)
class Corpus(_JsonMixin):
    """An ordered collection of documents with unique ids.

    Example:
        >>> c = Corpus.from_texts(["On Tuesday.", "In 2008."], reference_dates=["2024-12-02", None])
        >>> len(c), c["doc1"].text
        (2, 'In 2008.')
    """

    documents: tuple[Document, ...] = attrs.field(converter=_to_documents, validator=_unique_ids)

    def __len__(self) -> int:
        return len(self.documents)

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)

    @overload
    def __getitem__(self, key: int) -> Document: ...
    @overload
    def __getitem__(self, key: str) -> Document: ...
    def __getitem__(self, key: int | str) -> Document:
        if isinstance(key, str):
            for doc in self.documents:
                if doc.id == key:
                    return doc
            raise KeyError(key)
        return self.documents[key]

    @property
    def ids(self) -> tuple[str, ...]:
        """Document ids in order.

        Example:
            >>> Corpus.from_texts(["a", "b"]).ids
            ('doc0', 'doc1')
        """
        return tuple(d.id for d in self.documents)

    @classmethod
    def from_texts(
        cls,
        texts: Sequence[str],
        *,
        reference_dates: Sequence[dt.date | str | None] | None = None,
        ids: Sequence[str] | None = None,
        titles: Sequence[str | None] | None = None,
        sources: Sequence[str | None] | None = None,
        language: str = "en",
    ) -> Corpus:
        """Build a corpus from in-memory strings.

        Reference dates may be ``date`` objects or ISO ``YYYY-MM-DD`` strings; ids default
        to ``doc0``, ``doc1``, …

        Example:
            >>> Corpus.from_texts(["x"], reference_dates=["2024-12-02"])[0].reference_date
            datetime.date(2024, 12, 2)
        """
        from timeline.io.manifest import parse_iso_date

        n = len(texts)
        for name, seq in (
            ("reference_dates", reference_dates),
            ("ids", ids),
            ("titles", titles),
            ("sources", sources),
        ):
            if seq is not None and len(seq) != n:
                raise ValueError(f"{name} has {len(seq)} items but there are {n} texts")
        docs = []
        for i, text in enumerate(texts):
            ref = reference_dates[i] if reference_dates is not None else None
            if isinstance(ref, str):
                ref = parse_iso_date(ref, where=f"reference_dates[{i}]")
            docs.append(
                Document(
                    id=ids[i] if ids is not None else f"doc{i}",
                    text=text,
                    reference_date=ref,
                    title=titles[i] if titles is not None else None,
                    source=sources[i] if sources is not None else None,
                    language=language,
                )
            )
        return cls(tuple(docs))

    @classmethod
    def from_manifest(cls, path: str | Path, *, encoding: str = "utf-8") -> Corpus:
        """Load a corpus from a CSV or JSON Lines manifest.

        Columns: ``path`` and ``reference_date`` (ISO ``YYYY-MM-DD``, may be empty), optional
        ``title``, ``source``, ``url``, ``language``, ``id``. Paths are relative to the
        manifest's folder. Any problem raises :class:`timeline.errors.InputError` naming the
        file, line and field; nothing is half-loaded.

        Example:
            >>> Corpus.from_manifest("examples/data/nato_ukraine/manifest.csv")  # doctest: +SKIP
        """
        from timeline.io.manifest import load_manifest

        return load_manifest(path, encoding=encoding)
