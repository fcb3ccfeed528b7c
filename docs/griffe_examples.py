"""A griffe extension for the API reference: adapt the project's docstrings to the renderer.

* The docstrings head their doctests ``Example:`` (Napoleon's spelling). griffe's Google
  parser only knows ``Examples:`` and would otherwise render ``Example:`` as an admonition of
  plain Markdown, where doctest output such as ``['a', 'b']`` reads as Markdown link syntax.
* Sphinx roles (``:func:`~timeline.tag```) are shown as inline code (``tag``), as Markdown
  has no such roles.

This only changes how the docs site reads docstrings, never the code.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_EXAMPLE = re.compile(r"^Example:[ \t]*$", re.MULTILINE)
_ROLE = re.compile(r":(?:func|class|meth|mod|attr|data|exc|obj|const):`(~?)([^`]+)`")


def _role(match: re.Match[str]) -> str:
    target = match[2]
    return f"`{target.rsplit('.', 1)[-1] if match[1] else target}`"


class ExampleSections(griffe.Extension):
    """Rename ``Example:`` section headers to ``Examples:`` and turn Sphinx roles into code."""

    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        docstring = obj.docstring
        if docstring is None:
            return
        value = _ROLE.sub(_role, _EXAMPLE.sub("Examples:", docstring.value))
        if value != docstring.value:
            docstring.value = value
            docstring.__dict__.pop("parsed", None)  # drop a cached parse, if any
