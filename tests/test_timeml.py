"""TimeML reading and writing: round trips, safety against hostile XML, the annotate CLI."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.cli import main
from timeline.errors import InputError
from timeline.io.timeml import (
    GoldTimex,
    atomic_write_text,
    find_timeml_files,
    gold_to_timeml,
    parse_timeml,
    read_timeml,
    to_timeml,
)
from timeline.model import Anchor, AnchorKind, Document, EventMention, TimeMention, TimexType

SAMPLE = """<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">
<DOCID>DOC1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" temporalFunction="false" functionInDocument="CREATION_TIME">19980807</TIMEX3></DCT>
<TITLE>Bombs &amp; embassies</TITLE>
<TEXT>
Bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> at AT&amp;T <TIMEX3 tid="t1" type="DATE" value="1998-08-07" mod="START" anchorTimeID="t0" functionInDocument="NONE" temporalFunction="true">Friday</TIMEX3> &lt;local&gt;, <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3> later.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l2" relType="BEFORE" timeID="t1" relatedToEventInstance="ei1"/>
</TimeML>
"""


def test_parse_sample_reads_text_dct_and_annotations() -> None:
    tml = parse_timeml(SAMPLE, source="sample.tml")
    doc = tml.document
    assert doc.id == "DOC1"
    assert doc.reference_date == dt.date(1998, 8, 7)
    assert doc.title == "Bombs & embassies"
    assert doc.text == "\nBombs exploded at AT&T Friday <local>, two days later.\n"
    friday, two_days = tml.timexes
    assert doc.text[friday.start : friday.end] == "Friday" == friday.text
    assert (friday.tid, friday.type, friday.value, friday.mod) == ("t1", "DATE", "1998-08-07", "START")
    assert (friday.anchor_time_id, friday.function_in_document) == ("t0", "NONE")
    assert ("temporalFunction", "true") in friday.extra
    assert two_days.value == "P2D" and two_days.text == "two days"
    (event,) = tml.events
    assert (event.eid, event.text, event.event_class, event.eiids) == (
        "e1",
        "exploded",
        "OCCURRENCE",
        ("ei1",),
    )
    assert (event.tense, event.aspect, event.polarity, event.pos) == ("PAST", "NONE", "POS", "VERB")
    first = tml.tlinks[0]
    assert (first.lid, first.rel_type, first.event_instance_id, first.related_to_time) == (
        "l1",
        "IS_INCLUDED",
        "ei1",
        "t1",
    )
    assert tml.tlinks[1].time_id == "t1" and tml.tlinks[1].related_to_event_instance == "ei1"
    assert tml.dct is not None and tml.dct.function_in_document == "CREATION_TIME"
    assert all(t.tid != "t0" for t in tml.timexes)


def test_dct_less_file_has_no_reference_date() -> None:
    tml = parse_timeml("<TimeML><TEXT>No date here.</TEXT></TimeML>", source="x.tml")
    assert tml.document.reference_date is None
    assert tml.dct is None
    assert tml.document.id == "x"


def test_sample_round_trip() -> None:
    tml = parse_timeml(SAMPLE)
    back = parse_timeml(gold_to_timeml(tml))
    assert back == tml


@pytest.mark.shared
def test_round_trip_every_tbaq_file(tbaq_dir: Path) -> None:
    files = find_timeml_files(tbaq_dir)
    assert len(files) == 256
    for path in files:
        tml = read_timeml(path)
        assert tml.document.reference_date is not None, path
        back = parse_timeml(gold_to_timeml(tml), source=path)
        assert back.document.text == tml.document.text, path
        assert [(t.start, t.end, t.value) for t in back.timexes] == [
            (t.start, t.end, t.value) for t in tml.timexes
        ], path
        assert back.timexes == tml.timexes, path
        assert back.events == tml.events, path
        assert back.tlinks == tml.tlinks, path
        for timex in tml.timexes:
            assert tml.document.text[timex.start : timex.end] == timex.text


@pytest.mark.shared
def test_tbaq_entities_decoded(tbaq_dir: Path) -> None:
    texts = [read_timeml(p).document.text for p in find_timeml_files(tbaq_dir)]
    assert any("&" in t for t in texts)
    assert not any("&amp;" in t for t in texts)


# --------------------------------------------------------------------------- writing


def test_to_timeml_writes_our_mentions() -> None:
    doc = Document("d1", "Talks on Tuesday, then <soon>.", dt.date(2024, 12, 2))
    mentions = [
        TimeMention(
            9,
            16,
            "Tuesday",
            TimexType.DATE,
            "2024-12-03",
            anchor=Anchor(AnchorKind.REFERENCE_DATE, "2024-12-02"),
        ),
        TimeMention(24, 28, "soon", TimexType.DATE, None, mod="AFTER"),
    ]
    xml = to_timeml(doc, mentions)
    tml = parse_timeml(xml)
    assert tml.document.text == doc.text
    assert tml.document.reference_date == doc.reference_date
    assert [(t.tid, t.start, t.end, t.type, t.value, t.mod) for t in tml.timexes] == [
        ("t1", 9, 16, "DATE", "2024-12-03", None),
        ("t2", 24, 28, "DATE", None, "AFTER"),
    ]
    assert tml.timexes[0].anchor_time_id == "t0"
    assert 'value=""' not in xml


def test_to_timeml_events_nesting_and_crossing() -> None:
    text = "the week-long summit ended"
    doc = Document("d", text)
    timexes = [
        TimeMention(4, 13, "week-long", TimexType.DURATION, "P1W"),
        TimeMention(10, 20, "long summi", TimexType.DATE, "X"),  # crosses: dropped
    ]
    events = [
        EventMention("d", 4, 20, "week-long summit", event_class="OCCURRENCE"),
        EventMention("d", 21, 26, "ended"),
    ]
    tml = parse_timeml(to_timeml(doc, timexes, events))
    assert tml.document.text == text
    assert [(t.start, t.end) for t in tml.timexes] == [(4, 13)]
    assert [(e.start, e.end, e.eiids) for e in tml.events] == [(4, 20, ("ei1",)), (21, 26, ("ei2",))]


def test_to_timeml_rejects_unrepresentable_characters() -> None:
    with pytest.raises(ValueError, match="offset 2"):
        to_timeml(Document("d", "ab\x01c"))


_xml_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\ufffe\uffff").filter(
        lambda c: c in "\t\n\r" or ord(c) >= 0x20
    ),
    max_size=60,
)


@given(text=_xml_text, data=st.data())
def test_round_trip_any_text_and_spans(text: str, data: st.DataObject) -> None:
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=6)))
    spans = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
    mentions = [TimeMention(a, b, text[a:b], TimexType.DATE, f"v{a}") for a, b in spans]
    doc = Document("d", text, dt.date(2020, 1, 31))
    tml = parse_timeml(to_timeml(doc, mentions))
    assert tml.document.text == text
    expected = sorted(((a, b, f"v{a}") for a, b in spans), key=lambda x: (x[0], -x[1]))
    assert [(t.start, t.end, t.value) for t in tml.timexes] == expected


def test_atomic_write_leaves_no_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "out.tml"
    atomic_write_text(target, "first")
    with pytest.raises(UnicodeEncodeError):
        atomic_write_text(target, "second \udcff", encoding="utf-8")
    assert target.read_text() == "first"
    assert [p.name for p in target.parent.iterdir()] == ["out.tml"]


# --------------------------------------------------------------------------- hostile input

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<TimeML><TEXT>&lol3;</TEXT></TimeML>
"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE TimeML [
  <!ENTITY secret SYSTEM "file:///etc/passwd">
]>
<TimeML><TEXT>&secret;</TEXT></TimeML>
"""


