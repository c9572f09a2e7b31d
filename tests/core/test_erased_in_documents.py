"""People erased are named in no document and no list, and still counted.

A member organisation has two contacts listed in the directory and registered for
a past event, where both attended; one of them is erased. Every document that
names people is read back with an independent reader (pdftotext, openpyxl, csv,
vobject) and must show the other person and neither the erased one nor the name
erasure gives them; the counts of the event and of the year stay as they were.
"""

from __future__ import annotations

import csv
from datetime import date

import openpyxl
import pytest
import vobject

from secretariat.exports.directory_pdf import MemberDirectoryPdf
from secretariat.exports.directory_tables import MemberDirectoryCsv, MemberDirectoryXlsx
from secretariat.exports.event_documents import AttendanceCertificatesPdf, NameBadgesPdf
from secretariat.exports.event_papers import (
    ParticipantListPdf,
    ParticipantListXlsx,
    SignInSheetPdf,
    event_status_counts,
)
from secretariat.exports.labels import AddressLabelsPdf
from secretariat.exports.vcards import ContactCards
from secretariat.planning.registrations import register_organisations
from secretariat.privacy.erasure import ERASED_NAME, erase_contact
from secretariat.store.privacy import PrivacyStore
from secretariat.store.tables import listed_filters
from tests.pdf_readers import pdf_words

ERASED = {
    "first_name": "Xaveria",
    "last_name": "Quendelbrink",
    "email": "x.quendelbrink@quendel.example",
    "phone": "+49 221 7654321",
}
KEPT = {"first_name": "Berta", "last_name": "Kaltenbach", "email": "b.kaltenbach@kalt.example"}
# what must not appear: the person, and the name erasure gives them
GONE = ("Quendelbrink", "Xaveria", "quendel.example", "7654321", ERASED_NAME, "Gelöschte")


@pytest.fixture
def cluster(db_file):
    """(database, event id, erased contact id, kept contact id) after the erasure."""
    _path, db = db_file
    db.update_profile(db.profile()["version"], {"name": "Cluster Wasserstoff NRW"})
    firm = db.organisations.create(
        {
            "name": "Rheinwerk Technik GmbH",
            "kind": "firm",
            "is_member": True,
            "member_since": "2020-01-01",
            "street": "Hafenstraße 3",
            "postcode": "50667",
            "city": "Köln",
            "country": "DE",
        }
    )
    people = []
    for values in (ERASED, KEPT):
        contact = db.contacts.create({**values, "organisation_id": firm["id"]})
        db.consents.create(
            {
                "contact_id": contact["id"],
                "purpose": "directory",
                "granted": True,
                "recorded_on": "2025-03-01",
                "source": "Anmeldeformular",
            }
        )
        people.append(contact["id"])
    event = db.events.create(
        {
            "title": "Fachtag Elektrolyse",
            "status": "held",
            "starts_at": "2025-06-12T08:00:00Z",
            "ends_at": "2025-06-12T15:00:00Z",
        }
    )
    for contact_id in people:
        db.registrations.create(
            {"event_id": event["id"], "contact_id": contact_id, "status": "attended"}
        )
    before = event_status_counts(db, event["id"])
    participation = db.reporting.participation("2025-01-01", "2025-12-31")
    erase_contact(db, people[0], backup=False)
    # the erasure itself: the row is kept, anonymised, its registration too
    assert db.contacts.get(people[0])["last_name"] == ERASED_NAME
    assert event_status_counts(db, event["id"]) == before == {
        "registered": 0,
        "waitlisted": 0,
        "attended": 2,
    }
    assert db.reporting.participation("2025-01-01", "2025-12-31") == participation
    assert participation["attendances"] == 2 and participation["people"] == 2
    return db, event["id"], people[0], people[1]


def assert_only_the_kept_person(text: str) -> None:
    assert "Kaltenbach" in text
    for word in GONE:
        assert word.casefold() not in text.casefold(), word


def workbook_text(path) -> str:
    book = openpyxl.load_workbook(path, read_only=True)
    return "\n".join(
        str(value)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    )


