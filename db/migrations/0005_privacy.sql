-- Secretariat schema, version 5: data protection.
-- Append-only once released: later changes go into new numbered files.

-- When a person's data was erased on their request (or for being stale): the row
-- stays, anonymised, so that event registrations still count; NULL for everyone else.
ALTER TABLE contacts ADD COLUMN erased_at TEXT;
