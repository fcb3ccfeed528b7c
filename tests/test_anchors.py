"""Named events (gazetteer, corpus bindings, self-dated names) and reference-date inference."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import attrs
import pytest
from conftest import REPO, shared_path
from hypothesis import given
from hypothesis import strategies as st

from timeline.anchors import (
    Gazetteer,
    GazetteerEntry,
    infer_reference_date,
    learn_bindings,
    resolve_named_events,
    timex_for_span,
    with_inferred_reference_date,
)
from timeline.errors import InputError
from timeline.io.manifest import load_manifest
from timeline.model import AnchorKind, Document, Granularity, TimeMention, TimexType

DATA = REPO / "examples" / "data" / "nato_ukraine"
LATEST = dt.date(2025, 6, 1)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(DATA / "gazetteer.json")


@pytest.fixture(scope="module")
def seeds() -> dict[str, Document]:
    return {d.id[:3]: d for d in load_manifest(DATA / "manifest.csv")}


# ------------------------------------------------------------------------------------ gazetteer


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_gazetteer_formats_agree(tmp_path: Path, gazetteer: Gazetteer) -> None:
    objs = json.loads((DATA / "gazetteer.json").read_text(encoding="utf-8"))
    jsonl = _write(tmp_path, "g.jsonl", "\n".join(json.dumps(o) for o in objs) + "\n")
    rows = ["name,aliases,start,end,kind,description,url"]
    for o in objs:
        rows.append(
            ",".join(
                json.dumps(v) if "," in v else v
                for v in (
                    o["name"],
                    "|".join(o["aliases"]),
                    o["start"],
                    o["end"],
                    o["kind"],
                    o["description"],
                    o["url"],
                )
            )
        )
    csv_path = _write(tmp_path, "g.csv", "\n".join(rows) + "\n")
    assert list(Gazetteer.load(jsonl)) == list(gazetteer)
    assert list(Gazetteer.load(csv_path)) == list(gazetteer)
    assert gazetteer.get("washington summit").value == "2024-07"
    assert gazetteer.get("Washington summit").interval.iso() == ("2024-07-09", "2024-07-12")
    assert gazetteer.get("Budapest Memorandum").value == "1994-12-05"


@pytest.mark.parametrize(
    ("name", "text", "line", "field"),
    [
        ("bad.json", '[\n {"name": "A", "start": "2024-01-01", "end": "2024-01-02"},\n'
         ' {"name": "B", "start": "2024-02-30", "end": "2024-03-01"}\n]', 3, "start"),
        ("bad.jsonl", '{"name": "A", "start": "2024-01-05", "end": "2024-01-02"}\n', 1, "end"),
        ("bad.csv", "name,aliases,start,end\nA,x|y,2024-01-01,2024-01-01\nA,,2024-02-01,2024-02-01\n", 3, "name"),
        ("dup.csv", "name,aliases,start,end\nA,x|y,2024-01-01,2024-01-01\nB,Y,2024-02-01,2024-02-01\n", 3, "aliases"),
        ("missing.jsonl", '{"name": "A", "start": "2024-01-01"}\n', 1, "end"),
        ("unknown.json", '[{"name": "A", "start": "2024-01-01", "end": "2024-01-01", "when": 1}]', 1, "when"),
        ("notdate.csv", "name,start,end\nA,July 2024,2024-07-11\n", 2, "start"),
        ("aliases.json", '[{"name": "A", "aliases": [1], "start": "2024-01-01", "end": "2024-01-01"}]', 1, "aliases"),
    ],
)  # fmt: skip
def test_gazetteer_errors_name_file_line_field(
    tmp_path: Path, name: str, text: str, line: int, field: str
) -> None:
    path = _write(tmp_path, name, text)
    with pytest.raises(InputError) as info:
        Gazetteer.load(path)
    assert info.value.file == str(path)
    assert info.value.line == line
    assert info.value.field == field


def test_gazetteer_merge_and_clash(gazetteer: Gazetteer) -> None:
    other = Gazetteer.from_entries(
        [GazetteerEntry("Riga summit", ("2006 Riga summit",), dt.date(2006, 11, 28), dt.date(2006, 11, 29))]
    )
    assert len(gazetteer.merge(other)) == 5
    assert len(gazetteer.merge(gazetteer)) == 4
    clash = Gazetteer.from_entries(
        [GazetteerEntry("Vilnius summit", (), dt.date(2023, 7, 1), dt.date(2023, 7, 1))]
    )
    with pytest.raises(InputError, match="already used"):
        gazetteer.merge(clash)
    with pytest.raises(ValueError, match="before start"):
        GazetteerEntry("X", (), dt.date(2024, 1, 2), dt.date(2024, 1, 1))


@pytest.mark.parametrize(
    "phrase",
    [
        "the Washington summit",
        "a recent summit in Washington",
        "NATO's summit in Washington",
        "NATO’s summit in Washington",
        "THE WASHINGTON SUMMIT",
        "the summit in Washington",
        "the 2024 Washington summit",
        "the historic NATO Washington summit",
    ],
)
def test_alias_matching_variants(gazetteer: Gazetteer, phrase: str) -> None:
    entry = gazetteer.match(phrase)
    assert entry is not None and entry.name == "Washington summit"


@pytest.mark.parametrize(
    "phrase",
    ["the summit", "the G20 summit in Washington", "the 2019 Washington summit", "the Washington treaty"],
)
def test_alias_matching_rejects(gazetteer: Gazetteer, phrase: str) -> None:
    assert gazetteer.match(phrase) is None


@given(st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2200, 1, 1)), st.integers(0, 800))
def test_timex_for_span_contains_the_span(start: dt.date, length: int) -> None:
    end = start + dt.timedelta(days=length)
    entry = GazetteerEntry("E", (), start, end)
    value, granularity = timex_for_span(start, end)
    assert value == entry.value and granularity is entry.granularity
    assert entry.interval.days == length + 1
    if length == 0:
        assert granularity is Granularity.DAY


# ------------------------------------------------------------------------------- named events


def _temponyms(mentions: list[TimeMention]) -> list[TimeMention]:
    return [m for m in mentions if m.rule.startswith("temponym")]


def test_acceptance_washington_summit(gazetteer: Gazetteer, seeds: dict[str, Document]) -> None:
    for key, text in (("000", "Washington summit"), ("004", "recent summit in Washington")):
        doc = seeds[key]
        found = {m.text: m for m in resolve_named_events(doc, [], gazetteer=gazetteer)}
        m = found[text]
        assert (m.value, m.granularity, m.anchor.kind, m.anchor.value) == (
            "2024-07",
            Granularity.MONTH,
            AnchorKind.GAZETTEER,
            "Washington summit",
        )
        assert m.interval is not None and m.interval.iso() == ("2024-07-09", "2024-07-12")
        assert m.doc_id == doc.id and doc.text[m.start : m.end] == m.text
    # without a gazetteer: unresolved, "recent" keeps a constraint
    m = {m.text: m for m in resolve_named_events(seeds["004"], [])}["recent summit in Washington"]
    assert m.value is None and m.constraint == "BEFORE 2024-12-03" and m.reason
    m = {m.text: m for m in resolve_named_events(seeds["000"], [])}["Washington summit"]
    assert m.value is None and m.reason


def test_corpus_binding_resolves_other_documents(seeds: dict[str, Document]) -> None:
    other = Document("new", "Leaders recalled the Vilnius summit and its promises.", dt.date(2024, 12, 5))
    bindings = learn_bindings([seeds["000"], other], {})
    b = bindings.get("vilnius summit")
    assert b is not None and b.value == "2023-07" and b.evidence.doc == seeds["000"].id
    assert b.evidence.text == "July 2023"
    (m,) = _temponyms(resolve_named_events(other, [], bindings=bindings))
    assert (m.text, m.value, m.anchor.kind, m.anchor.doc) == (
        "Vilnius summit",
        "2023-07",
        AnchorKind.BINDING,
        b.evidence.doc,
    )
    assert (m.anchor.start, m.anchor.end) == (b.evidence.start, b.evidence.end)


def test_binding_conflict_kept_and_better_supported_used() -> None:
    docs = [
        Document("a", "At the Riga summit in November 2006, allies met."),
        Document("b", "The Riga summit, held in 2006, was short."),
        Document("c", "The Riga summit in March 2007 was a success."),
        Document("d", "Nobody remembers the Riga summit."),
    ]
    bindings = learn_bindings(docs, {})
    assert len(bindings) == 3
    chosen = bindings.get("riga summit")
    assert chosen is not None and chosen.value == "2006-11" and chosen.support == 2
    (conflict,) = bindings.conflicts
    assert [b.value for b in conflict.rejected] == ["2007-03"]
    assert "conflict: riga summit" in bindings.report()
    (m,) = _temponyms(resolve_named_events(docs[3], [], bindings=bindings))
    assert m.value == "2006-11" and m.anchor.doc == "a"


@pytest.mark.parametrize(
    ("text", "name", "value"),
    [
        ("They cited the 2008 Bucharest pledge again.", "2008 Bucharest pledge", "2008"),
        ("After the Vilnius 2023 summit, allies waited.", "Vilnius 2023 summit", "2023"),
        ("Since the 2022 invasion, prices rose.", "2022 invasion", "2022"),
    ],
)
def test_self_dated_names(text: str, name: str, value: str) -> None:
    doc = Document("x", text)
    start = text.index(name)
    year = name.split()[0] if name[0].isdigit() else name.split()[1]
    year_start = text.index(year)
    inner = TimeMention(year_start, year_start + 4, year, TimexType.DATE, year, granularity=Granularity.YEAR)
    result = resolve_named_events(doc, [inner])
    assert [(m.start, m.end, m.text, m.value, m.granularity) for m in result] == [
        (start, start + len(name), name, value, Granularity.YEAR)
    ]
    assert result[0].anchor.kind is AnchorKind.NONE and result[0].doc_id == "x"


def test_gazetteer_beats_self_dating(gazetteer: Gazetteer) -> None:
    doc = Document("x", "They cited the 2008 Bucharest pledge again.")
    (m,) = resolve_named_events(doc, [], gazetteer=gazetteer)
    assert (m.value, m.anchor.value) == ("2008-04", "Bucharest summit")


def test_unresolved_constraints_and_no_overlap() -> None:
    doc = Document(
        "x", "Ahead of the upcoming election, the Tuesday meeting was tense.", dt.date(2024, 10, 16)
    )
    existing = TimeMention(36, 43, "Tuesday", TimexType.DATE, None)
    result = resolve_named_events(doc, [existing])
    (m,) = _temponyms(result)
    assert (m.text, m.value, m.constraint) == ("upcoming election", None, "AFTER 2024-10-16")
    assert attrs.evolve(existing, doc_id="x") in result
    assert [m.start for m in result] == sorted(m.start for m in result)
    # a temponym that would overlap a non-year mention is skipped
    clash = TimeMention(21, 29, "election", TimexType.DATE, None)
    assert _temponyms(resolve_named_events(doc, [clash])) == []


# ------------------------------------------------------------------------ reference-date inference


def test_dateline_inference_is_flagged_as_inferred() -> None:
    doc = Document("x", "NATO holds talks\nBRUSSELS, Dec. 3, 2024 (Reuters) – NATO ministers met on Tuesday.")
    out = with_inferred_reference_date(doc, latest=LATEST)
    assert out.reference_date == dt.date(2024, 12, 3)
    assert out.reference_date_inferred is True
    assert [e.text for e in out.reference_date_evidence] == ["Dec. 3, 2024"]
    given_doc = attrs.evolve(doc, reference_date=dt.date(2024, 12, 4))
    assert with_inferred_reference_date(given_doc) is given_doc


def test_no_evidence_means_cannot_tell() -> None:
    result = infer_reference_date(Document("x", "NATO met on Tuesday. It will meet again."), latest=LATEST)
    assert result.date is None and result.granularity is None and result.reason
    doc = Document("x", "NATO met on Tuesday.")
    assert with_inferred_reference_date(doc, latest=LATEST) is doc


def test_dateline_month_day_with_year_and_weekday() -> None:
    text = (
        "WASHINGTON, March 12 (Xinhua) -- Poland, Hungary and the Czech Republic on Friday formally joined "
        "NATO, which was founded in 1949. Leaders said on Thursday, March 11, 1999, that it was historic."
    )
    result = infer_reference_date(Document("x", text), latest=LATEST)
    assert result.date == dt.date(1999, 3, 12) and result.granularity is Granularity.DAY
    assert 0 < result.confidence <= 1
    assert "March 12" in [e.text for e in result.evidence]


def test_seed_001_without_its_date(seeds: dict[str, Document]) -> None:
    doc = attrs.evolve(seeds["001"], reference_date=None)
    result = infer_reference_date(doc, latest=LATEST)
    assert result.candidates[0][0] == dt.date(2024, 12, 2)
    texts = [e.text for e in result.evidence]
    assert "Tuesday's meeting on December 3" in texts and "said on Monday" in texts
    assert result.date is None  # the year cannot be told from the text alone


def test_a_date_modifying_a_noun_has_no_tense() -> None:
    # "urged" is past, but the December 3-4 meeting is not before the publication date
    text = (
        "Ministers will meet on Tuesday, December 3. The minister said on Monday. "
        "He urged his counterparts at the December 3-4 ministerial meeting to act."
    )
    result = infer_reference_date(Document("x", text), latest=LATEST)
    assert [d for d, _ in result.candidates[:1]] == [dt.date(2024, 12, 2)]


def test_meantime_date_line(tmp_path: Path) -> None:
    root = shared_path("corpora", "meantime")
    path = next(iter(sorted(root.glob("corpus_apple/9549_*.xml"))))
    assert path.exists()
    doc = Document("x", "Reactions to Apple's OS X Tiger\nMay 7, 2005\nIn chatrooms, users are buzzing.")
    assert infer_reference_date(doc).date == dt.date(2005, 5, 7)


def test_infer_reference_date_takes_plain_text_and_refuses_bytes() -> None:
    text = "BRUSSELS, Dec. 3, 2024 (Reuters) - NATO met."
    assert infer_reference_date(text).date == dt.date(2024, 12, 3)
    with pytest.raises(TypeError, match="decode"):
        infer_reference_date(text.encode())  # type: ignore[arg-type]


def test_a_modifier_that_contradicts_the_gazetteer_leaves_it_unresolved(gazetteer: Gazetteer) -> None:
    doc = Document("x", "Leaders will gather at the upcoming Washington summit.", dt.date(2024, 12, 3))
    (m,) = resolve_named_events(doc, [], gazetteer=gazetteer)
    assert m.value is None and m.constraint == "AFTER 2024-12-03"
    assert m.reason is not None and "does not fit" in m.reason and "2024-07-09" in m.reason
    doc = Document("y", "Leaders recalled the recent Washington summit.", dt.date(2024, 12, 3))
    (m,) = resolve_named_events(doc, [], gazetteer=gazetteer)
    assert m.value == "2024-07"
