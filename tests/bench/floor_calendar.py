"""Floor of the calendar export: the events read with one query and written with
``icalendar`` as the same VEVENTs (UID, DTSTAMP, DTSTART/DTEND in their zone,
SUMMARY, LOCATION, DESCRIPTION, STATUS, CATEGORIES, LAST-MODIFIED, CREATED,
SEQUENCE) with one VTIMEZONE.

    python tests/bench/floor_calendar.py DATABASE OUT.ics
"""

import sqlite3
import sys
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone

STATUS = {"draft": "TENTATIVE", "planned": "TENTATIVE", "cancelled": "CANCELLED"}


def moment(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def main(database: str, out: str) -> int:
    conn = sqlite3.connect(database)
    rows = conn.execute(
        "SELECT e.id, e.title, e.event_type, e.status, e.starts_at, e.ends_at, e.time_zone,"
        " e.room, e.description, e.version, e.created_at, e.updated_at,"
        " v.name, v.street, v.postcode, v.city"
        " FROM events AS e LEFT JOIN venues AS v ON v.id = e.venue_id ORDER BY e.starts_at"
    ).fetchall()
    stamp = datetime.now(UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", "-//Floor//Floor//DE")
    calendar.add("version", "2.0")
    first = moment(rows[0][4]).year - 1 if rows else stamp.year
    last = max(moment(row[5]).year for row in rows) + 1 if rows else stamp.year + 1
    calendar.add_component(
        Timezone.from_tzid(
            "Europe/Berlin", first_date=date(first, 1, 1), last_date=date(last, 1, 1)
        )
    )
    zones: dict[str, ZoneInfo] = {}
    for (
        number,
        title,
        kind,
        status,
        starts,
        ends,
        zone_name,
        room,
        description,
        version,
        created,
        updated,
        venue,
        street,
        postcode,
        city,
    ) in rows:
        zone = zones.setdefault(zone_name, ZoneInfo(zone_name))
        event = Event()
        event.add("uid", f"event-{number}@floor")
        event.add("dtstamp", stamp)
        event.add("dtstart", moment(starts).astimezone(zone))
        event.add("dtend", moment(ends).astimezone(zone))
        event.add("summary", title)
        town = " ".join(part for part in (postcode, city) if part)
        location = ", ".join(part for part in (venue, room, street, town) if part)
        if location:
            event.add("location", location)
        if description:
            event.add("description", description)
        event.add("status", STATUS.get(status, "CONFIRMED"))
        event.add("categories", [kind.replace("_", " ").capitalize()])
        event.add("last-modified", moment(updated))
        event.add("created", moment(created))
        event.add("sequence", max(version - 1, 0))
        calendar.add_component(event)
    with open(out, "wb") as file:
        file.write(calendar.to_ical())
    print(len(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
