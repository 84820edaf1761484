"""The only code that speaks SQL: one SQLite file, migrations from db/, reads for lists and search."""

from desktop.store.db import Store, StoreError, open_store

__all__ = ["Store", "StoreError", "open_store"]
