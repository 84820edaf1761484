"""The store's SQLite as another program (or an attacker who has the key) uses it: the same
driver as the store, keyed with the store's own key, found as the program finds it (the
keychain, else the passphrase file). `from tests.raw_sql import sqlite3` in place of the
standard module, whose connections cannot read an encrypted store."""

from __future__ import annotations

import types
from pathlib import Path
from urllib.parse import unquote

from sqlcipher3 import dbapi2

from desktop.store.driver import apply_key


def _path(database: object) -> Path | None:
    text = str(database)
    if text == ":memory:":
        return None
    if text.startswith("file:"):
        text = unquote(text[len("file:") :].split("?", 1)[0])
    return Path(text)


def connect(database: object, *args: object, **kwargs: object) -> dbapi2.Connection:
    from desktop.store.unlock import existing_key

    path = _path(database)
    key = existing_key(path) if path is not None and path.exists() else None
    conn = dbapi2.connect(str(database), *args, **kwargs)
    apply_key(conn, key)
    return conn


sqlite3 = types.SimpleNamespace(
    **{name: getattr(dbapi2, name) for name in dir(dbapi2) if not name.startswith("_")}
)
sqlite3.connect = connect
