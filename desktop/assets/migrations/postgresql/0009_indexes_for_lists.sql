-- The case list at 100,000 cases: every sort key gets an index over all cases and a partial one
-- over the cases not closed (the list's default), each carrying the columns the filters test
-- (status, channel, company, request types; the due date for "overdue" and "due within").
-- A page then walks one index from the last row shown and never reads a row it does not show;
-- `id` follows the sort value because ties are ordered by it (keyset paging on (value, id)).
-- store/search.py writes the queries these serve (the server plans with them on its own).

-- Replaced by wider indexes (same leading columns); counts of a company read only its index.
DROP INDEX cases_current_due;
DROP INDEX cases_received;
DROP INDEX cases_requester_name;
DROP INDEX cases_reference;  -- the UNIQUE constraint has its own index
DROP INDEX cases_company;
CREATE INDEX cases_company ON cases (company_id, current_due, status, channel, types);

CREATE INDEX cases_by_reference ON cases (reference, id, status, channel, company_id, types);
CREATE INDEX cases_by_requester ON cases (lower(requester_name), id, status, channel,
    company_id, types);
CREATE INDEX cases_by_types ON cases (types, id, status, channel, company_id);
CREATE INDEX cases_by_channel ON cases (channel, id, status, company_id, types);
CREATE INDEX cases_by_company ON cases (company_name, id, status, channel, company_id, types);
CREATE INDEX cases_by_received ON cases (received, id, status, channel, company_id, types);
CREATE INDEX cases_by_due ON cases (current_due, id, status, channel, company_id, types);
CREATE INDEX cases_by_status ON cases (status, id, channel, company_id, types);

CREATE INDEX cases_active_by_reference ON cases (reference, id, status, channel, company_id,
    types, current_due) WHERE status != 'closed';
CREATE INDEX cases_active_by_requester ON cases (lower(requester_name), id, status,
    channel, company_id, types, current_due) WHERE status != 'closed';
CREATE INDEX cases_active_by_types ON cases (types, id, status, channel, company_id,
    current_due) WHERE status != 'closed';
CREATE INDEX cases_active_by_channel ON cases (channel, id, status, company_id, types,
    current_due) WHERE status != 'closed';
CREATE INDEX cases_active_by_company ON cases (company_name, id, status, channel, company_id,
    types, current_due) WHERE status != 'closed';
CREATE INDEX cases_active_by_received ON cases (received, id, status, channel, company_id,
    types, current_due) WHERE status != 'closed';
CREATE INDEX cases_active_by_due ON cases (current_due, id, status, channel, company_id, types)
    WHERE status != 'closed';
CREATE INDEX cases_active_by_status ON cases (status, id, channel, company_id, types,
    current_due) WHERE status != 'closed';

-- The suppression register's duplicate check compares identifiers with IS (an index can serve
-- it; coalesce(email, '') = '' could not): an empty identifier is stored as NULL.
UPDATE suppressions SET email = NULL WHERE email = '';
UPDATE suppressions SET phone = NULL, phone_key = NULL WHERE phone = '';
UPDATE suppressions SET postal_address = NULL WHERE postal_address = '';
CREATE INDEX suppressions_same_entry ON suppressions (name, channel, email, phone);
