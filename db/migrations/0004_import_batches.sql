-- Secretariat schema, version 4: imports and merges as batches that can be undone.
-- Append-only once released: later changes go into new numbered files.

-- One import of a file, or one merge of two records. Every audit entry written by it
-- carries its id (audit_log.batch_id), so that it can be listed, explained and undone.
CREATE TABLE import_batches (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('import', 'merge')),
    source      TEXT NOT NULL DEFAULT '',
    staff       TEXT NOT NULL,
    started_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    finished_at TEXT,
    summary     TEXT NOT NULL DEFAULT '{}',
    undone_at   TEXT,
    undone_by   TEXT
);

ALTER TABLE audit_log ADD COLUMN batch_id INTEGER REFERENCES import_batches (id);
CREATE INDEX audit_log_batch ON audit_log (batch_id);
