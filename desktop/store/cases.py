"""SQL for cases, requesters, requests, correspondence, attachments, notes and the audit log."""

from __future__ import annotations

import hashlib
import json
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


def next_reference(store: Store, year: int) -> str:
    store.execute(
        "INSERT INTO reference_counters (year, last) VALUES (?, 1) "
        "ON CONFLICT(year) DO UPDATE SET last = last + 1",
        (year,),
    )
    number = store.scalar("SELECT last FROM reference_counters WHERE year = ?", (year,))
    return f"PD-{year}-{number:06d}"


def insert_requester(store: Store, fields: dict[str, Any]) -> int:
    return int(store.db["requesters"].insert(fields).last_pk)


def insert_case(store: Store, fields: dict[str, Any], types: list[str]) -> int:
    case_id = int(store.db["cases"].insert(fields).last_pk)
    store.db["requests"].insert_all({"case_id": case_id, "type": t} for t in types)
    index_case(store, case_id)
    return case_id


def update_case(store: Store, case_id: int, fields: dict[str, Any]) -> None:
    store.db["cases"].update(case_id, fields)
    if {"reference", "subject", "requester_name"} & fields.keys():
        index_case(store, case_id)


def index_case(store: Store, case_id: int) -> None:
    """Refresh the full-text row of one case (reference, name, email, address, subject)."""
    store.execute("DELETE FROM case_search WHERE rowid = ?", (case_id,))
    store.execute(
        "INSERT INTO case_search (rowid, reference, name, email, address, subject) "
        "SELECT c.id, c.reference, r.name || ' ' || german_spelling(r.name), "
        "coalesce(r.email, ''), coalesce(r.address, ''), "
        "c.subject FROM cases c JOIN requesters r ON r.id = c.requester_id WHERE c.id = ?",
        (case_id,),
    )


def get_case(store: Store, case_id: int) -> dict[str, Any] | None:
    return store.row(
        "SELECT c.*, r.email, r.phone, r.address, r.postcode, "
        "r.customer_number, r.customer_kind, r.delivery_country, r.delivery_location, "
        "r.language FROM cases c JOIN requesters r ON r.id = c.requester_id WHERE c.id = ?",
        (case_id,),
    )


def case_id_for_reference(store: Store, reference: str) -> int | None:
    return store.scalar("SELECT id FROM cases WHERE reference = ?", (reference,))


def get_requests(store: Store, case_id: int) -> list[dict[str, Any]]:
    return store.rows("SELECT * FROM requests WHERE case_id = ? ORDER BY id", (case_id,))


def update_request(store: Store, request_id: int, fields: dict[str, Any]) -> None:
    store.db["requests"].update(request_id, fields)


def put_blob(store: Store, content: bytes) -> str:
    """Content-addressed: the same file twice is stored once."""
    digest = hashlib.sha256(content).hexdigest()
    store.execute(
        "INSERT OR IGNORE INTO blobs (sha256, size, content) VALUES (?, ?, ?)",
        (digest, len(content), content),
    )
    return digest


def get_blob(store: Store, sha256: str) -> bytes | None:
    return store.scalar("SELECT content FROM blobs WHERE sha256 = ?", (sha256,))


def insert_correspondence(store: Store, fields: dict[str, Any]) -> int:
    return int(store.db["correspondence"].insert(fields).last_pk)


def insert_attachment(store: Store, fields: dict[str, Any]) -> int:
    return int(store.db["attachments"].insert(fields).last_pk)


def get_correspondence(store: Store, case_id: int) -> list[dict[str, Any]]:
    items = store.rows(
        "SELECT * FROM correspondence WHERE case_id = ? ORDER BY item_date, id", (case_id,)
    )
    for item in items:
        item["attachments"] = store.rows(
            "SELECT id, filename, media_type, size, sha256, is_original, is_id_document "
            "FROM attachments "
            "WHERE item_id = ? ORDER BY id",
            (item["id"],),
        )
    return items


def id_document_attachments(store: Store, case_id: int) -> list[int]:
    return [
        row[0]
        for row in store.execute(
            "SELECT a.id FROM attachments a JOIN correspondence c ON c.id = a.item_id "
            "WHERE c.case_id = ? AND a.is_id_document = 1",
            (case_id,),
        ).fetchall()
    ]


def link_cases(store: Store, case_id: int, other_id: int, reason: str, at: str) -> None:
    for a, b in ((case_id, other_id), (other_id, case_id)):
        store.execute(
            "INSERT OR IGNORE INTO case_links (case_id, linked_case_id, reason, linked_at) "
            "VALUES (?, ?, ?, ?)",
            (a, b, reason, at),
        )


