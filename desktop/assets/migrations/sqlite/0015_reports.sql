-- The reports count a year of cases from indexes alone, never case by case from the table:
-- by the day answered (what the on-time figures compare), by the day received (month,
-- channel, company, extension, request types), the requests of each case (type and outcome), and each
-- requester's letter language.
CREATE INDEX IF NOT EXISTS cases_by_closed ON cases (closed_at, received, due, extended_due, current_due, extended, company_id);
CREATE INDEX IF NOT EXISTS cases_for_reports ON cases (received, channel, company_id, extended, types, requester_id);
CREATE INDEX IF NOT EXISTS requests_for_reports ON requests (case_id, type, outcome);
CREATE INDEX IF NOT EXISTS requesters_language ON requesters (id, language);
