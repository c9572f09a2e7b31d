"""The gateway to one cluster database file.

:class:`ClusterDatabase` opens (or creates) a file, refuses what is not a
Secretariat database or is too new, brings older ones up to date (after a backup
copy), and hands out one repository per kind of record. Every expected problem
with the file becomes a :class:`StorageError` with a sentence and what to do.

A ClusterDatabase belongs to one thread at a time; a worker thread opens its own.
"""

from __future__ import annotations

import contextlib
import getpass
import itertools
import os
import shutil
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from secretariat import paths
from secretariat.domain import records
from secretariat.domain.fields import Record
from secretariat.domain.validation import clean
from secretariat.store import migrations, sqlite, tables
from secretariat.store.errors import StorageError, UnusableFileError
from secretariat.store.imports import ImportStore
from secretariat.store.planning import PlanningStore
from secretariat.store.reporting import ReportingStore
from secretariat.store.repository import Repository, audit_changes_json

STAFF_ENV_VAR = "SECRETARIAT_STAFF"


def current_staff_name() -> str:
    """Who is working: ``SECRETARIAT_STAFF``, else the computer's login name."""
    name = os.environ.get(STAFF_ENV_VAR, "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers)
        return "unknown"


@dataclass(frozen=True)
class Health:
    """What ``secretariat check`` reports about a file."""

    path: Path
    schema_version: int
    latest_version: int
    problems: tuple[str, ...]
    counts: Mapping[str, int]

    @property
    def sound(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        schema = f"schema {self.schema_version} of {self.latest_version}"
        if self.schema_version < self.latest_version:
            schema += " (brought up to date when next opened)"
        if not self.sound:
            return f"DAMAGED: {self.path}: {self.problems[0]} ({schema})"
        what = ", ".join(f"{count:,} {name}" for name, count in self.counts.items())
        return f"OK: {self.path}: {schema}, integrity check passed; {what}"


class ClusterDatabase:
    """One open cluster database; see the module docstring."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, staff: str) -> None:
        self._conn = conn
        self.path = path
        self.staff = staff
        self._savepoints = 0
        self.organisations = Repository(self, tables.ORGANISATIONS)
        self.contacts = Repository(self, tables.CONTACTS)
        self.consents = Repository(self, tables.CONSENTS)
        self.products = Repository(self, tables.PRODUCTS)
        self.venues = Repository(self, tables.VENUES)
        self.events = Repository(self, tables.EVENTS)
        self.programme_items = Repository(self, tables.PROGRAMME_ITEMS)
        self.registrations = Repository(self, tables.REGISTRATIONS)
        self.tasks = Repository(self, tables.TASKS)
        self.budget_lines = Repository(self, tables.BUDGET_LINES)
        self.interactions = Repository(self, tables.INTERACTIONS)
        self.projects = Repository(self, tables.PROJECTS)
        self.stories = Repository(self, tables.STORIES)
        self.staff_members = Repository(self, tables.STAFF)
        self.planning = PlanningStore(self)
        self.reporting = ReportingStore(self)
        self.imports = ImportStore(self)  # batches of imports and merges, and their undo

    # -- opening and closing -----------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        create: bool = True,
        staff: str | None = None,
    ) -> ClusterDatabase:
        """Open the database at ``path``, creating it if ``create`` and it is missing.

        Raises StorageError with what to do when the file cannot be used.
        """
        path = Path(path)
        _check_file(path, create=create)
        conn = sqlite.connect(path)
        try:
            migrations.migrate(conn, path)
        except BaseException:
            conn.close()
            raise
        return cls(conn, path, staff or current_staff_name())

    @classmethod
    def in_memory(cls, *, staff: str = "test", up_to: int | None = None) -> ClusterDatabase:
        conn = sqlite.memory_connection()
        migrations.migrate(conn, None, up_to=up_to)
        return cls(conn, None, staff)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> ClusterDatabase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def name(self) -> str:
        return self.path.name if self.path else "(in memory)"

    @property
    def schema_version(self) -> int:
        return sqlite.schema_version(self._conn)

    # -- the gateway -------------------------------------------------------------

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> sqlite3.Cursor:
        with sqlite.translated_errors(self.path):
            return self._conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> sqlite3.Cursor:
        with sqlite.translated_errors(self.path):
            return self._conn.executemany(sql, rows)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside happen together or not at all. Nests (savepoints)."""
        if self._conn.in_transaction:
            self._savepoints += 1
            name = f"secretariat_{self._savepoints}"
            self.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self._conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            else:
                self.execute(f"RELEASE SAVEPOINT {name}")
            finally:
                self._savepoints -= 1
            return
        self.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise
        else:
            try:
                self.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise

    # -- audit -------------------------------------------------------------------

    def audit(self, table: str, row_id: int, action: str, changes: Mapping[str, Any]) -> None:
        self.execute(
            "INSERT INTO audit_log (staff, table_name, row_id, action, changes) "
            "VALUES (?, ?, ?, ?, ?)",
            (self.staff, table, row_id, action, audit_changes_json(changes)),
        )

    def audit_entries(
        self, table: str | None = None, row_id: int | None = None, limit: int = 500
    ) -> list[Record]:
        """Newest first; ``changes`` is a JSON text {field: [before, after]}."""
        conditions, params = [], []
        if table is not None:
            conditions.append("table_name = ?")
            params.append(table)
        if row_id is not None:
            conditions.append("row_id = ?")
            params.append(row_id)
        where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        rows = self.execute(
            f"SELECT * FROM audit_log {where} ORDER BY id DESC LIMIT ?", [*params, limit]
        )
        return [dict(row) for row in rows]

    def last_change_by(self, table: str, row_id: int) -> str:
        row = self.execute(
            "SELECT staff, at FROM audit_log WHERE table_name = ? AND row_id = ? "
            "ORDER BY id DESC LIMIT 1",
            (table, row_id),
        ).fetchone()
        if row is None:
            return "someone else"
        return f"{row['staff']} ({row['at'][:16].replace('T', ' ')} UTC)"

    # -- small shared pieces -----------------------------------------------------

    def theme_id(self, name: str) -> int:
        """The id of the theme called ``name`` (any case), created if new."""
        self.execute("INSERT INTO themes (name) VALUES (?) ON CONFLICT (name) DO NOTHING", (name,))
        return int(self.execute("SELECT id FROM themes WHERE name = ?", (name,)).fetchone()[0])

    def themes(self) -> list[str]:
        return [
            row[0] for row in self.execute("SELECT name FROM themes ORDER BY name COLLATE NOCASE")
        ]

    def current_consents(self, contact_id: int) -> dict[str, Record]:
        """The consent statement in force for each purpose (the newest one)."""
        rows = self.execute(
            "SELECT * FROM consents WHERE contact_id = ? ORDER BY recorded_on, id", (contact_id,)
        )
        return {row["purpose"]: dict(row) for row in rows}

    def profile(self) -> Record:
        return dict(self.execute("SELECT * FROM cluster_profile WHERE id = 1").fetchone())

    def update_profile(self, version: int, changes: Mapping[str, Any]) -> Record:
        return Repository(self, _PROFILE).update(1, version, changes)

    def distinct(self, table: str, column: str) -> list[str]:
        """The values in use in one of a few text columns, for filter lists."""
        if (table, column) not in _DISTINCT_COLUMNS:
            raise ValueError(f"no list of values for {table}.{column}")
        rows = self.execute(
            f"SELECT DISTINCT {column} FROM {table} WHERE coalesce({column}, '') <> '' "
            f"ORDER BY {column} COLLATE NOCASE"
        )
        return [row[0] for row in rows]

    def counts(self) -> dict[str, int]:
        names = (
            "organisations",
            "contacts",
            "products",
            "events",
            "interactions",
            "projects",
            "stories",
        )
        return {
            name: int(self.execute(f"SELECT count(*) FROM {name}").fetchone()[0]) for name in names
        }

    def insert_rows(self, table: str, rows: Iterable[Mapping[str, Any]]) -> int:
        """Bulk-insert already validated rows (demo data, imports); no audit per row.

        Every row must have the same keys, all of them columns of ``table``. The
        caller runs it inside :meth:`transaction`. Returns the number of rows.
        """
        if table not in records.BY_TABLE and table not in _LINK_TABLES:
            raise ValueError(f"unknown table {table!r}")
        iterator = iter(rows)
        first = next(iterator, None)
        if first is None:
            return 0
        columns = tuple(first)
        known = {row["name"] for row in self.execute(f"PRAGMA table_info({table})")}
        unknown = set(columns) - known
        if unknown:
            raise ValueError(f"{table} has no column(s) {sorted(unknown)}")
        count = 0

        def values() -> Iterator[tuple[Any, ...]]:
            nonlocal count
            for row in itertools.chain([first], iterator):
                if row.keys() != first.keys():
                    raise ValueError(f"row {count + 1} for {table} has other keys than the first")
                count += 1
                yield tuple(row[column] for column in columns)

        self.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            values(),
        )
        return count

    def validated(self, table: str, values: Mapping[str, Any]) -> Record:
        """``values`` checked and cleaned as a new record of ``table`` would be."""
        return clean(records.BY_TABLE[table], values)

    # -- copies --------------------------------------------------------------------

    def backup(self, target: str | os.PathLike[str]) -> Path:
        """A consistent, checked copy of this database at ``target``."""
        target = Path(target)
        if self.path is not None and target.resolve() == self.path.resolve():
            raise StorageError(
                "A backup cannot be written over the database itself.",
                "Choose another file name.",
            )
        sqlite.copy_database(self._conn, target)
        return target


_PROFILE = tables.TableSpec(records.CLUSTER_PROFILE)
_JOURNALS = ("-wal", "-shm", "-journal")
_DISTINCT_COLUMNS = frozenset(
    {
        ("organisations", "city"),
        ("organisations", "sector"),
        ("organisations", "fee_tier"),
        ("products", "category"),
        ("venues", "city"),
    }
)
_LINK_TABLES = frozenset(
    {
        "organisation_roles",
        "organisation_themes",
        "contact_roles",
        "event_themes",
        "event_staff",
        "interaction_organisations",
        "interaction_contacts",
        "project_organisations",
        "themes",
    }
)


def _check_file(path: Path, *, create: bool) -> None:
    if path.is_dir():
        raise StorageError(f"“{path}” is a folder, not a database file.", "Choose a file.")
    if not path.exists():
        if not path.parent.is_dir():
            raise StorageError(
                f"The folder “{path.parent}” does not exist (any more).",
                "Check the drive or network folder, or choose another place.",
            )
        if not create:
            raise StorageError(f"There is no database at “{path}”.", "Check the file name.")
        return
    try:
        size = path.stat().st_size
        if size == 0:
            raise UnusableFileError(
                f"“{path}” is an empty file, not a Secretariat database.",
                "Open a backup, or delete the empty file and create a new database.",
            )
        if not sqlite.looks_like_sqlite(path):
            raise UnusableFileError(
                f"“{path}” is not a Secretariat database (it is not an SQLite file).",
                "Choose a Secretariat database, or open a backup.",
            )
    except PermissionError:
        raise StorageError(
            f"You may not read “{path}”.", "Ask whoever manages the computer for access."
        ) from None


def inspect(path: str | os.PathLike[str]) -> Health:
    """Check a database file without changing it (``secretariat check``)."""
    path = Path(path)
    _check_file(path, create=False)
    conn = sqlite.connect(path, read_only=True)
    try:
        with sqlite.translated_errors(path):
            version = migrations.check_compatible(conn, f"“{path}”")
            problems = tuple(sqlite.integrity_problems(conn))
            counts: dict[str, int] = {}
            if not problems and version >= 1:
                for name in ("organisations", "contacts", "events"):
                    counts[name] = int(conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0])
    finally:
        conn.close()
    return Health(path, version, migrations.latest_version(), problems, counts)


