"""The documentation cannot drift: its example outputs are regenerated and compared.

docs/gen_examples.py produces every snippet (docs/snippets/*.md) by running the code the pages
document; pages include them with pymdownx.snippets. If a test here fails, run
``python docs/gen_examples.py`` and review the diff of docs/snippets/.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("timeline_docs_gen_examples", DOCS / "gen_examples.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


gen = _load()


@cache
def _generated() -> dict[str, str]:
    return dict(gen.generate())


@pytest.mark.parametrize("name", sorted(gen.GENERATORS))
def test_snippet_is_up_to_date(name: str) -> None:
    path = DOCS / "snippets" / name
    assert path.is_file(), f"{path} is missing: run python docs/gen_examples.py"
    assert path.read_text(encoding="utf-8") == _generated()[name], (
        f"docs/snippets/{name} is out of date: run python docs/gen_examples.py and review the diff"
    )


def _included() -> set[str]:
    names: set[str] = set()
    for page in DOCS.rglob("*.md"):
        if "snippets" in page.relative_to(DOCS).parts:
            continue
        names |= set(re.findall(r'--8<--\s+"([^"]+)"', page.read_text(encoding="utf-8")))
    return names


def test_every_included_snippet_is_generated() -> None:
    assert _included() <= set(gen.GENERATORS)


def test_every_generated_snippet_is_used() -> None:
    assert set(gen.GENERATORS) <= _included()


def test_no_stray_snippet_files() -> None:
    on_disk = {p.name for p in (DOCS / "snippets").glob("*.md")}
    assert on_disk <= set(gen.GENERATORS)


def test_readme_documentation_links_exist() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for target in re.findall(r"\]\((docs/[^)#]+)", readme):
        assert (ROOT / target).is_file(), f"README links to missing {target}"
