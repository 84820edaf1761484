-- Suppression entries' identifiers as they are now normalised: the Python step of
-- desktop/store/migrations.py rewrites them, each change entered in the ledger.
SELECT 1;
