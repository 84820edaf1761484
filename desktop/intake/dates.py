"""When a message arrived: its Date header read strictly, and the local calendar date of it."""

from __future__ import annotations

import datetime
import email.utils

from desktop.core.clock import Clock
from desktop.intake.text import undo_surrogates

_EARLIEST = datetime.datetime(1990, 1, 1, tzinfo=datetime.UTC)
# Clocks of senders run a little fast; more than this is not an arrival time but an error.
_CLOCK_SKEW = datetime.timedelta(days=1)


def plausible_moment(moment: datetime.datetime | None, clock: Clock) -> datetime.datetime | None:
    """A timezone-aware moment between 1990 and (about) now, else None: never a guessed date."""
    if moment is None:
        return None
    if moment.tzinfo is None or moment.utcoffset() is None:
        # RFC 5322 "-0000": the time is UTC, the sender's zone unknown.
        moment = moment.replace(tzinfo=datetime.UTC)
    try:
        if not _EARLIEST <= moment <= clock.now() + _CLOCK_SKEW:
            return None
    except (OverflowError, ValueError):
        return None
    return moment


def parse_date_header(raw: str | None, clock: Clock) -> datetime.datetime | None:
    """The moment an RFC 5322 Date header states, or None when absent, garbage or implausible."""
    if not raw:
        return None
    try:
        moment = email.utils.parsedate_to_datetime(undo_surrogates(raw).strip())
    except (TypeError, ValueError, OverflowError, IndexError):
        return None
    return plausible_moment(moment, clock)


def local_date(moment: datetime.datetime | None) -> datetime.date | None:
    """The calendar date of the moment in this machine's time zone (DOMAIN.md §3.1)."""
    if moment is None:
        return None
    try:
        return moment.astimezone().date()
    except (OverflowError, ValueError, OSError):
        return None
