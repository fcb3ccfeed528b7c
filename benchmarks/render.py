"""Benchmark: render a synthetic graph of many events to HTML and load it in headless Chromium.

Reports the figure build + write time, the file size, and the load-to-idle time: the page
records ``performance.now()`` in ``data-idle-ms`` once every figure is drawn and the
browser is idle; the wall-clock time of the whole Chromium run is given too.

Usage:
    /work/venv/bin/python benchmarks/render.py [--events 10000] [--report] [--out DIR]
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from timeline.render import report, write_html
from timeline.render.samples import synthetic_graph

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def load_to_idle(page: Path, budget_ms: int = 30_000) -> tuple[float | None, float, int]:
    """``(in-page ms to idle, wall-clock seconds, drawn figures)`` for ``page`` in headless Chromium."""
    with tempfile.TemporaryDirectory() as profile:
        args = [
            CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={profile}", "--window-size=1400,900", f"--virtual-time-budget={budget_ms}",
            "--dump-dom", page.resolve().as_uri(),
        ]  # fmt: skip
        started = time.perf_counter()
        done = subprocess.run(args, capture_output=True, text=True, timeout=300, check=False)
        wall = time.perf_counter() - started
    idle = re.search(r'data-idle-ms="(\d+)"', done.stdout) or re.search(
        r'data-rendered-ms="(\d+)"', done.stdout
    )
    return (float(idle.group(1)) if idle else None, wall, done.stdout.count('data-rendered="true"'))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument(
        "--report", action="store_true", help="benchmark the report page instead of the timeline page"
    )
    parser.add_argument("--out", type=Path, help="keep the page in this folder")
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    graph = synthetic_graph(args.events, docs=args.docs)
    t1 = time.perf_counter()
    folder = args.out or Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    page = folder / ("report.html" if args.report else "timeline.html")
    (report if args.report else write_html)(graph, page)
    t2 = time.perf_counter()
    size = page.stat().st_size
    print(
        f"events:          {len(graph.events):,} ({len(graph.relations):,} relations, {len(graph.corpus)} articles)"
    )
    print(f"build graph:     {t1 - t0:.2f} s (synthetic, not part of rendering)")
    print(f"render + write:  {t2 - t1:.2f} s -> {page}")
    print(f"file size:       {size / 1e6:.1f} MB (plotly.js inlined: ~4.6 MB of it)")
    if not Path(CHROMIUM).exists():
        print("load-to-idle:    skipped: chromium is not installed (apt-get install chromium)")
        return 0
    idle_ms, wall, drawn = load_to_idle(page)
    print(f"load-to-idle:    {'?' if idle_ms is None else f'{idle_ms / 1000:.2f} s'} in page; "
          f"{wall:.2f} s wall clock for the whole Chromium run; {drawn} figure(s) drawn")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
