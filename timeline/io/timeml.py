"""TimeML and TempEval-3 interchange: read gold annotations, write our own.

:func:`read_timeml` / :func:`parse_timeml` turn a TimeML (``.tml``) or TempEval-3
(``.TE3input``) file into a :class:`TimeMLDocument`: the plain
:class:`~timeline.model.Document` (text = the character content of ``<TEXT>`` exactly,
entities decoded; reference date from the ``<DCT>`` TIMEX3) plus the gold TIMEX3, EVENT
(with their MAKEINSTANCE attributes) and TLINK annotations, located by character offsets
into that text.

:func:`to_timeml` writes a document with our :class:`~timeline.model.TimeMention` (and
optionally events and TLINKs) back as inline TimeML; :func:`gold_to_timeml` writes a
:class:`TimeMLDocument`'s gold annotations back. Reading the output again gives the same
text and spans.

Untrusted XML is parsed with :mod:`defusedxml`: DTD entity declarations (billion laughs)
and external entities are refused before anything is expanded, and malformed XML raises
:class:`timeline.errors.InputError` naming the file and line.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import attrs
import defusedxml
import defusedxml.ElementTree as DET

from timeline.errors import InputError
from timeline.model import AnchorKind, Document, EventMention, TimeMention

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

__all__ = [
    "TIMEML_SUFFIXES",
    "GoldEvent",
    "GoldTimex",
    "GoldTlink",
    "TimeMLDocument",
    "atomic_write_text",
    "find_timeml_files",
    "gold_to_timeml",
    "parse_timeml",
    "read_timeml",
    "timeml_stem",
    "to_timeml",
    "write_timeml",
]

#: file name endings recognised as TimeML input (compared case-insensitively)
TIMEML_SUFFIXES = (".tml", ".te3input")

_Attrs = tuple[tuple[str, str], ...]


@attrs.frozen(slots=True)
class GoldTimex:
    """A gold TIMEX3: id, character span into the document text, and attributes.

    ``extra`` keeps every other attribute of the tag (``temporalFunction``,
    ``beginPoint``, ``quant``, …) in document order, so gold files can be written back.

    Example:
        >>> t = GoldTimex("t1", 10, 16, "Friday", "DATE", "1998-08-07")
        >>> t.end - t.start, t.value
        (6, '1998-08-07')
    """

    tid: str
    start: int
    end: int
    text: str
    type: str
    value: str | None = None
    mod: str | None = None
    anchor_time_id: str | None = None
    function_in_document: str | None = None
    extra: _Attrs = ()


@attrs.frozen(slots=True)
class GoldEvent:
    """A gold EVENT with the attributes of its MAKEINSTANCE (matched by ``eventID``).

    ``eiids`` lists every instance id made of this event (usually one); tense, aspect,
    polarity, modality and pos come from the first instance (or the EVENT tag itself in
    TimeML variants that put them there).

    Example:
        >>> GoldEvent("e1", 0, 8, "exploded", "OCCURRENCE", eiids=("ei1",)).eiids
        ('ei1',)
    """

    eid: str
    start: int
    end: int
    text: str
    event_class: str = "OCCURRENCE"
    eiids: tuple[str, ...] = ()
    tense: str | None = None
    aspect: str | None = None
    polarity: str | None = None
    modality: str | None = None
    pos: str | None = None
    extra: _Attrs = ()


@attrs.frozen(slots=True)
class GoldTlink:
    """A gold TLINK between event instances and/or times.

    Example:
        >>> GoldTlink("l1", "BEFORE", event_instance_id="ei1", related_to_time="t0").rel_type
        'BEFORE'
    """

    lid: str
    rel_type: str
    event_instance_id: str | None = None
    time_id: str | None = None
    related_to_event_instance: str | None = None
    related_to_time: str | None = None
    extra: _Attrs = ()


@attrs.frozen(slots=True)
class TimeMLDocument:
    """A document read from TimeML together with its gold annotations.

    ``timexes`` and ``events`` are the ones inside ``<TEXT>``, in text order; the DCT
    TIMEX3 is ``dct`` (and is never among ``timexes``).

    Example:
        >>> tml = parse_timeml('<TimeML><TEXT>On <TIMEX3 tid="t1" type="DATE" '
        ...                    'value="1998">1998</TIMEX3>.</TEXT></TimeML>', doc_id="d")
        >>> tml.document.text, [(t.start, t.end, t.value) for t in tml.timexes]
        ('On 1998.', [(3, 7, '1998')])
    """

    document: Document
    timexes: tuple[GoldTimex, ...] = ()
    events: tuple[GoldEvent, ...] = ()
    tlinks: tuple[GoldTlink, ...] = ()
    dct: GoldTimex | None = None


# --------------------------------------------------------------------------- reading

_TIMEX_KNOWN = ("tid", "type", "value", "mod", "anchorTimeID", "functionInDocument")
_EVENT_KNOWN = ("eid", "class")
_INSTANCE_ATTRS = ("tense", "aspect", "polarity", "modality", "pos")
_TLINK_KNOWN = (
    "lid",
    "relType",
    "eventInstanceID",
    "timeID",
    "relatedToEventInstance",
    "relatedToTime",
)
_DATE_RE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})")


def _local(tag: str) -> str:
    """Tag name without any ``{namespace}`` prefix."""
    return tag.rsplit("}", 1)[-1]


def _extra(element: Element, known: Iterable[str]) -> _Attrs:
    skip = set(known)
    return tuple((k, v) for k, v in element.attrib.items() if k not in skip)


def _entity_line(data: str, name: str | None) -> int | None:
    """Line of the first ``<!ENTITY name`` declaration (for error messages)."""
    pattern = r"<!ENTITY\s+(?:%\s+)?" + (re.escape(name) if name else r"")
    match = re.search(pattern, data)
    return data.count("\n", 0, match.start()) + 1 if match else None


def _parse_xml(data: str | bytes, source: str) -> Element:
    """Parse untrusted XML safely, turning every failure into an :class:`InputError`."""
    try:
        return DET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.EntitiesForbidden as exc:
        text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
        raise InputError(
            f"XML entity declaration {exc.name!r} refused: entity declarations are not allowed "
            "(they can expand without bound, 'billion laughs', or read external files)",
            file=source,
            line=_entity_line(text, exc.name),
        ) from None
    except defusedxml.ExternalReferenceForbidden as exc:
        raise InputError(
            f"external XML reference refused (system id {exc.sysid!r}): TimeML input may not "
            "load external resources",
            file=source,
        ) from None
    except defusedxml.DefusedXmlException as exc:
        raise InputError(f"unsafe XML refused: {exc}", file=source) from None
    except ET.ParseError as exc:
        line, column = exc.position
        message = str(exc).split(": line", 1)[0]
        raise InputError(f"malformed XML: {message} (column {column + 1})", file=source, line=line) from None


def _parse_dct_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    match = _DATE_RE.match(value)
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _timex_from(element: Element, start: int, end: int, text: str) -> GoldTimex:
    a = element.attrib
    return GoldTimex(
        tid=a.get("tid", ""),
        start=start,
        end=end,
        text=text,
        type=a.get("type", ""),
        value=a.get("value"),
        mod=a.get("mod"),
        anchor_time_id=a.get("anchorTimeID"),
        function_in_document=a.get("functionInDocument"),
        extra=_extra(element, _TIMEX_KNOWN),
    )


def _walk_text(
    element: Element,
    parts: list[str],
    offset: int,
    found: list[tuple[Element, int, int]],
) -> int:
    """Collect the character content of ``element``; record each child's span."""
    if element.text:
        parts.append(element.text)
        offset += len(element.text)
    for child in element:
        start = offset
        offset = _walk_text(child, parts, offset, found)
        found.append((child, start, offset))
        if child.tail:
            parts.append(child.tail)
            offset += len(child.tail)
    return offset


