"""Was the store altered behind Privacy Desk's back? The checks of `privacydesk store verify`.

The ledger's chain is recomputed; each audit entry, letter, stored file (its bytes hashed
again) and suppression entry is compared with its latest ledger entry; SQLite's foreign-key
check runs; and the triggers that keep the store append-only are compared with the ones the
migrations made. Each finding names what was altered and the case it belongs to.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from desktop.core.ledger import KINDS, Finding, content_hash, first_break
from desktop.core.suppression import phone_key
from desktop.resources import migrations_dir
from desktop.store import ledger
from desktop.store.migrations import available_migrations

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop.store.db import Store

# The audited operations that may delete a letter or a stored file.
EXPLAINING_ACTIONS = ("case-purged", "identity-checked", "id-document-deleted")
_NAMES = {"audit": "audit entry", "letter": "letter", "blob": "stored file",
          "suppression": "suppression entry"}  # fmt: skip


def tampering(
    store: Store,
    cancelled: Callable[[], bool] = lambda: False,
    heads: list[ledger.ChainHead] | None = None,
) -> list[Finding]:
    """Everything found altered, in the order: chain, rows, foreign keys, triggers. All of it
    is read in one snapshot: a change committed meanwhile (the window at work) is no finding.
    `heads` gets the ledger's head as that snapshot has it."""
    server = store.sql.name == "postgresql"
    store.execute("BEGIN ISOLATION LEVEL REPEATABLE READ" if server else "BEGIN")
    try:
        if heads is not None:
            heads.append(ledger.head(store))
        return _tampering(store, cancelled)
    finally:
        store.execute("ROLLBACK")


def _tampering(store: Store, cancelled: Callable[[], bool]) -> list[Finding]:
    found: list[Finding] = []
    broken = first_break(ledger.entries(store))
    if broken is not None:
        found.append(Finding("the ledger", None, f"its chain is broken at entry {broken}"))
    for kind in KINDS:
        if cancelled():
            return found
        found.extend(_compare(store, kind))
    found.extend(_entered_twice(store))
    found.extend(_unexplained_deletions(store))
    found.extend(_phone_keys(store))
    if store.sql.name == "postgresql":  # the server enforces foreign keys on every change
        found.extend(_server_triggers(store))
    else:
        found.extend(_foreign_keys(store))
        found.extend(_triggers(store))
    return found


def _phone_keys(store: Store) -> list[Finding]:
    """The phone check matches on `phone_key`, which follows from the phone: one that does not
    hides an entry from the check (or shows a stranger as suppressed)."""
    rows = store.execute(
        "SELECT id, phone, phone_key, source_reference FROM suppressions WHERE phone IS NOT NULL"
    ).fetchall()
    return [
        Finding(
            f"suppression entry {entry_id}",
            reference,
            "its phone match key was changed outside Privacy Desk",
        )  # fmt: skip
        for entry_id, phone, key, reference in rows
        if key != phone_key(phone)
    ]


def _unexplained_deletions(store: Store) -> list[Finding]:
    """A letter or a stored file is deleted only by a purge or an identity check of its case,
    each audited: a deletion entry without one is a forged permission to delete."""
    return [
        Finding(
            f"{_NAMES[kind]} {ref[:12] if kind == 'blob' else ref}",
            _case_of(store, kind, ref, case_id),
            "was deleted without a purge or an identity check of its case",
        )  # fmt: skip
        for kind, ref, case_id in ledger.unexplained_deletions(store, EXPLAINING_ACTIONS)
    ]


def _entered_twice(store: Store) -> list[Finding]:
    """An audit entry or a letter never changes: a second entry for one is a rewrite passed
    off as the original (a stored file may come back only after its recorded deletion)."""
    return [
        Finding(f"{_NAMES[kind]} {ref}", None, "was entered twice in the ledger: rewritten")
        for kind, ref in ledger.entered_twice(store)
    ]


