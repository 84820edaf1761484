-- Every change to a case raises its version (a window's change is refused when the case moved on).
ALTER TABLE cases ADD COLUMN version integer NOT NULL DEFAULT 0;

-- Facts about the store itself ('demo' marks a store made for trying the program out).
CREATE TABLE store_facts (
    key text PRIMARY KEY,
    value text NOT NULL
);
