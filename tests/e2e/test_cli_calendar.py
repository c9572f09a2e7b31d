"""``secretariat export calendar`` and ``secretariat list events``, run as a user runs
them: a separate process, no terminal, the database from --db or SECRETARIAT_DB."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from secretariat.store import ClusterDatabase

from .command import one_line, secretariat

BERLIN = ZoneInfo("Europe/Berlin")
SPECIAL_TITLE = "Workshop: KI, Daten; Recht \\ Ethik – Düsseldorf"


def summaries(path: Path) -> list[str]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return [str(event["summary"]) for event in calendar.walk("VEVENT")]


@pytest.fixture
def events_db(tmp_path) -> Path:
    """A database file with four events: 1 June (midnight), 12 June, 30 June (late
    evening) and 15 January, one of them cancelled."""
    path = tmp_path / "cluster.sqlite3"
    with ClusterDatabase.open(path, staff="anna") as db:
        venue = db.venues.create(
            {"name": "Zeche Zollverein", "street": "Gelsenkirchener Str. 181", "city": "Essen"}
        )
        for title, start, hours, status in (
            ("Neujahrsempfang", datetime(2027, 1, 15, 18, 0), 4, "planned"),
            ("Frühstück um Mitternacht", datetime(2026, 6, 1, 0, 0), 1, "held"),
            (SPECIAL_TITLE, datetime(2026, 6, 12, 14, 30), 3, "registration_open"),
            ("Sommerfest", datetime(2026, 6, 30, 23, 30), 2, "cancelled"),
        ):
            start = start.replace(tzinfo=BERLIN)
            db.events.create(
                {
                    "title": title,
                    "status": status,
                    "starts_at": start,
                    "ends_at": start + timedelta(hours=hours),
                    "venue_id": venue["id"],
                    "room": "Halle 12",
                }
            )
    return path


@pytest.mark.parametrize(
    "command", [["export"], ["export", "calendar"], ["list"], ["list", "events"]]
)
def test_the_new_commands_explain_themselves(command):
    result = secretariat(*command, "--help")
    assert result.returncode == 0
    assert result.stdout.startswith(f"usage: secretariat {' '.join(command)}")
    assert "--db PATH" in result.stdout
    if command[-1] in ("calendar", "events"):
        assert "--from DATE" in result.stdout and "--to DATE" in result.stdout


def test_export_calendar_writes_every_event(tmp_path, events_db):
    out = tmp_path / "termine.ics"
    result = secretariat("export", "calendar", str(out), "--db", str(events_db))
    assert result.returncode == 0, result.stderr
    assert one_line(result.stdout) == f"4 events written to {out}"
    assert result.stderr == ""
    assert summaries(out) == [
        "Frühstück um Mitternacht",
        SPECIAL_TITLE,
        "Sommerfest",
        "Neujahrsempfang",
    ]
    calendar = vobject.readOne(out.read_text(encoding="utf-8"))
    calendar.validate()
    assert [vevent.summary.value for vevent in calendar.vevent_list][1] == SPECIAL_TITLE
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cluster.sqlite3", "termine.ics"]


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        ("2026-06-01", "2026-06-30", ["Frühstück um Mitternacht", SPECIAL_TITLE, "Sommerfest"]),
        ("02.06.2026", "29.06.2026", [SPECIAL_TITLE]),
        ("1.7.2026", None, ["Neujahrsempfang"]),
        (None, "31.05.2026", []),
    ],
)
def test_export_calendar_for_some_days(tmp_path, events_db, first, last, expected):
    out = tmp_path / "juni.ICS"
    options = [*(["--from", first] if first else []), *(["--to", last] if last else [])]
    result = secretariat("export", "calendar", str(out), *options, "--db", str(events_db))
    assert result.returncode == 0, result.stderr
    assert one_line(result.stdout).startswith(f"{len(expected)} event")
    assert summaries(out) == expected


def test_export_takes_the_database_from_the_variable(tmp_path, events_db):
    out = tmp_path / "termine.ics"
    result = secretariat("export", "calendar", str(out), env={"SECRETARIAT_DB": str(events_db)})
    assert result.returncode == 0, result.stderr
    assert len(summaries(out)) == 4


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (["export", "calendar", "termine.txt"], "does not end in .ics"),
        (["export", "calendar", "termine"], "does not end in .ics"),
        (["export", "calendar", "x.ics", "--from", "31.02.2026"], "is not a date"),
        (["export", "calendar", "x.ics", "--to", "morgen"], "is not a date"),
        (["export", "calendar", "x.ics", "--from", "2026-07-01", "--to", "2026-06-01"], "after"),
        (["export", "calendar"], "required: OUT"),
        (["export"], "required: DOCUMENT"),
        (["export", "flyer", "x.pdf"], "invalid choice"),
        (["list"], "required: RECORDS"),
        (["list", "events", "--from", "gestern"], "is not a date"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, events_db, arguments, expected):
    before = sorted(tmp_path.iterdir())
    result = secretariat(*arguments, "--db", str(events_db), cwd=tmp_path)
    assert result.returncode == 2
    line = one_line(result.stderr)
    assert line.startswith("secretariat") and expected in line
    assert result.stdout == ""
    assert sorted(tmp_path.iterdir()) == before  # nothing written


def test_a_place_that_cannot_be_written_is_one_line_and_exit_1(tmp_path, events_db):
    out = tmp_path / "no such folder" / "termine.ics"
    result = secretariat("export", "calendar", str(out), "--db", str(events_db))
    assert result.returncode == 1
    assert "does not exist" in one_line(result.stderr) and "no such folder" in result.stderr
    assert not out.parent.exists()
    folder = tmp_path / "ordner.ics"
    folder.mkdir()
    result = secretariat("export", "calendar", str(folder), "--db", str(events_db))
    assert result.returncode == 1 and "is a folder" in one_line(result.stderr)


def test_a_missing_database_is_not_created(tmp_path):
    missing = tmp_path / "missing.sqlite3"
    for command in (["export", "calendar", str(tmp_path / "x.ics")], ["list", "events"]):
        result = secretariat(*command, "--db", str(missing))
        assert result.returncode == 1
        assert "There is no database" in one_line(result.stderr)
    assert list(tmp_path.iterdir()) == []


def test_list_events_one_line_each_in_local_time(events_db):
    result = secretariat("list", "events", "--db", str(events_db))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "2  01.06.2026 00:00  Frühstück um Mitternacht  (Held)",
        f"3  12.06.2026 14:30  {SPECIAL_TITLE}  (Registration open)",
        "4  30.06.2026 23:30  Sommerfest  (Cancelled)",
        "1  15.01.2027 18:00  Neujahrsempfang  (Planned)",
    ]
    result = secretariat(
        "list", "events", "--from", "12.06.2026", "--to", "12.06.2026", "--db", str(events_db)
    )
    assert result.stdout.splitlines() == [
        f"3  12.06.2026 14:30  {SPECIAL_TITLE}  (Registration open)"
    ]


def test_list_events_as_json(events_db):
    result = secretariat("list", "events", "--json", "--db", str(events_db))
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [row["id"] for row in rows] == [2, 3, 4, 1]
    assert set(rows[0]) == {
        "id",
        "title",
        "event_type",
        "status",
        "starts_at",
        "ends_at",
        "time_zone",
        "venue",
        "room",
    }
    midnight = rows[0]
    assert midnight["starts_at"] == "2026-05-31T22:00:00Z"  # UTC, as stored
    assert midnight["time_zone"] == "Europe/Berlin" and midnight["status"] == "held"
    assert midnight["venue"] == "Zeche Zollverein" and midnight["room"] == "Halle 12"
    assert rows[1]["title"] == SPECIAL_TITLE and rows[1]["event_type"] == "workshop"
    result = secretariat("list", "events", "--json", "--from", "2027-01-01", "--db", str(events_db))
    assert [row["title"] for row in json.loads(result.stdout)] == ["Neujahrsempfang"]
    result = secretariat("list", "events", "--json", "--to", "2020-01-01", "--db", str(events_db))
    assert json.loads(result.stdout) == []


def test_list_events_where_the_output_cannot_take_every_letter(tmp_path):
    """A Windows console or pipe in cp1252: no crash; the JSON stays exact."""
    path = tmp_path / "cluster.sqlite3"
    title = "Вечер с Ириной Петровой – Düsseldorf"
    with ClusterDatabase.open(path) as db:
        start = datetime(2026, 6, 12, 19, 0, tzinfo=BERLIN)
        db.events.create({"title": title, "starts_at": start, "ends_at": start})
    windows = {"PYTHONIOENCODING": "cp1252"}
    result = secretariat("list", "events", "--json", "--db", str(path), env=windows)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["title"] == title
    result = subprocess.run(
        [sys.executable, "-m", "secretariat", "list", "events", "--db", str(path)],
        capture_output=True,
        stdin=subprocess.DEVNULL,
        env={**os.environ, **windows},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("cp1252").rstrip("\r\n") == (
        "1  12.06.2026 19:00  ????? ? ?????? ???????? – Düsseldorf  (Draft)"
    )


def test_a_demo_cluster_exports_as_many_events_as_it_lists(tmp_path):
    database = tmp_path / "demo.sqlite3"
    result = secretariat("demo", "--db", str(database), "--organisations", "20")
    assert result.returncode == 0, result.stderr
    out = tmp_path / "demo.ics"
    result = secretariat("export", "calendar", str(out), "--db", str(database))
    assert result.returncode == 0, result.stderr
    listed = json.loads(secretariat("list", "events", "--json", "--db", str(database)).stdout)
    assert listed
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    vevents = calendar.walk("VEVENT")
    assert len(vevents) == len(listed)
    assert re.fullmatch(
        rf"{len(listed)} events? written to {re.escape(str(out))}", result.stdout.strip()
    )
    assert [str(event["summary"]) for event in vevents] == [row["title"] for row in listed]
    vobject.readOne(out.read_text(encoding="utf-8")).validate()
    lines = out.read_bytes().split(b"\r\n")
    assert lines[-1] == b"" and max(len(line) for line in lines) <= 75
