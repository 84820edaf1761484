"""Words and dates on screen: one date format, plurals without "(s)", Qt and Python dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def plural(count: int, one: str, many: str) -> str:
    """Pick the translated singular or plural ("%1" is the count); no "(s)" on screen."""
    return one if count == 1 else many.replace("%1", str(count))


def nice_date(day: date | str | None) -> str:
    """The one date format of the case file: "21 Dec 2026"."""
    if not day:
        return "—"
    if isinstance(day, str):
        day = date.fromisoformat(day[:10])
    return f"{day.day} {day.strftime('%b')} {day.year}"
