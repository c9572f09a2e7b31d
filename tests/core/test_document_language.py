"""Every document in both document languages, read by tools we did not write:
pdftotext for the PDFs, openpyxl for the workbooks, csv and icalendar. German has
German headings, "Seite 1 von N" and dates as 12.06.2026; English has English
headings, "Page 1 of N" and none of the German headings."""

from __future__ import annotations

import csv
import re
from datetime import date

import icalendar
import openpyxl
import pytest

from secretariat.demo import build_demo
from secretariat.domain import enums, records
from secretariat.domain.validation import clean
from secretariat.exports import (
    annual_report,
    directory_pdf,
    directory_tables,
    event_documents,
    event_papers,
    labels,
    press_release,
    record_list,
)
from secretariat.exports.calendar import EventCalendar
from secretariat.exports.language import (
    GERMAN_LABELS,
    LANGUAGES,
    PRINTED_GERMAN_LABELS,
    WORDINGS,
    Wording,
    format_clock,
    format_date,
    format_long_date,
    format_money,
    format_number,
    format_time_span,
    vocabulary_label,
)
from secretariat.store import ClusterDatabase
from tests.pdf_readers import pdf_pages, pdf_words

TODAY = date(2026, 11, 1)
EVENT_DAY = "12.06.2026"
DE_DATE = re.compile(r"\b\d{2}\.\d{2}\.\d{4}\b")


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    path = tmp_path_factory.mktemp("language") / "cluster.sqlite3"
    db = ClusterDatabase.open(path, staff="anna")
    build_demo(db, organisations=12, seed=3, today=TODAY)
    organisation = db.organisations.create(
        {
            "name": "Grenzland Logistik BV",
            "kind": "firm",
            "is_member": 1,
            "member_since": "2020-03-15",
            "postcode": "5914 LT",
            "city": "Venlo",
            "country": "NL",
        }
    )
    venue = db.venues.list(limit=1)[0]
    event = db.events.create(
        {
            "title": "Fachtag Wasserstoff",
            "event_type": "network_meeting",
            "status": "held",
            "starts_at": "2026-06-12T07:30:00Z",  # 09:30 in Berlin
            "ends_at": "2026-06-12T15:00:00Z",
            "venue_id": venue["id"],
            "room": "Saal 2",
        }
    )
    for number, (status, role) in enumerate(
        [("attended", "participant"), ("attended", "speaker"), ("registered", "press")]
    ):
        contact = db.contacts.create(
            {
                "first_name": f"Vorname{number}",
                "last_name": f"Nachname{number}",
                "salutation": "ms",
                "organisation_id": organisation["id"],
            }
        )
        db.registrations.create(
            {"event_id": event["id"], "contact_id": contact["id"], "status": status, "role": role}
        )
    db.programme_items.create(
        {
            "event_id": event["id"],
            "title": "Begrüßung",
            "starts_at": "2026-06-12T07:30:00Z",
            "ends_at": "2026-06-12T08:00:00Z",
        }
    )
    story = db.stories.create(
        {
            "title": "Neues aus dem Cluster",
            "body": "Ein Absatz.",
            "status": "published",
            "channel": "press",
            "published_on": "2026-06-12",
        }
    )
    db.projects.create(
        {
            "name": "Wasserstoffregion",
            "status": "running",
            "funding_cents": 123_456_789,
            "starts_on": "2026-01-01",
            "ends_on": "2027-12-31",
        }
    )
    yield db, event["id"], story["id"]
    db.close()


def _documents(db, event_id, story_id, language):
    """(name, exporter) for every PDF document."""
    words = {"language": language}
    return {
        "directory": directory_pdf.MemberDirectoryPdf(db, on=TODAY, internal=True, **words),
        "signin": event_papers.SignInSheetPdf(db, event_id, **words),
        "participants": event_papers.ParticipantListPdf(db, event_id, **words),
        "badges": event_documents.NameBadgesPdf(db, event_id, **words),
        "programme": event_documents.ProgrammeFlyerPdf(db, event_id, **words),
        "certificates": event_documents.AttendanceCertificatesPdf(
            db, event_id, today=TODAY, **words
        ),
        "labels": labels.AddressLabelsPdf(db, event_id=event_id, **words),
        "press": press_release.PressReleasePdf(db, story_id, **words),
        "report": annual_report.AnnualReportPdf(db, 2026, **words),
    }


