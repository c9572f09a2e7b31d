"""Who comes: seats and the waitlist in order, moving up when someone cancels,
full and open again by themselves, check-in at the door and walk-ins, and whole
organisations registered at once."""

from __future__ import annotations

import pytest

from secretariat.domain.validation import ValidationError
from secretariat.planning import (
    PlanningError,
    cancel_registration,
    change_registration,
    check_in,
    occupancy,
    register,
    register_organisations,
    save_event,
    walk_in,
)
from secretariat.store import ConflictError


def event(db, **values):
    base = {
        "title": "Workshop KI",
        "starts_at": "2026-06-12T12:00:00Z",
        "ends_at": "2026-06-12T14:00:00Z",
        "status": "registration_open",
    }
    return db.events.create({**base, **values})


def person(db, last_name, first_name="", organisation_id=None):
    return db.contacts.create(
        {"last_name": last_name, "first_name": first_name, "organisation_id": organisation_id}
    )


@pytest.fixture
def people(db):
    names = ["Albers", "Becker", "Çelik", "Dąbrowski", "Engel", "Fischer"]
    return [person(db, name, "Anna")["id"] for name in names]


def status_of(db, event_id):
    return db.events.get(event_id)["status"]


def waitlist(db, event_id):
    rows = db.registrations.list(
        filters={"event_id": event_id, "status": "waitlisted"},
        sort="waitlist_position",
        limit=None,
    )
    return [(row["last_name"], row["waitlist_position"]) for row in rows]


def test_participants_beyond_capacity_wait_in_order(db, people):
    workshop = event(db, capacity=3)
    made = [register(db, workshop["id"], contact) for contact in people[:5]]
    assert [r["status"] for r in made] == ["registered"] * 3 + ["waitlisted"] * 2
    assert [r["waitlist_position"] for r in made] == [None, None, None, 1, 2]
    assert made[0]["registered_at"].endswith("Z")
    counted = occupancy(db, workshop["id"])
    assert (counted.capacity, counted.registered, counted.waitlisted) == (3, 3, 2)
    assert counted.free == 0 and counted.is_full
    assert status_of(db, workshop["id"]) == "full"


def test_the_last_seat_makes_the_event_full(db, people):
    workshop = event(db, capacity=2)
    register(db, workshop["id"], people[0])
    assert status_of(db, workshop["id"]) == "registration_open"
    assert occupancy(db, workshop["id"]).free == 1
    register(db, workshop["id"], people[1])
    assert status_of(db, workshop["id"]) == "full"


def test_a_cancelled_seat_goes_to_the_first_on_the_waitlist(db, people):
    workshop = event(db, capacity=2)
    made = [register(db, workshop["id"], contact) for contact in people[:5]]
    assert waitlist(db, workshop["id"]) == [("Çelik", 1), ("Dąbrowski", 2), ("Engel", 3)]
    changed, promoted = change_registration(db, made[0]["id"], made[0]["version"], "cancelled")
    assert changed["status"] == "cancelled"
    assert promoted is not None and promoted["id"] == made[2]["id"]
    assert promoted["status"] == "registered" and promoted["waitlist_position"] is None
    assert promoted["moved_up_at"] and promoted["moved_up_at"].endswith("Z")
    assert waitlist(db, workshop["id"]) == [("Dąbrowski", 1), ("Engel", 2)]
    assert status_of(db, workshop["id"]) == "full"
    audit = db.audit_entries("registrations", promoted["id"])[0]
    assert "moved_up_at" in audit["changes"] and audit["staff"] == "anna"


def test_leaving_the_waitlist_closes_ranks_without_moving_anyone_up(db, people):
    workshop = event(db, capacity=1)
    made = [register(db, workshop["id"], contact) for contact in people[:4]]
    promoted = cancel_registration(db, made[2]["id"], made[2]["version"])
    assert promoted is None
    assert waitlist(db, workshop["id"]) == [("Becker", 1), ("Dąbrowski", 2)]
    assert db.registrations.get(made[2]["id"])["waitlist_position"] is None


def test_a_full_event_opens_again_when_a_seat_is_free_and_nobody_waits(db, people):
    workshop = event(db, capacity=2)
    first = register(db, workshop["id"], people[0])
    register(db, workshop["id"], people[1])
    assert status_of(db, workshop["id"]) == "full"
    assert cancel_registration(db, first["id"], first["version"]) is None
    assert status_of(db, workshop["id"]) == "registration_open"
    assert occupancy(db, workshop["id"]).free == 1


