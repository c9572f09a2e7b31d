"""Everything that is SQLite and nothing else: opening a file (read-only without
leaving anything beside it), its pragmas, reading its header, the backup API, the
integrity check, waiting for the write lock another copy of the program holds, and
turning sqlite3's errors into sentences.

Kept in one place so that a server engine can later stand beside it behind the
same store interface.
"""

from __future__ import annotations

import contextlib
import os
import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from secretariat.domain.text import alphabetical_order
from secretariat.store import crash_points
from secretariat.store.errors import (
    DiskFullError,
    LockedFileError,
    ReadOnlyFileError,
    RefusedError,
    StorageError,
    UnreachableFileError,
    UnusableFileError,
)

APPLICATION_ID = 0x53454352  # "SECR", marks a file as a Secretariat database
SQLITE_HEADER = b"SQLite format 3\x00"
# How long a write waits for another copy of the program (a colleague on the shared
# folder, another window) to finish its own, in seconds; longer on a slow share.
LOCK_WAIT_ENV = "SECRETARIAT_LOCK_WAIT"
DEFAULT_LOCK_WAIT = 20.0
# "1": treat the database's folder as a network share (rollback journal, no WAL).
NETWORK_SHARE_ENV = "SECRETARIAT_NETWORK_SHARE"
OWNER_ONLY = 0o600  # the database file, and the -wal/-shm/-journal SQLite copies it to
# A collation for ORDER BY in this program's own queries (never in the schema, so
# other SQLite tools can still read and change every table).
ALPHABETICAL = "alphabetical"


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """Open ``path`` with the house pragmas; autocommit mode, transactions explicit.

    A file created here is readable and writable by its owner only (SQLite gives its
    -wal, -shm and -journal files the same permissions). ``read_only`` opens without
    the right to write and creates nothing beside the file (see :func:`read_only_uri`).
    Raises StorageError (with what to do) for files that cannot be opened.
    """
    with translated_errors(path, read_only=read_only):
        if read_only:
            conn = sqlite3.connect(
                read_only_uri(path), uri=True, isolation_level=None, check_same_thread=False
            )
        else:
            create_owner_only(path)
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        try:
            _set_up(conn, path, read_only=read_only)
        except BaseException:
            conn.close()
            raise
        return conn


def create_owner_only(path: Path) -> None:
    """Create ``path`` as an empty file only its owner may read, unless it exists.

    An empty file is what SQLite makes a new database of. Where nothing can be
    created (the folder is gone), SQLite's own error follows when it opens the path.
    """
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY)
    except OSError:  # there already, or the folder cannot be written: SQLite says which
        return
    os.close(descriptor)