# What each document must say: German, English. Documents with page numbers in the
# footer say "Seite 1 von N" / "Page 1 of N"; those with a date show it.
HEADINGS = {
    "directory": (
        ["Mitgliederverzeichnis", "Inhalt", "Verzeichnis der Organisationen", "Stand: 01.11.2026"],
        ["Member Directory", "Contents", "Index of organisations", "As of 1 November 2026"],
    ),
    "signin": (
        ["Anwesenheitsliste", "Unterschrift", f"Freitag, {EVENT_DAY}"],
        ["Sign-in sheet", "Signature", "Friday, 12 June 2026, 09:30–17:00"],
    ),
    "participants": (
        ["Teilnehmerliste", "Rolle", "Angemeldet: 1", "09:30–17:00 Uhr"],
        ["List of participants", "Role", "Registered: 1", "Friday, 12 June 2026"],
    ),
    "badges": (["Referent/in", "Presse"], ["Speaker", "Press"]),
    "programme": (
        ["Programm", "Programmpunkt", "Referent/in", "Raum Saal 2", EVENT_DAY],
        ["Programme", "Item", "Speaker", "Room Saal 2", "12 June 2026"],
    ),
    "certificates": (
        ["Teilnahmebescheinigung", "Hiermit wird bestätigt, dass", "teilgenommen hat", EVENT_DAY],
        ["Certificate of Attendance", "This is to certify that", "attended the event on 12 June"],
    ),
    "labels": (["Frau Vorname0", "NIEDERLANDE"], ["Ms Vorname0", "NETHERLANDS"]),
    "press": (
        ["Pressemitteilung", "12. Juni 2026", "Über", "Pressekontakt"],
        ["Press release", "12 June 2026", "About", "Press contact"],
    ),
    "report": (
        ["Jahresbericht 2026", "Berichtszeitraum: 01.01.2026 – 31.12.2026", "1.234.568 €"],
        ["Annual Report 2026", "Reporting period: 1 January 2026 – 31 December 2026", "€1,234,568"],
    ),
}
PAGED = ("directory", "signin", "participants", "press", "report")
DATED = ("directory", "signin", "participants", "programme", "certificates", "report")
# German words of the documents that must not be in any English one.
GERMAN_ONLY = re.compile(
    r"\b(Seite|Stand|Uhr|Inhalt|Mitglieder\w*|Teilnahme\w*|Teilnehmende\w*|Unterschrift"
    r"|Programmpunkt|Referent/in|Raum|Presse\w*|Jahresbericht|Bescheinigung|Frau|Herr"
    r"|Ansprechpartner|Veranstaltung\w*|Anmeldung|Angemeldet|Warteliste|Summe|Anzahl"
    r"|Niederlande|Januar|Juni|Dezember|Freitag)\b"
)


@pytest.mark.parametrize("name", list(HEADINGS))
def test_every_pdf_in_german_and_in_english(cluster, tmp_path, name):
    db, event_id, story_id = cluster
    texts = {}
    for language in LANGUAGES:
        path = tmp_path / f"{name}-{language}.pdf"
        _documents(db, event_id, story_id, language)[name].write(path)
        texts[language] = pdf_words(path)
        pages = pdf_pages(path)
        if name in PAGED:
            first = "Seite 1 von" if language == "de" else "Page 1 of"
            assert f"{first} {pages}" in texts[language]
    german, english = texts["de"], texts["en"]
    for expected in HEADINGS[name][0]:
        assert expected in german, (name, expected)
    for expected in HEADINGS[name][1]:
        assert expected in english, (name, expected)
    if name in DATED:
        assert DE_DATE.search(german)
        assert not DE_DATE.search(english), DE_DATE.search(english)
    found = GERMAN_ONLY.findall(english)
    assert not found, (name, found)
    assert "Page" not in german.replace("Homepage", "")


def test_the_vocabulary_reads_in_the_document_language(cluster, tmp_path):
    db, _event_id, _story_id = cluster
    german = tmp_path / "de.pdf"
    english = tmp_path / "en.pdf"
    directory_pdf.MemberDirectoryPdf(db, on=TODAY, group_by="role").write(german)
    directory_pdf.MemberDirectoryPdf(db, on=TODAY, group_by="role", language="en").write(english)
    assert "Unternehmen" in pdf_words(german) and "nach Rolle im Cluster" in pdf_words(german)
    assert "Firm" in pdf_words(english) and "by cluster role" in pdf_words(english)


# -- spreadsheets and the calendar ---------------------------------------------------


