"""Reference-date inference for documents that do not come with one.

Evidence, strongest first:

1. a line that is only a date, a byline with a date, or a dateline with a full date
   ("BRUSSELS, Dec. 3, 2024 (Reuters) –") — committed at once;
2. a dateline with month and day ("WASHINGTON, August 8 (Xinhua) --");
3. weekday–date pairs ("Tuesday's meeting on December 3" fits the years in which
   3 December is a Tuesday);
4. explicit dates and years in the text, weighed by tense (a past event is on or before the
   publication date, a future one after it), and weekdays ("said on Monday").

Each candidate day gets a score; the best is committed only when it clearly beats every
candidate more than a week away from it. Otherwise the answer is "cannot tell"
(``date=None``) with the ranked candidates. An inferred date is always marked as such
(:func:`with_inferred_reference_date`).

Example:
    >>> from timeline.model import Document
    >>> r = infer_reference_date(Document("x", "BRUSSELS, Dec. 3, 2024 (Reuters) - NATO met."))
    >>> r.date, r.granularity.value, r.evidence[0].text
    (datetime.date(2024, 12, 3), 'day', 'Dec. 3, 2024')
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Sequence

import attrs

from timeline.anchors.dates import DateHit, find_dates, iter_lines, sentence_bounds, tense_near
from timeline.model import Document, Evidence, Granularity, TimeMention

__all__ = ["ReferenceDateInference", "infer_reference_date", "with_inferred_reference_date"]

#: Minimum score of the best candidate, and its minimum lead over any candidate more than a
#: week away, for a date to be committed.
COMMIT_SCORE = 3.0
COMMIT_MARGIN = 1.5
_WEEK = 7


@attrs.frozen(slots=True)
class ReferenceDateInference:
    """The outcome of :func:`infer_reference_date`.

    ``date`` is ``None`` when the evidence does not settle it; ``candidates`` are
    ``(date, score)`` pairs, best first (at most ten); ``evidence`` the spans that support the
    committed (or, if none, the best) candidate; ``reason`` says how the answer was reached.

    Example:
        >>> ReferenceDateInference(None, None, 0.0, (), (), "no date evidence").committed
        False
    """

    date: dt.date | None
    granularity: Granularity | None
    confidence: float
    evidence: tuple[Evidence, ...]
    candidates: tuple[tuple[dt.date, float], ...]
    reason: str

    @property
    def committed(self) -> bool:
        """Whether a date was inferred."""
        return self.date is not None


# ------------------------------------------------------------------------------ evidence gathering

_NOISE = re.compile(
    r"(?i)\b(?:published|posted|updated|last updated|modified|date|dated|on|at|am|pm|a\.m\.|p\.m\.|gmt|utc|"
    r"est|edt|et|cet|cest|bst|pst|pdt|ist|msk|local time)\b|\d{1,2}[:.]\d{2}(?::\d{2})?|[\s,.|/()\-–—:_•·]+"
)
_BYLINE = re.compile(r"(?i)^(?:by\b|published|posted|updated|last updated|date[d:]?\b)|\|")
_DATELINE_PREFIX = re.compile(r"[A-Z][A-Z.'’\- ]{2,}(?:,\s*[A-Z][A-Za-z.’'\- ]+)?,?\s*")
_PAIR_GAP = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,4}?(?:on\s+)?|\s*,\s*(?:on\s+)?|\s+(?:on\s+)?|\s+the\s+")
_PAIR_GAP_AFTER = re.compile(r"\s*(?:,\s*(?:a|which was a)\s+|\(\s*)")
_WEEKDAY_LEFT = re.compile(r"(?:\b[\w’']+\s+)?(?:on\s+|last\s+|next\s+|this\s+)?$")


@attrs.frozen(slots=True)
class _Dated:
    """A date, partial date or weekday in the text with its tense."""

    hit: DateHit
    tense: str
    evidence: Evidence


@attrs.frozen(slots=True)
class _Pair:
    weekday: int
    month: int
    day: int
    year: int | None
    tense: str
    evidence: Evidence


def _evidence(document: Document, start: int, end: int) -> Evidence:
    return Evidence(document.id, start, end, document.text[start:end])


def _tagger_hits(document: Document, mentions: Sequence[TimeMention], taken: list[DateHit]) -> list[DateHit]:
    extra: list[DateHit] = []
    for m in mentions:
        if m.value is None or any(m.start < h.end and h.start < m.end for h in taken):
            continue
        full = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", m.value)
        if full:
            try:
                day = dt.date(int(full.group(1)), int(full.group(2)), int(full.group(3)))
            except ValueError:
                continue
            extra.append(DateHit(m.start, m.end, m.text, "full", day.year, day.month, day.day))
    return extra


def _strong_line(document: Document, hits: list[DateHit]) -> tuple[DateHit, str] | None:
    """A date line, byline or full-date dateline near the top (or bottom) of the text."""
    text = document.text
    lines = list(iter_lines(text))
    head = [(s, e) for s, e in lines[:8] if s < 2000]
    for position, (s, e) in enumerate([*head, *lines[-3:]]):
        in_line = [
            h for h in hits if s <= h.start and h.end <= e and h.kind in ("full", "month_day", "weekday")
        ]
        dated = [h for h in in_line if h.kind == "full"]
        if len(dated) != 1:
            continue
        hit = dated[0]
        line = text[s:e]
        rest = line
        for h in sorted(in_line, key=lambda h: -h.start):
            rest = rest[: h.start - s] + " " + rest[h.end - s :]
        if not _NOISE.sub("", rest):
            return hit, "date line"
        if position < len(head):
            prefix = text[s : hit.start]
            if _DATELINE_PREFIX.fullmatch(prefix):
                return hit, "dateline"
        if len(line) <= 150 and _BYLINE.search(line):
            return hit, "byline"
    return None


def _partial_dateline(document: Document, hits: list[DateHit]) -> DateHit | None:
    text = document.text
    for s, _e in list(iter_lines(text))[:8]:
        for h in hits:
            if (
                h.kind == "month_day"
                and s <= h.start <= s + 60
                and _DATELINE_PREFIX.fullmatch(text[s : h.start])
            ):
                return h
    return None


def _pairs(
    document: Document, hits: list[DateHit], bounds: list[tuple[int, int]]
) -> tuple[list[_Pair], set[int]]:
    text = document.text
    pairs: list[_Pair] = []
    used: set[int] = set()
    for i, h in enumerate(hits):
        if h.kind != "weekday" or h.weekday is None:
            continue
        partner: DateHit | None = None
        if i + 1 < len(hits) and hits[i + 1].kind in ("full", "month_day"):
            nxt = hits[i + 1]
            if _PAIR_GAP.fullmatch(text[h.end : nxt.start]) and nxt.start - h.end <= 40:
                partner = nxt
        if partner is None and i > 0 and hits[i - 1].kind in ("full", "month_day"):
            prev = hits[i - 1]
            if _PAIR_GAP_AFTER.fullmatch(text[prev.end : h.start]):
                partner = prev
        if partner is None or partner.month is None or partner.day is None:
            continue
        start, end = min(h.start, partner.start), max(h.end, partner.end)
        tense = tense_near(text, start, end, bounds)
        pairs.append(
            _Pair(h.weekday, partner.month, partner.day, partner.year, tense, _evidence(document, start, end))
        )
        used.add(id(h))
        used.add(id(partner))
    return pairs, used


_DETERMINER_LEFT = re.compile(r"(?i)\b(?:the|a|an|this|that|its|their|his|her|our)\s+$")
_NOUN_RIGHT = re.compile(
    r"(?:\s*[-–]\s*\d{1,2})?\s+(?!(?:and|or|to|in|at|on|of|by|for|with|from|as|is|was|will)\b)[a-z]"
)


def _attributive(text: str, hit: DateHit) -> bool:
    """A date that modifies a noun ("the December 3-4 ministerial meeting") has no tense of its own:
    the clause's verb ("urged his counterparts at ...") says nothing about when it is."""
    return (
        hit.kind in ("full", "month_day")
        and _DETERMINER_LEFT.search(text, max(0, hit.start - 12), hit.start) is not None
        and _NOUN_RIGHT.match(text, hit.end) is not None
    )


