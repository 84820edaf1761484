-- Suppression entries' identifiers as they are now normalised (desktop/core/suppression.py):
-- email addresses without invisible format characters, phone numbers in E.164 where the
-- requester's country is known. SQL alone cannot parse phone numbers: the Python step of
-- desktop/store/migrations.py rewrites them, each change entered in the ledger.
SELECT 1;
