"""The backups of a database: taken, checked, kept in a rotation, listed, restored.

Every backup is a consistent copy made with SQLite's backup API and checked with
SQLite's integrity check before it is kept: a copy that fails its check is
deleted and the failure raised as a :class:`StorageError`, never kept as if sound.

Backups live in the backups folder beside the database (:func:`paths.backup_dir_for`),
readable by their owner only (folder 0700, files 0600). The file name carries
what the rotation needs, so it survives copying::

    <database stem>.<YYYYmmdd-HHMMSS>Z.<reason>.sqlite3     e.g.
    cluster.20261129-170301Z.before-import.sqlite3

The time is UTC (shown in local time); the reason is one of :data:`REASONS` or
any other ``before-<what>``. Names written by earlier versions
(``cluster.before-import.20261129-180301.sqlite3``, local time) are listed and
rotated too.

The rotation (:func:`rotate`, run after every backup) keeps

- every backup, whatever its reason, for ``daily_days`` days (default 14);
- after that, until ``weekly_weeks`` weeks (default 8) have passed, the newest
  backup of each week (Monday to Sunday, UTC) and the newest backup of each
  reason (so the last copy before an upgrade or an erasure is not lost while a
  newer daily backup is kept in its place);
- always the newest backup of all, however old: there is never none.

Everything else of this database is deleted, so no backup (and none of the data
of a person erased since) outlives both periods unless it is the only one. Files
the rotation does not recognise are never touched. The two numbers are kept in
``rotation.json`` in the backups folder (:func:`save_rotation`; ``secretariat
backup --keep-daily N --keep-weekly N`` writes it).
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from secretariat import paths
from secretariat.store import sqlite
from secretariat.store.errors import StorageError

if TYPE_CHECKING:
    import sqlite3

    from secretariat.store.connection import Copyable

DAILY = "daily"
BY_HAND = "by hand"
BEFORE_IMPORT = "before import"
BEFORE_MERGE = "before merge"
BEFORE_UNDO = "before undo"
BEFORE_RESTORE = "before restore"
BEFORE_ERASURE = "before erasure"
BEFORE_UPGRADE = "before upgrade"
REASONS = (
    DAILY,
    BY_HAND,
    BEFORE_IMPORT,
    BEFORE_MERGE,
    BEFORE_UNDO,
    BEFORE_RESTORE,
    BEFORE_ERASURE,
    BEFORE_UPGRADE,
)

ROTATION_FILE = "rotation.json"
FOLDER_MODE = 0o700
FILE_MODE = 0o600

_STAMP = "%Y%m%d-%H%M%S"
_SUFFIX = ".sqlite3"
_REASON = re.compile(r"[a-z][a-z0-9-]*")
# <stamp>Z[-n].<reason>.sqlite3, after "<stem>."
_NAME = re.compile(
    r"(?P<stamp>\d{8}-\d{6})Z(?:-(?P<number>\d+))?\.(?P<reason>[a-z][a-z0-9-]*)\.sqlite3"
)
# the names of earlier versions: before-<what>.<local stamp>[-n].sqlite3
_OLD_NAME = re.compile(r"(?P<reason>before-[a-z0-9-]+)\.(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.sqlite3")
_OLD_UPGRADE = re.compile(r"before-schema-\d+")


@dataclass(frozen=True)
class Rotation:
    """How long backups are kept: every one for ``daily_days`` days, then one a
    week for ``weekly_weeks`` weeks (counted from the backup's day)."""

    daily_days: int = 14
    weekly_weeks: int = 8

    def __post_init__(self) -> None:
        if self.daily_days < 1:
            raise ValueError("Backups must be kept for at least 1 day.")
        if self.weekly_weeks < 0:
            raise ValueError("The number of weeks to keep weekly backups cannot be negative.")

    def describe(self) -> str:
        text = f"every backup for {_plural(self.daily_days, 'day')}"
        if self.weekly_weeks:
            text += f", then one a week for {_plural(self.weekly_weeks, 'week')} in all"
        return text


@dataclass(frozen=True)
class BackupInfo:
    """One backup in the backups folder. ``taken_at`` is aware (UTC); ``reason``
    is in words ("daily", "before import", "by hand")."""

    path: Path
    taken_at: datetime
    reason: str
    size: int


# -- settings ---------------------------------------------------------------------------------


def rotation_for(database: Path) -> Rotation:
    """The rotation of ``database``'s backups folder (the defaults when unset or unreadable)."""
    file = paths.backup_dir_for(database) / ROTATION_FILE
    try:
        values = json.loads(file.read_text(encoding="utf-8"))
        return Rotation(int(values["daily_days"]), int(values["weekly_weeks"]))
    except (OSError, ValueError, TypeError, KeyError):
        return Rotation()


def save_rotation(database: Path, rotation: Rotation) -> Path:
    """Keep ``rotation`` for ``database``'s backups folder; returns the settings file."""
    folder = _backup_folder(database)
    file = folder / ROTATION_FILE
    text = json.dumps(
        {"daily_days": rotation.daily_days, "weekly_weeks": rotation.weekly_weeks}, indent=2
    )
    partial = file.with_name(file.name + ".partial")
    try:
        partial.write_text(text + "\n", encoding="utf-8")
        _owner_only(partial, FILE_MODE)
        os.replace(partial, file)
    except OSError as problem:
        raise _folder_problem(folder, problem) from problem
    return file


# -- taking -----------------------------------------------------------------------------------


def take_backup(db: Copyable, reason: str, *, now: datetime | None = None) -> Path | None:
    """A checked backup of ``db`` in its backups folder, then the rotation.

    ``reason`` is one of :data:`REASONS` (or another "before <what>"). Returns the
    backup's path; None for a database in memory. Raises StorageError when the
    copy cannot be written or fails its check (nothing is kept then).
    """
    if db.path is None:
        return None
    return _take(db.path, reason, db.backup, now)


def take_backup_of(
    conn: sqlite3.Connection, database: Path, reason: str, *, now: datetime | None = None
) -> Path:
    """:func:`take_backup` for a connection to ``database`` that is not (yet) a
    ClusterDatabase: the copy before a migration."""

    def copy(target: Path) -> Path:
        sqlite.copy_database(conn, target)
        return target

    return _take(database, reason, copy, now)


def save_copy(db: Copyable, target: str | os.PathLike[str]) -> Path:
    """A checked copy of ``db`` at a place of the user's choosing (outside the
    rotation), readable by its owner only where the drive knows owners."""
    written = db.backup(target)
    with contextlib.suppress(OSError):  # e.g. a USB stick formatted FAT: no owners
        _owner_only(written, FILE_MODE)
    return written


def daily_backup_if_due(db: Copyable, *, now: datetime | None = None) -> Path | None:
    """The day's backup, when none was taken yet today (local date); else None.
    None too for a database in memory or opened read-only (nothing changes)."""
    if db.path is None or db.read_only:
        return None
    now = _aware(now)
    today = now.astimezone().date()
    for backup in list_backups(db.path):
        if backup.reason == DAILY and backup.taken_at.astimezone().date() == today:
            return None
    return take_backup(db, DAILY, now=now)


def _take(database: Path, reason: str, copy: Callable[[Path], Path], now: datetime | None) -> Path:
    slug = _slug(reason)
    now = _aware(now)
    folder = _backup_folder(database)
    target = _new_name(folder, database, now, slug)
    try:
        written = copy(target)
        _owner_only(written, FILE_MODE)
    except OSError as problem:
        target.unlink(missing_ok=True)
        raise _folder_problem(folder, problem) from problem
    rotate(database, now=now)
    return written


# -- listing and rotating ---------------------------------------------------------------------


def list_backups(database: Path) -> list[BackupInfo]:
    """The backups of ``database`` in its backups folder, newest first."""
    folder = paths.backup_dir_for(database)
    prefix = database.stem + "."
    found: list[tuple[BackupInfo, int, int]] = []  # with what orders ties within a second
    try:
        entries = list(folder.iterdir())
    except OSError:  # no folder (yet), or it cannot be read
        return []
    for path in entries:
        if not path.name.startswith(prefix):
            continue
        name = path.name[len(prefix) :]
        parsed = parse_name(name)
        if parsed is None:
            continue
        match = _NAME.fullmatch(name)
        number = int(match["number"] or 1) if match else 1
        try:
            status = path.stat()
        except OSError:  # deleted meanwhile by another copy of the program
            continue
        backup = BackupInfo(path, parsed[0], parsed[1], status.st_size)
        found.append((backup, number, status.st_mtime_ns))
    found.sort(key=lambda each: (each[0].taken_at, each[1], each[2]), reverse=True)
    return [backup for backup, _, _ in found]


def parse_name(name: str) -> tuple[datetime, str] | None:
    """(time taken, reason in words) of a backup file name without the database
    stem (``20261129-170301Z.daily.sqlite3``); None if it is not one."""
    match = _NAME.fullmatch(name)
    if match:
        taken = _parse_stamp(match["stamp"])
        return (taken.replace(tzinfo=UTC), _words(match["reason"])) if taken else None
    match = _OLD_NAME.fullmatch(name)
    if match:
        taken = _parse_stamp(match["stamp"])
        if taken is None:
            return None
        reason = match["reason"]
        if _OLD_UPGRADE.fullmatch(reason):
            reason = "before-upgrade"
        return taken.astimezone(UTC), _words(reason)  # earlier names: local time
    return None


def rotate(
    database: Path, now: datetime | None = None, rotation: Rotation | None = None
) -> list[Path]:
    """Delete the backups of ``database`` the rotation no longer keeps; returns them."""
    now = _aware(now)
    rotation = rotation or rotation_for(database)
    backups = list_backups(database)  # newest first
    keep: set[Path] = set()
    newest_of_reason: set[str] = set()
    newest_of_week: set[tuple[int, int]] = set()
    daily_limit = now - timedelta(days=rotation.daily_days)
    weekly_limit = now - timedelta(weeks=rotation.weekly_weeks)
    for position, backup in enumerate(backups):
        week = backup.taken_at.astimezone(UTC).isocalendar()[:2]
        first_of_week = week not in newest_of_week
        first_of_reason = backup.reason not in newest_of_reason
        newest_of_week.add(week)
        newest_of_reason.add(backup.reason)
        if (
            position == 0
            or backup.taken_at > daily_limit
            or (backup.taken_at > weekly_limit and (first_of_week or first_of_reason))
        ):
            keep.add(backup.path)
    deleted = []
    for backup in backups:
        if backup.path not in keep:
            try:
                backup.path.unlink(missing_ok=True)
            except OSError:
                continue  # kept for now; the next rotation tries again
            deleted.append(backup.path)
    return deleted


# -- restoring --------------------------------------------------------------------------------


def restore_backup(
    database: Path,
    source: Path,
    *,
    now: datetime | None = None,
    waiting: Callable[[], None] | None = None,
) -> Path | None:
    """Replace ``database`` with the backup ``source``, keeping a copy of what it
    held first (reason "before restore", in the rotation); returns that copy's
    path (None when there was no database yet).

    ``source`` is checked first; a damaged or foreign one changes nothing. The copy
    is taken once the restore holds the write lock (``waiting`` is called if it has
    to wait for a colleague's save first): every save is in the copy or restored.
    """
    from secretariat.store.database import restore

    database, source = Path(database), Path(source)
    kept = restore(database, source, waiting=waiting)
    if kept is None:
        return None
    now = _aware(now)
    target = _new_name(_backup_folder(database), database, now, _slug(BEFORE_RESTORE))
    try:
        os.replace(kept, target)
    except OSError:
        target = kept  # still listed, under the earlier kind of name
    with contextlib.suppress(OSError):
        _owner_only(target, FILE_MODE)
    rotate(database, now=now)
    return target


# -- helpers ----------------------------------------------------------------------------------


def _new_name(folder: Path, database: Path, now: datetime, slug: str) -> Path:
    """``<stem>.<stamp>Z.<reason>.sqlite3``; a second backup within the same second
    gets ``Z-2``, a third ``Z-3`` (so that the order is kept)."""
    stamp = now.astimezone(UTC).strftime(_STAMP)
    same_second = list(folder.glob(f"{glob.escape(database.stem)}.{stamp}Z*{_SUFFIX}"))
    if not same_second:
        return folder / f"{database.stem}.{stamp}Z.{slug}{_SUFFIX}"
    return folder / f"{database.stem}.{stamp}Z-{len(same_second) + 1}.{slug}{_SUFFIX}"


def _backup_folder(database: Path) -> Path:
    """The backups folder, made if needed, readable by its owner only."""
    folder = paths.backup_dir_for(database)
    try:
        folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
        _owner_only(folder, FOLDER_MODE)
    except OSError as problem:
        raise _folder_problem(folder, problem) from problem
    return folder


def _owner_only(path: Path, mode: int) -> None:
    if os.name == "posix" and (path.stat().st_mode & 0o777) != mode:
        os.chmod(path, mode)


def _folder_problem(folder: Path, problem: OSError) -> StorageError:
    return StorageError(
        f"No backup could be written to the folder “{folder}” ({problem.strerror or problem}).",
        "Check that the folder can be written to and that the disk has space.",
    )


def _slug(reason: str) -> str:
    slug = reason.strip().lower().replace(" ", "-")
    if not _REASON.fullmatch(slug):
        raise ValueError(f"a backup reason is a few plain words, not {reason!r}")
    return slug


def _words(slug: str) -> str:
    return slug.replace("-", " ")


def _parse_stamp(text: str) -> datetime | None:
    try:
        return datetime.strptime(text, _STAMP)
    except ValueError:
        return None


def _aware(moment: datetime | None) -> datetime:
    if moment is None:
        return datetime.now(UTC)
    return moment if moment.tzinfo else moment.astimezone()


def _plural(number: int, word: str) -> str:
    return f"{number} {word}" if number == 1 else f"{number} {word}s"
