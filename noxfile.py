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
        session.run("python", "-m", "nbclient", "--help", silent=True, success_codes=[0, 1, 2])
        session.run(
            "python",
            "-c",
            "import nbformat, nbclient, sys; nb = nbformat.read(sys.argv[1], as_version=4); "
            "nbclient.NotebookClient(nb, timeout=300, kernel_name='python3').execute(); print('notebook ok')",
            str(notebook),
        )


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks against peers (HeidelTime, dateparser, datefinder); writes docs/benchmarks.md."""
    session.install("-e", ".[bench]")
    session.run("python", "benchmarks/run.py", "--out", "docs/benchmarks.md", *session.posargs)
