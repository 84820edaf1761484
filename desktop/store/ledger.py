"""SQL for the ledger, the hash chain of desktop/core/ledger.py. Portable SQL.

Each write of an audit entry, a letter, a stored file or a suppression entry enters it here in
the same transaction; a deletion that must happen (a purge, an ID copy) is entered before it,
which is what the delete triggers of migration 0011 ask for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop.core.ledger import CONTENT_COLUMNS, GENESIS, ChainHead, content_hash, link

if TYPE_CHECKING:
    from desktop.store.db import Store

_TABLES = {
    "audit": "audit_log",
    "letter": "letters",
    "blob": "blobs",
    "suppression": "suppressions",
}
_KEYS = {"audit": "id", "letter": "id", "blob": "sha256", "suppression": "id"}


def head(store: Store) -> ChainHead:
    """The number of entries and the last chain hash, read together (one statement: another
    officer's entry committed between two reads would pair a count with a chain it never had)."""
    row = store.row(
        "SELECT (SELECT count(*) FROM ledger) AS entries, "
        "(SELECT chain FROM ledger ORDER BY id DESC LIMIT 1) AS chain"
    )
    if row is None or not row["entries"]:
        return ChainHead(0, GENESIS)
    return ChainHead(int(row["entries"]), row["chain"])


def _last_chain(store: Store) -> str:
    return store.scalar("SELECT chain FROM ledger ORDER BY id DESC LIMIT 1") or GENESIS


def enter(store: Store, kind: str, row: dict[str, Any], case_id: int | None) -> None:
    """Enter `row` (as it now is) of `kind`."""
    ref = str(row[_KEYS[kind]])
    _append(store, kind, ref, case_id, content_hash(kind, row), deleted=False)


def enter_by_key(store: Store, kind: str, key: object, case_id: int | None) -> None:
    """Enter the row of `kind` with this key, read back as stored."""
    columns = ", ".join(CONTENT_COLUMNS[kind])
    row = store.row(
        f"SELECT {columns} FROM {_TABLES[kind]} WHERE {_KEYS[kind]} = :key",  # noqa: S608
        {"key": key},
    )
    if row is not None:
        enter(store, kind, row, case_id)


def enter_deletion(store: Store, kind: str, key: object, case_id: int | None) -> None:
    """Enter that the row of `kind` with this key is about to be deleted, as it must be."""
    _append(store, kind, str(key), case_id, "", deleted=True)


def _append(
    store: Store, kind: str, ref: str, case_id: int | None, content: str, deleted: bool
) -> None:
    chain = link(_last_chain(store), kind, ref, content, deleted)
    store.execute(
        "INSERT INTO ledger (kind, ref, case_id, content, deleted, chain) "
        "VALUES (:kind, :ref, :case_id, :content, :deleted, :chain)",
        {"kind": kind, "ref": ref, "case_id": case_id, "content": content,
         "deleted": int(deleted), "chain": chain},
    )  # fmt: skip


def seal_existing(store: Store) -> None:
    """Enter what a store held before the ledger existed (migration 0011), oldest first:
    chained here and written in batches (a store of 100,000 cases holds ~570,000 entries)."""
    previous = _last_chain(store)
    for kind, case_sql in (
        ("blob", "NULL"),
        ("letter", "case_id"),
        ("suppression", "(SELECT id FROM cases WHERE reference = source_reference)"),
        ("audit", "case_id"),
    ):
        columns = ", ".join(CONTENT_COLUMNS[kind])
        order = store.sql.blob_order if kind == "blob" else "id"
        cursor = store.execute(
            f"SELECT {columns}, {case_sql} AS ledger_case "  # noqa: S608 - our own names
            f"FROM {_TABLES[kind]} ORDER BY {order}"
        )
        names = [d[0] for d in cursor.description]
        while batch := cursor.fetchmany(5000):
            rows = []
            for values in batch:
                row = dict(zip(names, values, strict=True))
                ref, content = str(row[_KEYS[kind]]), content_hash(kind, row)
                previous = link(previous, kind, ref, content, False)
                rows.append((kind, ref, row["ledger_case"], content, previous))
            store.execute_many(
                "INSERT INTO ledger (kind, ref, case_id, content, deleted, chain) "
                "VALUES (?, ?, ?, ?, 0, ?)",
                rows,
            )


def entries(store: Store) -> Any:
    """Every ledger entry in order, as (id, kind, ref, content, deleted, chain): a cursor."""
    return store.execute("SELECT id, kind, ref, content, deleted, chain FROM ledger ORDER BY id")


def latest_entries(store: Store, kind: str) -> dict[str, tuple[str, int, int | None]]:
    """Per ref of `kind`: its latest entry's (content, deleted, case_id)."""
    rows = store.execute(
        "SELECT l.ref, l.content, l.deleted, l.case_id FROM ledger l "
        "JOIN (SELECT max(id) AS id FROM ledger WHERE kind = :kind GROUP BY ref) m ON m.id = l.id",
        {"kind": kind},
    ).fetchall()
    return {ref: (content, deleted, case_id) for ref, content, deleted, case_id in rows}


def chain_at(store: Store, entries: int) -> str | None:
    """The chain hash after the first `entries` entries (None when there are fewer)."""
    if entries <= 0:
        return GENESIS
    return store.scalar(
        "SELECT chain FROM ledger ORDER BY id LIMIT 1 OFFSET :n", {"n": entries - 1}
    )


def unexplained_deletions(store: Store, actions: tuple[str, ...]) -> list[tuple[str, str, Any]]:
    """(kind, ref, case_id) of deletions whose case has no audit entry of one of `actions`."""
    marks = ", ".join(f":a{n}" for n in range(len(actions)))
    rows = store.execute(
        "SELECT l.kind, l.ref, l.case_id FROM ledger l WHERE l.deleted = 1 AND ("
        "l.case_id IS NULL OR NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.case_id = l.case_id "
        f"AND a.action IN ({marks})))",  # noqa: S608 - placeholders only
        {f"a{n}": action for n, action in enumerate(actions)},
    ).fetchall()
    return [(kind, ref, case_id) for kind, ref, case_id in rows]


def entered_twice(store: Store) -> list[tuple[str, str]]:
    """(kind, ref) of audit entries and letters entered more than once: they never change."""
    rows = store.execute(
        "SELECT kind, ref FROM ledger WHERE kind IN ('audit', 'letter') AND deleted = 0 "
        "GROUP BY kind, ref HAVING count(*) > 1"
    ).fetchall()
    return [(kind, ref) for kind, ref in rows]


def current_rows(store: Store, kind: str) -> Any:
    """The rows of `kind` as stored now, with the content columns: a cursor."""
    columns = ", ".join(CONTENT_COLUMNS[kind])
    return store.execute(f"SELECT {columns} FROM {_TABLES[kind]}")  # noqa: S608
