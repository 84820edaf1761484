"""SQL for decisions, the suppression register, blocked data, Art. 19 notices and registers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

from desktop.store.db import Store


def get_register(store: Store, name: str) -> dict[str, Any] | None:
    row = store.row("SELECT data, version FROM registers WHERE name = ?", (name,))
    return {"data": json.loads(row["data"]), "version": row["version"]} if row else None


def save_register(store: Store, name: str, data: dict[str, Any], now: str) -> int:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    store.execute(
        "INSERT INTO registers (name, data, version, updated_at) VALUES (?, ?, 1, ?) "
        "ON CONFLICT(name) DO UPDATE SET data = excluded.data, version = version + 1, "
        "updated_at = excluded.updated_at",
        (name, text, now),
    )
    return int(store.scalar("SELECT version FROM registers WHERE name = ?", (name,)))


def save_decision(
    store: Store, request_id: int, kind: str, data: dict[str, Any], who: str, on: str
) -> None:
    store.execute(
        "INSERT INTO request_decisions (request_id, kind, data, decided_by, decided_on) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(request_id) DO UPDATE SET kind = excluded.kind, "
        "data = excluded.data, decided_by = excluded.decided_by, decided_on = excluded.decided_on",
        (request_id, kind, json.dumps(data, ensure_ascii=False, default=str), who, on),
    )


def decisions_of_case(store: Store, case_id: int) -> list[dict[str, Any]]:
    rows = store.rows(
        "SELECT d.*, r.type FROM request_decisions d JOIN requests r ON r.id = d.request_id "
        "WHERE r.case_id = ? ORDER BY r.id",
        (case_id,),
    )
    for row in rows:
        row["data"] = json.loads(row["data"])
    return rows


def add_suppression(store: Store, fields: dict[str, Any]) -> int | None:
    """One entry per person and channel: an existing identical entry is kept, not doubled."""
    existing = store.scalar(
        "SELECT id FROM suppressions WHERE channel = ? AND coalesce(email, '') = ? "
        "AND coalesce(phone, '') = ? AND name = ? AND coalesce(postal_address, '') = ?",
        (
            fields["channel"],
            fields.get("email") or "",
            fields.get("phone") or "",
            fields["name"],
            fields.get("postal_address") or "",
        ),  # fmt: skip
    )
    if existing:
        return None
    return int(store.db["suppressions"].insert(fields).last_pk)


def get_suppression(store: Store, entry_id: int) -> dict[str, Any] | None:
    return store.row("SELECT * FROM suppressions WHERE id = ?", (entry_id,))


def update_suppression(store: Store, entry_id: int, fields: dict[str, Any]) -> None:
    store.db["suppressions"].update(entry_id, fields)


def find_suppressions(
    store: Store, email: str | None = None, phone_key: str | None = None
) -> list[dict[str, Any]]:
    clauses, params = [], []
    if email:
        clauses.append("email = ?")
        params.append(email)
    if phone_key:
        clauses.append("phone_key = ?")
        params.append(phone_key)
    if not clauses:
        return []
    return store.rows(
        f"SELECT * FROM suppressions WHERE {' OR '.join(clauses)} ORDER BY channel, id", params
    )


def search_suppressions(
    store: Store, text: str, channel: str | None, offset: int, limit: int
) -> list[dict[str, Any]]:
    where, params = _suppression_where(text, channel)
    return store.rows(
        f"SELECT * FROM suppressions{where} ORDER BY id DESC LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )


def count_suppressions(store: Store, text: str, channel: str | None) -> int:
    where, params = _suppression_where(text, channel)
    return int(store.scalar(f"SELECT count(*) FROM suppressions{where}", params))


def _suppression_where(text: str, channel: str | None) -> tuple[str, list[Any]]:
    clauses, params = [], []
    if channel:
        clauses.append("channel = ?")
        params.append(channel)
    if text.strip():
        like = (
            "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        )
        clauses.append(
            "(name LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\' OR phone LIKE ? ESCAPE '\\' "
            "OR source_reference LIKE ? ESCAPE '\\')"
        )
        params.extend([like] * 4)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def suppressions_of_reference(store: Store, reference: str) -> list[dict[str, Any]]:
    return store.rows(
        "SELECT * FROM suppressions WHERE source_reference = ? ORDER BY id", (reference,)
    )


def all_suppressions(store: Store) -> Iterator[dict[str, Any]]:
    cursor = store.execute("SELECT * FROM suppressions ORDER BY id")
    names = [d[0] for d in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=True))


def add_blocked(store: Store, fields: dict[str, Any]) -> int:
    return int(store.db["blocked_data"].insert(fields).last_pk)


def blocked_of_case(store: Store, case_id: int) -> list[dict[str, Any]]:
    return store.rows("SELECT * FROM blocked_data WHERE case_id = ? ORDER BY id", (case_id,))


def get_blocked(store: Store, blocked_id: int) -> dict[str, Any] | None:
    return store.row("SELECT * FROM blocked_data WHERE id = ?", (blocked_id,))


def update_blocked(store: Store, blocked_id: int, fields: dict[str, Any]) -> None:
    store.db["blocked_data"].update(blocked_id, fields)


def due_for_deletion(store: Store, today: date, limit: int = 500) -> list[dict[str, Any]]:
    return store.rows(
        "SELECT b.*, c.reference FROM blocked_data b JOIN cases c ON c.id = b.case_id "
        "WHERE b.deleted_on IS NULL AND b.hold = 0 AND b.retained_until < ? "
        "ORDER BY b.retained_until, b.id LIMIT ?",
        (today.isoformat(), limit),
    )


def due_for_deletion_in_case(store: Store, case_id: int, today: date) -> set[int]:
    return {
        row[0]
        for row in store.execute(
            "SELECT id FROM blocked_data WHERE case_id = ? AND deleted_on IS NULL AND hold = 0 "
            "AND retained_until < ?",
            (case_id, today.isoformat()),
        ).fetchall()
    }


def count_due_for_deletion(store: Store, today: date) -> int:
    return int(
        store.scalar(
            "SELECT count(*) FROM blocked_data WHERE deleted_on IS NULL AND hold = 0 "
            "AND retained_until < ?",
            (today.isoformat(),),
        )
    )


def add_notice(store: Store, case_id: int, recipient_id: str, name: str) -> bool:
    cursor = store.execute(
        "INSERT OR IGNORE INTO art19_notices (case_id, recipient_id, recipient_name, status) "
        "VALUES (?, ?, ?, 'open')",
        (case_id, recipient_id, name),
    )
    return cursor.rowcount == 1


def notices_of_case(store: Store, case_id: int) -> list[dict[str, Any]]:
    return store.rows("SELECT * FROM art19_notices WHERE case_id = ? ORDER BY id", (case_id,))


def get_notice(store: Store, notice_id: int) -> dict[str, Any] | None:
    return store.row("SELECT * FROM art19_notices WHERE id = ?", (notice_id,))


def update_notice(store: Store, notice_id: int, fields: dict[str, Any]) -> None:
    store.db["art19_notices"].update(notice_id, fields)


def open_notice_count(store: Store, case_id: int) -> int:
    return int(
        store.scalar(
            "SELECT count(*) FROM art19_notices WHERE case_id = ? AND status = 'open'", (case_id,)
        )
    )


def purge_case(store: Store, case_id: int) -> None:
    """Delete a case and what only it refers to; suppression entries and the audit log stay."""
    requester = store.scalar("SELECT requester_id FROM cases WHERE id = ?", (case_id,))
    shas = [
        row[0]
        for row in store.execute(
            "SELECT a.sha256 FROM attachments a JOIN correspondence c ON c.id = a.item_id "
            "WHERE c.case_id = ?",
            (case_id,),
        ).fetchall()
    ]
    store.execute("DELETE FROM case_search WHERE rowid = ?", (case_id,))
    store.execute("DELETE FROM cases WHERE id = ?", (case_id,))
    if requester and not store.scalar(
        "SELECT 1 FROM cases WHERE requester_id = ? LIMIT 1", (requester,)
    ):
        store.execute("DELETE FROM requesters WHERE id = ?", (requester,))
    for sha in set(shas):
        if not store.scalar("SELECT 1 FROM attachments WHERE sha256 = ? LIMIT 1", (sha,)):
            store.execute("DELETE FROM blobs WHERE sha256 = ?", (sha,))


def insert_letter(store: Store, fields: dict[str, Any]) -> int:
    return int(store.db["letters"].insert(fields).last_pk)


def letters_of_case(store: Store, case_id: int) -> list[dict[str, Any]]:
    return store.rows("SELECT * FROM letters WHERE case_id = ? ORDER BY id", (case_id,))


def get_letter(store: Store, letter_id: int) -> dict[str, Any] | None:
    return store.row("SELECT * FROM letters WHERE id = ?", (letter_id,))
