-- Objection and withdrawal handling: decisions per request, the suppression register,
-- blocked data under retention duties, Art. 19 notices, and the processing register.

CREATE TABLE registers (
    name       TEXT PRIMARY KEY,           -- 'processing'
    data       TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL
);

-- One decision record per request: the assessment, the withdrawal or the erasure decision.
CREATE TABLE request_decisions (
    request_id  INTEGER PRIMARY KEY REFERENCES requests(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,              -- marketing, unsubscribe, assessment, withdrawal, erasure
    data        TEXT NOT NULL,              -- JSON: what was decided and why
    decided_by  TEXT NOT NULL,
    decided_on  TEXT NOT NULL
);

-- Kept as long as the objection must be honoured: no foreign key to the case, so purging a case
-- keeps the entry. Only the minimum to recognise the person is stored.
CREATE TABLE suppressions (
    id               INTEGER PRIMARY KEY,
    channel          TEXT NOT NULL CHECK (channel IN ('post', 'email', 'phone', 'profiling', 'newsletter')),
    name             TEXT NOT NULL,
    email            TEXT,                  -- normalised
    phone            TEXT,                  -- normalised
    postal_address   TEXT,
    reason           TEXT NOT NULL,         -- objection-marketing, unsubscribe, withdrawal
    source_reference TEXT NOT NULL,         -- the case reference it came from
    effective        TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    corrected_at     TEXT,
    correction       TEXT                   -- the reason of the last correction
);
CREATE INDEX suppressions_email ON suppressions (email);
CREATE INDEX suppressions_phone ON suppressions (phone);
CREATE INDEX suppressions_channel ON suppressions (channel, id);
CREATE INDEX suppressions_name ON suppressions (name COLLATE NOCASE);
CREATE TRIGGER suppressions_never_deleted BEFORE DELETE ON suppressions
BEGIN SELECT RAISE(ABORT, 'a suppression entry cannot be deleted, only corrected'); END;

-- Data blocked instead of erased (Art. 17(3)(b), § 35 BDSG), deleted after the retention end.
CREATE TABLE blocked_data (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    request_id     INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    category       TEXT NOT NULL,
    rule_id        TEXT NOT NULL,
    legal_basis    TEXT NOT NULL,
    document_date  TEXT NOT NULL,
    retained_until TEXT NOT NULL,
    hold           INTEGER NOT NULL DEFAULT 0,
    hold_reason    TEXT,
    deleted_on     TEXT
);
CREATE INDEX blocked_data_due ON blocked_data (deleted_on, hold, retained_until);
CREATE INDEX blocked_data_case ON blocked_data (case_id);

-- Art. 19: each recipient told of a rectification, erasure, restriction or upheld objection.
CREATE TABLE art19_notices (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    recipient_id   TEXT NOT NULL,
    recipient_name TEXT NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('open', 'notified', 'exempt')),
    notified_on    TEXT,
    channel        TEXT,
    exempt_reason  TEXT,
    UNIQUE (case_id, recipient_id)
);
CREATE INDEX art19_open ON art19_notices (case_id, status);

-- Processing restricted while an objection is assessed (Art. 18(1)(d)).
ALTER TABLE cases ADD COLUMN restricted INTEGER NOT NULL DEFAULT 0;
