"""All SQL of imports, merges and their undo: batches, candidates, raw audited writes.

An import or a merge is a *batch* (table ``import_batches``); every row it writes is
audited in ``audit_log`` with the batch's id, as ``{column: [before, after]}``:

- ``create``: the inserted columns (``version`` too, where the table has one);
- ``update``: the changed columns, with ``version`` and ``updated_at`` before and after;
- ``delete``: every column of the row as it was.

That is enough to put every row back exactly (same id, same version, same time
stamps), which :mod:`secretariat.imports.undo` does. Link tables without an ``id``
are addressed by their ``rowid``. Table and column names reaching SQL come from the
schema itself (checked against ``sqlite_master`` and ``PRAGMA table_info``), values
always travel as parameters. The ``PRAGMA`` look-ups are SQLite's; a server engine
would answer them from its catalogue.

An import's new contacts and organisations get their search index entries and sort
keys all at once, after they are written (:meth:`ImportStore.bulk_indexing`), instead
of from a trigger row by row.
"""

from __future__ import annotations

import json
import operator
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from secretariat.domain.fields import Record
from secretariat.store import backups, crash_points
from secretariat.store.connection import Connection, ImportConnection
from secretariat.store.privacy import not_erased
from secretariat.store.repository import audit_changes_json

CHUNK = 500  # ids per IN (...) list; well below SQLite's parameter limit
Changes = dict[str, list[Any]]


@dataclass(frozen=True)
class Reference:
    """A column of ``table`` that points to rows of another table."""

    table: str
    column: str
    key: str  # "id", or "rowid" for link tables
    unique_with: tuple[str, ...] | None  # the other columns of a unique key holding column
    versioned: bool


@dataclass(frozen=True)
class AuditEntry:
    table: str
    row_id: int
    action: str  # create | update | delete
    changes: Changes


