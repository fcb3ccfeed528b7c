"""Developer sessions: ``nox`` runs tests, lint and typecheck; ``nox -s docs|examples|bench`` the rest."""

from __future__ import annotations

import pathlib
import tempfile

import nox

nox.options.sessions = ["tests", "lint", "typecheck"]
nox.options.reuse_existing_virtualenvs = True

ROOT = pathlib.Path(__file__).parent
PYTHON = "3.11"


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """Unit, property, doctest and browser tests (pytest + hypothesis)."""
    session.install("-e", ".[test]")
    session.run("pytest", "-q", *session.posargs)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check."""
    session.install("ruff")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy --strict on timeline/."""
    session.install("-e", ".[dev]")
    session.run("mypy", "--strict", "timeline")


@nox.session(python=PYTHON)
def docs(session: nox.Session) -> None:
    """Build the documentation site with mkdocs --strict."""
    session.install("-e", ".[docs]")
    session.run("mkdocs", "build", "--strict", "--site-dir", str(pathlib.Path(tempfile.mkdtemp()) / "site"))


@nox.session(python=PYTHON)
def examples(session: nox.Session) -> None:
    """Run every examples/*.py into a temporary folder and check each wrote non-trivial output."""
    session.install("-e", ".[test]", "nbclient", "nbformat", "ipykernel")
    for script in sorted((ROOT / "examples").glob("*.py")):
        out = pathlib.Path(tempfile.mkdtemp(prefix=f"{script.stem}-"))
        args = [str(ROOT / "tests" / "data" / "tempeval_mini")] if script.stem == "evaluate_tempeval" else []
        session.run("python", str(script), *args, "--out", str(out))
        written = [p for p in out.rglob("*") if p.is_file() and p.stat().st_size > 200]
        if not written:
            session.error(f"{script.name} wrote no non-trivial output into {out}")
        session.log(f"{script.name}: {len(written)} file(s) in {out}")
    for notebook in sorted((ROOT / "examples").glob("*.ipynb")):
        # run it as Jupyter would (from its own folder) and keep the executed copy for inspection
        out = pathlib.Path(tempfile.mkdtemp(prefix=f"{notebook.stem}-")) / notebook.name
        session.run("python", "-c", _RUN_NOTEBOOK, str(notebook), str(out))
        session.log(f"{notebook.name}: executed into {out}")


# Check that a notebook is committed without outputs, execute it with nbclient (a failing cell
# raises CellExecutionError), then check that every code cell ran and that it displays rich
# output: plotly figures and HTML.
_RUN_NOTEBOOK = """
import pathlib, sys
import nbclient, nbformat
source, target = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
nb = nbformat.read(source, as_version=4)
assert not any(cell.get("outputs") for cell in nb.cells), f"commit {source.name} with its outputs cleared"
nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                        resources={"metadata": {"path": str(source.parent)}}).execute()
nbformat.write(nb, target)
code = [cell for cell in nb.cells if cell.cell_type == "code"]
assert all(cell.execution_count for cell in code), "a code cell did not run"
kinds = {key for cell in code for output in cell.outputs for key in output.get("data", {})}
missing = {"text/html", "application/vnd.plotly.v1+json"} - kinds
assert not missing, f"no {missing} output in {source.name}"
print(f"{source.name}: {len(code)} code cells ran; outputs: {sorted(kinds)}")
"""


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks against peers (HeidelTime, dateparser, datefinder); writes docs/benchmarks.md."""
    session.install("-e", ".[bench]")
    session.run("python", "benchmarks/run.py", "--out", "docs/benchmarks.md", *session.posargs)
