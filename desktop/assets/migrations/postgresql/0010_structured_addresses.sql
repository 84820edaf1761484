-- The requester's postal address in parts, and how the person is addressed.
ALTER TABLE requesters ADD COLUMN street text;
ALTER TABLE requesters ADD COLUMN address_extra text;
ALTER TABLE requesters ADD COLUMN city text;
ALTER TABLE requesters ADD COLUMN country text CHECK (country IS NULL OR length(country) = 2);
ALTER TABLE requesters ADD COLUMN form_of_address text NOT NULL DEFAULT 'neutral'
    CHECK (form_of_address IN ('female', 'male', 'neutral'));
ALTER TABLE requesters ADD COLUMN title text;
