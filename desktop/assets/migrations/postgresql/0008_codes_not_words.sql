-- Art. 19 exemption grounds are stored as codes, not as the words of the window's language.
ALTER TABLE art19_notices ADD COLUMN exempt_ground text
    CHECK (exempt_ground IN ('impossible', 'disproportionate-effort'));
UPDATE art19_notices SET exempt_ground = 'impossible', exempt_reason = trim(substr(exempt_reason, 12))
    WHERE status = 'exempt' AND exempt_reason LIKE 'Impossible:%';
UPDATE art19_notices SET exempt_ground = 'disproportionate-effort',
    exempt_reason = trim(substr(exempt_reason, 25))
    WHERE status = 'exempt' AND exempt_reason LIKE 'Disproportionate effort:%';
