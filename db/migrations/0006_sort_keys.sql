-- Secretariat schema, version 6: sort keys, so that a list shows its first page
-- without sorting the whole table.
-- Append-only once released: later changes go into new numbered files.

-- A name as it sorts alphabetically (Ä with the A's, Ş with the S's, Łukasz with the
-- L's, no case): lower-case, accents taken off, ß, æ, œ, ø, ł and the like spelled
-- out, Greek and Cyrillic capitals made small; the same form as the program's own
-- alphabetical order (secretariat.domain.text.alphabetical_key) for every letter of
-- the Latin-1, Latin Extended-A, Greek and Cyrillic blocks. A contact's is the last
-- name, then char(1), then the first name, so that people of one surname follow their
-- first names. Plain SQL in the triggers (no function of the program), so rows written
-- with any SQLite tool get theirs too. The tables are kept beside the records, not in
-- them, so that no form, import or report meets them.

CREATE TABLE contacts_sort (
    contact_id INTEGER PRIMARY KEY,
    name       TEXT NOT NULL
);
CREATE INDEX contacts_sort_by_name ON contacts_sort (name);

CREATE TABLE organisations_sort (
    organisation_id INTEGER PRIMARY KEY,
    name            TEXT NOT NULL
);
CREATE INDEX organisations_sort_by_name ON organisations_sort (name);

-- A new key is written lower-cased (ASCII) and then folded letter by letter in steps
-- of 24 (an SQLite statement in a trigger takes only so many nested calls); a step
-- runs only where one of its letters occurs, names in plain ASCII skip them all.
CREATE TRIGGER contacts_sort_fold AFTER INSERT ON contacts_sort WHEN new.name GLOB '*[^ -~]*' BEGIN
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

CREATE TRIGGER organisations_sort_fold AFTER INSERT ON organisations_sort WHEN new.name GLOB '*[^ -~]*' BEGIN
    UPDATE organisations_sort SET name = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name, 'À', 'a'), 'Á', 'a'), 'Â', 'a'), 'Ã', 'a'), 'Ä', 'a'), 'Å', 'a'), 'Æ', 'ae'), 'Ç', 'c'), 'È', 'e'), 'É', 'e'), 'Ê', 'e'), 'Ë', 'e'), 'Ì', 'i'), 'Í', 'i'), 'Î', 'i'), 'Ï', 'i'), 'Ð', 'ð'), 'Ñ', 'n'), 'Ò', 'o'), 'Ó', 'o'), 'Ô', 'o'), 'Õ', 'o'), 'Ö', 'o'), 'Ø', 'o')
        WHERE organisation_id = new.organisation_id AND name GLOB '*[ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØ]*';
    UPDATE organisations_sort SET name = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name, 'Ù', 'u'), 'Ú', 'u'), 'Û', 'u'), 'Ü', 'u'), 'Ý', 'y'), 'Þ', 'th'), 'ß', 'ss'), 'à', 'a'), 'á', 'a'), 'â', 'a'), 'ã', 'a'), 'ä', 'a'), 'å', 'a'), 'æ', 'ae'), 'ç', 'c'), 'è', 'e'), 'é', 'e'), 'ê', 'e'), 'ë', 'e'), 'ì', 'i'), 'í', 'i'), 'î', 'i'), 'ï', 'i'), 'ñ', 'n')
        WHERE organisation_id = new.organisation_id AND name GLOB '*[ÙÚÛÜÝÞßàáâãäåæçèéêëìíîïñ]*';
    UPDATE organisations_sort SET name = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name, 'ò', 'o'), 'ó', 'o'), 'ô', 'o'), 'õ', 'o'), 'ö', 'o'), 'ø', 'o'), 'ù', 'u'), 'ú', 'u'), 'û', 'u'), 'ü', 'u'), 'ý', 'y'), 'þ', 'th'), 'ÿ', 'y'), 'Ā', 'a'), 'ā', 'a'), 'Ă', 'a'), 'ă', 'a'), 'Ą', 'a'), 'ą', 'a'), 'Ć', 'c'), 'ć', 'c'), 'Ĉ', 'c'), 'ĉ', 'c'), 'Ċ', 'c')
        WHERE organisation_id = new.organisation_id AND name GLOB '*[òóôõöøùúûüýþÿĀāĂăĄąĆćĈĉĊ]*';
    UPDATE organisations_sort SET name = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name, 'ċ', 'c'), 'Č', 'c'), 'č', 'c'), 'Ď', 'd'), 'ď', 'd'), 'Đ', 'd'), 'đ', 'd'), 'Ē', 'e'), 'ē', 'e'), 'Ĕ', 'e'), 'ĕ', 'e'), 'Ė', 'e'), 'ė', 'e'), 'Ę', 'e'), 'ę', 'e'), 'Ě', 'e'), 'ě', 'e'), 'Ĝ', 'g'), 'ĝ', 'g'), 'Ğ', 'g'), 'ğ', 'g'), 'Ġ', 'g'), 'ġ', 'g'), 'Ģ', 'g')
        WHERE organisation_id = new.organisation_id AND name GLOB '*[ċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢ]*';
    UPDATE organisations_sort SET name = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name, 'ģ', 'g'), 'Ĥ', 'h'), 'ĥ', 'h'), 'Ħ', 'ħ'), 'Ĩ', 'i'), 'ĩ', 'i'), 'Ī', 'i'), 'ī', 'i'), 'Ĭ', 'i'), 'ĭ', 'i'), 'Į', 'i'), 'į', 'i'), 'İ', 'i'), 'ı', 'i'), 'Ĳ', 'ij'), 'ĳ', 'ij'), 'Ĵ', 'j'), 'ĵ', 'j'), 'Ķ', 'k'), 'ķ', 'k'), 'Ĺ', 'l'), 'ĺ', 'l'), 'Ļ', 'l'), 'ļ', 'l')
        WHERE organisation_id = new.organisation_id AND name GLOB '*[ģĤĥĦĨĩĪīĬĭĮįİıĲĳĴĵĶķĹĺĻļ]*';
    UPDATE organisations_sort SET name = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name, 'Ľ', 'l'), 'ľ', 'l'), 'Ŀ', 'l·'), 'ŀ', 'l·'), 'Ł', 'l'), 'ł', 'l'), 'Ń', 'n'), 'ń', 'n'), 'Ņ', 'n'), 'ņ', 'n'), 'Ň', 'n'), 'ň', 'n'), 'ŉ', 'ʼn'), 'Ŋ', 'ŋ'), 'Ō', 'o'), 'ō', 'o'), 'Ŏ', 'o'), 'ŏ', 'o'), 'Ő', 'o'), 'ő', 'o'), 'Œ', 'oe'), 'œ', 'oe'), 'Ŕ', 'r'), 'ŕ', 'r')
        WHERE organisation_id = new.organisation_id AND name GLOB '*[ĽľĿŀŁłŃńŅņŇňŉŊŌōŎŏŐőŒœŔŕ]*';
    UPDATE organisations_sort SET name = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name, 'Ŗ', 'r'), 'ŗ', 'r'), 'Ř', 'r'), 'ř', 'r'), 'Ś', 's'), 'ś', 's'), 'Ŝ', 's'), 'ŝ', 's'), 'Ş', 's'), 'ş', 's'), 'Š', 's'), 'š', 's'), 'Ţ', 't'), 'ţ', 't'), 'Ť', 't'), 'ť', 't'), 'Ŧ', 'ŧ'), 'Ũ', 'u'), 'ũ', 'u'), 'Ū', 'u'), 'ū', 'u'), 'Ŭ', 'u'), 'ŭ', 'u'), 'Ů', 'u')
        WHERE organisation_id = new.organisation_id AND name GLOB '*[ŖŗŘřŚśŜŝŞşŠšŢţŤťŦŨũŪūŬŭŮ]*';
    UPDATE organisations_sort SET name = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name, 'ů', 'u'), 'Ű', 'u'), 'ű', 'u'), 'Ų', 'u'), 'ų', 'u'), 'Ŵ', 'w'), 'ŵ', 'w'), 'Ŷ', 'y'), 'ŷ', 'y'), 'Ÿ', 'y'), 'Ź', 'z'), 'ź', 'z'), 'Ż', 'z'), 'ż', 'z'), 'Ž', 'z'), 'ž', 'z'), 'ſ', 's'), 'Ș', 's'), 'ș', 's'), 'Ț', 't'), 'ț', 't'), 'Ά', 'α'), 'Έ', 'ε'), 'Ή', 'η')
        WHERE organisation_id = new.organisation_id AND name GLOB '*[ůŰűŲųŴŵŶŷŸŹźŻżŽžſȘșȚțΆΈΉ]*';
    UPDATE organisations_sort SET name = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name, 'Ί', 'ι'), 'Ό', 'ο'), 'Ύ', 'υ'), 'Ώ', 'ω'), 'ΐ', 'ι'), 'Α', 'α'), 'Β', 'β'), 'Γ', 'γ'), 'Δ', 'δ'), 'Ε', 'ε'), 'Ζ', 'ζ'), 'Η', 'η'), 'Θ', 'θ'), 'Ι', 'ι'), 'Κ', 'κ'), 'Λ', 'λ'), 'Μ', 'μ'), 'Ν', 'ν'), 'Ξ', 'ξ'), 'Ο', 'ο'), 'Π', 'π'), 'Ρ', 'ρ'), 'Σ', 'σ'), 'Τ', 'τ')
        WHERE organisation_id = new.organisation_id AND name GLOB '*[ΊΌΎΏΐΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤ]*';
    UPDATE organisations_sort SET name = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name, 'Υ', 'υ'), 'Φ', 'φ'), 'Χ', 'χ'), 'Ψ', 'ψ'), 'Ω', 'ω'), 'Ϊ', 'ι'), 'Ϋ', 'υ'), 'ά', 'α'), 'έ', 'ε'), 'ή', 'η'), 'ί', 'ι'), 'ΰ', 'υ'), 'ς', 'σ'), 'ϊ', 'ι'), 'ϋ', 'υ'), 'ό', 'ο'), 'ύ', 'υ'), 'ώ', 'ω'), 'Ѐ', 'е'), 'Ё', 'е'), 'Ђ', 'ђ'), 'Ѓ', 'г'), 'Є', 'є'), 'Ѕ', 'ѕ')
        WHERE organisation_id = new.organisation_id AND name GLOB '*[ΥΦΧΨΩΪΫάέήίΰςϊϋόύώЀЁЂЃЄЅ]*';
    UPDATE organisations_sort SET name = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name, 'І', 'і'), 'Ї', 'і'), 'Ј', 'ј'), 'Љ', 'љ'), 'Њ', 'њ'), 'Ћ', 'ћ'), 'Ќ', 'к'), 'Ѝ', 'и'), 'Ў', 'у'), 'Џ', 'џ'), 'А', 'а'), 'Б', 'б'), 'В', 'в'), 'Г', 'г'), 'Д', 'д'), 'Е', 'е'), 'Ж', 'ж'), 'З', 'з'), 'И', 'и'), 'Й', 'и'), 'К', 'к'), 'Л', 'л'), 'М', 'м'), 'Н', 'н')
        WHERE organisation_id = new.organisation_id AND name GLOB '*[ІЇЈЉЊЋЌЍЎЏАБВГДЕЖЗИЙКЛМН]*';
    UPDATE organisations_sort SET name = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name, 'О', 'о'), 'П', 'п'), 'Р', 'р'), 'С', 'с'), 'Т', 'т'), 'У', 'у'), 'Ф', 'ф'), 'Х', 'х'), 'Ц', 'ц'), 'Ч', 'ч'), 'Ш', 'ш'), 'Щ', 'щ'), 'Ъ', 'ъ'), 'Ы', 'ы'), 'Ь', 'ь'), 'Э', 'э'), 'Ю', 'ю'), 'Я', 'я'), 'й', 'и'), 'ѐ', 'е'), 'ё', 'е'), 'ѓ', 'г'), 'ї', 'і'), 'ќ', 'к')
        WHERE organisation_id = new.organisation_id AND name GLOB '*[ОПРСТУФХЦЧШЩЪЫЬЭЮЯйѐёѓїќ]*';
    UPDATE organisations_sort SET name = replace(replace(name, 'ѝ', 'и'), 'ў', 'у')
        WHERE organisation_id = new.organisation_id AND name GLOB '*[ѝў]*';
