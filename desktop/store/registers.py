"""SQL for registers kept as one JSON document with a version (the processing register).

Portable SQL.
"""

from __future__ import annotations

import json
from typing import Any

from desktop.store.db import Store

PROCESSING = "processing"  # the processing register's name


def has_register(store: Store, name: str) -> bool:
    return store.row("SELECT 1 FROM registers WHERE name = :name", {"name": name}) is not None


def get_register(store: Store, name: str) -> dict[str, Any] | None:
    row = store.row("SELECT data, version FROM registers WHERE name = :name", {"name": name})
    return {"data": json.loads(row["data"]), "version": row["version"]} if row else None


def save_register(store: Store, name: str, data: dict[str, Any], now: str) -> int:
    """Store `data` as the register's next version; returns that version."""
    return int(
        store.execute(
            "INSERT INTO registers (name, data, version, updated_at) VALUES (:name, :data, 1, :now) "
            "ON CONFLICT (name) DO UPDATE SET data = excluded.data, "
            "version = registers.version + 1, updated_at = excluded.updated_at RETURNING version",
            {
                "name": name,
                "data": json.dumps(data, ensure_ascii=False, sort_keys=True),
                "now": now,
            },
        ).fetchall()[0][0]
    )
