"""Encrypting a plain store in place, rotating a store's key, changing its passphrase.

Each works on the store file alone (no window may hold it) and never leaves the path
without a store that opens: the encrypted copy is checked before it takes the store's name,
and a new key file is on disk before the key it names is used.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from desktop.core.errors import StoreError
from desktop.core.passphrase import check_new_passphrase
from desktop.store import keychain
from desktop.store.driver import KEY_BYTES, StoreKey, apply_key, sqlite3
from desktop.store.keyfile import (
    keyfile_path,
    read_keyfile,
    wrap,
    write_keyfile,
)
from desktop.store.problems import explain

_COUNTER = slice(24, 28)  # SQLite's file change counter in a plain store's header


def encrypt_plain_store(path: Path, passphrase: str) -> StoreKey:
    """The plain store at `path` encrypted with a new key, wrapped by `passphrase`.

    SQLCipher's export copies every table, index, trigger and the FTS tables (with what the
    -wal still holds) into a new file; the copy is checked (integrity, every page's HMAC,
    row counts, schema version) on a connection of its own, then replaces the plain file.
    The plain file's blocks may stay on the disk until overwritten, and older backups stay
    plain: the caller says so.
    """
    check_new_passphrase(passphrase)
    key = StoreKey.new()
    partial = path.with_name(f".{path.name}.encrypting")
    _remove(partial)
    source = _plain(path)
    try:
        counts, version = _export(source, partial, key)
        _check_copy(partial, key, counts, version)
        busy = source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            raise StoreError("the store is in use (a window or a command): quit it first")
        counter = _change_counter(path)
    except sqlite3.Error as exc:
        _remove(partial)
        raise explain(exc, path) from None
    except BaseException:
        _remove(partial)
        raise
    finally:
        source.close()
    wal = Path(f"{path}-wal")
    if _change_counter(path) != counter or (wal.exists() and wal.stat().st_size):
        # another program wrote after the copy (into the file, or into a new -wal)
        _remove(partial)
        raise StoreError("the store changed while it was being encrypted: run it again")
    write_keyfile(keyfile_path(path), wrap(key, passphrase))
    _fsync(partial)
    for side in ("-wal", "-shm"):  # never a plain log beside the encrypted store
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{path}{side}")
    os.replace(partial, path)
    _fsync_folder(path.parent)
    keychain.remember(key)
    return key


def rotate_key(path: Path, key: StoreKey, passphrase: str) -> StoreKey:
    """A new data key for the store (SQLCipher's rekey rewrites every page), wrapped by
    `passphrase`. The new key file is written first under a name of its own; it takes the
    key file's name once the store has been rekeyed and checked."""
    check_new_passphrase(passphrase)
    new = StoreKey(secrets.token_bytes(KEY_BYTES), key.salt)  # the file keeps its salt
    pending = keyfile_path(path).with_name(keyfile_path(path).name + ".rekeying")
    write_keyfile(pending, wrap(new, passphrase))
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=2)
    try:
        apply_key(conn, key)
        # Alone with the store: a connection elsewhere would read the rewritten pages with the
        # old key and take them for damage.
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
        conn.execute(f"PRAGMA rekey = \"x'{new.key.hex()}'\"")  # hex we made
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            raise StoreError("the store is in use (a window or a command): quit it first")
    except sqlite3.Error as exc:
        _remove(pending)
        raise explain(exc, path) from None
    finally:
        conn.close()
    if not _opens(path, new):
        if _opens(path, key):  # the rekey did not happen: nothing changed
            _remove(pending)
            raise StoreError("the store could not be rekeyed; it keeps its key")
        raise StoreError(
            f"the rekey was interrupted: the store may open with {pending.name}; rename it to "
            f"{keyfile_path(path).name} (keep the old one) and run `store verify`"
        )
    os.replace(pending, keyfile_path(path))
    _fsync_folder(path.parent)
    keychain.remember(new)
    return new


def change_passphrase(path: Path, key: StoreKey, passphrase: str) -> None:
    """The same key wrapped by a new passphrase: the store itself is not touched."""
    check_new_passphrase(passphrase)
    read_keyfile(keyfile_path(path))  # a key file to replace, and a readable one
    write_keyfile(keyfile_path(path), wrap(key, passphrase))


def _plain(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=10)
    apply_key(conn, None)
    return conn


def _export(source: sqlite3.Connection, target: Path, key: StoreKey) -> tuple[dict, int]:
    raw = key.key.hex() + key.salt.hex()
    source.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{raw}'\"", (str(target),))
    try:
        source.execute("BEGIN IMMEDIATE")  # no writer while the copy is made
        source.execute("SELECT sqlcipher_export('encrypted')")
        version = int(source.execute("PRAGMA main.user_version").fetchone()[0])
        source.execute(f"PRAGMA encrypted.user_version = {version}")  # not copied by export
        counts = _counts(source, "main")
        source.execute("COMMIT")
    finally:
        if source.in_transaction:
            source.execute("ROLLBACK")
        source.execute("DETACH DATABASE encrypted")
    return counts, version


def _counts(conn: sqlite3.Connection, schema: str) -> dict[str, int]:
    tables = conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND rootpage > 0"
    ).fetchall()
    return {
        name: int(conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0])
        for (name,) in tables
    }


def _check_copy(path: Path, key: StoreKey, counts: dict | None, version: int | None) -> None:
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        apply_key(conn, key)
        problems = conn.execute("PRAGMA integrity_check").fetchone()[0]
        pages = conn.execute("PRAGMA cipher_integrity_check").fetchmany(1)
        if problems != "ok" or pages:
            raise StoreError("the encrypted store failed its check; the store was not changed")
        if counts is not None and (
            _counts(conn, "main") != counts
            or int(conn.execute("PRAGMA user_version").fetchone()[0]) != version
        ):
            raise StoreError("the encrypted copy differs from the store; nothing was changed")
        conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.DatabaseError:
        raise StoreError("the encrypted store cannot be read back; nothing was changed") from None
    finally:
        conn.close()


def _opens(path: Path, key: StoreKey) -> bool:
    try:
        _check_copy(path, key, None, None)
    except StoreError:
        return False
    return True


def _change_counter(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(32)[_COUNTER]


def _remove(path: Path) -> None:
    for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        with contextlib.suppress(FileNotFoundError):
            file.unlink()


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
