"""SQL for the company register and its versions. Portable SQL."""

from __future__ import annotations

import json
from typing import Any

from desktop.store.db import Store


def list_companies(store: Store) -> list[dict[str, Any]]:
    rows = store.rows("SELECT * FROM companies ORDER BY position, id")
    for row in rows:
        row["data"] = json.loads(row["data"])
    return rows


def get_company(store: Store, company_id: str) -> dict[str, Any] | None:
    row = store.row("SELECT * FROM companies WHERE id = :id", {"id": company_id})
    if row:
        row["data"] = json.loads(row["data"])
    return row


def get_company_version(store: Store, company_id: str, version: int) -> dict[str, Any] | None:
    row = store.row(
        "SELECT data FROM company_versions WHERE company_id = :company_id AND version = :version",
        {"company_id": company_id, "version": version},
    )
    return json.loads(row["data"]) if row else None


def save_company(store: Store, data: dict[str, Any], now: str) -> tuple[int, bool]:
    """Insert or update an entry; a new version only when the data changed. (version, changed)"""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    current = store.row("SELECT data, version FROM companies WHERE id = :id", {"id": data["id"]})
    if current and current["data"] == text:
        return current["version"], False
    row = {
        "id": data["id"],
        "name": data["name"],
        "data": text,
        "is_sample": int(data.get("is_sample", False)),
        "now": now,
    }
    if current:
        version = current["version"] + 1
        store.execute(
            "UPDATE companies SET name = :name, data = :data, is_sample = :is_sample, "
            "version = :version, updated_at = :now WHERE id = :id",
            {**row, "version": version},
        )
    else:
        version = 1
        position = store.scalar("SELECT coalesce(max(position), 0) + 1 FROM companies")
        store.execute(
            "INSERT INTO companies (id, name, data, is_sample, version, position, updated_at) "
            "VALUES (:id, :name, :data, :is_sample, :version, :position, :now)",
            {**row, "version": version, "position": position},
        )
    store.execute(
        "INSERT INTO company_versions (company_id, version, data, saved_at) "
        "VALUES (:id, :version, :data, :now)",
        {**row, "version": version},
    )
    return version, True


def company_count(store: Store) -> int:
    return int(store.scalar("SELECT count(*) FROM companies"))
