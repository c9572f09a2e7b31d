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

-- A contact's sort key holds char(1) between the names, which made every key look
-- folded-worthy to the fold of version 6: its steps ran (and found nothing to fold)
-- for every contact. The same fold, for the keys with a letter beyond ASCII only.
DROP TRIGGER contacts_sort_fold;
CREATE TRIGGER contacts_sort_fold AFTER INSERT ON contacts_sort WHEN new.name GLOB '*[^' || char(1) || ' -~]*' BEGIN
    UPDATE contacts_sort SET name = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name, 'À', 'a'), 'Á', 'a'), 'Â', 'a'), 'Ã', 'a'), 'Ä', 'a'), 'Å', 'a'), 'Æ', 'ae'), 'Ç', 'c'), 'È', 'e'), 'É', 'e'), 'Ê', 'e'), 'Ë', 'e'), 'Ì', 'i'), 'Í', 'i'), 'Î', 'i'), 'Ï', 'i'), 'Ð', 'ð'), 'Ñ', 'n'), 'Ò', 'o'), 'Ó', 'o'), 'Ô', 'o'), 'Õ', 'o'), 'Ö', 'o'), 'Ø', 'o')
        WHERE contact_id = new.contact_id AND name GLOB '*[ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØ]*';
    UPDATE contacts_sort SET name = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name, 'Ù', 'u'), 'Ú', 'u'), 'Û', 'u'), 'Ü', 'u'), 'Ý', 'y'), 'Þ', 'th'), 'ß', 'ss'), 'à', 'a'), 'á', 'a'), 'â', 'a'), 'ã', 'a'), 'ä', 'a'), 'å', 'a'), 'æ', 'ae'), 'ç', 'c'), 'è', 'e'), 'é', 'e'), 'ê', 'e'), 'ë', 'e'), 'ì', 'i'), 'í', 'i'), 'î', 'i'), 'ï', 'i'), 'ñ', 'n')
        WHERE contact_id = new.contact_id AND name GLOB '*[ÙÚÛÜÝÞßàáâãäåæçèéêëìíîïñ]*';
    UPDATE contacts_sort SET name = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name, 'ò', 'o'), 'ó', 'o'), 'ô', 'o'), 'õ', 'o'), 'ö', 'o'), 'ø', 'o'), 'ù', 'u'), 'ú', 'u'), 'û', 'u'), 'ü', 'u'), 'ý', 'y'), 'þ', 'th'), 'ÿ', 'y'), 'Ā', 'a'), 'ā', 'a'), 'Ă', 'a'), 'ă', 'a'), 'Ą', 'a'), 'ą', 'a'), 'Ć', 'c'), 'ć', 'c'), 'Ĉ', 'c'), 'ĉ', 'c'), 'Ċ', 'c')
        WHERE contact_id = new.contact_id AND name GLOB '*[òóôõöøùúûüýþÿĀāĂăĄąĆćĈĉĊ]*';
    UPDATE contacts_sort SET name = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name, 'ċ', 'c'), 'Č', 'c'), 'č', 'c'), 'Ď', 'd'), 'ď', 'd'), 'Đ', 'd'), 'đ', 'd'), 'Ē', 'e'), 'ē', 'e'), 'Ĕ', 'e'), 'ĕ', 'e'), 'Ė', 'e'), 'ė', 'e'), 'Ę', 'e'), 'ę', 'e'), 'Ě', 'e'), 'ě', 'e'), 'Ĝ', 'g'), 'ĝ', 'g'), 'Ğ', 'g'), 'ğ', 'g'), 'Ġ', 'g'), 'ġ', 'g'), 'Ģ', 'g')
        WHERE contact_id = new.contact_id AND name GLOB '*[ċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢ]*';
    UPDATE contacts_sort SET name = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name, 'ģ', 'g'), 'Ĥ', 'h'), 'ĥ', 'h'), 'Ħ', 'ħ'), 'Ĩ', 'i'), 'ĩ', 'i'), 'Ī', 'i'), 'ī', 'i'), 'Ĭ', 'i'), 'ĭ', 'i'), 'Į', 'i'), 'į', 'i'), 'İ', 'i'), 'ı', 'i'), 'Ĳ', 'ij'), 'ĳ', 'ij'), 'Ĵ', 'j'), 'ĵ', 'j'), 'Ķ', 'k'), 'ķ', 'k'), 'Ĺ', 'l'), 'ĺ', 'l'), 'Ļ', 'l'), 'ļ', 'l')
        WHERE contact_id = new.contact_id AND name GLOB '*[ģĤĥĦĨĩĪīĬĭĮįİıĲĳĴĵĶķĹĺĻļ]*';
    UPDATE contacts_sort SET name = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name, 'Ľ', 'l'), 'ľ', 'l'), 'Ŀ', 'l·'), 'ŀ', 'l·'), 'Ł', 'l'), 'ł', 'l'), 'Ń', 'n'), 'ń', 'n'), 'Ņ', 'n'), 'ņ', 'n'), 'Ň', 'n'), 'ň', 'n'), 'ŉ', 'ʼn'), 'Ŋ', 'ŋ'), 'Ō', 'o'), 'ō', 'o'), 'Ŏ', 'o'), 'ŏ', 'o'), 'Ő', 'o'), 'ő', 'o'), 'Œ', 'oe'), 'œ', 'oe'), 'Ŕ', 'r'), 'ŕ', 'r')
        WHERE contact_id = new.contact_id AND name GLOB '*[ĽľĿŀŁłŃńŅņŇňŉŊŌōŎŏŐőŒœŔŕ]*';
    UPDATE contacts_sort SET name = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name, 'Ŗ', 'r'), 'ŗ', 'r'), 'Ř', 'r'), 'ř', 'r'), 'Ś', 's'), 'ś', 's'), 'Ŝ', 's'), 'ŝ', 's'), 'Ş', 's'), 'ş', 's'), 'Š', 's'), 'š', 's'), 'Ţ', 't'), 'ţ', 't'), 'Ť', 't'), 'ť', 't'), 'Ŧ', 'ŧ'), 'Ũ', 'u'), 'ũ', 'u'), 'Ū', 'u'), 'ū', 'u'), 'Ŭ', 'u'), 'ŭ', 'u'), 'Ů', 'u')
        WHERE contact_id = new.contact_id AND name GLOB '*[ŖŗŘřŚśŜŝŞşŠšŢţŤťŦŨũŪūŬŭŮ]*';
    UPDATE contacts_sort SET name = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name, 'ů', 'u'), 'Ű', 'u'), 'ű', 'u'), 'Ų', 'u'), 'ų', 'u'), 'Ŵ', 'w'), 'ŵ', 'w'), 'Ŷ', 'y'), 'ŷ', 'y'), 'Ÿ', 'y'), 'Ź', 'z'), 'ź', 'z'), 'Ż', 'z'), 'ż', 'z'), 'Ž', 'z'), 'ž', 'z'), 'ſ', 's'), 'Ș', 's'), 'ș', 's'), 'Ț', 't'), 'ț', 't'), 'Ά', 'α'), 'Έ', 'ε'), 'Ή', 'η')
        WHERE contact_id = new.contact_id AND name GLOB '*[ůŰűŲųŴŵŶŷŸŹźŻżŽžſȘșȚțΆΈΉ]*';
    UPDATE contacts_sort SET name = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name, 'Ί', 'ι'), 'Ό', 'ο'), 'Ύ', 'υ'), 'Ώ', 'ω'), 'ΐ', 'ι'), 'Α', 'α'), 'Β', 'β'), 'Γ', 'γ'), 'Δ', 'δ'), 'Ε', 'ε'), 'Ζ', 'ζ'), 'Η', 'η'), 'Θ', 'θ'), 'Ι', 'ι'), 'Κ', 'κ'), 'Λ', 'λ'), 'Μ', 'μ'), 'Ν', 'ν'), 'Ξ', 'ξ'), 'Ο', 'ο'), 'Π', 'π'), 'Ρ', 'ρ'), 'Σ', 'σ'), 'Τ', 'τ')
        WHERE contact_id = new.contact_id AND name GLOB '*[ΊΌΎΏΐΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤ]*';
    UPDATE contacts_sort SET name = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name, 'Υ', 'υ'), 'Φ', 'φ'), 'Χ', 'χ'), 'Ψ', 'ψ'), 'Ω', 'ω'), 'Ϊ', 'ι'), 'Ϋ', 'υ'), 'ά', 'α'), 'έ', 'ε'), 'ή', 'η'), 'ί', 'ι'), 'ΰ', 'υ'), 'ς', 'σ'), 'ϊ', 'ι'), 'ϋ', 'υ'), 'ό', 'ο'), 'ύ', 'υ'), 'ώ', 'ω'), 'Ѐ', 'е'), 'Ё', 'е'), 'Ђ', 'ђ'), 'Ѓ', 'г'), 'Є', 'є'), 'Ѕ', 'ѕ')
        WHERE contact_id = new.contact_id AND name GLOB '*[ΥΦΧΨΩΪΫάέήίΰςϊϋόύώЀЁЂЃЄЅ]*';
    UPDATE contacts_sort SET name = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name, 'І', 'і'), 'Ї', 'і'), 'Ј', 'ј'), 'Љ', 'љ'), 'Њ', 'њ'), 'Ћ', 'ћ'), 'Ќ', 'к'), 'Ѝ', 'и'), 'Ў', 'у'), 'Џ', 'џ'), 'А', 'а'), 'Б', 'б'), 'В', 'в'), 'Г', 'г'), 'Д', 'д'), 'Е', 'е'), 'Ж', 'ж'), 'З', 'з'), 'И', 'и'), 'Й', 'и'), 'К', 'к'), 'Л', 'л'), 'М', 'м'), 'Н', 'н')
        WHERE contact_id = new.contact_id AND name GLOB '*[ІЇЈЉЊЋЌЍЎЏАБВГДЕЖЗИЙКЛМН]*';
    UPDATE contacts_sort SET name = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name, 'О', 'о'), 'П', 'п'), 'Р', 'р'), 'С', 'с'), 'Т', 'т'), 'У', 'у'), 'Ф', 'ф'), 'Х', 'х'), 'Ц', 'ц'), 'Ч', 'ч'), 'Ш', 'ш'), 'Щ', 'щ'), 'Ъ', 'ъ'), 'Ы', 'ы'), 'Ь', 'ь'), 'Э', 'э'), 'Ю', 'ю'), 'Я', 'я'), 'й', 'и'), 'ѐ', 'е'), 'ё', 'е'), 'ѓ', 'г'), 'ї', 'і'), 'ќ', 'к')
        WHERE contact_id = new.contact_id AND name GLOB '*[ОПРСТУФХЦЧШЩЪЫЬЭЮЯйѐёѓїќ]*';
    UPDATE contacts_sort SET name = replace(replace(name, 'ѝ', 'и'), 'ў', 'у')
        WHERE contact_id = new.contact_id AND name GLOB '*[ѝў]*';
END;