def parse_timeml(
    data: str | bytes,
    *,
    source: str | Path = "<string>",
    doc_id: str | None = None,
) -> TimeMLDocument:
    """Parse TimeML (or TempEval-3 ``.TE3input``) from a string or bytes.

    ``source`` names the input in error messages; ``doc_id`` overrides the ``<DOCID>``
    (which otherwise gives the id, falling back to ``source``'s file stem).

    Example:
        >>> tml = parse_timeml('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" '
        ...   'functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT>Bombs &amp; '
        ...   '<EVENT eid="e1" class="OCCURRENCE">blasts</EVENT></TEXT>'
        ...   '<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST"/></TimeML>', doc_id="d")
        >>> tml.document.text, tml.document.reference_date, tml.events[0].tense
        ('Bombs & blasts', datetime.date(1998, 8, 7), 'PAST')
    """
    where = str(source)
    root = _parse_xml(data, where)
    if _local(root.tag) != "TimeML":
        raise InputError(f"root element is <{_local(root.tag)}>, expected <TimeML>", file=where, line=1)

    text_element: Element | None = None
    dct: GoldTimex | None = None
    docid: str | None = None
    title: str | None = None
    instances: dict[str, list[Element]] = {}
    tlinks: list[GoldTlink] = []
    for child in root.iter():
        name = _local(child.tag)
        if name == "TEXT" and text_element is None:
            text_element = child
        elif name == "DOCID" and docid is None:
            docid = "".join(child.itertext()).strip() or None
        elif name == "TITLE" and title is None:
            title = " ".join("".join(child.itertext()).split()) or None
        elif name == "DCT" and dct is None:
            for timex in child.iter():
                if _local(timex.tag) == "TIMEX3":
                    content = "".join(timex.itertext())
                    dct = _timex_from(timex, 0, 0, content)
                    break
        elif name == "MAKEINSTANCE":
            event_id = child.attrib.get("eventID")
            if event_id:
                instances.setdefault(event_id, []).append(child)
        elif name == "TLINK":
            a = child.attrib
            tlinks.append(
                GoldTlink(
                    lid=a.get("lid", ""),
                    rel_type=a.get("relType", ""),
                    event_instance_id=a.get("eventInstanceID"),
                    time_id=a.get("timeID"),
                    related_to_event_instance=a.get("relatedToEventInstance"),
                    related_to_time=a.get("relatedToTime"),
                    extra=_extra(child, _TLINK_KNOWN),
                )
            )
    if dct is None:  # some variants put the creation-time TIMEX3 elsewhere (not in TEXT)
        in_text = set(text_element.iter()) if text_element is not None else set()
        for timex in root.iter():
            if (
                _local(timex.tag) == "TIMEX3"
                and timex.attrib.get("functionInDocument") == "CREATION_TIME"
                and timex not in in_text
            ):
                dct = _timex_from(timex, 0, 0, "".join(timex.itertext()))
                break

    parts: list[str] = []
    found: list[tuple[Element, int, int]] = []
    if text_element is not None:
        _walk_text(text_element, parts, 0, found)
    text = "".join(parts)

    timexes: list[GoldTimex] = []
    events: list[GoldEvent] = []
    for element, start, end in found:
        name = _local(element.tag)
        if name == "TIMEX3":
            timexes.append(_timex_from(element, start, end, text[start:end]))
        elif name == "EVENT":
            a = element.attrib
            eid = a.get("eid", "")
            made = instances.get(eid, [])
            first = made[0].attrib if made else {}
            values = {k: first.get(k, a.get(k)) for k in _INSTANCE_ATTRS}
            events.append(
                GoldEvent(
                    eid=eid,
                    start=start,
                    end=end,
                    text=text[start:end],
                    event_class=a.get("class", first.get("class", "OCCURRENCE")),
                    eiids=tuple(m.attrib["eiid"] for m in made if "eiid" in m.attrib),
                    tense=values["tense"],
                    aspect=values["aspect"],
                    polarity=values["polarity"],
                    modality=values["modality"],
                    pos=values["pos"],
                    extra=_extra(element, (*_EVENT_KNOWN, *_INSTANCE_ATTRS)),
                )
            )
    timexes.sort(key=lambda t: (t.start, -t.end))
    events.sort(key=lambda e: (e.start, -e.end))

    if doc_id is None:
        doc_id = docid or timeml_stem(Path(where).name) or "doc"
    document = Document(
        id=doc_id,
        text=text,
        reference_date=_parse_dct_date(dct.value if dct else None),
        title=title,
        source=where if where != "<string>" else None,
    )
    return TimeMLDocument(document, tuple(timexes), tuple(events), tuple(tlinks), dct)