END;

CREATE TRIGGER contacts_sort_insert AFTER INSERT ON contacts BEGIN
    INSERT OR REPLACE INTO contacts_sort (contact_id, name) VALUES (new.id, lower(coalesce(new.last_name, '')) || char(1) || lower(coalesce(new.first_name, '')));
END;
CREATE TRIGGER contacts_sort_update AFTER UPDATE OF last_name, first_name ON contacts BEGIN
    INSERT OR REPLACE INTO contacts_sort (contact_id, name) VALUES (new.id, lower(coalesce(new.last_name, '')) || char(1) || lower(coalesce(new.first_name, '')));
END;
CREATE TRIGGER contacts_sort_delete AFTER DELETE ON contacts BEGIN
    DELETE FROM contacts_sort WHERE contact_id = old.id;
END;

CREATE TRIGGER organisations_sort_insert AFTER INSERT ON organisations BEGIN
    INSERT OR REPLACE INTO organisations_sort (organisation_id, name) VALUES (new.id, lower(coalesce(new.name, '')));
END;
CREATE TRIGGER organisations_sort_update AFTER UPDATE OF name ON organisations BEGIN
    INSERT OR REPLACE INTO organisations_sort (organisation_id, name) VALUES (new.id, lower(coalesce(new.name, '')));
