"""SQL for authority inquiries and the holds that complaints and inquiries put on case files.
Portable SQL."""

from __future__ import annotations

from typing import Any

from desktop.store.db import Store


def insert_inquiry(store: Store, fields: dict[str, Any]) -> None:
    store.execute(
        "INSERT INTO authority_inquiries (case_id, authority, their_reference, their_deadline, "
        "asked) VALUES (:case_id, :authority, :their_reference, :their_deadline, :asked)",
        fields,
    )


def get_inquiry(store: Store, case_id: int) -> dict[str, Any] | None:
    return store.row(
        "SELECT authority, their_reference, their_deadline, asked FROM authority_inquiries "
        "WHERE case_id = :id",
        {"id": case_id},
    )


def set_their_deadline(store: Store, case_id: int, day: str) -> None:
    store.execute(
        "UPDATE authority_inquiries SET their_deadline = :day WHERE case_id = :id",
        {"day": day, "id": case_id},
    )


_TYPES_LISTED = "', ' || c.types || ','"
_COMPLAINT = "', complaint,'"


def holds_on(store: Store, case_id: int) -> list[dict[str, Any]]:
    """Open complaints and authority inquiries linked to the case: while one is pending, the
    case file is kept (its own reference first when the case is one itself)."""
    return store.rows(
        "SELECT c.id, c.reference, (i.case_id IS NOT NULL) AS inquiry FROM cases c "
        "LEFT JOIN authority_inquiries i ON i.case_id = c.id "
        "WHERE c.status != 'closed' AND (i.case_id IS NOT NULL "
        f"OR {store.sql.contains(_TYPES_LISTED, _COMPLAINT)}) "
        "AND c.id IN (SELECT linked_case_id FROM case_links WHERE case_id = :id) "
        "ORDER BY c.id",
        {"id": case_id},
    )
