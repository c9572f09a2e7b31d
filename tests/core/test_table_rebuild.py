"""A migration that rebuilds a table (the only way SQLite changes a CHECK
constraint) must lose no linked row: run with foreign keys off outside its
transaction, checked with foreign_key_check, rolled back whole when a link breaks."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from secretariat import paths
from secretariat.demo import build_demo
from secretariat.store import ClusterDatabase, migrations, sqlite
from secretariat.store.migrations import REBUILDS_TABLES, BrokenLinksError

FIRST = """
CREATE TABLE parents (id INTEGER PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('a', 'b')));
CREATE TABLE children (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER NOT NULL REFERENCES parents (id) ON DELETE CASCADE
);
CREATE INDEX children_parent ON children (parent_id);
"""

REBUILD = """
CREATE TABLE new_parents (
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('a', 'b', 'c'))
);
INSERT INTO new_parents (id, kind) SELECT id, kind FROM parents {where};
DROP TABLE parents;
ALTER TABLE new_parents RENAME TO parents;
"""


def folder_with(tmp_path, second: str, *, marked: bool):
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "0001_first.sql").write_text(FIRST, encoding="utf-8")
    head = REBUILDS_TABLES + "\n" if marked else ""
    (folder / "0002_more_kinds.sql").write_text(head + second, encoding="utf-8")
    return folder


def filled(tmp_path, folder):
    conn = sqlite.connect(tmp_path / "test.sqlite3")
    migrations.migrate(conn, None, up_to=1, folder=folder)
    conn.executemany("INSERT INTO parents (id, kind) VALUES (?, ?)", [(1, "a"), (2, "b")])
    conn.executemany("INSERT INTO children (parent_id) VALUES (?)", [(1,), (1,), (2,), (2,), (2,)])
    return conn


def count(conn, table: str) -> int:
    return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_a_rebuild_keeps_every_linked_row(tmp_path):
    folder = folder_with(tmp_path, REBUILD.format(where=""), marked=True)
    conn = filled(tmp_path, folder)
    assert migrations.migrate(conn, None, folder=folder) == 2
    assert count(conn, "children") == 5
    conn.execute("INSERT INTO parents (id, kind) VALUES (3, 'c')")  # the new CHECK holds
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1  # on again
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.execute("DELETE FROM parents WHERE id = 2")  # the links still work
    assert count(conn, "children") == 2
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO children (parent_id) VALUES (99)")


def test_without_the_procedure_the_same_rebuild_deletes_the_children(tmp_path):
    """Why the runner does it so: in an ordinary transaction with foreign keys on,
    dropping the old table cascades."""
    folder = folder_with(tmp_path, REBUILD.format(where=""), marked=False)
    conn = filled(tmp_path, folder)
    migrations.migrate(conn, None, folder=folder)
    assert count(conn, "children") == 0


def test_a_rebuild_that_breaks_links_is_rolled_back_whole(tmp_path):
    folder = folder_with(tmp_path, REBUILD.format(where="WHERE id = 1"), marked=True)
    conn = filled(tmp_path, folder)
    with pytest.raises(BrokenLinksError, match="3 rows pointing nowhere"):
        migrations.migrate(conn, None, folder=folder)
    assert sqlite.schema_version(conn) == 1
    assert count(conn, "parents") == 2 and count(conn, "children") == 5
    assert not conn.in_transaction
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError):  # the old CHECK is still there
        conn.execute("INSERT INTO parents (id, kind) VALUES (3, 'c')")


def test_a_rebuild_committed_but_not_recorded_is_not_run_again(tmp_path):
    folder = folder_with(tmp_path, REBUILD.format(where=""), marked=True)
    conn = filled(tmp_path, folder)
    import sqlite_utils

    migration = migrations.known_migrations(folder)[1]
    migrations._rebuild(sqlite_utils.Database(conn), migration)  # stopped before recording
    assert migrations.migrate(conn, None, folder=folder) == 2
    assert count(conn, "children") == 5


def test_rebuilding_the_real_organisations_table_loses_nothing(tmp_path):
    """The most linked table of the real schema, rebuilt as a later migration would:
    contacts, roles, themes, projects and registrations all stay."""
    path = tmp_path / "cluster.sqlite3"
    with ClusterDatabase.open(path) as db:
        build_demo(db, organisations=20, seed=3)
    conn = sqlite.connect(path)
    linked = [  # every table with a foreign key to organisations
        table
        for table in sqlite.table_names(conn)
        if any(
            row[2] == "organisations" for row in conn.execute(f"PRAGMA foreign_key_list({table})")
        )
    ]
    before = {table: count(conn, table) for table in ["organisations", *linked]}
    assert {"contacts", "organisation_roles"} <= set(linked)
    assert before["contacts"] > 0 and before["organisation_roles"] > 0
    create = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'organisations'"
    ).fetchone()[0]
    extras = [
        sql
        for (sql,) in conn.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'organisations' "
            "AND type IN ('index', 'trigger') AND sql IS NOT NULL"
        )
    ]
    columns = ", ".join(r[1] for r in conn.execute("PRAGMA table_info(organisations)"))
    rebuild = "\n".join(
        [
            REBUILDS_TABLES,
            create.replace("organisations", "new_organisations", 1) + ";",
            f"INSERT INTO new_organisations ({columns}) SELECT {columns} FROM organisations;",
            "DROP TABLE organisations;",
            "ALTER TABLE new_organisations RENAME TO organisations;",
            *[sql + ";" for sql in extras],
        ]
    )
    folder = tmp_path / "migrations"
    shutil.copytree(paths.shipped("db", "migrations"), folder)
    number = len(migrations.known_migrations(folder)) + 1
    (folder / f"{number:04d}_rebuild_organisations.sql").write_text(rebuild, encoding="utf-8")
    assert migrations.migrate(conn, None, folder=folder) == number
    assert {table: count(conn, table) for table in before} == before
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    # the search index's triggers (its own, and the contacts' that name organisations)
    conn = sqlite.connect(path)
    conn.execute("UPDATE organisations SET name = 'Zyxwv AG' WHERE id = 1")
    found = conn.execute(
        "SELECT rowid FROM organisations_search WHERE organisations_search MATCH 'zyxwv'"
    ).fetchall()
    assert [tuple(row) for row in found] == [(1,)]
    conn.execute("UPDATE contacts SET last_name = last_name WHERE organisation_id = 1")
    conn.close()
