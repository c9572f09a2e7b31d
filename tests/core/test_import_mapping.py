"""Column mapping for the import: suggested for real exports (Outlook, Google,
Thunderbird, German Excel, vCards, this program's own directory), changed, saved,
reused and applied."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from secretariat.demo import build_demo
from secretariat.domain.records import CONTACT, ORGANISATION
from secretariat.exports.directory_tables import (
    CONTACT_COLUMNS,
    CSV_HEADERS,
    ORGANISATION_COLUMNS,
    MemberDirectoryCsv,
    MemberDirectoryXlsx,
)
from secretariat.imports.headers import KNOWN_SPELLINGS, normalise
from secretariat.imports.mapping import (
    TARGET_LABELS,
    ColumnMapping,
    MappingError,
    suggest,
    target_keys,
    targets,
)
from secretariat.imports.readers import read_file
from secretariat.imports.rows import SourceRow, SourceTable
from secretariat.store import ClusterDatabase

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
FORMATS = CORPUS / "formats"
TODAY = date(2026, 11, 1)
PERSON_HEADERS = {c.header for c in CONTACT_COLUMNS[1:]}


def corpus_file(name: str) -> Path:
    path = FORMATS / name
    if not path.is_file():
        pytest.skip(f"the shared test corpus is not at {FORMATS}")
    return path


def mapped(mapping: ColumnMapping) -> dict[str, str]:
    """header → target for the mapped columns."""
    return {h: t for h, t in zip(mapping.headers, mapping.targets, strict=True) if t}


def table_of(headers: tuple[str, ...], *rows: tuple[str, ...]) -> SourceTable:
    return SourceTable("test", headers, tuple(SourceRow(n, r) for n, r in enumerate(rows, start=2)))


# -- targets ------------------------------------------------------------------------


def test_every_field_has_a_target_and_a_label():
    organisations = target_keys("organisations")
    contacts = target_keys("contacts")
    for field in ORGANISATION.fields:
        assert f"organisation.{field.name}" in organisations
    for field in CONTACT.fields:
        if field.name != "organisation_id":
            assert f"contact.{field.name}" in contacts
            assert f"contact.{field.name}" not in organisations  # planning keeps no person
    for key in ("contact.full_name", "contact.consent_directory"):
        assert key in contacts
    for key in (
        "organisation.name",
        "organisation.street",
        "organisation.postcode",
        "organisation.city",
        "organisation.website",
        "organisation.phone",
        "organisation.email",
    ):
        assert key in contacts
    assert "organisation.sector" not in contacts
    assert all(TARGET_LABELS[key] for key in organisations + contacts)
    labels = {t.key: t.label for t in targets("contacts")}
    assert labels["contact.email"] == "Contact: E-mail"
    assert labels["organisation.name"] == "Organisation: Name"
    with pytest.raises(ValueError):
        targets("events")


def test_known_headers_point_to_real_targets():
    every = set(target_keys("organisations")) | set(target_keys("contacts"))
    for spelling, target in KNOWN_SPELLINGS.items():
        assert spelling == normalise(spelling)
        assert target in every or target.startswith("*."), (spelling, target)


# -- real exports -------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["excel_de_ansi_semicolon.csv", "excel_de_utf8bom_semicolon.csv", "excel_sep_hint.csv"],
)
def test_german_member_list(name):
    table = read_file(corpus_file(name))
    mapping = suggest(table.headers, "contacts")
    assert mapped(mapping) == {
        "Organisation": "organisation.name",
        "Vorname": "contact.first_name",
        "Nachname": "contact.last_name",
        "PLZ": "organisation.postcode",
    }
    rows = mapping.apply(table)
    assert rows[0].number == 2
    assert dict(rows[0].values) == {
        "organisation.name": "Müller & Söhne GmbH",
        "contact.first_name": "Jürgen",
        "contact.last_name": "Straßer",
        "organisation.postcode": "01067",
    }
    organisations = suggest(table.headers, "organisations")
    assert mapped(organisations)["Eintritt"] == "organisation.member_since"
    assert organisations.apply(table)[1].values["organisation.name"] == (
        'Bäckerei "Zum Korn"; Filiale 2'
    )


def test_outlook_english():
    table = read_file(corpus_file("outlook_en_cp1252.csv"))
    mapping = suggest(table.headers, "contacts")
    expected = {
        "Title": "contact.title",
        "First Name": "contact.first_name",
        "Last Name": "contact.last_name",
        "Company": "organisation.name",
        "Job Title": "contact.position",
        "Business Street": "organisation.street",
        "Business City": "organisation.city",
        "Business Postal Code": "organisation.postcode",
        "Business Country/Region": "organisation.country",
        "Business Phone": "contact.phone",
        "Company Main Phone": "organisation.phone",
        "Mobile Phone": "contact.mobile",
        "E-mail Address": "contact.email",
        "Notes": "contact.notes",
        "Web Page": "organisation.website",
    }
    found = mapped(mapping)
    assert {h: found.get(h) for h in expected} == expected
    for ignored in (
        "Business Fax",
        "Home Phone",
        "E-mail 2 Address",
        "E-mail Display Name",
        "E-mail Type",
        "Home Street",
        "Home City",
        "Other Phone",
        "Birthday",
    ):
        assert ignored not in found
    values = mapping.apply(table)[0].values
    assert values["organisation.street"] == "Hauptstr. 1\nHinterhaus"
    assert values["contact.email"] == "js@example.org"
    assert values["contact.notes"] == "Zeile 1\nZeile 2"
    assert values["organisation.name"] == "Müller & Söhne GmbH"


def test_outlook_german():
    table = read_file(corpus_file("outlook_de_cp1252.csv"))
    found = mapped(suggest(table.headers, "contacts"))
    expected = {
        "Anrede": "contact.salutation",
        "Vorname": "contact.first_name",
        "Nachname": "contact.last_name",
        "Firma": "organisation.name",
        "Position": "contact.position",
        "Straße geschäftlich": "organisation.street",
        "Ort geschäftlich": "organisation.city",
        "Postleitzahl geschäftlich": "organisation.postcode",
        "Land/Region geschäftlich": "organisation.country",
        "Telefon geschäftlich": "contact.phone",
        "Telefon Firma": "organisation.phone",
        "Mobiltelefon": "contact.mobile",
        "E-Mail-Adresse": "contact.email",
        "Notizen": "contact.notes",
        "Webseite": "organisation.website",
    }
    assert {h: found.get(h) for h in expected} == expected
    for ignored in (
        "Ort",
        "E-Mail 2: Adresse",
        "E-Mail-Typ",
        "Fax geschäftlich",
        "Telefon privat",
        "Straße privat",
        "Postleitzahl privat",
    ):
        assert ignored not in found


def test_google_contacts_new_layout():
    table = read_file(corpus_file("google_contacts_utf8.csv"))
    mapping = suggest(table.headers, "contacts")
    found = mapped(mapping)
    assert found["First Name"] == "contact.first_name"
    assert found["Last Name"] == "contact.last_name"
    assert found["Organization Name"] == "organisation.name"
    assert found["E-mail 1 - Value"] == "contact.email"
    assert "E-mail 2 - Value" not in found  # the e-mail is taken: not overwritten
    assert found["Phone 1 - Value"] == "contact.phone_or_mobile"
    assert "Labels" not in found and "Phone 1 - Label" not in found
    assert dict(mapping.apply(table)[0].values) == {
        "contact.first_name": "Łukasz",
        "contact.last_name": "Żółć",
        "organisation.name": "Müller & Söhne GmbH",
        "contact.email": "lz@example.org",
        "contact.mobile": "+49 170 1234567",
    }


def test_google_contacts_old_layout_routes_phones_by_type():
    headers = (
        "Name",
        "Given Name",
        "Family Name",
        "E-mail 1 - Type",
        "E-mail 1 - Value",
        "Phone 1 - Type",
        "Phone 1 - Value",
        "Phone 2 - Type",
        "Phone 2 - Value",
        "Phone 3 - Type",
        "Phone 3 - Value",
        "Organization 1 - Name",
        "Organization 1 - Title",
    )
    mapping = suggest(headers, "contacts")
    found = mapped(mapping)
    assert "Name" not in found  # first and last name columns exist
    assert found["Given Name"] == "contact.first_name"
    assert found["Family Name"] == "contact.last_name"
    assert found["Organization 1 - Name"] == "organisation.name"
    assert found["Organization 1 - Title"] == "contact.position"
    assert found["Phone 2 - Value"] == "contact.phone_or_mobile"
    table = table_of(
        headers,
        (
            "Anna Berg",
            "Anna",
            "Berg",
            "* Work",
            "a@x.de ::: * b@x.de",
            "Work Fax",
            "0351 1",
            "* Mobile",
            "0170 2",
            "Work",
            "0351 3 ::: 0351 4",
            "Berg AG",
            "CEO",
        ),
    )
    values = mapping.apply(table)[0].values
    assert values["contact.email"] == "b@x.de"  # the primary of the multi-value
    assert values["contact.mobile"] == "0170 2"
    assert values["contact.phone"] == "0351 3"
    assert "contact.full_name" not in values


def test_thunderbird_english_and_german():
    table = read_file(corpus_file("thunderbird_utf8.csv"))
    mapping = suggest(table.headers, "contacts")
    found = mapped(mapping)
    assert found["Primary Email"] == "contact.email"
    assert found["Organization"] == "organisation.name"
    assert found["Job Title"] == "contact.position"
    assert found["Work Phone"] == "contact.phone"
    assert found["Mobile Number"] == "contact.mobile"
    assert found["Work ZipCode"] == "organisation.postcode"
    assert "Secondary Email" not in found and "Home City" not in found
    values = mapping.apply(table)[0].values
    assert values["organisation.name"] == "Acme, Inc."
    assert values["contact.last_name"] == "Παπαδοπούλου"
    assert "contact.full_name" not in values
    german = (
        "Vorname",
        "Nachname",
        "Anzeigename",
        "Primäre E-Mail-Adresse",
        "Sekundäre E-Mail-Adresse",
        "Tel. dienstlich",
        "Tel. privat",
        "Fax-Nummer",
        "Mobil-Tel.-Nr.",
        "Privat: Ort",
        "Dienstlich: Adresse",
        "Dienstlich: Ort",
        "Dienstlich: PLZ",
        "Dienstlich: Land",
        "Arbeitstitel",
        "Abteilung",
        "Organisation",
        "Webseite 1",
        "Notizen",
    )
    found = mapped(suggest(german, "contacts"))
    assert found == {
        "Vorname": "contact.first_name",
        "Nachname": "contact.last_name",
        "Anzeigename": "contact.full_name",
        "Primäre E-Mail-Adresse": "contact.email",
        "Tel. dienstlich": "contact.phone",
        "Mobil-Tel.-Nr.": "contact.mobile",
        "Dienstlich: Adresse": "organisation.street",
        "Dienstlich: Ort": "organisation.city",
        "Dienstlich: PLZ": "organisation.postcode",
        "Dienstlich: Land": "organisation.country",
        "Arbeitstitel": "contact.position",
        "Organisation": "organisation.name",
        "Webseite 1": "organisation.website",
        "Notizen": "contact.notes",
    }


def test_vcards_map_completely(tmp_path):
    table = (
        read_file(CORPUS / "vobject-tests" / "radicale_1238_0.vcf")
        if (CORPUS / "vobject-tests").is_dir()
        else pytest.skip("no corpus")
    )
    mapping = suggest(table.headers, "contacts")
    found = mapped(mapping)
    for header in (
        "Full name",
        "First name",
        "Last name",
        "Organisation",
        "Position",
        "E-mail",
        "Phone (work)",
        "Mobile",
        "Street",
        "Postcode",
        "City",
        "Country",
        "Website",
        "Notes",
        "Title",
        "Salutation",
    ):
        assert header in found, header
    assert "E-mail 2" not in found and "Phone (other)" not in found
    values = mapping.apply(table)[0].values
    assert values["contact.full_name"] == "Fàn Tông"  # no N: the full name stays
    assert values["organisation.postcode"] == "2040"


def test_similar_and_worded_headers():
    headers = (
        "Firmenname",
        "Straße/Hausnr.",
        "PLZ (Firma)",
        "Stadt",
        "Homepage Firma",
        "Tel.-Nr.",
        "E-Mail Zentrale",
        "Branche",
        "Mitglied seit",
        "Ansprechpartner",
        "Funktion",
        "Handynummer",
        "Bemerkungen",
        "Fax",
        "Mitgliedsnummer",
    )
    found = mapped(suggest(headers, "organisations"))
    assert found == {
        "Firmenname": "organisation.name",
        "Straße/Hausnr.": "organisation.street",
        "PLZ (Firma)": "organisation.postcode",
        "Stadt": "organisation.city",
        "Homepage Firma": "organisation.website",
        "Tel.-Nr.": "organisation.phone",
        "E-Mail Zentrale": "organisation.email",
        "Branche": "organisation.sector",
        "Mitglied seit": "organisation.member_since",
    }
    in_contacts = mapped(suggest(headers, "contacts"))
    assert in_contacts["Ansprechpartner"] == "contact.full_name"
    assert in_contacts["Funktion"] == "contact.position"
    assert in_contacts["Handynummer"] == "contact.mobile"
    assert in_contacts["Bemerkungen"] == "contact.notes"
    assert "Branche" not in in_contacts and "Fax" not in in_contacts
    assert mapped(suggest(("Organistion", "Postleitzahll"), "organisations")) == {
        "Organistion": "organisation.name",
        "Postleitzahll": "organisation.postcode",
    }


def test_name_column_alone_is_the_full_name():
    table = table_of(("Name", "Firma", "E-Mail"), ("  Dr. Anna Müller ", "Müller AG", ""))
    mapping = suggest(table.headers, "contacts")
    assert mapped(mapping) == {
        "Name": "contact.full_name",
        "Firma": "organisation.name",
        "E-Mail": "contact.email",
    }
    assert dict(mapping.apply(table)[0].values) == {
        "contact.full_name": "Dr. Anna Müller",
        "organisation.name": "Müller AG",
    }
    assert mapped(suggest(("Name", "Ort"), "organisations"))["Name"] == "organisation.name"


# -- our own exports round trip --------------------------------------------------------


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("export")
    db = ClusterDatabase.in_memory(staff="anna")
    try:
        build_demo(db, organisations=6, seed=5, today=TODAY)
        english = {"on": TODAY, "language": "en"}  # the headers of the constants
        MemberDirectoryXlsx(db, internal=True, **english).write(folder / "directory.xlsx")
        MemberDirectoryCsv(db, internal=True, **english).write(folder / "directory.csv")
        MemberDirectoryCsv(db, dialect="comma", **english).write(folder / "comma.csv")
    finally:
        db.close()
    return folder


def test_exported_organisations_sheet_round_trips(exported):
    table = read_file(exported / "directory.xlsx", sheet="Organisations")
    assert table.headers == tuple(c.header for c in ORGANISATION_COLUMNS)
    mapping = suggest(table.headers, "organisations")
    assert None not in mapping.targets  # every column has a target
    assert mapped(mapping)["E-mail"] == "organisation.email"
    rows = mapping.apply(table)
    assert len(rows) == len(table.rows) >= 3  # the members among the demo organisations
    workbook = openpyxl.load_workbook(exported / "directory.xlsx")
    sheet = workbook["Organisations"]
    assert [r.values["organisation.name"] for r in rows] == [
        sheet.cell(row, 1).value for row in range(2, sheet.max_row + 1)
    ]
    postcodes = [r.values.get("organisation.postcode", "") for r in rows]
    assert all(p.isdigit() and len(p) == 5 for p in postcodes if p)
    assert all(len(r.values.get("organisation.member_since", "2000-01-01")) == 10 for r in rows)


def test_exported_contacts_sheet_round_trips(exported):
    assert read_file(exported / "directory.xlsx").name == "Organisations"
    table = read_file(exported / "directory.xlsx", sheet="Contacts")
    assert table.headers == tuple(c.header for c in CONTACT_COLUMNS)
    mapping = suggest(table.headers, "contacts")
    assert None not in mapping.targets
    assert mapped(mapping)["Organisation"] == "organisation.name"
    assert mapped(mapping)["E-mail"] == "contact.email"
    assert mapped(mapping)["Phone"] == "contact.phone"
    rows = mapping.apply(table)
    assert rows and all("contact.last_name" in r.values for r in rows)


@pytest.mark.parametrize("name", ["directory.csv", "comma.csv"])
def test_exported_csv_round_trips(exported, name):
    table = read_file(exported / name)
    assert table.headers == CSV_HEADERS
    contacts = suggest(table.headers, "contacts")
    unmapped = {h for h, t in zip(table.headers, contacts.targets, strict=True) if t is None}
    # the organisation's own columns a contacts import has no field for
    assert unmapped == {"Kind", "Sector", "Cluster roles", "Themes", "Size class", "Member since"}
    found = mapped(contacts)
    assert found["Organisation e-mail"] == "organisation.email"
    assert found["Organisation phone"] == "organisation.phone"
    assert found["E-mail"] == "contact.email"
    organisations = suggest(table.headers, "organisations")
    found = mapped(organisations)
    assert set(found) == {h for h in CSV_HEADERS if h not in PERSON_HEADERS}
    assert found["Organisation e-mail"] == "organisation.email"
    assert found["Organisation phone"] == "organisation.phone"
    assert found["Cluster roles"] == "organisation.roles"
    rows = contacts.apply(table)
    assert len(rows) == len(table.rows)
    assert all(r.values.get("organisation.name") for r in rows)


# -- changing, checking, saving -------------------------------------------------------


def test_with_column_moves_a_single_target_and_keeps_several():
    mapping = suggest(("Vorname", "Nachname", "E-Mail", "E-Mail 2", "Straße", "Zusatz"), "contacts")
    assert mapping.target_of(3) is None
    changed = mapping.with_column(3, "contact.email")
    assert changed.target_of(3) == "contact.email" and changed.target_of(2) is None
    assert mapping.target_of(2) == "contact.email"  # the original is unchanged
    joined = changed.with_column(5, "organisation.street")
    assert joined.columns_of("organisation.street") == [4, 5]
    assert joined.with_column(0, None).target_of(0) is None
    with pytest.raises(MappingError):
        mapping.with_column(0, "organisation.sector")  # not part of a contacts import
    table = table_of(joined.headers, ("A", "B", "", "b@x.de", "Hauptstr. 1", " Hinterhaus "))
    assert dict(joined.apply(table)[0].values) == {
        "contact.first_name": "A",
        "contact.last_name": "B",
        "contact.email": "b@x.de",
        "organisation.street": "Hauptstr. 1, Hinterhaus",
    }


def test_a_mapping_without_a_name_is_refused():
    organisations = suggest(("Ort", "PLZ"), "organisations")
    assert "organisation's name" in organisations.problem()
    with pytest.raises(MappingError, match="organisation's name"):
        organisations.apply(table_of(("Ort", "PLZ"), ("Köln", "50667")))
    contacts = suggest(("Firma", "Telefon"), "contacts")
    with pytest.raises(MappingError, match="last name, full name or e-mail"):
        contacts.check()
    assert suggest(("E-Mail",), "contacts").problem() is None
    assert suggest(("Nachname",), "contacts").problem() is None


def test_describe():
    mapping = suggest(("Vorname", "Nachname", "Hobby"), "contacts")
    text = mapping.describe()
    assert text.startswith("2 of 3 columns imported")
    assert "Vorname → Contact: First name" in text and "1 ignored" in text
    assert "\n" not in text


def test_saved_mapping_is_matched_by_header_names(tmp_path):
    mapping = suggest(("Firma", "Vorname", "Nachname", "Hobby"), "contacts").with_column(
        3, "contact.notes"
    )
    path = tmp_path / "mapping.json"
    mapping.save(path)
    loaded = ColumnMapping.load(path)
    assert loaded == mapping
    # the next file has its columns in another order, one new and one missing
    headers = ("nachname", "Neu", "Hobby", "Firma")
    matched = loaded.matched_to(headers)
    assert matched.targets == ("contact.last_name", None, "contact.notes", "organisation.name")
    table = table_of(headers, ("Berg", "x", "Segeln", "Berg AG"))
    assert dict(loaded.apply(table)[0].values) == {
        "contact.last_name": "Berg",
        "contact.notes": "Segeln",
        "organisation.name": "Berg AG",
    }


def test_saved_mapping_with_repeated_headers_and_bad_files(tmp_path):
    mapping = ColumnMapping(
        "contacts", ("Name", "E-Mail", "E-Mail"), ("contact.full_name", None, "contact.email")
    )
    again = ColumnMapping.from_json(mapping.to_json())
    assert again.matched_to(("E-Mail", "Name", "E-Mail")).targets == (
        None,
        "contact.full_name",
        "contact.email",
    )
    text = mapping.to_json().replace("contact.email", "contact.shoe_size")
    assert ColumnMapping.from_json(text).targets == ("contact.full_name", None, None)
    for bad in (
        "",
        "[]",
        "{}",
        '{"format": "secretariat-column-mapping", "kind": "x"}',
        '{"format": "secretariat-column-mapping", "kind": "contacts", "columns": [1]}',
    ):
        with pytest.raises(MappingError):
            ColumnMapping.from_json(bad)
    with pytest.raises(MappingError, match="weg.json"):
        ColumnMapping.load(tmp_path / "weg.json")
