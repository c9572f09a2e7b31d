"""The member directory as XLSX, CSV and vCards, judged with the real readers:
openpyxl (and the sheet XML), Python's csv module, and vobject."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
import vobject

from secretariat.demo import build_demo
from secretariat.exports import ExportError, directory_data
from secretariat.exports.directory_data import directory_entries
from secretariat.exports.directory_tables import (
    CSV_HEADERS,
    INTERNAL_HEADER,
    INTERNAL_TITLE,
    ExportCancelled,
    MemberDirectoryCsv,
    MemberDirectoryXlsx,
)
from secretariat.exports.vcards import ContactCards
from secretariat.formats.spreadsheet_safety import cell_text, clean_text, phone_text
from secretariat.store import ClusterDatabase
from secretariat.store.tables import listed_filters

TODAY = date(2026, 11, 1)
HOSTILE_NAMES = (
    '=HYPERLINK("http://x","y")',
    "+SUM(1,2)",
    "@cmd",
    "-1+1",
    "Smith <Jr",
    "#N/A",  # an error value in Excel's words: must stay text
)
POLISH_PHONE = "+48123456789"


@pytest.fixture(scope="module")
def cluster(tmp_path_factory) -> ClusterDatabase:
    """A demo cluster of 30 organisations plus five hostile members, one of them with
    Łukasz Żółć (consenting, Polish phone) and a contact who did not consent."""
    path = tmp_path_factory.mktemp("cluster") / "cluster.sqlite3"
    db = ClusterDatabase.open(path, staff="anna")
    build_demo(db, organisations=30, seed=3, today=TODAY)
    for number, name in enumerate(HOSTILE_NAMES):
        organisation = db.organisations.create(
            {
                "name": name,
                "is_member": 1,
                "member_since": "2020-03-15",
                "street": "Altmarkt 1\x0b",
                "postcode": "01067",
                "city": "Dresden",
                "country": "DE",
                "phone": POLISH_PHONE,
                "sector": "=1+2" if number == 0 else "Recht",
                "description": "Zeile eins\nZeile zwei",
            }
        )
        if number == 0:
            lukasz = db.contacts.create(
                {
                    "organisation_id": organisation["id"],
                    "first_name": "Łukasz",
                    "last_name": "Żółć",
                    "position": "@Leiter, Vertrieb; Export",
                    "email": "lukasz@example.pl",
                    "phone": POLISH_PHONE,
                    "mobile": "+491701234567",
                }
            )
            db.consents.create(
                {
                    "contact_id": lukasz["id"],
                    "purpose": "directory",
                    "granted": 1,
                    "recorded_on": "2026-01-01",
                    "source": "Formular",
                }
            )
            db.contacts.create(
                {
                    "organisation_id": organisation["id"],
                    "first_name": "Geheim",
                    "last_name": "Ohnezustimmung",
                }
            )
    yield db
    db.close()


def entries(db: ClusterDatabase, internal: bool = False):
    return list(directory_entries(db, internal=internal, on=TODAY))


def sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "".join(
            archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.startswith("xl/worksheets/") and name.endswith(".xml")
        )


def read_csv(path: Path, delimiter: str) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


# -- the safety rules -----------------------------------------------------------


@pytest.mark.parametrize("name", HOSTILE_NAMES[:4])
def test_formula_starts_get_an_apostrophe(name):
    assert cell_text(name) == "'" + name


def test_safe_text_stays_and_control_characters_go():
    assert cell_text("Smith <Jr") == "Smith <Jr"
    assert cell_text("0211 1234567") == "0211 1234567"
    assert cell_text("a\x00b\x0bc\td\r\ne") == "abc d\ne"
    assert cell_text("  =1+1") == "'  =1+1"
    assert cell_text("\t=1+1") == "' =1+1"
    assert clean_text(None) == ""
    assert clean_text(date(2026, 3, 1)) == "01.03.2026"


def test_phones_are_readable_and_never_formulas():
    assert phone_text("+492111234567") == "0211 1234567"
    assert phone_text(POLISH_PHONE) == "0048 12 345 67 89"
    assert phone_text("=1+1") == "'=1+1"
    assert phone_text(None) == ""


# -- XLSX -----------------------------------------------------------------------


@pytest.mark.parametrize("internal", [False, True])
def test_entries_read_in_pages_are_what_each_organisation_has(cluster, monkeypatch, internal):
    monkeypatch.setattr(directory_data, "PAGE", 4)  # several pages, one cut mid-way
    read = entries(cluster, internal)
    assert len(read) > 4 * 3
    assert sum(len(entry.contacts) for entry in read) > 0
    for entry in read:
        organisation_id = entry.organisation["id"]
        assert entry.organisation == cluster.organisations.get(organisation_id)
        assert entry.products == cluster.products.list(
            filters={"organisation_id": organisation_id}, sort="name", limit=None
        )
        consent = {} if internal else {"consent": "directory"}
        assert entry.contacts == cluster.contacts.list(
            filters=listed_filters("contacts", {"organisation_id": organisation_id, **consent}),
            sort="last_name",
            limit=None,
        )


def test_xlsx_has_the_data_modules_rows(cluster, tmp_path):
    out = tmp_path / "mitglieder.xlsx"
    count = MemberDirectoryXlsx(cluster, on=TODAY, language="en").write(out)
    expected = entries(cluster)
    assert count == len(expected)
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == ["Organisations", "Contacts", "Products"]
    organisations, contacts, products = (workbook[name] for name in workbook.sheetnames)

    assert [row[0] for row in organisations.iter_rows(min_row=2, values_only=True)] == [
        entry.name for entry in expected
    ]
    assert [row[4] for row in contacts.iter_rows(min_row=2, values_only=True)] == [
        contact["last_name"] for entry in expected for contact in entry.contacts
    ]
    assert [row[1] for row in products.iter_rows(min_row=2, values_only=True)] == [
        product["name"] for entry in expected for product in entry.products
    ]
    for sheet in (organisations, contacts, products):
        assert all(cell.font.bold for cell in sheet[1])
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}" + str(
            sheet.max_row
        )
        assert sheet.column_dimensions["A"].width >= 30


def test_xlsx_types_and_hostile_values(cluster, tmp_path):
    out = tmp_path / "mitglieder.xlsx"
    MemberDirectoryXlsx(cluster, on=TODAY, language="en").write(out)
    workbook = openpyxl.load_workbook(out)
    organisations = workbook["Organisations"]
    headers = [cell.value for cell in organisations[1]]
    rows = {row[0].value: row for row in organisations.iter_rows(min_row=2)}
    hostile = rows['=HYPERLINK("http://x","y")']
    column = {header: index for index, header in enumerate(headers)}

    assert hostile[column["Postcode"]].value == "01067"
    assert hostile[column["Postcode"]].data_type == "s"
    since = hostile[column["Member since"]]
    assert since.is_date and since.value.date() == date(2020, 3, 15)
    assert since.number_format == "YYYY-MM-DD"  # German: see test_document_language
    assert hostile[column["Phone"]].value == "+48 12 345 67 89"
    assert hostile[column["Phone"]].data_type == "s"
    assert hostile[column["Street"]].value == "Altmarkt 1"
    assert hostile[column["Sector"]].value == "=1+2"
    assert hostile[column["Sector"]].quotePrefix
    assert hostile[column["Description"]].value == "Zeile eins\nZeile zwei"
    for name in HOSTILE_NAMES:
        assert rows[name][0].value == name  # shown as written, as text
        assert rows[name][0].data_type == "s"
    german_phones = [
        row[column["Phone"]].value
        for row in rows.values()
        if row[column["Phone"]].value and row[column["Country"]].value == "DE"
    ]
    assert any(phone.startswith("0") for phone in german_phones)

    for sheet in workbook:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
    assert "<f>" not in sheet_xml(out) and "<f " not in sheet_xml(out)


def test_xlsx_internal_lists_everyone_and_says_so(cluster, tmp_path):
    published, internal = tmp_path / "public.xlsx", tmp_path / "intern.xlsx"
    MemberDirectoryXlsx(cluster, on=TODAY).write(published)
    MemberDirectoryXlsx(cluster, on=TODAY, internal=True).write(internal)

    def last_names(path: Path) -> list[str]:
        sheet = openpyxl.load_workbook(path)["Ansprechpartner"]
        return [row[4] for row in sheet.iter_rows(min_row=2, values_only=True)]

    assert "Żółć" in last_names(published) and "Ohnezustimmung" not in last_names(published)
    assert "Ohnezustimmung" in last_names(internal)
    assert len(last_names(internal)) == sum(len(e.contacts) for e in entries(cluster, True))
    workbook = openpyxl.load_workbook(internal)
    assert workbook.properties.title == INTERNAL_TITLE
    for sheet in workbook:
        assert sheet.oddHeader.center.text == INTERNAL_HEADER
    assert "intern" not in (openpyxl.load_workbook(published).properties.title or "")


def test_xlsx_cancelled_leaves_no_file(cluster, tmp_path):
    out = tmp_path / "mitglieder.xlsx"
    calls: list[tuple[int, int]] = []

    def cancelled() -> bool:
        return len(calls) >= 3

    with pytest.raises(ExportCancelled):
        MemberDirectoryXlsx(
            cluster, on=TODAY, progress=lambda d, t: calls.append((d, t)), cancelled=cancelled
        ).write(out)
    assert list(tmp_path.iterdir()) == []
    assert calls[0][1] == len(entries(cluster))


def test_xlsx_missing_folder_is_an_export_error(cluster, tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        MemberDirectoryXlsx(cluster, on=TODAY).write(tmp_path / "nope" / "a.xlsx")


# -- CSV ------------------------------------------------------------------------


def test_csv_for_german_excel(cluster, tmp_path):
    out = tmp_path / "mitglieder.csv"
    count = MemberDirectoryCsv(cluster, on=TODAY, language="en").write(out)
    expected = entries(cluster)
    assert count == len(expected)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    body = data.replace(b'"Zeile eins\nZeile zwei"', b"")
    assert body.count(b"\r\n") == body.count(b"\n")  # every line ends in CRLF
    assert csv.Sniffer().sniff(data.decode("utf-8-sig").splitlines()[0]).delimiter == ";"

    rows = read_csv(out, ";")
    assert tuple(rows[0]) == CSV_HEADERS
    column = {header: index for index, header in enumerate(rows[0])}
    expected_rows = [
        (entry.name, contact["last_name"])
        for entry in expected
        for contact in (entry.contacts or [{"last_name": ""}])
    ]
    names = [
        (row[column["Organisation"]].removeprefix("'"), row[column["Last name"]])
        for row in rows[1:]
    ]
    assert names == expected_rows

    lukasz = next(row for row in rows if row[column["Last name"]] == "Żółć")
    assert lukasz[column["Organisation"]] == "'" + HOSTILE_NAMES[0]
    assert lukasz[column["Postcode"]] == "01067"
    assert lukasz[column["Member since"]] == "15.03.2020"
    assert lukasz[column["Phone"]] == "0048 12 345 67 89"  # readable, no formula start
    assert lukasz[column["Organisation phone"]] == "0048 12 345 67 89"
    assert lukasz[column["Mobile"]] == "0170 1234567"
    assert lukasz[column["Position"]] == "'@Leiter, Vertrieb; Export"
    assert lukasz[column["First name"]] == "Łukasz"
    hostile_cells = {row[column["Organisation"]] for row in rows[1:]}
    for name in HOSTILE_NAMES[:4]:
        assert "'" + name in hostile_cells
    assert "Smith <Jr" in hostile_cells
    for row in rows[1:]:
        for cell in row:
            assert not cell.lstrip().startswith(("=", "+", "-", "@")), cell
    assert not any(row[column["Last name"]] == "Ohnezustimmung" for row in rows)


def test_csv_comma_dialect_and_internal(cluster, tmp_path):
    out = tmp_path / "members.csv"
    MemberDirectoryCsv(cluster, dialect="comma", on=TODAY, internal=True, language="en").write(out)
    data = out.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    assert data.split(b"\n", 1)[0].endswith(b"\r")
    rows = read_csv(out, ",")
    assert tuple(rows[0]) == CSV_HEADERS
    column = {header: index for index, header in enumerate(rows[0])}
    last_names = [row[column["Last name"]] for row in rows[1:]]
    assert "Ohnezustimmung" in last_names
    hostile = next(row for row in rows if row[column["Last name"]] == "Żółć")
    assert hostile[column["Member since"]] == "2020-03-15"
    assert len(rows) - 1 == sum(max(len(e.contacts), 1) for e in entries(cluster, True))


def test_csv_unknown_dialect_and_cancel(cluster, tmp_path):
    with pytest.raises(ValueError):
        MemberDirectoryCsv(cluster, dialect="tab")
    with pytest.raises(ExportCancelled):
        MemberDirectoryCsv(cluster, on=TODAY, cancelled=lambda: True).write(tmp_path / "a.csv")
    assert list(tmp_path.iterdir()) == []


# -- vCards ---------------------------------------------------------------------


def test_vcards_of_the_listed_contacts(cluster, tmp_path):
    out = tmp_path / "kontakte.vcf"
    count = ContactCards(cluster, on=TODAY).write(out)
    expected = [contact for entry in entries(cluster) for contact in entry.contacts]
    assert count == len(expected)
    data = out.read_bytes()
    text = data.decode("utf-8")
    assert data.count(b"\r\n") == data.count(b"\n")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    cards = list(vobject.readComponents(text))
    assert len(cards) == len(expected)
    assert [card.n.value.family for card in cards] == [c["last_name"] for c in expected]
    assert len({card.uid.value for card in cards}) == len(cards)
    lukasz = next(card for card in cards if card.n.value.family == "Żółć")
    assert lukasz.fn.value == "Łukasz Żółć"
    assert lukasz.org.value == [HOSTILE_NAMES[0]]
    assert lukasz.title.value == "@Leiter, Vertrieb; Export"
    phones = {line.params["TYPE"][0]: line.value for line in lukasz.tel_list}
    assert phones == {"WORK": "+48 12 345 67 89", "CELL": "+49 170 1234567"}
    assert lukasz.adr.value.code == "01067"
    assert lukasz.adr.value.street == "Altmarkt 1"
    assert "NOTE" not in text
    assert "Ohnezustimmung" not in text


def test_vcards_internal_include_everyone(cluster, tmp_path):
    out = tmp_path / "alle.vcf"
    count = ContactCards(cluster, on=TODAY, internal=True).write(out)
    cards = list(vobject.readComponents(out.read_text(encoding="utf-8")))
    assert count == len(cards) == sum(len(e.contacts) for e in entries(cluster, True))
    assert "Ohnezustimmung" in {card.n.value.family for card in cards}
    with pytest.raises(ValueError):
        ContactCards(cluster, version="4.0")


@pytest.mark.parametrize(
    ("language", "title", "sheets", "as_of", "page"),
    [
        (
            "de",
            "Mitgliederverzeichnis",
            ["Organisationen", "Ansprechpartner", "Produkte"],
            "Stand: 01.11.2026",
            "Seite &P von &N",
        ),
        (
            "en",
            "Member directory",
            ["Organisations", "Contacts", "Products"],
            "As of 1 November 2026",
            "Page &P of &N",
        ),
    ],
)
def test_xlsx_prints_sensibly(cluster, tmp_path, language, title, sheets, as_of, page):
    """Every sheet: A4 landscape (they are wide), fitted to the page's width and as
    many pages down as needed, the header row on every page, only the table printed,
    the directory's and the sheet's name and the day in the page header, the page
    number in the footer."""
    out = tmp_path / "mitglieder.xlsx"
    MemberDirectoryXlsx(cluster, on=TODAY, language=language).write(out)
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == sheets
    for sheet in workbook:
        setup = sheet.page_setup
        assert (setup.orientation, setup.paperSize) == ("landscape", 9), sheet.title
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0)
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows == "$1:$1"
        last = openpyxl.utils.get_column_letter(sheet.max_column)
        assert sheet.print_area == f"'{sheet.title}'!$A$1:${last}${sheet.max_row}"
        assert sheet.oddHeader.left.text == f"{title} – {sheet.title}"
        assert not sheet.oddHeader.center.text  # published: no INTERN notice
        assert sheet.oddHeader.right.text == as_of
        assert sheet.oddFooter.center.text == page
        assert sheet.print_options.gridLines