def test_the_event_stays_full_while_people_wait(db, people):
    workshop = event(db, capacity=1)
    first = register(db, workshop["id"], people[0])
    register(db, workshop["id"], people[1])
    register(db, workshop["id"], people[2])
    cancel_registration(db, first["id"], first["version"])
    assert status_of(db, workshop["id"]) == "full"
    assert waitlist(db, workshop["id"]) == [("Çelik", 1)]


def test_speakers_organisers_and_press_take_no_seats(db, people):
    workshop = event(db, capacity=1)
    register(db, workshop["id"], people[0])
    roles = ["speaker", "organiser", "press"]
    made = [
        register(db, workshop["id"], c, role) for c, role in zip(people[1:4], roles, strict=True)
    ]
    assert [r["status"] for r in made] == ["registered"] * 3
    assert all(r["waitlist_position"] is None for r in made)
    counted = occupancy(db, workshop["id"])
    assert (counted.registered, counted.speakers, counted.organisers, counted.press) == (1, 1, 1, 1)
    assert counted.waitlisted == 0


def test_a_speaker_becoming_a_participant_needs_a_free_seat(db, people):
    workshop = event(db, capacity=1)
    register(db, workshop["id"], people[0])
    speaker = register(db, workshop["id"], people[1], "speaker")
    changed, _ = change_registration(db, speaker["id"], speaker["version"], role="participant")
    assert (changed["status"], changed["waitlist_position"]) == ("waitlisted", 1)


def test_a_participant_becoming_a_speaker_frees_the_seat(db, people):
    workshop = event(db, capacity=1)
    seated = register(db, workshop["id"], people[0])
    waiting = register(db, workshop["id"], people[1])
    changed, promoted = change_registration(db, seated["id"], seated["version"], role="speaker")
    assert (changed["role"], changed["status"]) == ("speaker", "registered")
    assert promoted["id"] == waiting["id"] and promoted["status"] == "registered"


def test_invited_people_take_no_seat_until_they_register(db, people):
    workshop = event(db, capacity=1)
    invitation = register(db, workshop["id"], people[0], invited=True)
    assert invitation["status"] == "invited"
    assert occupancy(db, workshop["id"]).invited == 1
    assert occupancy(db, workshop["id"]).registered == 0
    register(db, workshop["id"], people[1])
    accepted, _ = change_registration(db, invitation["id"], invitation["version"], "registered")
    assert (accepted["status"], accepted["waitlist_position"]) == ("waitlisted", 1)


def test_one_registration_per_person_and_event(db, people):
    workshop = event(db, capacity=1)
    db.contacts.update(people[0], 1, {"first_name": "Anna", "last_name": "Albers"})
    register(db, workshop["id"], people[0])
    with pytest.raises(PlanningError) as refused:
        register(db, workshop["id"], people[0], "speaker")
    assert refused.value.message == "Anna Albers is already registered for “Workshop KI”."
    register(db, workshop["id"], people[1])
    with pytest.raises(PlanningError) as refused:
        register(db, workshop["id"], people[1])
    assert "waitlist at position 1" in str(refused.value)
    assert db.registrations.count(filters={"event_id": workshop["id"]}) == 2


def test_a_cancelled_person_registers_again_by_the_seat_rules(db, people):
    workshop = event(db, capacity=1)
    first = register(db, workshop["id"], people[0])
    cancel_registration(db, first["id"], first["version"])
    register(db, workshop["id"], people[1])
    again = register(db, workshop["id"], people[0])
    assert again["id"] == first["id"]
    assert (again["status"], again["waitlist_position"]) == ("waitlisted", 1)
    second = register(db, workshop["id"], people[2])
    assert second["waitlist_position"] == 2


def test_changing_a_cancelled_registration_back_follows_the_seat_rules(db, people):
    workshop = event(db, capacity=1)
    first = register(db, workshop["id"], people[0])
    cancel_registration(db, first["id"], first["version"])
    register(db, workshop["id"], people[1])
    cancelled = db.registrations.get(first["id"])
    back, _ = change_registration(db, first["id"], cancelled["version"], "registered")
    assert back["status"] == "waitlisted"