def linked_cases(store: Store, case_id: int) -> list[dict[str, Any]]:
    return store.rows(
        "SELECT c.id, c.reference, c.status, c.types, l.reason FROM case_links l "
        "JOIN cases c ON c.id = l.linked_case_id WHERE l.case_id = ? ORDER BY c.id",
        (case_id,),
    )


def worklist(store: Store, today: date, soon_days: int, limit: int) -> dict[str, list[dict]]:
    """The officer's start page: what needs attention, most urgent first."""
    iso = today.isoformat()
    soon = (today + timedelta(days=soon_days)).isoformat()
    base = f"SELECT {LIST_COLUMNS} FROM cases c"
    return {
        "overdue": store.rows(
            f"{base} WHERE c.status = 'open' AND c.current_due < ? "
            "ORDER BY c.current_due, c.id LIMIT ?",
            (iso, limit),
        ),
        "due_soon": store.rows(
            f"{base} WHERE c.status = 'open' AND c.current_due BETWEEN ? AND ? "
            "ORDER BY c.current_due, c.id LIMIT ?",
            (iso, soon, limit),
        ),
        "waiting": store.rows(
            f"{base} WHERE c.status = 'awaiting-id' ORDER BY c.paused_since, c.id LIMIT ?",
            (limit,),
        ),
        "extended": store.rows(
            f"{base} WHERE c.status = 'open' AND c.extended = 1 AND c.current_due >= ? "
            "ORDER BY c.current_due, c.id LIMIT ?",
            (iso, limit),
        ),
    }


def worklist_counts(store: Store, today: date, soon_days: int) -> dict[str, int]:
    iso = today.isoformat()
    soon = (today + timedelta(days=soon_days)).isoformat()
    row = store.row(
        "SELECT "
        "(SELECT count(*) FROM cases WHERE status = 'open' AND current_due < ?) AS overdue, "
        "(SELECT count(*) FROM cases WHERE status = 'open' AND current_due BETWEEN ? AND ?) "
        "AS due_soon, "
        "(SELECT count(*) FROM cases WHERE status = 'awaiting-id') AS waiting, "
        "(SELECT count(*) FROM cases WHERE status = 'open' AND extended = 1 "
        "AND current_due >= ?) AS extended, "
        "(SELECT count(*) FROM cases WHERE status != 'closed') AS active",
        (iso, iso, soon, iso),
    )
    return dict(row or {})


def get_attachment(store: Store, attachment_id: int) -> dict[str, Any] | None:
    return store.row(
        "SELECT a.*, c.case_id FROM attachments a JOIN correspondence c ON c.id = a.item_id "
        "WHERE a.id = ?",
        (attachment_id,),
    )


def set_id_document(store: Store, attachment_id: int, is_id: bool) -> None:
    store.execute(
        "UPDATE attachments SET is_id_document = ? WHERE id = ?", (int(is_id), attachment_id)
    )


def attachments_of_case(store: Store, case_id: int) -> list[dict[str, Any]]:
    return store.rows(
        "SELECT a.* FROM attachments a JOIN correspondence c ON c.id = a.item_id "
        "WHERE c.case_id = ? ORDER BY a.id",
        (case_id,),
    )


def attachments_with_content(store: Store, digests: set[str]) -> list[dict[str, Any]]:
    """Every stored file, in any case, whose content has one of these SHA-256 digests."""
    if not digests:
        return []
    marks = ", ".join("?" for _ in digests)
    return store.rows(
        "SELECT a.*, c.case_id FROM attachments a JOIN correspondence c ON c.id = a.item_id "
        f"WHERE a.sha256 IN ({marks}) ORDER BY a.id",
        tuple(digests),
    )


def delete_attachment(store: Store, attachment_id: int) -> None:
    """Remove an attachment and, when nothing else refers to it, its content."""
    sha = store.scalar("SELECT sha256 FROM attachments WHERE id = ?", (attachment_id,))
    store.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
    if sha and not store.scalar(
        "SELECT 1 FROM attachments WHERE sha256 = ? UNION ALL "
        "SELECT 1 FROM letters WHERE sha256 = ? LIMIT 1",
        (sha, sha),
    ):
        store.execute("DELETE FROM blobs WHERE sha256 = ?", (sha,))


def insert_note(store: Store, fields: dict[str, Any]) -> int:
    return int(store.db["notes"].insert(fields).last_pk)


def get_notes(store: Store, case_id: int) -> list[dict[str, Any]]:
    return store.rows("SELECT * FROM notes WHERE case_id = ? ORDER BY id", (case_id,))


