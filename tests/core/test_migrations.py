"""Opening files: creating, migrating from every earlier schema, refusing what is
not ours or too new, and a backup before any migration."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys

import pytest

from secretariat.store import (
    ClusterDatabase,
    StorageError,
    UnusableFileError,
    inspect,
    migrations,
    sqlite,
)
from secretariat.store.errors import DiskFullError, ReadOnlyFileError
from secretariat.store.migrations import latest_version
from tests.databases import untouched


def schema_of(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
    )
    return [(name, sql) for name, sql in rows]


def database_at(path, version: int) -> None:
    """A file as an older program would have left it at schema ``version``."""
    conn = sqlite.connect(path)
    migrations.migrate(conn, None, up_to=version)
    if version >= 1:
        conn.execute(
            "INSERT INTO organisations (name, city) VALUES ('Müller Präzision GmbH', 'Köln')"
        )
        conn.execute(
            "INSERT INTO contacts (organisation_id, first_name, last_name) "
            "VALUES (1, 'Łukasz', 'Żółć')"
        )
    conn.close()


def test_the_migrations_are_numbered_without_gaps():
    found = migrations.known_migrations()
    assert [m.number for m in found] == list(range(1, len(found) + 1))
    assert latest_version() == len(found) >= 2


def test_a_new_file_gets_the_whole_schema(tmp_path):
    path = tmp_path / "new.sqlite3"
    with ClusterDatabase.open(path) as db:
        assert db.schema_version == latest_version()
        tables = {name for name, _ in schema_of(db._conn)}
    expected = {
        "organisations",
        "contacts",
        "consents",
        "products",
        "venues",
        "events",
        "programme_items",
        "registrations",
        "tasks",
        "budget_lines",
        "interactions",
        "projects",
        "stories",
        "staff",
        "audit_log",
        "cluster_profile",
        "themes",
        "organisation_roles",
        "organisation_themes",
        "contact_roles",
        "event_themes",
        "interaction_organisations",
        "interaction_contacts",
        "project_organisations",
        "organisations_search",
        "contacts_search",
    }
    assert expected <= tables
    assert not (tmp_path / "backups").exists(), "a new file needs no backup"


@pytest.mark.parametrize("version", range(latest_version()))
def test_every_earlier_schema_is_brought_up_to_date(tmp_path, version):
    path = tmp_path / f"v{version}.sqlite3"
    database_at(path, version)
    fresh = ClusterDatabase.in_memory()
    with ClusterDatabase.open(path, create=False) as db:
        assert db.schema_version == latest_version()
        assert schema_of(db._conn) == schema_of(fresh._conn)
        applied = [row[0] for row in db.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
        assert applied == [m.name for m in migrations.known_migrations()]
        if version >= 1:  # rows from before the search index existed are found
            assert [c["last_name"] for c in db.contacts.list(search="zolc")] == ["Żółć"]
            assert db.organisations.list(search="praezision")[0]["city"] == "Köln"
    if version >= 1:
        copies = list((tmp_path / "backups").glob(f"v{version}.*.before-upgrade.sqlite3"))
        assert len(copies) == 1
        conn = sqlite3.connect(copies[0])
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
        assert conn.execute("SELECT name FROM organisations").fetchall() == [
            ("Müller Präzision GmbH",)
        ]
        conn.close()


def test_opening_an_up_to_date_file_changes_nothing(db_file):
    path, db = db_file
    db.organisations.create({"name": "A"})
    db.close()
    before = path.read_bytes()
    ClusterDatabase.open(path).close()
    assert not (path.parent / "backups").exists()
    assert sqlite3.connect(path).execute("SELECT count(*) FROM organisations").fetchone()[0] == 1
    assert len(before) > 0


def test_a_failing_migration_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite3"
    database_at(path, 1)
    real = migrations.known_migrations()
    broken = tmp_path / "0002_broken.sql"
    broken.write_text("CREATE TABLE half_done (id INTEGER);\nTHIS IS NOT SQL;\n", encoding="utf-8")
    monkeypatch.setattr(
        migrations,
        "known_migrations",
        lambda folder=None: [real[0], migrations.Migration(2, "0002_broken", broken)],
    )
    with pytest.raises(sqlite3.OperationalError):
        ClusterDatabase.open(path, create=False)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in names
    assert conn.execute("SELECT count(*) FROM organisations").fetchone()[0] == 1


def test_a_file_from_a_newer_program_is_refused_untouched(db_file):
    path, db = db_file
    db.execute(f"PRAGMA user_version = {latest_version() + 1}")
    db.close()
    before = untouched(path)
    for read_only in (False, True):
        with pytest.raises(UnusableFileError) as caught:
            ClusterDatabase.open(path, read_only=read_only)
        assert "newer version of Secretariat" in str(caught.value)
        assert f"schema {latest_version() + 1}" in str(caught.value)
    assert untouched(path) == before
    assert before[2] == ["cluster.sqlite3"]


def test_another_programs_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "firefox-places.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    before = untouched(path)
    with pytest.raises(StorageError) as caught:
        ClusterDatabase.open(path)
    assert "not a Secretariat database" in str(caught.value)
    assert untouched(path) == before


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_file_or_folder_opens_read_only_and_refuses_changes(
    tmp_path, db_file, closed_to_writing, what
):
    path, db = db_file
    db.organisations.create({"name": "Müller Präzision GmbH"})
    db.close()
    closed_to_writing(path if what == "file" else tmp_path)
    before = untouched(path)
    with pytest.raises(ReadOnlyFileError) as caught:
        ClusterDatabase.open(path)
    said = "is read-only: Secretariat may read it" if what == "file" else "is read-only, so"
    assert said in caught.value.message
    assert caught.value.hint.startswith("Open it read-only")
    with ClusterDatabase.open(path, read_only=True) as db:
        assert db.read_only
        assert [row["name"] for row in db.organisations.list()] == ["Müller Präzision GmbH"]
        with pytest.raises(ReadOnlyFileError) as caught:
            db.organisations.create({"name": "Neu GmbH"})
        assert caught.value.message.startswith("This database is open read-only")
        with pytest.raises(ReadOnlyFileError):
            db.execute("DELETE FROM organisations")
    assert untouched(path) == before


def test_no_database_is_created_in_a_read_only_folder(tmp_path, closed_to_writing):
    closed_to_writing(tmp_path)
    with pytest.raises(ReadOnlyFileError) as caught:
        ClusterDatabase.open(tmp_path / "new.sqlite3")
    assert "no database can be created there" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_an_earlier_schema_cannot_be_opened_read_only(tmp_path):
    path = tmp_path / "old.sqlite3"
    database_at(path, 1)
    before = untouched(path)
    with pytest.raises(ReadOnlyFileError) as caught:
        ClusterDatabase.open(path, read_only=True)
    assert "made by an earlier version of Secretariat" in str(caught.value)
    assert untouched(path) == before


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty file"),
        (b"Name;Vorname\nM\xfcller;Anna\n", "not an SQLite file"),
        (b"SQLite format 3\x00" + b"\x07" * 200, "is damaged"),
        (b"SQLite format 3\x00\x10\x00", "is cut short"),
    ],
)
def test_files_that_are_no_database_give_a_sentence(tmp_path, content, expected):
    path = tmp_path / "members.sqlite3"
    path.write_bytes(content)
    with pytest.raises(UnusableFileError) as caught:
        ClusterDatabase.open(path)
    assert expected in str(caught.value)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["members.sqlite3"]


def test_a_truncated_database_is_refused_before_anything_is_written(db_file):
    path, db = db_file
    for number in range(300):
        db.organisations.create({"name": f"Organisation {number}", "description": "x" * 200})
    db.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(UnusableFileError) as caught:
        ClusterDatabase.open(path)
    assert "is cut short" in str(caught.value)
    assert f"holds {len(data) // 2:,} bytes of the {len(data):,}" in str(caught.value)
    assert caught.value.hint == "Open a backup, or choose another file."
    assert path.read_bytes() == data[: len(data) // 2]
    assert not any(sqlite.journal(path, s).exists() for s in ("-wal", "-shm", "-journal"))


def test_a_vanished_folder_and_a_missing_file(tmp_path):
    with pytest.raises(StorageError) as caught:
        ClusterDatabase.open(tmp_path / "gone" / "cluster.sqlite3")
    assert "does not exist" in str(caught.value)
    assert not (tmp_path / "gone").exists()
    with pytest.raises(StorageError) as caught:
        ClusterDatabase.open(tmp_path / "nothing.sqlite3", create=False)
    assert "There is no database" in str(caught.value)
    with pytest.raises(StorageError) as caught:
        ClusterDatabase.open(tmp_path)
    assert "is a folder" in str(caught.value)


def test_the_file_is_marked_and_set_up_as_the_house_wants(db_file):
    path, db = db_file
    assert db.execute("PRAGMA application_id").fetchone()[0] == sqlite.APPLICATION_ID
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


@pytest.mark.skipif(os.name != "posix", reason="owners and modes are POSIX")
@pytest.mark.parametrize("umask", [0o022, 0o002, 0o077])
def test_a_new_database_and_its_journals_are_readable_by_their_owner_only(tmp_path, umask):
    path = tmp_path / "cluster.sqlite3"
    old = os.umask(umask)
    try:
        with ClusterDatabase.open(path) as db:
            db.organisations.create({"name": "Privat GmbH"})
            made = {p.name: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir()}
    finally:
        os.umask(old)
    assert made == {
        "cluster.sqlite3": 0o600,
        "cluster.sqlite3-wal": 0o600,
        "cluster.sqlite3-shm": 0o600,
    }


def test_a_database_whose_creation_fails_leaves_no_file(tmp_path, monkeypatch):
    real_connect = sqlite.connect

    def on_a_full_disk(path, **kwargs):
        conn = real_connect(path, **kwargs)
        conn.execute("PRAGMA max_page_count = 2")  # SQLite's own "database or disk is full"
        return conn

    monkeypatch.setattr(sqlite, "connect", on_a_full_disk)
    with pytest.raises(DiskFullError) as caught:
        ClusterDatabase.open(tmp_path / "new.sqlite3")
    assert "is full; nothing was saved" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_sql_scripts_split_into_whole_statements():
    script = (
        "CREATE TABLE a (x);\n-- note\n"
        "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  SELECT 1;\n  SELECT 2;\nEND;\n"
    )
    assert len(sqlite.split_script(script)) == 2
    with pytest.raises(ValueError):
        sqlite.split_script("CREATE TABLE b (x")


def test_network_shares_are_recognised(tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        "//nas/verein /mnt/verein cifs rw 0 0\n"
        "server:/export /mnt/team\\040share nfs4 rw 0 0\n",
        encoding="utf-8",
    )
    assert sqlite.mount_type("/mnt/verein/cluster.sqlite3", str(mounts)) == "cifs"
    assert sqlite.mount_type("/mnt/team share/c.sqlite3", str(mounts)) == "nfs4"
    assert sqlite.mount_type("/mnt/vereinsheim/c.sqlite3", str(mounts)) == "ext4"
    assert sqlite.mount_type("/home/anna/c.sqlite3", str(mounts)) == "ext4"
    assert sqlite.mount_type("/x", str(tmp_path / "no-such-file")) == ""


def test_the_network_share_setting_means_the_rollback_journal(tmp_path, monkeypatch):
    monkeypatch.setenv(sqlite.NETWORK_SHARE_ENV, "1")
    assert sqlite.on_network_share(tmp_path / "cluster.sqlite3")
    with ClusterDatabase.open(tmp_path / "cluster.sqlite3") as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    monkeypatch.setenv(sqlite.NETWORK_SHARE_ENV, "0")
    assert not sqlite.on_network_share(tmp_path / "cluster.sqlite3")


def test_on_a_network_share_the_rollback_journal_is_used(tmp_path, monkeypatch):
    monkeypatch.setattr(sqlite, "on_network_share", lambda path: True)
    with ClusterDatabase.open(tmp_path / "shared.sqlite3") as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        db.organisations.create({"name": "Auf dem NAS e.V."})
    assert not (tmp_path / "shared.sqlite3-wal").exists()


STOPPED_MID_SAVE = """
import os, signal, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 1")  # the change reaches the file before the commit
conn.execute("BEGIN IMMEDIATE")
for number in range(500):
    conn.execute("INSERT INTO organisations (name, description) VALUES (?, ?)", (number, "x" * 500))
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_a_save_stopped_half_way_is_rolled_back_when_next_opened(tmp_path, monkeypatch):
    monkeypatch.setenv(sqlite.NETWORK_SHARE_ENV, "1")  # the rollback journal
    path = tmp_path / "cluster.sqlite3"
    with ClusterDatabase.open(path) as db:
        db.organisations.create({"name": "Vorher GmbH"})
    subprocess.run([sys.executable, "-c", STOPPED_MID_SAVE, str(path)], timeout=60)
    assert sqlite.journal(path, "-journal").stat().st_size > 0
    for reading in (lambda: inspect(path), lambda: ClusterDatabase.open(path, read_only=True)):
        with pytest.raises(ReadOnlyFileError) as caught:
            reading()
        assert "was left in the middle of a save by a program that stopped" in str(caught.value)
    with ClusterDatabase.open(path, create=False) as db:
        assert [row["name"] for row in db.organisations.list()] == ["Vorher GmbH"]
        assert not sqlite.integrity_problems(db._conn)
    assert not sqlite.journal(path, "-journal").exists()
