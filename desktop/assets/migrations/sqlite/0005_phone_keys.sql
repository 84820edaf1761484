-- Phone numbers are matched on their last nine digits, so "+31 6 1234 5678" and "06 1234 5678"
-- find the same suppression entry (a false match errs on the side of not calling).

ALTER TABLE suppressions ADD COLUMN phone_key TEXT;
UPDATE suppressions SET phone_key = substr(replace(phone, '+', ''), -9)
    WHERE phone IS NOT NULL AND length(replace(phone, '+', '')) >= 9;
CREATE INDEX suppressions_phone_key ON suppressions (phone_key);
