"""TempEval-3 style tokenisation, as character spans.

The official TempEval-3 toolkit compares annotations token by token, after splitting the
text with a TreeTagger-style tokenizer (whitespace; leading brackets and quotes and
trailing punctuation cut off; English clitics such as ``'s`` and ``n't`` split; a final
period split unless the word is a known abbreviation or initials like ``U.S.``; ``...``,
``;!?/`` and commas before letters separated). This module reimplements those rules
(independently) and returns token *spans* so annotations given as character offsets can
be projected onto tokens.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

__all__ = ["project", "tokenize_te3"]

#: cut off at the beginning of a word
_LEADING = frozenset('([{`"´«»\u201c\u2018\u201e')
#: cut off at the end of a word
_TRAILING = frozenset(")]}'`\",;:!?%»«\u201d\u2019")
_CLITIC = re.compile(r"(?:'(?:s|re|ve|d|m|em|ll)|n't)$", re.IGNORECASE)
_INITIALS = re.compile(r"^(?:[^\W\d_]\.)+$")
#: abbreviations (and words) never split at their final period
_ABBREVIATIONS = frozenset(
    [
        "a.m.",
        "p.m.",
        "A.M.",
        "P.M.",
        "Mr.",
        "Mrs.",
        "Ms.",
        "Dr.",
        "Prof.",
        "Sen.",
        "Rep.",
        "Gov.",
        "Gen.",
        "Col.",
        "Lt.",
        "Sgt.",
        "Capt.",
        "Adm.",
        "Cmdr.",
        "Maj.",
        "Rev.",
        "Gen.",
        "Pres.",
        "Jr.",
        "Sr.",
        "St.",
        "Ste.",
        "Mt.",
        "Ft.",
        "Inc.",
        "Corp.",
        "Co.",
        "Ltd.",
        "Bros.",
        "Cos.",
        "Dept.",
        "Jan.",
        "Feb.",
        "Mar.",
        "Apr.",
        "Jun.",
        "Jul.",
        "Aug.",
        "Sep.",
        "Sept.",
        "Oct.",
        "Nov.",
        "Dec.",
        "Mon.",
        "Tue.",
        "Tues.",
        "Wed.",
        "Thu.",
        "Thur.",
        "Thurs.",
        "Fri.",
        "Sat.",
        "Sun.",
        "No.",
        "Nos.",
        "vs.",
        "etc.",
        "e.g.",
        "i.e.",
        "approx.",
        "est.",
        "Ave.",
        "Blvd.",
        "Rd.",
        "Ala.",
        "Ariz.",
        "Ark.",
        "Calif.",
        "Colo.",
        "Conn.",
        "Del.",
        "Fla.",
        "Ga.",
        "Ill.",
        "Ind.",
        "Kan.",
        "Ky.",
        "La.",
        "Md.",
        "Mass.",
        "Mich.",
        "Minn.",
        "Miss.",
        "Mo.",
        "Mont.",
        "Neb.",
        "Nev.",
        "Okla.",
        "Ore.",
        "Pa.",
        "Penn.",
        "Tenn.",
        "Tex.",
        "Va.",
        "Vt.",
        "Wash.",
        "Wis.",
        "Wyo.",
    ]
)
# positions where a chunk of non-space text is split before any other rule applies
_SPLIT_AFTER = re.compile(
    r"\.\.\."  # an ellipsis is its own token
    r"|[;!?/](?=\S)"  # these before a non-space
    r"|,(?=[^\s\d.])"  # a comma before anything but a digit or a period
    r"|(?<=[^\W\d_]{2})[.:](?=[A-Z])"  # "end.Next": sentence glued to the next
)


def _split_chunk(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Pre-split one whitespace-free chunk at ellipses and glued punctuation."""
    pieces: list[tuple[int, int]] = []
    position = start
    for match in _SPLIT_AFTER.finditer(text, start, end):
        if match.group() == "...":
            if match.start() > position:
                pieces.append((position, match.start()))
            pieces.append((match.start(), match.end()))
        else:
            pieces.append((position, match.end()))
        position = match.end()
    if position < end:
        pieces.append((position, end))
    return [(a, b) for a, b in pieces if b > a]


def _word_tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Tokens of one pre-split piece, following the TreeTagger rules."""
    prefix: list[tuple[int, int]] = []
    suffix: list[tuple[int, int]] = []
    while end - start > 1 and text[start:end] not in _ABBREVIATIONS:
        if text[start] in _LEADING:
            prefix.append((start, start + 1))
            start += 1
        elif text[end - 1] in _TRAILING:
            suffix.insert(0, (end - 1, end))
            end -= 1
        elif text[end - 1] == "." and text[end - 2] in _TRAILING:
            suffix[:0] = [(end - 2, end - 1), (end - 1, end)]
            end -= 2
        else:
            break
    word = text[start:end]
    if end - start > 1 and word not in _ABBREVIATIONS and not _INITIALS.match(word):
        if word.endswith(".") and word != "...":
            suffix.insert(0, (end - 1, end))
            end -= 1
        clitic = _CLITIC.search(text, start, end)
        if clitic and clitic.start() > start and clitic.end() == end:
            suffix.insert(0, (clitic.start(), end))
            end = clitic.start()
    middle = [(start, end)] if end > start else []
    return prefix + middle + suffix


def tokenize_te3(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into TempEval-3 style tokens, returned as ``(start, end)`` spans.

    Example:
        >>> text = "He didn't stay (until Friday), Mr. Kopp said in the U.S. ..."
        >>> [text[a:b] for a, b in tokenize_te3(text)]
        ['He', 'did', "n't", 'stay', '(', 'until', 'Friday', ')', ',', 'Mr.', 'Kopp', 'said', 'in', 'the', 'U.S.', '...']
    """
    tokens: list[tuple[int, int]] = []
    for chunk in re.finditer(r"\S+", text):
        for a, b in _split_chunk(text, chunk.start(), chunk.end()):
            tokens.extend(_word_tokens(text, a, b))
    return tokens


def project(
    tokens: Sequence[tuple[int, int]], start: int, end: int, _starts: Sequence[int] | None = None
) -> tuple[int, int] | None:
    """Indices ``(first, last)`` of the tokens a character span overlaps, or ``None``.

    ``tokens`` must be sorted and non-overlapping (as :func:`tokenize_te3` returns them).
    A span covering only part of a token is projected onto the whole token.

    Example:
        >>> tokens = tokenize_te3("in mid-1990s and later")
        >>> project(tokens, 7, 12), project(tokens, 2, 3)
        ((1, 1), None)
    """
    starts = _starts if _starts is not None else [a for a, _ in tokens]
    # first token whose end is after start: tokens are ordered, so search on starts
    first = bisect.bisect_right(starts, start) - 1
    if first < 0 or tokens[first][1] <= start:
        first += 1
    last = bisect.bisect_left(starts, end) - 1
    if first >= len(tokens) or last < first:
        return None
    return (first, last)
