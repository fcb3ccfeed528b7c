"""The ``timeline`` command line as a whole: --version, --help, exit codes, one-line errors,
--quiet, global options after the subcommand, and Ctrl-C (exit 130, no partial output)."""

from __future__ import annotations

import fcntl
import json
import os
import re
import select
import shutil
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from timeline import __version__
from timeline.cli import main

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "examples" / "data" / "nato_ukraine"
ARTICLE = DATA / "001_3b6b60b6e0d10ecd.txt"
MANIFEST = DATA / "manifest.csv"

HELP_COMMANDS = [
    (),
    ("tag",),
    ("build",),
    ("render",),
    ("report",),
    ("timeml",),
    ("timeml", "annotate"),
    ("eval",),
]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run ``timeline ARGV`` in process; argparse's exits become exit codes."""
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 0
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code: int, err: str, *fragments: str) -> None:
    assert code == 1, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("timeline: error: ")
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in lines[0]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.strip() == f"timeline {__version__}"


@pytest.mark.parametrize("argv", HELP_COMMANDS, ids=lambda a: " ".join(a) or "timeline")
def test_help_shows_an_example(capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]) -> None:
    code, out, _ = run(capsys, *argv, "--help")
    assert code == 0
    assert "example" in out.lower()
    assert "timeline " in out.lower().split("example", 1)[1]
    if argv:
        assert "--quiet" in out and "--debug" in out


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys)
    assert code == 2
    assert "usage:" in err and out == ""


