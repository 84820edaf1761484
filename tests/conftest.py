"""Shared fixtures: every test builds its own store; Qt runs offscreen."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.app import Services, build_services  # noqa: E402
from desktop.core.clock import FixedClock  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples"
TODAY = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store.sqlite"


@pytest.fixture
def services(store_path: Path, clock: FixedClock) -> Services:
    built = build_services(store_path, clock, officer=lambda: "officer-test")
    yield built
    built.close()