def read_only_uri(path: Path) -> str:
    """The URI SQLite opens ``path`` with to read it and never write.

    A reader of a database in write-ahead-log mode needs the log's index (-shm) and
    the log (-wal) beside the file, and creates them when no one has the file open —
    files that would be left behind (a reader cannot remove them), and that a
    damaged, read-only or foreign file should not get. So when they are not already
    there, the file is read as it lies (``immutable``): no one is writing to it then.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    header = read_header(path)
    in_wal_mode = header is not None and header.write_version == 2
    if in_wal_mode and not (journal(path, "-wal").exists() and journal(path, "-shm").exists()):
        uri += "&immutable=1"
    return uri


def journal(path: Path, suffix: str) -> Path:
    """The file SQLite keeps beside ``path``: ``-wal``, ``-shm`` or ``-journal``."""
    return path.with_name(path.name + suffix)


def lock_wait() -> float:
    """Seconds to wait for another copy of the program to finish writing."""
    text = os.environ.get(LOCK_WAIT_ENV, "").strip()
    try:
        seconds = float(text) if text else DEFAULT_LOCK_WAIT
    except ValueError:
        seconds = DEFAULT_LOCK_WAIT
    return max(seconds, 0.0)


def _set_up(conn: sqlite3.Connection, path: Path, *, read_only: bool) -> None:
    conn.row_factory = sqlite3.Row
    conn.create_collation(ALPHABETICAL, alphabetical_order)
    conn.execute(f"PRAGMA busy_timeout = {int(lock_wait() * 1000)}")
    conn.execute("PRAGMA foreign_keys = ON")
    # 16 MB of pages (SQLite's default is 2 MB): the pages a list or a search reads
    # stay read from one keystroke to the next on a database of 100,000 contacts
    conn.execute("PRAGMA cache_size = -16000")
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
    """Whether ``path`` lies on a network file system (NFS, SMB, sshfs...), or
    ``SECRETARIAT_NETWORK_SHARE=1`` says so."""
    if os.environ.get(NETWORK_SHARE_ENV, "").strip() == "1":
        return True
    resolved = str(path.resolve())
    if os.name == "nt":
        if resolved.startswith("\\\\"):
            return True
        import ctypes

        drive_remote = 4
        root = os.path.splitdrive(resolved)[0] + "\\"
        drive_type = ctypes.windll.kernel32.GetDriveTypeW(root)  # type: ignore[attr-defined]
        return bool(drive_type == drive_remote)
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


@dataclass(frozen=True)
class FileHeader:
    """The first 100 bytes of an SQLite file, as far as the checks here need them
    (see https://www.sqlite.org/fileformat.html#the_database_header)."""

    page_size: int
    write_version: int  # 1: rollback journal, 2: write-ahead log
    read_version: int
    payload_fractions: tuple[int, int, int]
    change_counter: int
    page_count: int  # valid only when version_valid_for == change_counter
    version_valid_for: int


def read_header(path: Path) -> FileHeader | None:
    """The file's SQLite header; None when the file does not start like SQLite."""
    try:
        with path.open("rb") as handle:
            data = handle.read(100)
    except OSError:
        return None
    if not data.startswith(SQLITE_HEADER) or len(data) < 100:
        return None

    def number(start: int, size: int) -> int:
        return int.from_bytes(data[start : start + size], "big")

    page_size = number(16, 2)
    return FileHeader(
        page_size=65536 if page_size == 1 else page_size,
        write_version=data[18],
        read_version=data[19],
        payload_fractions=(data[21], data[22], data[23]),
        change_counter=number(24, 4),
        page_count=number(28, 4),
        version_valid_for=number(92, 4),
    )


def header_damage(path: Path) -> str:
    """What the file's header and size show to be wrong with an SQLite file, as the
    end of a sentence ("is cut short..."); '' when they look sound.

    Reads the file only. When a journal or write-ahead log lies beside the file a
    program stopped in the middle of saving, and SQLite repairs the file from it on
    opening: then only the header itself is judged.
    """
    size = path.stat().st_size
    if size < 100:
        return "is cut short: it ends inside the first bytes every database starts with"
    header = read_header(path)
    if header is None:
        return "does not start like an SQLite database"
    power_of_two = header.page_size & (header.page_size - 1) == 0
    if (
        not (512 <= header.page_size <= 65536 and power_of_two)
        or header.write_version not in (1, 2)
        or header.read_version not in (1, 2)
        or header.payload_fractions != (64, 32, 32)
    ):
        return "is damaged: its first bytes are not those of an SQLite database"
    being_repaired = any(
        journal(path, suffix).exists() and journal(path, suffix).stat().st_size > 0
        for suffix in ("-wal", "-journal")
    )
    if being_repaired:
        return ""
    expected = header.page_count * header.page_size
    size_known = header.version_valid_for == header.change_counter and header.page_count > 0
    if size < header.page_size or (size_known and size < expected):
        return (
            f"is cut short: it holds {size:,} bytes of the {max(expected, header.page_size):,} "
            "it should have (an interrupted copy or download, or a damaged disk)"
        )
    return ""


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


def quoted(name: str) -> str:
    """A table's or column's name from the file itself (another tool may have chosen
    it) as an SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def column_names(conn: sqlite3.Connection, table: str) -> list[str]:
    """The columns of ``table`` (a name from the file's own schema) in their order."""
    return [row[1] for row in conn.execute(f"PRAGMA table_info({quoted(table)})")]


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
        create_owner_only(partial)
        copy = sqlite3.connect(partial, isolation_level=None)
        try:
            try:
                if crash_points.armed("backup-copy"):  # a page at a time, to die half-way
                    source.backup(copy, pages=1, progress=_copied_a_page)
                else:
                    source.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")
                problems = integrity_problems(copy)
            finally:
                copy.close()
        except BaseException:  # a page the source cannot read: no half copy stays behind
            partial.unlink(missing_ok=True)
            raise
        if problems:
            partial.unlink(missing_ok=True)
            raise StorageError(
                f"The copy written to {target} failed its check ({problems[0]}).",
                "Nothing was changed; try again, or check the disk.",
            )
        os.replace(partial, target)


def _copied_a_page(_status: int, _remaining: int, _total: int) -> None:
    crash_points.reached("backup-copy")


# pages copied per step when something runs between the steps: one, so that the
# first step never finishes the copy (a Secretariat database has dozens of pages)
OVERWRITE_STEP = 1


def overwrite_with(
    target: sqlite3.Connection,
    source: Path,
    *,
    when_locked: Callable[[], None] | None = None,
    while_waiting: Callable[[], None] | None = None,
) -> None:
    """Replace the whole content of the open database ``target`` with ``source``.

    SQLite's backup API takes ``target``'s write lock at its first step and holds it
    to the end. ``when_locked`` runs once, just after that first step: nobody can
    save any more, and other connections still read everything saved until then
    (what to keep of the file is copied there). ``while_waiting`` runs once if
    another connection holds the lock at first (the copy then waits for it).
    """
    pending = {"locked": when_locked, "waiting": while_waiting}

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            call = pending.pop("waiting", None)
        else:
            pending.pop("waiting", None)
            call = pending.pop("locked", None)
        if call is not None:
            call()

    with translated_errors(source):
        donor = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            if when_locked is None and while_waiting is None:
                donor.backup(target)
            else:  # in steps, so that there is a moment between the first and the rest
                patience = target.execute("PRAGMA busy_timeout").fetchone()[0]
                target.execute("PRAGMA busy_timeout = 0")  # a lock held is said at once
                try:
                    donor.backup(target, pages=OVERWRITE_STEP, progress=progress)
                finally:
                    target.execute(f"PRAGMA busy_timeout = {int(patience)}")
        finally:
            donor.close()


def is_busy(error: sqlite3.Error) -> bool:
    """Whether ``error`` says another connection holds the lock (SQLITE_BUSY/LOCKED)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    text = str(error).lower()
    return "locked" in text or "busy" in text


def begin_writing(conn: sqlite3.Connection, path: Path | None) -> None:
    """Start a write transaction holding the write lock from the start (so that two
    copies of the program never both read, then both wait to write).

    While another copy holds the lock, SQLite's busy timeout waits; a refusal that
    comes at once (SQLite gives some without waiting) is retried with growing
    pauses. Only when the other copy has held the lock for longer than
    :func:`lock_wait` does a LockedFileError say so.
    """
    _patiently(conn, "BEGIN IMMEDIATE", path)


def commit(conn: sqlite3.Connection, path: Path | None) -> None:
    """Commit, waiting like :func:`begin_writing` (with a rollback journal a commit
    waits for readers to finish); when that fails, nothing of it is kept."""
    try:
        _patiently(conn, "COMMIT", path)
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _patiently(conn: sqlite3.Connection, sql: str, path: Path | None) -> None:
    deadline = time.monotonic() + lock_wait()
    pause = 0.005
    with translated_errors(path):
        while True:
            try:
                conn.execute(sql)
                return
            except sqlite3.OperationalError as error:
                if not is_busy(error) or time.monotonic() + pause > deadline:
                    raise
            time.sleep(pause * random.uniform(0.5, 1.5))  # apart, so both do not retry at once
            pause = min(pause * 2, 0.2)


# A reader found the rollback journal of a save that never finished (a hot journal).
_READONLY_ROLLBACK = getattr(sqlite3, "SQLITE_READONLY_ROLLBACK", 776)


@contextlib.contextmanager
def translated_errors(path: Path | str | None, *, read_only: bool = False) -> Iterator[None]:
    """Turn sqlite3's errors about the file into StorageError sentences.

    ``read_only``: the database was opened read-only, so a write is refused as such.
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
        if is_busy(error):
            seconds = f"{lock_wait():g}"
            raise LockedFileError(
                f"The database {where} is busy: another copy of Secretariat (a colleague, or "
                f"another window) has been saving to it for more than {seconds} seconds.",
                "Nothing was lost. Wait a little, then try again.",
            ) from error
        if getattr(error, "sqlite_errorcode", None) == _READONLY_ROLLBACK:
            raise ReadOnlyFileError(
                f"{where[0].upper()}{where[1:]} was left in the middle of a save by a program "
                "that stopped; it is repaired from the journal beside it when it is next opened "
                "for writing, and cannot be read before.",
                "Open it normally once (where you may write), then try again.",
            ) from error
        if "readonly" in text or "read-only" in text:
            if read_only:
                raise ReadOnlyFileError(
                    "This database is open read-only, so nothing can be changed in it.",
                    "To make changes, open it again normally from a folder where you may write.",
                ) from error
            raise ReadOnlyFileError(
                f"The database {where} can only be read, not changed.",
                "Check that the file and its folder may be written, or open it read-only.",
            ) from error
        if "disk is full" in text or "database or disk is full" in text:
            raise DiskFullError(
                f"The disk holding {where} is full; nothing was saved.",
                "Free some space (empty the wastebasket, move big files away), then try again.",
            ) from error
        if "unable to open" in text:
            raise UnreachableFileError(
                f"The database {where} cannot be opened.",
                "Check that the drive or network folder is there and that you may use it, "
                "then try again.",
            ) from error
        if "disk i/o error" in text:
            raise UnreachableFileError(
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
