"""SQL for Art. 19 notices: each recipient to be told of a rectification, erasure or restriction.

Portable SQL.
"""

from __future__ import annotations

from typing import Any

from desktop.store.db import Store
from desktop.store.rows import update_row


def add_notice(store: Store, case_id: int, recipient_id: str, name: str) -> bool:
    """Open a notice for a recipient; False when the case already has one for it."""
    cursor = store.execute(
        "INSERT INTO art19_notices (case_id, recipient_id, recipient_name, status) "
        "VALUES (:case_id, :recipient_id, :name, 'open') "
        "ON CONFLICT (case_id, recipient_id) DO NOTHING",
        {"case_id": case_id, "recipient_id": recipient_id, "name": name},
    )
    return cursor.rowcount == 1


def notices_of_case(store: Store, case_id: int) -> list[dict[str, Any]]:
    return store.rows(
        "SELECT * FROM art19_notices WHERE case_id = :case_id ORDER BY id", {"case_id": case_id}
    )


def get_notice(store: Store, notice_id: int) -> dict[str, Any] | None:
    return store.row("SELECT * FROM art19_notices WHERE id = :id", {"id": notice_id})


def update_notice(store: Store, notice_id: int, fields: dict[str, Any]) -> None:
    update_row(store, "art19_notices", notice_id, fields)


def open_notice_count(store: Store, case_id: int) -> int:
    return int(
        store.scalar(
            "SELECT count(*) FROM art19_notices WHERE case_id = :case_id AND status = 'open'",
            {"case_id": case_id},
        )
    )
