"""Database files in states the program must cope with, and a way to see that
opening one left it exactly as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

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
