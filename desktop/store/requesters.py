"""SQL for requesters: the person behind a case, and the other open cases of the same person.

Names and email addresses are compared without regard to case (`store.sql.nocase`).
"""

from __future__ import annotations

from typing import Any

from desktop.store.db import Store
from desktop.store.rows import any_given, insert_row, update_row


def insert_requester(store: Store, fields: dict[str, Any]) -> int:
    return insert_row(store, "requesters", fields)


def update_requester(store: Store, requester_id: int, fields: dict[str, Any]) -> None:
    update_row(store, "requesters", requester_id, fields)


def delete_requester_if_unused(store: Store, requester_id: int | None) -> None:
    """Delete a requester that no case refers to any more (after a purge)."""
    if requester_id and not store.scalar(
        "SELECT 1 FROM cases WHERE requester_id = :id LIMIT 1", {"id": requester_id}
    ):
        store.execute("DELETE FROM requesters WHERE id = :id", {"id": requester_id})


def open_cases_of_person(
    store: Store,
    email: str | None,
    customer_number: str | None,
    name: str | None,
    postcode: str | None,
    limit: int = 20,
) -> list[dict[str, Any]]:
    """Cases not closed whose requester shares an email, a customer number or name and postcode."""
    nocase = store.sql.nocase
    where, params = any_given(
        (f"{nocase('r.email')} = {nocase(':email')}", {"email": email}),
        ("r.customer_number = :customer_number", {"customer_number": customer_number}),
        (
            f"({nocase('r.name')} = {nocase(':name')} "
            "AND replace(r.postcode, ' ', '') = :postcode)",
            {"name": name, "postcode": postcode and postcode.replace(" ", "")},
        ),
    )
    if not where:
        return []
    return store.rows(
        f"SELECT c.id, c.reference, c.types, c.received, c.current_due, c.status "
        f"FROM cases c JOIN requesters r ON r.id = c.requester_id "
        f"WHERE c.status != 'closed' AND ({where}) ORDER BY c.received DESC LIMIT :limit",
        {**params, "limit": limit},
    )
