"""Finding cases: the full-text index, filtered and sorted pages of cases, counts, the worklist.

SQLite-only SQL lives here: the FTS5 table `case_search` (MATCH, its rowid is the case id),
`german_spelling()` (registered on every connection by store/db.py) and COLLATE NOCASE.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from desktop.core.listing import CaseFilter, CaseSort, SortKey
from desktop.store.db import Store

_SORT_SQL = {
    SortKey.REFERENCE: "c.reference",
    SortKey.REQUESTER: "c.requester_name COLLATE NOCASE",
    SortKey.TYPES: "c.types",
    SortKey.CHANNEL: "c.channel",
    SortKey.COMPANY: "c.company_name",
    SortKey.RECEIVED: "c.received",
    SortKey.DUE: "c.current_due",
    SortKey.STATUS: "c.status",
}

LIST_COLUMNS = (
    "c.id, c.reference, c.requester_name, c.types, c.channel, c.company_id, c.company_name, "
    "c.received, c.current_due, c.due, c.extended_due, c.extended, c.status, c.paused_since, "
    "c.routing_warning"
)


# -- the full-text index ---------------------------------------------------------------------
def index_case(store: Store, case_id: int) -> None:
    """Refresh the full-text row of one case (reference, name, email, address, subject)."""
    unindex_case(store, case_id)
    store.execute(
        "INSERT INTO case_search (rowid, reference, name, email, address, subject) "
        "SELECT c.id, c.reference, r.name || ' ' || german_spelling(r.name), "
        "coalesce(r.email, ''), coalesce(r.address, ''), "
        "c.subject FROM cases c JOIN requesters r ON r.id = c.requester_id WHERE c.id = :case_id",
        {"case_id": case_id},
    )


def unindex_case(store: Store, case_id: int) -> None:
    store.execute("DELETE FROM case_search WHERE rowid = :case_id", {"case_id": case_id})


def fts_query(text: str) -> str:
    """Turn typed text into an FTS5 query: every word must match as a prefix."""
    words = [w for w in "".join(ch if ch.isalnum() else " " for ch in text).split() if w]
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words[:12])


# -- pages and counts --------------------------------------------------------------------------
def _where(flt: CaseFilter, today: date) -> tuple[str, dict[str, Any]]:
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if flt.status == "active":
        clauses.append("c.status != 'closed'")
    elif flt.status:
        clauses.append("c.status = :status")
        params["status"] = flt.status
    if flt.channel:
        clauses.append("c.channel = :channel")
        params["channel"] = flt.channel
    if flt.company_id:
        clauses.append("c.company_id = :company_id")
        params["company_id"] = flt.company_id
    if flt.request_type:
        clauses.append(
            "EXISTS (SELECT 1 FROM requests q WHERE q.case_id = c.id AND q.type = :request_type)"
        )
        params["request_type"] = flt.request_type
    if flt.overdue:  # a paused clock is not overdue: its deadline moves while it waits
        clauses.append("c.status = 'open' AND c.current_due < :today")
        params["today"] = today.isoformat()
    if flt.due_within_days is not None:
        clauses.append("c.status = 'open' AND c.current_due BETWEEN :today AND :due_by")
        params["today"] = today.isoformat()
        params["due_by"] = (today + timedelta(days=flt.due_within_days)).isoformat()
    if flt.extended is not None:
        clauses.append("c.extended = :extended")
        params["extended"] = 1 if flt.extended else 0
    match = fts_query(flt.text) if flt.text.strip() else ""
    if match:
        clauses.append("c.id IN (SELECT rowid FROM case_search WHERE case_search MATCH :match)")
        params["match"] = match
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def list_cases(
    store: Store, flt: CaseFilter, sort: CaseSort, offset: int, limit: int, today: date
) -> list[dict[str, Any]]:
    where, params = _where(flt, today)
    direction = "DESC" if sort.descending else "ASC"
    order = f"{_SORT_SQL[sort.key]} {direction}, c.id {direction}"
    return store.rows(
        f"SELECT {LIST_COLUMNS} FROM cases c{where} ORDER BY {order} LIMIT :limit OFFSET :offset",
        {**params, "limit": limit, "offset": offset},
    )


def count_cases(store: Store, flt: CaseFilter, today: date) -> int:
    where, params = _where(flt, today)
    return int(store.scalar(f"SELECT count(*) FROM cases c{where}", params))


def count_cases_by_status(store: Store) -> dict[str, int]:
    return {
        row["status"]: row["n"]
        for row in store.rows("SELECT status, count(*) AS n FROM cases GROUP BY status")
    }


# -- the worklist ------------------------------------------------------------------------------
def worklist(store: Store, today: date, soon_days: int, limit: int) -> dict[str, list[dict]]:
    """The officer's start page: what needs attention, most urgent first."""
    params = {
        "today": today.isoformat(),
        "soon": (today + timedelta(days=soon_days)).isoformat(),
        "limit": limit,
    }
    base = f"SELECT {LIST_COLUMNS} FROM cases c"
    return {
        "overdue": store.rows(
            f"{base} WHERE c.status = 'open' AND c.current_due < :today "
            "ORDER BY c.current_due, c.id LIMIT :limit",
            params,
        ),
        "due_soon": store.rows(
            f"{base} WHERE c.status = 'open' AND c.current_due BETWEEN :today AND :soon "
            "ORDER BY c.current_due, c.id LIMIT :limit",
            params,
        ),
        "waiting": store.rows(
            f"{base} WHERE c.status = 'awaiting-id' ORDER BY c.paused_since, c.id LIMIT :limit",
            params,
        ),
        "extended": store.rows(
            f"{base} WHERE c.status = 'open' AND c.extended = 1 AND c.current_due >= :today "
            "ORDER BY c.current_due, c.id LIMIT :limit",
            params,
        ),
    }


def worklist_counts(store: Store, today: date, soon_days: int) -> dict[str, int]:
    row = store.row(
        "SELECT "
        "(SELECT count(*) FROM cases WHERE status = 'open' AND current_due < :today) AS overdue, "
        "(SELECT count(*) FROM cases WHERE status = 'open' AND current_due BETWEEN :today "
        "AND :soon) AS due_soon, "
        "(SELECT count(*) FROM cases WHERE status = 'awaiting-id') AS waiting, "
        "(SELECT count(*) FROM cases WHERE status = 'open' AND extended = 1 "
        "AND current_due >= :today) AS extended, "
        "(SELECT count(*) FROM cases WHERE status != 'closed') AS active",
        {"today": today.isoformat(), "soon": (today + timedelta(days=soon_days)).isoformat()},
    )
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
