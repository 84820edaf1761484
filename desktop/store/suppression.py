"""SQL for the suppression register: who must not be contacted, on which channel.

Entries are never deleted (a trigger refuses it), only corrected. The text search relies on
SQLite's LIKE ignoring the case of ASCII letters (PostgreSQL would need ILIKE).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from desktop.store.db import Store
from desktop.store.rows import any_given, insert_row, update_row


def add_suppression(store: Store, fields: dict[str, Any]) -> int | None:
    """One entry per person and channel: an existing identical entry is kept, not doubled."""
    existing = store.scalar(
        "SELECT id FROM suppressions WHERE channel = :channel AND coalesce(email, '') = :email "
        "AND coalesce(phone, '') = :phone AND name = :name "
        "AND coalesce(postal_address, '') = :postal_address",
        {
            "channel": fields["channel"],
            "email": fields.get("email") or "",
            "phone": fields.get("phone") or "",
            "name": fields["name"],
            "postal_address": fields.get("postal_address") or "",
        },
    )
    if existing:
        return None
    return insert_row(store, "suppressions", fields)


def get_suppression(store: Store, entry_id: int) -> dict[str, Any] | None:
    return store.row("SELECT * FROM suppressions WHERE id = :id", {"id": entry_id})


def update_suppression(store: Store, entry_id: int, fields: dict[str, Any]) -> None:
    update_row(store, "suppressions", entry_id, fields)


def find_suppressions(
    store: Store, email: str | None = None, phone_key: str | None = None
) -> list[dict[str, Any]]:
    """Entries for this email address or phone number (either matches)."""
    where, params = any_given(
        ("email = :email", {"email": email}), ("phone_key = :phone_key", {"phone_key": phone_key})
    )
    if not where:
        return []
    return store.rows(f"SELECT * FROM suppressions WHERE {where} ORDER BY channel, id", params)


def search_suppressions(
    store: Store, text: str, channel: str | None, offset: int, limit: int
) -> list[dict[str, Any]]:
    where, params = _suppression_where(text, channel)
    return store.rows(
        f"SELECT * FROM suppressions{where} ORDER BY id DESC LIMIT :limit OFFSET :offset",
        {**params, "limit": limit, "offset": offset},
    )


def count_suppressions(store: Store, text: str, channel: str | None) -> int:
    where, params = _suppression_where(text, channel)
    return int(store.scalar(f"SELECT count(*) FROM suppressions{where}", params))


def _suppression_where(text: str, channel: str | None) -> tuple[str, dict[str, Any]]:
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if channel:
        clauses.append("channel = :channel")
        params["channel"] = channel
    if text.strip():
        params["like"] = (
            "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        )
        clauses.append(
            "(name LIKE :like ESCAPE '\\' OR email LIKE :like ESCAPE '\\' "
            "OR phone LIKE :like ESCAPE '\\' OR source_reference LIKE :like ESCAPE '\\')"
        )
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def suppressions_of_reference(store: Store, reference: str) -> list[dict[str, Any]]:
    return store.rows(
        "SELECT * FROM suppressions WHERE source_reference = :reference ORDER BY id",
        {"reference": reference},
    )


def all_suppressions(store: Store) -> Iterator[dict[str, Any]]:
    cursor = store.execute("SELECT * FROM suppressions ORDER BY id")
    names = [d[0] for d in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=True))
