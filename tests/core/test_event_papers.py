"""The papers of an event (sign-in sheet, participant list) and address labels,
judged by real readers: pdftotext, pdffonts, pdfinfo and qpdf in a subprocess, and
openpyxl for the workbook."""

from __future__ import annotations

import re
from datetime import date

import openpyxl
import pytest
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from secretariat.demo import build_demo
from secretariat.domain.text import alphabetical_key
from secretariat.exports import ExportError
from secretariat.exports.event_papers import (
    ParticipantListPdf,
    ParticipantListXlsx,
    SignInSheetPdf,
    event_when,
)
from secretariat.exports.labels import (
    LAYOUTS,
    MIN_SIZE,
    AddressLabelsPdf,
    address_lines,
    fit_lines,
    person_line,
)
from secretariat.exports.pdf_style import FONT, FONT_BOLD, register_fonts
from secretariat.store import ClusterDatabase
from tests.pdf_readers import assert_sound_a4
from tests.pdf_readers import pdf_pages as pages_of
from tests.pdf_readers import pdf_text as text_of

# (first name, last name, status, role): who is registered for the test event.
PEOPLE = [
    ("Łukasz", "Żółć", "registered", "participant"),
    ("Ирина", "Петрова", "registered", "speaker"),
    ("John", "Smith <Jr", "registered", "participant"),
    ("Anna", "Schmidt", "attended", "organiser"),
    ("Ömer", "Öztürk", "registered", "press"),
    ("Bernd", "Abel", "registered", "participant"),
    ("Carla", "Cancelled", "cancelled", "participant"),
    ("Wilma", "Waitlisted", "waitlisted", "participant"),
    ("Ingo", "Invited", "invited", "participant"),
]
EXPECTED = [p for p in PEOPLE if p[2] in ("registered", "attended")]
NOT_EXPECTED = [p for p in PEOPLE if p[2] not in ("registered", "attended")]
FILLERS = 40  # demo contacts registered as well, so the sheet runs over pages


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """A demo cluster of 30 organisations and an event with the people above."""
    path = tmp_path_factory.mktemp("papers") / "cluster.sqlite3"
    db = ClusterDatabase.open(path, staff="anna")
    build_demo(db, organisations=30, seed=3, today=date(2026, 11, 1))
    venue = db.venues.list(limit=1)[0]
    event = db.events.create(
        {
            "title": "Fachtag Wasserstoff & <KI>",
            "status": "registration_open",
            "starts_at": "2026-12-16T08:00:00Z",
            "ends_at": "2026-12-16T16:00:00Z",
            "venue_id": venue["id"],
            "room": "Saal 2",
        }
    )
    organisations = db.organisations.list(sort="name", limit=None)
    for number, (first, last, status, role) in enumerate(PEOPLE):
        contact = db.contacts.create(
            {
                "first_name": first,
                "last_name": last,
                "salutation": "ms" if number % 2 else "mr",
                "title": "Dr." if number == 3 else "",
                "email": f"person{number}@example.org",
                "organisation_id": organisations[number]["id"],
            }
        )
        values = {"event_id": event["id"], "contact_id": contact["id"], "status": status}
        values["role"] = role
        if status == "waitlisted":
            values["waitlist_position"] = 1
        db.registrations.create(values)
    taken = {r["contact_id"] for r in db.registrations.list(limit=None)}
    fillers = [c for c in db.contacts.list(limit=None) if c["id"] not in taken][:FILLERS]
    for contact in fillers:
        db.registrations.create(
            {"event_id": event["id"], "contact_id": contact["id"], "status": "registered"}
        )
    yield db, event["id"]
    db.close()


def expected_order(db: ClusterDatabase, event_id: int) -> list[str]:
    """ "Last, First" of the people expected, in alphabetical order of last names."""
    rows = db.registrations.list(filters={"event_id": event_id}, limit=None)
    rows = [r for r in rows if r["status"] in ("registered", "attended")]
    rows.sort(
        key=lambda r: (
            alphabetical_key(r["last_name"]),
            alphabetical_key(r["first_name"] or ""),
            r["id"],
        )
    )
    return [f"{r['last_name']}, {r['first_name']}" for r in rows]


