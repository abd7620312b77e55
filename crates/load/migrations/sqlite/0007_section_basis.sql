-- Each section's legal basis, for `portmig audit coverage`: `basis` is a
-- JSON list of {decree, article, confidence, note} as the taxonomy gives
-- it; `required` marks a section mandatory whatever the basis says.

ALTER TABLE sections ADD COLUMN basis TEXT NOT NULL DEFAULT '[]';
ALTER TABLE sections ADD COLUMN required BOOLEAN NOT NULL DEFAULT FALSE;
