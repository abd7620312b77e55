-- Each section's legal basis (MySQL / MariaDB dialect of
-- ../sqlite/0007_section_basis.sql). LONGTEXT takes no literal default
-- before MySQL 8.0.13: the loader always writes `basis`, and rows written
-- before this migration get '[]' here.

ALTER TABLE sections ADD COLUMN basis LONGTEXT NULL;
UPDATE sections SET basis = '[]';
ALTER TABLE sections MODIFY basis LONGTEXT NOT NULL;
ALTER TABLE sections ADD COLUMN required BOOLEAN NOT NULL DEFAULT FALSE;
