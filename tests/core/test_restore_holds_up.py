"""Restore when it is needed most: over a file with damage the opening check does not
see, and while a colleague is saving — nothing of the current file is lost."""

from __future__ import annotations

import sqlite3
import threading

from secretariat.store import ClusterDatabase, backups
from secretariat.store.backups import list_backups, restore_backup, take_backup

LONG_WAIT = 120  # seconds; the waits return as soon as what they wait for happened


def a_cluster_with_a_backup(path):
    with ClusterDatabase.open(path) as db:
        db.organisations.create({"name": "Vor dem Backup GmbH"})
        backup = take_backup(db, backups.BY_HAND)
        db.organisations.create({"name": "Nach dem Backup AG"})
    return backup


def leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.name.endswith((".partial", ".part")))


def names_in(path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM organisations")}
    finally:
        conn.close()


def test_restore_over_a_file_whose_links_point_nowhere(tmp_path):
    path = tmp_path / "cluster.sqlite3"
    backup = a_cluster_with_a_backup(path)
    other_tool = sqlite3.connect(path)  # foreign keys are off in a plain connection
    other_tool.execute(
        "INSERT INTO contacts (organisation_id, first_name, last_name) VALUES (9999, 'X', 'Y')"
    )
    other_tool.commit()
    other_tool.close()

    kept = restore_backup(path, backup)

    assert names_in(path) == {"Vor dem Backup GmbH"}
    assert kept is not None and kept.exists()
    assert "Nach dem Backup AG" in names_in(kept)  # kept as it was, damage and all
    assert [b.reason for b in list_backups(path)][0] == "before restore"
    assert leftovers(tmp_path) == []


def test_restore_over_a_file_with_a_zeroed_page(tmp_path):
    path = tmp_path / "cluster.sqlite3"
    backup = a_cluster_with_a_backup(path)
    with ClusterDatabase.open(path, create=False) as db:  # everything in the file itself
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page = 4096
    pages = len(data) // page
    start = (pages - 2) * page  # a page of data near the end, not the header
    data[start : start + page] = bytes(page)
    path.write_bytes(bytes(data))
    damaged = bytes(data)

    kept = restore_backup(path, backup)

    assert names_in(path) == {"Vor dem Backup GmbH"}
    assert kept is not None and kept.read_bytes() == damaged
    assert leftovers(tmp_path) == []


def test_a_colleagues_save_while_restore_waits_is_in_the_kept_copy(tmp_path):
    path = tmp_path / "cluster.sqlite3"
    backup = a_cluster_with_a_backup(path)
    colleague = sqlite3.connect(path, isolation_level=None)
    colleague.execute("BEGIN IMMEDIATE")  # a colleague's save under way
    colleague.execute("INSERT INTO organisations (name) VALUES ('Kollegin Speichert GmbH')")
    waiting = threading.Event()
    outcome: dict = {}

    def restore() -> None:
        try:
            outcome["kept"] = restore_backup(path, backup, waiting=waiting.set)
        except BaseException as problem:  # noqa: BLE001 (shown by the test)
            outcome["problem"] = problem

    worker = threading.Thread(target=restore)
    worker.start()
    try:
        assert waiting.wait(LONG_WAIT), "the restore did not wait for the colleague's save"
        colleague.execute("COMMIT")
    finally:
        if colleague.in_transaction:
            colleague.execute("ROLLBACK")
        worker.join(LONG_WAIT)
        colleague.close()
    assert "problem" not in outcome, outcome.get("problem")
    kept = outcome["kept"]
    assert "Kollegin Speichert GmbH" in names_in(kept)  # in the copy, not lost
    assert names_in(path) == {"Vor dem Backup GmbH"}
