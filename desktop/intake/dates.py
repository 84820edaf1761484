"""When a message arrived (the topmost Received: header) and was written (Date:), read strictly."""

from __future__ import annotations

import datetime
import email.utils

from desktop.core.arrival import GROUP_ZONE, received_on
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


def arrival_from_received(values: list[str] | None, clock: Clock) -> datetime.datetime | None:
    """When the message reached the office's mail server: the topmost Received: header.

    Each server adds one on top, ending in "; <date>"; the first is the last hop, ours. The
    Date: header is when the sender wrote it, which may be hours or days earlier.
    """
    for raw in values or ():
        text = undo_surrogates(str(raw))
        if ";" in text:
            return parse_date_header(text.rsplit(";", 1)[1], clock)
        return None
    return None


def received_date(moment: datetime.datetime | None) -> datetime.date | None:
    """The day `moment` fell on at the group's seat (Munich) until the company is known."""
    if moment is None:
        return None
    try:
        return received_on(moment, GROUP_ZONE)
    except (OverflowError, ValueError):
        return None