@pytest.mark.parametrize(
    ("language", "sheets", "since", "date_format"),
    [
        ("de", ["Organisationen", "Ansprechpartner", "Produkte"], "Mitglied seit", "DD.MM.YYYY"),
        ("en", ["Organisations", "Contacts", "Products"], "Member since", "YYYY-MM-DD"),
    ],
)
def test_the_directory_workbook(cluster, tmp_path, language, sheets, since, date_format):
    db, _event_id, _story_id = cluster
    out = tmp_path / "directory.xlsx"
    directory_tables.MemberDirectoryXlsx(db, on=TODAY, internal=True, language=language).write(out)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == sheets
    header = [cell.value for cell in book.worksheets[0][1]]
    assert since in header
    column = header.index(since) + 1
    dates = [
        book.worksheets[0].cell(row, column)
        for row in range(2, book.worksheets[0].max_row + 1)
        if book.worksheets[0].cell(row, column).value is not None
    ]
    assert dates and all(cell.number_format == date_format for cell in dates)
    internal = "INTERN" if language == "de" else "INTERNAL"
    assert book.worksheets[0].oddHeader.center.text.startswith(internal)


@pytest.mark.parametrize(
    ("language", "dialect", "headers", "since"),
    [
        ("de", "excel-de", ["Organisation", "Art", "Mitglied seit", "Vorname"], "15.03.2020"),
        ("en", "excel-de", ["Organisation", "Kind", "Member since", "First name"], "15.03.2020"),
        ("en", "comma", ["Organisation", "Kind", "Member since", "First name"], "2020-03-15"),
    ],
)
def test_the_directory_csv(cluster, tmp_path, language, dialect, headers, since):
    """The headers follow the document language; a date follows the dialect, which is
    what the spreadsheet program reading the file understands."""
    db, _event_id, _story_id = cluster
    out = tmp_path / "directory.csv"
    directory_tables.MemberDirectoryCsv(db, on=TODAY, dialect=dialect, language=language).write(out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";" if dialect == "excel-de" else ","))
    assert set(headers) <= set(rows[0])
    venlo = next(row for row in rows if row[0] == "Grenzland Logistik BV")
    assert venlo[rows[0].index(headers[2])] == since


def test_the_german_csv_headers_are_the_imports_own(cluster, tmp_path):
    """A German directory reads back in: the import knows every German header."""
    from secretariat.imports.mapping import suggest

    headers = directory_tables.csv_headers("de")
    mapping = suggest(headers, "organisations")
    organisation_headers = headers[: len(directory_tables.CSV_ORGANISATION_COLUMNS)]
    known = {h for h, t in zip(headers, mapping.targets, strict=True) if t is not None}
    assert set(organisation_headers) - {"Art", "Clusterrollen", "Größenklasse"} <= known