def utc_now() -> str:
    """The time stamp the schema uses for ``updated_at``."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class ImportStore:
    """Batches and raw audited writes; one per ClusterDatabase."""

    def __init__(self, db: ImportConnection) -> None:
        self._db = db
        self._columns: dict[str, tuple[str, ...]] = {}
        self._references: dict[str, list[Reference]] | None = None
        self._defaults: dict[str, dict[str, Any]] = {}

    # -- backups -----------------------------------------------------------------

    def backup_before(self, what: str) -> Path | None:
        """A backup of the database in its rotation before ``what`` ("import", "merge",
        "undo"); None for a database in memory."""
        return backups.take_backup(self._db, f"before {what}")

    # -- indexing many new records at once ---------------------------------------

    @contextmanager
    def bulk_indexing(self) -> Iterator[None]:
        """Contacts and organisations inserted inside get their search index entries
        and sort keys at the end, with one statement each, instead of from their
        triggers row by row (schema version 7: ``bulk_write``).

        Runs inside a transaction (its own savepoint when one is open): nobody sees
        the new records without their index entries, and an error or a cancel inside
        takes back the records, the entries and the ``bulk_write`` row together.
        Changes of existing records are indexed by their triggers as always.
        """
        with self._db.transaction():
            self._db.execute(_BULK_WRITE_START)
            yield
            for statement in _BULK_WRITE_FINISH:
                self._db.execute(statement)

    # -- batches -----------------------------------------------------------------

    def start_batch(self, kind: str, source: str) -> int:
        cursor = self._db.execute(
            "INSERT INTO import_batches (kind, source, staff) VALUES (?, ?, ?)",
            (kind, source, self._db.staff),
        )
        assert cursor.lastrowid is not None  # an INSERT always has one
        return int(cursor.lastrowid)

    def finish_batch(self, batch_id: int, summary: Mapping[str, Any]) -> None:
        self._db.execute(
            "UPDATE import_batches SET finished_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
            "summary = ? WHERE id = ?",
            (json.dumps(summary, ensure_ascii=False, sort_keys=True), batch_id),
        )
        crash_points.reached("batch-finish")

    def mark_undone(self, batch_id: int) -> None:
        self._db.execute(
            "UPDATE import_batches SET undone_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
            "undone_by = ? WHERE id = ?",
            (self._db.staff, batch_id),
        )

    def batch(self, batch_id: int) -> Record | None:
        row = self._db.execute("SELECT * FROM import_batches WHERE id = ?", (batch_id,)).fetchone()
        return _batch_record(row) if row is not None else None

    def batches(self, limit: int = 200) -> list[Record]:
        """Newest first, with ``summary`` as a dict."""
        rows = self._db.execute("SELECT * FROM import_batches ORDER BY id DESC LIMIT ?", (limit,))
        return [_batch_record(row) for row in rows]

    def batch_entries(self, batch_id: int) -> list[AuditEntry]:
        """The audit entries the batch wrote, in the order written."""
        rows = self._db.execute(
            "SELECT table_name, row_id, action, changes FROM audit_log WHERE batch_id = ? "
            "ORDER BY id",
            (batch_id,),
        )
        return [AuditEntry(r[0], int(r[1]), r[2], json.loads(r[3])) for r in rows]

    def audit_created(
        self,
        batch_id: int,
        table: str,
        key: str,
        rows: Iterable[Mapping[str, Any]],
        *,
        versioned: bool,
    ) -> None:
        """The "create" entries of rows just inserted (each carrying its ``key``), as
        :meth:`audit_many` writes them, without an AuditEntry per row in between."""
        encode = _AUDIT_JSON.encode
        staff = self._db.staff

        def changes(row: Mapping[str, Any]) -> str:
            before_after = {c: [None, v] for c, v in row.items() if c != key}
            if versioned and "version" not in before_after:
                before_after["version"] = [None, 1]
            return encode(before_after)

        self._db.executemany(
            "INSERT INTO audit_log (staff, table_name, row_id, action, changes, batch_id) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            ((staff, table, int(row[key]), "create", changes(row), batch_id) for row in rows),
        )

    def audit_many(self, batch_id: int, entries: Iterable[AuditEntry]) -> None:
        self._db.executemany(
            "INSERT INTO audit_log (staff, table_name, row_id, action, changes, batch_id) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                (
                    self._db.staff,
                    e.table,
                    e.row_id,
                    e.action,
                    audit_changes_json(e.changes),
                    batch_id,
                )
                for e in entries
            ),
        )

    # -- what imports and duplicate finding compare against ---------------------

    def organisation_candidates(self) -> list[Record]:
        """Every organisation's id, name, e-mail and website."""
        rows = self._db.execute("SELECT id, name, email, website FROM organisations ORDER BY id")
        return [dict(row) for row in rows]

    def contact_candidates(self) -> list[Record]:
        """Every contact's id, names, e-mail, phones and organisation (id and name)."""
        rows = self._db.execute(
            "SELECT contacts.id, first_name, last_name, contacts.email, contacts.phone, mobile, "
            "organisation_id, organisations.name AS organisation_name FROM contacts "
            "LEFT JOIN organisations ON organisations.id = contacts.organisation_id "
            f"WHERE {not_erased()} "  # an erased person is nobody's duplicate
            "ORDER BY contacts.id"
        )
        return [dict(row) for row in rows]

    def rows_by_key(self, table: str, keys: Iterable[int]) -> dict[int, Record]:
        """The rows of ``table`` with these ids (rowids for link tables)."""
        key = self.key_of(table)
        found: dict[int, Record] = {}
        for chunk in _chunks(sorted(set(keys))):
            marks = ", ".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT {key} AS _key, * FROM {table} WHERE {key} IN ({marks})", chunk
            )
            for row in rows:
                record = dict(row)
                found[int(record.pop("_key"))] = record
        return found

    def directory_consent_holders(self, contact_ids: Iterable[int]) -> set[int]:
        """Those of ``contact_ids`` whose directory consent in force is granted."""
        holders: set[int] = set()
        for chunk in _chunks(sorted(set(contact_ids))):
            marks = ", ".join("?" * len(chunk))
            rows = self._db.execute(
                "SELECT contact_id, granted FROM consents WHERE purpose = 'directory' "
                f"AND contact_id IN ({marks}) ORDER BY recorded_on, id",
                chunk,
            )
            latest = {row[0]: row[1] for row in rows}
            holders.update(contact for contact, granted in latest.items() if granted)
        return holders

    def link_values(
        self, table: str, owner: str, value: str, owner_ids: Iterable[int]
    ) -> dict[int, set[Any]]:
        """The values linked to each owner in a link table (roles, theme ids)."""
        linked: dict[int, set[Any]] = {}
        for chunk in _chunks(sorted(set(owner_ids))):
            marks = ", ".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT {owner}, {value} FROM {_known(self._db, table)} "
                f"WHERE {owner} IN ({marks})",
                chunk,
            )
            for row in rows:
                linked.setdefault(int(row[0]), set()).add(row[1])
        return linked

    def constant_defaults(self, table: str) -> dict[str, Any]:
        """The value a column takes when an INSERT leaves it out, for the columns whose
        default is a constant ('', 'de', 0...); columns without a default take NULL and
        are left out here, as are those whose default is worked out (time stamps)."""
        if table not in self._defaults:
            found: dict[str, Any] = {}
            for row in self._db.execute(f"PRAGMA table_info({_known(self._db, table)})"):
                default = row["dflt_value"]
                if default is None or not _CONSTANT_DEFAULT.fullmatch(default):
                    continue
                found[row["name"]] = self._db.execute(f"SELECT {default}").fetchone()[0]
            self._defaults[table] = found
        return self._defaults[table]

    def computed_defaults(self, table: str) -> frozenset[str]:
        """The columns whose default is worked out when a row is inserted."""
        constant = self.constant_defaults(table)
        return frozenset(
            row["name"]
            for row in self._db.execute(f"PRAGMA table_info({_known(self._db, table)})")
            if row["dflt_value"] is not None and row["name"] not in constant
        )

    def theme_ids(self) -> dict[str, int]:
        """Theme name (case-folded) → id."""
        return {
            row[1].casefold(): row[0] for row in self._db.execute("SELECT id, name FROM themes")
        }

    # -- the schema, as far as batches need it ------------------------------------

    def columns(self, table: str) -> tuple[str, ...]:
        if table not in self._columns:
            names = tuple(
                row["name"]
                for row in self._db.execute(f"PRAGMA table_info({_known(self._db, table)})")
            )
            self._columns[table] = names
        return self._columns[table]

    def key_of(self, table: str) -> str:
        """ "id" for record tables, "rowid" for link tables."""
        return "id" if "id" in self.columns(table) else "rowid"

    def references_to(self, table: str) -> list[Reference]:
        """Every column in the schema that points to rows of ``table``."""
        if self._references is None:
            self._references = {}
            tables = [
                row[0]
                for row in self._db.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
                )
            ]
            for name in tables:
                for fk in self._db.execute(f"PRAGMA foreign_key_list({name})"):
                    self._references.setdefault(fk["table"], []).append(
                        Reference(
                            name,
                            fk["from"],
                            self.key_of(name),
                            self._unique_with(name, fk["from"]),
                            "version" in self.columns(name),
                        )
                    )
        return list(self._references.get(table, []))

    def _unique_with(self, table: str, column: str) -> tuple[str, ...] | None:
        for index in self._db.execute(f"PRAGMA index_list({table})"):
            if not index["unique"]:
                continue
            names = [row["name"] for row in self._db.execute(f"PRAGMA index_info({index['name']})")]
            if column in names and len(names) > 1:
                return tuple(name for name in names if name != column)
        return None

    def referencing(self, reference: Reference, value: int) -> dict[int, Record]:
        """The rows of ``reference.table`` that point to ``value``, by key."""
        rows = self._db.execute(
            f"SELECT {reference.key} AS _key, * FROM {reference.table} "
            f"WHERE {reference.column} = ? ORDER BY {reference.key}",
            (value,),
        )
        return {int(row["_key"]): _without_key(row) for row in rows}

    def referencing_in_range(
        self, reference: Reference, low: int, high: int
    ) -> list[tuple[int, int]]:
        """(key, referenced id) of the rows pointing to ids between low and high."""
        rows = self._db.execute(
            f"SELECT {reference.key}, {reference.column} FROM {reference.table} "
            f"WHERE {reference.column} BETWEEN ? AND ?",
            (low, high),
        )
        return [(int(row[0]), int(row[1])) for row in rows]

    def conflicting(self, reference: Reference, row: Mapping[str, Any], value: int) -> int | None:
        """The key of a row that would break a unique key if ``row`` pointed to ``value``."""
        assert reference.unique_with is not None
        same = "".join(f" AND {name} IS ?" for name in reference.unique_with)
        found = self._db.execute(
            f"SELECT {reference.key} FROM {reference.table} WHERE {reference.column} = ?{same}",
            [value, *(row[name] for name in reference.unique_with)],
        ).fetchone()
        return int(found[0]) if found is not None else None

    def next_key(self, table: str) -> int:
        key = self.key_of(table)
        return int(
            self._db.execute(f"SELECT coalesce(max({key}), 0) + 1 FROM {table}").fetchone()[0]
        )


