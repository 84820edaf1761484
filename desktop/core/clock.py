"""The one source of "today" and "now", so tests can fix the date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime


class Clock:
    """The real clock: local calendar date, UTC timestamps for the audit log."""

    def today(self) -> date:
        return date.today()

    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class FixedClock(Clock):
    """A clock that shows one moment until told otherwise."""

    moment: datetime

    def today(self) -> date:
        return self.moment.date()

    def now(self) -> datetime:
        return self.moment
