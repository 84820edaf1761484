-- The report's handling figures from indexes: the cases whose identity was checked (few; the
-- clock stood still or stands still now), by the day received, with the days paused.
CREATE INDEX IF NOT EXISTS cases_identity_checked ON cases (received, paused_days, company_id)
    WHERE paused_days > 0 OR status = 'awaiting-id';
-- The letter language of each requester, read beside the cases of a period (0015 made it;
-- named again so that the report may always ask for it by name).
CREATE INDEX IF NOT EXISTS requesters_language ON requesters (id, language);
