"""The few pieces of SQL that SQLite and PostgreSQL write differently, one class per kind of store.

Every other statement of the store is written once, with named parameters (`:name`), and read
by both. A store module asks its store for a piece (`store.sql.days_between(...)`) where the
two differ; nothing rewrites SQL text at run time (the server store only spells the parameter
markers its driver's way, see `desktop/store/server.py`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence


class SQLiteSQL:
    name = "sqlite"
    like = "LIKE"  # ignores the case of ASCII letters
    join_in_order = "CROSS JOIN"  # SQLite keeps the tables in the order written
    search_row = "rowid"  # the full-text row of a case is keyed by the case id
    blob_order = "rowid"  # stored files in the order they were stored
    # The cases whose full-text row matches :match (text_search.text_query), and their count.
    text_matches = "SELECT rowid FROM case_search WHERE case_search MATCH :match"
    text_count = "SELECT count(*) FROM case_search WHERE case_search MATCH :match"

    @staticmethod
    def nocase(expression: str) -> str:
        """An expression compared and sorted without regard to (ASCII) case."""
        return f"{expression} COLLATE NOCASE"

    @staticmethod
    def nocase_value(parameter: str) -> str:
        """A value compared with a `nocase` column (the column's collation decides in SQLite)."""
        return parameter

    @staticmethod
    def days_between(later: str, earlier: str) -> str:
        """Whole days from one ISO date (or timestamp) column to another."""
        return f"CAST(julianday({later}) - julianday({earlier}) AS INTEGER)"

    @staticmethod
    def contains(text: str, part: str) -> str:
        return f"instr({text}, {part}) > 0"

    @staticmethod
    def count_if(condition: str) -> str:
        """How many rows of a group meet `condition`."""
        return f"sum({condition})"

    @staticmethod
    def in_ids(column: str, parameter: str) -> str:
        """`column` is one of a list of ids given as the parameter `parameter`."""
        return f"{column} IN (SELECT value FROM json_each(:{parameter}))"

    @staticmethod
    def ids(values: Sequence[int]) -> object:
        return json.dumps(list(values))

    @staticmethod
    def same(column: str, parameter: str) -> str:
        """Equal, or both NULL."""
        return f"{column} IS :{parameter}"

    @staticmethod
    def indexed_by(index: str | None) -> str:
        """SQLite's documented way to name the index a statement walks; the server plans alone."""
        return f" INDEXED BY {index}" if index else ""

    @staticmethod
    def steer(column: str) -> str:
        """A term that must not choose an index of its own (SQLite's unary `+`)."""
        return "+" + column


class PostgreSQL:
    name = "postgresql"
    like = "ILIKE"
    join_in_order = "JOIN"
    search_row = "case_id"
    blob_order = "sha256"  # a server table has no order of insertion (only migration 11 asks)
    text_matches = "SELECT case_id FROM case_search WHERE words @@ to_tsquery('simple', :match)"
    text_count = "SELECT count(*) FROM case_search WHERE words @@ to_tsquery('simple', :match)"

    @staticmethod
    def nocase(expression: str) -> str:
        return f"lower({expression})"

    @staticmethod
    def nocase_value(parameter: str) -> str:
        return f"lower({parameter})"

    @staticmethod
    def days_between(later: str, earlier: str) -> str:
        return f"(CAST(left({later}, 10) AS date) - CAST(left({earlier}, 10) AS date))"

    @staticmethod
    def contains(text: str, part: str) -> str:
        return f"strpos({text}, {part}) > 0"

    @staticmethod
    def count_if(condition: str) -> str:
        return f"count(*) FILTER (WHERE {condition})"

    @staticmethod
    def in_ids(column: str, parameter: str) -> str:
        return f"{column} = ANY(:{parameter})"

    @staticmethod
    def ids(values: Sequence[int]) -> object:
        return list(values)

    @staticmethod
    def same(column: str, parameter: str) -> str:
        return f"{column} IS NOT DISTINCT FROM :{parameter}"

    @staticmethod
    def indexed_by(index: str | None) -> str:
        return ""

    @staticmethod
    def steer(column: str) -> str:
        return column


Dialect = SQLiteSQL | PostgreSQL