def restore(target: str | os.PathLike[str], source: str | os.PathLike[str]) -> Path | None:
    """Replace the database at ``target`` with the backup ``source``.

    ``source`` is checked first (a sound Secretariat database this program can
    read); what ``target`` held is copied to its backups folder before it is
    replaced, and that copy's path is returned (None when there was nothing).
    """
    target, source = Path(target), Path(source)
    health = inspect(source)
    if not health.sound:
        raise StorageError(
            f"The backup “{source}” is damaged ({health.problems[0]}); nothing was restored.",
            "Choose another backup.",
        )
    if health.schema_version == 0:
        raise StorageError(
            f"“{source}” is an empty SQLite file, not a Secretariat backup; nothing was restored.",
            "Choose another backup.",
        )
    if target.exists() and target.resolve() == source.resolve():
        raise StorageError("A database cannot be restored from itself.", "Choose a backup file.")
    kept: Path | None = None
    if target.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = paths.backup_dir_for(target) / f"{target.stem}.before-restore.{stamp}.sqlite3"
        try:
            current = ClusterDatabase.open(target, create=False)
        except UnusableFileError:  # damaged or foreign: keep the file exactly as it is
            kept.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(target, kept)
            for leftover in (target, *(target.with_name(target.name + s) for s in _JOURNALS)):
                leftover.unlink(missing_ok=True)
        else:
            try:
                current.backup(kept)
            finally:
                current.close()
    _check_file(target, create=True)
    conn = sqlite.connect(target)
    try:
        sqlite.overwrite_with(conn, source)
        migrations.migrate(conn, target)
    finally:
        conn.close()
    return kept
