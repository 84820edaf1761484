-- The officers of the office (on a server store each is a database role) by their login, with
-- the name the office knows them by; and the officer a case is assigned to (the worklist's
-- "mine"). The column and its index are added by the step in desktop/store/migrations.py:
-- SQLite has no "ADD COLUMN IF NOT EXISTS", and a store taken back to an older schema must
-- migrate again.
CREATE TABLE IF NOT EXISTS officers (
    login         TEXT PRIMARY KEY,
    display_name  TEXT NOT NULL
);
