"""Shared pieces for the intake tests: a fixed clock, the sample folder, a local time zone."""

from __future__ import annotations

import datetime
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.clock import FixedClock

MAIL_SAMPLES = Path(__file__).resolve().parents[1] / "data" / "mail"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC))


@pytest.fixture
def mail_samples() -> Path:
    return MAIL_SAMPLES


@pytest.fixture
def local_zone() -> Iterator[object]:
    """Set this process's local time zone by name for one test, then restore it."""
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is not available on this platform")
    before = os.environ.get("TZ")

    def use(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()

    yield use
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()
