"""Warnings about an event's plan: every kind of clash, named in a sentence with
both sides and the time, and no warning where there is none (back to back, other
rooms, cancelled events)."""

from __future__ import annotations

import pytest

from secretariat.planning import (
    Conflict,
    conflicts_for_event,
    conflicts_for_programme_item,
    register,
)


@pytest.fixture
def venue(db):
    return db.venues.create({"name": "Haus der Technik", "city": "Essen", "postcode": "45127"})


def event(db, title, start, end, **values):
    """An event from local times in Berlin ('12.06.2026 14:00')."""
    return db.events.create({"title": title, "starts_at": start, "ends_at": end, **values})


def item(db, event_id, title, start, end, **values):
    return db.programme_items.create(
        {"event_id": event_id, "title": title, "starts_at": start, "ends_at": end, **values}
    )


def kinds(conflicts: list[Conflict]) -> list[str]:
    return [conflict.kind for conflict in conflicts]


def test_a_room_booked_twice_is_named_with_the_other_event(db, venue):
    here = event(
        db, "Netzwerktreffen", "12.06.2026 13:00", "12.06.2026 15:00", venue_id=venue["id"]
    )
    db.events.update(here["id"], 1, {"room": "Saal A"})
    other = event(
        db,
        "Workshop KI",
        "12.06.2026 14:00",
        "12.06.2026 16:00",
        venue_id=venue["id"],
        room="saal  a",
    )
    found = conflicts_for_event(db, here["id"])
    assert found == [
        Conflict(
            "room",
            "Room “Saal A” at Haus der Technik is also booked for “Workshop KI” "
            "on 12.06.2026 14:00–16:00.",
            here["id"],
            other_event_id=other["id"],
        )
    ]
    assert kinds(conflicts_for_event(db, other["id"])) == ["room"]


def test_a_whole_venue_clashes_with_any_room_there(db, venue):
    whole = event(db, "Mitgliederversammlung", "12.06.2026 09:00", "12.06.2026 18:00")
    db.events.update(whole["id"], 1, {"venue_id": venue["id"]})
    room = event(
        db, "Workshop KI", "12.06.2026 14:00", "12.06.2026 16:00", venue_id=venue["id"], room="B2"
    )
    assert (
        "Haus der Technik is booked as a whole" in conflicts_for_event(db, whole["id"])[0].message
    )
    assert "the whole venue is also booked" in conflicts_for_event(db, room["id"])[0].message


@pytest.mark.parametrize(
    ("start", "end", "values"),
    [
        ("12.06.2026 16:00", "12.06.2026 18:00", {"room": "Saal A"}),  # back to back
        ("12.06.2026 12:00", "12.06.2026 14:00", {"room": "Saal A"}),  # back to back before
        ("12.06.2026 14:00", "12.06.2026 16:00", {"room": "Saal B"}),  # another room
        ("12.06.2026 14:00", "12.06.2026 16:00", {"room": "Saal A", "status": "cancelled"}),
        ("12.06.2026 14:00", "12.06.2026 16:00", {"room": "Saal A", "venue_id": None}),
    ],
)
def test_no_room_clash_where_there_is_none(db, venue, start, end, values):
    here = event(
        db,
        "Workshop KI",
        "12.06.2026 14:00",
        "12.06.2026 16:00",
        venue_id=venue["id"],
        room="Saal A",
    )
    event(db, "Anderes", start, end, **{"venue_id": venue["id"], **values})
    assert conflicts_for_event(db, here["id"]) == []


def test_a_cancelled_event_gets_no_warnings(db, venue):
    here = event(
        db,
        "Abgesagt",
        "03.10.2026 14:00",
        "03.10.2026 16:00",
        venue_id=venue["id"],
        status="cancelled",
    )
    event(db, "Workshop KI", "03.10.2026 14:00", "03.10.2026 16:00", venue_id=venue["id"])
    assert conflicts_for_event(db, here["id"]) == []


def test_a_speaker_in_two_places_at_once(db):
    speaker = db.contacts.create({"first_name": "Ирина", "last_name": "Петрова", "title": "Dr."})
    here = event(db, "Workshop KI", "12.06.2026 09:00", "12.06.2026 17:00")
    talk = item(db, here["id"], "Keynote", "12.06.2026 10:00", "12.06.2026 11:00")
    db.programme_items.update(talk["id"], 1, {"speaker_contact_id": speaker["id"]})
    other = event(db, "Forum Wasserstoff", "12.06.2026 10:00", "12.06.2026 12:00")
    item(
        db,
        other["id"],
        "Impulsvortrag",
        "12.06.2026 10:30",
        "12.06.2026 11:30",
        speaker_contact_id=speaker["id"],
    )
    found = conflicts_for_event(db, here["id"])
    assert kinds(found) == ["speaker"]
    assert found[0].message == (
        "Ирина Петрова speaks at “Keynote” on 12.06.2026 10:00–11:00 and is also a speaker "
        "at “Forum Wasserstoff” (“Impulsvortrag”) on 12.06.2026 10:30–11:30."
    )
    assert (found[0].other_event_id, found[0].programme_item_id) == (other["id"], talk["id"])
    assert kinds(conflicts_for_event(db, other["id"])) == ["speaker"]


