-- The first schema: company register, requesters, cases, requests, correspondence, audit log.

CREATE TABLE companies (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    data        TEXT NOT NULL,            -- the register entry as JSON (GroupCompany.to_dict)
    is_sample   INTEGER NOT NULL DEFAULT 0,
    version     INTEGER NOT NULL DEFAULT 1,
    position    INTEGER NOT NULL DEFAULT 0,  -- register order decides between equal matches
    updated_at  TEXT NOT NULL
);

-- Every version of every entry, so a case can show the data it was handled under.
CREATE TABLE company_versions (
    company_id  TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    data        TEXT NOT NULL,
    saved_at    TEXT NOT NULL,
    PRIMARY KEY (company_id, version)
);

CREATE TABLE requesters (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL,
    email            TEXT,
    phone            TEXT,
    address          TEXT,
    postcode         TEXT,
    customer_number  TEXT,
    customer_kind    TEXT NOT NULL CHECK (customer_kind IN ('consumer', 'business')),
    delivery_country TEXT,
    delivery_location TEXT,
    language         TEXT NOT NULL DEFAULT 'en'
);
CREATE INDEX requesters_email ON requesters (email COLLATE NOCASE);
CREATE INDEX requesters_customer_number ON requesters (customer_number);
CREATE INDEX requesters_name ON requesters (name COLLATE NOCASE);

CREATE TABLE reference_counters (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL
);

CREATE TABLE cases (
    id                INTEGER PRIMARY KEY,
    reference         TEXT NOT NULL UNIQUE,
    requester_id      INTEGER NOT NULL REFERENCES requesters(id),
    requester_name    TEXT NOT NULL,       -- copied from requesters so the list sorts by index
    channel           TEXT NOT NULL,
    received          TEXT NOT NULL,       -- ISO date: the legal date of receipt
    letter_date       TEXT,                -- the date the requester wrote on the letter
    fax_number        TEXT,
    subject           TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL CHECK (status IN ('open', 'awaiting-id', 'closed')),
    types             TEXT NOT NULL,       -- request types, comma separated, for the list
    context           TEXT NOT NULL,
    company_id        TEXT NOT NULL REFERENCES companies(id),
    company_version   INTEGER NOT NULL,
    company_name      TEXT NOT NULL,
    routing_rule      INTEGER NOT NULL,
    routing_reason    TEXT NOT NULL,
    routing_warning   TEXT,
    routing_override  TEXT,                -- the officer's reason when the result was overridden
    due               TEXT NOT NULL,
    extended_due      TEXT NOT NULL,
    extended          INTEGER NOT NULL DEFAULT 0,
    extension_reason  TEXT,
    current_due       TEXT NOT NULL,       -- due or extended_due: what the worklist sorts on
    deadline_explanation TEXT NOT NULL,
    paused_days       INTEGER NOT NULL DEFAULT 0,
    paused_since      TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    closed_at         TEXT
);
CREATE INDEX cases_status_due ON cases (status, current_due);
CREATE INDEX cases_current_due ON cases (current_due);
CREATE INDEX cases_received ON cases (received);
CREATE INDEX cases_company ON cases (company_id, current_due);
CREATE INDEX cases_channel ON cases (channel, current_due);
CREATE INDEX cases_requester ON cases (requester_id);
CREATE INDEX cases_requester_name ON cases (requester_name COLLATE NOCASE);
CREATE INDEX cases_reference ON cases (reference);

CREATE TABLE requests (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    type        TEXT NOT NULL,
    outcome     TEXT,
    outcome_note TEXT,
    decided_at  TEXT
);
CREATE INDEX requests_case ON requests (case_id);
CREATE INDEX requests_type ON requests (type, case_id);

CREATE TABLE blobs (
    sha256  TEXT PRIMARY KEY,
    size    INTEGER NOT NULL,
    content BLOB NOT NULL
);

CREATE TABLE correspondence (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    direction   TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    channel     TEXT NOT NULL,
    item_date   TEXT NOT NULL,
    subject     TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
CREATE INDEX correspondence_case ON correspondence (case_id, item_date);

CREATE TABLE attachments (
    id          INTEGER PRIMARY KEY,
    item_id     INTEGER NOT NULL REFERENCES correspondence(id) ON DELETE CASCADE,
    filename    TEXT NOT NULL,
    media_type  TEXT NOT NULL,
    size        INTEGER NOT NULL,
    sha256      TEXT NOT NULL REFERENCES blobs(sha256),
    is_original INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX attachments_item ON attachments (item_id);
CREATE INDEX attachments_sha ON attachments (sha256);

CREATE TABLE notes (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    at         TEXT NOT NULL,
    who        TEXT NOT NULL,
    text       TEXT NOT NULL
);
CREATE INDEX notes_case ON notes (case_id);

-- Append-only: who did what to which case, with before -> after.
CREATE TABLE audit_log (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,
    who      TEXT NOT NULL,
    case_id  INTEGER,                      -- no foreign key: the entry outlives a purged case
    action   TEXT NOT NULL,
    detail   TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_case ON audit_log (case_id, id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- Full-text search over reference, requester name, email, address and subject.
CREATE VIRTUAL TABLE case_search USING fts5 (
    reference, name, email, address, subject,
    tokenize = "unicode61 remove_diacritics 2"
);
