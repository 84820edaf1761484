-- The deadline's and the routing's explanations as data (each step's sentence and its values,
-- JSON), beside the English text: the window shows it in the officer's language.
ALTER TABLE cases ADD COLUMN IF NOT EXISTS deadline_words text;
ALTER TABLE cases ADD COLUMN IF NOT EXISTS routing_words text;
