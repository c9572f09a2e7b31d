"""Warnings about an event's plan: double bookings, a programme that does not fit,
a public holiday.

Each :class:`Conflict` carries a sentence that names both sides and the time, for
the event page and for the form of one programme item. Conflicts warn; they do
not refuse anything. Cancelled events neither clash nor get warnings. Two
bookings clash when each starts before the other ends, so back-to-back events
do not. Times are shown in the checked event's time zone.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from secretariat.domain import records
from secretariat.domain.enums import EventStatus
from secretariat.domain.fields import Record
from secretariat.domain.validation import ValidationError, clean
from secretariat.planning.moments import date_text, local_days, span_text
from secretariat.store.database import ClusterDatabase

if TYPE_CHECKING:
    import holidays

ROOM = "room"
SPEAKER = "speaker"
STAFF = "staff"
PROGRAMME_TIME = "programme_time"
PROGRAMME_ROOM = "programme_room"
HOLIDAY = "holiday"

HOLIDAY_TIME_ZONE = "Europe/Berlin"


@dataclass(frozen=True)
class Conflict:
    """One problem in an event's plan. ``kind`` is one of room, speaker, staff,
    programme_time, programme_room, holiday; ``message`` is the sentence to show."""

    kind: str
    message: str
    event_id: int
    other_event_id: int | None = None
    programme_item_id: int | None = None


def conflicts_for_event(db: ClusterDatabase, event_id: int) -> list[Conflict]:
    """Everything that clashes with the event's plan, by kind: its room, its
    speakers and staff booked elsewhere at the same time, programme items outside
    the event or sharing a room at once, and public holidays in NRW on its days."""
    event = db.events.get(event_id)
    if event["status"] == EventStatus.CANCELLED.value:
        return []
    programme = db.planning.programme_with_speakers(event_id)
    found = [
        *_room_conflicts(db, event),
        *_speaker_conflicts(db, event, programme),
        *_staff_conflicts(db, event),
    ]
    for item in programme:
        found.extend(_outside_the_event(event, item))
    for index, item in enumerate(programme):
        found.extend(_sharing_a_room(event, item, programme[index + 1 :]))
    found.extend(_holidays(event))
    return found


def conflicts_for_programme_item(
    db: ClusterDatabase, item: int | Mapping[str, Any]
) -> list[Conflict]:
    """Warnings for one programme item while it is edited: ``item`` is a stored
    item's id, or the values in the form (``event_id``, ``starts_at``, ``ends_at``,
    ``room``, ``speaker_contact_id``, and ``id`` when it is stored already). Times
    as typed are read in the event's time zone; values that are not valid yet are
    left out of the checks (the form names them)."""
    values: Record = dict(db.programme_items.get(item) if isinstance(item, int) else item)
    event = db.events.get(int(values["event_id"]))
    if event["status"] == EventStatus.CANCELLED.value:
        return []
    candidate = _cleaned_item(values, event["time_zone"])
    if candidate is None:
        return []
    found = _outside_the_event(event, candidate)
    others = [
        other
        for other in db.planning.programme_with_speakers(event["id"])
        if other["id"] != candidate.get("id")
    ]
    found.extend(_sharing_a_room(event, candidate, others))
    speaker = candidate.get("speaker_contact_id")
    if speaker:
        contact = db.contacts.get(speaker)
        slot = {**candidate, "first_name": contact["first_name"], "last_name": contact["last_name"]}
        found.extend(_speaker_conflicts(db, event, [slot], registrations=False))
    return found


# -- rooms, people and staff booked twice --------------------------------------------


def _room_key(room: str | None) -> str:
    return " ".join((room or "").split()).casefold()


def _room_conflicts(db: ClusterDatabase, event: Record) -> list[Conflict]:
    if event["venue_id"] is None:
        return []
    found = []
    mine = _room_key(event["room"])
    for other in db.planning.overlapping_events(
        event["starts_at"],
        event["ends_at"],
        exclude_event_id=event["id"],
        venue_id=event["venue_id"],
    ):
        theirs = _room_key(other["room"])
        if mine and theirs and mine != theirs:
            continue
        venue = other["venue_name"]
        booked = (
            f"“{other['title']}” on "
            f"{span_text(other['starts_at'], other['ends_at'], event['time_zone'])}"
        )
        if mine and theirs:
            message = f"Room “{event['room']}” at {venue} is also booked for {booked}."
        elif mine:
            message = (
                f"Room “{event['room']}” at {venue}: the whole venue is also booked for {booked}."
            )
        elif theirs:
            message = (
                f"{venue} is booked as a whole, but its room “{other['room']}” is also "
                f"booked for {booked}."
            )
        else:
            message = f"{venue} is also booked for {booked}."
        found.append(Conflict(ROOM, message, event["id"], other_event_id=other["id"]))
    return found


def _speaker_conflicts(
    db: ClusterDatabase,
    event: Record,
    programme: Iterable[Record],
    *,
    registrations: bool = True,
) -> list[Conflict]:
    """Speakers of the event (of its programme items and, with ``registrations``,
    registered as speaker) who also speak at another event at the same time."""
    zone = event["time_zone"]
    slots: list[Record] = [
        {**item, "contact_id": item["speaker_contact_id"], "item_id": item.get("id")}
        for item in programme
        if item.get("speaker_contact_id")
    ]
    if registrations:
        slots.extend(
            {
                **registration,
                "starts_at": event["starts_at"],
                "ends_at": event["ends_at"],
                "item_id": None,
                "title": None,
            }
            for registration in db.planning.speaker_registrations(event["id"])
        )
    found = []
    seen: set[tuple[int, int]] = set()
    for slot in slots:
        for booking in db.planning.speaker_bookings(
            slot["contact_id"], slot["starts_at"], slot["ends_at"], event["id"]
        ):
            key = (slot["contact_id"], booking["event_id"])
            if key in seen:
                continue
            seen.add(key)
            name = records.CONTACT.describe(slot).strip() or f"Contact #{slot['contact_id']}"
            here = f"“{slot['title']}”" if slot["title"] else f"“{event['title']}”"
            there = f"“{booking['event_title']}”"
            if booking["item_title"]:
                there += f" (“{booking['item_title']}”)"
            message = (
                f"{name} speaks at {here} on {span_text(slot['starts_at'], slot['ends_at'], zone)} "
                f"and is also a speaker at {there} on "
                f"{span_text(booking['starts_at'], booking['ends_at'], zone)}."
            )
            found.append(
                Conflict(
                    SPEAKER,
                    message,
                    event["id"],
                    other_event_id=booking["event_id"],
                    programme_item_id=slot["item_id"],
                )
            )
    return found


def _staff_conflicts(db: ClusterDatabase, event: Record) -> list[Conflict]:
    found = []
    for member in db.planning.staff_on_duty(event["id"]):
        for booking in db.planning.staff_bookings(
            member["id"], event["starts_at"], event["ends_at"], event["id"]
        ):
            when = span_text(
                booking["event_starts_at"], booking["event_ends_at"], event["time_zone"]
            )
            message = (
                f"{member['display_name']} is on duty at “{event['title']}” and also at "
                f"“{booking['event_title']}” on {when}."
            )
            found.append(Conflict(STAFF, message, event["id"], other_event_id=booking["event_id"]))
    return found


# -- the programme --------------------------------------------------------------------


def _outside_the_event(event: Record, item: Record) -> list[Conflict]:
    if item["starts_at"] >= event["starts_at"] and item["ends_at"] <= event["ends_at"]:
        return []
    zone = event["time_zone"]
    message = (
        f"Programme item “{item['title']}” ({span_text(item['starts_at'], item['ends_at'], zone)}) "
        f"lies outside the event's time "
        f"({span_text(event['starts_at'], event['ends_at'], zone)})."
    )
    return [Conflict(PROGRAMME_TIME, message, event["id"], programme_item_id=item.get("id"))]


def _sharing_a_room(event: Record, item: Record, others: Iterable[Record]) -> list[Conflict]:
    """``item`` against ``others`` of the same event: at once in the same room (an
    item without a room is in the event's room)."""
    found = []
    place = item.get("room") or event["room"]
    for other in others:
        if _room_key(other.get("room") or event["room"]) != _room_key(place):
            continue
        if not (item["starts_at"] < other["ends_at"] and other["starts_at"] < item["ends_at"]):
            continue
        start = max(item["starts_at"], other["starts_at"])
        end = min(item["ends_at"], other["ends_at"])
        where = f"room “{place}”" if place else "the event's room"
        message = (
            f"Programme items “{item['title']}” and “{other['title']}” are both in {where} "
            f"on {span_text(start, end, event['time_zone'])}."
        )
        found.append(
            Conflict(PROGRAMME_ROOM, message, event["id"], programme_item_id=item.get("id"))
        )
    return found


def _cleaned_item(values: Record, time_zone: str) -> Record | None:
    """The form's values as stored, or None when the times are not valid yet."""
    item: Record = {
        "id": values.get("id"),
        "title": str(values.get("title") or "").strip() or "(untitled)",
        "room": values.get("room") or None,
        "speaker_contact_id": None,
    }
    for name in ("starts_at", "ends_at"):
        try:
            moment = clean(
                records.PROGRAMME_ITEM, {name: values.get(name)}, existing={"time_zone": time_zone}
            )[name]
        except ValidationError:
            return None
        if not moment:
            return None
        item[name] = moment
    if item["ends_at"] < item["starts_at"]:
        return None
    try:
        speaker = clean(
            records.PROGRAMME_ITEM,
            {"speaker_contact_id": values.get("speaker_contact_id")},
            existing={},
        )["speaker_contact_id"]
    except ValidationError:
        speaker = None
    item["speaker_contact_id"] = speaker
    return item


# -- public holidays ------------------------------------------------------------------


@functools.lru_cache(maxsize=32)
def _nrw_holidays(years: tuple[int, ...]) -> holidays.HolidayBase:
    import holidays  # loaded on the first check: it takes a while, and start-up needs none

    return holidays.country_holidays("DE", subdiv="NW", years=years, language="de")


def _holidays(event: Record) -> list[Conflict]:
    days = local_days(event["starts_at"], event["ends_at"], HOLIDAY_TIME_ZONE)
    calendar = _nrw_holidays(tuple(sorted({day.year for day in days})))
    found = []
    for day in days:
        name = calendar.get(day)
        if name:
            message = (
                f"“{event['title']}” falls on a public holiday in North Rhine-Westphalia: "
                f"{name} ({date_text(day)})."
            )
            found.append(Conflict(HOLIDAY, message, event["id"]))
    return found
