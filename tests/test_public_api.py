"""Every public name has a docstring with an example (the docstrings are doctest-run)."""

from __future__ import annotations

import pytest

import timeline

NAMES = sorted(name for name in timeline.__all__ if name != "__version__")


def test_all_names_exist() -> None:
    for name in timeline.__all__:
        assert hasattr(timeline, name), f"timeline.__all__ lists {name!r}, which timeline lacks"


@pytest.mark.parametrize("name", NAMES)
def test_public_name_has_an_example(name: str) -> None:
    doc = getattr(timeline, name).__doc__ or ""
    assert doc.strip(), f"timeline.{name} has no docstring"
    assert ">>>" in doc, f"the docstring of timeline.{name} has no example (>>>)"


def test_version_is_documented_with_an_example() -> None:
    doc = timeline.__doc__ or ""
    assert "__version__" in doc
    assert ">>> timeline.__version__" in doc
