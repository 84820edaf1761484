"""The holiday data loads when a deadline is first computed, and only for the countries asked."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from desktop.core.deadlines import HolidayCalendar, response_deadline
from desktop.core.errors import ValidationError

_PROBE = """
import sys
from datetime import date
import desktop.core.deadlines as d
loaded = lambda: sorted(m for m in sys.modules if m.startswith("holidays"))
print(len(loaded()))
due = d.response_deadline(date(2026, 1, 31), d.MUNICH).due
print(due, d.response_deadline(date(2026, 4, 5), d.NETHERLANDS).due)
print(sum(m.startswith("holidays.countries.") for m in loaded()), "holidays.countries" in loaded())
"""


def test_importing_loads_no_holidays_and_a_deadline_loads_its_country_only():
    out = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[0] == "0"  # importing the deadline rules imports no holiday data
    assert out[1] == "2026-03-02 2026-05-06"
    assert out[2] == "2 False"  # Germany and the Netherlands, not the other 248


def test_a_calendar_that_does_not_exist_is_still_refused_when_made():
    with pytest.raises(ValidationError, match="no holiday calendar for country 'XX'"):
        HolidayCalendar("XX")
    with pytest.raises(ValidationError, match="region 'ZZ'"):
        HolidayCalendar("DE", "ZZ")


def test_a_territory_that_borrows_its_countrys_rules_still_has_its_holidays():
    # French Guiana's module imports France's: the package is then imported the usual way.
    assert response_deadline(date(2026, 6, 10), HolidayCalendar("GF")).due == date(2026, 7, 10)