@pytest.mark.parametrize("status", ["cancelled", "held"])
def test_cancelled_and_held_events_take_no_registrations(db, people, status):
    workshop = event(db, status=status)
    with pytest.raises(PlanningError) as refused:
        register(db, workshop["id"], people[0])
    assert "“Workshop KI”" in refused.value.message and status[:4] in refused.value.message
    assert db.registrations.count(filters={"event_id": workshop["id"]}) == 0


def test_attended_and_no_show_keep_their_seat(db, people):
    workshop = event(db, capacity=2)
    first = register(db, workshop["id"], people[0])
    second = register(db, workshop["id"], people[1])
    register(db, workshop["id"], people[2])
    _, promoted = change_registration(db, first["id"], first["version"], "no_show")
    assert promoted is None
    assert check_in(db, second["id"], second["version"])["status"] == "attended"
    assert waitlist(db, workshop["id"]) == [("Çelik", 1)]


def test_moving_up_by_hand_needs_a_free_seat(db, people):
    workshop = event(db, capacity=1)
    register(db, workshop["id"], people[0])
    waiting = register(db, workshop["id"], people[1])
    with pytest.raises(PlanningError) as refused:
        change_registration(db, waiting["id"], waiting["version"], "registered")
    assert "stays on the waitlist at position 1" in refused.value.message
    assert db.registrations.get(waiting["id"])["status"] == "waitlisted"


def test_raising_the_capacity_moves_the_waitlist_up(db, people):
    workshop = event(db, capacity=1)
    made = [register(db, workshop["id"], contact) for contact in people[:4]]
    current = db.events.get(workshop["id"])
    assert current["status"] == "full"
    saved = save_event(db, workshop["id"], current["version"], {"capacity": 3})
    assert saved["status"] == "full"
    assert [db.registrations.get(r["id"])["status"] for r in made] == [
        "registered",
        "registered",
        "registered",
        "waitlisted",
    ]
    assert waitlist(db, workshop["id"]) == [("Dąbrowski", 1)]
    saved = save_event(db, workshop["id"], saved["version"], {"capacity": 10})
    assert saved["status"] == "registration_open" and waitlist(db, workshop["id"]) == []


def test_a_stale_registration_is_not_changed(db, people):
    workshop = event(db, capacity=5)
    made = register(db, workshop["id"], people[0])
    change_registration(db, made["id"], made["version"], role="press")
    with pytest.raises(ConflictError):
        cancel_registration(db, made["id"], made["version"])
    assert db.registrations.get(made["id"])["status"] == "registered"


def test_check_in_counts_registered_waitlisted_and_invited_people(db, people):
    workshop = event(db, capacity=1)
    seated = register(db, workshop["id"], people[0])
    waiting = [register(db, workshop["id"], c) for c in people[1:3]]
    invited = register(db, workshop["id"], people[3], invited=True)
    for registration in (seated, waiting[0], invited):
        assert check_in(db, registration["id"], registration["version"])["status"] == "attended"
    counted = occupancy(db, workshop["id"])
    assert (counted.attended, counted.registered, counted.waitlisted, counted.invited) == (
        3,
        3,
        1,
        0,
    )
    assert db.registrations.get(waiting[0]["id"])["waitlist_position"] is None
    assert waitlist(db, workshop["id"]) == [("Çelik", 1)]
    with pytest.raises(PlanningError) as refused:
        check_in(db, seated["id"], db.registrations.get(seated["id"])["version"])
    assert "already checked in" in refused.value.message


def test_a_cancelled_registration_is_not_checked_in(db, people):
    workshop = event(db)
    made = register(db, workshop["id"], people[0])
    cancel_registration(db, made["id"], made["version"])
    with pytest.raises(PlanningError) as refused:
        check_in(db, made["id"], db.registrations.get(made["id"])["version"])
    assert "walk-in" in refused.value.hint


