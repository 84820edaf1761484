"""Python 3.11 lacks Connection.setconfig: set SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE through ctypes.

Why it matters: see desktop/store/db.py (_connect). 3.12+ does this with setconfig; the
set-up prefers 3.12+, and on 3.11 (Debian 12's Python) this keeps the same protection.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

_NO_CKPT_ON_CLOSE = 1006  # SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, sqlite3.h


def no_checkpoint_on_close_before_3_12(conn: sqlite3.Connection, path: Path) -> bool:
    """True when set. The handle is read from CPython's connection object (its first field
    after the object header) and used only if SQLite confirms it is this store's file."""
    with contextlib.suppress(Exception):
        import _sqlite3
        import ctypes  # only on 3.11: not loaded by a start-up on 3.12+

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
