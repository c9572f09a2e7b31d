"""Planning an event again from a copy, the calendar's events in a span of time,
and the staff on duty at an event (the event_staff link)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from secretariat.domain.validation import ValidationError, moment_in_zone
from secretariat.planning import copy_event, create_checklist, events_between, register

BERLIN = ZoneInfo("Europe/Berlin")


def event(db, **values):
    base = {
        "title": "Workshop KI",
        "starts_at": "12.06.2026 10:00",
        "ends_at": "12.06.2026 16:00",
    }
    return db.events.create({**base, **values})


def local(stored: str) -> str:
    return moment_in_zone(stored).strftime("%d.%m.%Y %H:%M")


@pytest.fixture
def planned(db):
    """A held workshop with everything that hangs on it."""
    venue = db.venues.create({"name": "Haus der Technik"})
    staff = db.staff_members.create({"username": "ben", "display_name": "Ben Wolf"})
    speaker = db.contacts.create({"first_name": "Jonas", "last_name": "Bauer"})
    source = event(
        db,
        status="planned",
        venue_id=venue["id"],
        room="Saal A",
        capacity=30,
        fee_cents=4_950,
        description="Künstliche Intelligenz im Mittelstand",
        themes=["KI", "Mittelstand"],
        staff_ids=[staff["id"]],
        starts_at="27.03.2026 10:00",
        ends_at="27.03.2026 16:00",
    )
    db.programme_items.create(
        {
            "event_id": source["id"],
            "title": "Keynote",
            "starts_at": "27.03.2026 10:15",
            "ends_at": "27.03.2026 11:00",
            "speaker_contact_id": speaker["id"],
            "room": "Saal A",
        }
    )
    for task in create_checklist(db, source["id"], owner_staff_id=staff["id"]):
        db.tasks.update(task["id"], task["version"], {"done": 1})
    db.tasks.create({"event_id": source["id"], "title": "Blumen", "due_on": "2026-03-26"})
    db.budget_lines.create(
        {
            "event_id": source["id"],
            "description": "Raummiete",
            "planned_cents": 80_000,
            "actual_cents": 75_000,
        }
    )
    register(db, source["id"], speaker["id"], "speaker")
    return db.events.update(source["id"], source["version"], {"status": "held"})


def test_a_copy_takes_the_plan_but_not_the_people(db, planned):
    copy = copy_event(db, planned["id"], "2026-04-24T08:00:00Z")  # 10:00 in Berlin
    assert copy["id"] != planned["id"]
    assert (copy["title"], copy["status"]) == ("Workshop KI", "draft")
    assert (local(copy["starts_at"]), local(copy["ends_at"])) == (
        "24.04.2026 10:00",
        "24.04.2026 16:00",
    )
    same = ("venue_id", "room", "capacity", "fee_cents", "description", "themes", "staff_ids")
    assert {k: copy[k] for k in same} == {k: planned[k] for k in same}
    programme = db.programme_items.list(filters={"event_id": copy["id"]})
    assert [(p["title"], local(p["starts_at"]), local(p["ends_at"])) for p in programme] == [
        ("Keynote", "24.04.2026 10:15", "24.04.2026 11:00")
    ]
    assert programme[0]["speaker_contact_id"] is not None and programme[0]["room"] == "Saal A"
    tasks = {t["title"]: t for t in db.tasks.list(filters={"event_id": copy["id"]}, limit=None)}
    assert len(tasks) == len(db.tasks.list(filters={"event_id": planned["id"]}, limit=None))
    assert {t["done"] for t in tasks.values()} == {0}
    assert tasks["Raum buchen"]["due_on"] == "2026-02-23"  # 24.04. - 60 days
    assert tasks["Blumen"]["due_on"] == "2026-04-23"  # no offset: moved by 28 days
    assert tasks["Raum buchen"]["owner_staff_id"] == planned["staff_ids"][0]
    budget = db.budget_lines.list(filters={"event_id": copy["id"]})
    assert [(b["description"], b["planned_cents"], b["actual_cents"]) for b in budget] == [
        ("Raummiete", 80_000, None)
    ]
    assert db.registrations.count(filters={"event_id": copy["id"]}) == 0
    assert db.registrations.count(filters={"event_id": planned["id"]}) == 1
    original = db.events.get(planned["id"])
    assert (original["status"], original["version"]) == ("held", planned["version"])


@pytest.mark.parametrize(
    ("start", "expected_utc"),
    [
        # into summer time: 10:00 stays 10:00, the end 16:00
        (datetime(2026, 3, 30, 10, 0, tzinfo=BERLIN), "2026-03-30T08:00:00Z"),
        # back into winter time
        (datetime(2026, 10, 26, 10, 0, tzinfo=BERLIN), "2026-10-26T09:00:00Z"),
        # a naive time is read in the event's time zone
        (datetime(2026, 10, 26, 10, 0), "2026-10-26T09:00:00Z"),
    ],
)
def test_a_copy_keeps_local_times_across_daylight_saving(db, planned, start, expected_utc):
    copy = copy_event(db, planned["id"], start)
    assert copy["starts_at"] == expected_utc
    day = start.strftime("%d.%m.%Y")
    assert local(copy["ends_at"]) == f"{day} 16:00"
    keynote = db.programme_items.list(filters={"event_id": copy["id"]})[0]
    assert local(keynote["starts_at"]) == f"{day} 10:15"


def test_a_copy_needs_a_start(db, planned):
    with pytest.raises(ValidationError) as wrong:
        copy_event(db, planned["id"], "bald")
    assert wrong.value.for_field("starts_at")
    assert db.events.count() == 1


def test_the_calendar_lists_the_events_overlapping_a_span(db):
    event(db, title="Davor", starts_at="31.05.2026 09:00", ends_at="31.05.2026 23:59")
    event(db, title="Bis Mitternacht", starts_at="31.05.2026 20:00", ends_at="01.06.2026 00:00")
    event(db, title="Über Nacht", starts_at="31.05.2026 20:00", ends_at="01.06.2026 02:00")
    event(db, title="Später", starts_at="02.06.2026 09:00", ends_at="02.06.2026 12:00")
    event(db, title="Früher", starts_at="01.06.2026 09:00", ends_at="01.06.2026 12:00")
    event(
        db,
        title="Abgesagt",
        starts_at="01.06.2026 13:00",
        ends_at="01.06.2026 14:00",
        status="cancelled",
    )
    event(db, title="Morgen", starts_at="08.06.2026 00:00", ends_at="08.06.2026 01:00")
    week = events_between(
        db,
        datetime(2026, 6, 1, tzinfo=BERLIN),
        datetime(2026, 6, 8, tzinfo=BERLIN),
    )
    assert [e["title"] for e in week] == ["Über Nacht", "Früher", "Abgesagt", "Später"]
    in_utc = events_between(
        db, datetime(2026, 6, 1, 7, 0, tzinfo=UTC), datetime(2026, 6, 1, 8, 0, tzinfo=UTC)
    )
    assert [e["title"] for e in in_utc] == ["Früher"]
    assert "venue_name" in in_utc[0]


def test_staff_on_duty_are_linked_to_the_event(db):
    anna = db.staff_members.create({"username": "anna", "display_name": "Anna Schmidt"})
    ben = db.staff_members.create({"username": "ben", "display_name": "Ben Wolf"})
    workshop = event(db, staff_ids=[ben["id"], anna["id"]])
    assert workshop["staff_ids"] == [anna["id"], ben["id"]]
    event(db, title="Ohne Anna", staff_ids=[ben["id"]])
    assert [e["title"] for e in db.events.list(filters={"staff_id": anna["id"]})] == ["Workshop KI"]
    changed = db.events.update(workshop["id"], 1, {"staff_ids": [ben["id"]]})
    assert changed["staff_ids"] == [ben["id"]]
    assert "staff_ids" in db.audit_entries("events", workshop["id"])[0]["changes"]
    with pytest.raises(ValidationError) as wrong:
        db.events.update(workshop["id"], changed["version"], {"staff_ids": [999]})
    assert "staff member #999" in str(wrong.value)
    db.staff_members.delete(ben["id"], 1)
    assert db.events.get(workshop["id"])["staff_ids"] == []
    db.events.delete(workshop["id"], changed["version"])
    assert db.execute("SELECT count(*) FROM event_staff").fetchone()[0] == 0
