-- Tamper evidence (desktop/core/ledger.py): every audit entry, letter as sent, stored file and
-- suppression entry is entered in a hash chain; `privacydesk store verify` recomputes it.
-- What is already in the store is entered when this migration runs (desktop/store/ledger.py).
CREATE TABLE ledger (
    id       INTEGER PRIMARY KEY,
    kind     TEXT NOT NULL CHECK (kind IN ('audit', 'letter', 'blob', 'suppression')),
    ref      TEXT NOT NULL,              -- the entry's id (a stored file: its SHA-256)
    case_id  INTEGER,                    -- no foreign key: the entry outlives a purged case
    content  TEXT NOT NULL,              -- SHA-256 of the row as entered; '' once deleted
    deleted  INTEGER NOT NULL DEFAULT 0,
    chain    TEXT NOT NULL               -- SHA-256 over the previous entry's chain and this one
);
CREATE INDEX ledger_ref ON ledger (kind, ref, id);
CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;

-- A letter as sent, or a stored file, is deleted only by the operation that must delete it
-- (a case purged after its retention, an ID copy after the check), which enters the deletion
-- in the ledger first.
CREATE TRIGGER letters_deleted_only_as_recorded BEFORE DELETE ON letters
WHEN coalesce((SELECT deleted FROM ledger WHERE kind = 'letter' AND ref = CAST(OLD.id AS TEXT)
               ORDER BY id DESC LIMIT 1), 0) = 0
BEGIN SELECT RAISE(ABORT, 'a letter as sent is deleted only with its case, after its retention'); END;
CREATE TRIGGER blobs_deleted_only_as_recorded BEFORE DELETE ON blobs
WHEN coalesce((SELECT deleted FROM ledger WHERE kind = 'blob' AND ref = OLD.sha256
               ORDER BY id DESC LIMIT 1), 0) = 0
BEGIN SELECT RAISE(ABORT, 'a stored file is deleted only by the operation that must delete it'); END;
