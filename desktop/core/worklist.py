"""How pressing a case is: the periods the worklist, the case list and the CLI all use."""

from __future__ import annotations

from enum import Enum

DUE_SOON_DAYS = 7  # a case due within a week is "due soon"
ID_REMINDER_DAYS = 14  # DOMAIN.md §3.2: no reply to an ID request for two weeks: remind


class Urgency(Enum):
    OVERDUE = "overdue"
    SOON = "soon"
    CALM = "calm"


def urgency(days_left: int) -> Urgency:
    """Overdue past the deadline, soon within DUE_SOON_DAYS of it, else calm."""
    if days_left < 0:
        return Urgency.OVERDUE
    if days_left <= DUE_SOON_DAYS:
        return Urgency.SOON
    return Urgency.CALM


def needs_id_reminder(days_waiting: int) -> bool:
    """An identification asked for and not received for two weeks gets a reminder."""
    return days_waiting >= ID_REMINDER_DAYS


def id_next_step(days_waiting: int, days_since_reminder: int | None) -> str | None:
    """What an identification still not received calls for: "remind" after two weeks, then,
    two weeks after the reminder, "close" (identity not confirmed, Art. 12(2) GDPR)."""
    if days_since_reminder is not None:
        return "close" if days_since_reminder >= ID_REMINDER_DAYS else None
    return "remind" if needs_id_reminder(days_waiting) else None
