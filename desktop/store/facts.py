"""SQL for facts about the store itself (is it a demo store?). Portable SQL."""

from __future__ import annotations

from desktop.store.db import Store


def get_fact(store: Store, key: str) -> str | None:
    return store.scalar("SELECT value FROM store_facts WHERE key = :key", {"key": key})


def set_fact(store: Store, key: str, value: str) -> None:
    store.execute(
        "INSERT INTO store_facts (key, value) VALUES (:key, :value) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        {"key": key, "value": value},
    )


def case_count(store: Store) -> int:
    return int(store.scalar("SELECT count(*) FROM cases"))
