"""SQL for the audit log (append-only: triggers refuse changes) and the case version it raises.

Portable SQL; the append-only triggers are in each kind of store's migrations.
"""

from __future__ import annotations

import json
from typing import Any

from desktop.store import ledger
from desktop.store.db import Store


def append_audit(
    store: Store, at: str, who: str, case_id: int | None, action: str, detail: dict[str, Any]
) -> None:
    """One entry, entered in the ledger; an entry about a case also raises the case's
    version (see `case_version`)."""
    row = {
        "at": at,
        "who": who,
        "case_id": case_id,
        "action": action,
        "detail": json.dumps(detail, ensure_ascii=False, default=str),
    }
    # As stored: a server store writes the officer's login into `who` (migration 0018).
    entry_id, row["who"] = store.execute(
        "INSERT INTO audit_log (at, who, case_id, action, detail) "
        "VALUES (:at, :who, :case_id, :action, :detail) RETURNING id, who",
        row,
    ).fetchall()[0]
    ledger.enter(store, "audit", {"id": entry_id, **row}, case_id)
    if case_id is not None:
        store.execute(
            "UPDATE cases SET version = version + 1 WHERE id = :case_id", {"case_id": case_id}
        )


def case_version(store: Store, case_id: int) -> int | None:
    """Rises with every audit entry of the case; None when there is no such case."""
    return store.scalar("SELECT version FROM cases WHERE id = :case_id", {"case_id": case_id})


def last_changed_by(store: Store, case_id: int) -> str | None:
    """Who made the latest change to the case (its latest audit entry)."""
    return store.scalar(
        "SELECT who FROM audit_log WHERE case_id = :case_id ORDER BY id DESC LIMIT 1",
        {"case_id": case_id},
    )


def get_audit(store: Store, case_id: int | None) -> list[dict[str, Any]]:
    """The entries of one case, or (None) those about no case, oldest first."""
    if case_id is None:
        rows = store.rows("SELECT * FROM audit_log WHERE case_id IS NULL ORDER BY id")
    else:
        rows = store.rows(
            "SELECT * FROM audit_log WHERE case_id = :case_id ORDER BY id", {"case_id": case_id}
        )
    for row in rows:
        row["detail"] = json.loads(row["detail"])
    return rows
