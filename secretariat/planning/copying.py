"""Planning an event again: a copy at a new date with its programme, checklist,
budget, themes and staff, but never its registrations."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from secretariat.domain.enums import EventStatus
from secretariat.domain.fields import Record
from secretariat.planning.checklists import due_date
from secretariat.planning.moments import as_stored, local_date, shifted, wall_clock
from secretariat.store.database import ClusterDatabase

# What a copy takes over from its event as it is.
_KEPT = (
    "title",
    "event_type",
    "time_zone",
    "venue_id",
    "room",
    "capacity",
    "fee_cents",
    "description",
    "themes",
    "staff_ids",
)


def copy_event(db: ClusterDatabase, event_id: int, starts_at: str | datetime) -> Record:
    """A new draft of the event starting at ``starts_at`` (UTC text, an aware
    datetime, or a local time in the event's time zone), as long as the original
    in local wall-clock time.

    The programme moves with it (same local times relative to the start); the
    checklist comes along undone, due from each task's offset to the new date (or
    moved by as many days); budget lines keep their planned amounts, without
    actual ones; themes and staff on duty are the same. Registrations are not
    copied. One transaction; returns the new event as stored.
    """
    with db.transaction():
        source = db.events.get(event_id)
        zone = source["time_zone"]
        start = as_stored(starts_at, zone)
        delta = wall_clock(start, zone) - wall_clock(source["starts_at"], zone)
        days = (local_date(start, zone) - local_date(source["starts_at"], zone)).days
        values = {name: source[name] for name in _KEPT}
        values.update(
            status=EventStatus.DRAFT.value,
            starts_at=start,
            ends_at=shifted(source["ends_at"], delta, zone),
        )
        copy = db.events.create(values)
        for item in db.programme_items.list(filters={"event_id": event_id}, limit=None):
            db.programme_items.create(
                {
                    "event_id": copy["id"],
                    "title": item["title"],
                    "starts_at": shifted(item["starts_at"], delta, zone),
                    "ends_at": shifted(item["ends_at"], delta, zone),
                    "speaker_contact_id": item["speaker_contact_id"],
                    "speaker_name": item["speaker_name"],
                    "room": item["room"],
                    "description": item["description"],
                }
            )
        for task in db.tasks.list(filters={"event_id": event_id}, limit=None):
            due: date | None = None
            if task["offset_days"] is not None:
                due = due_date(copy, task["offset_days"])
            elif task["due_on"]:
                due = date.fromisoformat(task["due_on"]) + timedelta(days=days)
            db.tasks.create(
                {
                    "event_id": copy["id"],
                    "title": task["title"],
                    "due_on": due,
                    "offset_days": task["offset_days"],
                    "owner_staff_id": task["owner_staff_id"],
                }
            )
        for line in db.budget_lines.list(filters={"event_id": event_id}, limit=None):
            db.budget_lines.create(
                {
                    "event_id": copy["id"],
                    "description": line["description"],
                    "kind": line["kind"],
                    "planned_cents": line["planned_cents"],
                }
            )
        return db.events.get(copy["id"])
