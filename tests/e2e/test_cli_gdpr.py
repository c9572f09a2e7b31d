"""``secretariat gdpr``: a person's data, their erasure and the stale contacts, run as a
user runs the command (a separate process; a terminal only where a test makes one)."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest

from secretariat.store import ClusterDatabase

from .command import one_line, secretariat

FIRST, LAST = "Wendelgard", "Zirbelhuber"
EMAIL = "w.zirbelhuber@zirbel-post.example"
PHONE = "+49 211 4433221"  # stored as +492114433221


@pytest.fixture
def cluster(tmp_path) -> tuple[Path, dict[str, int]]:
    """A database with the person, registered for an event they attended, and a
    colleague who last did anything in 2019."""
    path = tmp_path / "cluster.sqlite3"
    with ClusterDatabase.open(path, staff="anna") as db:
        firm = db.organisations.create({"name": "Zirbel Feinmechanik KG", "city": "Düsseldorf"})
        person = db.contacts.create(
            {
                "organisation_id": firm["id"],
                "first_name": FIRST,
                "last_name": LAST,
                "email": EMAIL,
                "phone": PHONE,
                "notes": "Spricht gern über Präzisionsoptik.",
            }
        )
        quiet = db.contacts.create({"organisation_id": firm["id"], "last_name": "Ruhig"})
        db.execute(
            "UPDATE contacts SET created_at = '2019-04-01T08:00:00Z', "
            "updated_at = '2019-04-01T08:00:00Z' WHERE id = ?",
            (quiet["id"],),
        )
        event = db.events.create(
            {
                "title": "Feinmechanik-Stammtisch",
                "status": "held",
                "starts_at": "2026-02-05T17:00:00Z",
                "ends_at": "2026-02-05T20:00:00Z",
            }
        )
        db.registrations.create(
            {"event_id": event["id"], "contact_id": person["id"], "status": "attended"}
        )
        db.interactions.create(
            {
                "subject": f"Besuch bei {FIRST} {LAST}",
                "occurred_at": "2026-03-01T09:00:00Z",
                "contact_ids": [person["id"]],
            }
        )
    return path, {"person": person["id"], "quiet": quiet["id"], "event": event["id"]}


def test_gdpr_explains_itself():
    result = secretariat("gdpr", "--help")
    assert result.returncode == 0, result.stderr
    assert "export" in result.stdout and "erase" in result.stdout and "stale" in result.stdout
    for action in ("export", "erase", "stale"):
        assert secretariat("gdpr", action, "--help").returncode == 0


def test_export_a_persons_data_as_json_and_pdf(cluster, tmp_path):
    path, ids = cluster
    out = tmp_path / "auskunft.json"
    result = secretariat("gdpr", "export", str(ids["person"]), str(out), "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert one_line(result.stdout) == (
        f"Personal data of {FIRST} {LAST} (#{ids['person']}) written to {out}"
    )
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["contact"]["email"] == EMAIL
    assert [r["event_title"] for r in data["registrations"]] == ["Feinmechanik-Stammtisch"]

    pdf = tmp_path / "auskunft.pdf"
    result = secretariat("gdpr", "export", str(ids["person"]), str(pdf), "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


def test_export_refuses_what_it_cannot_do_in_one_line(cluster, tmp_path):
    path, ids = cluster
    unknown = secretariat("gdpr", "export", "999", str(tmp_path / "x.json"), "--db", str(path))
    assert unknown.returncode == 1
    assert one_line(unknown.stderr) == (
        "secretariat gdpr: There is no contact #999. Check the number in the Contacts list."
    )
    wrong = secretariat("gdpr", "export", str(ids["person"]), "x.txt", "--db", str(path))
    assert wrong.returncode == 2 and "does not end in .pdf or .json" in one_line(wrong.stderr)
    assert not (tmp_path / "x.json").exists()


def test_erase_without_yes_and_without_a_terminal_refuses(cluster):
    path, ids = cluster
    result = secretariat("gdpr", "erase", str(ids["person"]), "--db", str(path))
    assert result.returncode == 1
    line = one_line(result.stderr)
    assert f"{FIRST} {LAST}" in line and "nothing was erased" in line and "--yes" in line
    with ClusterDatabase.open(path, create=False) as db:
        assert db.contacts.get(ids["person"])["last_name"] == LAST


def test_erase_leaves_no_trace_in_the_file_and_keeps_the_count(cluster):
    path, ids = cluster
    result = secretariat("gdpr", "erase", str(ids["person"]), "--yes", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert one_line(result.stdout).startswith(f"Erased {FIRST} {LAST}")

    contents = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        contents += wal.read_bytes()
    for trace in (FIRST, LAST, EMAIL, "+492114433221", "4433221"):
        assert trace.lower().encode() not in contents.lower(), trace
    with ClusterDatabase.open(path, create=False) as db:
        assert db.registrations.count(filters={"event_id": ids["event"]}) == 1
        assert db.reporting.participation("2026-01-01", "2026-12-31")["attendances"] == 1

    again = secretariat("gdpr", "erase", str(ids["person"]), "--yes", "--db", str(path))
    assert again.returncode == 0 and "already erased" in one_line(again.stdout)


def test_erase_asks_on_a_terminal(cluster):
    path, ids = cluster
    controller, terminal = pty.openpty()
    command = [sys.executable, "-m", "secretariat", "gdpr", "erase", str(ids["person"])]
    process = subprocess.Popen(
        [*command, "--db", str(path)], stdin=terminal, stdout=terminal, stderr=terminal
    )
    os.close(terminal)
    try:
        seen = _read_until(controller, b"[y/N]")
        assert f"{FIRST} {LAST}".encode() in seen and b"cannot be undone" in seen
        os.write(controller, b"n\n")
        assert process.wait(timeout=60) == 1
        assert b"Nothing was erased." in _read_until(controller, b"erased.")
    finally:
        process.kill()
        os.close(controller)
    with ClusterDatabase.open(path, create=False) as db:
        assert db.contacts.get(ids["person"])["last_name"] == LAST


def _read_until(terminal: int, wanted: bytes) -> bytes:
    """What the program writes to the terminal, up to ``wanted`` (or its end)."""
    seen = b""
    while wanted not in seen:
        ready, _, _ = select.select([terminal], [], [], 60)
        assert ready, f"nothing more on the terminal after {seen!r}"
        try:
            chunk = os.read(terminal, 4096)
        except OSError:  # the program has ended and closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    return seen


def test_stale_lists_one_line_per_contact(cluster):
    path, ids = cluster
    result = secretariat("gdpr", "stale", "--years", "3", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"{ids['quiet']}  Ruhig (Zirbel Feinmechanik KG)  2019-04-01"
    ]

    bad = secretariat("gdpr", "stale", "--years", "none", "--db", str(path))
    assert bad.returncode == 2 and "not a number of years" in one_line(bad.stderr)
