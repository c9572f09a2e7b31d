"""The events as an iCalendar file (RFC 5545), for Outlook, Thunderbird, Apple and
Google calendars, and for the cluster's website.

:class:`EventCalendar` collects the events of one database (all, a range of days, or
chosen ids) and writes one VCALENDAR with a VTIMEZONE for every zone in use
(Europe/Berlin always) and one VEVENT per event. The ``icalendar`` library does the
format's details: CRLF line ends, lines folded at 75 octets, text escaped.

UIDs must stay the same for the same event in every export, so that a calendar that
imports the file again updates its entries instead of doubling them; see
:func:`event_uid`.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar, Event, Timezone, vText

from secretariat import APP_NAME, __version__
from secretariat.domain.enums import EventStatus, EventType
from secretariat.domain.fields import Record
from secretariat.domain.validation import DEFAULT_TIME_ZONE
from secretariat.exports import write_file
from secretariat.exports.language import DEFAULT_LANGUAGE, checked, vocabulary_label
from secretariat.store import ClusterDatabase, NotFoundError

PRODID = f"-//{APP_NAME}//{APP_NAME} {__version__}//DE"

# What a calendar client should make of each event status.
STATUS_IN_CALENDAR: dict[str, str] = {
    EventStatus.DRAFT: "TENTATIVE",
    EventStatus.PLANNED: "TENTATIVE",
    EventStatus.REGISTRATION_OPEN: "CONFIRMED",
    EventStatus.FULL: "CONFIRMED",
    EventStatus.HELD: "CONFIRMED",
    EventStatus.CANCELLED: "CANCELLED",
}


def day_range(
    first_day: date | None, last_day: date | None, time_zone: str = DEFAULT_TIME_ZONE
) -> dict[str, str]:
    """Repository filters for events starting on ``first_day`` to ``last_day``, both
    included, as days in ``time_zone``; None leaves that side open."""
    filters: dict[str, str] = {}
    if first_day is not None:
        filters["starts_from"] = _utc_text(first_day, time_zone)
    if last_day is not None:
        filters["starts_before"] = _utc_text(last_day + timedelta(days=1), time_zone)
    return filters


def select_events(
    db: ClusterDatabase,
    *,
    first_day: date | None = None,
    last_day: date | None = None,
    event_ids: Iterable[int] | None = None,
) -> list[Record]:
    """The events to export (with ``venue_name``), in order of their start.

    ``first_day``/``last_day`` are days in Europe/Berlin, both included, and select by
    the start. ``event_ids`` picks events by id (within the days, if given); an id
    that does not exist raises NotFoundError.
    """
    filters = day_range(first_day, last_day)
    if event_ids is None:
        return db.events.list(filters=filters, sort="starts_at", limit=None)
    events = []
    for event_id in dict.fromkeys(event_ids):
        event = db.events.listed(event_id)
        if event is None:
            raise NotFoundError(
                f"The event #{event_id} does not exist (any more).",
                "It may have been deleted by someone else; reload the list.",
            )
        starts_at = event["starts_at"]
        if starts_at >= filters.get("starts_from", "") and starts_at < filters.get(
            "starts_before", "9999"
        ):
            events.append(event)
    events.sort(key=lambda event: (event["starts_at"], event["id"]))
    return events


def database_token(db: ClusterDatabase) -> str:
    """A short, stable name for one cluster database: from the moment it was created.

    The database has no UUID of its own; the creation time of its cluster profile is
    written once and never changed, and it travels with backups and restores.
    """
    created = str(db.profile().get("created_at") or "")
    return hashlib.sha1(created.encode("utf-8")).hexdigest()[:12]


def event_uid(event: Record, token: str) -> str:
    """The UID of an event: ``event-<id>-<created>-<database>@secretariat``.

    The id alone is not enough: SQLite hands the id of a deleted newest event to the
    next one, and two clusters' databases both have an event #1. The event's own
    creation time tells a re-used id apart; ``token`` (see :func:`database_token`)
    tells databases apart. Editing an event changes neither, so the UID stays.
    """
    created = str(event.get("created_at") or "").replace("-", "").replace(":", "")
    return f"event-{event['id']}-{created}-{token}@secretariat"


class EventCalendar:
    """The events of a cluster database as one iCalendar document.

    ``first_day`` and ``last_day`` (days in Europe/Berlin, both included) and
    ``event_ids`` narrow which events go in; see :func:`select_events`. ``stamp`` is
    the DTSTAMP of every event (now, if not given). ``language`` ("de", the default,
    or "en") is the language of the events' categories ("Netzwerktreffen" /
    "Network meeting"); titles and descriptions are the events' own. For example::

        count = EventCalendar(db, first_day=date(2026, 6, 1)).write("termine.ics")
    """

    def __init__(
        self,
        db: ClusterDatabase,
        *,
        first_day: date | None = None,
        last_day: date | None = None,
        event_ids: Iterable[int] | None = None,
        stamp: datetime | None = None,
        language: str = DEFAULT_LANGUAGE,
    ) -> None:
        self._db = db
        self.language = checked(language)
        self.first_day = first_day
        self.last_day = last_day
        self.event_ids = list(event_ids) if event_ids is not None else None
        self.stamp = (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
        self._events: list[Record] | None = None
        self._venues: dict[int, Record] = {}

    @property
    def events(self) -> list[Record]:
        """The events that go in, read once."""
        if self._events is None:
            self._events = select_events(
                self._db,
                first_day=self.first_day,
                last_day=self.last_day,
                event_ids=self.event_ids,
            )
        return self._events

    @property
    def name(self) -> str:
        """The calendar's name: the cluster's name, else the program's."""
        return str(self._db.profile().get("name") or "").strip() or APP_NAME

    def calendar(self) -> Calendar:
        """The document as an ``icalendar.Calendar``."""
        calendar = Calendar()
        calendar.add("prodid", PRODID)
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("method", "PUBLISH")
        # icalendar writes NAME and X-WR-CALNAME unescaped (it does not know them as
        # TEXT), and vobject then cuts the name at a comma: escape them ourselves.
        calendar.add("name", vText(self.name))
        calendar.add("x-wr-calname", vText(self.name))
        token = database_token(self._db)
        zones = {DEFAULT_TIME_ZONE}
        vevents = []
        for event in self.events:
            zone = _zone(event.get("time_zone"))
            zones.add(zone.key)
            vevents.append(self._vevent(event, zone, token))
        first, last = self._zone_years()
        for zone in sorted(zones):
            calendar.add_component(Timezone.from_tzid(zone, first_date=first, last_date=last))
        for vevent in vevents:
            calendar.add_component(vevent)
        return calendar

    def to_bytes(self) -> bytes:
        """The document as the bytes of an .ics file (UTF-8, CRLF, folded)."""
        return self.calendar().to_ical()

    def write(self, path: str | os.PathLike[str]) -> int:
        """Write the document to ``path`` (whole or not at all); returns the number of
        events written. Raises ExportError when the file cannot be written."""
        data = self.to_bytes()
        write_file(Path(path), data)
        return len(self.events)

    # -- the parts ---------------------------------------------------------------

    def _vevent(self, event: Record, zone: ZoneInfo, token: str) -> Event:
        vevent = Event()
        vevent.add("uid", event_uid(event, token))
        vevent.add("dtstamp", self.stamp)
        vevent.add("dtstart", _moment(event["starts_at"]).astimezone(zone))
        vevent.add("dtend", _moment(event["ends_at"]).astimezone(zone))
        vevent.add("summary", event["title"])
        location = self._location(event)
        if location:
            vevent.add("location", location)
        if event.get("description"):
            vevent.add("description", event["description"])
        vevent.add("status", STATUS_IN_CALENDAR.get(str(event.get("status")), "TENTATIVE"))
        category = vocabulary_label(EventType, event.get("event_type"), self.language)
        if category:
            vevent.add("categories", [category])
        if event.get("updated_at"):
            vevent.add("last-modified", _moment(event["updated_at"]))
        if event.get("created_at"):
            vevent.add("created", _moment(event["created_at"]))
        vevent.add("sequence", max(int(event.get("version") or 1) - 1, 0))
        return vevent

    def _location(self, event: Record) -> str:
        """Venue, room, street, postcode and city, as one line."""
        parts = [event.get("venue_name"), event.get("room")]
        venue_id = event.get("venue_id")
        if venue_id is not None:
            venue = self._venue(int(venue_id))
            town = " ".join(str(p) for p in (venue.get("postcode"), venue.get("city")) if p)
            parts += [venue.get("street"), town]
        return ", ".join(str(part).strip() for part in parts if part and str(part).strip())

    def _venue(self, venue_id: int) -> Record:
        if venue_id not in self._venues:
            self._venues[venue_id] = self._db.venues.get(venue_id)
        return self._venues[venue_id]

    def _zone_years(self) -> tuple[date, date]:
        """From the first of January before the first event to the one after the last:
        the span the VTIMEZONEs describe (short, so the file stays small)."""
        if not self.events:
            year = self.stamp.year
            return date(year, 1, 1), date(year + 1, 1, 1)
        first = min(_moment(event["starts_at"]) for event in self.events)
        last = max(_moment(event["ends_at"]) for event in self.events)
        return date(first.year - 1, 1, 1), date(last.year + 1, 1, 1)


def _zone(name: Any) -> ZoneInfo:
    """The event's time zone; one this computer does not know falls back to Berlin."""
    try:
        return ZoneInfo(str(name or DEFAULT_TIME_ZONE))
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_TIME_ZONE)


def _moment(stored: str) -> datetime:
    """A stored UTC text (2026-06-12T12:30:00Z) as an aware datetime in UTC."""
    return datetime.fromisoformat(stored.replace("Z", "+00:00")).astimezone(UTC)


def _utc_text(day: date, time_zone: str) -> str:
    start = datetime.combine(day, time(0, 0), tzinfo=ZoneInfo(time_zone))
    return start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