NUMBERED = re.compile(r"^\s*(\d+)(?:\s{2,}(\S.*?))?(?:\s{2,}|$)")


def numbered_rows(text: str) -> list[tuple[int, str]]:
    rows = []
    for line in text.splitlines():
        match = NUMBERED.match(line)
        if match:
            rows.append((int(match.group(1)), (match.group(2) or "").strip()))
    return rows


# -- the sign-in sheet -------------------------------------------------------------


def test_sign_in_sheet(cluster, tmp_path):
    db, event_id = cluster
    out = tmp_path / "signin.pdf"
    sheet = SignInSheetPdf(db, event_id, blank_rows=10)
    assert sheet.write(out) == len(EXPECTED) + FILLERS
    assert_sound_a4(out)
    text = text_of(out)
    plain_text = text_of(out, layout=False)
    for first, last, _status, _role in EXPECTED:
        assert f"{last}, {first}" in plain_text
    for _first, last, _status, _role in NOT_EXPECTED:
        assert last not in plain_text
    assert "Mittwoch, 16.12.2026, 09:00–17:00 Uhr" in plain_text
    assert "Fachtag Wasserstoff & <KI>" in plain_text
    assert "Saal 2" in plain_text
    names = expected_order(db, event_id)
    rows = numbered_rows(text)
    total = len(names) + 10
    assert [number for number, _name in rows] == list(range(1, total + 1))
    # a name with a role under it sits on another line than its number: compare places
    flat = " ".join(plain_text.split())
    places = [flat.index(name) for name in names]
    assert places == sorted(places)
    assert all(name == "" for _number, name in rows[len(names) :])  # the walk-in rows
    pages = pages_of(out)
    assert pages == sheet.pages >= 2
    for page in range(1, pages + 1):
        on_page = text_of(out, page=page)
        assert "Unterschrift" in on_page  # the header row repeats
        assert f"Seite {page} von {pages}" in on_page


def test_sign_in_sheet_wraps_long_names(cluster, tmp_path):
    db, event_id = cluster
    contact = db.contacts.create(
        {"first_name": "Maximiliane", "last_name": "Aaa-" + "Sehrlangername " * 8}
    )
    registration = db.registrations.create({"event_id": event_id, "contact_id": contact["id"]})
    try:
        out = tmp_path / "signin.pdf"
        SignInSheetPdf(db, event_id, blank_rows=0).write(out)
        assert_sound_a4(out)
        assert "Maximiliane" in text_of(out, layout=False)
    finally:
        db.registrations.delete(registration["id"], registration["version"])


def test_unknown_event(cluster, tmp_path):
    db, _event_id = cluster
    for paper in (SignInSheetPdf(db, 99999), ParticipantListPdf(db, 99999)):
        with pytest.raises(ExportError, match="There is no event #99999"):
            paper.write(tmp_path / "x.pdf")
    with pytest.raises(ExportError, match="There is no event #99999"):
        ParticipantListXlsx(db, 99999).write(tmp_path / "x.xlsx")
    assert not list(tmp_path.iterdir())


def test_the_time_line_in_german():
    event = {
        "starts_at": "2026-06-12T07:30:00Z",
        "ends_at": "2026-06-13T15:00:00Z",
        "time_zone": "Europe/Berlin",
    }
    assert event_when(event) == "Freitag, 12.06.2026, 09:30 Uhr – Samstag, 13.06.2026, 17:00 Uhr"


# -- the participant list --------------------------------------------------------------


def test_internal_participant_list(cluster, tmp_path):
    db, event_id = cluster
    out = tmp_path / "participants.pdf"
    assert ParticipantListPdf(db, event_id).write(out) == len(PEOPLE) + FILLERS
    assert_sound_a4(out)
    text = text_of(out, layout=False)
    for first, last, _status, _role in PEOPLE:
        assert f"{last}, {first}" in text
    assert "person0@example.org" in text
    assert "INTERN" in text
    assert "Auf der Warteliste" in text and "Abgesagt" in text
    registered = sum(1 for p in PEOPLE if p[2] == "registered") + FILLERS
    assert f"Angemeldet: {registered} · Auf der Warteliste: 1 · Teilgenommen: 1" in " ".join(
        text.split()
    )


