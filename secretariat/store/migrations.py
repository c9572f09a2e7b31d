"""The schema's history: numbered SQL files in ``db/migrations/``, applied in order.

Each file runs in its own transaction together with the record of it having been
applied (sqlite-utils' ``Migrations`` table) and the schema version in
``PRAGMA user_version``. Before any migration touches an existing file, a backup
of it is taken into the rotation (reason "before upgrade"). A database made by a
newer program is refused.

A migration that rebuilds a table (SQLite changes a CHECK constraint or a column's
definition only by making the table anew) starts with the line
``-- secretariat: rebuilds tables``. It then runs as SQLite's documented procedure
("Making Other Kinds Of Table Schema Changes") asks: foreign keys switched off
*outside* the transaction — with them on, dropping the old table would cascade and
delete every linked row —, the statements (create ``new_x``, copy, drop ``x``,
rename, its own indexes and triggers again), ``PRAGMA foreign_key_check`` (any row
pointing nowhere rolls the whole migration back), commit, foreign keys on again. The
rename is SQLite's legacy one, so that other tables' triggers naming the table are
left as they are and name the new table.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from secretariat import paths
from secretariat.store import backups, sqlite
from secretariat.store.errors import UnusableFileError

if TYPE_CHECKING:  # sqlite-utils is loaded only when a migration is due
    import sqlite_utils

MIGRATION_SET = "secretariat"
REBUILDS_TABLES = "-- secretariat: rebuilds tables"
_FILE_NAME = re.compile(r"(\d{4})_([a-z0-9_]+)\.sql")


class BrokenLinksError(sqlite3.IntegrityError):
    """A table rebuild left rows whose foreign key points nowhere: rolled back."""


@dataclass(frozen=True)
class Migration:
    number: int
    name: str  # "0001_cluster", as recorded in the database
    path: Path

    @property
    def statements(self) -> list[str]:
        return sqlite.split_script(self.path.read_text(encoding="utf-8"))

    @property
    def rebuilds_tables(self) -> bool:
        """Whether the file is marked as rebuilding tables (its first line)."""
        with self.path.open(encoding="utf-8") as file:
            return file.readline().strip() == REBUILDS_TABLES


def known_migrations(folder: Path | None = None) -> list[Migration]:
    folder = folder or paths.shipped("db", "migrations")
    found = []
    for path in sorted(folder.glob("*.sql")):
        match = _FILE_NAME.fullmatch(path.name)
        if not match:
            raise ValueError(f"migration file name {path.name} is not NNNN_name.sql")
        found.append(Migration(int(match[1]), path.stem, path))
    numbers = [m.number for m in found]
    if numbers != list(range(1, len(found) + 1)):
        raise ValueError(f"migrations must be numbered 1, 2, 3... without gaps: {numbers}")
    return found


def latest_version() -> int:
    return len(known_migrations())


def _run(conn: sqlite3.Connection, migration: Migration) -> None:
    for statement in migration.statements:
        conn.execute(statement)
    if migration.number == 1:
        sqlite.mark_as_ours(conn)
    sqlite.set_schema_version(conn, migration.number)


def _rebuild(db: sqlite_utils.Database, migration: Migration) -> None:
    """Run a migration that rebuilds tables, as SQLite's documentation asks.

    sqlite-utils records such a migration after it returned, outside its
    transaction; the schema version written inside it tells a migration that was
    committed but not yet recorded (the program stopped in between): it is not run
    again, only recorded.
    """
    conn = db.conn
    if sqlite.schema_version(conn) >= migration.number:
        return
    enforced = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    conn.execute("PRAGMA foreign_keys = OFF")  # has no effect inside a transaction
    # the other tables' triggers and views name the table: with the legacy rename they
    # are not parsed while it is briefly gone, and name the new one once it is renamed
    conn.execute("PRAGMA legacy_alter_table = ON")
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            _run(conn, migration)
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                table, rowid, parent, _ = broken[0]
                raise BrokenLinksError(
                    f"migration {migration.name} left {len(broken)} rows pointing nowhere "
                    f"(first: {table} row {rowid} → {parent})"
                )
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    finally:
        conn.execute("PRAGMA legacy_alter_table = OFF")
        if enforced:
            conn.execute("PRAGMA foreign_keys = ON")


def _migration_set(migrations: list[Migration]) -> sqlite_utils.Migrations:
    import sqlite_utils

    migration_set = sqlite_utils.Migrations(MIGRATION_SET)
    for migration in migrations:
        if migration.rebuilds_tables:  # in a transaction of its own (see _rebuild)

            def rebuild(db: sqlite_utils.Database, migration: Migration = migration) -> None:
                _rebuild(db, migration)

            migration_set(name=migration.name, transactional=False)(rebuild)
            continue

        def apply(db: sqlite_utils.Database, migration: Migration = migration) -> None:
            _run(db.conn, migration)

        migration_set(name=migration.name)(apply)
    return migration_set


def check_compatible(conn: sqlite3.Connection, where: str) -> int:
    """The file's schema version; StorageError if the file is foreign or newer."""
    version = sqlite.schema_version(conn)
    if sqlite.application_id(conn) != sqlite.APPLICATION_ID:
        if sqlite.table_names(conn):
            raise UnusableFileError(
                f"{where} is an SQLite database, but not a Secretariat database.",
                "Choose a Secretariat database, or create a new one.",
            )
        return 0  # an empty SQLite file: becomes ours
    latest = latest_version()
    if version > latest:
        raise UnusableFileError(
            f"{where} was made by a newer version of Secretariat "
            f"(schema {version}; this program knows schema {latest} at most).",
            "Update Secretariat, or open a backup made with this version.",
        )
    return version


def migrate(
    conn: sqlite3.Connection,
    database_file: Path | None,
    *,
    up_to: int | None = None,
    folder: Path | None = None,
) -> int:
    """Bring the database up to date (or up to schema ``up_to``); returns the version.

    When ``database_file`` holds data and migrations are pending, a backup of it is
    taken first (reason "before upgrade"); if that fails, nothing is migrated.
    ``folder``: where the migration files are (tests); the shipped ones by default.
    """
    where = f"“{database_file}”" if database_file else "The database"
    current = check_compatible(conn, where) if folder is None else sqlite.schema_version(conn)
    migrations = known_migrations(folder)
    target = len(migrations) if up_to is None else up_to
    if current >= target:
        return current
    import sqlite_utils  # only now: it takes a while to load, and most opens need none

    db = sqlite_utils.Database(conn, execute_plugins=False)
    if database_file is not None and current > 0:
        backups.take_backup_of(conn, database_file, backups.BEFORE_UPGRADE)
    stop_before = migrations[target].name if target < len(migrations) else None
    with sqlite.translated_errors(database_file):
        _migration_set(migrations).apply(db, stop_before=stop_before)
    return sqlite.schema_version(conn)
