-- ID documents shown for a check are flagged so they can be deleted once the check is recorded;
-- cases of the same person can be linked.

ALTER TABLE attachments ADD COLUMN is_id_document INTEGER NOT NULL DEFAULT 0;

CREATE TABLE case_links (
    case_id        INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    linked_case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    reason         TEXT NOT NULL,
    linked_at      TEXT NOT NULL,
    PRIMARY KEY (case_id, linked_case_id),
    CHECK (case_id != linked_case_id)
);
CREATE INDEX case_links_linked ON case_links (linked_case_id);

-- The worklist asks for cases waiting for identification, oldest first.
CREATE INDEX cases_status_paused ON cases (status, paused_since);
