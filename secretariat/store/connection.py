"""What the store's parts need of the open database, as protocols.

The repositories and the sub-stores (audit, imports, planning, privacy, reporting)
are handed the :class:`~secretariat.store.database.ClusterDatabase` that made them,
but they know it only by these protocols: none of them imports the facade, so the
store's modules import downward only (``database`` imports them, not the reverse).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Protocol


class Connection(Protocol):
    """SQL on the database: statements, a transaction, who is working."""

    staff: str

    def execute(
        self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()
    ) -> sqlite3.Cursor: ...

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> sqlite3.Cursor: ...

    def transaction(self) -> AbstractContextManager[None]: ...


class RecordConnection(Connection, Protocol):
    """What a repository needs besides: the change history and the shared themes."""

    def audit(self, table: str, row_id: int, action: str, changes: Mapping[str, Any]) -> None: ...

    def last_change_by(self, table: str, row_id: int) -> str: ...

    def theme_id(self, name: str) -> int: ...


class Copyable(Protocol):
    """A database with a file that can be copied (backups); ``path`` is None in memory."""

    path: Path | None
    read_only: bool

    def backup(self, target: str | os.PathLike[str]) -> Path: ...


class ImportConnection(Connection, Copyable, Protocol):
    """What the import's store needs: SQL, and a backup before it writes."""
