-- Phone numbers are matched on their last nine digits.

ALTER TABLE suppressions ADD COLUMN phone_key text;
UPDATE suppressions SET phone_key = right(replace(phone, '+', ''), 9)
    WHERE phone IS NOT NULL AND length(replace(phone, '+', '')) >= 9;
CREATE INDEX suppressions_phone_key ON suppressions (phone_key);
