-- Each section's legal basis (PostgreSQL dialect of
-- ../sqlite/0007_section_basis.sql).

ALTER TABLE sections ADD COLUMN basis TEXT NOT NULL DEFAULT '[]';
ALTER TABLE sections ADD COLUMN required BOOLEAN NOT NULL DEFAULT FALSE;
