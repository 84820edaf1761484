-- Which letter a stored file is (store verify names its case; deleting a file asks whether a
-- letter still needs it): by index, not by reading every letter.
CREATE INDEX IF NOT EXISTS letters_sha ON letters (sha256);