def _compare(store: Store, kind: str) -> list[Finding]:
    entered = ledger.latest_entries(store, kind)
    found: list[Finding] = []
    cursor = ledger.current_rows(store, kind)
    names = [d[0] for d in cursor.description]
    seen: set[str] = set()
    for values in cursor:
        row = dict(zip(names, values, strict=True))
        ref = str(row["sha256" if kind == "blob" else "id"])
        seen.add(ref)
        entry = entered.get(ref)
        if entry is None or entry[1]:
            problem = "is not in the ledger: added outside Privacy Desk"
        elif entry[0] != content_hash(kind, row):
            problem = "was changed outside Privacy Desk"
        elif kind == "blob" and not _bytes_match(store, ref):
            problem = "its bytes were replaced outside Privacy Desk"
        else:
            continue  # the case is looked up for findings only (a query a row was too slow)
        what = f"{_NAMES[kind]} {ref[:12] if kind == 'blob' else ref}"
        found.append(Finding(what, _case_of(store, kind, ref, row.get("case_id")), problem))
    for ref, (_content, deleted, case_id) in entered.items():
        if ref not in seen and not deleted:
            what = f"{_NAMES[kind]} {ref[:12] if kind == 'blob' else ref}"
            found.append(
                Finding(
                    what, _case_of(store, kind, ref, case_id), "was deleted outside Privacy Desk"
                )
            )
    return found


def _bytes_match(store: Store, sha256: str) -> bool:
    content = store.scalar("SELECT content FROM blobs WHERE sha256 = :sha", {"sha": sha256})
    return content is not None and hashlib.sha256(content).hexdigest() == sha256


def _case_of(store: Store, kind: str, ref: str, case_id: object) -> str | None:
    """The reference of the case a row belongs to (a stored file: through what files it)."""
    if case_id is None and kind == "blob":
        case_id = store.scalar(
            "SELECT case_id FROM letters WHERE sha256 = :sha UNION ALL "
            "SELECT c.case_id FROM attachments a JOIN correspondence c ON c.id = a.item_id "
            "WHERE a.sha256 = :sha LIMIT 1",
            {"sha": ref},
        )
    if case_id is None and kind == "suppression":
        return store.scalar("SELECT source_reference FROM suppressions WHERE id = :id", {"id": ref})
    if case_id is None:
        return None
    reference = store.scalar("SELECT reference FROM cases WHERE id = :id", {"id": case_id})
    return reference or f"#{case_id}"


def _foreign_keys(store: Store) -> list[Finding]:
    rows = store.execute("PRAGMA foreign_key_check").fetchall()
    return [
        Finding(f"{table} row {rowid}", None, f"refers to a missing row of {parent}")
        for table, rowid, parent, _fk in rows
    ]


def expected_triggers() -> dict[str, str]:
    """Each trigger the migrations make, by name, with its SQL as SQLite keeps it."""
    from desktop.store.migrations import migration_statements

    triggers: dict[str, str] = {}
    for text in migration_statements(migrations_dir()):
        lines = text.splitlines()
        while lines and (not lines[0].strip() or lines[0].lstrip().startswith("--")):
            lines.pop(0)  # the comments before a statement are not part of it
        statement = "\n".join(lines)
        words = statement.split()
        if len(words) > 2 and words[0].upper() == "CREATE" and words[1].upper() == "TRIGGER":
            triggers[words[2]] = statement.rstrip(";").strip()
        elif len(words) > 3 and words[:2] == ["DROP", "TRIGGER"]:
            triggers.pop(words[-1].rstrip(";"), None)
    return triggers


def _triggers(store: Store) -> list[Finding]:
    present = dict(
        store.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    )
    found = []
    expected = expected_triggers()
    for name, sql in expected.items():
        if name not in present:
            found.append(Finding(f"trigger {name}", None, "was dropped"))
        elif " ".join(present[name].split()) != " ".join(sql.split()):
            found.append(Finding(f"trigger {name}", None, "was changed"))
    for name in sorted(set(present) - set(expected)):
        found.append(Finding(f"trigger {name}", None, "was added outside Privacy Desk"))
    return found


def _server_triggers(store: Store) -> list[Finding]:
    """On a server: each trigger the migrations make is there and enabled, and no other."""
    import re

    expected = {
        name
        for _number, path in available_migrations(dialect="postgresql")
        for name in re.findall(r"CREATE TRIGGER (\w+)", path.read_text(encoding="utf-8"))
    }
    present = {
        row["tgname"]: row["tgenabled"]
        for row in store.rows("SELECT tgname, tgenabled FROM pg_trigger WHERE NOT tgisinternal")
    }
    found = []
    for name in sorted(expected):
        if name not in present:
            found.append(Finding(f"trigger {name}", None, "was dropped"))
        elif present[name] == "D":
            found.append(Finding(f"trigger {name}", None, "was disabled"))
    for name in sorted(set(present) - expected):
        found.append(Finding(f"trigger {name}", None, "was added outside Privacy Desk"))
    return found
