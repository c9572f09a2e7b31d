"""Name badges, the programme flyer and attendance certificates of an event, judged by
real readers: pdftotext, pdffonts, pdfinfo and qpdf in a subprocess."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from secretariat.demo import build_demo
from secretariat.exports import ExportError
from secretariat.exports.event_documents import (
    BADGE_SIZES,
    AttendanceCertificatesPdf,
    NameBadgesPdf,
    ProgrammeFlyerPdf,
    shrink_to_fit,
)
from secretariat.exports.pdf_style import FONT_BOLD, register_fonts
from secretariat.store import ClusterDatabase
from tests.pdf_readers import assert_sound_a4, pdf_words
from tests.pdf_readers import pdf_pages as pages_of

LONG = ("Maximiliane Alexandra Theodora", "von und zu Hohenzollern-Sigmaringen")
# (first name, last name, status, role)
PEOPLE = [
    ("Łukasz", "Żółć", "attended", "participant"),
    ("Ирина", "Петрова", "registered", "speaker"),
    ("Şükrü", "Ağaoğlu", "registered", "press"),
    ("John", "Smith <Jr", "attended", "participant"),
    ("Carla", "Cancelled", "cancelled", "participant"),
    (*LONG, "registered", "participant"),
    ("Olga", "Orga", "attended", "organiser"),
    ("Bernd", "Abel", "registered", "participant"),
    ("Clara", "Brandt", "registered", "participant"),
    ("Dieter", "Claasen", "registered", "participant"),
    ("Emma", "Dorn", "registered", "participant"),
    ("Fritz", "Engel", "registered", "participant"),
    ("Gisela", "Fuchs", "registered", "participant"),
]
EXPECTED = [p for p in PEOPLE if p[2] in ("registered", "attended")]
ATTENDED = [p for p in PEOPLE if p[2] == "attended"]
TOPICS = ["Begrüßung & Einführung", "Wasserstoff in NRW <heute>", "Podium: KI im Mittelstand"]


def text_of(path: Path) -> str:
    """The text without layout, every run of white space one space."""
    return pdf_words(path, layout=False)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    path = tmp_path_factory.mktemp("documents") / "cluster.sqlite3"
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
            "description": "Ein Tag rund um Wasserstoff.\nMit Podium & <Networking>.",
        }
    )
    organisations = db.organisations.list(sort="name", limit=None)
    contacts = {}
    for number, (first, last, status, role) in enumerate(PEOPLE):
        contact = db.contacts.create(
            {
                "first_name": first,
                "last_name": last,
                "email": f"person{number}@example.org",
                "organisation_id": organisations[number]["id"],
            }
        )
        contacts[last] = contact
        db.registrations.create(
            {"event_id": event["id"], "contact_id": contact["id"], "status": status, "role": role}
        )
    for number, title in enumerate(TOPICS):
        item = {
            "event_id": event["id"],
            "title": title,
            "starts_at": f"2026-12-16T{8 + number:02d}:00:00Z",
            "ends_at": f"2026-12-16T{8 + number:02d}:45:00Z",
            "room": "Saal 2",
        }
        if number == 1:
            item["speaker_contact_id"] = contacts["Петрова"]["id"]
        else:
            item["speaker_name"] = "Prof. Dr. Gast"
        db.programme_items.create(item)
    yield db, event["id"]
    db.close()


# -- badges -----------------------------------------------------------------------------


def test_badges_have_everyone_expected(cluster, tmp_path):
    db, event_id = cluster
    out = tmp_path / "badges.pdf"
    assert NameBadgesPdf(db, event_id).write(out) == len(EXPECTED) == 12
    assert_sound_a4(out)
    assert pages_of(out) == 2
    text = text_of(out)
    for first, last, _status, _role in EXPECTED:
        assert first in text and last in text
    assert "Cancelled" not in text
    assert "Smith <Jr" in text
    assert "Referent/in" in text and "Presse" in text and "Organisationsteam" in text
    assert " ".join(LONG) in text  # whole, on two lines
    assert "…" not in text


@pytest.mark.parametrize(("size", "pages"), [("90x55", 2), ("85x54", 2), ("100x70", 2)])
def test_badge_sizes(cluster, tmp_path, size, pages):
    db, event_id = cluster
    out = tmp_path / f"badges-{size}.pdf"
    badges = NameBadgesPdf(db, event_id, size=size)
    badges.write(out)
    assert_sound_a4(out)
    assert pages_of(out) == pages == badges.pages
    layout = BADGE_SIZES[size]
    assert layout.columns * layout.width <= 210 * 72 / 25.4
    assert layout.rows * layout.height <= 297 * 72 / 25.4


def test_an_unknown_badge_size(cluster):
    db, event_id = cluster
    with pytest.raises(ValueError, match="unknown badge size"):
        NameBadgesPdf(db, event_id, size="50x50")


def test_long_names_are_shrunk_not_cut():
    register_fonts()
    from reportlab.pdfbase.pdfmetrics import stringWidth

    width = 80 * 72 / 25.4
    size, lines = shrink_to_fit(" ".join(LONG), FONT_BOLD, width, largest=22, smallest=9)
    assert len(lines) == 2
    assert " ".join(lines) == " ".join(LONG)
    assert size < 22
    assert all(stringWidth(line, FONT_BOLD, size) <= width for line in lines)
    tiny, lines = shrink_to_fit("X" * 200, FONT_BOLD, 50, largest=22, smallest=9)
    assert lines == ["X" * 200] and stringWidth(lines[0], FONT_BOLD, tiny) <= 50.01


def test_unknown_event_is_an_export_error(cluster):
    db, _event_id = cluster
    for document in (NameBadgesPdf, ProgrammeFlyerPdf, AttendanceCertificatesPdf):
        with pytest.raises(ExportError, match="no event #99999"):
            document(db, 99999).to_bytes()


# -- programme flyer --------------------------------------------------------------------


def test_programme_flyer(cluster, tmp_path):
    db, event_id = cluster
    out = tmp_path / "programm.pdf"
    assert ProgrammeFlyerPdf(db, event_id).write(out) == len(TOPICS)
    assert_sound_a4(out)
    assert 1 <= pages_of(out) <= 2
    text = text_of(out)
    assert "Fachtag Wasserstoff & <KI>" in text
    assert "Mittwoch, 16.12.2026, 09:00–17:00 Uhr" in text
    assert "Mit Podium & <Networking>." in text
    for topic in TOPICS:
        assert topic in text
    assert "10:00–10:45" in text
    assert "Ирина Петрова" in text and "Prof. Dr. Gast" in text
    assert "Anmeldung:" in text
    assert "Saal 2" in text


# -- certificates -----------------------------------------------------------------------


def test_certificates_one_page_per_attendee(cluster, tmp_path):
    db, event_id = cluster
    out = tmp_path / "bescheinigungen.pdf"
    written = AttendanceCertificatesPdf(db, event_id, today=date(2026, 12, 17)).write(out)
    assert written == len(ATTENDED)
    assert_sound_a4(out)
    assert pages_of(out) == len(ATTENDED)
    text = text_of(out)
    assert text.count("Teilnahmebescheinigung") == len(ATTENDED)
    assert "Hiermit wird bestätigt, dass" in text
    for first, last, _status, _role in ATTENDED:
        assert f"{first} {last}" in text
    assert "Ирина" not in text and "Cancelled" not in text
    assert "am 16.12.2026 an der Veranstaltung" in text
    assert "Fachtag Wasserstoff & <KI>" in text
    assert "17.12.2026" in text
    for topic in TOPICS:
        assert topic in text


def test_certificates_when_nobody_attended(cluster):
    db, _event_id = cluster
    empty = db.events.create(
        {
            "title": "Leer",
            "starts_at": "2027-01-12T08:00:00Z",
            "ends_at": "2027-01-12T10:00:00Z",
        }
    )
    with pytest.raises(ExportError, match="Nobody is marked as attended yet."):
        AttendanceCertificatesPdf(db, empty["id"]).to_bytes()