def test_a_registered_speaker_counts_too(db):
    speaker = db.contacts.create({"first_name": "Jonas", "last_name": "Bauer"})
    here = event(db, "Podium", "12.06.2026 09:00", "12.06.2026 12:00")
    register(db, here["id"], speaker["id"], "speaker")
    other = event(db, "Forum", "12.06.2026 11:00", "12.06.2026 13:00")
    item(
        db,
        other["id"],
        "Vortrag",
        "12.06.2026 11:00",
        "12.06.2026 12:00",
        speaker_contact_id=speaker["id"],
    )
    assert kinds(conflicts_for_event(db, here["id"])) == ["speaker"]
    assert kinds(conflicts_for_event(db, other["id"])) == ["speaker"]


def test_no_speaker_clash_back_to_back_or_with_a_cancelled_event(db):
    speaker = db.contacts.create({"last_name": "Bauer"})
    here = event(db, "Workshop", "12.06.2026 09:00", "12.06.2026 17:00")
    item(
        db,
        here["id"],
        "Vortrag",
        "12.06.2026 10:00",
        "12.06.2026 11:00",
        speaker_contact_id=speaker["id"],
    )
    next_door = event(db, "Forum", "12.06.2026 09:00", "12.06.2026 17:00")
    item(
        db,
        next_door["id"],
        "Danach",
        "12.06.2026 11:00",
        "12.06.2026 12:00",
        speaker_contact_id=speaker["id"],
    )
    cancelled = event(db, "Abgesagt", "12.06.2026 09:00", "12.06.2026 17:00", status="cancelled")
    item(
        db,
        cancelled["id"],
        "Zugleich",
        "12.06.2026 10:00",
        "12.06.2026 11:00",
        speaker_contact_id=speaker["id"],
    )
    assert conflicts_for_event(db, here["id"]) == []


def test_staff_on_duty_at_two_events_at_once(db):
    anna = db.staff_members.create({"username": "anna", "display_name": "Anna Schmidt"})
    ben = db.staff_members.create({"username": "ben", "display_name": "Ben Wolf"})
    here = event(
        db, "Workshop KI", "12.06.2026 09:00", "12.06.2026 12:00", staff_ids=[anna["id"], ben["id"]]
    )
    other = event(db, "Messe", "12.06.2026 11:00", "12.06.2026 18:00", staff_ids=[anna["id"]])
    event(db, "Danach", "12.06.2026 12:00", "12.06.2026 14:00", staff_ids=[ben["id"]])
    event(
        db,
        "Abgesagt",
        "12.06.2026 09:00",
        "12.06.2026 12:00",
        staff_ids=[ben["id"]],
        status="cancelled",
    )
    found = conflicts_for_event(db, here["id"])
    assert found == [
        Conflict(
            "staff",
            "Anna Schmidt is on duty at “Workshop KI” and also at “Messe” on "
            "12.06.2026 11:00–18:00.",
            here["id"],
            other_event_id=other["id"],
        )
    ]


def test_programme_items_outside_the_event_or_in_one_room_at_once(db):
    here = event(db, "Fachtag", "12.06.2026 09:00", "12.06.2026 17:00", room="Saal A")
    early = item(db, here["id"], "Frühstück", "12.06.2026 08:00", "12.06.2026 09:30")
    first = item(
        db, here["id"], "Workshop 1", "12.06.2026 10:00", "12.06.2026 12:00", room="Raum 2"
    )
    second = item(
        db, here["id"], "Workshop 2", "12.06.2026 11:00", "12.06.2026 12:30", room="raum 2"
    )
    item(db, here["id"], "Workshop 3", "12.06.2026 11:00", "12.06.2026 12:30", room="Raum 3")
    item(db, here["id"], "Workshop 4", "12.06.2026 12:30", "12.06.2026 13:30", room="Raum 2")
    found = conflicts_for_event(db, here["id"])
    assert kinds(found) == ["programme_time", "programme_room"]
    assert found[0].message == (
        "Programme item “Frühstück” (12.06.2026 08:00–09:30) lies outside the event's time "
        "(12.06.2026 09:00–17:00)."
    )
    assert found[0].programme_item_id == early["id"]
    assert found[1].message == (
        "Programme items “Workshop 1” and “Workshop 2” are both in room “Raum 2” on "
        "12.06.2026 11:00–12:00."
    )
    assert found[1].programme_item_id == first["id"]
    assert second["id"] != first["id"]


