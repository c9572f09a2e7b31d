"""The gateway to one cluster database file.

:class:`ClusterDatabase` opens (or creates) a file, refuses what is not a
Secretariat database or is too new, brings older ones up to date (after a backup
copy), and hands out one repository per kind of record. Every expected problem
with the file becomes a :class:`StorageError` with a sentence and what to do —
found, for a damaged, foreign or too new file, before anything is written to it.
A file that may not be written can be opened read-only.

Two copies of the program may work on one file at once: every write is one short
transaction that waits (and retries) while the other holds the lock, and a change
based on a stale copy of a record is refused (see :mod:`repository`).

A ClusterDatabase belongs to one thread at a time; a worker thread opens its own.
"""

from __future__ import annotations

import contextlib
import functools
import getpass
import itertools
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from secretariat import paths
from secretariat.domain import records, registry
from secretariat.domain.fields import Record
from secretariat.domain.validation import clean
from secretariat.store import migrations, sqlite, tables
from secretariat.store.errors import (
    ReadOnlyFileError,
    StorageError,
    UnreachableFileError,
    UnusableFileError,
)
from secretariat.store.planning import PlanningStore
from secretariat.store.reporting import ReportingStore
from secretariat.store.repository import Repository, TableSpec, audit_changes_json

if TYPE_CHECKING:
    from secretariat.store.imports import ImportStore

STAFF_ENV_VAR = "SECRETARIAT_STAFF"
# Below this much free space on the file's disk, ``secretariat check`` says it is full.
LOW_DISK_SPACE = 1024 * 1024


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
    """What ``secretariat check`` reports about a file.

    ``problems`` are what the integrity check found; ``read_only`` and
    ``disk_full`` say (in a sentence) why the program could not save to an intact
    file. ``sound`` means usable as it is: intact, and changes can be saved.
    """

    path: Path
    schema_version: int
    latest_version: int
    problems: tuple[str, ...]
    counts: Mapping[str, int]
    read_only: str = ""
    disk_full: str = ""
    # columns another tool added ("table.column"): kept, and treated as personal data
    foreign_columns: tuple[str, ...] = ()

    @property
    def intact(self) -> bool:
        return not self.problems

    @property
    def sound(self) -> bool:
        return self.intact and not self.read_only and not self.disk_full

    def summary(self) -> str:
        """One line: OK, DAMAGED, READ-ONLY or DISK FULL, the file, and why."""
        schema = f"schema {self.schema_version} of {self.latest_version}"
        if self.schema_version < self.latest_version:
            schema += " (brought up to date when next opened)"
        if not self.intact:
            return f"DAMAGED: {self.path}: {self.problems[0]} ({schema})"
        what = ", ".join(f"{count:,} {name}" for name, count in self.counts.items())
        if self.read_only:
            return (
                f"READ-ONLY: {self.path}: {self.read_only} It can be opened read-only "
                f"({schema}, integrity check passed; {what})."
            )
        if self.disk_full:
            return (
                f"DISK FULL: {self.path}: {self.disk_full} ({schema}, integrity check "
                f"passed; {what})"
            )
        foreign = (
            f"; columns not made by Secretariat, kept and treated as personal data: "
            f"{', '.join(self.foreign_columns)}"
            if self.foreign_columns
            else ""
        )
        return f"OK: {self.path}: {schema}, integrity check passed; {what}{foreign}"


