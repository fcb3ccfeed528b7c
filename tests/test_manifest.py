"""Corpus loading from manifests: the seeds, and every kind of bad input named precisely."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline import Corpus, InputError

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "data" / "nato_ukraine" / "manifest.csv"


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_seed_manifest_loads_with_its_dates(seeds_dir: Path) -> None:
    corpus = Corpus.from_manifest(seeds_dir / "manifest.csv")
    assert len(corpus) == 5
    import csv

    with open(seeds_dir / "manifest.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [d.reference_date.isoformat() for d in corpus if d.reference_date] == [
        r["reference_date"] for r in rows
    ]
    assert corpus[1].reference_date == dt.date(2024, 12, 2)
    assert corpus[1].title is not None and corpus[1].title.startswith("NATO will not offer")
    assert corpus[0].id == "000_4bd521863b4100d8"


def test_example_copy_matches_seed_manifest() -> None:
    corpus = Corpus.from_manifest(EXAMPLE)
    assert [d.reference_date for d in corpus] == [
        dt.date(2024, 12, 3),
        dt.date(2024, 12, 2),
        dt.date(2024, 10, 16),
        dt.date(2023, 4, 4),
        dt.date(2024, 12, 3),
    ]


def test_jsonl_manifest(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "On Tuesday.")
    write(tmp_path, "b.txt", "In 2008.")
    lines = [
        {"path": "a.txt", "reference_date": "2024-12-02", "title": "A", "id": "x"},
        {"path": "b.txt", "reference_date": None, "language": "de"},
    ]
    m = write(tmp_path, "m.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n")
    corpus = Corpus.from_manifest(m)
    assert corpus.ids == ("x", "b")
    assert corpus["b"].reference_date is None and corpus["b"].language == "de"


@pytest.mark.parametrize(
    ("rows", "message", "line", "field"),
    [
        ("path,reference_date\nmissing.txt,2024-01-01\n", "article file not found", 2, "path"),
        ("path,reference_date\na.txt,2024-02-30\n", "impossible date '2024-02-30'", 2, "reference_date"),
        (
            "path,reference_date\na.txt,02/12/2024\n",
            "not an ISO date; expected YYYY-MM-DD",
            2,
            "reference_date",
        ),
        (
            "path,reference_date\na.txt,2024-01-01\na.txt,2024-01-02\n",
            "duplicate id 'a' (first on line 2)",
            3,
            "id",
        ),
        ("path,reference_date\nbad.txt,2024-01-01\n", "not valid utf-8: byte 0xff", 2, "path"),
        ("path,reference_date\n,2024-01-01\n", "path is empty", 2, "path"),
        ("reference_date,title\n2024-01-01,x\n", "no 'path' column", 1, "path"),
        ("path,reference_date\na.txt,2024-01-01,extra\n", "row has 3 fields but the header has 2", 2, None),
    ],
)
def test_bad_csv_manifest_is_located(
    tmp_path: Path, rows: str, message: str, line: int, field: str | None
) -> None:
    write(tmp_path, "a.txt", "text")
    write(tmp_path, "bad.txt", b"caf\xff")
    m = write(tmp_path, "m.csv", rows)
    with pytest.raises(InputError) as info:
        Corpus.from_manifest(m)
    err = info.value
    assert message in str(err)
    assert err.file == str(m)
    assert err.line == line
    assert err.field == field


def test_error_line_counts_quoted_multiline_fields(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "text")
    m = write(
        tmp_path, "m.csv", 'path,reference_date,title\na.txt,2024-01-01,"two\nlines"\nb.txt,2024-01-01,x\n'
    )
    with pytest.raises(InputError) as info:
        Corpus.from_manifest(m)
    assert info.value.line == 4


@pytest.mark.parametrize("content", ["", "path,reference_date\n", "path,reference_date\n,\n"])
def test_empty_manifest(tmp_path: Path, content: str) -> None:
    m = write(tmp_path, "m.csv", content)
    with pytest.raises(InputError, match=r"empty|no documents"):
        Corpus.from_manifest(m)


def test_missing_and_undecodable_manifest(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="manifest file not found"):
        Corpus.from_manifest(tmp_path / "nope.csv")
    m = write(tmp_path, "m.csv", b"path,reference_date\n\xe9.txt,2024-01-01\n")
    with pytest.raises(InputError, match=r"line 2: cannot decode byte 0xe9 at offset 20 as utf-8"):
        Corpus.from_manifest(m)


def test_bad_jsonl_line(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "text")
    m = write(tmp_path, "m.jsonl", '{"path": "a.txt"}\n{"path": \n')
    with pytest.raises(InputError, match="line 2: invalid JSON"):
        Corpus.from_manifest(m)
    m = write(tmp_path, "n.jsonl", '{"path": "a.txt", "refdate": "2024-01-01"}\n')
    with pytest.raises(InputError, match=r"unknown field\(s\) \['refdate'\]"):
        Corpus.from_manifest(m)


def test_from_texts_validates() -> None:
    with pytest.raises(ValueError, match="reference_dates has 1 items but there are 2 texts"):
        Corpus.from_texts(["a", "b"], reference_dates=["2024-01-01"])
    with pytest.raises(InputError, match=r"reference_dates\[0\]"):
        Corpus.from_texts(["a"], reference_dates=["2024-13-01"])
