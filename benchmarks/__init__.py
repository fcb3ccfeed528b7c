"""Benchmark suite: accuracy and speed of ``timeline.tag`` against peer temporal taggers.

Run ``python benchmarks/run.py`` (see ``run.py``); peers' adapters live in ``peers.py``.
"""
