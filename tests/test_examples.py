"""The fast example scripts run as a user would run them and write what they promise.

quickstart.py and custom_gazetteer.py need no shared data, so they run on every test run (the
others run in ``nox -s examples``). Each runs in a subprocess into ``tmp_path``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run_example(name: str, out: Path) -> str:
    """Run ``examples/<name> --out OUT`` and return what it printed."""
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / name), "--out", str(out)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_quickstart(tmp_path: Path) -> None:
    printed = run_example("quickstart.py", tmp_path)
    data = json.loads((tmp_path / "quickstart_mentions.json").read_text(encoding="utf-8"))
    assert data["reference_date"] == "2024-12-02"
    by_text = {m["text"]: m for m in data["mentions"]}
    # resolved against the reference date (Monday 2 December 2024), and explained
    assert by_text["Tuesday"]["value"] == "2024-12-03"
    assert by_text["Tuesday"]["interval"] == ["2024-12-03", "2024-12-04"]
    assert (
        by_text["Tuesday"]["explain"] == "Tuesday → 2024-12-03, from reference date 2024-12-02 (rule weekday)"
    )
    assert (by_text["the end of November"]["value"], by_text["the end of November"]["mod"]) == (
        "2024-11",
        "END",
    )
    assert by_text["September 2022"]["anchor"] == "absolute"
    assert by_text["next month"]["value"] == "2025-01"
    assert {m["type"] for m in data["mentions"]} >= {"DATE", "TIME", "DURATION", "SET"}
    # offsets point into the paragraph
    for m in data["mentions"]:
        start, end = m["offsets"]
        assert data["text"][start:end] == m["text"]
    # the printed table has a row and an explanation per mention
    assert f"{len(data['mentions'])} time mentions" in printed
    for m in data["mentions"]:
        assert m["explain"] in printed


def test_custom_gazetteer(tmp_path: Path) -> None:
    printed = run_example("custom_gazetteer.py", tmp_path)
    gazetteer = (tmp_path / "marenza_gazetteer.csv").read_text(encoding="utf-8")
    assert gazetteer.startswith("name,aliases,start,end")
    assert "Marenza Harbour Accord|Marenza accord|harbour deal" in gazetteer
    data = json.loads((tmp_path / "marenza_temponyms.json").read_text(encoding="utf-8"))
    entries = data["entries"]
    assert list(entries) == ["Harbour Accord", "Great Flood", "Lindholm summit", "Port referendum"]
    # every entry was used, through its name or an alias
    assert {m["text"] for m in entries["Harbour Accord"]} == {
        "Harbour Accord",
        "harbour deal",
        "Marenza accord",
    }
    assert all(m["value"] == "2019-03-14" for m in entries["Harbour Accord"])
    assert [m["value"] for m in entries["Lindholm summit"]] == ["2023-05", "2023-05"]
    assert [m["value"] for m in entries["Port referendum"]] == ["2024-04-07"]
    # the event missing from the gazetteer is dated by the article that gives its date
    assert {(m["doc"], m["value"], m["learned_from"]) for m in data["bindings"]} == {
        ("marenza-herald", "2024-03", "valdoria-wire"),
        ("valdoria-wire", "2024-03", "valdoria-wire"),
    }
    assert "Harbour Accord: 3 mention(s)" in printed
    assert "(learned from valdoria-wire)" in printed
