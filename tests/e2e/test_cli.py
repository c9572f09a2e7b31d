"""The ``secretariat`` command, run as a user runs it: a separate process, no terminal."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from secretariat.store import ClusterDatabase

from .command import one_line, secretariat


@pytest.fixture
def demo_db(tmp_path) -> Path:
    path = tmp_path / "demo.sqlite3"
    result = secretariat("demo", "--db", str(path), "--organisations", "12", "--seed", "7")
    assert result.returncode == 0, result.stderr
    return path


@pytest.mark.parametrize("command", [[], ["gui"], ["demo"], ["check"], ["backup"], ["restore"]])
def test_every_subcommand_explains_itself(command):
    result = secretariat(*command, "--help")
    assert result.returncode == 0
    assert result.stdout.startswith("usage: secretariat")
    assert "--db PATH" in result.stdout


def test_the_version(tmp_path):
    result = secretariat("--version")
    assert result.returncode == 0 and result.stdout.startswith("Secretariat 0.")


def test_python_dash_m_and_the_console_command_are_the_same():
    console = Path(sys.executable).with_name("secretariat")
    result = subprocess.run([str(console), "--version"], capture_output=True, text=True)
    assert result.stdout == secretariat("--version").stdout


def test_demo_builds_a_cluster_and_check_finds_it_sound(demo_db):
    with ClusterDatabase.open(demo_db, create=False) as db:
        assert db.organisations.count() == 12
        assert db.contacts.count() > 12
    result = secretariat("check", "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    line = one_line(result.stdout)
    assert (
        line.startswith("OK: ") and "integrity check passed" in line and "12 organisations" in line
    )


def test_demo_with_no_organisations_makes_an_empty_cluster(tmp_path):
    path = tmp_path / "empty.sqlite3"
    result = secretariat("demo", "--organisations", "0", env={"SECRETARIAT_DB": str(path)})
    assert result.returncode == 0, result.stderr
    with ClusterDatabase.open(path, create=False) as db:
        assert db.counts()["organisations"] == 0 and db.counts()["events"] == 0


def test_demo_is_the_same_for_the_same_seed(tmp_path):
    rows = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.sqlite3"
        assert (
            secretariat("demo", "--db", str(path), "--organisations", "5", "--seed", "3").returncode
            == 0
        )
        conn = sqlite3.connect(path)
        rows.append(
            conn.execute("SELECT name, city, postcode FROM organisations ORDER BY id").fetchall()
        )
        conn.close()
    assert rows[0] == rows[1] and len(rows[0]) == 5


def test_demo_refuses_a_database_with_data(demo_db):
    result = secretariat("demo", "--db", str(demo_db))
    assert result.returncode == 1
    assert "already holds organisations" in one_line(result.stderr)


def test_db_variable_and_option(tmp_path, demo_db):
    result = secretariat("check", env={"SECRETARIAT_DB": str(demo_db)})
    assert result.returncode == 0 and str(demo_db) in result.stdout
    missing = tmp_path / "missing.sqlite3"
    result = secretariat("check", "--db", str(missing), env={"SECRETARIAT_DB": str(demo_db)})
    assert result.returncode == 1 and "There is no database" in one_line(result.stderr)


def test_the_default_database_lives_in_the_users_data_folder(tmp_path):
    result = secretariat("demo", "--organisations", "0")
    assert result.returncode == 0, result.stderr
    data_home = Path(os.environ["XDG_DATA_HOME"])
    assert (data_home / "Secretariat" / "cluster.sqlite3").is_file()


@pytest.mark.parametrize(
    ("content", "expected"),
    [(b"", "empty file"), (b"PK\x03\x04 not a database", "not an SQLite file")],
)
def test_check_reports_a_file_that_is_no_database_in_one_line(tmp_path, content, expected):
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(content)
    result = secretariat("check", "--db", str(path))
    assert result.returncode == 1
    assert expected in one_line(result.stderr)
    assert path.read_bytes() == content


def test_check_reports_damage(demo_db):
    conn = sqlite3.connect(demo_db)
    conn.execute("PRAGMA journal_mode = DELETE")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'contacts_last_name'"
    ).fetchone()[0]
    conn.close()
    with demo_db.open("r+b") as handle:  # scribble over one index page
        handle.seek((root - 1) * page_size + 8)
        handle.write(b"\xff" * 64)
    result = secretariat("check", "--db", str(demo_db))
    assert result.returncode == 1
    assert "damaged" in (result.stdout + result.stderr).lower()


def test_check_of_a_newer_database(demo_db):
    conn = sqlite3.connect(demo_db)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    result = secretariat("check", "--db", str(demo_db))
    assert result.returncode == 1
    assert "newer version of Secretariat" in one_line(result.stderr)


def test_backup_while_the_app_is_writing(tmp_path, demo_db):
    """A colleague's window is in the middle of a save: the copy holds what was committed."""
    app = ClusterDatabase.open(demo_db, create=False)
    before = app.organisations.count()
    with app.transaction():
        app.organisations.create({"name": "Noch nicht gespeichert GmbH"})
        result = secretariat("backup", str(tmp_path / "copy.sqlite3"), "--db", str(demo_db))
    app.close()
    assert result.returncode == 0, result.stderr
    assert "Backup written to" in one_line(result.stdout)
    with ClusterDatabase.open(tmp_path / "copy.sqlite3", create=False) as copy:
        assert copy.organisations.count() == before
    assert secretariat("check", "--db", str(tmp_path / "copy.sqlite3")).returncode == 0