class ClusterDatabase:
    """One open cluster database; see the module docstring."""

    def __init__(
        self, conn: sqlite3.Connection, path: Path | None, staff: str, *, read_only: bool = False
    ) -> None:
        self._conn = conn
        self.path = path
        self.staff = staff
        self.read_only = read_only  # opened read-only: every write is refused
        self.closed = False
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

    @functools.cached_property
    def imports(self) -> ImportStore:
        """The batches of imports and merges, and their undo (made on first use: opening
        the app needs none of it)."""
        from secretariat.store.imports import ImportStore

        return ImportStore(self)

    # -- opening and closing -----------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        create: bool = True,
        staff: str | None = None,
        read_only: bool = False,
    ) -> ClusterDatabase:
        """Open the database at ``path``, creating it if ``create`` and it is missing.

        ``read_only``: read it without ever writing to it (no migration; every
        write is refused with a ReadOnlyFileError) — for a file or folder that may
        not be written. Raises StorageError (the subclass says which kind of
        problem) with what to do when the file cannot be used; a damaged, foreign
        or too new file is refused before anything is written to it.
        """
        path = Path(path)
        staff = staff or current_staff_name()
        if read_only:
            _check_file(path, create=False)
            return cls(_open_read_only(path), path, staff, read_only=True)
        _check_file(path, create=create)
        reason = _read_only_reason(path)
        if reason:
            hint = (
                "Open it read-only to look things up, or copy it to a folder where you may write."
                if path.exists()
                else "Choose another place."
            )
            raise ReadOnlyFileError(reason, hint)
        created = not path.exists()
        if not created and not _being_repaired(path):
            _probe(path)
        conn = sqlite.connect(path)
        try:
            migrations.migrate(conn, path)
        except BaseException:
            conn.close()
            if created:  # nothing of it is kept: no empty file to trip over next time
                for leftover in (path, *(sqlite.journal(path, s) for s in _JOURNALS)):
                    with contextlib.suppress(OSError):
                        leftover.unlink()
            raise
        return cls(conn, path, staff)

    @classmethod
    def in_memory(cls, *, staff: str = "test", up_to: int | None = None) -> ClusterDatabase:
        conn = sqlite.memory_connection()
        migrations.migrate(conn, None, up_to=up_to)
        return cls(conn, None, staff)

    def close(self) -> None:
        self._conn.close()
        self.closed = True

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
        with sqlite.translated_errors(self.path, read_only=self.read_only):
            return self._conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> sqlite3.Cursor:
        with sqlite.translated_errors(self.path, read_only=self.read_only):
            return self._conn.executemany(sql, rows)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside happen together or not at all. Nests (savepoints).

        The write lock is taken at the start; while another copy of the program
        holds it, this waits and retries (up to ``sqlite.lock_wait()`` seconds),
        and only then says the file is busy (LockedFileError). A database opened
        read-only refuses with a ReadOnlyFileError.
        """
        if self.read_only:
            raise ReadOnlyFileError(
                "This database is open read-only, so nothing can be changed in it.",
                "To make changes, open it again normally from a folder where you may write.",
            )
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
        sqlite.begin_writing(self._conn, self.path)
        try:
            yield
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise
        else:
            sqlite.commit(self._conn, self.path)

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
        conditions: list[str] = []
        params: list[Any] = []
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


_PROFILE = TableSpec(records.CLUSTER_PROFILE)
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
    """What can be told about ``path`` without SQLite: it is there, and looks like
    an SQLite file that is not cut short. Reads only."""
    if path.is_dir():
        raise StorageError(f"“{path}” is a folder, not a database file.", "Choose a file.")
    if not path.exists():
        if not path.parent.is_dir():
            raise UnreachableFileError(
                f"The folder “{path.parent}” does not exist (any more).",
                "If it is on a network drive or a USB stick, connect it and try again; "
                "or choose another file.",
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
        damage = sqlite.header_damage(path)
        if damage:
            raise UnusableFileError(f"“{path}” {damage}.", "Open a backup, or choose another file.")
    except PermissionError:
        raise StorageError(
            f"You may not read “{path}”.", "Ask whoever manages the computer for access."
        ) from None


def _being_repaired(path: Path) -> bool:
    """A rollback journal left by a program that stopped while saving: SQLite rolls
    the file back from it when it is next opened for writing (not when reading)."""
    hot = sqlite.journal(path, "-journal")
    return hot.exists() and hot.stat().st_size > 0


def _probe(path: Path) -> int:
    """The schema version of the file at ``path``, read without writing: another
    program's file, or one made by a newer Secretariat, is refused before the
    program writes anything to it (not even the switch to its journal mode)."""
    conn = sqlite.connect(path, read_only=True)
    try:
        with sqlite.translated_errors(path):
            return migrations.check_compatible(conn, f"“{path}”")
    finally:
        conn.close()


def _open_read_only(path: Path) -> sqlite3.Connection:
    conn = sqlite.connect(path, read_only=True)
    try:
        with sqlite.translated_errors(path, read_only=True):
            version = migrations.check_compatible(conn, f"“{path}”")
        if version == 0:
            raise UnusableFileError(
                f"“{path}” is an empty SQLite file, not a Secretariat database.",
                "Choose another file.",
            )
        if version < migrations.latest_version():
            raise ReadOnlyFileError(
                f"“{path}” was made by an earlier version of Secretariat. It must be brought "
                "up to date before this version can read it, and that means writing to it.",
                "Copy it to a folder where you may write and open the copy.",
            )
    except BaseException:
        conn.close()
        raise
    return conn


def _may_write(path: Path) -> bool:
    """Whether the program may write ``path``. A file or folder marked read-only for
    everyone is respected even by an administrator, who could write it anyway."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return os.access(path, os.W_OK) and bool(mode & 0o222)