class BatchWriter:
    """Writes rows of one batch and collects their audit entries (see the module).

    Call :meth:`flush` (or leave it to :meth:`ImportStore` users) inside the batch's
    transaction; nothing is committed here.
    """

    def __init__(self, db: ImportConnection, batch_id: int) -> None:
        self._db = db
        self._store = ImportStore(db)
        self.batch_id = batch_id
        self.entries: list[AuditEntry] = []

    def flush(self) -> None:
        if self.entries:
            self._store.audit_many(self.batch_id, self.entries)
            self.entries = []

    # -- many rows at once (imports) ----------------------------------------------

    def insert_many(self, table: str, rows: Sequence[Mapping[str, Any]]) -> None:
        """Insert rows that carry their own key (``id`` or ``rowid``), in their order.
        A column a row leaves out gets the value the table would give it. Their audit
        entries are written at once (after any still waiting, so the log keeps the
        order of the writes)."""
        key = self._store.key_of(table)
        versioned = "version" in self._store.columns(table)
        groups = _grouped(rows)
        columns = tuple(dict.fromkeys(c for group in groups for c in group))
        if len(groups) > 1 and self._store.computed_defaults(table).isdisjoint(columns):
            # Rows of different columns in one statement, so that they go in in the order
            # of their keys: SQLite (and its search index) appends instead of splitting
            # pages, and the log follows the rows.
            constant = self._store.constant_defaults(table)
            groups = {columns: list(rows)}
            fill = {c: constant.get(c) for c in columns}
        else:
            fill = {}
        for columns, group in groups.items():
            self._check_columns(table, columns)
            cells = operator.itemgetter(*columns)
            if fill:
                values: Iterable[Any] = (cells({**fill, **row}) for row in group)
            elif len(columns) > 1:
                values = map(cells, group)
            else:
                values = ((cells(row),) for row in group)
            self._db.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})",
                crash_points.each("row-write", values),
            )
            self.flush()
            self._store.audit_created(self.batch_id, table, key, group, versioned=versioned)

    def update_many(self, table: str, updates: Mapping[int, Mapping[str, Any]]) -> None:
        """Change columns of existing versioned rows (id → {column: new value});
        bumps their version and ``updated_at``."""
        before = self._store.rows_by_key(table, updates)
        now = utc_now()
        groups: dict[tuple[str, ...], list[int]] = {}
        for row_id, changes in updates.items():
            groups.setdefault(tuple(changes), []).append(row_id)
        for columns, ids in groups.items():
            self._check_columns(table, columns)
            assignments = "".join(f"{c} = ?, " for c in columns)
            self._db.executemany(
                f"UPDATE {table} SET {assignments}version = version + 1, updated_at = ? "
                "WHERE id = ?",
                ([*(updates[i][c] for c in columns), now, i] for i in ids),
            )
            for i in ids:
                old = before[i]
                changes = {c: [old[c], updates[i][c]] for c in columns}
                changes["version"] = [old["version"], old["version"] + 1]
                changes["updated_at"] = [old["updated_at"], now]
                self.entries.append(AuditEntry(table, i, "update", changes))

    # -- one row at a time (merges, undo) ------------------------------------------

    def insert(self, table: str, key: int, values: Mapping[str, Any]) -> None:
        """Insert a row with the given key and exactly these column values."""
        self.insert_many(table, [{self._store.key_of(table): key, **values}])

    def update(
        self, table: str, key: int, changes: Mapping[str, Any], *, bump: bool = True
    ) -> None:
        """Change columns of one row; ``bump`` raises its version (where it has one)
        and sets ``updated_at``; without it the values are written as given."""
        key_name = self._store.key_of(table)
        old = self._store.rows_by_key(table, [key])[key]
        new = dict(changes)
        if bump and "version" in old:
            new["version"] = old["version"] + 1
            new["updated_at"] = utc_now()
        self._check_columns(table, tuple(new))
        assignments = ", ".join(f"{c} = ?" for c in new)
        self._db.execute(
            f"UPDATE {table} SET {assignments} WHERE {key_name} = ?", [*new.values(), key]
        )
        audited = {c: [old[c], v] for c, v in new.items() if old[c] != v}
        self.entries.append(AuditEntry(table, key, "update", audited))

    def delete_many(self, table: str, keys: Sequence[int]) -> None:
        """Delete rows by key, each audited with everything it held."""
        key_name = self._store.key_of(table)
        old = self._store.rows_by_key(table, keys)
        self._db.executemany(f"DELETE FROM {table} WHERE {key_name} = ?", ([k] for k in keys))
        for key in keys:
            changes = {c: [v, None] for c, v in old[key].items() if c != key_name}
            self.entries.append(AuditEntry(table, key, "delete", changes))

    def delete(self, table: str, key: int) -> Record:
        """Delete one row; returns it as it was."""
        key_name = self._store.key_of(table)
        old = self._store.rows_by_key(table, [key])[key]
        self._db.execute(f"DELETE FROM {table} WHERE {key_name} = ?", (key,))
        changes = {c: [v, None] for c, v in old.items() if c != key_name}
        self.entries.append(AuditEntry(table, key, "delete", changes))
        return old

    def _check_columns(self, table: str, columns: Iterable[str]) -> None:
        known = set(self._store.columns(table)) | {"rowid"}
        unknown = set(columns) - known
        if unknown:
            raise ValueError(f"{table} has no column(s) {sorted(unknown)}")


