"""Data protection: what is stored about a person, erasing them down to the bytes of
the file, and the contacts without activity for years."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from secretariat.exports import ExportError
from secretariat.exports.personal_data import PersonalDataReport
from secretariat.planning.registrations import register
from secretariat.privacy.access import personal_data
from secretariat.privacy.erasure import (
    ERASED_NAME,
    REDACTED,
    erase_contact,
    erase_contacts,
    erasure_preview,
)
from secretariat.privacy.retention import cutoff, stale_contacts
from secretariat.store import NotFoundError
from tests.pdf_readers import assert_sound, pdf_words

FIRST, LAST = "Xaverine", "Quobbelmeyer"
EMAIL = "xq.privat@quobbel-mail.example"
PHONE = "+49 221 9876543"  # stored as +492219876543
MOBILE = "0172 5550199"  # stored as +491725550199


def a_person(db) -> dict:
    """A person with everything linked to them that the program keeps, and traces of
    their name, e-mail and phone in other records' texts and in the change history."""
    firm = db.organisations.create({"name": "Rheinwerk Sensorik GmbH", "city": "Köln"})
    person = db.contacts.create(
        {
            "organisation_id": firm["id"],
            "salutation": "ms",
            "title": "Dr.",
            "first_name": FIRST,
            "last_name": LAST,
            "position": "Leiterin Entwicklung",
            "email": EMAIL,
            "phone": PHONE,
            "mobile": MOBILE,
            "notes": "Bevorzugt Anrufe vormittags.",
            "roles": ["ambassador"],
        }
    )
    person = db.contacts.update(person["id"], person["version"], {"position": "Geschäftsführerin"})
    colleague = db.contacts.create(
        {
            "organisation_id": firm["id"],
            "first_name": "Bernd",
            "last_name": "Kaiser",
            "notes": f"Vertritt {FIRST} {LAST} im Urlaub, erreichbar unter {EMAIL}.",
        }
    )
    for purpose, granted, day in (
        ("directory", 1, "2024-01-10"),
        ("directory", 0, "2025-03-01"),
        ("newsletter", 1, "2024-01-10"),
    ):
        db.consents.create(
            {
                "contact_id": person["id"],
                "purpose": purpose,
                "granted": granted,
                "recorded_on": day,
                "source": "Anmeldeformular",
            }
        )
    past = db.events.create(
        {
            "title": "Sensorik-Werkstatt",
            "status": "registration_open",
            "starts_at": "2026-03-10T09:00:00Z",
            "ends_at": "2026-03-10T15:00:00Z",
            "capacity": 20,
        }
    )
    future = db.events.create(
        {
            "title": "Netzwerkabend 2099",
            "status": "registration_open",
            "starts_at": "2099-05-01T16:00:00Z",
            "ends_at": "2099-05-01T20:00:00Z",
            "capacity": 1,
        }
    )
    attended = register(db, past["id"], person["id"])
    attended = db.registrations.update(
        attended["id"], attended["version"], {"status": "attended", "notes": "kam mit Hund"}
    )
    db.events.update(past["id"], db.events.get(past["id"])["version"], {"status": "held"})
    register(db, future["id"], person["id"])
    waiting = register(db, future["id"], colleague["id"])
    db.programme_items.create(
        {
            "event_id": past["id"],
            "title": f"Impuls von {FIRST} {LAST}",
            "starts_at": "2026-03-10T09:30:00Z",
            "ends_at": "2026-03-10T10:00:00Z",
            "speaker_contact_id": person["id"],
        }
    )
    call = db.interactions.create(
        {
            "kind": "call",
            "occurred_at": "2026-02-01T10:00:00Z",
            "subject": f"Rückruf {LAST}",
            "notes": f"{FIRST} bittet um Rückruf unter 0221 9876543.",
            "organisation_ids": [firm["id"]],
            "contact_ids": [person["id"], colleague["id"]],
        }
    )
    batch = db.imports.start_batch("merge", f"contact “{FIRST} {LAST}” (#99) into #{person['id']}")
    db.imports.finish_batch(batch, {"survivor_id": person["id"], "note": EMAIL})
    return {
        "person": person,
        "colleague": colleague,
        "firm": firm,
        "past": past,
        "future": future,
        "waiting": waiting,
        "call": call,
    }


