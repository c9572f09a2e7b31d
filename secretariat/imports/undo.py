"""Undoing an import or a merge, from its audit trail, and the list of batches.

``undo_batch(db, batch_id)`` removes what the batch created, puts back what it
changed or deleted (same ids, versions and time stamps), in one transaction after
a backup, and audits that under the same batch id. It refuses, with a sentence
naming the record, when anything the batch wrote was changed afterwards or when
new records now point to what it created — undoing would then lose someone's work.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from secretariat.domain.records import BY_TABLE
from secretariat.store.errors import NotFoundError, RefusedError
from secretariat.store.imports import AuditEntry, BatchWriter

if TYPE_CHECKING:
    from secretariat.store import ClusterDatabase

_WHAT = {"import": "import", "merge": "merge"}
State = dict[tuple[str, int], dict[str, Any] | None]  # None: the row is gone


@dataclass(frozen=True)
class Batch:
    """One import or merge, as the list of batches shows it."""

    id: int
    kind: str  # import | merge
    source: str
    when: str  # UTC, ISO
    who: str
    summary: dict[str, Any]
    undone: bool
    undone_at: str | None
    undone_by: str | None


@dataclass(frozen=True)
class UndoResult:
    batch_id: int
    removed: int
    restored: int
    backup: Path | None

    def text(self) -> str:
        return f"removed {self.removed}, restored {self.restored}"


def list_batches(db: ClusterDatabase, limit: int = 200) -> list[Batch]:
    """Imports and merges, newest first."""
    return [
        Batch(
            row["id"],
            row["kind"],
            row["source"],
            row["started_at"],
            row["staff"],
            row["summary"],
            row["undone_at"] is not None,
            row["undone_at"],
            row["undone_by"],
        )
        for row in db.imports.batches(limit)
    ]


def undo_batch(db: ClusterDatabase, batch_id: int) -> UndoResult:
    """Undo the import or merge ``batch_id`` (see the module); RefusedError says why not."""
    entries = _undoable(db, batch_id)
    backup = db.imports.backup_before("undo")
    with db.transaction():
        _undoable(db, batch_id, entries)  # again, now that nobody else writes
        writer = BatchWriter(db, batch_id)
        removed, restored = _revert(writer, entries)
        writer.flush()
        db.imports.mark_undone(batch_id)
    return UndoResult(batch_id, removed, restored, backup)


def _undoable(
    db: ClusterDatabase, batch_id: int, entries: list[AuditEntry] | None = None
) -> list[AuditEntry]:
    """The batch's entries, if it can be undone; RefusedError says why not."""
    batch = db.imports.batch(batch_id)
    if batch is None:
        raise NotFoundError(f"There is no import or merge #{batch_id}.")
    what = f"{_WHAT.get(batch['kind'], batch['kind'])} “{batch['source']}”"
    if batch["undone_at"]:
        raise RefusedError(
            f"The {what} was already undone ({batch['undone_at'][:16].replace('T', ' ')} UTC, "
            f"by {batch['undone_by']})."
        )
    if entries is None:
        entries = db.imports.batch_entries(batch_id)
    state = _final_state(entries)
    _check_unchanged(db, what, state)
    _check_nothing_points_to_new(db, what, entries, state)
    return entries


def _final_state(entries: Sequence[AuditEntry]) -> State:
    """Each row the batch wrote, as the batch left it (the columns it wrote)."""
    state: State = {}
    for entry in entries:
        key = (entry.table, entry.row_id)
        if entry.action == "delete":
            state[key] = None
            continue
        row = state.get(key) or {}
        row.update({column: after for column, (_before, after) in entry.changes.items()})
        state[key] = row
    return state


def _check_unchanged(db: ClusterDatabase, what: str, state: State) -> None:
    by_table: dict[str, list[int]] = {}
    for table, key in state:
        by_table.setdefault(table, []).append(key)
    for table, keys in by_table.items():
        current = db.imports.rows_by_key(table, keys)
        for key in keys:
            expected = state[(table, key)]
            row = current.get(key)
            if expected is None and row is None:
                continue
            if expected is not None and row is not None and _same(row, expected):
                continue
            name = _name(table, key, row or expected or {})
            how = "deleted" if row is None else "changed"
            raise RefusedError(
                f"The {what} cannot be undone: the {name} was {how} after it, "
                f"last by {db.last_change_by(table, key)}.",
                "Undo that change first, or correct the records by hand.",
            )


def _check_nothing_points_to_new(
    db: ClusterDatabase, what: str, entries: Sequence[AuditEntry], state: State
) -> None:
    created: dict[str, set[int]] = {}
    for entry in entries:
        if entry.action == "create" and state.get((entry.table, entry.row_id)) is not None:
            created.setdefault(entry.table, set()).add(entry.row_id)
    for table, ids in created.items():
        for reference in db.imports.references_to(table):
            pointing = db.imports.referencing_in_range(reference, min(ids), max(ids))
            for key, target in pointing:
                if target in ids and (reference.table, key) not in state:
                    row = db.imports.rows_by_key(table, [target])[target]
                    noun = (
                        BY_TABLE[reference.table].noun
                        if reference.table in BY_TABLE
                        else ("entry in " + reference.table.replace("_", " "))
                    )
                    raise RefusedError(
                        f"The {what} cannot be undone: the {_name(table, target, row)}, "
                        f"which it created, now has a {noun} added later.",
                        "Remove that first, or correct the records by hand.",
                    )


def _same(row: dict[str, Any], expected: dict[str, Any]) -> bool:
    return all(row.get(column) == value for column, value in expected.items())


def _name(table: str, key: int, row: dict[str, Any]) -> str:
    kind = BY_TABLE.get(table)
    if kind is None:
        return f"row #{key} of {table.replace('_', ' ')}"
    return f"{kind.name_of({**row, 'id': key})} (#{key})"


def _revert(writer: BatchWriter, entries: Sequence[AuditEntry]) -> tuple[int, int]:
    """Apply the entries backwards; consecutive creates of one table go together."""
    removed = restored = 0
    pending: list[AuditEntry] = []

    def remove_pending() -> None:
        if pending:
            writer.delete_many(pending[0].table, [e.row_id for e in pending])
            pending.clear()

    for entry in reversed(entries):
        if entry.action == "create":
            if pending and pending[0].table != entry.table:
                remove_pending()
            pending.append(entry)
            removed += 1
            continue
        remove_pending()
        before = {column: values[0] for column, values in entry.changes.items()}
        if entry.action == "update":
            writer.update(entry.table, entry.row_id, before, bump=False)
        else:
            writer.insert(entry.table, entry.row_id, before)
        restored += 1
    remove_pending()
    return removed, restored