# Where the new records begin: the largest ids before the import.
_BULK_WRITE_START = (
    "INSERT INTO bulk_write (id, contacts_after, organisations_after) "
    "SELECT 1, (SELECT coalesce(max(id), 0) FROM contacts), "
    "(SELECT coalesce(max(id), 0) FROM organisations)"
)
# The index entries and sort keys of the records after those, from the views that
# hold the triggers' expressions (the sort keys' fold runs in its own trigger); an
# entry a trigger may have written for one of them meanwhile is replaced.
_BULK_WRITE_FINISH = (
    "DELETE FROM organisations_search WHERE rowid > (SELECT organisations_after FROM bulk_write)",
    "INSERT INTO organisations_search (rowid, body, alt) "
    "SELECT id, body, alt FROM organisations_search_rows "
    "WHERE id > (SELECT organisations_after FROM bulk_write) ORDER BY id",
    "INSERT OR REPLACE INTO organisations_sort (organisation_id, name) "
    "SELECT organisation_id, name FROM organisations_sort_keys "
    "WHERE organisation_id > (SELECT organisations_after FROM bulk_write) ORDER BY organisation_id",
    "DELETE FROM contacts_search WHERE rowid > (SELECT contacts_after FROM bulk_write)",
    "INSERT INTO contacts_search (rowid, body, alt) "
    "SELECT id, body, alt FROM contacts_search_rows "
    "WHERE id > (SELECT contacts_after FROM bulk_write) ORDER BY id",
    "INSERT OR REPLACE INTO contacts_sort (contact_id, name) "
    "SELECT contact_id, name FROM contacts_sort_keys "
    "WHERE contact_id > (SELECT contacts_after FROM bulk_write) ORDER BY contact_id",
    "DELETE FROM bulk_write",
)
# A default that is the same for every row: a number, a quoted text, NULL.
_CONSTANT_DEFAULT = re.compile(r"-?\d+(\.\d+)?|'([^']|'')*'|NULL", re.IGNORECASE)
# Audit changes as ``repository.audit_changes_json`` writes them (same options), with
# one encoder for a whole batch instead of one per row.
_AUDIT_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str)


def _known(db: Connection, table: str) -> str:
    """``table`` if it is a table of the schema (so its name may reach SQL)."""
    found = db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    if found is None:
        raise ValueError(f"unknown table {table!r}")
    return str(found[0])


def _without_key(row: Any) -> Record:
    record = dict(row)
    record.pop("_key")
    return record


def _batch_record(row: Any) -> Record:
    record = dict(row)
    record["summary"] = json.loads(record["summary"] or "{}")
    return record


def _chunks(values: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(values), CHUNK):
        yield list(values[start : start + CHUNK])


def _grouped(rows: Sequence[Mapping[str, Any]]) -> dict[tuple[str, ...], list[Mapping[str, Any]]]:
    """Rows by the columns they give, in order of first appearance."""
    groups: dict[tuple[str, ...], list[Mapping[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(row), []).append(row)
    return groups
