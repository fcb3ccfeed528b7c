"""TempEval-3 scoring: exact numbers for known perturbations, directories, tagger, CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.cli import main
from timeline.errors import InputError
from timeline.eval import (
    EvaluationResult,
    Extent,
    evaluate_dirs,
    evaluate_tagger,
    match_extents,
    score_document,
    tokenize_te3,
)
from timeline.io.timeml import (
    GoldTimex,
    TimeMLDocument,
    atomic_write_text,
    find_timeml_files,
    gold_to_timeml,
    read_timeml,
)
from timeline.model import Document, TimeMention, TimexType

TEXT = "On Friday morning the talks ended; next week they resume for two days."


def _at(text: str, type_: str, value: str) -> Extent:
    start = TEXT.index(text)
    return Extent(start, start + len(text), text, type_, value)


FRIDAY = _at("Friday morning", "TIME", "1998-08-07TMO")
NEXT_WEEK = _at("next week", "DATE", "1998-W33")
TWO_DAYS = _at("two days", "DURATION", "P2D")
GOLD = [FRIDAY, NEXT_WEEK, TWO_DAYS]


def _all_scores(result: EvaluationResult) -> list[float]:
    t = result.timex
    scores = [
        t.strict_precision,
        t.strict_recall,
        t.strict_f1,
        t.relaxed_precision,
        t.relaxed_recall,
        t.relaxed_f1,
        t.type_accuracy,
        t.value_accuracy,
        t.type_f1,
        t.value_f1,
    ]
    if result.events is not None:
        e = result.events
        scores += [e.strict_precision, e.strict_recall, e.strict_f1, e.relaxed_f1, e.class_f1]
    return scores


def test_fixture_offsets() -> None:
    for extent in GOLD:
        assert TEXT[extent.start : extent.end] == extent.text


@pytest.mark.parametrize("mode", ["tempeval", "overlap"])
def test_gold_against_itself_is_perfect(mode: str) -> None:
    score = score_document(TEXT, GOLD, GOLD, mode=mode)  # type: ignore[arg-type]
    assert score.mismatches == ()
    assert EvaluationResult(mode, (score,)).timex.value_f1 == 1.0
    assert set(_all_scores(EvaluationResult(mode, (score,)))) == {1.0}


def test_dropped_timex() -> None:
    t = score_document(TEXT, GOLD, [FRIDAY, TWO_DAYS]).timex
    assert (t.gold, t.system, t.strict, t.relaxed) == (3, 2, 2, 2)
    assert t.strict_precision == t.relaxed_precision == 1.0
    assert t.strict_recall == t.relaxed_recall == 2 / 3
    assert t.relaxed_f1 == pytest.approx(0.8)
    assert t.type_accuracy == t.value_accuracy == 1.0
    assert t.value_f1 == t.type_f1 == t.relaxed_f1
    (miss,) = score_document(TEXT, GOLD, [FRIDAY, TWO_DAYS]).mismatches
    assert miss.kind == "missing" and miss.gold == NEXT_WEEK


@pytest.mark.parametrize("mode", ["tempeval", "overlap"])
def test_shifted_extent(mode: str) -> None:
    shifted = attrs.evolve(FRIDAY, start=3, end=9, text="Friday")  # drops "morning"
    score = score_document(TEXT, GOLD, [shifted, NEXT_WEEK, TWO_DAYS], mode=mode)  # type: ignore[arg-type]
    t = score.timex
    assert (t.strict, t.relaxed, t.type_matches, t.value_matches) == (2, 3, 3, 3)
    assert t.strict_f1 == pytest.approx(2 / 3)
    assert t.relaxed_f1 == 1.0 and t.value_f1 == 1.0
    (error,) = score.mismatches
    assert error.kind == "mismatch" and error.issues == ("extent",)


def test_changed_value() -> None:
    wrong = attrs.evolve(NEXT_WEEK, value="1998-W34")
    score = score_document(TEXT, GOLD, [FRIDAY, wrong, TWO_DAYS])
    t = score.timex
    assert t.strict_f1 == t.relaxed_f1 == t.type_f1 == 1.0
    assert t.value_accuracy == 2 / 3 and t.value_f1 == 2 / 3
    (error,) = score.mismatches
    assert error.issues == ("value",) and error.gold == NEXT_WEEK and error.system == wrong
    assert "1998-W34" in error.describe()


def test_spurious_and_one_to_one_pairing() -> None:
    # two system extents inside "Friday morning": only the first (in text order) pairs
    system = [Extent(3, 9, "Friday", "TIME", "1998-08-07TMO"), Extent(10, 17, "morning", "TIME", "x")]
    score = score_document(TEXT, [FRIDAY], system)
    t = score.timex
    assert (t.gold, t.system, t.strict, t.relaxed, t.value_matches) == (1, 2, 0, 1, 1)
    assert t.relaxed_precision == 0.5 and t.relaxed_recall == 1.0
    kinds = [(m.kind, m.issues) for m in score.mismatches]
    assert kinds == [("mismatch", ("extent",)), ("spurious", ())]


def test_exact_match_preferred_over_earlier_overlap() -> None:
    gold = [Extent(3, 17), Extent(10, 17)]
    pairs, missing, spurious = match_extents(TEXT, gold, [Extent(3, 9), Extent(10, 17)])
    assert sorted(pairs) == [(0, 0, False), (1, 1, True)]
    assert missing == spurious == []


def test_token_projection_vs_character_overlap() -> None:
    text = "the weekend rally"
    gold = [Extent(4, 11, "weekend")]
    partial = [Extent(4, 8, "week")]
    # TempEval-3 matching works on tokens: "week" is projected onto the token "weekend"
    assert score_document(text, gold, partial, mode="tempeval").timex.strict == 1
    assert score_document(text, gold, partial, mode="overlap").timex.strict == 0
    assert score_document(text, gold, partial, mode="overlap").timex.relaxed == 1
    # disjoint characters of one token: a relaxed match only on tokens
    assert score_document(text, [Extent(4, 8)], [Extent(8, 11)], mode="tempeval").timex.relaxed == 1
    assert score_document(text, [Extent(4, 8)], [Extent(8, 11)], mode="overlap").timex.relaxed == 0


def test_trailing_punctuation_is_a_separate_token() -> None:
    text = "It ended Friday, officials said."
    gold = [Extent(9, 15, "Friday")]
    t = score_document(text, gold, [Extent(9, 16, "Friday,")]).timex
    assert (t.strict, t.relaxed) == (0, 1)
    t = score_document(text, gold, [Extent(8, 15, " Friday")]).timex  # whitespace is no token
    assert (t.strict, t.relaxed) == (1, 1)


def test_empty_extents_are_ignored_and_empty_documents_score_one() -> None:
    t = score_document(TEXT, [], [Extent(2, 2), Extent(2, 3)]).timex
    assert (t.gold, t.system) == (0, 0)
    assert t.relaxed_f1 == t.value_f1 == 1.0
    t = score_document(TEXT, [FRIDAY], []).timex
    assert t.strict_precision == 0.0 and t.relaxed_f1 == 0.0 and t.value_accuracy == 0.0


def test_accepts_gold_and_our_mentions() -> None:
    gold = [GoldTimex("t1", 3, 9, "Friday", "DATE", "1998-08-07")]
    system = [TimeMention(3, 9, "Friday", TimexType.DATE, "1998-08-07")]
    assert score_document(TEXT, gold, system).timex.value_f1 == 1.0
    assert score_document(TEXT, gold, [(3, 9)]).timex.value_accuracy == 0.0


def test_unknown_mode() -> None:
    with pytest.raises(ValueError, match="unknown scoring mode"):
        match_extents(TEXT, [], [], mode="fuzzy")  # type: ignore[arg-type]


def test_tokenizer_examples() -> None:
    text = "``Kopp may be in Mexico,'' he said on Nov. 20. It's 5:30 p.m.; U.S. troops (and 1,000 others)"
    tokens = [text[a:b] for a, b in tokenize_te3(text)]
    assert tokens == [
        "`",
        "`",
        "Kopp",
        "may",
        "be",
        "in",
        "Mexico",
        ",",
        "'",
        "'",
        "he",
        "said",
        "on",
        "Nov.",
        "20",
        ".",
        "It",
        "'s",
        "5:30",
        "p.m.",
        ";",
        "U.S.",
        "troops",
        "(",
        "and",
        "1,000",
        "others",
        ")",
    ]


_extents = st.lists(
    st.tuples(st.integers(0, len(TEXT)), st.integers(0, 12), st.sampled_from(["DATE", "TIME"])).map(
        lambda x: Extent(x[0], min(len(TEXT), x[0] + x[1]), TEXT[x[0] : x[0] + x[1]], x[2], x[2])
    ),
    max_size=8,
)


@given(gold=_extents, system=_extents, mode=st.sampled_from(["tempeval", "overlap"]))
def test_score_properties(gold: list[Extent], system: list[Extent], mode: str) -> None:
    forward = score_document(TEXT, gold, system, mode=mode).timex  # type: ignore[arg-type]
    backward = score_document(TEXT, system, gold, mode=mode).timex  # type: ignore[arg-type]
    assert forward.relaxed_precision == backward.relaxed_recall
    assert forward.strict_precision == backward.strict_recall
    assert forward.strict <= forward.relaxed <= min(forward.gold, forward.system)
    for value in (forward.relaxed_f1, forward.strict_f1, forward.value_f1, forward.type_f1):
        assert 0.0 <= value <= 1.0


@given(gold=_extents, mode=st.sampled_from(["tempeval", "overlap"]))
def test_self_score_is_one(gold: list[Extent], mode: str) -> None:
    t = score_document(TEXT, gold, gold, mode=mode).timex  # type: ignore[arg-type]
    assert t.strict_f1 == t.relaxed_f1 == t.value_f1 == t.type_f1 == 1.0


# --------------------------------------------------------------------------- directories

SAMPLE = """<?xml version="1.0"?>
<TimeML><DOCID>{doc}</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<TEXT>Bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> and <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3> later.</TEXT>
</TimeML>
"""


def _write_gold(folder: Path, names: list[str]) -> None:
    for name in names:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(SAMPLE.format(doc=Path(name).stem))


def test_missing_system_files_scored_as_empty(tmp_path: Path) -> None:
    gold, system = tmp_path / "gold", tmp_path / "system"
    _write_gold(gold, ["a.tml", "sub/b.tml", "c.tml"])
    _write_gold(system, ["a.tml", "sub/b.tml"])
    result = evaluate_dirs(gold, system)
    assert result.missing_system_files == ("c.tml",)
    assert [d.system_missing for d in result.documents] == [False, True, False]
    t = result.timex
    assert (t.gold, t.system, t.strict, t.relaxed) == (6, 4, 4, 4)
    assert t.relaxed_recall == 4 / 6 and t.relaxed_precision == 1.0
    assert "No system file for 1 gold files" in result.format_table()
    assert result.to_dict()["missing_system_files"] == ["c.tml"]
    # events: present on both sides, so scored, with the missing file counted as empty
    assert result.events is not None and (result.events.gold, result.events.system) == (3, 2)


def test_system_file_found_by_stem_and_events_skipped_without_system_events(tmp_path: Path) -> None:
    gold, system = tmp_path / "gold", tmp_path / "system"
    _write_gold(gold, ["a.TE3input"])
    tml = read_timeml(gold / "a.TE3input")
    atomic_write_text(
        system / "a.tml", gold_to_timeml(TimeMLDocument(tml.document, tml.timexes, (), (), tml.dct))
    )
    result = evaluate_dirs(gold, system)
    assert result.missing_system_files == ()
    assert result.events is None
    assert result.timex.value_f1 == 1.0


def test_changed_text_is_an_error(tmp_path: Path) -> None:
    gold, system = tmp_path / "gold", tmp_path / "system"
    _write_gold(gold, ["a.tml"])
    system.mkdir()
    (system / "a.tml").write_text(SAMPLE.format(doc="a").replace("later", "sooner"))
    with pytest.raises(InputError, match="differs from the gold file"):
        evaluate_dirs(gold, system)


def test_empty_gold_dir_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no \.tml"):
        evaluate_dirs(tmp_path, tmp_path)


@pytest.mark.shared
def test_tbaq_gold_against_itself(tbaq_dir: Path) -> None:
    for mode in ("tempeval", "overlap"):
        result = evaluate_dirs(tbaq_dir, tbaq_dir, mode=mode)
        assert len(result.documents) == 256
        assert result.events is not None
        assert set(_all_scores(result)) == {1.0}
        assert result.mismatches == ()
        for document in result.documents:
            assert document.timex.value_f1 == 1.0


def _perturbed_copy(tbaq: Path, target: Path, change: str) -> tuple[int, int]:
    """Copy TBAQ with one perturbation of the first timex of each document; return
    (documents changed, gold timexes)."""
    changed = total = 0
    for path in find_timeml_files(tbaq):
        tml = read_timeml(path)
        timexes = list(tml.timexes)
        total += len(timexes)
        if timexes:
            first = timexes[0]
            changed += 1
            if change == "drop":
                timexes.pop(0)
            elif change == "value":
                timexes[0] = attrs.evolve(first, value=(first.value or "") + "X")
            elif change == "shift":  # take in one more character: the next token (or space+token)
                text = tml.document.text
                end = first.end
                while end < len(text) and text[end].isspace():
                    end += 1
                while end < len(text) and not text[end].isspace():
                    end += 1
                overlaps_next = len(timexes) > 1 and timexes[1].start < end
                if end == first.end or overlaps_next:
                    changed -= 1
                else:
                    timexes[0] = attrs.evolve(first, end=end, text=text[first.start : end])
        out = target / path.relative_to(tbaq)
        atomic_write_text(out, gold_to_timeml(attrs.evolve(tml, timexes=tuple(timexes))))
    return changed, total


@pytest.mark.shared
@pytest.mark.parametrize("change", ["drop", "value", "shift"])
def test_tbaq_perturbations(tbaq_dir: Path, tmp_path: Path, change: str) -> None:
    changed, total = _perturbed_copy(tbaq_dir, tmp_path, change)
    assert changed > 100
    t = evaluate_dirs(tbaq_dir, tmp_path).timex
    assert t.gold == total
    if change == "drop":
        assert (t.system, t.strict, t.relaxed, t.value_matches) == (total - changed,) * 4
        assert t.relaxed_precision == t.value_accuracy == 1.0
        assert t.relaxed_recall == (total - changed) / total
    elif change == "value":
        assert (t.system, t.strict, t.relaxed, t.type_matches) == (total,) * 4
        assert t.value_matches == total - changed
        assert t.value_f1 == (total - changed) / total
    else:
        assert (t.system, t.relaxed, t.value_matches) == (total,) * 3
        assert t.strict == total - changed
        assert t.relaxed_f1 == 1.0 and t.strict_f1 == pytest.approx((total - changed) / total, abs=1e-12)


# --------------------------------------------------------------------------- tagger and CLI


def test_evaluate_tagger_with_custom_tagger(tmp_path: Path) -> None:
    _write_gold(tmp_path, ["a.tml", "b.tml"])
    seen: list[Document] = []

    def tagger(document: Document) -> list[TimeMention]:
        seen.append(document)
        i = document.text.index("Friday")
        return [TimeMention(i, i + 6, "Friday", TimexType.DATE, str(document.reference_date))]

    result = evaluate_tagger(tmp_path, tagger)
    assert [d.reference_date.isoformat() for d in seen if d.reference_date] == ["1998-08-07"] * 2
    t = result.timex
    assert (t.gold, t.system, t.strict, t.value_matches) == (4, 2, 2, 2)
    assert result.events is None


@pytest.mark.shared
@pytest.mark.slow
def test_evaluate_tagger_on_tbaq_runs(tbaq_dir: Path) -> None:
    result = evaluate_tagger(tbaq_dir)  # whatever the current tagger does, it must score
    assert len(result.documents) == 256
    assert result.timex.gold == sum(len(read_timeml(p).timexes) for p in find_timeml_files(tbaq_dir))
    json.dumps(result.to_dict())


def test_cli_eval_table_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold, system = tmp_path / "gold", tmp_path / "system"
    _write_gold(gold, ["a.tml", "b.tml"])
    shutil.copytree(gold, system)
    (system / "b.tml").unlink()
    assert main(["eval", str(gold), str(system)]) == 0
    out = capsys.readouterr().out
    assert "strict" in out and "a.tml" in out and "(no system file)" in out
    assert main(["eval", str(gold), str(system), "--json", "--mode", "overlap"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["mode"] == "overlap"
    assert data["missing_system_files"] == ["b.tml"]
    assert data["timex"]["relaxed"]["recall"] == 0.5
    assert [d["path"] for d in data["documents"]] == ["a.tml", "b.tml"]
    assert data["documents"][1]["mismatches"][0]["kind"] == "missing"


def test_cli_eval_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(tmp_path / "nope"), str(tmp_path)]) == 1
    assert "not a directory" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["eval", str(tmp_path), str(tmp_path), "--mode", "fuzzy"])
