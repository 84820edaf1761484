"""SQL for decisions on requests, and the data blocked under a retention duty until deletion.

Portable SQL.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from desktop.store.db import Store
from desktop.store.rows import insert_row, update_row


# -- decisions ---------------------------------------------------------------------------------
def save_decision(
    store: Store, request_id: int, kind: str, data: dict[str, Any], who: str, on: str
) -> None:
    """One decision per request: a second one replaces the first."""
    store.execute(
        "INSERT INTO request_decisions (request_id, kind, data, decided_by, decided_on) "
        "VALUES (:request_id, :kind, :data, :who, :on) "
        "ON CONFLICT (request_id) DO UPDATE SET kind = excluded.kind, data = excluded.data, "
        "decided_by = excluded.decided_by, decided_on = excluded.decided_on",
        {
            "request_id": request_id,
            "kind": kind,
            "data": json.dumps(data, ensure_ascii=False, default=str),
            "who": who,
            "on": on,
        },
    )


def decision_of_request(store: Store, request_id: int) -> dict[str, Any] | None:
    row = store.row("SELECT * FROM request_decisions WHERE request_id = :id", {"id": request_id})
    if row is not None:
        row["data"] = json.loads(row["data"])
    return row


def decisions_of_case(store: Store, case_id: int) -> list[dict[str, Any]]:
    rows = store.rows(
        "SELECT d.*, r.type FROM request_decisions d JOIN requests r ON r.id = d.request_id "
        "WHERE r.case_id = :case_id ORDER BY r.id",
        {"case_id": case_id},
    )
    for row in rows:
        row["data"] = json.loads(row["data"])
    return rows


# -- blocked data ------------------------------------------------------------------------------
def add_blocked(store: Store, fields: dict[str, Any]) -> int:
    return insert_row(store, "blocked_data", fields)


def blocked_of_case(store: Store, case_id: int) -> list[dict[str, Any]]:
    return store.rows(
        "SELECT * FROM blocked_data WHERE case_id = :case_id ORDER BY id", {"case_id": case_id}
    )


def get_blocked(store: Store, blocked_id: int) -> dict[str, Any] | None:
    return store.row("SELECT * FROM blocked_data WHERE id = :id", {"id": blocked_id})


def update_blocked(store: Store, blocked_id: int, fields: dict[str, Any]) -> None:
    update_row(store, "blocked_data", blocked_id, fields)


# Retention ended, not on hold, not yet deleted.
_DUE = "deleted_on IS NULL AND hold = 0 AND retained_until < :today"


def due_for_deletion(store: Store, today: date, limit: int = 500) -> list[dict[str, Any]]:
    return store.rows(
        "SELECT b.*, c.reference FROM blocked_data b JOIN cases c ON c.id = b.case_id "
        "WHERE b.deleted_on IS NULL AND b.hold = 0 AND b.retained_until < :today "
        "ORDER BY b.retained_until, b.id LIMIT :limit",
        {"today": today.isoformat(), "limit": limit},
    )


def due_for_deletion_in_case(store: Store, case_id: int, today: date) -> set[int]:
    return {
        row[0]
        for row in store.execute(
            f"SELECT id FROM blocked_data WHERE case_id = :case_id AND {_DUE}",
            {"case_id": case_id, "today": today.isoformat()},
        ).fetchall()
    }


def count_due_for_deletion(store: Store, today: date) -> int:
    return int(
        store.scalar(
            f"SELECT count(*) FROM blocked_data WHERE {_DUE}", {"today": today.isoformat()}
        )
    )
