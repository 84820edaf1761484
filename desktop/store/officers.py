"""SQL for the office's officers (their logins and names) and the officer each case is
assigned to. Portable SQL."""

from __future__ import annotations

from typing import Any

from desktop.store.db import Store


def officers(store: Store) -> list[dict[str, Any]]:
    """Every registered officer, by name."""
    return store.rows("SELECT login, display_name FROM officers ORDER BY display_name, login")


def register_officer(store: Store, login: str, display_name: str) -> dict[str, Any] | None:
    """Add or rename an officer; returns the entry as it was (None: new)."""
    before = store.row(
        "SELECT login, display_name FROM officers WHERE login = :login", {"login": login}
    )
    store.execute(
        "INSERT INTO officers (login, display_name) VALUES (:login, :name) "
        "ON CONFLICT (login) DO UPDATE SET display_name = excluded.display_name",
        {"login": login, "name": display_name},
    )
    return before


def display_name(store: Store, login: str) -> str | None:
    return store.scalar("SELECT display_name FROM officers WHERE login = :login", {"login": login})


def assigned_to(store: Store, case_id: int) -> str | None:
    return store.scalar("SELECT assigned_to FROM cases WHERE id = :id", {"id": case_id})


def assign(store: Store, case_id: int, login: str | None) -> None:
    store.execute(
        "UPDATE cases SET assigned_to = :login WHERE id = :id", {"login": login, "id": case_id}
    )
