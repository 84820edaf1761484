-- Every change to a case raises its version: a window that shows version N and asks for a
-- change is refused when the case has moved on meanwhile (another window, the command line).
ALTER TABLE cases ADD COLUMN version INTEGER NOT NULL DEFAULT 0;

-- Facts about the store itself; 'demo' marks a store made for trying the program out, whose
-- invented cases must never be mistaken for real ones (title bar, every letter).
CREATE TABLE store_facts (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
