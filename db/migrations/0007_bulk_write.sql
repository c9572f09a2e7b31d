-- Secretariat schema, version 7: an import writes its new records first and indexes
-- them afterwards, all at once.
-- Append-only once released: later changes go into new numbered files.

-- While an import writes its rows, this table holds one row, saying where the new
-- records begin (the largest id there was before). The search index and sort key
-- triggers of new contacts and organisations then stand aside, and the import fills
-- both for exactly the new records with one statement each, from the views below,
-- before it takes the row out again; all in the import's one transaction, so that no
-- one ever sees a record without its index entries, and a cancelled or failed import
-- leaves nothing behind. Outside an import the table is empty and every row written,
-- by the program or any SQLite tool, is indexed by its trigger as before.
CREATE TABLE bulk_write (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    contacts_after      INTEGER NOT NULL,
    organisations_after INTEGER NOT NULL
);

-- What the search index and the sort keys hold for each record: the same expressions
-- as the triggers of versions 2 and 6 and their fills of the rows already there.
CREATE VIEW organisations_search_rows AS SELECT id, t AS body, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ß', 'ss'), 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'æ', 'ae'), 'Æ', 'Ae'), 'œ', 'oe') AS alt
FROM (SELECT id, (coalesce(name, '') || ' ' || coalesce(sector, '') || ' ' || coalesce(city, '') || ' ' || coalesce(postcode, '') || ' ' || coalesce(description, '') || ' ' || coalesce(website, '') || ' ' || coalesce(email, '')) AS t FROM organisations);
CREATE VIEW contacts_search_rows AS SELECT id, t AS body, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ß', 'ss'), 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'æ', 'ae'), 'Æ', 'Ae'), 'œ', 'oe') AS alt
    FROM (SELECT contacts.id AS id, (coalesce(contacts.title, '') || ' ' || coalesce(contacts.first_name, '') || ' ' || coalesce(contacts.last_name, '') || ' ' || coalesce(contacts.position, '') || ' ' || coalesce(contacts.email, '') || ' ' || coalesce((SELECT name FROM organisations WHERE organisations.id = contacts.organisation_id), '')) AS t FROM contacts);
CREATE VIEW contacts_sort_keys AS SELECT id AS contact_id, lower(coalesce(last_name, '')) || char(1) || lower(coalesce(first_name, '')) AS name FROM contacts;
CREATE VIEW organisations_sort_keys AS SELECT id AS organisation_id, lower(coalesce(name, '')) AS name FROM organisations;

-- The triggers of new records, as in versions 2 and 6, standing aside during an import.
DROP TRIGGER organisations_search_insert;
CREATE TRIGGER organisations_search_insert AFTER INSERT ON organisations WHEN NOT EXISTS (SELECT 1 FROM bulk_write) BEGIN
    INSERT INTO organisations_search (rowid, body, alt) SELECT new.id, t, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ß', 'ss'), 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'æ', 'ae'), 'Æ', 'Ae'), 'œ', 'oe')
    FROM (SELECT (coalesce(new.name, '') || ' ' || coalesce(new.sector, '') || ' ' || coalesce(new.city, '') || ' ' || coalesce(new.postcode, '') || ' ' || coalesce(new.description, '') || ' ' || coalesce(new.website, '') || ' ' || coalesce(new.email, '')) AS t);
END;
DROP TRIGGER contacts_search_insert;
CREATE TRIGGER contacts_search_insert AFTER INSERT ON contacts WHEN NOT EXISTS (SELECT 1 FROM bulk_write) BEGIN
    INSERT INTO contacts_search (rowid, body, alt) SELECT new.id, t, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ß', 'ss'), 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'æ', 'ae'), 'Æ', 'Ae'), 'œ', 'oe')
    FROM (SELECT (coalesce(new.title, '') || ' ' || coalesce(new.first_name, '') || ' ' || coalesce(new.last_name, '') || ' ' || coalesce(new.position, '') || ' ' || coalesce(new.email, '') || ' ' || coalesce((SELECT name FROM organisations WHERE id = new.organisation_id), '')) AS t);
END;
DROP TRIGGER organisations_sort_insert;
CREATE TRIGGER organisations_sort_insert AFTER INSERT ON organisations WHEN NOT EXISTS (SELECT 1 FROM bulk_write) BEGIN
    INSERT OR REPLACE INTO organisations_sort (organisation_id, name) VALUES (new.id, lower(coalesce(new.name, '')));
END;
DROP TRIGGER contacts_sort_insert;
CREATE TRIGGER contacts_sort_insert AFTER INSERT ON contacts WHEN NOT EXISTS (SELECT 1 FROM bulk_write) BEGIN
    INSERT OR REPLACE INTO contacts_sort (contact_id, name) VALUES (new.id, lower(coalesce(new.last_name, '')) || char(1) || lower(coalesce(new.first_name, '')));
END;