def test_billion_laughs_rejected(tmp_path: Path) -> None:
    path = tmp_path / "bomb.tml"
    path.write_text(BILLION_LAUGHS)
    with pytest.raises(InputError) as info:
        read_timeml(path)
    message = str(info.value)
    assert "bomb.tml" in message and "line 3" in message
    assert "entity" in message and "lol" in message


def test_external_entity_rejected(tmp_path: Path) -> None:
    path = tmp_path / "xxe.tml"
    path.write_text(EXTERNAL_ENTITY)
    with pytest.raises(InputError) as info:
        read_timeml(path)
    assert "xxe.tml" in str(info.value) and "secret" in str(info.value)
    assert "root:" not in str(info.value)


def test_malformed_xml_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.tml"
    path.write_text('<TimeML>\n<TEXT>\nOn <TIMEX3 tid="t1">Friday</EVENT>\n</TEXT>\n</TimeML>\n')
    with pytest.raises(InputError) as info:
        read_timeml(path)
    assert info.value.file == str(path)
    assert info.value.line == 3
    assert "malformed XML" in str(info.value)


def test_wrong_root_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="expected <TimeML>"):
        parse_timeml("<html/>")
    with pytest.raises(InputError, match="no such file"):
        read_timeml(tmp_path / "nope.tml")


# --------------------------------------------------------------------------- CLI


@pytest.mark.shared
def test_cli_annotate_writes_valid_timeml_with_identical_text(
    tbaq_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in"
    chosen = find_timeml_files(tbaq_dir)[:3]
    for i, path in enumerate(chosen):
        target = source / ("sub" if i == 0 else "") / path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, target)
    out = tmp_path / "out"
    assert main(["--quiet", "timeml", "annotate", str(source), str(out)]) == 0
    inputs = find_timeml_files(source)
    outputs = find_timeml_files(out)
    assert [p.relative_to(out) for p in outputs] == [p.relative_to(source) for p in inputs]
    for original, written in zip(inputs, outputs, strict=True):
        before, after = read_timeml(original), read_timeml(written)
        assert after.document.text == before.document.text
        assert after.document.reference_date == before.document.reference_date
        assert after.events == ()
        for timex in after.timexes:
            assert after.document.text[timex.start : timex.end] == timex.text
    assert not list(out.rglob("*.tmp"))


def test_cli_annotate_user_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["timeml", "annotate", str(tmp_path / "missing"), str(tmp_path / "out")]) == 1
    assert "no such folder" in capsys.readouterr().err
    (tmp_path / "empty").mkdir()
    assert main(["timeml", "annotate", str(tmp_path / "empty"), str(tmp_path / "out")]) == 1
    assert "no .tml" in capsys.readouterr().err
    (tmp_path / "empty" / "a.tml").write_text(SAMPLE)
    assert main(["timeml", "annotate", str(tmp_path / "empty"), str(tmp_path / "empty")]) == 1
    assert "refusing" in capsys.readouterr().err


def test_cli_annotate_sample(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "doc.TE3input").write_text(SAMPLE)
    assert main(["-q", "timeml", "annotate", str(tmp_path / "in"), str(tmp_path / "out")]) == 0
    written = read_timeml(tmp_path / "out" / "doc.TE3input")
    original = parse_timeml(SAMPLE)
    assert written.document.text == original.document.text
    assert written.dct == original.dct
    assert isinstance(written.dct, GoldTimex)


def test_cli_help_has_example(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["timeml", "annotate", "--help"])
    assert "examples:\n  timeline timeml annotate" in capsys.readouterr().out
