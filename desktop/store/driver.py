"""The SQLite of every store connection: SQLCipher's build (sqlcipher3), keyed or not.

One driver for all: without a key it reads and writes plain SQLite files (stores made before
encryption, until `store encrypt`), with one it encrypts every page, the -wal and backups
included. Its exceptions are not the standard library's: import `sqlite3` from here, never
the standard module, or an `except sqlite3.Error` lets the store's errors escape.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlite3

__all__ = [
    "KEY_BYTES",
    "SALT_BYTES",
    "StoreKey",
    "apply_key",
    "connect_read_only",
    "opens",
    "sqlite3",
]

KEY_BYTES = 32  # AES-256: SQLCipher's raw key, used as it is (no passphrase derivation)
SALT_BYTES = 16  # the first 16 bytes of an encrypted store file


@dataclass(frozen=True)
class StoreKey:
    """The data key of one store. Never printed: its repr names only the key id."""

    key: bytes = field(repr=False)
    salt: bytes = field(repr=False)  # the store file's salt, given when the file is made

    @staticmethod
    def new() -> StoreKey:
        return StoreKey(secrets.token_bytes(KEY_BYTES), secrets.token_bytes(SALT_BYTES))

    def __post_init__(self) -> None:
        if len(self.key) != KEY_BYTES or len(self.salt) != SALT_BYTES:
            raise ValueError("a store key is 32 bytes with a 16-byte salt")

    @property
    def key_id(self) -> str:
        """Names the key without revealing it (keychain entry, key file, backups)."""
        import hmac

        return hmac.new(self.key, b"privacydesk key id", "sha256").hexdigest()[:16]


def apply_key(conn: sqlite3.Connection, key: StoreKey | None, *, new_file: bool = False) -> None:
    """Key a fresh connection before its first read. A new file takes our salt, so its key
    file can name it before the file exists; an existing one keeps the salt it has."""
    # SQLCipher's own log would print "hmac check failed" on stderr for a wrong key.
    conn.execute("PRAGMA cipher_log_level = NONE")
    if key is None:
        return
    raw = key.key.hex() + (key.salt.hex() if new_file else "")
    conn.execute(f"PRAGMA key = \"x'{raw}'\"")  # hex we made: pragmas take no parameters


def connect_read_only(path: Path, key: StoreKey | None, **options: object) -> sqlite3.Connection:
    """A connection that can only read the store at `path` (keyed when it is encrypted)."""
    from urllib.parse import quote

    conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, **options)
    apply_key(conn, key)
    return conn


def opens(path: Path, key: StoreKey | None) -> bool:
    """Whether `key` reads the store at `path` (its schema and first page)."""
    try:
        conn = connect_read_only(path, key)
    except sqlite3.Error:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return True
