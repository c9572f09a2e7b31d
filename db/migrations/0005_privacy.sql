-- Secretariat schema, version 5: data protection.
-- Append-only once released: later changes go into new numbered files.

-- The people whose data was erased on their request (or for having been inactive
-- too long), and when. Their contact row stays, anonymised, so that the events they
-- registered for still count them.
CREATE TABLE erasures (
    contact_id INTEGER PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
    erased_at  TEXT NOT NULL
);
