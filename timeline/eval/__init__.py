"""Evaluation against gold TimeML: TempEval-3 time-expression scores and event extents.

Example:
    >>> from timeline.eval import Extent, score_document
    >>> score_document("In 1998.", [Extent(3, 7, "1998", "DATE", "1998")],
    ...                [Extent(3, 7, "1998", "DATE", "1998")]).timex.value_f1
    1.0
"""

from timeline.eval.evaluate import (
    DocumentScore,
    EvaluationResult,
    evaluate_dirs,
    evaluate_tagger,
    score_document,
)
from timeline.eval.scoring import (
    MODES,
    EventScore,
    Extent,
    Mismatch,
    Mode,
    TimexScore,
    as_extent,
    match_extents,
    score_event_extents,
    score_timex_extents,
)
from timeline.eval.tokens import project, tokenize_te3

__all__ = [
    "MODES",
    "DocumentScore",
    "EvaluationResult",
    "EventScore",
    "Extent",
    "Mismatch",
    "Mode",
    "TimexScore",
    "as_extent",
    "evaluate_dirs",
    "evaluate_tagger",
    "match_extents",
    "project",
    "score_document",
    "score_event_extents",
    "score_timex_extents",
    "tokenize_te3",
]
