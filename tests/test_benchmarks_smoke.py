"""Smoke test of the benchmark peers' adapters (benchmarks/peers.py): spans point at the
matched text and values have the granularity of that text. Fast: no corpus, no Java."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks import peers  # noqa: E402

DCT = dt.date(2024, 12, 2)
TEXT = "Ministers met on 3 December 2024. The deal was signed in December 2024, not in 1999."


def _check_offsets(text: str, spans: list[peers.Span]) -> None:
    assert spans == sorted(spans, key=lambda s: s.start)
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.text
        assert span.text == span.text.strip()


@pytest.mark.parametrize(
    ("matched", "when", "expected"),
    [
        ("1999", dt.datetime(1999, 1, 1), ("DATE", "1999")),
        ("December 2024", dt.datetime(2024, 12, 1), ("DATE", "2024-12")),
        ("Dec. 2024", dt.datetime(2024, 12, 1), ("DATE", "2024-12")),
        ("12/2024", dt.datetime(2024, 12, 1), ("DATE", "2024-12")),
        ("3 December 2024", dt.datetime(2024, 12, 3), ("DATE", "2024-12-03")),
        ("Friday", dt.datetime(1998, 8, 7), ("DATE", "1998-08-07")),
        ("May 1", dt.datetime(2024, 5, 1), ("DATE", "2024-05-01")),
        ("3 p.m. Friday", dt.datetime(1998, 8, 7, 15), ("TIME", "1998-08-07T15:00")),
        ("10:30", dt.datetime(1998, 8, 7, 10, 30), ("TIME", "1998-08-07T10:30")),
    ],
)
def test_granularity_of_matched_text(matched: str, when: dt.datetime, expected: tuple[str, str]) -> None:
    assert peers.timex_value(matched, when) == expected


def test_trim_drops_prepositions_and_punctuation() -> None:
    text = "It fell in December 2024, he said."
    start, end = peers.trim_match(text, 8, 25)
    assert text[start:end] == "December 2024"
    text = "at 3 p.m."
    start, end = peers.trim_match(text, 0, len(text))
    assert text[start:end] == "3 p.m."


def test_align_heideltime_output_to_original_offsets() -> None:
    text = "Bombs <hit> on Friday & again 1999."
    timeml = (
        '<?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "TimeML.dtd">\n<TimeML>\n'
        'Bombs <hit> on <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> & again '
        '<TIMEX3 tid="t2" type="DATE" value="1999">1999</TIMEX3>.\n</TimeML>\n'
    )
    spans = peers.align_timeml(text, timeml)
    assert [(s.text, s.value) for s in spans] == [("Friday", "1998-08-07"), ("1999", "1999")]
    _check_offsets(text, spans)


def test_dateparser_adapter_spans() -> None:
    spans = peers.dateparser_spans(TEXT, DCT)
    _check_offsets(TEXT, spans)
    found = {s.text: s.value for s in spans}
    assert found.get("3 December 2024") == "2024-12-03"
    assert found.get("December 2024") == "2024-12"


def test_datefinder_adapter_spans() -> None:
    if importlib.util.find_spec("datefinder") is None:
        pytest.skip("datefinder is not installed (pip install datefinder, or the 'bench' extra)")
    spans = peers.datefinder_spans(TEXT, DCT)
    _check_offsets(TEXT, spans)
    found = {s.text: s.value for s in spans}
    assert found.get("3 December 2024") == "2024-12-03"
    assert found.get("December 2024") == "2024-12"


def test_meantime_reader_rebuilds_text_and_gold_spans() -> None:
    from benchmarks import meantime_timex

    paths = meantime_timex.files()
    if not paths:
        pytest.skip(f"MEANTIME not found under {meantime_timex.MEANTIME} (../shared/corpora/meantime)")
    for path in paths[:10]:
        document, gold, scored_end = meantime_timex.read_meantime_timex(path)
        assert document.reference_date is not None or path.stem.startswith(("78496", "8951"))
        assert 0 < scored_end <= len(document.text)
        assert gold, path
        for extent in gold:
            assert document.text[extent.start : extent.end] == extent.text
            assert extent.start < scored_end
            assert extent.type in ("DATE", "TIME", "DURATION", "SET")
        assert " ," not in document.text and " 's" not in document.text  # detokenised