def test_the_access_report_holds_everything_stored_about_the_person(db):
    world = a_person(db)
    data = personal_data(db, world["person"]["id"]).as_dict()

    assert data["format"] == "secretariat-personal-data/1"
    assert data["contact"]["last_name"] == LAST and data["contact"]["email"] == EMAIL
    assert data["contact"]["erased_at"] is None
    assert data["organisation"]["name"] == "Rheinwerk Sensorik GmbH"
    assert data["cluster_roles"] == ["ambassador"]
    consents = [(c["purpose"], c["granted"], c["in_force"]) for c in data["consents"]]
    assert ("directory", True, False) in consents and ("directory", False, True) in consents
    assert [r["event_title"] for r in data["registrations"]] == [
        "Sensorik-Werkstatt",
        "Netzwerkabend 2099",
    ]
    assert data["registrations"][0]["status"] == "attended"
    assert [i["subject"] for i in data["interactions"]] == [f"Rückruf {LAST}"]
    assert data["speaker_slots"][0]["title"] == f"Impuls von {FIRST} {LAST}"
    changed = [(e["table"], e["action"], sorted(e["changes"])) for e in data["audit_trail"]]
    assert ("contacts", "update", ["position"]) in changed
    assert any(table == "consents" for table, _action, _keys in changed)
    assert any(table == "interactions" for table, _action, _keys in changed)


def test_the_report_as_json_and_as_pdf(db, tmp_path):
    world = a_person(db)
    report = PersonalDataReport(db, world["person"]["id"], today=date(2026, 11, 29))

    written = report.write(tmp_path / "auskunft.json")
    raw = written.read_bytes()
    assert FIRST.encode() in raw and "Geschäftsführerin".encode() in raw  # UTF-8, not \u
    assert json.loads(raw.decode("utf-8"))["contact"]["first_name"] == FIRST

    pdf = report.write(tmp_path / "auskunft.pdf")
    assert_sound(pdf)
    words = pdf_words(pdf)
    for expected in (
        "Auskunft über gespeicherte personenbezogene Daten",
        f"{FIRST} {LAST}",
        EMAIL,
        "Rheinwerk Sensorik GmbH",
        "Eintrag im Mitgliederverzeichnis",
        "Sensorik-Werkstatt",
        "Teilgenommen",
        f"Rückruf {LAST}",
        "Änderungsprotokoll",
        "Seite 1 von",
    ):
        assert expected in words, expected

    with pytest.raises(ExportError, match="does not end in .pdf or .json"):
        report.write(tmp_path / "auskunft.txt")
    with pytest.raises(NotFoundError, match="no contact #9999"):
        PersonalDataReport(db, 9999)


def test_erasure_leaves_no_trace_in_the_file_but_keeps_the_counts(db_file):
    path, db = db_file
    world = a_person(db)
    person_id = world["person"]["id"]
    preview = erasure_preview(db, person_id)
    assert preview.name == f"{FIRST} {LAST}" and preview.registrations == 2

    result = erase_contact(db, person_id)

    assert result.erased == [person_id] and result.wiped
    assert result.backup is not None and result.backup.exists()
    # whoever waited for the seat the person held moved up
    assert [moved["id"] for moved in result.moved_up] == [world["waiting"]["id"]]
    contents = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        contents += wal.read_bytes()
    contents = contents.lower()
    for trace in (FIRST, LAST, EMAIL, "+492219876543", "9876543", "5550199"):
        assert trace.lower().encode() not in contents, trace

    contact = db.contacts.get(person_id)
    erased_at = erasure_preview(db, person_id).erased_at
    assert contact["last_name"] == ERASED_NAME and erased_at
    assert contact["email"] is None and contact["phone"] is None and contact["roles"] == []
    assert contact["organisation_id"] == world["firm"]["id"]  # organisations reached still count
    assert db.consents.count(filters={"contact_id": person_id}) == 0
    past = db.registrations.list(filters={"event_id": world["past"]["id"]})
    assert [(r["contact_id"], r["status"], r["notes"]) for r in past] == [
        (person_id, "attended", None)
    ]
    assert db.reporting.participation("2026-01-01", "2026-12-31")["attendances"] == 1
    future = db.registrations.list(
        filters={"contact_id": person_id, "event_id": world["future"]["id"]}
    )
    assert future[0]["status"] == "cancelled"
    call = db.interactions.get(world["call"]["id"])
    assert call["contact_ids"] == [world["colleague"]["id"]]
    assert call["subject"] == f"Rückruf {REDACTED}"
    colleague = db.contacts.get(world["colleague"]["id"])
    assert colleague["first_name"] == "Bernd" and REDACTED in colleague["notes"]
    assert db.contacts.count(search=LAST) == 0
    assert db.contacts.count(search="Kaiser") == 1
    assert personal_data(db, person_id).contact["erased_at"] == erased_at


