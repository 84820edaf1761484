"""Insert one row, change one row by id, match on any of several keys: SQL that SQLite and
PostgreSQL both read."""

from __future__ import annotations

import re
from typing import Any

from desktop.store.db import Store

_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")  # our own table and column names, never typed text


def _columns(table: str, fields: dict[str, Any]) -> list[str]:
    for name in (table, *fields):
        if not _NAME.match(name):
            raise ValueError(f"not a table or column name: {name!r}")
    return list(fields)


def insert_row(store: Store, table: str, fields: dict[str, Any]) -> int:
    """Insert `fields` as one row of `table`; returns the new row's id."""
    columns = _columns(table, fields)
    sql = (
        f"INSERT INTO {table} ({', '.join(columns)}) "
        f"VALUES ({', '.join(':' + c for c in columns)}) RETURNING id"
    )
    # fetchall: the statement runs to its end, so nothing is left pending before COMMIT.
    return int(store.execute(sql, fields).fetchall()[0][0])


def update_row(store: Store, table: str, row_id: int, fields: dict[str, Any]) -> None:
    """Set `fields` on the row `row_id` of `table`; a row that is not there is a program error."""
    if not fields:
        return
    columns = _columns(table, fields)
    assignments = ", ".join(f"{c} = :{c}" for c in columns)
    cursor = store.execute(
        f"UPDATE {table} SET {assignments} WHERE id = :_row_id", {**fields, "_row_id": row_id}
    )
    if cursor.rowcount == 0:
        raise LookupError(f"no row {row_id} in {table}")


def any_given(*tests: tuple[str, dict[str, Any]]) -> tuple[str, dict[str, Any]]:
    """The SQL tests whose parameters all have a value, joined with OR, and those parameters.

    ("", {}) when no test has its values: the caller then finds nothing rather than everything.
    """
    given = [(sql, params) for sql, params in tests if all(params.values())]
    return " OR ".join(sql for sql, _ in given), {k: v for _, p in given for k, v in p.items()}