def _read_only_reason(path: Path) -> str:
    """Why the program may not save to the database at ``path``; '' when it may."""
    if path.exists() and not _may_write(path):
        return f"“{path}” is read-only: Secretariat may read it, but not change it."
    if not _may_write(path.parent):
        if path.exists():
            return (
                f"The folder “{path.parent}” is read-only, so Secretariat cannot save changes "
                f"to “{path.name}” there."
            )
        return f"The folder “{path.parent}” is read-only: no database can be created there."
    return ""


def _disk_full(path: Path) -> str:
    try:
        free = shutil.disk_usage(path.parent).free
    except OSError:
        return ""
    if free >= LOW_DISK_SPACE:
        return ""
    return (
        f"The disk holding it is full ({free:,} bytes free), so no change could be saved. "
        "Free some space."
    )


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
            foreign: list[str] = []
            if not problems and version >= 1:
                for name in ("organisations", "contacts", "events"):
                    counts[name] = int(conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0])
                foreign = [
                    f"{table}.{column}"
                    for table in sqlite.table_names(conn)
                    for column in registry.unknown(table, sqlite.column_names(conn, table))
                ]
    finally:
        conn.close()
    return Health(
        path,
        version,
        migrations.latest_version(),
        problems,
        counts,
        read_only=_read_only_reason(path),
        disk_full=_disk_full(path),
        foreign_columns=tuple(foreign),
    )


def restore(
    target: str | os.PathLike[str],
    source: str | os.PathLike[str],
    *,
    waiting: Callable[[], None] | None = None,
) -> Path | None:
    """Replace the database at ``target`` with the backup ``source``.

    ``source`` is checked first (a sound Secretariat database this program can
    read); only a damaged *backup* is refused. What ``target`` held is copied to its
    backups folder before it is replaced, and that copy's path is returned (None
    when there was nothing): the order is take the write lock, copy, replace, so a
    colleague's save committed while the restore waited for the lock is in the copy
    (``waiting`` is called once if the restore has to wait). A current file whose
    copy fails its check (damage the opening check does not see) is kept as it is,
    byte for byte, and the restore goes on.
    """
    target, source = Path(target), Path(source)
    health = inspect(source)
    if not health.intact:
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
    keep_when_locked: Callable[[], None] | None = None
    if target.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = paths.backup_dir_for(target) / f"{target.stem}.before-restore.{stamp}.sqlite3"
        try:
            _check_usable(target)
        except UnusableFileError:  # damaged or foreign: keep the file exactly as it is
            _keep_as_it_is(target, kept)
            for leftover in (target, *(sqlite.journal(target, s) for s in _JOURNALS)):
                leftover.unlink(missing_ok=True)
        else:
            keep_when_locked = functools.partial(_keep_current, target, kept)
    _check_file(target, create=True)
    conn = sqlite.connect(target)
    try:
        sqlite.overwrite_with(conn, source, when_locked=keep_when_locked, while_waiting=waiting)
        migrations.migrate(conn, target)
    finally:
        conn.close()
    return kept


def _check_usable(path: Path) -> None:
    """UnusableFileError where opening ``path`` would refuse it (read, nothing written,
    no lock waited for)."""
    _check_file(path, create=False)
    conn = sqlite.connect(path, read_only=True)
    try:
        with sqlite.translated_errors(path):
            migrations.check_compatible(conn, f"“{path}”")
    finally:
        conn.close()


def _keep_current(target: Path, kept: Path) -> None:
    """A checked copy of what ``target`` holds (read while a restore holds its write
    lock); where the check fails, the file as it is."""
    reader = sqlite.connect(target, read_only=True)
    try:
        sqlite.copy_database(reader, kept)
    except StorageError:  # damage the opening check did not see (a broken link, a page)
        _keep_as_it_is(target, kept)
    finally:
        reader.close()


def _keep_as_it_is(target: Path, kept: Path) -> None:
    """A raw copy of the file and what its journals still hold, kept beside each other."""
    kept.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(target, kept)
    for suffix in ("-wal", "-journal"):
        if sqlite.journal(target, suffix).exists():
            shutil.copy2(sqlite.journal(target, suffix), sqlite.journal(kept, suffix))
