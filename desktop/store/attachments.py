"""SQL for what is filed in a case: correspondence items, their attachments, the stored content.

Content is addressed by its SHA-256 (table `blobs`): the same file twice is stored once, and
its bytes never change (a trigger refuses it). Portable SQL.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from desktop.core.errors import StoreError
from desktop.store import ledger
from desktop.store.db import Store
from desktop.store.rows import insert_row

_WITH_CASE = "SELECT a.*, c.case_id FROM attachments a JOIN correspondence c ON c.id = a.item_id "


# -- content -----------------------------------------------------------------------------------
def put_blob(store: Store, content: bytes) -> str:
    """Content-addressed: the same file twice is stored once."""
    digest = hashlib.sha256(content).hexdigest()
    added = store.execute(
        "INSERT INTO blobs (sha256, size, content) VALUES (:sha256, :size, :content) "
        "ON CONFLICT (sha256) DO NOTHING",
        {"sha256": digest, "size": len(content), "content": content},
    ).rowcount
    if added:
        ledger.enter(store, "blob", {"sha256": digest, "size": len(content)}, None)
    return digest


def _delete_blob(store: Store, sha256: str, case_id: int | None) -> None:
    """Content that nothing files any more: its deletion is entered in the ledger first, with
    the case whose purge or identity check deletes it (store verify asks for that entry)."""
    ledger.enter_deletion(store, "blob", sha256, case_id)
    store.execute("DELETE FROM blobs WHERE sha256 = :sha256", {"sha256": sha256})


def get_blob(store: Store, sha256: str) -> bytes:
    """The stored bytes, checked against their SHA-256 on every read: a file deleted or
    replaced behind the program's back is refused, never served as the original."""
    content = store.scalar("SELECT content FROM blobs WHERE sha256 = :sha256", {"sha256": sha256})
    if content is None or hashlib.sha256(content).hexdigest() != sha256:
        what = "is missing" if content is None else "is not the file that was stored"
        raise StoreError(
            f"the stored file {sha256[:12]}… {what}: it was altered outside Privacy Desk "
            "(run `privacydesk store verify`, and restore from a backup)"
        )
    return content


def contents_of_case(store: Store, case_id: int) -> set[str]:
    """The SHA-256 of every file filed in the case."""
    return {
        row[0]
        for row in store.execute(
            "SELECT a.sha256 FROM attachments a JOIN correspondence c ON c.id = a.item_id "
            "WHERE c.case_id = :case_id",
            {"case_id": case_id},
        ).fetchall()
    }


def forget_unfiled_contents(store: Store, digests: Iterable[str], case_id: int) -> None:
    """Delete the content of each digest that no attachment refers to any more (`case_id`:
    the case being purged)."""
    for sha in digests:
        if not store.scalar(
            "SELECT 1 FROM attachments WHERE sha256 = :sha256 LIMIT 1", {"sha256": sha}
        ):
            _delete_blob(store, sha, case_id)


# -- correspondence ----------------------------------------------------------------------------
def insert_correspondence(store: Store, fields: dict[str, Any]) -> int:
    return insert_row(store, "correspondence", fields)


def get_correspondence(store: Store, case_id: int) -> list[dict[str, Any]]:
    items = store.rows(
        "SELECT * FROM correspondence WHERE case_id = :case_id ORDER BY item_date, id",
        {"case_id": case_id},
    )
    for item in items:
        item["attachments"] = store.rows(
            "SELECT id, filename, media_type, size, sha256, is_original, is_id_document "
            "FROM attachments "
            "WHERE item_id = :item_id ORDER BY id",
            {"item_id": item["id"]},
        )
    return items


# -- attachments -------------------------------------------------------------------------------
def insert_attachment(store: Store, fields: dict[str, Any]) -> int:
    return insert_row(store, "attachments", fields)


def get_attachment(store: Store, attachment_id: int) -> dict[str, Any] | None:
    return store.row(f"{_WITH_CASE}WHERE a.id = :id", {"id": attachment_id})


def attachments_of_case(store: Store, case_id: int) -> list[dict[str, Any]]:
    return store.rows(
        "SELECT a.* FROM attachments a JOIN correspondence c ON c.id = a.item_id "
        "WHERE c.case_id = :case_id ORDER BY a.id",
        {"case_id": case_id},
    )


def attachments_with_content(store: Store, digests: set[str]) -> list[dict[str, Any]]:
    """Every stored file, in any case, whose content has one of these SHA-256 digests."""
    if not digests:
        return []
    params = {f"d{n}": digest for n, digest in enumerate(digests)}
    marks = ", ".join(f":{name}" for name in params)
    return store.rows(f"{_WITH_CASE}WHERE a.sha256 IN ({marks}) ORDER BY a.id", params)


def id_document_attachments(store: Store, case_id: int) -> list[int]:
    return [
        row[0]
        for row in store.execute(
            "SELECT a.id FROM attachments a JOIN correspondence c ON c.id = a.item_id "
            "WHERE c.case_id = :case_id AND a.is_id_document = 1",
            {"case_id": case_id},
        ).fetchall()
    ]


def set_id_document(store: Store, attachment_id: int, is_id: bool) -> None:
    store.execute(
        "UPDATE attachments SET is_id_document = :is_id WHERE id = :id",
        {"is_id": int(is_id), "id": attachment_id},
    )


def delete_attachment(store: Store, attachment_id: int) -> None:
    """Remove an attachment and, when nothing else refers to it, its content."""
    sha = store.scalar("SELECT sha256 FROM attachments WHERE id = :id", {"id": attachment_id})
    case_id = store.scalar(
        "SELECT c.case_id FROM attachments a JOIN correspondence c ON c.id = a.item_id "
        "WHERE a.id = :id",
        {"id": attachment_id},
    )
    store.execute("DELETE FROM attachments WHERE id = :id", {"id": attachment_id})
    if sha and not store.scalar(
        "SELECT 1 FROM attachments WHERE sha256 = :sha256 UNION ALL "
        "SELECT 1 FROM letters WHERE sha256 = :sha256 LIMIT 1",
        {"sha256": sha},
    ):
        _delete_blob(store, sha, case_id)
