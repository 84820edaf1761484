"""SQL for letters as sent (a trigger refuses any change to one). Portable SQL."""

from __future__ import annotations

from typing import Any

from desktop.store import ledger
from desktop.store.db import Store
from desktop.store.rows import insert_row


def insert_letter(store: Store, fields: dict[str, Any]) -> int:
    """The letter as sent, entered in the ledger."""
    letter_id = insert_row(store, "letters", fields)
    ledger.enter_by_key(store, "letter", letter_id, fields.get("case_id"))
    return letter_id


def letters_of_case(store: Store, case_id: int) -> list[dict[str, Any]]:
    return store.rows(
        "SELECT * FROM letters WHERE case_id = :case_id ORDER BY id", {"case_id": case_id}
    )


def get_letter(store: Store, letter_id: int) -> dict[str, Any] | None:
    return store.row("SELECT * FROM letters WHERE id = :id", {"id": letter_id})