def test_erasing_twice_or_someone_unknown_changes_nothing(db):
    world = a_person(db)
    person_id = world["person"]["id"]
    with pytest.raises(NotFoundError, match="no contact #9999; nobody was erased"):
        erase_contacts(db, [person_id, 9999], backup=False)
    assert db.contacts.get(person_id)["last_name"] == LAST

    assert erase_contact(db, person_id, backup=False).erased == [person_id]
    again = erase_contact(db, person_id, backup=False)
    assert again.erased == [] and again.skipped == [person_id]
    assert erasure_preview(db, person_id).already_erased


def _age(db, contact_id: int, moment: str) -> None:
    db.execute(
        "UPDATE contacts SET created_at = ?, updated_at = ? WHERE id = ?",
        (moment, moment, contact_id),
    )


def test_contacts_without_activity_for_years(db):
    firm = db.organisations.create({"name": "Altbestand AG"})
    quiet = db.contacts.create({"organisation_id": firm["id"], "last_name": "Still"})
    called = db.contacts.create({"organisation_id": firm["id"], "last_name": "Angerufen"})
    consenting = db.contacts.create({"organisation_id": firm["id"], "last_name": "Zugestimmt"})
    for contact in (quiet, called, consenting):
        _age(db, contact["id"], "2020-05-01T10:00:00Z")
    db.interactions.create(
        {"subject": "Anruf", "occurred_at": "2025-06-01T10:00:00Z", "contact_ids": [called["id"]]}
    )
    db.consents.create(
        {
            "contact_id": consenting["id"],
            "purpose": "newsletter",
            "granted": 1,
            "recorded_on": "2025-01-01",
            "source": "Formular",
        }
    )
    db.execute(
        "UPDATE consents SET created_at = '2020-01-01T00:00:00Z', "
        "updated_at = '2020-01-01T00:00:00Z'"
    )
    today = date(2026, 11, 29)

    stale = stale_contacts(db, 3, today=today)
    assert [(s.id, s.last_day) for s in stale] == [(quiet["id"], "2020-05-01")]
    assert stale[0].organisation == "Altbestand AG"
    longer = {s.id for s in stale_contacts(db, 1, today=today)}
    assert longer == {quiet["id"], called["id"], consenting["id"]}
    assert cutoff(3, date(2028, 2, 29)) == date(2025, 2, 28)

    erase_contacts(db, [quiet["id"]], backup=False)
    assert stale_contacts(db, 3, today=today) == []


def test_erasing_again_finishes_wiping_what_another_program_held_up(db_file):
    path, db = db_file
    person_id = a_person(db)["person"]["id"]
    reader = sqlite3.connect(path, isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM contacts").fetchone()  # holds a snapshot
        held = erase_contact(db, person_id, backup=False)
        assert held.erased == [person_id] and not held.wiped
        assert db.contacts.get(person_id)["last_name"] == ERASED_NAME  # the erasure stands
        reader.execute("COMMIT")
    finally:
        reader.close()

    again = erase_contact(db, person_id, backup=False)
    assert again.skipped == [person_id] and again.wiped
    contents = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        contents += wal.read_bytes()
    assert LAST.lower().encode() not in contents.lower()
