-- Letters as sent: the PDF is an outbound correspondence item; what was sent never changes.

CREATE TABLE letters (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    type        TEXT NOT NULL,
    language    TEXT NOT NULL,
    subject     TEXT NOT NULL,
    item_id     INTEGER NOT NULL REFERENCES correspondence(id) ON DELETE CASCADE,
    sha256      TEXT NOT NULL REFERENCES blobs(sha256),
    pages       INTEGER NOT NULL,
    sent_on     TEXT NOT NULL,
    sent_via    TEXT NOT NULL CHECK (sent_via IN ('post', 'fax', 'email')),
    late        INTEGER NOT NULL DEFAULT 0,   -- an extension notice sent after the deadline
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
);
CREATE INDEX letters_case ON letters (case_id, id);
CREATE TRIGGER letters_as_sent BEFORE UPDATE ON letters
BEGIN SELECT RAISE(ABORT, 'a letter as sent cannot be changed'); END;
-- Stored files are content-addressed: their bytes never change.
CREATE TRIGGER blobs_unchangeable BEFORE UPDATE ON blobs
BEGIN SELECT RAISE(ABORT, 'stored files cannot be changed'); END;
CREATE TRIGGER attachments_unchangeable BEFORE UPDATE OF sha256, size, filename ON attachments
BEGIN SELECT RAISE(ABORT, 'stored files cannot be changed'); END;

-- A case's own suppression entries are found by its reference.
CREATE INDEX suppressions_reference ON suppressions (source_reference);