def test_public_participant_list(cluster, tmp_path):
    db, event_id = cluster
    out = tmp_path / "participants.pdf"
    ParticipantListPdf(db, event_id, internal=False).write(out)
    assert_sound_a4(out)
    text = text_of(out, layout=False)
    for first, last, _status, _role in EXPECTED:
        assert f"{last}, {first}" in text
    for _first, last, _status, _role in NOT_EXPECTED:
        assert last not in text
    assert "@example.org" not in text
    assert "INTERN" not in text


def test_participant_workbook(cluster, tmp_path):
    db, event_id = cluster
    out = tmp_path / "participants.xlsx"
    assert ParticipantListXlsx(db, event_id).write(out) == len(PEOPLE) + FILLERS
    workbook = openpyxl.load_workbook(out)
    sheet = workbook.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Nr.", "Nachname", "Vorname")
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:G{len(rows)}"
    names = {(row[2], row[1]) for row in rows[1:]}
    for first, last, _status, _role in PEOPLE:
        assert (first, last) in names
    assert [row[0] for row in rows[1:]] == list(range(1, len(rows)))
    for each in workbook:
        assert all(cell.data_type != "f" for row in each.iter_rows() for cell in row)
    counts = {row[0]: row[1] for row in workbook.worksheets[1].iter_rows(values_only=True)}
    assert counts["Auf der Warteliste"] == 1 and counts["Teilgenommen"] == 1


# -- address labels -------------------------------------------------------------------


def test_the_label_grids_are_centred_on_a4():
    for layout in LAYOUTS.values():
        assert layout.left >= 0 and layout.bottom > 0
        right = layout.left + layout.columns * layout.width
        top = layout.bottom + layout.rows * layout.height
        assert right + layout.left == pytest.approx(210 * mm)
        assert top + layout.bottom == pytest.approx(297 * mm)
    assert LAYOUTS["3x8"].per_page == 24 and LAYOUTS["2x7"].per_page == 14


@pytest.mark.parametrize(("layout", "pages"), [("3x8", 2), ("2x7", 3)])
def test_one_label_per_organisation(cluster, tmp_path, layout, pages):
    db, _event_id = cluster
    out = tmp_path / "labels.pdf"
    count = AddressLabelsPdf(db, layout=layout).write(out)
    assert count == db.organisations.count() == 30
    assert_sound_a4(out)
    assert pages_of(out) == pages
    text = text_of(out, layout=False)
    assert "NIEDERLANDE" in text  # the demo has an organisation in Venlo


def test_member_labels(cluster, tmp_path):
    db, _event_id = cluster
    out = tmp_path / "labels.pdf"
    db.organisations.create(
        {"name": "Ehemals Mitglied GmbH", "is_member": 1, "member_until": "2020-12-31"}
    )
    before = date.today()
    count = AddressLabelsPdf(db, members_only=True).write(out)
    after = date.today()  # midnight may fall in between
    # members on the day, counted here in plain SQL rather than by the program's filter
    members = {
        db.execute(
            "SELECT count(*) FROM organisations WHERE is_member = 1 "
            "AND (member_since IS NULL OR member_since <= :day) "
            "AND (member_until IS NULL OR member_until >= :day)",
            {"day": day.isoformat()},
        ).fetchone()[0]
        for day in (before, after)
    }
    assert count in members and count < 30
    assert "Ehemals Mitglied" not in text_of(out, layout=False)  # membership has ended


def test_labels_for_an_event(cluster, tmp_path):
    db, event_id = cluster
    out = tmp_path / "labels.pdf"
    count = AddressLabelsPdf(db, event_id=event_id, layout="2x7").write(out)
    assert count == len(EXPECTED) + FILLERS
    assert_sound_a4(out)
    text = text_of(out, layout=False)
    assert "Herr Łukasz Żółć" in text
    assert "Frau Ирина Петрова" in text
    assert "Frau Dr. Anna Schmidt" in text
    assert "Smith <Jr" in text
    for _first, last, _status, _role in NOT_EXPECTED:
        assert last not in text


