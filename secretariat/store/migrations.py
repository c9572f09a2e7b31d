"""The schema's history: numbered SQL files in ``db/migrations/``, applied in order.

Each file runs in its own transaction together with the record of it having been
applied (sqlite-utils' ``Migrations`` table) and the schema version in
``PRAGMA user_version``. Before any migration touches an existing file, a backup
of it is taken into the rotation (reason "before upgrade"). A database made by a
newer program is refused.
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
_FILE_NAME = re.compile(r"(\d{4})_([a-z0-9_]+)\.sql")


@dataclass(frozen=True)
class Migration:
    number: int
    name: str  # "0001_cluster", as recorded in the database
    path: Path

    @property
    def statements(self) -> list[str]:
        return sqlite.split_script(self.path.read_text(encoding="utf-8"))


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


def _migration_set(migrations: list[Migration]) -> sqlite_utils.Migrations:
    import sqlite_utils

    migration_set = sqlite_utils.Migrations(MIGRATION_SET)
    for migration in migrations:

        def apply(db: sqlite_utils.Database, migration: Migration = migration) -> None:
            for statement in migration.statements:
                db.conn.execute(statement)
            if migration.number == 1:
                sqlite.mark_as_ours(db.conn)
            sqlite.set_schema_version(db.conn, migration.number)

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
) -> int:
    """Bring the database up to date (or up to schema ``up_to``); returns the version.

    When ``database_file`` holds data and migrations are pending, a backup of it is
    taken first (reason "before upgrade"); if that fails, nothing is migrated.
    """
    where = f"“{database_file}”" if database_file else "The database"
    current = check_compatible(conn, where)
    migrations = known_migrations()
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
