"""What went wrong with the store file, in words an officer can act on (no personal data)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from desktop.core.errors import StoreError
from desktop.store.driver import sqlite3
from desktop.store.keyfile import keyfile_path

SQLITE_HEADER = b"SQLite format 3\x00"


class StoreCutOff(StoreError):
    """Our -wal was deleted by another process while we wrote: the last change may be lost."""


def refuse_non_store(target: Path) -> None:
    """An existing file that is not a SQLite store is refused, never re-created or overwritten.

    Read before SQLite opens it, so this open and close costs no lock of ours. A zero-length
    file is a store only while its -wal holds the first commit (a new store before its first
    checkpoint).
    """
    try:
        info = target.stat()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise explain(exc, target) from None
    if not target.is_file():
        raise StoreError(f"{target} is not a file: give the path of a Privacy Desk store")
    if info.st_size == 0:
        wal = Path(f"{target}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return
    try:
        with open(target, "rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise explain(exc, target) from None
    encrypted = len(head) == len(SQLITE_HEADER) and keyfile_path(target).exists()
    if head != SQLITE_HEADER and not encrypted:
        raise StoreError(
            f"{target} exists but is not a Privacy Desk store ({info.st_size} bytes, no SQLite "
            "header and no key file beside it); it was left untouched. Restore the store from a "
            "backup (an encrypted store also needs its .key file) or choose another file."
        )


def undecryptable(exc: BaseException, target: Path) -> StoreError:
    """The key came from the store's own key file (its id checked) and still does not open
    the store: the store is damaged, unless the error is of another kind (busy, disk)."""
    problem = explain(exc, target)
    if not problem.damaged:
        return problem
    return StoreError(
        f"{target} cannot be decrypted with the key of its key file {keyfile_path(target).name}: the "
        "store is damaged, or the key file belongs to another copy of it. It was left "
        "untouched. Restore the store and its key file from a backup.",
        damaged=True,
    )


def explain(exc: BaseException, target: Path | None) -> StoreError:
    """Turn a SQLite or OS error about the store into a message that says what to do."""
    where = str(target) if target else "the store"
    text = str(exc).lower()
    code = getattr(exc, "sqlite_errorcode", None)
    code = code & 0xFF if isinstance(code, int) else None  # the primary result code
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return StoreError("the disk is full: nothing was changed. Free some space and retry.")
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return StoreError(f"no permission to use {where}: check the file's owner and rights")
        why = os.strerror(exc.errno) if exc.errno else "the system refused"
        return StoreError(f"cannot use {where}: {why}")
    if "locked" in text or "busy" in text or code in (5, 6):
        return StoreError(
            "the store is in use by another program that holds it too long (another window "
            "saving, a backup, a copy): nothing was changed. Try again in a moment."
        )
    if "disk is full" in text or code == 13:
        return StoreError("the disk is full: nothing was changed. Free some space and retry.")
    if "readonly" in text or "read-only" in text or code == 8:
        return StoreError(
            f"{where} is read-only (the file, its folder or the disk): nothing was changed. "
            "Open it from a place where you may write, or ask for write access."
        )
    if "unable to open" in text or code == 14:
        return StoreError(
            f"cannot open {where}: check that its folder exists and that you may write there"
        )
    if "disk i/o" in text or code == 10:
        return StoreError(
            f"the system could not read or write {where} (disk I/O error): nothing was "
            "changed. Check the disk and retry.",
            user_situation=False,
        )
    if isinstance(exc, sqlite3.DatabaseError) and (
        "not a database" in text or "malformed" in text or code in (11, 26)
    ):
        return StoreError(
            f"{where} is damaged or is not a Privacy Desk store; it was left untouched. "
            "Restore it from a backup.",
            damaged=True,
        )
    return StoreError(
        f"the store refused the operation ({type(exc).__name__}): nothing was changed",
        user_situation=False,
    )
