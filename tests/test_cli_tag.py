"""``timeline tag``: text and JSON output, gazetteers, inferred dates and user errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.cli import main

DATA = Path(__file__).resolve().parents[1] / "examples" / "data" / "nato_ukraine"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_tag_file_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "tag", str(DATA / "001_3b6b60b6e0d10ecd.txt"), "--ref", "2024-12-02")
    assert code == 0
    assert "'Tuesday'" in out and "2024-12-03" in out and "reference date 2024-12-02" in out


def test_tag_manifest_json_layout(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "tag",
        "--manifest",
        str(DATA / "manifest.csv"),
        "--gazetteer",
        str(DATA / "gazetteer.json"),
        "--json",
    )
    assert code == 0
    docs = json.loads(out)["documents"]
    assert len(docs) == 5
    assert docs[1]["reference_date"] == "2024-12-02" and docs[1]["reference_date_inferred"] is False
    keys = {"start", "end", "text", "type", "value", "mod", "interval", "granularity", "anchor", "rule"}
    for doc in docs:
        for m in doc["mentions"]:
            assert keys <= set(m)
    rng = next(m for m in docs[1]["mentions"] if m["text"] == "December 3-4")
    assert rng["interval"] == ["2024-12-03", "2024-12-05"]
    washington = [m for m in docs[0]["mentions"] if "Washington" in m["text"]]
    assert washington and washington[0]["value"] == "2024-07"
    assert washington[0]["anchor"]["kind"] == "gazetteer"


def test_inferred_reference_date_is_flagged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(
        "BRUSSELS, Dec. 3, 2024 (Reuters) - NATO ministers met on Tuesday.", encoding="utf-8"
    )
    (tmp_path / "m.csv").write_text("path,reference_date\na.txt,\n", encoding="utf-8")
    code, out, _ = run(capsys, "tag", "--manifest", str(tmp_path / "m.csv"), "--json")
    assert code == 0
    doc = json.loads(out)["documents"][0]
    assert doc["reference_date"] == "2024-12-03"
    assert doc["reference_date_inferred"] is True
    assert doc["reference_date_evidence"]
    code, out, _ = run(capsys, "tag", "--manifest", str(tmp_path / "m.csv"))
    assert "(inferred)" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["tag", "missing.txt", "--ref", "2024-12-02"], "missing.txt: file not found"),
        (
            ["tag", str(DATA / "001_3b6b60b6e0d10ecd.txt"), "--ref", "2024-02-30"],
            "impossible date '2024-02-30'",
        ),
        (["tag", str(DATA / "001_3b6b60b6e0d10ecd.txt"), "--ref", "yesterday"], "not an ISO date"),
        (["tag"], "give either FILE or --manifest"),
        (["tag", "--manifest", "nope.csv"], "manifest file not found"),
    ],
)
def test_user_errors_are_one_line(capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    code, _out, err = run(capsys, *argv)
    assert code == 1
    assert message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
