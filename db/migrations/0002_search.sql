-- Secretariat schema, version 2: full-text search over organisations, contacts,
-- products and events, filled from the rows already there.

-- Full-text search. Each index holds the searchable text of one row (body) and the
-- same text with German umlauts spelled out and the letters that carry no separable
-- accent folded (alt: "Müller" -> "Mueller", "Łukasz" -> "Lukasz"), so that "muller",
-- "müller", "mueller" and "mül" all find Müller, and "lukasz" finds Łukasz. Triggers keep them in step,
-- so edits made with any SQLite tool are indexed too.

CREATE VIRTUAL TABLE organisations_search USING fts5 (body, alt, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE contacts_search USING fts5 (body, alt, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE products_search USING fts5 (body, alt, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE events_search USING fts5 (body, alt, tokenize = 'unicode61 remove_diacritics 2');

-- organisations
CREATE TRIGGER organisations_search_insert AFTER INSERT ON organisations BEGIN
    INSERT INTO organisations_search (rowid, body, alt) SELECT new.id, t, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ß', 'ss'), 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'æ', 'ae'), 'Æ', 'Ae'), 'œ', 'oe')
    FROM (SELECT (coalesce(new.name, '') || ' ' || coalesce(new.sector, '') || ' ' || coalesce(new.city, '') || ' ' || coalesce(new.postcode, '') || ' ' || coalesce(new.description, '') || ' ' || coalesce(new.website, '') || ' ' || coalesce(new.email, '')) AS t);
END;
CREATE TRIGGER organisations_search_update AFTER UPDATE ON organisations BEGIN
    DELETE FROM organisations_search WHERE rowid = old.id;
    INSERT INTO organisations_search (rowid, body, alt) SELECT new.id, t, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ß', 'ss'), 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'æ', 'ae'), 'Æ', 'Ae'), 'œ', 'oe')
    FROM (SELECT (coalesce(new.name, '') || ' ' || coalesce(new.sector, '') || ' ' || coalesce(new.city, '') || ' ' || coalesce(new.postcode, '') || ' ' || coalesce(new.description, '') || ' ' || coalesce(new.website, '') || ' ' || coalesce(new.email, '')) AS t);
END;
CREATE TRIGGER organisations_search_delete AFTER DELETE ON organisations BEGIN
    DELETE FROM organisations_search WHERE rowid = old.id;
END;

-- contacts (with their organisation's name, so "Siemens" finds its people)
CREATE TRIGGER contacts_search_insert AFTER INSERT ON contacts BEGIN
    INSERT INTO contacts_search (rowid, body, alt) SELECT new.id, t, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ß', 'ss'), 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'æ', 'ae'), 'Æ', 'Ae'), 'œ', 'oe')
    FROM (SELECT (coalesce(new.title, '') || ' ' || coalesce(new.first_name, '') || ' ' || coalesce(new.last_name, '') || ' ' || coalesce(new.position, '') || ' ' || coalesce(new.email, '') || ' ' || coalesce((SELECT name FROM organisations WHERE id = new.organisation_id), '')) AS t);
END;
CREATE TRIGGER contacts_search_update AFTER UPDATE ON contacts BEGIN
    DELETE FROM contacts_search WHERE rowid = old.id;
    INSERT INTO contacts_search (rowid, body, alt) SELECT new.id, t, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ß', 'ss'), 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'æ', 'ae'), 'Æ', 'Ae'), 'œ', 'oe')
    FROM (SELECT (coalesce(new.title, '') || ' ' || coalesce(new.first_name, '') || ' ' || coalesce(new.last_name, '') || ' ' || coalesce(new.position, '') || ' ' || coalesce(new.email, '') || ' ' || coalesce((SELECT name FROM organisations WHERE id = new.organisation_id), '')) AS t);
END;
CREATE TRIGGER contacts_search_delete AFTER DELETE ON contacts BEGIN
    DELETE FROM contacts_search WHERE rowid = old.id;
END;
CREATE TRIGGER contacts_search_organisation_renamed AFTER UPDATE OF name ON organisations BEGIN
    DELETE FROM contacts_search WHERE rowid IN (SELECT id FROM contacts WHERE organisation_id = new.id);
    INSERT INTO contacts_search (rowid, body, alt) SELECT id, t, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ß', 'ss'), 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'æ', 'ae'), 'Æ', 'Ae'), 'œ', 'oe')
    FROM (SELECT c.id, (coalesce(c.title, '') || ' ' || coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '') || ' ' || coalesce(c.position, '') || ' ' || coalesce(c.email, '') || ' ' || coalesce(new.name, '')) AS t
          FROM contacts AS c WHERE c.organisation_id = new.id);
END;

-- products
CREATE TRIGGER products_search_insert AFTER INSERT ON products BEGIN
    INSERT INTO products_search (rowid, body, alt) SELECT new.id, t, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ß', 'ss'), 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'æ', 'ae'), 'Æ', 'Ae'), 'œ', 'oe')
    FROM (SELECT (coalesce(new.name, '') || ' ' || coalesce(new.category, '') || ' ' || coalesce(new.keywords, '') || ' ' || coalesce(new.description, '')) AS t);
END;
CREATE TRIGGER products_search_update AFTER UPDATE ON products BEGIN
    DELETE FROM products_search WHERE rowid = old.id;
    INSERT INTO products_search (rowid, body, alt) SELECT new.id, t, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ß', 'ss'), 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'æ', 'ae'), 'Æ', 'Ae'), 'œ', 'oe')
    FROM (SELECT (coalesce(new.name, '') || ' ' || coalesce(new.category, '') || ' ' || coalesce(new.keywords, '') || ' ' || coalesce(new.description, '')) AS t);
END;
CREATE TRIGGER products_search_delete AFTER DELETE ON products BEGIN
    DELETE FROM products_search WHERE rowid = old.id;
END;

-- events
CREATE TRIGGER events_search_insert AFTER INSERT ON events BEGIN
    INSERT INTO events_search (rowid, body, alt) SELECT new.id, t, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ß', 'ss'), 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'æ', 'ae'), 'Æ', 'Ae'), 'œ', 'oe')
    FROM (SELECT (coalesce(new.title, '') || ' ' || coalesce(new.room, '') || ' ' || coalesce(new.description, '')) AS t);
END;
CREATE TRIGGER events_search_update AFTER UPDATE ON events BEGIN
    DELETE FROM events_search WHERE rowid = old.id;
    INSERT INTO events_search (rowid, body, alt) SELECT new.id, t, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ß', 'ss'), 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'æ', 'ae'), 'Æ', 'Ae'), 'œ', 'oe')
    FROM (SELECT (coalesce(new.title, '') || ' ' || coalesce(new.room, '') || ' ' || coalesce(new.description, '')) AS t);
END;
CREATE TRIGGER events_search_delete AFTER DELETE ON events BEGIN
    DELETE FROM events_search WHERE rowid = old.id;
END;

-- Index what version 1 already holds.
INSERT INTO organisations_search (rowid, body, alt) SELECT id, t, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ß', 'ss'), 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'æ', 'ae'), 'Æ', 'Ae'), 'œ', 'oe')
FROM (SELECT id, (coalesce(name, '') || ' ' || coalesce(sector, '') || ' ' || coalesce(city, '') || ' ' || coalesce(postcode, '') || ' ' || coalesce(description, '') || ' ' || coalesce(website, '') || ' ' || coalesce(email, '')) AS t FROM organisations);
INSERT INTO contacts_search (rowid, body, alt) SELECT id, t, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ß', 'ss'), 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'æ', 'ae'), 'Æ', 'Ae'), 'œ', 'oe')
FROM (SELECT c.id, (coalesce(c.title, '') || ' ' || coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '') || ' ' || coalesce(c.position, '') || ' ' || coalesce(c.email, '') || ' ' || coalesce(o.name, '')) AS t
      FROM contacts AS c LEFT JOIN organisations AS o ON o.id = c.organisation_id);
INSERT INTO products_search (rowid, body, alt) SELECT id, t, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ß', 'ss'), 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'æ', 'ae'), 'Æ', 'Ae'), 'œ', 'oe')
FROM (SELECT id, (coalesce(name, '') || ' ' || coalesce(category, '') || ' ' || coalesce(keywords, '') || ' ' || coalesce(description, '')) AS t FROM products);
INSERT INTO events_search (rowid, body, alt) SELECT id, t, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ß', 'ss'), 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'æ', 'ae'), 'Æ', 'Ae'), 'œ', 'oe')
FROM (SELECT id, (coalesce(title, '') || ' ' || coalesce(room, '') || ' ' || coalesce(description, '')) AS t FROM events);