@pytest.mark.parametrize(("language", "kind"), [("de", "Unternehmen"), ("en", "Firm")])
def test_the_directory_cells_speak_the_document_language_and_read_back(
    cluster, tmp_path, language, kind
):
    """Choice values (kind, roles, size) are written in the document language; the
    import understands both, so a German directory reads back as it was."""
    db, _event_id, _story_id = cluster
    out = tmp_path / "directory.xlsx"
    directory_tables.MemberDirectoryXlsx(db, on=TODAY, language=language).write(out)
    sheet = openpyxl.load_workbook(out).worksheets[0]
    kinds = [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert kind in kinds
    for row in sheet.iter_rows(min_row=2, values_only=True):
        cleaned = clean(records.ORGANISATION, {"name": row[0], "kind": row[1]})
        assert cleaned["kind"] in {member.value for member in enums.OrganisationKind}


@pytest.mark.parametrize(
    ("language", "expected"),
    [("de", ["Nr.", "Nachname", "Vorname", "Rolle"]), ("en", ["No.", "Last name", "Role"])],
)
def test_the_participant_workbook(cluster, tmp_path, language, expected):
    db, event_id, _story_id = cluster
    out = tmp_path / "participants.xlsx"
    event_papers.ParticipantListXlsx(db, event_id, language=language).write(out)
    book = openpyxl.load_workbook(out)
    header = [cell.value for cell in book.worksheets[0][1]]
    assert set(expected) <= set(header)
    counts = book.worksheets[1]
    assert counts.title == ("Zählung" if language == "de" else "Counts")
    assert counts["B1"].value == ("Anzahl" if language == "de" else "Count")
    statuses = {row[0].value for row in counts.iter_rows(min_row=2)}
    assert statuses == (
        {"Angemeldet", "Auf der Warteliste", "Teilgenommen"}
        if language == "de"
        else {"Registered", "Waitlisted", "Attended"}
    )


@pytest.mark.parametrize(
    ("language", "fallback", "shown"),
    [("de", "Liste", "DD.MM.YYYY"), ("en", "List", "YYYY-MM-DD")],
)
def test_a_record_list_takes_the_callers_headers(tmp_path, language, fallback, shown):
    columns = [directory_tables.Column("Datum" if language == "de" else "Date", 12, "date")]
    out = tmp_path / "list.xlsx"
    record_list.RecordListXlsx(
        "", columns, [[date(2026, 6, 12)]], total=1, language=language
    ).write(out)
    sheet = openpyxl.load_workbook(out).worksheets[0]
    assert sheet.title == fallback
    assert sheet["A1"].value == columns[0].header
    assert sheet["A2"].number_format == shown


@pytest.mark.parametrize(
    ("language", "category"), [("de", "Netzwerktreffen"), ("en", "Network meeting")]
)
def test_the_calendar_category(cluster, language, category):
    db, event_id, _story_id = cluster
    data = EventCalendar(db, event_ids=[event_id], language=language).to_bytes()
    event = next(iter(icalendar.Calendar.from_ical(data).walk("VEVENT")))
    assert event["categories"].cats == [category]


# -- the words and the formats -----------------------------------------------------------


def test_no_document_lacks_a_word_in_either_language():
    assert {"directory", "event papers", "event documents", "press release"} <= set(WORDINGS)
    assert {"annual report", "directory tables", "address labels", "record list"} <= set(WORDINGS)
    for wording in WORDINGS.values():
        assert set(wording["de"]) == set(wording["en"]), wording.name
        empty = {
            (language, key)
            for language in LANGUAGES
            for key, text in wording[language].items()
            if not text.strip()
        }
        # only a certificate's closing line, which English does not need
        assert empty <= {("en", "took_part")}, (wording.name, empty)


def test_a_missing_word_is_refused_at_once():
    with pytest.raises(ValueError, match="no 'en' wording for \\['index'\\]"):
        Wording("broken", {"de": {"index": "Verzeichnis"}, "en": {}})
    with pytest.raises(ValueError, match="blanks"):
        Wording("broken", {"de": {"page": "Seite {page}"}, "en": {"page": "Page {number}"}})
    with pytest.raises(ValueError, match="Unknown document language 'fr'"):
        directory_pdf.MemberDirectoryPdf(None, language="fr")


def test_every_vocabulary_value_has_a_german_label():
    vocabularies = {
        value
        for value in vars(enums).values()
        if isinstance(value, type)
        and issubclass(value, enums.Vocabulary)
        and value is not enums.Vocabulary
    }
    assert set(GERMAN_LABELS) == vocabularies
    for vocabulary, labels_ in GERMAN_LABELS.items():
        assert set(labels_) == set(vocabulary.values()), vocabulary.__name__
        assert all(labels_.values()), vocabulary.__name__
    assert vocabulary_label(enums.OrganisationKind, "firm", "de") == "Unternehmen"
    assert vocabulary_label(enums.OrganisationKind, "firm", "en") == "Firm"
    assert vocabulary_label(enums.Salutation, "ms", "en") == "Ms"
    assert vocabulary_label(enums.OrganisationKind, "unheard of", "de") == "unheard of"
    assert vocabulary_label(enums.ClusterRole, "knowledge_generator", "de") == "Wissensproduzent"
    assert vocabulary_label(enums.ProjectStatus, "cancelled", "de") == "Abgebrochen"
    # a size class in full on paper, like the screen's short word with the same range
    assert vocabulary_label(enums.SizeClass, "micro", "de") == "Kleinstunternehmen (unter 10)"
    for vocabulary, printed in PRINTED_GERMAN_LABELS.items():
        for value, label in printed.items():
            short = GERMAN_LABELS[vocabulary][value]
            assert label[:4] == short[:4], (label, short)
            assert label.endswith(short.split("(")[-1]), (label, short)
    assert vocabulary_label(enums.RegistrationStatus, "cancelled", "de") == "Abgesagt"
    # in front of a name: no German form of address for "Mx" or none
    assert vocabulary_label(enums.Salutation, "mx", "de") == ""
    assert vocabulary_label(enums.Salutation, "ms", "de") == "Frau"


def test_dates_times_numbers_and_money():
    from datetime import datetime

    day = date(2026, 6, 12)
    start, end = datetime(2026, 6, 12, 14, 30), datetime(2026, 6, 12, 17, 0)
    assert format_date(day, "de") == "12.06.2026"
    assert format_date(day, "en") == "12 June 2026"
    assert format_long_date(day, "de") == "12. Juni 2026"
    assert format_clock(start, "de") == "14:30 Uhr"
    assert format_clock(start, "en") == "14:30"
    assert format_time_span(start, end, "de") == "14:30–17:00 Uhr"
    assert format_number(1234567, "de") == "1.234.567"
    assert format_number(1234.5, "en", 2) == "1,234.50"
    assert format_money(123456, "de") == "1.234,56 €"
    assert format_money(123456, "en") == "€1,234.56"
    assert format_money(-5, "de") == "-0,05 €"
    assert format_money(123456, "en", whole=True) == "€1,235"