def _nearest(month: int, day: int, around: dt.date) -> dt.date | None:
    best: dt.date | None = None
    for year in (around.year - 1, around.year, around.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((candidate - around).days) < abs((best - around).days):
            best = candidate
    return best


def _closeness(days: int) -> float:
    """How well a gap of ``days`` between a mentioned date and the publication date fits news."""
    if days == 0:
        return 1.0
    if days <= 3:
        return 0.8
    if days <= _WEEK:
        return 0.5
    if days <= 31:
        return 0.2
    return 0.0


def _date_score(event: dt.date, day: dt.date, tense: str) -> float:
    gap = (day - event).days  # > 0: the event is before the candidate publication date
    if tense == "past":
        return _closeness(gap) if gap >= 0 else -0.3
    if tense == "future":
        if gap < 0:
            return _closeness(-gap)
        return 0.5 if gap == 0 else -0.3
    return 0.6 * _closeness(gap) if gap >= 0 else 0.3 * _closeness(-gap)


def _weekday_score(weekday: int, day: dt.date, tense: str) -> float:
    back = (day.weekday() - weekday) % 7  # days since the last such weekday (0: today)
    if tense == "future":
        return {0: 0.2, 6: 0.5, 5: 0.4, 4: 0.3}.get(back, 0.1)
    return {0: 1.0, 1: 0.6, 2: 0.3}.get(back, 0.0)


# ------------------------------------------------------------------------------------ inference


def infer_reference_date(
    document: Document | str,
    *,
    mentions: Sequence[TimeMention] | None = None,
    latest: dt.date | None = None,
) -> ReferenceDateInference:
    """Infer when a document (or a plain text) was written, from its text only (its reference date
    is ignored).

    ``mentions`` are time mentions from :func:`timeline.temporal.tag` (it is called when they
    are not given; its absolute dates are added to the explicit ones found here). ``latest``
    bounds the years considered when the text names none (default: today); it only ranks
    candidates and never decides a commitment.

    Example:
        >>> text = ("NATO is unlikely to heed the call during Tuesday's meeting on December 3, "
        ...         "a diplomat said on Monday.")
        >>> r = infer_reference_date(Document("001", text), latest=dt.date(2025, 6, 1))
        >>> r.date is None, r.candidates[0][0] in (dt.date(2024, 12, 2), dt.date(2024, 12, 3))
        (True, True)
        >>> [e.text for e in r.evidence]
        ["Tuesday's meeting on December 3", 'said on Monday']
    """
    if isinstance(document, str):
        document = Document("text", document)
    elif not isinstance(document, Document):
        raise TypeError(
            f"infer_reference_date() takes a Document or a str, not {type(document).__name__}"
            + (" (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(document, bytes) else "")
        )
    text = document.text
    if latest is None:
        latest = dt.date.today()
    if mentions is None:
        from timeline.temporal import tag

        mentions = tag(text)
    hits = find_dates(text)
    hits = sorted([*hits, *_tagger_hits(document, mentions, hits)], key=lambda h: (h.start, h.end))

    strong = _strong_line(document, hits)
    if strong is not None:
        hit, kind = strong
        assert hit.date is not None
        confidence = 0.95 if kind == "date line" else 0.9
        return ReferenceDateInference(
            hit.date, Granularity.DAY, confidence, (_evidence(document, hit.start, hit.end),),
            ((hit.date, 10.0),), f"{kind} {hit.text!r}",
        )  # fmt: skip

    bounds = sentence_bounds(text)
    dateline = _partial_dateline(document, hits)
    pairs, used = _pairs(document, hits, bounds)
    dated: list[_Dated] = []
    for h in hits:
        if id(h) in used or h is dateline:
            continue
        start = h.start
        if h.kind == "weekday":
            left = _WEEKDAY_LEFT.search(text, max(0, h.start - 30), h.start)
            if left is not None:
                start = left.start()
        tense = "none" if _attributive(text, h) else tense_near(text, h.start, h.end, bounds)
        dated.append(_Dated(h, tense, _evidence(document, start, h.end)))

    # -------------------------------------------------------------- year hypotheses and support
    year_weight: dict[int, float] = defaultdict(float)
    future_years: dict[int, float] = defaultdict(float)
    for d in dated:
        if d.hit.year is None:
            continue
        weight = {"full": 2.0, "month_year": 1.5}.get(d.hit.kind, 1.0)
        (future_years if d.tense == "future" else year_weight)[d.hit.year] += weight
    for p in pairs:
        if p.year is not None:
            year_weight[p.year] += 2.0
    past_years = [y for y in year_weight if y <= latest.year]
    mentioned = sorted({*past_years, *future_years})
    years: set[int] = set()
    if past_years:
        # a text mentions its own year, or the year before ("last year"), far more than others
        top = max(past_years)
        years |= {top, top + 1} if top < latest.year else {top}
        lo, hi = top - 1, min(top + 1, latest.year)
    elif future_years:
        top = min(future_years)
        years |= {top - 1, top} - {y for y in (top - 1, top) if y > latest.year}
        lo, hi = top - 2, min(top, latest.year)
    else:
        lo, hi = latest.year - 40, latest.year
    for p in pairs:
        fits = set()
        for y in range(lo, hi + 1):
            try:
                if dt.date(y, p.month, p.day).weekday() == p.weekday:
                    fits.add(y)
            except ValueError:
                continue
        years |= fits if mentioned else set(sorted(fits)[-4:])
    if not years:
        return ReferenceDateInference(
            None, None, 0.0, (), (), "no year evidence: no explicit year or weekday–date pair in the text"
        )

    def year_score(year: int) -> float:
        raw = 0.0
        for y, w in year_weight.items():
            raw += w * {0: 1.0, 1: 0.5, -1: 0.2}.get(year - y, 0.0)
            if y > year:
                raw -= 0.5 * w
        for y, w in future_years.items():
            raw += w * {0: 0.4, -1: 0.4}.get(year - y, 0.0)
        # a small prior for recent years, so that years the text cannot tell apart are listed
        # newest first; never enough to commit on
        return min(raw, 4.0) - 0.1 * recency.get(year, 0)

    recency = {y: rank for rank, y in enumerate(sorted(years, reverse=True))}

    # -------------------------------------------------------------- candidate days and scores
    anchors: list[dt.date] = []
    for y in sorted(years):
        if dateline is not None and dateline.month is not None and dateline.day is not None:
            x = _nearest(dateline.month, dateline.day, dt.date(y, 7, 1))
            if x is not None and x.year == y:
                anchors.append(x)
        for p in pairs:
            anchors += [
                x for x in [_nearest(p.month, p.day, dt.date(y, 7, 1))] if x is not None and x.year == y
            ]
        for d in dated:
            if d.hit.kind == "month_day" and d.hit.month is not None and d.hit.day is not None:
                x = _nearest(d.hit.month, d.hit.day, dt.date(y, 7, 1))
                if x is not None and x.year == y:
                    anchors.append(x)
    anchors += [
        d.hit.date for d in dated if d.hit.kind == "full" and d.hit.date is not None and d.hit.year in years
    ]
    candidates: set[dt.date] = set()
    for a in anchors:
        candidates |= {a + dt.timedelta(days=k) for k in range(-_WEEK, _WEEK + 1)}
    candidates = {c for c in candidates if c.year in years and c <= latest}
    if not candidates:
        return ReferenceDateInference(
            None,
            None,
            0.0,
            (),
            (),
            f"only years are evidenced ({', '.join(map(str, sorted(years)))}); no day",
        )

    def score(day: dt.date) -> tuple[float, list[Evidence], float]:
        """Score of a candidate day, the evidence for it, and how firmly that pins the day."""
        total = year_score(day.year)
        support: list[Evidence] = []
        pins = 0.0
        if dateline is not None and (day.month, day.day) == (dateline.month, dateline.day):
            total += 5.0
            pins += 1
            support.append(_evidence(document, dateline.start, dateline.end))
        for p in pairs:
            event = _nearest(p.month, p.day, day)
            if event is None:
                continue
            if p.year is not None and event.year != p.year:
                total -= 2.5
                continue
            if event.weekday() == p.weekday:
                gain = _date_score(event, day, p.tense)
                total += 2.5 + gain
                pins += gain >= 0.5
                support.append(p.evidence)
            else:
                total -= 2.5
        for d in dated:
            h = d.hit
            gain = 0.0
            if h.kind == "full" and h.date is not None:
                gain = _date_score(h.date, day, d.tense)
            elif h.kind == "month_day" and h.month is not None and h.day is not None:
                event = _nearest(h.month, h.day, day)
                gain = 0.0 if event is None else 0.7 * _date_score(event, day, d.tense)
            elif h.kind == "weekday" and h.weekday is not None:
                gain = _weekday_score(h.weekday, day, d.tense)
            elif h.year is not None and h.year == day.year and d.tense != "future":
                gain = 0.0  # counted in the year score
                support.append(d.evidence)
            total += gain
            if gain >= 0.5:
                support.append(d.evidence)
                pins += 0.5 * (h.kind in ("full", "month_day"))
        return total, support, pins

    scored = sorted(((score(c), c) for c in candidates), key=lambda t: (-t[0][0], -t[1].toordinal()))
    (best_score, best_support, pins), best = scored[0]
    rival = next((s for (s, _, _), c in scored[1:] if abs((c - best).days) > _WEEK), None)
    margin = best_score - rival if rival is not None else best_score
    ranked = tuple((c, round(s, 3)) for (s, _, _), c in scored[:10])
    evidence = tuple(sorted(set(best_support), key=lambda e: (e.start, e.end)))
    if pins < 1:
        return ReferenceDateInference(
            None, None, 0.0, evidence, ranked,
            f"best candidate {best.isoformat()} scores {best_score:.2f}, but no dateline, weekday–date pair "
            "or two nearby dates pin the day",
        )  # fmt: skip
    if best_score >= COMMIT_SCORE and margin >= COMMIT_MARGIN:
        confidence = round(min(0.9, 1 - math.exp(-margin / 2)), 3)
        return ReferenceDateInference(
            best, Granularity.DAY, confidence, evidence, ranked,
            f"best candidate scores {best_score:.2f}, {margin:.2f} above any candidate more than a week away",
        )  # fmt: skip
    why = (
        f"best candidate {best.isoformat()} scores {best_score:.2f}"
        + (
            f", only {margin:.2f} above {next(c for (s, _, _), c in scored[1:] if s == rival).isoformat()}"
            if rival is not None
            else ""
        )
        + f"; needs {COMMIT_SCORE} and a lead of {COMMIT_MARGIN}"
    )
    return ReferenceDateInference(
        None, None, round(min(0.5, max(0.0, margin / 10)), 3), evidence, ranked, why
    )


def with_inferred_reference_date(
    document: Document, *, mentions: Sequence[TimeMention] | None = None, latest: dt.date | None = None
) -> Document:
    """The document with an inferred reference date, flagged as inferred, if it has none.

    A document that has a reference date is returned unchanged, and so is one whose date
    cannot be inferred.

    Example:
        >>> doc = with_inferred_reference_date(Document("x", "Headline\\nMay 7, 2005\\nApple released Tiger."))
        >>> doc.reference_date, doc.reference_date_inferred, doc.reference_date_evidence[0].text
        (datetime.date(2005, 5, 7), True, 'May 7, 2005')
    """
    if document.reference_date is not None:
        return document
    inference = infer_reference_date(document, mentions=mentions, latest=latest)
    if inference.date is None:
        return document
    return attrs.evolve(
        document,
        reference_date=inference.date,
        reference_date_inferred=True,
        reference_date_evidence=inference.evidence,
    )
