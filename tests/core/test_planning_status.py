"""An event's status and date by the rules: each transition allowed or refused in
words, the checklist created when the event is planned, and the programme and open
tasks moving with the event, keeping local times across daylight-saving changes."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from secretariat.domain.enums import EventStatus
from secretariat.domain.validation import ValidationError, moment_in_zone
from secretariat.planning import (
    TRANSITIONS,
    PlanningError,
    allowed_next,
    create_checklist,
    save_event,
)
from secretariat.store import ConflictError

BERLIN = ZoneInfo("Europe/Berlin")

ALLOWED = [(before.value, after.value) for before, nexts in TRANSITIONS.items() for after in nexts]
REFUSED = [
    (before.value, after.value)
    for before in EventStatus
    for after in EventStatus
    if after != before and after not in TRANSITIONS[before]
]
# A word of each status as the refusal's sentence says it.
WORDS = {
    "draft": "draft",
    "planned": "planned",
    "registration_open": "registration",
    "full": "full",
    "held": "held",
    "cancelled": "cancel",
}


def event(db, **values):
    base = {
        "title": "Workshop KI",
        "starts_at": "2026-06-12T12:00:00Z",
        "ends_at": "2026-06-12T14:00:00Z",
    }
    return db.events.create({**base, **values})


def tasks_of(db, event_id):
    return db.tasks.list(filters={"event_id": event_id}, limit=None, sort="title")


def local(stored: str) -> str:
    return moment_in_zone(stored).strftime("%Y-%m-%d %H:%M")


def test_the_transitions_are_the_agreed_ones():
    assert allowed_next("draft") == ["planned", "cancelled"]
    assert allowed_next("planned") == ["draft", "registration_open", "held", "cancelled"]
    assert allowed_next("registration_open") == ["planned", "full", "held", "cancelled"]
    assert allowed_next("full") == ["registration_open", "held", "cancelled"]
    assert allowed_next("held") == []
    assert allowed_next("cancelled") == ["draft"]
    assert len(ALLOWED) + len(REFUSED) == 30


@pytest.mark.parametrize(("before", "after"), ALLOWED)
def test_an_allowed_status_change_is_saved(db, before, after):
    record = event(db, status=before)
    saved = save_event(db, record["id"], record["version"], {"status": after})
    assert saved["status"] == after
    assert db.events.get(record["id"])["status"] == after


@pytest.mark.parametrize(("before", "after"), REFUSED)
def test_a_refused_status_change_names_both_statuses(db, before, after):
    record = event(db, status=before)
    with pytest.raises(PlanningError) as refused:
        save_event(db, record["id"], record["version"], {"status": after, "title": "Neu"})
    sentence = refused.value.message
    assert sentence.startswith("An event ") and sentence.endswith(".")
    assert WORDS[before] in sentence and WORDS[after] in sentence
    unchanged = db.events.get(record["id"])
    assert (unchanged["status"], unchanged["title"], unchanged["version"]) == (
        before,
        "Workshop KI",
        1,
    )


def test_a_held_event_cannot_go_back_to_draft(db):
    record = event(db, status="held")
    with pytest.raises(PlanningError) as refused:
        save_event(db, record["id"], record["version"], {"status": "draft"})
    assert refused.value.message == "An event that is held cannot go back to draft."
    assert "copy it" in refused.value.hint


def test_the_status_may_be_given_by_its_label(db):
    record = event(db, status="planned")
    assert save_event(db, record["id"], 1, {"status": "Registration open"})["status"] == (
        "registration_open"
    )


def test_a_stale_copy_is_refused_before_the_rules_are_asked(db):
    record = event(db)
    save_event(db, record["id"], 1, {"title": "Geändert"})
    with pytest.raises(ConflictError):
        save_event(db, record["id"], 1, {"status": "held"})


def test_a_new_event_is_created_and_audited(db):
    record = save_event(
        db,
        None,
        None,
        {
            "title": "Netzwerktreffen",
            "starts_at": "12.06.2026 18:00",
            "ends_at": "12.06.2026 21:00",
        },
    )
    assert record["status"] == "draft" and record["starts_at"] == "2026-06-12T16:00:00Z"
    assert db.audit_entries("events", record["id"])[0]["action"] == "create"
    assert tasks_of(db, record["id"]) == []


def test_becoming_planned_creates_the_checklist_once(db):
    record = event(db, event_type="trade_fair")
    planned = save_event(db, record["id"], 1, {"status": "planned"})
    titles = [task["title"] for task in tasks_of(db, record["id"])]
    assert "Standfläche buchen" in titles
    back = save_event(db, record["id"], planned["version"], {"status": "draft"})
    save_event(db, record["id"], back["version"], {"status": "planned"})
    assert len(tasks_of(db, record["id"])) == len(titles)


def test_an_event_created_as_planned_gets_its_checklist(db):
    record = save_event(
        db,
        None,
        None,
        {
            "title": "CEO-Gespräch",
            "event_type": "ceo_interview",
            "status": "planned",
            "starts_at": "2026-06-12T08:00:00Z",
            "ends_at": "2026-06-12T09:00:00Z",
        },
    )
    assert {task["due_on"] for task in tasks_of(db, record["id"])} >= {"2026-05-13"}


def test_an_event_with_tasks_gets_no_checklist_when_planned(db):
    record = event(db)
    db.tasks.create({"event_id": record["id"], "title": "Eigene Aufgabe"})
    save_event(db, record["id"], 1, {"status": "planned"})
    assert [task["title"] for task in tasks_of(db, record["id"])] == ["Eigene Aufgabe"]


def test_moving_the_event_moves_open_tasks_and_the_programme(db):
    record = event(db, starts_at="12.06.2026 10:00", ends_at="12.06.2026 16:00")
    create_checklist(db, record["id"])
    done = next(t for t in tasks_of(db, record["id"]) if t["title"] == "Raum buchen")
    db.tasks.update(done["id"], done["version"], {"done": 1})
    own = db.tasks.create({"event_id": record["id"], "title": "Catering", "due_on": "2026-06-01"})
    item = db.programme_items.create(
        {
            "event_id": record["id"],
            "title": "Keynote",
            "starts_at": "12.06.2026 10:30",
            "ends_at": "12.06.2026 11:15",
        }
    )
    moved = save_event(db, record["id"], 1, {"starts_at": "19.06.2026 10:00"})
    assert (local(moved["starts_at"]), local(moved["ends_at"])) == (
        "2026-06-19 10:00",
        "2026-06-19 16:00",
    )
    due = {task["title"]: task["due_on"] for task in tasks_of(db, record["id"])}
    assert due["Raum buchen"] == "2026-04-13"  # done: stays where it was
    assert due["Einladungen versenden"] == "2026-05-08"  # 19.06. - 42 days
    assert due["Nachbereitung und Fotos"] == "2026-06-22"
    assert due["Catering"] == "2026-06-08"  # no offset: moved by the same 7 days
    shifted = db.programme_items.get(item["id"])
    assert (local(shifted["starts_at"]), local(shifted["ends_at"])) == (
        "2026-06-19 10:30",
        "2026-06-19 11:15",
    )
    assert db.tasks.get(own["id"])["version"] == 2
    assert db.audit_entries("programme_items", item["id"])[0]["action"] == "update"


def test_a_new_end_given_with_the_start_is_kept(db):
    record = event(db, starts_at="12.06.2026 10:00", ends_at="12.06.2026 16:00")
    moved = save_event(
        db, record["id"], 1, {"starts_at": "13.06.2026 09:00", "ends_at": "13.06.2026 12:00"}
    )
    assert (local(moved["starts_at"]), local(moved["ends_at"])) == (
        "2026-06-13 09:00",
        "2026-06-13 12:00",
    )


@pytest.mark.parametrize(
    ("before", "after", "utc_before", "utc_after"),
    [
        # summer time begins on 29.03.2026
        ("2026-03-27 10:00", "2026-03-30 10:00", "2026-03-27T09:00:00Z", "2026-03-30T08:00:00Z"),
        # and ends on 25.10.2026
        ("2026-10-23 10:00", "2026-10-26 10:00", "2026-10-23T08:00:00Z", "2026-10-26T09:00:00Z"),
        # and back again
        ("2026-03-30 10:00", "2026-03-27 10:00", "2026-03-30T08:00:00Z", "2026-03-27T09:00:00Z"),
    ],
)
def test_moving_across_a_daylight_saving_change_keeps_local_times(
    db, before, after, utc_before, utc_after
):
    start = datetime.fromisoformat(before).replace(tzinfo=BERLIN)
    record = event(db, starts_at=start, ends_at=start + timedelta(hours=6))
    assert record["starts_at"] == utc_before
    item = db.programme_items.create(
        {
            "event_id": record["id"],
            "title": "Mittagspause",
            "starts_at": start + timedelta(hours=2),
            "ends_at": start + timedelta(hours=3),
        }
    )
    create_checklist(db, record["id"])
    new_start = datetime.fromisoformat(after).replace(tzinfo=BERLIN)
    moved = save_event(db, record["id"], 1, {"starts_at": new_start})
    assert moved["starts_at"] == utc_after
    assert local(moved["ends_at"]) == f"{after[:10]} 16:00"
    shifted = db.programme_items.get(item["id"])
    assert (local(shifted["starts_at"]), local(shifted["ends_at"])) == (
        f"{after[:10]} 12:00",
        f"{after[:10]} 13:00",
    )
    reminder = next(t for t in tasks_of(db, record["id"]) if t["title"] == "Erinnerung senden")
    assert reminder["due_on"] == (new_start.date() - timedelta(days=7)).isoformat()


def test_a_failed_save_changes_nothing(db):
    record = event(db, starts_at="12.06.2026 10:00", ends_at="12.06.2026 16:00")
    create_checklist(db, record["id"])
    before = [(t["id"], t["due_on"]) for t in tasks_of(db, record["id"])]
    with pytest.raises(ValidationError) as wrong:
        save_event(db, record["id"], 1, {"starts_at": "20.06.2026 10:00", "fee_cents": "viel"})
    assert wrong.value.for_field("fee_cents")
    assert [(t["id"], t["due_on"]) for t in tasks_of(db, record["id"])] == before
    assert db.events.get(record["id"])["version"] == 1
