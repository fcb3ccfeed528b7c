"""The tense-cue scan skips words no cue can start with: the list of those it stops at must
cover every cue its pattern can match, or cues would be lost."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import rules

_parser: Any = pytest.importorskip("re._parser", reason="the cue list is checked against re's own parse tree")
_c: Any = pytest.importorskip("re._constants", reason="the cue list is checked against re's own parse tree")


def _first_words(items: list[tuple[Any, Any]], acc: str = "") -> set[str]:
    """Every literal word a match of the parsed pattern can begin with; ``"*"`` when one can
    begin with something else (a class such as ``\\w``)."""
    if not items:
        return {acc or "*"}
    (op, av), rest = items[0], items[1:]
    if op is _c.LITERAL:
        ch = chr(av)
        return _first_words(rest, acc + ch) if ch.isalpha() or ch == "'" else {acc or "*"}
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return _first_words(rest, acc)  # zero-width: it only narrows what matches
    if op is _c.AT:
        return {acc} if acc else _first_words(rest, acc)
    if op is _c.SUBPATTERN:
        return _first_words([*av[3], *rest], acc)
    if op is _c.BRANCH:
        return set().union(*(_first_words([*branch, *rest], acc) for branch in av[1]))
    if op is _c.IN and all(o is _c.LITERAL for o, _ in av):
        return set().union(*(_first_words([(_c.LITERAL, a), *rest], acc) for _, a in av))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        lo, hi, sub = av
        words: set[str] = _first_words(rest, acc) if lo == 0 else set()
        if hi == 1:
            return words | _first_words([*sub, *rest], acc)
        literal = any(o is _c.LITERAL for o, _ in sub)
        return words | ({acc} if acc and not literal else {acc + "*" if acc else "*"})
    # any other class after a word ends the word (a space) or goes on with it
    return {acc, acc + "*"} if acc else {"*"}


def test_every_cue_starts_with_a_listed_word_or_an_ed_word() -> None:
    found = _first_words(list(_parser.parse(rules._TENSE_CUES)))
    listed = set(rules._CUE_FIRST_WORDS)
    missing = sorted(
        w for w in found if w != "*" and not w.endswith("*") and w not in listed and not w.endswith("ed")
    )
    assert missing == []
    # a cue that begins with a word class can only be the "-ed" forms
    partial = sorted(w for w in found if w.endswith("*") and w != "*")
    assert all(any(w.startswith(p[:-1]) for w in listed) for p in partial), partial


_VOCABULARY = [*rules._CUE_FIRST_WORDS, "the", "talks", "on", "Monday", "unveiled", "needed", "hundred",
               "be", "held", "to", "until", "that", "said", "an", "expected", "range", ",", ".", "by", "as"]  # fmt: skip


@given(st.lists(st.sampled_from(_VOCABULARY), max_size=14))
def test_skipping_words_finds_the_same_cues(words: list[str]) -> None:
    text = " ".join(words).lower()
    unskipped = re.compile(rf"(?=[a-z'])\b{rules._TENSE_CUES}")
    assert [m.span() for m in rules._TENSE.finditer(text)] == [m.span() for m in unskipped.finditer(text)]
