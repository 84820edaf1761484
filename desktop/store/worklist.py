"""The worklist's sections and counts, and the cases letter planning reads: fixed questions on
the status and deadline indexes (no filter, no search)."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.store.db import Store
from desktop.store.search import LIST_COLUMNS


def worklist(
    store: Store, today: date, soon_days: int, limit: int, mine: str | None = None
) -> dict[str, list[dict]]:
    """The officer's start page: what needs attention, most urgent first (`mine`: only the
    cases assigned to that login)."""
    params = {
        "today": today.isoformat(),
        "soon": (today + timedelta(days=soon_days)).isoformat(),
        "limit": limit,
        "mine": mine,
    }
    base = f"SELECT {LIST_COLUMNS} FROM cases c"
    if mine is not None:
        base += " WHERE c.assigned_to = :mine AND"
    else:
        base += " WHERE"
    return {
        "overdue": store.rows(
            f"{base} c.status = 'open' AND c.current_due < :today "
            "ORDER BY c.current_due, c.id LIMIT :limit",
            params,
        ),
        "due_soon": store.rows(
            f"{base} c.status = 'open' AND c.current_due BETWEEN :today AND :soon "
            "ORDER BY c.current_due, c.id LIMIT :limit",
            params,
        ),
        "waiting": store.rows(
            f"{base} c.status = 'awaiting-id' ORDER BY c.paused_since, c.id LIMIT :limit",
            params,
        ),
        "extended": store.rows(
            f"{base} c.status = 'open' AND c.extended = 1 AND c.current_due >= :today "
            "ORDER BY c.current_due, c.id LIMIT :limit",
            params,
        ),
    }


def worklist_counts(
    store: Store, today: date, soon_days: int, mine: str | None = None
) -> dict[str, int]:
    cases = "cases WHERE assigned_to = :mine AND" if mine is not None else "cases WHERE"
    row = store.row(
        "SELECT "
        f"(SELECT count(*) FROM {cases} status = 'open' AND current_due < :today) AS overdue, "
        f"(SELECT count(*) FROM {cases} status = 'open' AND current_due BETWEEN :today "
        "AND :soon) AS due_soon, "
        f"(SELECT count(*) FROM {cases} status = 'awaiting-id') AS waiting, "
        f"(SELECT count(*) FROM {cases} status = 'open' AND extended = 1 "
        "AND current_due >= :today) AS extended, "
        f"(SELECT count(*) FROM {cases} status != 'closed') AS active",
        {"today": today.isoformat(), "soon": (today + timedelta(days=soon_days)).isoformat(),
         "mine": mine},
    )  # fmt: skip
    return dict(row or {})


def cases_needing_letters(store: Store, today: date, limit: int = 2000) -> list[int]:
    """Cases not closed, or closed today, oldest deadline first (letter planning reads each)."""
    return [
        row[0]
        for row in store.execute(
            "SELECT id FROM cases WHERE status != 'closed' OR closed_at = :today "
            "ORDER BY current_due, id LIMIT :limit",
            {"today": today.isoformat(), "limit": limit},
        ).fetchall()
    ]


def reminders_sent(store: Store, case_ids: list[int]) -> dict[int, str]:
    """The day the last identity reminder went to each of these cases (those sent one)."""
    rows = store.rows(
        "SELECT case_id, max(sent_on) AS sent_on FROM letters WHERE type = 'identity-reminder' "
        f"AND {store.sql.in_ids('case_id', 'ids')} GROUP BY case_id",
        {"ids": store.sql.ids(case_ids)},
    )
    return {r["case_id"]: r["sent_on"] for r in rows}
