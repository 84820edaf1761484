"""At start, what the calendar changed since the officer last opened this store: cases that
became overdue since, and those due soon. A line in the status bar, never a modal dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.ui.text import nice_date, plural

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

SHOWN_MS = 30_000


def tell_what_changed(window: MainWindow) -> str:
    """Say it in the status bar (and return it); remember today as the last look."""
    path = window.services.store_location()
    if path is None:  # an in-memory store has no history of looks
        return ""
    queries = window.services.queries
    today = queries.today()
    last = window.settings.last_look(path)
    window.settings.set_last_look(path, today)
    if last is None or last >= today:
        return ""
    soon = window.settings.due_soon_days()
    found = queries.since_last_look(last, soon)
    if not found["became_overdue"] and not found["due_soon"]:
        return ""
    tr = window.tr
    text = (
        tr("Since %1: %2; %3.")
        .replace("%1", nice_date(last))
        .replace(
            "%2",
            plural(
                found["became_overdue"], tr("1 case became overdue"), tr("%1 cases became overdue")
            ),
        )  # fmt: skip
        .replace(
            "%3",
            plural(
                found["due_soon"],
                tr("1 case is due within %2 days"),
                tr("%1 cases are due within %2 days"),
            ).replace("%2", str(soon)),
        )  # fmt: skip
    )
    window.statusBar().showMessage(text, SHOWN_MS)
    return text
