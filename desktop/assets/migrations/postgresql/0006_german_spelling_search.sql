-- Search finds "Müller" when "Mueller" is typed: the name is indexed in both spellings.
-- german_spelling() is the same function as SQLite's (desktop/store/db.py registers that one).
CREATE FUNCTION german_spelling(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN replace(replace(replace(replace(replace(replace(replace(coalesce($1, ''),
        'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ß', 'ss');

DELETE FROM case_search;
INSERT INTO case_search (case_id, reference, name, email, address, subject)
    SELECT c.id, c.reference, r.name || ' ' || german_spelling(r.name), coalesce(r.email, ''),
           coalesce(r.address, ''), c.subject
    FROM cases c JOIN requesters r ON r.id = c.requester_id;
