"""An event's life: which status may follow which, and saving an event by the rules.

draft → planned → registration open ⇄ full → held, with cancelling possible until
the event is held, and a cancelled event taken up again as a draft. Saving an
event also keeps what hangs on its date in step: the checklist is created when
the event is planned, and moving the event moves its open tasks and its programme
(keeping local wall-clock times across daylight-saving changes).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from secretariat.domain import records
from secretariat.domain.enums import EventStatus
from secretariat.domain.fields import Record
from secretariat.domain.validation import ValidationError, clean
from secretariat.planning.checklists import create_checklist, due_date
from secretariat.planning.errors import PlanningError
from secretariat.planning.moments import as_stored, local_date, shifted, wall_clock
from secretariat.planning.registrations import fill_free_seats
from secretariat.store.database import ClusterDatabase

_S = EventStatus

TRANSITIONS: dict[EventStatus, frozenset[EventStatus]] = {
    _S.DRAFT: frozenset({_S.PLANNED, _S.CANCELLED}),
    _S.PLANNED: frozenset({_S.DRAFT, _S.REGISTRATION_OPEN, _S.HELD, _S.CANCELLED}),
    _S.REGISTRATION_OPEN: frozenset({_S.PLANNED, _S.FULL, _S.HELD, _S.CANCELLED}),
    _S.FULL: frozenset({_S.REGISTRATION_OPEN, _S.HELD, _S.CANCELLED}),
    _S.HELD: frozenset(),
    _S.CANCELLED: frozenset({_S.DRAFT}),
}

# "An event that is held cannot go back to draft."
_BEING = {
    _S.DRAFT: "An event that is still a draft",
    _S.PLANNED: "An event that is planned",
    _S.REGISTRATION_OPEN: "An event with registration open",
    _S.FULL: "An event that is full",
    _S.HELD: "An event that is held",
    _S.CANCELLED: "An event that is cancelled",
}
_BECOMING = {
    _S.DRAFT: "go back to draft",
    _S.PLANNED: "go back to planned",
    _S.REGISTRATION_OPEN: "open its registration",
    _S.FULL: "be marked full",
    _S.HELD: "be marked as held",
    _S.CANCELLED: "be cancelled",
}


def allowed_next(status: str) -> list[str]:
    """The statuses an event in ``status`` may be given next, in the usual order."""
    following = TRANSITIONS[EventStatus(status)]
    return [member.value for member in EventStatus if member in following]


def check_transition(current: str, wanted: str) -> None:
    """Raise PlanningError, in words, when ``wanted`` may not follow ``current``."""
    before, after = EventStatus(current), EventStatus(wanted)
    if before == after or after in TRANSITIONS[before]:
        return
    choices = [EventStatus(value).label for value in allowed_next(before)]
    hint = (
        f"From here it can only become: {', '.join(choices)}."
        if choices
        else "A held event stays held; copy it to plan it again."
    )
    raise PlanningError(f"{_BEING[before]} cannot {_BECOMING[after]}.", hint)


def save_event(
    db: ClusterDatabase, event_id: int | None, version: int | None, values: Mapping[str, Any]
) -> Record:
    """Create an event (``event_id`` None) or change the one read at ``version``.

    Validation, the version check and the audit are the events repository's; on
    top of them:

    - a new status must be allowed to follow the current one (PlanningError);
    - an event that becomes planned and has no tasks gets its checklist;
    - when the start moves, the end moves with it unless a new end is given, the
      open tasks' due dates follow (the event's local date plus their offset, or
      moved by the same number of days), and the programme items move by the same
      local wall-clock time;
    - when the capacity changes or registration opens, waiting participants move
      up into free seats and the status follows the seats (registration open ⇄
      full).

    All in one transaction. Returns the event as stored.
    """
    changes = dict(values)
    with db.transaction():
        if event_id is None:
            event = db.events.create(changes)
            if event["status"] == _S.PLANNED.value:
                create_checklist(db, event["id"])
            return db.events.get(event["id"])
        if version is None:
            raise ValueError("changing an event needs the version it was read at")
        before = db.events.get(event_id)
        if before["version"] == version:  # else the repository refuses the stale edit
            _check_status_change(before, changes)
            _keep_the_duration(before, changes)
        after = db.events.update(event_id, version, changes)
        if (after["starts_at"], after["time_zone"]) != (before["starts_at"], before["time_zone"]):
            _move_what_hangs_on_the_date(db, before, after)
        if (
            after["status"] == _S.PLANNED.value
            and before["status"] != _S.PLANNED.value
            and db.tasks.count(filters={"event_id": event_id}) == 0
        ):
            create_checklist(db, event_id)
        reopened = (
            after["status"] == _S.REGISTRATION_OPEN.value
            and before["status"] != _S.REGISTRATION_OPEN.value
        )
        if after["capacity"] != before["capacity"] or reopened:
            fill_free_seats(db, event_id)
        return db.events.get(event_id)


def _check_status_change(before: Record, changes: Mapping[str, Any]) -> None:
    if "status" not in changes:
        return
    wanted = clean(records.EVENT, {"status": changes["status"]}, existing=before)["status"]
    if wanted:
        check_transition(before["status"], wanted)


def _keep_the_duration(before: Record, changes: dict[str, Any]) -> None:
    """A new start without a new end moves the end by as much (local time)."""
    if "starts_at" not in changes or "ends_at" in changes:
        return
    zone = str(changes.get("time_zone") or before["time_zone"])
    try:
        new_start = as_stored(changes["starts_at"], zone)
    except ValidationError:  # the repository names the wrong field
        return
    delta = wall_clock(new_start, zone) - wall_clock(before["starts_at"], before["time_zone"])
    changes["ends_at"] = shifted(before["ends_at"], delta, before["time_zone"], zone)


def _move_what_hangs_on_the_date(db: ClusterDatabase, before: Record, after: Record) -> None:
    """Move the programme and the open tasks with the event (see :func:`save_event`)."""
    old_zone, new_zone = before["time_zone"], after["time_zone"]
    delta = wall_clock(after["starts_at"], new_zone) - wall_clock(before["starts_at"], old_zone)
    days = (
        local_date(after["starts_at"], new_zone) - local_date(before["starts_at"], old_zone)
    ).days
    event_id = after["id"]
    for item in db.programme_items.list(filters={"event_id": event_id}, limit=None):
        db.programme_items.update(
            item["id"],
            item["version"],
            {
                "starts_at": shifted(item["starts_at"], delta, old_zone, new_zone),
                "ends_at": shifted(item["ends_at"], delta, old_zone, new_zone),
            },
        )
    for task in db.tasks.list(filters={"event_id": event_id, "done": 0}, limit=None):
        if task["offset_days"] is not None:
            due: date = due_date(after, task["offset_days"])
        elif task["due_on"]:
            due = date.fromisoformat(task["due_on"]) + timedelta(days=days)
        else:
            continue
        if due.isoformat() != task["due_on"]:
            db.tasks.update(task["id"], task["version"], {"due_on": due})