@pytest.mark.parametrize(
    "argv",
    [
        ["build"],  # --manifest is required
        ["tag", "--bogus"],
        ["render", "g.json"],  # -o is required
        ["eval", "gold"],
        ["report", "--manifest", "m.csv", "--graph", "g.json", "-o", "r.html"],
    ],
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert "usage:" in err and "Traceback" not in err


# ------------------------------------------------------------------ bad input: one line, exit 1


@pytest.fixture
def bad_manifests(tmp_path: Path) -> dict[str, Path]:
    undecodable = tmp_path / "latin1.csv"
    undecodable.write_bytes(b"path,reference_date\n\xe9t\xe9.txt,2024-12-02\n")
    bad_date = tmp_path / "bad_date.csv"
    bad_date.write_text(f"path,reference_date\n{ARTICLE},2024-13-01\n", encoding="utf-8")
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    return {"undecodable": undecodable, "bad_date": bad_date, "unreadable": folder}


@pytest.mark.parametrize("command", ["tag", "build", "report"])
def test_missing_manifest(capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str) -> None:
    argv = [command, "--manifest", str(tmp_path / "nope.csv")]
    if command == "report":
        argv += ["-o", str(tmp_path / "r.html")]
    code, _, err = run(capsys, *argv)
    assert_one_line_error(code, err, "nope.csv", "not found")


@pytest.mark.parametrize("command", ["tag", "build", "report"])
@pytest.mark.parametrize(
    ("kind", "fragment"),
    [("undecodable", "cannot decode"), ("bad_date", "impossible date"), ("unreadable", "cannot read")],
)
def test_bad_manifest(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    bad_manifests: dict[str, Path],
    command: str,
    kind: str,
    fragment: str,
) -> None:
    argv = [command, "--manifest", str(bad_manifests[kind])]
    if command == "report":
        argv += ["-o", str(tmp_path / "r.html")]
    code, _, err = run(capsys, *argv)
    assert_one_line_error(code, err, bad_manifests[kind].name, fragment)
    assert not (tmp_path / "r.html").exists()


@pytest.mark.parametrize(
    ("argv", "fragments"),
    [
        (["tag", "missing.txt", "--ref", "2024-12-02"], ("missing.txt", "file not found")),
        (["tag", str(ARTICLE), "--ref", "2024-02-30"], ("impossible date",)),
        (["tag", str(ARTICLE), "--ref", "soon"], ("not an ISO date",)),
        (["render", "missing.json", "-o", "out.html"], ("missing.json", "no such file")),
        (["report", "--graph", "missing.json", "-o", "out.html"], ("missing.json", "no such file")),
        (["timeml", "annotate", "no-such-dir", "out"], ("no-such-dir", "no such folder")),
        (["eval", "no-such-gold", "no-such-system"], ("no-such-gold",)),
        (["build", "--manifest", str(MANIFEST), "--gazetteer", "missing.json"], ("missing.json",)),
    ],
)
def test_missing_inputs_and_bad_dates(
    capsys: pytest.CaptureFixture[str], argv: list[str], fragments: tuple[str, ...]
) -> None:
    code, _, err = run(capsys, *argv)
    assert_one_line_error(code, err, *fragments)


def _output_argv(command: str, target: Path) -> list[str]:
    return {
        "build": ["build", "--manifest", str(MANIFEST), "--json", str(target)],
        "build-graphml": ["build", "--manifest", str(MANIFEST), "--graphml", str(target)],
        "report": ["report", "--manifest", str(MANIFEST), "-o", str(target)],
        "render": ["render", str(REPO / "no-graph-needed.json"), "-o", str(target)],
    }[command]


@pytest.mark.parametrize("command", ["build", "build-graphml", "report", "render"])
def test_unwritable_output_fails_before_any_work(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str
) -> None:
    target = tmp_path / "missing-folder" / "out.json"
    code, out, err = run(capsys, *_output_argv(command, target))
    assert_one_line_error(code, err, "cannot write", "does not exist")
    assert out == ""  # nothing was built
    assert not target.parent.exists()
    code, _, err = run(capsys, *_output_argv(command, tmp_path))  # a folder
    assert_one_line_error(code, err, "it is a folder")


def test_unwritable_timeml_output_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = _timeml_corpus(tmp_path / "in", 1)
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    code, _, err = run(capsys, "timeml", "annotate", str(source), str(blocker / "out"))
    assert_one_line_error(code, err, "a-file")


def test_debug_shows_the_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    from timeline.errors import InputError

    with pytest.raises(InputError, match="file not found"):
        main(["tag", "missing.txt", "--ref", "2024-12-02", "--debug"])


# ------------------------------------------------------------------ --quiet, --json, global options


def test_global_options_before_or_after_the_subcommand(tmp_path: Path) -> None:
    from timeline.cli import build_parser

    parser = build_parser()
    for argv in (["-q", "build", "--manifest", "m"], ["build", "--manifest", "m", "-q"]):
        args = parser.parse_args(argv)
        assert args.quiet is True and args.debug is False
    args = parser.parse_args(["timeml", "annotate", "a", "b", "--debug", "--quiet"])
    assert args.quiet is True and args.debug is True
    args = parser.parse_args(["tag", "a.txt"])
    assert args.quiet is False and args.debug is False


@pytest.mark.parametrize("position", ["before", "after"])
def test_quiet_build_prints_only_the_summary(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, position: str
) -> None:
    target = tmp_path / "graph.json"
    argv = ["build", "--manifest", str(MANIFEST), "--json", str(target)]
    argv = ["-q", *argv] if position == "before" else [*argv, "-q"]
    code, out, err = run(capsys, *argv)
    assert code == 0 and err == ""
    assert out.count("\n") == 1 and "events" in out and "wrote" not in out
    assert json.loads(target.read_text(encoding="utf-8"))["directed"] is True
    assert not list(tmp_path.glob(".*.tmp"))


def test_timeml_annotate_json_and_quiet(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = _timeml_corpus(tmp_path / "in", 3)
    code, out, err = run(capsys, "timeml", "annotate", str(source), str(tmp_path / "out"), "--json", "-q")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data["count"] == 3 and all(Path(p).is_file() for p in data["written"])


def test_no_progress_bar_when_stderr_is_not_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "tag", "--manifest", str(MANIFEST))
    assert code == 0 and out and err == ""


# ------------------------------------------------------------------ Ctrl-C

TML = (
    '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>d{n}</DOCID>\n<DCT><TIMEX3 tid="t0" type="DATE" '
    'value="1998-08-07" temporalFunction="false" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>\n'
    "<TEXT>\n{text}\n</TEXT>\n</TimeML>\n"
)


def _timeml_corpus(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True)
    text = ARTICLE.read_text(encoding="utf-8").replace("&", "and").replace("<", " ").replace(">", " ")
    for n in range(count):
        (folder / f"doc{n:04d}.tml").write_text(TML.format(n=n, text=text), encoding="utf-8")
    return folder


def _large_manifest(folder: Path, copies: int) -> Path:
    folder.mkdir(parents=True)
    rows = ["path,reference_date"]
    for line in MANIFEST.read_text(encoding="utf-8").splitlines()[1:]:
        name, ref = line.split(",")[:2]
        for k in range(copies):
            copy = folder / f"{k:04d}_{name}"
            shutil.copyfile(DATA / name, copy)
            rows.append(f"{copy.name},{ref}")
    manifest = folder / "manifest.csv"
    manifest.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return manifest


def _interrupt_once_running(argv: list[str], cwd: Path, ready: str, timeout: float = 60.0) -> tuple[int, str]:
    """Run ``timeline ARGV`` with stderr on a pseudo-terminal (so the progress bar shows), send
    SIGINT as soon as the regular expression ``ready`` matches it, and return the exit code and
    all of stderr."""
    master, slave = os.openpty()
    # a 24x100 terminal: with the default 0x0 size tqdm draws an empty bar
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    env = {**os.environ, "COLUMNS": "100", "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "timeline", *argv],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=slave,
        env=env,
    )
    os.close(slave)
    chunks: list[bytes] = []
    sent = False
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            readable, _, _ = select.select([master], [], [], 0.1)
            if readable:
                try:
                    data = os.read(master, 65536)
                except OSError:  # EIO: the child closed the terminal
                    data = b""
                if not data and proc.poll() is not None:
                    break
                chunks.append(data)
            elif proc.poll() is not None:
                break
            if not sent and re.search(ready.encode(), b"".join(chunks)):
                proc.send_signal(signal.SIGINT)
                sent = True
        code = proc.wait(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)
    assert sent, "the run ended before its progress bar appeared:\n" + b"".join(chunks).decode(
        errors="replace"
    )
    return code, b"".join(chunks).decode("utf-8", errors="replace")


def _assert_clean_interrupt(code: int, err: str) -> None:
    assert code == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    plain = re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", err)  # terminal control sequences
    lines = [line for line in plain.replace("\r", "\n").splitlines() if line.strip()]
    assert lines[-1] == "timeline: interrupted"
    assert sum("interrupted" in line for line in lines) == 1


def test_ctrl_c_during_build_exits_130_and_writes_nothing(tmp_path: Path) -> None:
    manifest = _large_manifest(tmp_path / "corpus", copies=200)
    out = tmp_path / "out"
    out.mkdir()
    argv = [
        "build",
        "--manifest",
        str(manifest),
        "--json",
        str(out / "g.json"),
        "--html",
        str(out / "g.html"),
    ]
    code, err = _interrupt_once_running(argv, tmp_path, ready=r"time: .*\| [1-9][0-9]*/1000")
    _assert_clean_interrupt(code, err)
    assert list(out.iterdir()) == []  # no output, and no temporary file left behind


def test_ctrl_c_during_timeml_annotate_leaves_only_whole_files(tmp_path: Path) -> None:
    from timeline.io.timeml import read_timeml

    source = _timeml_corpus(tmp_path / "in", 400)
    out = tmp_path / "out"
    code, err = _interrupt_once_running(
        ["timeml", "annotate", str(source), str(out)], tmp_path, r"annotating: .*\| [1-9][0-9]*/400"
    )
    _assert_clean_interrupt(code, err)
    written = sorted(out.rglob("*")) if out.exists() else []
    assert len(written) < 400
    for path in written:
        assert path.suffix == ".tml", f"partial or temporary file left behind: {path}"
        assert read_timeml(path).document.text  # whole, parseable files only
