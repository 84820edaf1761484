"""SQL for letters as sent (a trigger refuses any change to one). Portable SQL."""

from __future__ import annotations

from typing import Any

from desktop.store.db import Store
from desktop.store.rows import insert_row


def insert_letter(store: Store, fields: dict[str, Any]) -> int:
    return insert_row(store, "letters", fields)


def letters_of_case(store: Store, case_id: int) -> list[dict[str, Any]]:
    return store.rows(
        "SELECT * FROM letters WHERE case_id = :case_id ORDER BY id", {"case_id": case_id}
    )


def get_letter(store: Store, letter_id: int) -> dict[str, Any] | None:
    return store.row("SELECT * FROM letters WHERE id = :id", {"id": letter_id})
