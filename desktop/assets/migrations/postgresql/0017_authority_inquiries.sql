-- An inquiry from a supervisory authority (Art. 58(1) GDPR), most often about a complaint made
-- to it (Art. 77): a case of its own whose deadline the authority sets, linked to the cases it
-- concerns; while it is open, those cases' files are kept (DOMAIN.md §7: a hold).
CREATE TABLE IF NOT EXISTS authority_inquiries (
    case_id          bigint PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    authority        text NOT NULL,
    their_reference  text NOT NULL,
    their_deadline   text NOT NULL,   -- set by the authority, never worked out
    asked            text NOT NULL DEFAULT ''
);
