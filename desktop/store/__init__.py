"""The only code that speaks SQL: one SQLite file, migrations from db/, one module per subject.

SQLite-only SQL stays in few places: db.py (pragmas, WAL, migrations), search.py (FTS5,
german_spelling(), NOCASE sorting), requesters.py (NOCASE matching) and suppression.py (LIKE
that ignores case); the triggers are in desktop/assets/migrations. The rest is portable SQL.
"""

from desktop.store.db import Store, StoreError, open_store

__all__ = ["Store", "StoreError", "open_store"]
