"""Tamper evidence: a hash chain over what must never change unseen.

Every audit entry, letter as sent, stored file and suppression entry (each version of it) is
entered in the ledger with the SHA-256 of its content; each ledger entry's chain hash covers
the previous one's, so altering, removing or slipping in any entry breaks the chain from there
on. The chain's head (the last chain hash and the number of entries) is printed in every export
and manifest: kept outside the store, it also shows a chain rebuilt from scratch.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

GENESIS = "0" * 64  # the "previous chain hash" of the first entry

# The columns whose values an entry's content hash covers, per kind (fixed: a column added
# later does not change the hashes of entries already made).
CONTENT_COLUMNS: dict[str, tuple[str, ...]] = {
    "audit": ("id", "at", "who", "case_id", "action", "detail"),
    "letter": (
        "id",
        "case_id",
        "type",
        "language",
        "subject",
        "item_id",
        "sha256",
        "pages",
        "sent_on",
        "sent_via",
        "late",
        "created_at",
        "created_by",
    ),  # fmt: skip
    "blob": ("sha256", "size"),  # and the bytes, which must hash to the sha256 itself
    "suppression": (
        "id",
        "channel",
        "name",
        "email",
        "phone",
        "postal_address",
        "reason",
        "source_reference",
        "effective",
        "created_at",
        "created_by",
        "corrected_at",
        "correction",
    ),  # fmt: skip
}
KINDS = tuple(CONTENT_COLUMNS)


def content_hash(kind: str, row: dict[str, object]) -> str:
    """SHA-256 of the row's values in `CONTENT_COLUMNS[kind]` as canonical JSON."""
    values = [row.get(column) for column in CONTENT_COLUMNS[kind]]
    text = json.dumps([kind, *values], ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def link(previous: str, kind: str, ref: str, content: str, deleted: bool) -> str:
    """The chain hash of an entry: it covers the previous entry's chain hash."""
    text = "\n".join((previous, kind, ref, content, "deleted" if deleted else "entered"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainHead:
    entries: int
    chain: str

    def __str__(self) -> str:
        return f"{self.entries}:{self.chain}"


@dataclass(frozen=True)
class Finding:
    """One thing `store verify` found altered, in the officer's words."""

    what: str  # "letter 12", "audit entry 3041", "stored file 1f3a…", "the ledger"
    case: str | None  # the case's reference (or "case #id" once purged), when known
    problem: str

    def __str__(self) -> str:
        where = f" (case {self.case})" if self.case else ""
        return f"{self.what}{where}: {self.problem}"


@dataclass(frozen=True)
class StoreCheck:
    """What the full check of a store found: SQLite's damage, and what was altered."""

    damage: str | None = None
    altered: tuple[str, ...] = ()

    @property
    def whole(self) -> bool:
        return self.damage is None and not self.altered


def first_break(entries: Iterable[tuple[int, str, str, str, int, str]]) -> int | None:
    """The id of the first ledger entry whose chain hash does not follow from the ones before
    (entries: id, kind, ref, content, deleted, chain, in id order); None when whole."""
    previous = GENESIS
    for entry_id, kind, ref, content, deleted, chain in entries:
        if link(previous, kind, ref, content, bool(deleted)) != chain:
            return entry_id
        previous = chain
    return None
