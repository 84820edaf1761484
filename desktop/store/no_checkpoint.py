"""Keep SQLite from checkpointing and deleting the -wal when a connection closes.

Why it matters: see desktop/store/db.py (_connect). sqlcipher3 has no `Connection.setconfig`,
so SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE is set through ctypes on its own library.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from desktop.store.driver import sqlite3

_NO_CKPT_ON_CLOSE = 1006  # SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, sqlite3.h


def no_checkpoint_on_close(conn: sqlite3.Connection, path: Path) -> bool:
    """True when set. The handle is read from the connection object (its first field after
    the object header) and used only if SQLite confirms it is this store's file."""
    with contextlib.suppress(Exception):
        import ctypes

        from sqlcipher3 import _sqlite3

        library = ctypes.CDLL(_sqlite3.__file__)
        handle = ctypes.c_void_p.from_address(id(conn) + 2 * ctypes.sizeof(ctypes.c_void_p))
        filename = library.sqlite3_db_filename
        filename.restype = ctypes.c_char_p
        filename.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
        named = filename(handle, b"main")
        if not named or os.path.realpath(named.decode()) != os.path.realpath(path):
            return False
        state = ctypes.c_int(-1)
        code = library.sqlite3_db_config(
            handle, ctypes.c_int(_NO_CKPT_ON_CLOSE), ctypes.c_int(1), ctypes.byref(state)
        )
        return code == 0 and state.value == 1
    return False
