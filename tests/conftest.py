"""Shared fixtures: where ../shared is, and skips with a clear reason when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TIMELINE_SHARED", REPO.parent / "shared")).resolve()

settings.register_profile("ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=100, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


def shared_path(*parts: str) -> Path:
    """A path inside ../shared, or skip the test saying what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (the shared/ folder beside the repo, or $TIMELINE_SHARED); not present")
    return path


@pytest.fixture
def seeds_dir() -> Path:
    return shared_path("seeds")


@pytest.fixture
def tbaq_dir() -> Path:
    return shared_path("corpora", "tempeval3", "TBAQ-cleaned")
