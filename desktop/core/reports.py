"""What a privacy office reports (Art. 5(2), 12(3) GDPR): shares answered on time and within
one month, and how long answers took, from counts the store gives per number of days.

The EDPB's coordinated action on the right of access (2024) asked for the share of requests
answered within one month and within the extended period; both are given, besides "on time"
against the deadline in force (one month, or the extension where one was notified).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date


def share(part: int, whole: int) -> float | None:
    """`part` of `whole` as a fraction rounded to 3 places; None when there is no whole."""
    return round(part / whole, 3) if whole else None


def median_days(days: dict[int, int]) -> float | None:
    """The median of the days answers took (`days`: number of days -> cases); the mean of the
    two middle answers when their number is even, as statistics.median."""
    total = sum(days.values())
    if not total:
        return None
    lower = _nth(days, (total + 1) // 2)
    upper = _nth(days, total // 2 + 1)
    return (lower + upper) / 2


def percentile_days(days: dict[int, int], percent: int) -> int | None:
    """The nearest-rank percentile: the least number of days within which `percent`% of the
    answers were given (90: nine in ten answers took at most this)."""
    total = sum(days.values())
    if not total:
        return None
    return _nth(days, max(1, math.ceil(total * percent / 100)))


def _nth(days: dict[int, int], rank: int) -> int:
    """The `rank`-th smallest (1-based) number of days."""
    seen = 0
    for value in sorted(days):
        seen += days[value]
        if seen >= rank:
            return value
    raise ValueError("rank beyond the counts")


# The figures of a report that stand for a list of cases, and what their key is:
# a month "2026-03", a channel, company, language or request type, "type/outcome", an age band.
SLICE_FIGURES = (
    "received", "extended", "identity_checked", "by_month", "by_channel", "by_company",
    "by_language", "by_type", "closed", "on_time", "late", "within_one_month",
    "within_extended", "outcome", "blocked", "open_overdue", "backlog_by_age",
)  # fmt: skip
AGE_BANDS = {"0-30": (0, 30), "31-60": (31, 60), "61-90": (61, 90), "91+": (91, None)}


@dataclass(frozen=True)
class ReportSlice:
    """The cases behind one figure of a report over [start, end]: what the officer clicked."""

    figure: str
    start: date
    end: date
    key: str = ""
    company: str | None = None

    def __post_init__(self) -> None:
        if self.figure not in SLICE_FIGURES:
            raise ValueError(f"no list of cases behind the figure {self.figure!r}")
        if self.figure == "backlog_by_age" and self.key not in AGE_BANDS:
            raise ValueError(f"no age band {self.key!r}")
