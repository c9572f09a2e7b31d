"""The events as an iCalendar file, judged by two real readers (icalendar, vobject)
and by the raw bytes: CRLF, lines folded at 75 octets, text escaped, stable UIDs."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from secretariat.exports import ExportError
from secretariat.exports.calendar import (
    PRODID,
    EventCalendar,
    database_token,
    event_uid,
    select_events,
)
from secretariat.store import NotFoundError

BERLIN = ZoneInfo("Europe/Berlin")
CLUSTER_NAME = "Mobilität.NRW, Cluster Süd; Geschäftsstelle \\ Test"
SPECIAL_TITLE = "Workshop: KI, Daten; Recht \\ Ethik\nTeil 2 – Düsseldorf"
SPECIAL_DESCRIPTION = (
    "Programm:\n09:00 Begrüßung, Kaffee; Anmeldung\n10:00 KI \\ Recht – Dr. Şükrü Ağaoğlu\n\n"
    "Ирина Петрова spricht über Łódź."
)
LONG_TITLE = "Überregionale Größenvorteile für Übergänge in Kreislaufwirtschaft – " * 3
STAMP = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)


def berlin(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN)


def utc_instant(stored: str) -> datetime:
    return datetime.fromisoformat(stored.replace("Z", "+00:00"))


@pytest.fixture
def cluster(db):
    """A small cluster: a named profile, a venue, and events in summer, in winter,
    across the change to summer time, cancelled, with hard text, and a long title."""
    profile = db.profile()
    db.update_profile(profile["version"], {"name": CLUSTER_NAME})
    venue = db.venues.create(
        {
            "name": "Haus der Wirtschaft, Düsseldorf",
            "street": "Königsallee 1",
            "postcode": "40212",
            "city": "Düsseldorf",
        }
    )
    events = {
        "summer": db.events.create(
            {
                "title": SPECIAL_TITLE,
                "event_type": "thematic_workshop",
                "status": "registration_open",
                "starts_at": berlin(2026, 6, 12, 14, 30),
                "ends_at": berlin(2026, 6, 12, 17, 45),
                "venue_id": venue["id"],
                "room": "Saal „Rhein“; 2. OG",
                "description": SPECIAL_DESCRIPTION,
            }
        ),
        "winter": db.events.create(
            {
                "title": "Neujahrsempfang der Mitglieder",
                "event_type": "network_meeting",
                "status": "planned",
                "starts_at": berlin(2027, 1, 15, 18, 0),
                "ends_at": berlin(2027, 1, 15, 22, 0),
            }
        ),
        "cancelled": db.events.create(
            {
                "title": "Fokusgruppe Wasserstoff",
                "event_type": "focus_group",
                "status": "cancelled",
                "starts_at": berlin(2026, 2, 3, 10, 0),
                "ends_at": berlin(2026, 2, 3, 12, 0),
                "venue_id": venue["id"],
            }
        ),
        "night_of_the_change": db.events.create(
            {
                "title": "Hackathon über Nacht",
                "event_type": "other",
                "status": "held",
                "starts_at": berlin(2026, 3, 28, 20, 0),
                "ends_at": berlin(2026, 3, 29, 8, 0),  # 11 hours: 02:00 does not exist
            }
        ),
        "long": db.events.create(
            {
                "title": LONG_TITLE,
                "event_type": "training",
                "status": "draft",
                "starts_at": berlin(2026, 9, 1, 9, 0),
                "ends_at": berlin(2026, 9, 1, 16, 0),
                "room": "Raum Ä 1.02",
            }
        ),
    }
    return db, venue, events


def export(db, **options) -> bytes:
    return EventCalendar(db, stamp=STAMP, **options).to_bytes()


def vevents_by_uid(data: bytes) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    return {str(event["uid"]): event for event in calendar.walk("VEVENT")}


def vevent_for(data: bytes, event_id: int) -> icalendar.Event:
    (found,) = [
        event for uid, event in vevents_by_uid(data).items() if uid.startswith(f"event-{event_id}-")
    ]
    return found


# -- what a reader sees -------------------------------------------------------------


def test_icalendar_reads_back_every_event_exactly(cluster):
    db, venue, events = cluster
    data = export(db)
    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar["prodid"]) == PRODID and PRODID.startswith("-//Secretariat//Secretariat ")
    assert str(calendar["version"]) == "2.0"
    assert str(calendar["calscale"]) == "GREGORIAN"
    assert str(calendar["method"]) == "PUBLISH"
    assert len(calendar.walk("VEVENT")) == len(events)
    for event in events.values():
        stored = db.events.get(event["id"])
        vevent = vevent_for(data, event["id"])
        assert str(vevent["summary"]) == stored["title"]
        start, end = vevent.decoded("dtstart"), vevent.decoded("dtend")
        assert start == utc_instant(stored["starts_at"])
        assert end == utc_instant(stored["ends_at"])
        assert vevent["dtstart"].params["TZID"] == "Europe/Berlin"
        assert vevent["dtend"].params["TZID"] == "Europe/Berlin"
        assert vevent.decoded("dtstamp") == STAMP
        assert vevent.decoded("last-modified") == utc_instant(stored["updated_at"])
        assert vevent.decoded("sequence") == stored["version"] - 1

    summer = vevent_for(data, events["summer"]["id"])
    # A title is one line (validation joins its lines); everything else survives.
    assert str(summer["summary"]) == "Workshop: KI, Daten; Recht \\ Ethik Teil 2 – Düsseldorf"
    assert str(summer["description"]) == SPECIAL_DESCRIPTION
    assert str(summer["location"]) == (
        "Haus der Wirtschaft, Düsseldorf, Saal „Rhein“; 2. OG, Königsallee 1, 40212 Düsseldorf"
    )
    assert summer["categories"].cats == ["Themenworkshop"]
    assert str(vevent_for(data, events["long"]["id"])["summary"]) == LONG_TITLE.strip()
    assert str(vevent_for(data, events["long"]["id"])["location"]) == "Raum Ä 1.02"
    assert "location" not in vevent_for(data, events["winter"]["id"])
    assert "description" not in vevent_for(data, events["winter"]["id"])


def test_local_times_and_daylight_saving(cluster):
    db, _venue, events = cluster
    data = export(db)
    summer = vevent_for(data, events["summer"]["id"]).decoded("dtstart")
    winter = vevent_for(data, events["winter"]["id"]).decoded("dtstart")
    assert (summer.hour, summer.minute, summer.utcoffset().total_seconds()) == (14, 30, 7200)
    assert (winter.hour, winter.utcoffset().total_seconds()) == (18, 3600)
    night = vevent_for(data, events["night_of_the_change"]["id"])
    start, end = night.decoded("dtstart"), night.decoded("dtend")
    assert (start.hour, end.hour) == (20, 8)
    # Python subtracts two datetimes of the same zone as wall-clock times (12 hours):
    # the instants, in UTC, are 11 hours apart.
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=11)
    assert b"DTSTART;TZID=Europe/Berlin:20260612T143000\r\n" in data
    assert b"DTEND;TZID=Europe/Berlin:20260329T080000\r\n" in data


def test_status_in_the_calendar(db):
    for number, status in enumerate(
        ("draft", "planned", "registration_open", "full", "held", "cancelled"), start=1
    ):
        db.events.create(
            {
                "title": status,
                "status": status,
                "starts_at": berlin(2026, 5, number, 10),
                "ends_at": berlin(2026, 5, number, 11),
            }
        )
    calendar = icalendar.Calendar.from_ical(export(db))
    seen = {str(event["summary"]): str(event["status"]) for event in calendar.walk("VEVENT")}
    assert seen == {
        "draft": "TENTATIVE",
        "planned": "TENTATIVE",
        "registration_open": "CONFIRMED",
        "full": "CONFIRMED",
        "held": "CONFIRMED",
        "cancelled": "CANCELLED",
    }


def test_vobject_validates_and_reads_the_same(cluster):
    db, _venue, events = cluster
    text = export(db).decode("utf-8")
    calendar = vobject.readOne(text)
    calendar.validate()  # wants UID, DTSTAMP, PRODID
    assert calendar.x_wr_calname.value == CLUSTER_NAME  # cut at the comma if not escaped
    by_summary = {vevent.summary.value: vevent for vevent in calendar.vevent_list}
    assert len(by_summary) == len(events)
    for event in events.values():
        stored = db.events.get(event["id"])
        vevent = by_summary[stored["title"]]  # exactly, commas, semicolons and all
        assert vevent.dtstart.value.astimezone(UTC) == utc_instant(stored["starts_at"])
        assert vevent.dtend.value.astimezone(UTC) == utc_instant(stored["ends_at"])
        assert vevent.uid.value.startswith(f"event-{stored['id']}-")
    summer = by_summary[db.events.get(events["summer"]["id"])["title"]]
    assert summer.description.value == SPECIAL_DESCRIPTION
    assert summer.location.value.startswith("Haus der Wirtschaft, Düsseldorf, Saal „Rhein“; 2. OG")
    assert summer.status.value == "CONFIRMED"
    assert summer.categories.value == ["Themenworkshop"]


# -- the bytes ------------------------------------------------------------------------


def test_crlf_folding_at_75_octets_and_escaping(cluster):
    db, _venue, _events = cluster
    data = export(db)
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert max(len(line) for line in lines) <= 75
    assert any(len(line) >= 70 for line in lines)  # long lines were there to fold
    for line in lines:
        line.decode("utf-8")  # folded between characters, never inside an "ü"
    folded = [line for line in lines if line.startswith(b" ")]
    assert len(folded) >= 3
    assert b"SUMMARY:Workshop: KI\\, Daten\\; Recht \\\\ Ethik Teil 2 \xe2\x80\x93 D" in data
    unfolded = data.replace(b"\r\n ", b"")
    description = "Programm:\\n09:00 Begrüßung\\, Kaffee\\; Anmeldung\\n10:00 KI \\\\ Recht"
    assert b"DESCRIPTION:" + description.encode("utf-8") in unfolded
    assert b"X-WR-CALNAME:Mobilit\xc3\xa4t.NRW\\, Cluster S\xc3\xbcd\\;" in unfolded


def test_a_vtimezone_for_berlin_with_summer_and_winter_time(cluster):
    db, _venue, _events = cluster
    calendar = icalendar.Calendar.from_ical(export(db))
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["tzid"]) == "Europe/Berlin"
    assert zone.walk("DAYLIGHT") and zone.walk("STANDARD")
    assert calendar.get_missing_tzids() == set()
    # the zone comes before the events that use it
    names = [component.name for component in calendar.subcomponents]
    assert names.index("VTIMEZONE") < names.index("VEVENT")


# -- identity -------------------------------------------------------------------------


def test_uids_are_stable_across_exports_and_edits(cluster):
    db, _venue, events = cluster
    first = vevents_by_uid(EventCalendar(db).to_bytes())
    summer = db.events.get(events["summer"]["id"])
    db.events.update(summer["id"], summer["version"], {"status": "full"})
    second = vevents_by_uid(EventCalendar(db, stamp=STAMP).to_bytes())
    assert set(first) == set(second) and len(first) == len(events)
    token = database_token(db)
    for uid in first:
        assert re.fullmatch(rf"event-\d+-\d{{8}}T\d{{6}}Z-{token}@secretariat", uid)
    changed = vevent_for(EventCalendar(db).to_bytes(), summer["id"])
    assert changed.decoded("sequence") == 1 and str(changed["status"]) == "CONFIRMED"


def test_uids_tell_databases_and_reused_ids_apart():
    class Profile:
        def __init__(self, created_at: str) -> None:
            self.created_at = created_at

        def profile(self) -> dict[str, str]:
            return {"created_at": self.created_at}

    one = database_token(Profile("2026-01-05T09:00:00Z"))  # type: ignore[arg-type]
    other = database_token(Profile("2026-01-05T09:00:01Z"))  # type: ignore[arg-type]
    assert one != other and len(one) == 12
    assert one == database_token(Profile("2026-01-05T09:00:00Z"))  # type: ignore[arg-type]
    deleted = {"id": 7, "created_at": "2026-03-01T10:00:00Z"}
    reused = {"id": 7, "created_at": "2026-04-02T11:30:00Z"}
    assert event_uid(deleted, one) != event_uid(reused, one)
    assert event_uid(deleted, one) != event_uid(deleted, other)
    assert event_uid(deleted, one) == f"event-7-20260301T100000Z-{one}@secretariat"


def test_the_calendar_name_falls_back_to_the_program(db):
    calendar = vobject.readOne(export(db).decode("utf-8"))
    assert calendar.x_wr_calname.value == "Secretariat"


# -- choosing events ------------------------------------------------------------------


def test_days_are_berlin_days_and_both_ends_count(db):
    def event(title: str, start: datetime) -> int:
        return db.events.create({"title": title, "starts_at": start, "ends_at": start})["id"]

    before = event("before", berlin(2026, 6, 30, 23, 59))
    first = event("first minute", berlin(2026, 7, 1, 0, 0))  # 30 June 22:00 UTC
    last = event("last minute", berlin(2026, 7, 31, 23, 59))
    after = event("after", berlin(2026, 8, 1, 0, 0))
    chosen = select_events(db, first_day=date(2026, 7, 1), last_day=date(2026, 7, 31))
    assert [e["id"] for e in chosen] == [first, last]
    assert [e["id"] for e in select_events(db, first_day=date(2026, 7, 1))] == [first, last, after]
    assert [e["id"] for e in select_events(db, last_day=date(2026, 6, 30))] == [before]
    calendar = EventCalendar(db, first_day=date(2026, 7, 1), last_day=date(2026, 7, 31))
    summaries = [
        str(e["summary"]) for e in icalendar.Calendar.from_ical(calendar.to_bytes()).walk("VEVENT")
    ]
    assert summaries == ["first minute", "last minute"]


def test_chosen_events_by_id(cluster):
    db, _venue, events = cluster
    ids = [events["winter"]["id"], events["summer"]["id"], events["winter"]["id"]]
    calendar = EventCalendar(db, event_ids=ids)
    assert [e["id"] for e in calendar.events] == [events["summer"]["id"], events["winter"]["id"]]
    assert len(icalendar.Calendar.from_ical(calendar.to_bytes()).walk("VEVENT")) == 2
    only_summer = EventCalendar(db, event_ids=ids, last_day=date(2026, 12, 31))
    assert [e["id"] for e in only_summer.events] == [events["summer"]["id"]]
    with pytest.raises(NotFoundError, match="#999"):
        EventCalendar(db, event_ids=[999]).to_bytes()


def test_an_empty_calendar_is_valid(db):
    data = export(db)
    calendar = icalendar.Calendar.from_ical(data)
    assert calendar.walk("VEVENT") == [] and str(calendar["prodid"]) == PRODID
    vobject.readOne(data.decode("utf-8")).validate()
    assert data.endswith(b"END:VCALENDAR\r\n")


# -- the file ---------------------------------------------------------------------------


def test_write_puts_the_whole_file_in_place(cluster, tmp_path):
    db, _venue, events = cluster
    out = tmp_path / "termine.ics"
    out.write_bytes(b"an older export")
    assert EventCalendar(db).write(out) == len(events)
    assert len(icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")) == len(events)
    assert [p.name for p in tmp_path.iterdir()] == ["termine.ics"]  # no leftovers


def test_write_failures_name_the_place_and_leave_nothing(cluster, tmp_path):
    db, _venue, _events = cluster
    with pytest.raises(ExportError, match="folder .*missing.* does not exist"):
        EventCalendar(db).write(tmp_path / "missing" / "termine.ics")
    folder = tmp_path / "termine.ics"
    folder.mkdir()
    with pytest.raises(ExportError, match="is a folder"):
        EventCalendar(db).write(folder)
    assert [p.name for p in tmp_path.iterdir()] == ["termine.ics"]
    assert list(folder.iterdir()) == []


def test_a_title_with_a_newline_written_by_another_tool_survives(cluster):
    """The program keeps titles on one line, but the file can be edited with any SQLite
    tool: a title holding , ; \\ and a newline must come out of the calendar intact."""
    hard = "Workshop: KI, Daten; Recht \\ Ethik\nTeil 2"
    db, _venue, events = cluster
    event_id = events["winter"]["id"]
    db.execute("UPDATE events SET title = ? WHERE id = ?", (hard, event_id))
    data = EventCalendar(db, event_ids=[event_id], stamp=STAMP).to_bytes()
    assert b"SUMMARY:Workshop: KI\\, Daten\\; Recht \\\\ Ethik\\nTeil 2\r\n" in data
    parsed = icalendar.Calendar.from_ical(data)
    summaries = [str(e["SUMMARY"]) for e in parsed.walk("VEVENT")]
    assert summaries == [hard]
    card = vobject.readOne(data.decode("utf-8"))
    card.validate()
    assert [e.summary.value for e in card.vevent_list] == [hard]