def timeml_stem(name: str) -> str:
    """File name without its TimeML endings.

    Example:
        >>> timeml_stem("APW19980807.0261.tml.TE3input")
        'APW19980807.0261'
    """
    changed = True
    while changed:
        changed = False
        for suffix in TIMEML_SUFFIXES:
            if name.lower().endswith(suffix) and len(name) > len(suffix):
                name = name[: -len(suffix)]
                changed = True
    return name


def read_timeml(path: str | Path, *, doc_id: str | None = None) -> TimeMLDocument:
    """Read a TimeML or TempEval-3 file (see :func:`parse_timeml`).

    Example:
        >>> read_timeml("TBAQ-cleaned/TimeBank/wsj_0006.tml").document.reference_date  # doctest: +SKIP
        datetime.date(1989, 11, 2)
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", file=path) from None
    except IsADirectoryError:
        raise InputError("is a directory, expected a TimeML file", file=path) from None
    return parse_timeml(data, source=path, doc_id=doc_id)


def find_timeml_files(directory: str | Path) -> list[Path]:
    """Every ``.tml`` / ``.TE3input`` file below ``directory``, sorted by relative path.

    Hidden files and folders (names starting with ``.``) are skipped.

    Example:
        >>> find_timeml_files("TBAQ-cleaned")[:1]  # doctest: +SKIP
        [PosixPath('TBAQ-cleaned/AQUAINT/APW19980807.0261.tml')]
    """
    root = Path(directory)
    if not root.is_dir():
        raise InputError("not a directory", file=root)
    found = []
    for path in root.rglob("*"):
        relative = path.relative_to(root)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.is_file() and path.name.lower().endswith(TIMEML_SUFFIXES):
            found.append(path)
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


# --------------------------------------------------------------------------- writing

_INVALID_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_SCHEMA = "http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd"

_TimexLike = TimeMention | GoldTimex
_EventLike = EventMention | GoldEvent


def _escape_text(text: str) -> str:
    bad = _INVALID_XML_CHARS.search(text)
    if bad:
        raise ValueError(
            f"character {bad.group()!r} at offset {bad.start()} cannot be represented in XML 1.0"
        )
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _escape_attr(value: str) -> str:
    return _escape_text(value).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


def _tag(name: str, attributes: Sequence[tuple[str, str | None]], *, empty: bool = False) -> str:
    rendered = "".join(f' {k}="{_escape_attr(v)}"' for k, v in attributes if v is not None)
    return f"<{name}{rendered}{' /' if empty else ''}>"


@attrs.frozen(slots=True)
class _Inline:
    start: int
    end: int
    name: str
    attributes: tuple[tuple[str, str | None], ...]
    priority: int  # outer tags first when spans are equal


def _inline_markup(text: str, items: Sequence[_Inline]) -> str:
    """Insert well-nested inline tags into ``text``; crossing spans are dropped."""
    ordered = sorted(items, key=lambda i: (i.start, -i.end, i.priority))
    kept: list[_Inline] = []
    stack: list[_Inline] = []
    for item in ordered:
        if item.start < 0 or item.end > len(text) or item.end < item.start:
            raise ValueError(
                f"{item.name} span {item.start}-{item.end} is outside the text (length {len(text)})"
            )
        while stack and stack[-1].end <= item.start:
            stack.pop()
        if stack and item.end > stack[-1].end:
            continue  # crosses an open tag: cannot be written as well-formed XML
        kept.append(item)
        if item.end > item.start:
            stack.append(item)

    opens: dict[int, list[_Inline]] = {}
    closes: dict[int, list[int]] = {}
    for index, item in enumerate(kept):
        opens.setdefault(item.start, []).append(item)
        if item.end > item.start:
            closes.setdefault(item.end, []).append(index)
    out: list[str] = []
    positions = sorted(set(opens) | set(closes) | {0, len(text)})
    previous = 0
    for position in positions:
        out.append(_escape_text(text[previous:position]))
        previous = position
        # close those ending here, innermost (latest opened) first
        out.extend(f"</{kept[i].name}>" for i in sorted(closes.get(position, []), reverse=True))
        for item in opens.get(position, []):
            if item.end == item.start:
                out.append(_tag(item.name, item.attributes, empty=True))
            else:
                out.append(_tag(item.name, item.attributes))
    return "".join(out)


def _timex_item(mention: _TimexLike, tid: str, dct_tid: str, tid_of: dict[tuple[int, int], str]) -> _Inline:
    if isinstance(mention, GoldTimex):
        attributes: list[tuple[str, str | None]] = [
            ("tid", mention.tid),
            ("type", mention.type),
            ("value", mention.value),
            ("mod", mention.mod),
        ]
        attributes += list(mention.extra)
        attributes += [
            ("functionInDocument", mention.function_in_document),
            ("anchorTimeID", mention.anchor_time_id),
        ]
    else:
        anchor: str | None = None
        if mention.anchor.kind is AnchorKind.REFERENCE_DATE:
            anchor = dct_tid
        elif mention.anchor.kind is AnchorKind.MENTION and mention.anchor.start is not None:
            anchor = tid_of.get((mention.anchor.start, mention.anchor.end or mention.anchor.start))
        attributes = [
            ("tid", tid),
            ("type", mention.type.value),
            ("value", mention.value),
            ("mod", mention.mod),
            ("temporalFunction", "true" if anchor else "false"),
            ("functionInDocument", "NONE"),
            ("anchorTimeID", anchor),
        ]
    return _Inline(mention.start, mention.end, "TIMEX3", tuple(attributes), 0)


def _event_item(event: _EventLike, eid: str) -> _Inline:
    if isinstance(event, GoldEvent):
        attributes: list[tuple[str, str | None]] = [("eid", event.eid), ("class", event.event_class)]
        attributes += list(event.extra)
        if not event.eiids:  # no MAKEINSTANCE: the instance attributes live on the EVENT tag
            attributes += [
                ("tense", event.tense),
                ("aspect", event.aspect),
                ("polarity", event.polarity),
                ("modality", event.modality),
                ("pos", event.pos),
            ]
    else:
        attributes = [("eid", eid), ("class", event.event_class)]
    return _Inline(event.start, event.end, "EVENT", tuple(attributes), 1)


def _dct_element(document: Document, dct: GoldTimex | None, dct_tid: str) -> str:
    if dct is not None:
        attributes: list[tuple[str, str | None]] = [
            ("tid", dct.tid),
            ("type", dct.type),
            ("value", dct.value),
            ("mod", dct.mod),
            *dct.extra,
            ("functionInDocument", dct.function_in_document),
            ("anchorTimeID", dct.anchor_time_id),
        ]
        return f"<DCT>{_tag('TIMEX3', attributes)}{_escape_text(dct.text)}</TIMEX3></DCT>\n"
    if document.reference_date is None:
        return ""
    iso = document.reference_date.isoformat()
    attributes = [
        ("tid", dct_tid),
        ("type", "DATE"),
        ("value", iso),
        ("temporalFunction", "false"),
        ("functionInDocument", "CREATION_TIME"),
    ]
    return f"<DCT>{_tag('TIMEX3', attributes)}{iso}</TIMEX3></DCT>\n"


def to_timeml(
    document: Document,
    timexes: Sequence[TimeMention | GoldTimex] = (),
    events: Sequence[EventMention | GoldEvent] = (),
    tlinks: Sequence[GoldTlink] = (),
    *,
    dct: GoldTimex | None = None,
) -> str:
    """Render a document and its annotations as inline TimeML (a complete XML string).

    Our :class:`~timeline.model.TimeMention` get ids ``t1``, ``t2``, … in text order, with
    ``type``, ``value`` (omitted when unresolved) and ``mod``; mentions resolved against
    the reference date point ``anchorTimeID`` at the DCT (``t0`` unless ``dct`` gives
    another). :class:`GoldTimex`/:class:`GoldEvent` keep their own ids and attributes.
    Events also get a MAKEINSTANCE each. Spans that cross another span (so could not be
    nested as XML) are left out. The text is written unchanged: reading the result with
    :func:`parse_timeml` gives back the same text and spans.

    Example:
        >>> from timeline.model import TimexType
        >>> doc = Document("d", "Talks on Tuesday & later.", dt.date(2024, 12, 2))
        >>> xml = to_timeml(doc, [TimeMention(9, 16, "Tuesday", TimexType.DATE, "2024-12-03")])
        >>> xml.split("<TEXT>")[1].split("</TEXT>")[0]
        'Talks on <TIMEX3 tid="t1" type="DATE" value="2024-12-03" temporalFunction="false" functionInDocument="NONE">Tuesday</TIMEX3> &amp; later.'
    """
    dct_tid = dct.tid if dct is not None else "t0"
    used_tids = {t.tid for t in timexes if isinstance(t, GoldTimex)} | {dct_tid}
    ordered_timexes = sorted(timexes, key=lambda t: (t.start, -t.end))
    tids: list[str] = []
    counter = 0
    for mention in ordered_timexes:
        if isinstance(mention, GoldTimex):
            tids.append(mention.tid)
            continue
        counter += 1
        while f"t{counter}" in used_tids:
            counter += 1
        tids.append(f"t{counter}")
    tid_of = {(m.start, m.end): tid for m, tid in zip(ordered_timexes, tids, strict=True)}
    items = [_timex_item(m, tid, dct_tid, tid_of) for m, tid in zip(ordered_timexes, tids, strict=True)]
    ordered_events = sorted(events, key=lambda e: (e.start, -e.end))
    eids = [e.eid if isinstance(e, GoldEvent) else f"e{i}" for i, e in enumerate(ordered_events, 1)]
    items += [_event_item(e, eid) for e, eid in zip(ordered_events, eids, strict=True)]
    body = _inline_markup(document.text, items)

    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        f'<TimeML xmlns:xsi="{_XSI}" xsi:noNamespaceSchemaLocation="{_SCHEMA}">\n\n',
        f"<DOCID>{_escape_text(document.id)}</DOCID>\n\n",
    ]
    dct_xml = _dct_element(document, dct, dct_tid)
    if dct_xml:
        lines.append(dct_xml + "\n")
    if document.title:
        lines.append(f"<TITLE>{_escape_text(document.title)}</TITLE>\n\n")
    lines.append(f"<TEXT>{body}</TEXT>\n\n")
    for event, eid in zip(ordered_events, eids, strict=True):
        lines.extend(_makeinstances(event, eid))
    for link in tlinks:
        attributes: list[tuple[str, str | None]] = [
            ("lid", link.lid),
            ("relType", link.rel_type),
            ("eventInstanceID", link.event_instance_id),
            ("timeID", link.time_id),
            ("relatedToEventInstance", link.related_to_event_instance),
            ("relatedToTime", link.related_to_time),
            *link.extra,
        ]
        lines.append(_tag("TLINK", attributes, empty=True) + "\n")
    lines.append("\n</TimeML>\n")
    return "".join(lines)


def _makeinstances(event: _EventLike, eid: str) -> list[str]:
    if isinstance(event, GoldEvent):
        eiids = event.eiids
        values: list[tuple[str, str | None]] = [
            ("tense", event.tense),
            ("aspect", event.aspect),
            ("polarity", event.polarity),
            ("modality", event.modality),
            ("pos", event.pos),
        ]
    else:
        eiids = ("ei" + eid[1:],)
        values = [
            ("tense", event.tense),
            ("aspect", "NONE"),
            ("polarity", event.polarity),
            ("modality", event.modality),
        ]
    return [
        _tag("MAKEINSTANCE", [("eventID", eid), ("eiid", eiid), *values], empty=True) + "\n" for eiid in eiids
    ]


def gold_to_timeml(tml: TimeMLDocument) -> str:
    """Write a :class:`TimeMLDocument`'s gold annotations back as TimeML.

    Example:
        >>> tml = parse_timeml('<TimeML><TEXT>In <TIMEX3 tid="t9" type="DATE" value="1998">'
        ...                    '1998</TIMEX3></TEXT></TimeML>', doc_id="d")
        >>> parse_timeml(gold_to_timeml(tml)).timexes == tml.timexes
        True
    """
    return to_timeml(tml.document, tml.timexes, tml.events, tml.tlinks, dct=tml.dct)


def atomic_write_text(path: str | Path, text: str, *, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` atomically (temporary file in the same folder, then
    :func:`os.replace`), so an interruption never leaves a partial file.

    Example:
        >>> atomic_write_text("out/doc.tml", "<TimeML/>")  # doctest: +SKIP
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
            handle.write(text)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)  # mkstemp makes it private; a written file gets the usual mode
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_timeml(
    path: str | Path,
    document: Document,
    timexes: Sequence[TimeMention | GoldTimex] = (),
    events: Sequence[EventMention | GoldEvent] = (),
    tlinks: Sequence[GoldTlink] = (),
    *,
    dct: GoldTimex | None = None,
) -> None:
    """Write :func:`to_timeml`'s output to ``path`` atomically (UTF-8).

    Example:
        >>> write_timeml("out/doc.tml", Document("d", "Now."))  # doctest: +SKIP
    """
    atomic_write_text(path, to_timeml(document, timexes, events, tlinks, dct=dct))
