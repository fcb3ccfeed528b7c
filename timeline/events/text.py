"""Fast tokens, sentences and clauses with character offsets (no model, no downloads).

Example:
    >>> [t.text for t in tokenize("NATO didn't meet.")]
    ['NATO', "didn't", 'meet', '.']
    >>> [(s.start, s.end) for s in sentences("One. Two here.\\nThree")]
    [(0, 4), (5, 14), (15, 20)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

__all__ = ["Sentence", "Token", "clause_bounds", "sentences", "tokenize"]

_TOKEN_RE = re.compile(
    r"(?:[A-Z]\.){2,}"  # U.S., U.K.
    r"|\w+(?:[-'’]\w+)*(?:n['’]t)?"  # words, hyphenated words, contractions
    r"|['’](?:s|re|ve|ll|d)\b"  # clitics split off by some texts
    r"|[^\w\s]"
)
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jr",
        "sr",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "gov",
        "sen",
        "rep",
        "prof",
        "inc",
        "corp",
        "co",
        "ltd",
        "vs",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "fig",
        "etc",
        "e.g",
        "i.e",
        "u.s",
        "u.k",
    ]
)
_CLAUSE_WORDS = frozenset(
    {
        "which",
        "who",
        "whom",
        "whose",
        "while",
        "whereas",
        "although",
        "though",
        "but",
        "because",
        "when",
        "where",
    }
)
_CLAUSE_OPENERS = frozenset({"that", "whether", "which", "who", "whom", "while", "whereas", "although"})


@attrs.frozen(slots=True)
class Token:
    """A token: its span and text.

    Example:
        >>> Token(0, 4, "NATO").lower
        'nato'
    """

    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        """The text in lower case, with curly apostrophes made straight."""
        return self.text.lower().replace("’", "'")


@attrs.frozen(slots=True)
class Sentence:
    """A sentence: its span and its tokens.

    Example:
        >>> s = sentences("NATO met.")[0]
        >>> s.text("NATO met."), len(s.tokens)
        ('NATO met.', 3)
    """

    start: int
    end: int
    tokens: tuple[Token, ...]

    def text(self, document_text: str) -> str:
        """The sentence's text, cut from the document text."""
        return document_text[self.start : self.end]


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``.

    Example:
        >>> [t.text for t in tokenize("the U.S. and Kyiv’s call")]
        ['the', 'U.S.', 'and', 'Kyiv’s', 'call']
    """
    stop = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text, start, stop)]


def _boundaries(text: str) -> Iterator[tuple[int, int]]:
    """Line-then-punctuation sentence spans (whitespace trimmed)."""
    for line in re.finditer(r"[^\n]+", text):
        line_start = line.start()
        chunk = line.group()
        begin = 0
        for m in re.finditer(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])", chunk):
            word = re.search(r"([\w.]+)\.$", chunk[begin : m.start() + 1])
            if m.group().startswith(".") and word is not None:
                previous = word.group(1).lower()
                if previous in _ABBREVIATIONS or (len(previous) == 1 and previous.isalpha()):
                    continue
            yield line_start + begin, line_start + m.end()
            begin = m.end()
        yield line_start + begin, line_start + len(chunk)


def sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences (line breaks always end one), each with its tokens.

    Example:
        >>> [s.text("Mr. Rutte spoke. Then he left.") for s in sentences("Mr. Rutte spoke. Then he left.")]
        ['Mr. Rutte spoke.', 'Then he left.']
    """
    result: list[Sentence] = []
    for start, end in _boundaries(text):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            result.append(Sentence(start, end, tuple(tokenize(text, start, end))))
    return result


def clause_bounds(tokens: tuple[Token, ...] | list[Token]) -> list[int]:
    """Clause number of each token: clauses end at ``; : — –``, at a comma before a
    subordinating word (which, while, but, because …), and before ``that``/``whether``.

    Example:
        >>> clause_bounds(tokenize("He left, but she stayed; then rain."))
        [0, 0, 0, 1, 1, 1, 1, 2, 2, 2]
        >>> clause_bounds(tokenize("He said that it rained."))
        [0, 0, 1, 1, 1, 1]
    """
    result: list[int] = []
    clause = 0
    n = len(tokens)
    for i, tok in enumerate(tokens):
        text = tok.text
        if text in {";", ":", "—", "–", "(", ")"} or (
            text == "," and i + 1 < n and tokens[i + 1].lower in _CLAUSE_WORDS
        ):
            result.append(clause)
            clause += 1
            continue
        if i > 0 and tok.lower in _CLAUSE_OPENERS and tokens[i - 1].text != ",":
            clause += 1
        result.append(clause)
    return result