def append_audit(
    store: Store, at: str, who: str, case_id: int | None, action: str, detail: dict[str, Any]
) -> None:
    store.execute(
        "INSERT INTO audit_log (at, who, case_id, action, detail) VALUES (?, ?, ?, ?, ?)",
        (at, who, case_id, action, json.dumps(detail, ensure_ascii=False, default=str)),
    )
    if case_id is not None:
        store.execute("UPDATE cases SET version = version + 1 WHERE id = ?", (case_id,))


def case_version(store: Store, case_id: int) -> int | None:
    return store.scalar("SELECT version FROM cases WHERE id = ?", (case_id,))


def get_audit(store: Store, case_id: int | None) -> list[dict[str, Any]]:
    if case_id is None:
        rows = store.rows("SELECT * FROM audit_log WHERE case_id IS NULL ORDER BY id")
    else:
        rows = store.rows("SELECT * FROM audit_log WHERE case_id = ? ORDER BY id", (case_id,))
    for row in rows:
        row["detail"] = json.loads(row["detail"])
    return rows


def open_cases_of_person(
    store: Store,
    email: str | None,
    customer_number: str | None,
    name: str | None,
    postcode: str | None,
    limit: int = 20,
) -> list[dict[str, Any]]:
    """Cases not closed whose requester shares an email, a customer number or name and postcode."""
    clauses, params = [], []
    if email:
        clauses.append("r.email = ? COLLATE NOCASE")
        params.append(email)
    if customer_number:
        clauses.append("r.customer_number = ?")
        params.append(customer_number)
    if name and postcode:
        clauses.append("(r.name = ? COLLATE NOCASE AND replace(r.postcode, ' ', '') = ?)")
        params.extend([name, postcode.replace(" ", "")])
    if not clauses:
        return []
    return store.rows(
        f"SELECT c.id, c.reference, c.types, c.received, c.current_due, c.status "
        f"FROM cases c JOIN requesters r ON r.id = c.requester_id "
        f"WHERE c.status != 'closed' AND ({' OR '.join(clauses)}) ORDER BY c.received DESC "
        f"LIMIT ?",
        (*params, limit),
    )


def fts_query(text: str) -> str:
    """Turn typed text into an FTS5 query: every word must match as a prefix."""
    words = [w for w in "".join(ch if ch.isalnum() else " " for ch in text).split() if w]
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words[:12])


def _where(flt: CaseFilter, today: date) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if flt.status == "active":
        clauses.append("c.status != 'closed'")
    elif flt.status:
        clauses.append("c.status = ?")
        params.append(flt.status)
    if flt.channel:
        clauses.append("c.channel = ?")
        params.append(flt.channel)
    if flt.company_id:
        clauses.append("c.company_id = ?")
        params.append(flt.company_id)
    if flt.request_type:
        clauses.append("EXISTS (SELECT 1 FROM requests q WHERE q.case_id = c.id AND q.type = ?)")
        params.append(flt.request_type)
    if flt.overdue:  # a paused clock is not overdue: its deadline moves while it waits
        clauses.append("c.status = 'open' AND c.current_due < ?")
        params.append(today.isoformat())
    if flt.due_within_days is not None:
        clauses.append("c.status = 'open' AND c.current_due BETWEEN ? AND ?")
        params.extend(
            [today.isoformat(), (today + timedelta(days=flt.due_within_days)).isoformat()]
        )
    if flt.extended is not None:
        clauses.append("c.extended = ?")
        params.append(1 if flt.extended else 0)
    match = fts_query(flt.text) if flt.text.strip() else ""
    if match:
        clauses.append("c.id IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)")
        params.append(match)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def list_cases(
    store: Store, flt: CaseFilter, sort: CaseSort, offset: int, limit: int, today: date
) -> list[dict[str, Any]]:
    where, params = _where(flt, today)
    direction = "DESC" if sort.descending else "ASC"
    order = f"{_SORT_SQL[sort.key]} {direction}, c.id {direction}"
    return store.rows(
        f"SELECT {LIST_COLUMNS} FROM cases c{where} ORDER BY {order} LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )


def count_cases(store: Store, flt: CaseFilter, today: date) -> int:
    where, params = _where(flt, today)
    return int(store.scalar(f"SELECT count(*) FROM cases c{where}", params))


def count_cases_by_status(store: Store) -> dict[str, int]:
    return {
        row["status"]: row["n"]
        for row in store.rows("SELECT status, count(*) AS n FROM cases GROUP BY status")
    }


def cases_needing_letters(store: Store, today: date, limit: int = 2000) -> list[int]:
    """Cases not closed, or closed today, oldest deadline first (letter planning reads each)."""
    return [
        row[0]
        for row in store.execute(
            "SELECT id FROM cases WHERE status != 'closed' OR closed_at = ? "
            "ORDER BY current_due, id LIMIT ?",
            (today.isoformat(), limit),
        ).fetchall()
    ]
