-- Search finds "Müller" when "Mueller" is typed: the name is indexed in both spellings.
-- german_spelling() is registered by the store on every connection.

DELETE FROM case_search;
INSERT INTO case_search (rowid, reference, name, email, address, subject)
    SELECT c.id, c.reference, r.name || ' ' || german_spelling(r.name), coalesce(r.email, ''),
           coalesce(r.address, ''), c.subject
    FROM cases c JOIN requesters r ON r.id = c.requester_id;
