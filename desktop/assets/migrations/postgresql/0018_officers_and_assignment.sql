-- The officers of the office, each a database role, by their login, with the name the office
-- knows them by; and the officer a case is assigned to (the worklist's "mine").
CREATE TABLE officers (
    login         text PRIMARY KEY,
    display_name  text NOT NULL
);
ALTER TABLE cases ADD COLUMN assigned_to text;
CREATE INDEX cases_assigned ON cases (assigned_to, current_due, id) WHERE status != 'closed';

-- "Who" in the audit log always ends with the server's login of whoever wrote the entry:
-- "Anna Berg (anna)". The program writes it so; an entry written otherwise gets it added.
CREATE FUNCTION audit_who() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.who IS DISTINCT FROM current_user::text
       AND right(NEW.who, length(current_user::text) + 3) IS DISTINCT FROM ' (' || current_user || ')' THEN
        NEW.who := NEW.who || ' (' || current_user || ')';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER audit_log_who BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_who();