def test_a_walk_in_is_added_and_counted_even_when_full(db, people):
    workshop = event(db, capacity=1)
    register(db, workshop["id"], people[0])
    organisation = db.organisations.create({"name": "Ağaoğlu Makine GmbH"})
    newcomer = walk_in(
        db,
        workshop["id"],
        first_name="Şükrü",
        last_name="Ağaoğlu",
        organisation_id=organisation["id"],
        email="s.agaoglu@example.de",
    )
    assert (newcomer["status"], newcomer["role"]) == ("attended", "participant")
    contact = db.contacts.get(newcomer["contact_id"])
    assert (contact["last_name"], contact["organisation_id"]) == ("Ağaoğlu", organisation["id"])
    known = walk_in(db, workshop["id"], contact_id=people[1])
    assert known["status"] == "attended"
    counted = occupancy(db, workshop["id"])
    assert (counted.registered, counted.attended, counted.free) == (3, 2, 0)
    with pytest.raises(PlanningError):
        walk_in(db, workshop["id"], contact_id=people[1])


def test_a_walk_in_with_a_registration_is_checked_in_on_it(db, people):
    workshop = event(db, capacity=1)
    register(db, workshop["id"], people[0])
    waiting = register(db, workshop["id"], people[1])
    register(db, workshop["id"], people[2])
    came = walk_in(db, workshop["id"], contact_id=people[1])
    assert came["id"] == waiting["id"] and came["status"] == "attended"
    assert waitlist(db, workshop["id"]) == [("Çelik", 1)]


def test_a_walk_in_needs_a_last_name_and_an_event_that_takes_place(db):
    workshop = event(db)
    with pytest.raises(ValidationError) as wrong:
        walk_in(db, workshop["id"], first_name="Ohne")
    assert wrong.value.for_field("last_name")
    assert db.contacts.count() == 0
    cancelled = event(db, status="cancelled", title="Abgesagt")
    with pytest.raises(PlanningError):
        walk_in(db, cancelled["id"], last_name="Kommt")
    assert db.contacts.count() == 0


def test_whole_organisations_are_registered_in_alphabetical_order(db):
    workshop = event(db, capacity=4)
    firm = db.organisations.create({"name": "Müller Präzision GmbH"})
    institute = db.organisations.create({"name": "Fraunhofer IML"})
    person(db, "Żółć", "Łukasz", firm["id"])
    person(db, "Özdemir", "Ayşe", firm["id"])
    already = person(db, "Bauer", "Jonas", institute["id"])
    person(db, "Ahrens", "Lea", institute["id"])
    person(db, "Petrova", "Irina", institute["id"])
    cancelled = person(db, "Krause", "Tim", firm["id"])
    person(db, "Nicht", "Dabei")  # no organisation
    register(db, workshop["id"], already["id"])
    gone = register(db, workshop["id"], cancelled["id"])
    cancel_registration(db, gone["id"], gone["version"])
    made = register_organisations(db, workshop["id"], [firm["id"], institute["id"], firm["id"]])
    names = [db.contacts.get(r["contact_id"])["last_name"] for r in made]
    assert names == ["Ahrens", "Özdemir", "Petrova", "Żółć"]
    assert [r["status"] for r in made] == ["registered", "registered", "registered", "waitlisted"]
    assert status_of(db, workshop["id"]) == "full"
    assert register_organisations(db, workshop["id"], [firm["id"]]) == []


def test_opening_registration_again_fills_free_seats_first(db, people):
    workshop = event(db, capacity=2, status="full")
    made = [register(db, workshop["id"], contact) for contact in people[:3]]
    assert [r["status"] for r in made] == ["waitlisted"] * 3  # marked full by hand
    current = db.events.get(workshop["id"])
    saved = save_event(db, workshop["id"], current["version"], {"status": "registration_open"})
    assert [db.registrations.get(r["id"])["status"] for r in made] == [
        "registered",
        "registered",
        "waitlisted",
    ]
    assert saved["status"] == "full"  # every seat is taken again
    assert waitlist(db, workshop["id"]) == [("Çelik", 1)]


def test_back_on_the_waitlist_by_hand_goes_to_its_end(db, people):
    workshop = event(db, capacity=1)
    seated = register(db, workshop["id"], people[0])
    changed, promoted = change_registration(db, seated["id"], seated["version"], "waitlisted")
    assert (changed["status"], changed["waitlist_position"], promoted) == ("waitlisted", 1, None)
    assert status_of(db, workshop["id"]) == "full"  # someone is waiting
    first = register(db, workshop["id"], people[1])
    assert first["status"] == "waitlisted" and first["waitlist_position"] == 2