def test_items_without_a_room_are_in_the_event_s_room(db):
    here = event(db, "Fachtag", "12.06.2026 09:00", "12.06.2026 17:00", room="Saal A")
    item(db, here["id"], "Begrüßung", "12.06.2026 09:00", "12.06.2026 09:30")
    item(db, here["id"], "Podium", "12.06.2026 09:15", "12.06.2026 10:00", room="saal a")
    item(db, here["id"], "Parallel", "12.06.2026 09:15", "12.06.2026 10:00", room="Foyer")
    assert kinds(conflicts_for_event(db, here["id"])) == ["programme_room"]


def test_a_public_holiday_in_nrw_is_named(db):
    unity = event(db, "Workshop KI", "03.10.2026 10:00", "03.10.2026 12:00")
    found = conflicts_for_event(db, unity["id"])
    assert found == [
        Conflict(
            "holiday",
            "“Workshop KI” falls on a public holiday in North Rhine-Westphalia: "
            "Tag der Deutschen Einheit (03.10.2026).",
            unity["id"],
        )
    ]
    fair = event(db, "Messe", "23.05.2026 09:00", "26.05.2026 18:00")  # over Whitsun
    assert ["Pfingstmontag" in c.message for c in conflicts_for_event(db, fair["id"])] == [True]
    corpus_christi = event(db, "Fronleichnam NRW", "04.06.2026 10:00", "04.06.2026 11:00")
    assert kinds(conflicts_for_event(db, corpus_christi["id"])) == ["holiday"]


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("02.10.2026 22:00", "02.10.2026 23:30", []),
        ("02.10.2026 22:00", "03.10.2026 00:00", []),  # ends at midnight
        ("02.10.2026 23:30", "03.10.2026 01:00", ["holiday"]),  # runs into the holiday
        ("2026-10-02T22:30:00Z", "2026-10-02T23:30:00Z", ["holiday"]),  # 00:30 in Berlin
        ("31.10.2026 10:00", "31.10.2026 12:00", []),  # Reformation Day is not one in NRW
    ],
)
def test_holidays_are_judged_in_berlin_time(db, start, end, expected):
    here = event(db, "Abendveranstaltung", start, end)
    assert kinds(conflicts_for_event(db, here["id"])) == expected


def test_a_well_planned_event_has_no_conflicts(db, venue):
    speaker = db.contacts.create({"last_name": "Bauer"})
    staff = db.staff_members.create({"username": "anna", "display_name": "Anna Schmidt"})
    here = event(
        db,
        "Workshop KI",
        "12.06.2026 09:00",
        "12.06.2026 17:00",
        venue_id=venue["id"],
        room="Saal A",
        staff_ids=[staff["id"]],
    )
    item(
        db,
        here["id"],
        "Vortrag",
        "12.06.2026 09:00",
        "12.06.2026 10:00",
        speaker_contact_id=speaker["id"],
    )
    item(db, here["id"], "Diskussion", "12.06.2026 10:00", "12.06.2026 17:00")
    event(
        db,
        "Morgen",
        "13.06.2026 09:00",
        "13.06.2026 17:00",
        venue_id=venue["id"],
        staff_ids=[staff["id"]],
    )
    assert conflicts_for_event(db, here["id"]) == []


def test_one_programme_item_is_checked_while_it_is_edited(db):
    speaker = db.contacts.create({"first_name": "Jonas", "last_name": "Bauer"})
    here = event(db, "Fachtag", "12.06.2026 09:00", "12.06.2026 17:00", room="Saal A")
    stored = item(db, here["id"], "Podium", "12.06.2026 10:00", "12.06.2026 11:00")
    other = event(db, "Forum", "12.06.2026 09:00", "12.06.2026 12:00")
    item(
        db,
        other["id"],
        "Vortrag",
        "12.06.2026 10:00",
        "12.06.2026 11:00",
        speaker_contact_id=speaker["id"],
    )
    typed = {
        "event_id": here["id"],
        "title": "Keynote",
        "starts_at": "12.06.2026 08:30",
        "ends_at": "12.06.2026 10:30",
        "speaker_contact_id": str(speaker["id"]),
        "room": "",
    }
    assert kinds(conflicts_for_programme_item(db, typed)) == [
        "programme_time",
        "programme_room",
        "speaker",
    ]
    # the stored item itself is not its own clash, and may be checked by its id
    assert (
        conflicts_for_programme_item(
            db,
            {
                **typed,
                "id": stored["id"],
                "starts_at": "12.06.2026 10:00",
                "speaker_contact_id": None,
            },
        )
        == []
    )
    assert conflicts_for_programme_item(db, stored["id"]) == []
    assert conflicts_for_programme_item(db, {**typed, "starts_at": "morgen"}) == []
