"""Everything that is SQLite and nothing else: opening a file, its pragmas, the
backup API, the integrity check, and turning sqlite3's errors into sentences.

Kept in one place so that a server engine can later stand beside it behind the
same store interface.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from secretariat.domain.text import alphabetical_order
from secretariat.store.errors import RefusedError, StorageError, UnusableFileError

APPLICATION_ID = 0x53454352  # "SECR", marks a file as a Secretariat database
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
# A collation for ORDER BY in this program's own queries (never in the schema, so
# other SQLite tools can still read and change every table).
ALPHABETICAL = "alphabetical"


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """Open ``path`` with the house pragmas; autocommit mode, transactions explicit.

    Raises StorageError (with what to do) for files that cannot be opened.
    """
    with translated_errors(path):
        if read_only:
            uri = f"{path.resolve().as_uri()}?mode=ro"
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        else:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        try:
            _set_up(conn, path, read_only=read_only)
        except BaseException:
            conn.close()
            raise
        return conn


def _set_up(conn: sqlite3.Connection, path: Path, *, read_only: bool) -> None:
    conn.row_factory = sqlite3.Row
    conn.create_collation(ALPHABETICAL, alphabetical_order)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        # WAL needs shared memory between the processes using the file, which a
        # network share cannot give; there the classic rollback journal is used.
        mode = "DELETE" if on_network_share(path) else "WAL"
        conn.execute(f"PRAGMA journal_mode = {mode}")
        conn.execute(f"PRAGMA synchronous = {'NORMAL' if mode == 'WAL' else 'FULL'}")


NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "fuse.sshfs",
        "afs",
        "ncpfs",
        "9p",
        "davfs",
        "fuse.davfs2",
        "fuse.gvfsd-fuse",
        "fuse.rclone",
    }
)


def on_network_share(path: Path) -> bool:
    """Whether ``path`` lies on a network file system (NFS, SMB, sshfs...)."""
    resolved = str(path.resolve())
    if os.name == "nt":
        if resolved.startswith("\\\\"):
            return True
        import ctypes

        drive_remote = 4
        root = os.path.splitdrive(resolved)[0] + "\\"
        return ctypes.windll.kernel32.GetDriveTypeW(root) == drive_remote  # type: ignore[attr-defined]
    return mount_type(resolved) in NETWORK_FILE_SYSTEMS


def mount_type(resolved: str, mounts: str = "/proc/mounts") -> str:
    """The file system type of the mount holding ``resolved`` (Linux), or ''."""
    try:
        with open(mounts, encoding="utf-8") as table:
            entries = [line.split()[1:3] for line in table if len(line.split()) >= 3]
    except OSError:
        return ""
    best, kind = "", ""
    for point, fs_type in entries:
        point = point.replace("\\040", " ")
        inside = resolved == point or resolved.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fs_type
    return kind


def memory_connection() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.create_collation(ALPHABETICAL, alphabetical_order)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def application_id(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA application_id").fetchone()[0])


def mark_as_ours(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def set_schema_version(conn: sqlite3.Connection, version: int) -> None:
    conn.execute(f"PRAGMA user_version = {int(version)}")


def table_names(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    )
    return [row[0] for row in rows]


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    """What SQLite's integrity and foreign-key checks find; empty when sound."""
    problems = [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
    for row in conn.execute("PRAGMA foreign_key_check"):
        problems.append(f"row {row[1]} of {row[0]} points to a missing row of {row[2]}")
    return problems


def split_script(script: str) -> list[str]:
    """Split an SQL script into whole statements (triggers included)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip() and not all(
        part.strip().startswith("--") or not part.strip() for part in buffer.splitlines()
    ):
        raise ValueError(f"incomplete SQL statement at the end of the script: {buffer[:80]!r}")
    return statements


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of an open database, made with SQLite's backup API.

    The copy is written beside ``target`` and renamed into place only when it is
    complete and passes the integrity check, so ``target`` is never half-written.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    with translated_errors(target):
        partial.unlink(missing_ok=True)
        copy = sqlite3.connect(partial, isolation_level=None)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
            problems = integrity_problems(copy)
        finally:
            copy.close()
        if problems:
            partial.unlink(missing_ok=True)
            raise StorageError(
                f"The copy written to {target} failed its check ({problems[0]}).",
                "Nothing was changed; try again, or check the disk.",
            )
        os.replace(partial, target)


def overwrite_with(target: sqlite3.Connection, source: Path) -> None:
    """Replace the whole content of the open database ``target`` with ``source``."""
    with translated_errors(source):
        donor = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            donor.backup(target)
        finally:
            donor.close()


@contextlib.contextmanager
def translated_errors(path: Path | str | None) -> Iterator[None]:
    """Turn sqlite3's errors about the file into StorageError sentences.

    Errors that mean a bug (syntax, a constraint the validation should have
    caught) are left as they are.
    """
    where = f"“{path}”" if path else "the database"
    try:
        yield
    except sqlite3.IntegrityError as error:
        text = str(error)
        if "FOREIGN KEY" in text:
            raise RefusedError(
                "This change would leave records pointing to something that does not exist.",
                "Reload the list and try again.",
            ) from error
        raise
    except sqlite3.OperationalError as error:
        text = str(error).lower()
        if "locked" in text or "busy" in text:
            raise StorageError(
                f"The database {where} is busy: another window or colleague is saving.",
                "Wait a moment and try again.",
            ) from error
        if "readonly" in text or "read-only" in text:
            raise StorageError(
                f"The database {where} can only be read, not changed.",
                "Check that the file and its folder may be written, or open a copy.",
            ) from error
        if "disk is full" in text or "database or disk is full" in text:
            raise StorageError(
                f"The disk holding {where} is full; nothing was saved.",
                "Free some space and try again.",
            ) from error
        if "unable to open" in text:
            raise StorageError(
                f"The database {where} cannot be opened.",
                "Check that the folder exists and that you may write to it.",
            ) from error
        if "disk i/o error" in text:
            raise StorageError(
                f"The disk reported an error while using {where}.",
                "Check the drive or network folder, then try again.",
            ) from error
        raise
    except sqlite3.DatabaseError as error:
        text = str(error).lower()
        if "not a database" in text or "malformed" in text or "file is encrypted" in text:
            raise UnusableFileError(
                f"{where} is damaged or is not a database.",
                "Open a backup, or choose another file.",
            ) from error
        raise
