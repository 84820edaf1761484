-- The requester's postal address in parts (street, additional line, postcode, city, ISO
-- country), printed in the destination country's order with a country line for post abroad;
-- and how the person is addressed (form of address, academic title) for the salutation.
-- `address` stays: addresses typed or imported as free text before, shown for correction.
ALTER TABLE requesters ADD COLUMN street TEXT;
ALTER TABLE requesters ADD COLUMN address_extra TEXT;
ALTER TABLE requesters ADD COLUMN city TEXT;
ALTER TABLE requesters ADD COLUMN country TEXT CHECK (country IS NULL OR length(country) = 2);
ALTER TABLE requesters ADD COLUMN form_of_address TEXT NOT NULL DEFAULT 'neutral'
    CHECK (form_of_address IN ('female', 'male', 'neutral'));
ALTER TABLE requesters ADD COLUMN title TEXT;
