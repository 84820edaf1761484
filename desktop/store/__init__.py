"""The only code that speaks SQL, one module per subject, over either kind of store:

- a SQLite file (db.py: WAL, SQLCipher, migrations by user_version) for one workstation;
- an office's PostgreSQL server (server.py: one write lock per change, LISTEN/NOTIFY, the
  officers' rights; server_setup.py: init, officers, copy) for a team.

Both answer to the same calls, and each statement is written once with named parameters. What
the two write differently is in dialects.py (`store.sql`), text_search.py, and the migrations
of desktop/assets/migrations/sqlite and …/postgresql (the same numbers, the same schema).
"""

from desktop.store.db import Store, StoreError, open_store

__all__ = ["Store", "StoreError", "open_store"]
