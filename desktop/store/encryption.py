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
from desktop.private_files import fsync_folder
from desktop.store import keychain
from desktop.store.driver import KEY_BYTES, StoreKey, apply_key, opens, sqlite3
from desktop.store.keyfile import (
    keyfile_path,
    read_keyfile,
    rekeying_path,
    wrap,
    write_keyfile,
)
from desktop.store.no_checkpoint import no_checkpoint_on_close
from desktop.store.problems import explain


def encrypt_plain_store(path: Path, passphrase: str) -> StoreKey:
    """The plain store at `path` encrypted with a new key, wrapped by `passphrase`.

    The store is held exclusively from the copy to the end: SQLCipher's export copies every
    table, index, trigger and the FTS tables into a new file; the copy is checked
    (integrity, every page's HMAC, row counts, schema version) on a connection of its own,
    then replaces the plain file. A program still waiting on the old file finds it emptied
    and fails (it never writes into a file that is gone). The plain file's blocks may stay on
    the disk until overwritten, and older backups stay plain: the caller says so.
    """
    check_new_passphrase(passphrase)
    key = StoreKey.new()
    partial = path.with_name(f".{path.name}.encrypting")
    _remove(partial)
    source = _plain(path)
    try:
        no_checkpoint_on_close(source, path)  # closing must not touch the -wal by name
        if source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]:
            raise StoreError("the store is in use (a window or a command): quit it first")
        source.execute("PRAGMA locking_mode = EXCLUSIVE")  # kept until the connection closes
        counts, version = _export(source, partial, key)
        _check_copy(partial, key, counts, version)
        _fsync(partial)
        write_keyfile(keyfile_path(path), wrap(key, passphrase))
        with path.open("r+b") as old:
            for side in ("-wal", "-shm"):  # never a plain log beside the encrypted store
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(f"{path}{side}")
            os.replace(partial, path)
            fsync_folder(path.parent)
            old.truncate(0)  # the plain inode: nothing left to read or to write into
    except sqlite3.Error as exc:
        _remove(partial)
        raise explain(exc, path) from None
    except BaseException:
        _remove(partial)
        raise
    finally:
        source.close()
    keychain.remember(key)
    return key


def rotate_key(path: Path, key: StoreKey, passphrase: str) -> StoreKey:
    """A new data key for the store (SQLCipher's rekey rewrites every page), wrapped by
    `passphrase`. The new key file is written first under a name of its own, and the new key
    is in the keychain before it is used; the new file takes the key file's name once the
    store opens with it. A rekey cut short is settled at the next open (unlock.open_key)."""
    check_new_passphrase(passphrase)
    new = StoreKey(secrets.token_bytes(KEY_BYTES), key.salt)  # the file keeps its salt
    pending = rekeying_path(path)
    write_keyfile(pending, wrap(new, passphrase))
    keychain.remember(new)
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=2)
    try:
        apply_key(conn, key)
        # Alone with the store: a connection elsewhere would read the rewritten pages with the
        # old key and take them for damage.
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        if conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]:
            raise StoreError("the store is in use (a window or a command): quit it first")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except (sqlite3.Error, StoreError) as exc:
        conn.close()
        _remove(pending)
        raise exc if isinstance(exc, StoreError) else explain(exc, path) from None
    try:  # from here on, whichever key opens the store decides: nothing is raised first
        conn.execute(f"PRAGMA rekey = \"x'{new.key.hex()}'\"")  # hex we made
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error:
        pass
    finally:
        conn.close()
    if opens(path, new):
        os.replace(pending, keyfile_path(path))
        fsync_folder(path.parent)
        return new
    _remove(pending)
    if opens(path, key):
        raise StoreError("the store could not be rekeyed; it keeps its key")
    raise explain(sqlite3.DatabaseError("file is not a database"), path)


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
        source.execute("BEGIN EXCLUSIVE")  # no writer from here until the connection closes
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


def _remove(path: Path) -> None:
    for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        with contextlib.suppress(FileNotFoundError):
            file.unlink()


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())
