"""SQL for the suppression register: who must not be contacted, on which channel.

Entries are never deleted (a trigger refuses it), only corrected. The text search ignores
case: SQLite's LIKE does for ASCII letters, the server's ILIKE (`store.sql.like`) for all.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from desktop.core.suppression import normalise_email, normalise_phone, phone_key
from desktop.store import ledger
from desktop.store.db import Store
from desktop.store.rows import any_given, insert_row, update_row

_IDENTIFIERS = ("email", "phone", "postal_address")


def _empty_as_null(fields: dict[str, Any]) -> dict[str, Any]:
    """An identifier not given is NULL, never '': the duplicate check compares with IS."""
    return {k: (None if k in _IDENTIFIERS and not v else v) for k, v in fields.items()}


def add_suppression(store: Store, fields: dict[str, Any]) -> int | None:
    """One entry per person and channel: an existing identical entry is kept, not doubled.

    Found through the index on (name, channel, email, phone): `IS` compares a missing
    identifier as well as a given one (coalesce(email, '') = '' could use no index).
    """
    fields = _empty_as_null(fields)
    existing = store.scalar(
        "SELECT id FROM suppressions WHERE name = :name AND channel = :channel "
        f"AND {store.sql.same('email', 'email')} AND {store.sql.same('phone', 'phone')} "
        f"AND {store.sql.same('postal_address', 'postal_address')}",
        {key: fields.get(key) for key in ("name", "channel", *_IDENTIFIERS)},
    )
    if existing:
        return None
    entry_id = insert_row(store, "suppressions", fields)
    ledger.enter_by_key(store, "suppression", entry_id, _case_id(store, fields))
    return entry_id


def _case_id(store: Store, fields: dict[str, Any]) -> int | None:
    """The case an entry came from, kept in the ledger: it names the case if the entry goes."""
    reference = fields.get("source_reference")
    return store.scalar("SELECT id FROM cases WHERE reference = :r", {"r": reference})


def duplicate_check_plan(store: Store) -> list[str]:
    """SQLite's plan for the duplicate check (EXPLAIN QUERY PLAN), for tests."""
    rows = store.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM suppressions WHERE name = ? AND channel = ? "
        "AND email IS ? AND phone IS ? AND postal_address IS ?",
        ("x", "post", None, None, None),
    ).fetchall()
    return [row[3] for row in rows]


def get_suppression(store: Store, entry_id: int) -> dict[str, Any] | None:
    return store.row("SELECT * FROM suppressions WHERE id = :id", {"id": entry_id})


def update_suppression(store: Store, entry_id: int, fields: dict[str, Any]) -> None:
    """A correction: the entry as corrected is entered in the ledger (the earlier version's
    hash stays there, and the audit entry keeps before -> after)."""
    update_row(store, "suppressions", entry_id, _empty_as_null(fields))
    reference = store.scalar(
        "SELECT source_reference FROM suppressions WHERE id = :id", {"id": entry_id}
    )
    ledger.enter_by_key(
        store, "suppression", entry_id, _case_id(store, {"source_reference": reference})
    )


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
    where, params = _suppression_where(store, text, channel)
    return store.rows(
        f"SELECT * FROM suppressions{where} ORDER BY id DESC LIMIT :limit OFFSET :offset",
        {**params, "limit": limit, "offset": offset},
    )


def count_suppressions(store: Store, text: str, channel: str | None) -> int:
    where, params = _suppression_where(store, text, channel)
    return int(store.scalar(f"SELECT count(*) FROM suppressions{where}", params))


def _suppression_where(store: Store, text: str, channel: str | None) -> tuple[str, dict[str, Any]]:
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if channel:
        clauses.append("channel = :channel")
        params["channel"] = channel
    if text.strip():
        params["like"] = (
            "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        )
        like = f"{store.sql.like} :like ESCAPE '\\'"
        clauses.append(f"(name {like} OR email {like} OR phone {like} OR source_reference {like})")
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


def renormalise_identifiers(store: Store) -> int:
    """Migration 0012: each entry's email and phone as `normalise_email`/`normalise_phone` now
    give them (the phone read in the country of the requester of the entry's case, where that
    case is still kept); each changed entry is entered in the ledger again. Returns how many."""
    rows = store.rows(
        "SELECT s.id, s.email, s.phone, (SELECT r.country FROM cases c JOIN requesters r "
        "ON r.id = c.requester_id WHERE c.reference = s.source_reference) AS country "
        "FROM suppressions s WHERE s.email IS NOT NULL OR s.phone IS NOT NULL"
    )
    changed = 0
    for row in rows:
        email = normalise_email(row["email"]) if row["email"] else None
        phone = normalise_phone(row["phone"], row["country"]) if row["phone"] else None
        if (email, phone) != (row["email"], row["phone"]):
            key = phone_key(phone) if phone else None  # what the phone check matches on
            update_row(
                store, "suppressions", row["id"], {"email": email, "phone": phone, "phone_key": key}
            )
            ledger.enter_by_key(store, "suppression", row["id"], None)
            changed += 1
    return changed