def test_backup_failures(tmp_path, demo_db):
    result = secretariat(
        "backup", str(tmp_path / "x.sqlite3"), "--db", str(tmp_path / "none.sqlite3")
    )
    assert result.returncode == 1 and "no database" in one_line(result.stderr)
    result = secretariat("backup", str(tmp_path / "gone" / "x.sqlite3"), "--db", str(demo_db))
    assert result.returncode == 0  # the folder for a backup is made
    result = secretariat("backup", str(demo_db), "--db", str(demo_db))
    assert result.returncode == 1 and "cannot be written over the database itself" in result.stderr
    for wrong in (["--keep-daily", "0"], ["--keep-weekly", "-1"], ["--keep-daily", "two"]):
        result = secretariat("backup", *wrong, "--db", str(demo_db))
        assert result.returncode == 2 and one_line(result.stderr).startswith("secretariat backup")
    assert not (demo_db.parent / "backups").exists()


def test_backup_into_the_rotation_and_the_list_of_backups(tmp_path, demo_db):
    folder = demo_db.parent / "backups"
    result = secretariat("restore", "--list", "--db", str(demo_db))
    assert result.returncode == 0 and one_line(result.stdout).startswith("No backups of demo")
    result = secretariat("backup", "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    written = Path(one_line(result.stdout).removeprefix("Backup written to "))
    assert written.parent == folder and written.name.endswith(".by-hand.sqlite3")
    assert oct(written.stat().st_mode & 0o777) == "0o600"
    assert oct(folder.stat().st_mode & 0o777) == "0o700"
    assert secretariat("check", "--db", str(written)).returncode == 0
    (demo_db.parent / "neu.csv").write_text("name;city\nNeu GmbH;Essen\n", encoding="utf-8")
    result = secretariat(
        "import", "organisations", str(demo_db.parent / "neu.csv"), "--db", str(demo_db)
    )
    assert result.returncode == 0, result.stderr
    lines = secretariat("restore", "--list", "--db", str(demo_db)).stdout.splitlines()
    assert len(lines) == 2
    assert "before import" in lines[0] and "by hand" in lines[1] and lines[1].endswith(str(written))


def test_how_long_backups_are_kept_can_be_changed(demo_db):
    result = secretariat("backup", "--keep-daily", "7", "--keep-weekly", "4", "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    assert "every backup for 7 days, then one a week for 4 weeks" in result.stdout
    settings = demo_db.parent / "backups" / "rotation.json"
    assert json.loads(settings.read_text()) == {"daily_days": 7, "weekly_weeks": 4}
    result = secretariat("backup", "--keep-weekly", "0", "--db", str(demo_db))
    assert "every backup for 7 days." in result.stdout
    assert json.loads(settings.read_text()) == {"daily_days": 7, "weekly_weeks": 0}


WRITER = """
import sys, time
from secretariat.store import ClusterDatabase, StoreError
db = ClusterDatabase.open(sys.argv[1], create=False)
number = 0
while True:
    number += 1
    try:
        with db.transaction():
            for row in range(20):
                db.organisations.create({"name": f"Schreiber {number}-{row} GmbH"})
    except StoreError:
        continue
    print(number, flush=True)
"""


def test_a_backup_taken_while_another_process_writes_is_sound_and_restores(tmp_path, demo_db):
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(demo_db)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert int(writer.stdout.readline()) >= 1  # it is writing
        taken = []
        for _ in range(3):
            result = secretariat("backup", "--db", str(demo_db))
            assert result.returncode == 0, result.stderr
            taken.append(Path(one_line(result.stdout).removeprefix("Backup written to ")))
        writes_seen = int(writer.stdout.readline())
        for _ in range(5):  # it went on writing after the backups
            assert int(writer.stdout.readline()) > writes_seen
    finally:
        writer.kill()
        writer.wait()
    counts = []
    for backup in taken:
        result = secretariat("check", "--db", str(backup))
        assert result.returncode == 0, result.stdout
        with ClusterDatabase.open(backup, create=False) as copy:
            counts.append(copy.organisations.count())
    assert counts == sorted(counts) and counts[-1] > 12  # writes were in them
    assert all((count - 12) % 20 == 0 for count in counts)  # whole transactions only
    result = secretariat("restore", str(taken[0]), "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    assert secretariat("check", "--db", str(demo_db)).returncode == 0
    with ClusterDatabase.open(demo_db, create=False) as db:
        assert db.organisations.count() == counts[0]
        db.organisations.create({"name": "Nach der Wiederherstellung GmbH"})
        assert db.organisations.count() == counts[0] + 1


def test_restore_keeps_a_copy_of_what_it_replaces(tmp_path, demo_db):
    backup = tmp_path / "monday.sqlite3"
    assert secretariat("backup", str(backup), "--db", str(demo_db)).returncode == 0
    with ClusterDatabase.open(demo_db, create=False) as db:
        db.organisations.create({"name": "Nach dem Backup GmbH"})
        count_after = db.organisations.count()
    result = secretariat("restore", str(backup), "--db", str(demo_db))  # no terminal: no question
    assert result.returncode == 0, result.stderr
    assert "previous database was kept as" in one_line(result.stdout)
    with ClusterDatabase.open(demo_db, create=False) as db:
        assert db.organisations.count() == count_after - 1
    kept = list((demo_db.parent / "backups").glob("demo.*.before-restore.sqlite3"))
    assert len(kept) == 1 and str(kept[0]) in result.stdout
    assert oct(kept[0].stat().st_mode & 0o777) == "0o600"
    with ClusterDatabase.open(kept[0], create=False) as db:
        assert db.organisations.count() == count_after


def test_restore_into_a_new_place(tmp_path, demo_db):
    target = tmp_path / "fresh.sqlite3"
    result = secretariat("restore", str(demo_db), "--db", str(target))
    assert result.returncode == 0 and "kept" not in result.stdout
    assert secretariat("check", "--db", str(target)).returncode == 0


def test_restore_refuses_a_bad_backup_and_changes_nothing(tmp_path, demo_db):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"this is not a backup")
    before = demo_db.read_bytes()
    result = secretariat("restore", str(bad), "--db", str(demo_db))
    assert result.returncode == 1 and "not an SQLite file" in one_line(result.stderr)
    assert demo_db.read_bytes() == before
    result = secretariat("restore", str(tmp_path / "nowhere.sqlite3"), "--db", str(demo_db))
    assert result.returncode == 1 and "There is no backup" in one_line(result.stderr)


def test_restore_over_a_damaged_database(tmp_path, demo_db):
    backup = tmp_path / "good.sqlite3"
    assert secretariat("backup", str(backup), "--db", str(demo_db)).returncode == 0
    for suffix in ("-wal", "-shm"):
        Path(str(demo_db) + suffix).unlink(missing_ok=True)
    demo_db.write_bytes(b"garbage" * 100)
    result = secretariat("restore", str(backup), "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    assert secretariat("check", "--db", str(demo_db)).returncode == 0
    kept = list((demo_db.parent / "backups").glob("demo.*.before-restore.sqlite3"))
    assert kept and kept[0].read_bytes() == b"garbage" * 100


@pytest.mark.parametrize(
    "arguments",
    [
        ["demo", "--organisations", "many"],
        ["demo", "--organisations", "-1"],
        ["restore"],
        ["restore", "--list", "x.sqlite3"],
        ["check", "extra"],
        ["nonsense"],
    ],
)
def test_bad_input_is_one_line_and_a_non_zero_exit(arguments):
    result = secretariat(*arguments)
    assert result.returncode == 2
    assert one_line(result.stderr).startswith("secretariat")


def test_the_app_opens_and_paints_its_main_window(demo_db):
    result = secretariat(
        "--db",
        str(demo_db),
        env={"SECRETARIAT_EXIT_AFTER_FIRST_PAINT": "1", "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr


def test_the_app_explains_a_bad_file_and_exits(tmp_path):
    """The message is read and closed as a person would; the file stays as it was."""
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"not a database at all")
    script = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from secretariat.ui import app\n"
        "def close_box():\n"
        "    box = QApplication.activeModalWidget()\n"
        "    if box is None:\n"
        "        QTimer.singleShot(20, close_box); return\n"
        "    print(box.text()); box.accept()\n"
        "app.application()\n"
        "QTimer.singleShot(0, close_box)\n"
        f"sys.exit(app.run(__import__('pathlib').Path({str(path)!r})))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 1
    assert "is not a Secretariat database" in result.stdout
    assert path.read_bytes() == b"not a database at all"
