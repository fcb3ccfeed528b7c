"""The README's examples are real: its doctest runs, and CI runs exactly its test command."""

from __future__ import annotations

import doctest
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_readme_quickstart_doctest_passes() -> None:
    result = doctest.testfile(str(REPO / "README.md"), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0


def test_ci_runs_the_readme_test_command() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert readme.count("<!-- test-command -->") == 1 and readme.count("<!-- main-command -->") == 1
    assert "extract '<!-- test-command -->'" in ci
