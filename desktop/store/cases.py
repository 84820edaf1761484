"""SQL for case rows: references, the requests in a case, notes, links between cases, purging.

Portable SQL; each change to what search finds goes through store/search.py (SQLite FTS5).
"""

from __future__ import annotations

from typing import Any

from desktop.store import attachments, ledger, requesters, search
from desktop.store.db import Store
from desktop.store.rows import insert_row, update_row

_SEARCHED = frozenset({"reference", "subject", "requester_name"})


def next_reference(store: Store, year: int) -> str:
    number = store.execute(
        "INSERT INTO reference_counters (year, last) VALUES (:year, 1) "
        "ON CONFLICT (year) DO UPDATE SET last = reference_counters.last + 1 RETURNING last",
        {"year": year},
    ).fetchall()[0][0]
    return f"PD-{year}-{number:06d}"


# -- cases -------------------------------------------------------------------------------------
def insert_case(store: Store, fields: dict[str, Any], types: list[str]) -> int:
    case_id = insert_row(store, "cases", fields)
    for kind in types:
        insert_row(store, "requests", {"case_id": case_id, "type": kind})
    search.index_case(store, case_id)
    return case_id


def update_case(store: Store, case_id: int, fields: dict[str, Any]) -> None:
    update_row(store, "cases", case_id, fields)
    if _SEARCHED & fields.keys():
        search.index_case(store, case_id)


def get_case(store: Store, case_id: int) -> dict[str, Any] | None:
    """The case row with its requester's contact details."""
    return store.row(
        "SELECT c.*, r.email, r.phone, r.address, r.postcode, "
        "r.customer_number, r.customer_kind, r.delivery_country, r.delivery_location, "
        "r.language, r.street, r.address_extra, r.city, r.country, r.form_of_address, r.title "
        "FROM cases c JOIN requesters r ON r.id = c.requester_id WHERE c.id = :id",
        {"id": case_id},
    )


def case_id_for_reference(store: Store, reference: str) -> int | None:
    return store.scalar(
        "SELECT id FROM cases WHERE reference = :reference", {"reference": reference}
    )


def purge_case(store: Store, case_id: int) -> None:
    """Delete a case and what only it refers to; suppression entries and the audit log stay."""
    requester = store.scalar("SELECT requester_id FROM cases WHERE id = :id", {"id": case_id})
    contents = attachments.contents_of_case(store, case_id)
    search.unindex_case(store, case_id)
    for (letter_id,) in store.execute(
        "SELECT id FROM letters WHERE case_id = :id", {"id": case_id}
    ).fetchall():  # the deletions a purge must make, entered first (see migration 0011)
        ledger.enter_deletion(store, "letter", letter_id, case_id)
    # What refers to the case goes with it (ON DELETE CASCADE): requests, files, notes, letters.
    store.execute("DELETE FROM cases WHERE id = :id", {"id": case_id})
    requesters.delete_requester_if_unused(store, requester)
    attachments.forget_unfiled_contents(store, contents, case_id)


# -- the requests in a case --------------------------------------------------------------------
def get_requests(store: Store, case_id: int) -> list[dict[str, Any]]:
    return store.rows(
        "SELECT * FROM requests WHERE case_id = :case_id ORDER BY id", {"case_id": case_id}
    )


def update_request(store: Store, request_id: int, fields: dict[str, Any]) -> None:
    update_row(store, "requests", request_id, fields)


def insert_request(store: Store, case_id: int, kind: str) -> int:
    return insert_row(store, "requests", {"case_id": case_id, "type": kind})


def delete_request(store: Store, request_id: int) -> None:
    """A request logged by mistake (the caller checked that nothing was decided on it)."""
    store.execute("DELETE FROM requests WHERE id = :id", {"id": request_id})


def request_has_decision(store: Store, request_id: int) -> bool:
    return bool(
        store.scalar(
            "SELECT 1 FROM request_decisions WHERE request_id = :id UNION ALL "
            "SELECT 1 FROM blocked_data WHERE request_id = :id LIMIT 1",
            {"id": request_id},
        )
    )


def running_cases_of_company(store: Store, company_id: str) -> list[dict[str, Any]]:
    """The company's cases not closed, with what their deadlines are computed from."""
    return store.rows(
        "SELECT id, received, paused_days, extended, due, extended_due, current_due "
        "FROM cases WHERE company_id = :company AND status != 'closed' ORDER BY id",
        {"company": company_id},
    )


def reindex_case(store: Store, case_id: int) -> None:
    """The case's full-text row again, after its requester changed."""
    search.index_case(store, case_id)


# -- notes -------------------------------------------------------------------------------------
def insert_note(store: Store, fields: dict[str, Any]) -> int:
    return insert_row(store, "notes", fields)


def get_notes(store: Store, case_id: int) -> list[dict[str, Any]]:
    return store.rows(
        "SELECT * FROM notes WHERE case_id = :case_id ORDER BY id", {"case_id": case_id}
    )


# -- links between cases -----------------------------------------------------------------------
def link_cases(store: Store, case_id: int, other_id: int, reason: str, at: str) -> None:
    """Both ways; a link already there stays as it is."""
    for a, b in ((case_id, other_id), (other_id, case_id)):
        store.execute(
            "INSERT INTO case_links (case_id, linked_case_id, reason, linked_at) "
            "VALUES (:case_id, :linked_case_id, :reason, :at) "
            "ON CONFLICT (case_id, linked_case_id) DO NOTHING",
            {"case_id": a, "linked_case_id": b, "reason": reason, "at": at},
        )


def linked_cases(store: Store, case_id: int) -> list[dict[str, Any]]:
    return store.rows(
        "SELECT c.id, c.reference, c.status, c.types, l.reason FROM case_links l "
        "JOIN cases c ON c.id = l.linked_case_id WHERE l.case_id = :case_id ORDER BY c.id",
        {"case_id": case_id},
    )
