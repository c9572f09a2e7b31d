"""Reading CSV, XLSX and vCard files for the import, judged with real files: the
csv-spectrum acid tests, contact exports of Outlook, Google, Thunderbird and German
Excel, and the vCards of vobject's own test suite (all in ../shared/corpus)."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import openpyxl
import pytest

from secretariat.imports.readers import read_file, sheet_names
from secretariat.imports.rows import SourceTable, UnreadableFileError

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
SPECTRUM = CORPUS / "csv-spectrum"
FORMATS = CORPUS / "formats"
VCARDS = CORPUS / "vobject-tests"
BROKEN_UPSTREAM = {"location_coordinates"}  # its JSON does not match its CSV


def corpus(folder: Path) -> Path:
    if not folder.is_dir():
        pytest.skip(f"the shared test corpus is not at {folder}")
    return folder


def as_dicts(table: SourceTable) -> list[dict[str, str]]:
    return [dict(zip(table.headers, row.cells, strict=True)) for row in table.rows]


def column(table: SourceTable, header: str) -> list[str]:
    index = table.headers.index(header)
    return [row.cells[index] for row in table.rows]


# -- csv-spectrum -----------------------------------------------------------------


def spectrum_cases() -> list[str]:
    folder = SPECTRUM / "csvs"
    if not folder.is_dir():
        return ["(corpus missing)"]
    return sorted(p.stem for p in folder.glob("*.csv") if p.stem not in BROKEN_UPSTREAM)


@pytest.mark.parametrize("case", spectrum_cases())
def test_every_csv_spectrum_case_reads_as_expected(case):
    folder = corpus(SPECTRUM)
    expected = json.loads((folder / "json" / f"{case}.json").read_text(encoding="utf-8"))
    table = read_file(folder / "csvs" / f"{case}.csv")
    assert as_dicts(table) == expected
    assert [row.number for row in table.rows] == list(range(2, 2 + len(expected)))


def test_csv_spectrum_has_all_cases():
    assert len(spectrum_cases()) == 11 or not SPECTRUM.is_dir()


# -- real exports -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("excel_de_ansi_semicolon.csv", "Windows-1252"),
        ("excel_de_utf8bom_semicolon.csv", "UTF-8 with BOM"),
        ("excel_sep_hint.csv", "Windows-1252"),
    ],
)
def test_german_excel_member_lists(name, encoding):
    table = read_file(corpus(FORMATS) / name)
    assert table.headers == ("Organisation", "Vorname", "Nachname", "PLZ", "Umsatz", "Eintritt")
    assert [row.number for row in table.rows] == [2, 3]
    first, second = as_dicts(table)
    assert first == {
        "Organisation": "Müller & Söhne GmbH",
        "Vorname": "Jürgen",
        "Nachname": "Straßer",
        "PLZ": "01067",
        "Umsatz": "1.234,56",
        "Eintritt": "12.06.2025",
    }
    assert second["Organisation"] == 'Bäckerei "Zum Korn"; Filiale 2'
    assert second["Vorname"] == "Zoë"
    assert any(encoding in note for note in table.notes)
    assert any("';'" in note for note in table.notes)


def test_outlook_english_cp1252_with_newlines_in_cells():
    table = read_file(corpus(FORMATS) / "outlook_en_cp1252.csv")
    assert len(table.headers) == 92
    assert len(table.rows) == 1
    row = as_dicts(table)[0]
    assert row["First Name"] == "Jürgen"
    assert row["Last Name"] == "Straßer"
    assert row["Company"] == "Müller & Söhne GmbH"
    assert row["Business Street"] == "Hauptstr. 1\r\nHinterhaus"
    assert row["E-mail Address"] == "js@example.org"
    assert any("Windows-1252" in note for note in table.notes)


def test_outlook_german_cp1252():
    table = read_file(corpus(FORMATS) / "outlook_de_cp1252.csv")
    assert len(table.headers) == 92
    assert "Straße geschäftlich" in table.headers
    assert "Telefon für Hörbehinderte" in table.headers
    row = as_dicts(table)[0]
    assert (row["Vorname"], row["Nachname"], row["Firma"]) == (
        "Jürgen",
        "Straßer",
        "Müller & Söhne GmbH",
    )
    assert row["Kategorien"] == "Mitglied;Vorstand"


def test_google_contacts():
    table = read_file(corpus(FORMATS) / "google_contacts_utf8.csv")
    assert len(table.headers) == 34
    row = as_dicts(table)[0]
    assert (row["First Name"], row["Last Name"]) == ("Łukasz", "Żółć")
    assert row["E-mail 1 - Value"] == "lz@example.org ::: lukasz@example.net"
    assert row["Address 1 - Formatted"] == "Friedrichstraße 1\n10117 Berlin\nDE"


def test_thunderbird():
    table = read_file(corpus(FORMATS) / "thunderbird_utf8.csv")
    assert len(table.headers) == 37
    row = as_dicts(table)[0]
    assert row["Display Name"] == "Ελένη Παπαδοπούλου"
    assert row["Organization"] == "Acme, Inc."
    assert row["Notes"] == 'Sagt "Hallo"'


# -- CSV details ------------------------------------------------------------------


def test_utf16_with_bom_and_tabs(tmp_path):
    path = tmp_path / "liste.txt"
    path.write_bytes("Firma\tOrt\nMüller GmbH\tKöln\n".encode("utf-16"))
    table = read_file(path)
    assert table.headers == ("Firma", "Ort")
    assert as_dicts(table) == [{"Firma": "Müller GmbH", "Ort": "Köln"}]
    assert any("UTF-16" in note for note in table.notes)
    assert any("tab" in note for note in table.notes)


def test_utf16_big_endian(tmp_path):
    path = tmp_path / "liste.csv"
    path.write_bytes(b"\xfe\xff" + "Firma;Ort\r\nA;Köln\r\n".encode("utf-16-be"))
    assert as_dicts(read_file(path)) == [{"Firma": "A", "Ort": "Köln"}]


def test_ragged_rows_and_empty_rows_keep_their_numbers(tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text("Firma;Ort;PLZ\nA;Köln\n;;\n\nB;Bonn;53111;extra\n", encoding="utf-8")
    table = read_file(path)
    assert table.headers == ("Firma", "Ort", "PLZ", "Column 4")
    assert [row.number for row in table.rows] == [2, 5]
    assert table.rows[0].cells == ("A", "Köln", "", "")
    assert table.rows[1].cells == ("B", "Bonn", "53111", "extra")


def test_separator_inside_quotes_does_not_count(tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text('Name,Notiz\n"a;b;c;d","x;y;z"\n"e;f",g\n', encoding="utf-8")
    table = read_file(path)
    assert table.headers == ("Name", "Notiz")
    assert table.rows[0].cells == ("a;b;c;d", "x;y;z")


def test_windows_1252_bytes_undefined_in_it_fall_back_to_latin1(tmp_path):
    path = tmp_path / "liste.csv"
    path.write_bytes(b"Firma;Ort\nA\x81;K\xf6ln\n")
    table = read_file(path)
    assert table.rows[0].cells == ("A\x81", "Köln")
    assert any("Latin-1" in note for note in table.notes)


def test_empty_csv_gives_an_empty_table(tmp_path):
    path = tmp_path / "leer.csv"
    path.write_bytes(b"")
    table = read_file(path)
    assert table.headers == () and table.rows == ()


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("liste.xls", b"\xd0\xcf\x11\xe0", ".xlsx"),
        ("liste.pdf", b"%PDF-1.4", ".csv"),
        ("liste.csv", b"PK\x03\x04rest", ".xlsx"),
        ("liste.xlsx", b"Firma;Ort\n", ".xlsx"),
        ("liste.csv", b"\x00\x01\x02binary\x00", "CSV"),
        ("karten.vcf", b"no cards here", "vCard"),
    ],
)
def test_unreadable_files_say_what_to_do(tmp_path, name, content, says):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UnreadableFileError) as raised:
        read_file(path)
    message = str(raised.value)
    assert name in message and says in message


def test_missing_file(tmp_path):
    with pytest.raises(UnreadableFileError, match="does not exist"):
        read_file(tmp_path / "weg.csv")


def test_truncated_workbook(tmp_path):
    good = tmp_path / "gut.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["Firma", "Ort"])
    workbook.save(good)
    broken = tmp_path / "kaputt.xlsx"
    broken.write_bytes(good.read_bytes()[:300])
    with pytest.raises(UnreadableFileError, match="kaputt.xlsx"):
        read_file(broken)
    with pytest.raises(UnreadableFileError):
        sheet_names(broken)


# -- XLSX -------------------------------------------------------------------------


def member_workbook(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Mitglieder"
    sheet["A1"] = "Mitgliederliste 2026"
    sheet.merge_cells("A1:F1")
    # row 2 blank; the header in row 3 with a merged "Anschrift" over C:D
    sheet.append([])
    sheet.append(["Firma", "Branche", "Anschrift", None, "PLZ", "Telefon", "Mitglied seit"])
    sheet.merge_cells("C3:D3")
    sheet.append(
        [
            "Müller GmbH",
            "Bau",
            "Altmarkt 1",
            "Hinterhaus",
            "01067",
            "0351 123456",
            dt.datetime(2020, 3, 15),
        ]
    )
    sheet.append([])  # an empty row in the middle
    sheet.append(
        ["Şükrü Ağaoğlu KG", "IT", "Hauptstr. 2", None, 1067, "+49 351 98765", dt.date(2021, 1, 1)]
    )
    sheet["E6"].number_format = "00000"
    sheet.append(["Zahlen AG", 12.5, "Weg 3", None, 4921112345, True, 1067.0])
    sheet.append([None, None, None, None, None, None, None])
    extra = workbook.create_sheet("Notizen")
    extra["A1"] = "nichts"
    workbook.save(path)
    return path


def test_workbook_header_below_title_and_blank_rows(tmp_path):
    table = read_file(member_workbook(tmp_path / "mitglieder.xlsx"))
    assert table.name == "Mitglieder"
    assert table.headers == (
        "Firma",
        "Branche",
        "Anschrift",
        "Column 4",
        "PLZ",
        "Telefon",
        "Mitglied seit",
    )
    assert [row.number for row in table.rows] == [4, 6, 7]
    assert table.rows[0].cells == (
        "Müller GmbH",
        "Bau",
        "Altmarkt 1",
        "Hinterhaus",
        "01067",
        "0351 123456",
        "2020-03-15",
    )
    assert table.rows[1].cells == (
        "Şükrü Ağaoğlu KG",
        "IT",
        "Hauptstr. 2",
        "",
        "01067",
        "+49 351 98765",
        "2021-01-01",
    )
    assert table.rows[2].cells == ("Zahlen AG", "12.5", "Weg 3", "", "4921112345", "yes", "1067")
    assert any("row 3" in note for note in table.notes)


def test_workbook_sheets(tmp_path):
    path = member_workbook(tmp_path / "mitglieder.xlsx")
    assert sheet_names(path) == ["Mitglieder", "Notizen"]
    other = read_file(path, sheet="Notizen")
    assert other.headers == ("nichts",) and other.rows == ()
    with pytest.raises(UnreadableFileError, match="Mitglieder, Notizen"):
        read_file(path, sheet="Tabelle1")
    assert sheet_names(CORPUS / "formats" / "thunderbird_utf8.csv") == []


def test_first_sheet_with_data_is_chosen(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.title = "Leer"
    data = workbook.create_sheet("Daten")
    data.append(["Firma", "Ort"])
    data.append(["A", "Köln"])
    path = tmp_path / "x.xlsx"
    workbook.save(path)
    table = read_file(path)
    assert table.name == "Daten"
    assert as_dicts(table) == [{"Firma": "A", "Ort": "Köln"}]


def test_header_row_found_by_known_headers(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Cluster Nord", "Stand: Juni"])  # two texts, but no headers
    sheet.append(["Firma", "PLZ", "Ort"])
    sheet.append(["A", "01067", "Dresden"])
    path = tmp_path / "x.xlsx"
    workbook.save(path)
    table = read_file(path)
    assert table.headers == ("Firma", "PLZ", "Ort")
    assert table.rows[0].number == 3


def test_workbook_without_data(tmp_path):
    path = tmp_path / "leer.xlsx"
    openpyxl.Workbook().save(path)
    table = read_file(path)
    assert table.rows == () and table.headers == ()


def test_xlsx_saved_as_csv_name_is_refused_clearly(tmp_path):
    path = member_workbook(tmp_path / "x.xlsx").rename(tmp_path / "x.csv")
    with pytest.raises(UnreadableFileError, match="Excel workbook"):
        read_file(path)
    assert zipfile.is_zipfile(path)


# -- vCards -----------------------------------------------------------------------


def vcard_files() -> list[str]:
    return sorted(p.name for p in VCARDS.glob("*.vcf")) if VCARDS.is_dir() else ["(missing)"]


@pytest.mark.parametrize("name", vcard_files())
def test_every_corpus_vcard_file_reads(name):
    table = read_file(corpus(VCARDS) / name)
    assert table.rows
    assert all(row.cells[table.headers.index("Full name")] for row in table.rows)
    assert not any("skipped" in note for note in table.notes)


def test_android_export_has_354_cards():
    table = read_file(corpus(VCARDS) / "radicale_1238_3.vcf")
    assert len(table.rows) == 354
    assert [row.number for row in table.rows] == list(range(1, 355))
    first = dict(zip(table.headers, table.rows[0].cells, strict=True))
    assert first["Full name"] == "洪俊展"
    assert first["Mobile"] == "+8613811156924"


def test_vcard_fields(tmp_path):
    table = read_file(corpus(VCARDS) / "radicale_1238_2.vcf")
    card = dict(zip(table.headers, table.rows[0].cells, strict=True))
    assert card["Organisation"] == "北京中航智科技有限公司"
    assert card["E-mail"] == "caiyuan@zhztech.com"
    assert card["Position"] == "人力资源部 人力资源部经理"
    groups = read_file(corpus(VCARDS) / "vcard_with_groups.vcf")
    card = dict(zip(groups.headers, groups.rows[0].cells, strict=True))
    assert (card["First name"], card["Last name"]) == ("Meister", "Berger")


QP_CARD = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:M=C3=BCller;J=C3=BCrgen;;Dr.;\r\n"
    "FN;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Dr. J=C3=BCrgen M=C3=BCller\r\n"
    "ORG;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:M=C3=BCller & S=C3=B6hne GmbH;Vertrieb\r\n"
    "ADR;WORK;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:;;Stra=C3=9Fe des 17. Juni 1=\r\n"
    "0;K=C3=B6ln;;50667;Deutschland\r\n"
    "TEL;WORK;VOICE:+49 221 123456\r\n"
    "TEL;CELL:+49 170 1234567\r\n"
    "TEL;WORK;FAX:+49 221 999\r\n"
    "EMAIL;INTERNET:jm@example.org\r\n"
    "END:VCARD\r\n"
)


def test_vcard_21_quoted_printable(tmp_path):
    path = tmp_path / "karten.vcf"
    path.write_bytes(QP_CARD.encode("ascii"))
    card = dict(zip(*(lambda t: (t.headers, t.rows[0].cells))(read_file(path)), strict=True))
    assert card["Full name"] == "Dr. Jürgen Müller"
    assert (card["Title"], card["First name"], card["Last name"]) == ("Dr.", "Jürgen", "Müller")
    assert (card["Organisation"], card["Department"]) == ("Müller & Söhne GmbH", "Vertrieb")
    assert card["Street"] == "Straße des 17. Juni 10"
    assert (card["Postcode"], card["City"], card["Country"]) == ("50667", "Köln", "Deutschland")
    assert (card["Phone (work)"], card["Mobile"]) == ("+49 221 123456", "+49 170 1234567")
    assert card["E-mail"] == "jm@example.org"


def test_vcard_40_and_a_bad_card_among_good_ones(tmp_path):
    text = (
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Anna Schmidt\r\nN:Schmidt;Anna;;Frau;\r\n"
        "EMAIL;TYPE=work;PREF=1:anna@example.org\r\nEMAIL;TYPE=home:a@example.net\r\n"
        'TEL;VALUE=uri;TYPE="voice,work":tel:+49-351-1234\r\n'
        "ORG:Beispiel AG\r\nTITLE:Geschäftsführerin\r\nURL:https://example.org\r\n"
        "END:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kaputt\r\nBEGIN:VEVENT\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ohne Ende\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zeile ohne Doppelpunkt\r\nkein Doppelpunkt\r\n"
        "PHOTO;ENCODING=b;TYPE=JPEG:!!!kein base64\r\n  mehr davon\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ohne Fehler\r\nN:Fehler;Ohne\r\nEND:VCARD\r\n"
    )
    path = tmp_path / "karten.vcf"
    path.write_text(text, encoding="utf-8")
    table = read_file(path)
    names = column(table, "Full name")
    assert names[0] == "Anna Schmidt" and names[-1] == "Ohne Fehler"
    first = dict(zip(table.headers, table.rows[0].cells, strict=True))
    assert first["Salutation"] == "Frau"
    assert (first["E-mail"], first["E-mail 2"]) == ("anna@example.org", "a@example.net")
    assert first["Phone (work)"] == "tel:+49-351-1234"
    assert first["Position"] == "Geschäftsführerin"
    assert names == ["Anna Schmidt", "Zeile ohne Doppelpunkt", "Ohne Fehler"]
    assert [row.number for row in table.rows] == [1, 4, 5]
    assert "card 2 could not be read and was skipped" in table.notes
    assert "card 3 could not be read and was skipped" in table.notes


def test_vcard_21_agent_card_stays_inside_its_card(tmp_path):
    text = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Chef;Carla\r\nFN:Carla Chef\r\nAGENT:\r\n"
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Assistenz;Anton\r\nFN:Anton Assistenz\r\n"
        "END:VCARD\r\nEND:VCARD\r\n"
    )
    path = tmp_path / "agent.vcf"
    path.write_text(text, encoding="utf-8")
    table = read_file(path)
    assert len(table.rows) == 1
    assert table.rows[0].cells[0] == "Carla Chef"