@pytest.mark.parametrize("internal", [True, False])
def test_the_directory_in_every_format(cluster, tmp_path, internal):
    db, _event, _erased, _kept = cluster
    today = date(2026, 6, 1)
    pdf = tmp_path / "verzeichnis.pdf"
    MemberDirectoryPdf(db, internal=internal, on=today).write(pdf)
    assert "Rheinwerk Technik GmbH" in pdf_words(pdf)
    assert_only_the_kept_person(pdf_words(pdf))

    xlsx = tmp_path / "verzeichnis.xlsx"
    MemberDirectoryXlsx(db, internal=internal, on=today).write(xlsx)
    assert_only_the_kept_person(workbook_text(xlsx))

    table = tmp_path / "verzeichnis.csv"
    MemberDirectoryCsv(db, internal=internal, on=today, dialect="comma").write(table)
    with table.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert len(rows) == 2  # the header and the one person left
    assert_only_the_kept_person("\n".join(";".join(row) for row in rows))

    cards = tmp_path / "kontakte.vcf"
    ContactCards(db, internal=internal, on=today).write(cards)
    read = list(vobject.readComponents(cards.read_text(encoding="utf-8")))
    assert [card.fn.value for card in read] == ["Berta Kaltenbach"]
    assert_only_the_kept_person(cards.read_text(encoding="utf-8"))


def test_the_event_papers(cluster, tmp_path):
    db, event, _erased, _kept = cluster
    for name, document in (
        ("teilnehmer-intern.pdf", ParticipantListPdf(db, event, internal=True)),
        ("teilnehmer.pdf", ParticipantListPdf(db, event, internal=False)),
        ("anwesenheit.pdf", SignInSheetPdf(db, event)),
        ("namensschilder.pdf", NameBadgesPdf(db, event)),
        ("bescheinigungen.pdf", AttendanceCertificatesPdf(db, event)),
        ("etiketten.pdf", AddressLabelsPdf(db, event_id=event)),
    ):
        path = tmp_path / name
        document.write(path)
        assert_only_the_kept_person(pdf_words(path))
    # the participant list still counts both who attended
    assert "Teilgenommen: 2" in pdf_words(tmp_path / "teilnehmer-intern.pdf")

    workbook = tmp_path / "teilnehmer.xlsx"
    assert ParticipantListXlsx(db, event).write(workbook) == 1
    assert_only_the_kept_person(workbook_text(workbook))
    counts = openpyxl.load_workbook(workbook, read_only=True).worksheets[1]
    assert ["Teilgenommen", 2] in [list(row) for row in counts.iter_rows(values_only=True)]


def test_lists_leave_them_out_unless_asked(cluster):
    db, event, erased, kept = cluster
    contacts = listed_filters("contacts")
    assert db.contacts.ids(filters=contacts) == [kept]
    assert db.contacts.count(filters=contacts) == 1
    assert PrivacyStore(db).contact_count() == 1 and db.contacts.count() == 2
    assert db.contacts.ids(search="Gelöschte", filters=contacts) == []
    assert db.contacts.ids(filters={"erased": True}) == [erased]
    assert db.contacts.ids(filters={"only_erased": True}) == [erased]
    registrations = listed_filters("registrations", {"event_id": event})
    assert [r["contact_id"] for r in db.registrations.list(filters=registrations)] == [kept]
    assert db.registrations.count(filters={"event_id": event}) == 2  # counted all the same
    assert len(db.planning.registration_counts(event)) == 1
    for registration in db.registrations.list(filters={"event_id": event}):
        db.registrations.update(registration["id"], registration["version"], {"role": "speaker"})
    assert [r["contact_id"] for r in db.planning.speaker_registrations(event)] == [kept]


def test_registering_an_organisation_skips_them(cluster):
    db, _event, erased, kept = cluster
    organisation = db.contacts.get(kept)["organisation_id"]
    coming = db.events.create(
        {
            "title": "Werkstattgespräch",
            "status": "registration_open",
            "starts_at": "2099-03-02T09:00:00Z",
            "ends_at": "2099-03-02T11:00:00Z",
        }
    )
    created = register_organisations(db, coming["id"], [organisation])
    assert [r["contact_id"] for r in created] == [kept]
    assert db.planning.registration_of(coming["id"], erased) is None
