-- Secretariat schema, version 3: the staff on duty at an event.
-- Append-only once released: later changes go into new numbered files.

CREATE TABLE event_staff (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, staff_id)
);
CREATE INDEX event_staff_staff ON event_staff (staff_id);