def test_labels_for_an_unknown_event(cluster):
    db, _event_id = cluster
    with pytest.raises(ExportError, match="There is no event #99999"):
        AddressLabelsPdf(db, event_id=99999).to_bytes()


def test_german_address_order():
    organisation = {
        "name": "Robois Services B.V.",
        "street": "Havenweg 26",
        "postcode": "5914 LT",
        "city": "Venlo",
        "country": "nl",
    }
    person = person_line(
        {"salutation": "ms", "title": "Dr.", "first_name": "Anna", "last_name": "Schmidt"}
    )
    assert person == "Frau Dr. Anna Schmidt"
    assert address_lines(organisation, person) == (
        "Robois Services B.V.",
        "Frau Dr. Anna Schmidt",
        "Havenweg 26",
        "5914 LT Venlo",
        "NIEDERLANDE",
    )
    assert address_lines({**organisation, "country": "DE"})[-1] == "5914 LT Venlo"


def test_label_text_shrinks_then_is_cut():
    register_fonts()
    width, height = 60 * mm, 30 * mm
    size, lines, bold = fit_lines(("Kurz GmbH", "Weg 1", "12345 Ort"), width, height)
    assert size == 10 and lines == ["Kurz GmbH", "Weg 1", "12345 Ort"] and bold == 1
    name = (
        "Gesellschaft für angewandte Forschung und Entwicklung im Bereich der Wasserstoffwirtschaft"
    )
    size, lines, bold = fit_lines((name, "Weg 1", "12345 Ort"), width, height)
    assert MIN_SIZE <= size < 10 and bold == 2
    huge = "X" * 300
    size, lines, bold = fit_lines((huge, "Y" * 300, "12345 Ort"), width, height)
    assert size == MIN_SIZE and lines[0].endswith("…") and lines[1].endswith("…")
    for number, line in enumerate(lines):
        font = FONT_BOLD if number < bold else FONT
        assert stringWidth(line, font, size) <= width
    assert len(lines) * size * 1.2 <= height


def test_participant_workbook_prints_sensibly(cluster, tmp_path):
    """Landscape (it is wider than a portrait page), every column on the page's width,
    the header row on every page, the title with the event's day and name in the page
    header ("&" kept as itself), "INTERN" in its middle, the page in the footer."""
    db, event_id = cluster
    out = tmp_path / "participants.xlsx"
    ParticipantListXlsx(db, event_id).write(out)
    people, counts = openpyxl.load_workbook(out).worksheets
    setup = people.page_setup
    assert (setup.orientation, setup.paperSize) == ("landscape", 9)  # A4
    assert (setup.fitToWidth, setup.fitToHeight) == (1, 0)
    assert people.sheet_properties.pageSetUpPr.fitToPage
    assert people.print_title_rows == "$1:$1"
    assert people.print_area == f"'Teilnehmerliste'!$A$1:$G${len(PEOPLE) + FILLERS + 1}"
    header = people.oddHeader
    assert header.left.text == "Teilnehmerliste – 16.12.2026 – Fachtag Wasserstoff && <KI>"
    assert header.center.text == "INTERN – nicht zur Weitergabe"
    assert header.right.text.startswith("Stand: ")
    assert people.oddFooter.center.text == "Seite &P von &N"
    assert counts.page_setup.orientation == "portrait"  # two narrow columns
    assert counts.print_title_rows == "$1:$1" and counts.oddFooter.center.text


def test_participant_workbook_prints_in_english(cluster, tmp_path):
    db, event_id = cluster
    out = tmp_path / "participants.xlsx"
    ParticipantListXlsx(db, event_id, language="en").write(out)
    sheet = openpyxl.load_workbook(out).worksheets[0]
    # beside the INTERNAL notice the event's name is shortened, never the day
    assert sheet.oddHeader.left.text.startswith("List of participants – 16 December 2026 – F")
    assert sheet.oddHeader.left.text.endswith("…")
    assert sheet.oddHeader.center.text == "INTERNAL – not for distribution"
    assert sheet.oddHeader.right.text.startswith("As of ")
    assert sheet.oddFooter.center.text == "Page &P of &N"
