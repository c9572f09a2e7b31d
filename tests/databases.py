"""Database files in states the program must cope with, and a way to see that
opening one left it exactly as it was."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from secretariat.store import ClusterDatabase
from secretariat.store.migrations import latest_version


def untouched(path: Path):
    """The file's bytes and time of change, and what lies beside it."""
    beside = sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name))
    return path.read_bytes(), path.stat().st_mtime_ns, beside


def from_a_newer_version(path: Path) -> None:
    """Mark the database at ``path`` as made by a version after this one."""
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    conn.close()


HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
conn.execute("INSERT INTO organisations (name) VALUES ('Langer Import GmbH')")
print("holding", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


@contextmanager
def held_by_a_long_write(path: Path) -> Iterator[Callable[[], None]]:
    """A new database at ``path`` holding the organisation "Erste GmbH", held by an
    unfinished write in another process (which rolls back) until ``release()`` is
    called, or the block ends."""
    with ClusterDatabase.open(path) as db:
        db.organisations.create({"name": "Erste GmbH"})
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )

    def release() -> None:
        if holder.poll() is None:
            holder.stdin.write("done\n")
            holder.stdin.flush()
            holder.wait(timeout=30)

    try:
        assert holder.stdout.readline() == "holding\n"
        yield release
        release()
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
