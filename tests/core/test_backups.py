"""Backups: checked copies in the backups folder, owner-only, kept in a rotation
(tested with a made-up clock), listed newest first, restored with a copy kept."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from datetime import UTC, datetime, timedelta

import pytest

from secretariat.store import ClusterDatabase, StorageError, backups, migrations, sqlite
from secretariat.store.backups import (
    Rotation,
    daily_backup_if_due,
    list_backups,
    restore_backup,
    rotate,
    rotation_for,
    save_rotation,
    take_backup,
)

MONDAY = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)  # a Monday, ISO week 2


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def kept_days(path) -> list[int]:
    """The backups left, as days after MONDAY, oldest first."""
    return sorted((b.taken_at - MONDAY).days for b in list_backups(path))


@pytest.fixture
def cluster(db_file):
    path, db = db_file
    db.organisations.create({"name": "Müller Präzision GmbH"})
    return path, db


def test_a_backup_is_a_checked_copy_readable_by_its_owner_only(cluster):
    path, db = cluster
    written = take_backup(db, "before erasure")
    assert written.parent == path.parent / "backups"
    assert written.name.startswith("cluster.") and written.name.endswith(".before-erasure.sqlite3")
    assert mode(written) == 0o600 and mode(written.parent) == 0o700
    with ClusterDatabase.open(written, create=False) as copy:
        assert [o["name"] for o in copy.organisations.list()] == ["Müller Präzision GmbH"]
    [listed] = list_backups(path)
    assert listed.path == written and listed.reason == "before erasure"
    assert listed.size == written.stat().st_size > 0


def test_a_loose_backups_folder_is_closed_to_others(cluster):
    path, db = cluster
    (path.parent / "backups").mkdir(mode=0o755)
    take_backup(db, backups.BY_HAND)
    assert mode(path.parent / "backups") == 0o700


def test_a_database_in_memory_has_no_backups(db):
    assert take_backup(db, backups.DAILY) is None
    assert daily_backup_if_due(db) is None


def test_a_copy_that_fails_its_check_is_deleted_and_reported(cluster, monkeypatch):
    path, db = cluster
    monkeypatch.setattr(sqlite, "integrity_problems", lambda conn: ["page 7 is never used"])
    with pytest.raises(StorageError, match="failed its check.*page 7"):
        take_backup(db, backups.BY_HAND)
    assert list((path.parent / "backups").iterdir()) == []
    assert list_backups(path) == []


def test_a_folder_that_cannot_be_written_is_reported(cluster):
    path, db = cluster
    (path.parent / "backups").write_text("a file where the folder should be")
    with pytest.raises(StorageError, match="No backup could be written to the folder"):
        take_backup(db, backups.BY_HAND)


def test_forty_daily_backups_over_eighty_days(cluster):
    """Every other day at 8:00 for 80 days, rotating as it goes."""
    path, db = cluster
    for day in range(0, 80, 2):
        take_backup(db, backups.DAILY, now=MONDAY + timedelta(days=day))
    # the last 14 days (66..78; day 64 is exactly 14 days old), then the newest of
    # each Monday-to-Sunday week younger than 8 weeks: 26 (days 21-27), 34, 40, 48, 54, 62
    assert kept_days(path) == [26, 34, 40, 48, 54, 62, 66, 68, 70, 72, 74, 76, 78]
    assert {b.reason for b in list_backups(path)} == {"daily"}


def test_backups_before_changes_are_kept_like_dailies_and_the_newest_of_each_for_weeks(cluster):
    path, db = cluster
    take_backup(db, backups.BEFORE_UPGRADE, now=MONDAY)
    take_backup(db, backups.BEFORE_UPGRADE, now=MONDAY + timedelta(days=1))
    take_backup(db, backups.BEFORE_ERASURE, now=MONDAY + timedelta(days=1, hours=1))
    for hour in range(10):  # a busy afternoon of imports, a month later
        take_backup(db, backups.BEFORE_IMPORT, now=MONDAY + timedelta(days=30, hours=hour))
    take_backup(db, backups.BY_HAND, now=MONDAY + timedelta(days=40))

    def kept():
        return [(b.reason, (b.taken_at - MONDAY).days) for b in list_backups(path)]

    assert kept() == [("by hand", 40)] + [("before import", 30)] * 10 + [
        ("before erasure", 1),  # the newest of its week
        ("before upgrade", 1),  # not the newest of its week, but of its reason
    ]
    # two weeks after the imports only the newest of them is left
    assert len(rotate(path, now=MONDAY + timedelta(days=45))) == 9
    assert [reason for reason, _ in kept()].count("before import") == 1
    # after eight weeks what came before is gone
    assert len(rotate(path, now=MONDAY + timedelta(days=70))) == 2
    assert kept() == [("by hand", 40), ("before import", 30)]
    # the newest of all stays, however old
    rotate(path, now=MONDAY + timedelta(days=400))
    assert kept() == [("by hand", 40)]


def test_the_rotation_can_be_changed(cluster):
    path, db = cluster
    assert rotation_for(path) == Rotation(daily_days=14, weekly_weeks=8)
    settings = save_rotation(path, Rotation(daily_days=3, weekly_weeks=0))
    assert settings.name == "rotation.json" and mode(settings) == 0o600
    assert rotation_for(path) == Rotation(daily_days=3, weekly_weeks=0)
    for day in range(10):
        take_backup(db, backups.DAILY, now=MONDAY + timedelta(days=day))
    assert kept_days(path) == [7, 8, 9]


def test_an_unreadable_rotation_file_means_the_defaults(cluster):
    path, _ = cluster
    save_rotation(path, Rotation(daily_days=3, weekly_weeks=1))
    (path.parent / "backups" / "rotation.json").write_text('{"daily_days": "many"}')
    assert rotation_for(path) == Rotation()
    with pytest.raises(ValueError, match="at least 1 day"):
        Rotation(daily_days=0)


def test_other_files_in_the_folder_are_left_alone(cluster, tmp_path):
    path, db = cluster
    folder = path.parent / "backups"
    take_backup(db, backups.DAILY, now=MONDAY)
    other = folder / "other.20260105-080000Z.daily.sqlite3"  # another database's backup
    notes = folder / "cluster.notes.txt"
    shutil.copy(list_backups(path)[0].path, other)
    notes.write_text("keep me")
    take_backup(db, backups.DAILY, now=MONDAY + timedelta(days=400))
    assert other.exists() and notes.exists()
    assert kept_days(path) == [400]


def test_backups_named_by_earlier_versions_are_listed(cluster):
    path, db = cluster
    folder = path.parent / "backups"
    source = take_backup(db, backups.BY_HAND, now=MONDAY)
    for name in (
        "cluster.before-import.20261120-093000.sqlite3",
        "cluster.before-merge.20261120-093100-2.sqlite3",
        "cluster.before-schema-3.20261118-170000.sqlite3",
        "cluster.before-restore.20261119-120000.sqlite3",
    ):
        shutil.copy(source, folder / name)
    listed = [
        (b.reason, b.taken_at.astimezone().strftime("%d.%m. %H:%M")) for b in list_backups(path)
    ]
    assert listed == [
        ("before merge", "20.11. 09:31"),
        ("before import", "20.11. 09:30"),
        ("before restore", "19.11. 12:00"),
        ("before upgrade", "18.11. 17:00"),
        ("by hand", MONDAY.astimezone().strftime("%d.%m. %H:%M")),
    ]


def test_the_daily_backup_is_taken_once_a_day(cluster):
    path, db = cluster
    morning = datetime(2026, 3, 2, 9, 0).astimezone()  # local time
    first = daily_backup_if_due(db, now=morning)
    assert first is not None and first.name.endswith(".daily.sqlite3")
    assert daily_backup_if_due(db, now=morning + timedelta(hours=8)) is None
    take_backup(db, backups.BEFORE_IMPORT, now=morning + timedelta(hours=9))
    assert daily_backup_if_due(db, now=morning + timedelta(days=1)) is not None
    assert [b.reason for b in list_backups(path)] == ["daily", "before import", "daily"]


def test_a_database_opened_read_only_gets_no_daily_backup(cluster):
    path, db = cluster
    db.close()
    with ClusterDatabase.open(path, create=False, read_only=True) as reading:
        assert daily_backup_if_due(reading) is None
        assert take_backup(reading, backups.BY_HAND) is not None  # by hand it can
    assert [b.reason for b in list_backups(path)] == ["by hand"]


def test_backups_within_the_same_second_are_all_kept_in_order(cluster):
    path, db = cluster
    first = take_backup(db, backups.BEFORE_MERGE, now=MONDAY)
    second = take_backup(db, backups.DAILY, now=MONDAY)
    third = take_backup(db, backups.BY_HAND, now=MONDAY)
    assert len({first, second, third}) == 3
    assert [b.path for b in list_backups(path)] == [third, second, first]


def test_a_migration_takes_a_backup_before_upgrade(tmp_path):
    path = tmp_path / "old.sqlite3"
    conn = sqlite.connect(path)
    migrations.migrate(conn, None, up_to=1)
    conn.execute("INSERT INTO organisations (name) VALUES ('Alt GmbH')")
    conn.close()
    ClusterDatabase.open(path, create=False).close()
    [backup] = list_backups(path)
    assert backup.reason == "before upgrade" and mode(backup.path) == 0o600
    copy = sqlite3.connect(backup.path)
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    copy.close()


def test_restoring_keeps_the_current_database_in_the_rotation_first(cluster, tmp_path):
    path, db = cluster
    monday = take_backup(db, backups.BY_HAND, now=MONDAY)
    db.organisations.create({"name": "Nach dem Backup GmbH"})
    db.close()
    kept = restore_backup(path, monday, now=MONDAY + timedelta(hours=2))
    assert kept.name.endswith(".before-restore.sqlite3") and mode(kept) == 0o600
    assert [b.reason for b in list_backups(path)] == ["before restore", "by hand"]
    with ClusterDatabase.open(path, create=False) as restored:
        assert restored.organisations.count() == 1
    with ClusterDatabase.open(kept, create=False) as before:
        assert before.organisations.count() == 2


def test_restoring_into_a_new_place_keeps_nothing(cluster, tmp_path):
    path, db = cluster
    backup = take_backup(db, backups.BY_HAND)
    assert restore_backup(tmp_path / "new.sqlite3", backup) is None


def test_a_damaged_backup_is_not_restored(cluster, tmp_path):
    path, db = cluster
    db.close()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database" * 100)
    before = path.read_bytes()
    with pytest.raises(StorageError):
        restore_backup(path, bad)
    assert path.read_bytes() == before and list_backups(path) == []