END;
CREATE TRIGGER organisations_sort_delete AFTER DELETE ON organisations BEGIN
    DELETE FROM organisations_sort WHERE organisation_id = old.id;
END;

-- the records already there
INSERT INTO contacts_sort (contact_id, name) SELECT id, lower(coalesce(last_name, '')) || char(1) || lower(coalesce(first_name, '')) FROM contacts;
INSERT INTO organisations_sort (organisation_id, name) SELECT id, lower(coalesce(name, '')) FROM organisations;

-- The contacts' search index again, now with indexes of the words' first one, two and
-- three letters: "m" or "mü" typed into the search then finds its thousands of people
-- from one list instead of merging the lists of every word that begins so. The
-- triggers of version 2 keep writing it (they name it, not its shape).
DROP TABLE contacts_search;
CREATE VIRTUAL TABLE contacts_search USING fts5 (body, alt, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
INSERT INTO contacts_search (rowid, body, alt) SELECT id, t, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ß', 'ss'), 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'æ', 'ae'), 'Æ', 'Ae'), 'œ', 'oe')
    FROM (SELECT contacts.id AS id, (coalesce(contacts.title, '') || ' ' || coalesce(contacts.first_name, '') || ' ' || coalesce(contacts.last_name, '') || ' ' || coalesce(contacts.position, '') || ' ' || coalesce(contacts.email, '') || ' ' || coalesce((SELECT name FROM organisations WHERE organisations.id = contacts.organisation_id), '')) AS t FROM contacts);
