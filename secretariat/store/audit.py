"""All SQL of the change history: the audit log read a page at a time, filtered by
record kind, staff member, day and record name or number.

Every write leaves one ``audit_log`` entry per row: ``create``, ``update`` or
``delete``, with ``changes`` as ``{column: [before, after]}`` (a create has
``None`` before, a delete ``None`` after). Entries written by an import or a
merge carry its batch id; undoing a batch writes one more entry per entry of the
batch, under the same batch id (see :mod:`secretariat.imports.undo`), so the later
half of an undone batch's entries is its undo.

Imports and merges also write rows of link tables (an organisation's cluster
roles, themes...); such an entry belongs to the record that owns the link row,
whose id is among the entry's values.

The log can be large: it is never read whole. :meth:`AuditStore.entries` returns
one page, newest first, continuing after the last id already shown (keyset paging).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from secretariat.domain.fields import Record
from secretariat.domain.records import BY_TABLE
from secretariat.store import tables
from secretariat.store.connection import Connection
from secretariat.store.repository import TableSpec
from secretariat.store.search import like_pattern, match_expression, search_words

PAGE = 200
# Columns the program keeps by itself: not shown as changes a person made.
BOOKKEEPING = frozenset({"version", "updated_at", "created_at"})
# The columns a record's name is made of (as RecordKind.describe reads them).
NAME_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "organisations": ("name",),
    "contacts": ("first_name", "last_name"),
    "consents": ("purpose",),
    "products": ("name",),
    "venues": ("name",),
    "events": ("title",),
    "programme_items": ("title",),
    "tasks": ("title",),
    "budget_lines": ("description",),
    "interactions": ("subject",),
    "projects": ("name",),
    "stories": ("title",),
    "staff": ("display_name", "username"),
    "cluster_profile": ("name",),
    "themes": ("name",),
}
# A record that has no page of its own is shown with the record it belongs to.
PARENTS: Mapping[str, tuple[str, str]] = {
    "consents": ("contacts", "contact_id"),
    "programme_items": ("events", "event_id"),
    "registrations": ("events", "event_id"),
    "tasks": ("events", "event_id"),
    "budget_lines": ("events", "event_id"),
}
# A record named by the records it joins: a registration by its person and its event.
NAMED_BY: Mapping[str, tuple[tuple[str, str], ...]] = {
    "registrations": (("contacts", "contact_id"), ("events", "event_id")),
}
_NUMBER = re.compile(r"#?\s*(\d{1,18})")


@dataclass(frozen=True)
class LinkTable:
    """A link table whose rows belong to records of ``owner`` (their ``field``)."""

    table: str
    owner: str  # the owner's table
    owner_column: str  # the link table's column holding the owner's id
    field: str  # the owner's field stored in the link table
    value_column: str
    extra_column: str | None


def _link_tables() -> dict[str, LinkTable]:
    found: dict[str, LinkTable] = {}
    for spec in vars(tables).values():
        if isinstance(spec, TableSpec):
            for name, link in spec.links.items():
                found[link.table] = LinkTable(
                    link.table, spec.table, link.owner, name, link.value, link.extra
                )
    return found


LINK_TABLES: Mapping[str, LinkTable] = _link_tables()
SEARCH_TABLES: Mapping[str, str] = {
    spec.table: spec.search_table
    for spec in vars(tables).values()
    if isinstance(spec, TableSpec) and spec.search_table
}


@dataclass(frozen=True)
class AuditFilters:
    """What the change history shows; empty fields filter nothing.

    ``kind`` is a record table ("organisations"): its link rows come with it.
    ``first_day`` and ``last_day`` are days in ``time_zone`` (None: this computer's).
    ``text`` is a record's number ("#12" or "12") or words of its name.
    ``other_than``: leave out the entries of this staff member (what others did).
    """

    kind: str = ""
    staff: str = ""
    other_than: str = ""
    first_day: date | None = None
    last_day: date | None = None
    text: str = ""
    time_zone: Any = None  # a tzinfo; None: the computer's local time


def day_start_utc(day: date, time_zone: Any = None) -> str:
    """The moment ``day`` begins in ``time_zone`` (local if None), as stored (UTC)."""
    start = datetime.combine(day, time())
    start = start.replace(tzinfo=time_zone) if time_zone is not None else start.astimezone()
    return start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


class AuditStore:
    """The change history of one ClusterDatabase; see the module."""

    def __init__(self, db: Connection) -> None:
        self._db = db

    # -- lists --------------------------------------------------------------------

    def entries(
        self, filters: AuditFilters | None = None, limit: int = PAGE, after_id: int | None = None
    ) -> list[Record]:
        """One page of entries, newest first, starting after the entry ``after_id``
        (the last one already shown). Each is the log's row with ``changes`` as a
        dict and what the list needs besides (see :meth:`_described`)."""
        with_clause, where, params = self._where(filters or AuditFilters())
        if after_id is not None:
            where.append("audit_log.id < ?")
            params.append(after_id)
        sql = (
            f"{with_clause}SELECT audit_log.* FROM audit_log {_joined(where)} "
            "ORDER BY audit_log.id DESC LIMIT ?"
        )
        rows = [dict(row) for row in self._db.execute(sql, [*params, limit])]
        return self._described(rows)

    def entry(self, entry_id: int) -> Record | None:
        row = self._db.execute("SELECT * FROM audit_log WHERE id = ?", (entry_id,)).fetchone()
        return self._described([dict(row)])[0] if row is not None else None

    def count(self, filters: AuditFilters | None = None) -> int:
        with_clause, where, params = self._where(filters or AuditFilters())
        sql = f"{with_clause}SELECT count(*) FROM audit_log {_joined(where)}"
        return int(self._db.execute(sql, params).fetchone()[0])

    def staff_names(self) -> list[tuple[str, str]]:
        """(who, display name) of everyone who changed something; the display
        name is the staff member's name where the log's name is their user name."""
        rows = self._db.execute(
            "SELECT who.staff, staff.display_name FROM (SELECT DISTINCT staff FROM audit_log) "
            "AS who LEFT JOIN staff ON staff.username = who.staff"
        )
        names = {row[0]: row[1] or row[0] for row in rows}
        return sorted(names.items(), key=lambda item: (item[1].casefold(), item[0]))

    def kinds(self) -> list[str]:
        """The record tables that have entries (link rows count for their owner)."""
        present = [row[0] for row in self._db.execute("SELECT DISTINCT table_name FROM audit_log")]
        found = {LINK_TABLES[t].owner if t in LINK_TABLES else t for t in present}
        return sorted(found & BY_TABLE.keys())

    def names(self, table: str, ids: Iterable[Any]) -> dict[int, str]:
        """The names of records of ``table`` (record tables and themes): as they are
        now, or for a deleted record as the log last wrote it down (if it did)."""
        wanted = sorted({int(i) for i in ids if isinstance(i, int | str) and str(i).isdigit()})
        if not wanted or (table not in BY_TABLE and table != "themes"):
            return {}
        found: dict[int, str] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            for row in self._db.execute(f"SELECT * FROM {table} WHERE id IN ({marks})", chunk):
                found[row["id"]] = _describe(table, dict(row))
        for record_id in wanted:
            if record_id not in found:
                name = _describe(table, {"id": record_id, **self._last_known(table, record_id)})
                if name:
                    found[record_id] = name
        return found

    # -- what each entry needs besides its row -----------------------------------

    def _described(self, rows: list[Record]) -> list[Record]:
        """Adds to each entry:

        - ``origin``: "" (an edit), "import", "merge" or "undo";
        - ``owner_table`` and ``owner_id``: the record the entry belongs to (itself,
          or the owner of a link row);
        - ``exists``: whether that record is still there; ``deleted_at`` and
          ``deleted_by`` when it is not;
        - ``name``: the record's name now, or as it was last written down;
        - ``values``: the record's values (current row, else the entry's), to show
          values that depend on others (an event's moments in its time zone);
        - ``parent_table`` and ``parent_id``: the record with a page that shows it
          (itself, its owner, an event for its checklist task...); None if none.
        """
        for row in rows:
            row["changes"] = json.loads(row["changes"] or "{}")
            row["owner_table"], row["owner_id"] = row["table_name"], row["row_id"]
        links = [row for row in rows if row["table_name"] in LINK_TABLES]
        if links:
            stored = self._link_rows(links)
            for row in links:
                link = LINK_TABLES[row["table_name"]]
                values = {**stored.get((link.table, row["row_id"]), {})}
                values.update(_after_values(row["changes"]))
                row["link_values"] = values
                row["owner_table"] = link.owner
                row["owner_id"] = _number(values.get(link.owner_column))
        self._mark_origins(rows)
        current = self._current_rows(rows)
        gone: dict[tuple[str, int], Record] = {}
        for row in rows:
            key = (row["owner_table"], row["owner_id"])
            record = current.get(key)
            row["exists"] = record is not None
            row["deleted_at"] = row["deleted_by"] = None
            if record is None:
                if key not in gone:
                    gone[key] = self._last_known(*key) if row["owner_id"] is not None else {}
                record = dict(gone[key])
                row["deleted_at"] = record.pop("_deleted_at", None)
                row["deleted_by"] = record.pop("_deleted_by", None)
                if row["owner_table"] == row["table_name"]:
                    record = {**record, **_values_of(row["changes"])}
                record.setdefault("id", row["owner_id"])
            row["values"] = record
            row["name"] = _describe(row["owner_table"], record)
            row["parent_table"], row["parent_id"] = _parent(row, record)
        self._name_by_references(rows)
        return rows

    def _name_by_references(self, rows: list[Record]) -> None:
        """'Laura Müller — Workshop Wasserstoff' for a registration, not '#449'."""
        for table, parts in NAMED_BY.items():
            mine = [row for row in rows if row["owner_table"] == table]
            if not mine:
                continue
            names = {
                (other, column): self.names(other, [row["values"].get(column) for row in mine])
                for other, column in parts
            }
            for row in mine:
                pieces = [
                    names[(other, column)].get(_number(row["values"].get(column)) or 0, "")
                    for other, column in parts
                ]
                if any(pieces):
                    row["name"] = " — ".join(piece for piece in pieces if piece)

    def _mark_origins(self, rows: list[Record]) -> None:
        batch_ids = sorted({row["batch_id"] for row in rows if row.get("batch_id") is not None})
        batches: dict[int, Record] = {}
        if batch_ids:
            marks = ", ".join("?" * len(batch_ids))
            for batch in self._db.execute(
                f"SELECT id, kind, undone_at FROM import_batches WHERE id IN ({marks})", batch_ids
            ):
                batches[batch["id"]] = dict(batch)
        for batch in batches.values():
            batch["first_undo"] = self._first_undo(batch["id"]) if batch["undone_at"] else None
        for row in rows:
            batch = batches.get(row.get("batch_id"))  # type: ignore[arg-type]
            if batch is None:
                row["origin"] = ""
            elif batch["first_undo"] is not None and row["id"] >= batch["first_undo"]:
                row["origin"] = "undo"
            else:
                row["origin"] = batch["kind"]

    def _first_undo(self, batch_id: int) -> int | None:
        """The id of the first entry written by undoing the batch: undo writes one
        entry for each of the batch's own, after them."""
        total = int(
            self._db.execute(
                "SELECT count(*) FROM audit_log WHERE batch_id = ?", (batch_id,)
            ).fetchone()[0]
        )
        found = self._db.execute(
            "SELECT id FROM audit_log WHERE batch_id = ? ORDER BY id LIMIT 1 OFFSET ?",
            (batch_id, total // 2),
        ).fetchone()
        return int(found[0]) if found is not None and total >= 2 else None

    def _link_rows(self, rows: Sequence[Record]) -> dict[tuple[str, int], Record]:
        """The link rows the entries wrote, as they are now or as the log last had them."""
        wanted: dict[str, set[int]] = {}
        for row in rows:
            wanted.setdefault(row["table_name"], set()).add(int(row["row_id"]))
        found: dict[tuple[str, int], Record] = {}
        for table, keys in wanted.items():
            ordered = sorted(keys)
            for start in range(0, len(ordered), 500):
                chunk = ordered[start : start + 500]
                marks = ", ".join("?" * len(chunk))
                for record in self._db.execute(
                    f"SELECT rowid AS _key, * FROM {LINK_TABLES[table].table} "
                    f"WHERE rowid IN ({marks})",
                    chunk,
                ):
                    values = dict(record)
                    found[(table, int(values.pop("_key")))] = values
            for key in ordered:
                if (table, key) not in found:
                    values = self._last_known(table, key)
                    values.pop("_deleted_at", None)
                    values.pop("_deleted_by", None)
                    found[(table, key)] = values
        return found

    def _current_rows(self, rows: Sequence[Record]) -> dict[tuple[str, int], Record]:
        wanted: dict[str, set[int]] = {}
        for row in rows:
            if row["owner_id"] is not None and _known_table(row["owner_table"]):
                wanted.setdefault(row["owner_table"], set()).add(int(row["owner_id"]))
        found: dict[tuple[str, int], Record] = {}
        for table, ids in wanted.items():
            ordered = sorted(ids)
            for start in range(0, len(ordered), 500):
                chunk = ordered[start : start + 500]
                marks = ", ".join("?" * len(chunk))
                for record in self._db.execute(
                    f"SELECT * FROM {table} WHERE id IN ({marks})", chunk
                ):
                    found[(table, record["id"])] = dict(record)
        return found

    def _last_known(self, table: str, row_id: int) -> Record:
        """A gone record's values as the log last wrote them, with when and by whom
        it was deleted (``_deleted_at``, ``_deleted_by``)."""
        if not _known_table(table):
            return {}
        values: Record = {}
        deleted = self._db.execute(
            "SELECT at, staff, changes FROM audit_log WHERE table_name = ? AND row_id = ? "
            "AND action = 'delete' ORDER BY id DESC LIMIT 1",
            (table, row_id),
        ).fetchone()
        if deleted is not None:
            values = _values_of(json.loads(deleted["changes"] or "{}"))
            values["_deleted_at"] = deleted["at"]
            values["_deleted_by"] = deleted["staff"]
        else:
            created = self._db.execute(
                "SELECT changes FROM audit_log WHERE table_name = ? AND row_id = ? "
                "AND action = 'create' ORDER BY id DESC LIMIT 1",
                (table, row_id),
            ).fetchone()
            if created is not None:
                values = _values_of(json.loads(created["changes"] or "{}"))
        return values

    # -- filters ------------------------------------------------------------------

    def _where(self, filters: AuditFilters) -> tuple[str, list[str], list[Any]]:
        """(WITH clause, conditions, parameters): the WITH clause's come first."""
        with_clause = ""
        where: list[str] = []
        params: list[Any] = []
        with_params: list[Any] = []
        if filters.kind:
            if filters.kind not in BY_TABLE:
                raise ValueError(f"no record kind {filters.kind!r}")
            names = [filters.kind] + [
                link.table for link in LINK_TABLES.values() if link.owner == filters.kind
            ]
            where.append(f"audit_log.table_name IN ({', '.join('?' * len(names))})")
            params.extend(names)
        if filters.staff:
            where.append("audit_log.staff = ?")
            params.append(filters.staff)
        if filters.other_than:
            where.append("audit_log.staff <> ?")
            params.append(filters.other_than)
        if filters.first_day is not None:
            where.append("audit_log.at >= ?")
            params.append(day_start_utc(filters.first_day, filters.time_zone))
        if filters.last_day is not None:
            where.append("audit_log.at < ?")
            params.append(day_start_utc(filters.last_day + timedelta(days=1), filters.time_zone))
        text = filters.text.strip()
        number = _NUMBER.fullmatch(text)
        if number:
            record_tables, links = sorted(BY_TABLE), sorted(LINK_TABLES)
            where.append(
                "audit_log.id IN (SELECT id FROM audit_log "
                f"WHERE table_name IN ({', '.join('?' * len(record_tables))}) AND row_id = ? "
                "UNION ALL SELECT id FROM audit_log "
                f"WHERE table_name IN ({', '.join('?' * len(links))}) AND {_OWNER_ID} = ?)"
            )
            params.extend([*record_tables, int(number[1]), *links, int(number[1])])
        elif search_words(text):
            matches, with_params = _named(search_words(text))
            with_clause = f"WITH named (table_name, row_id) AS ({matches}) "
            links = sorted(LINK_TABLES)
            where.append(
                "audit_log.id IN (SELECT entry.id FROM named JOIN audit_log AS entry "
                "ON entry.table_name = named.table_name AND entry.row_id = named.row_id "
                "UNION ALL SELECT id FROM audit_log "
                f"WHERE table_name IN ({', '.join('?' * len(links))}) "
                f"AND ({_OWNER_TABLE}, {_OWNER_ID}) IN named)"
            )
            params.extend(links)
        return with_clause, where, [*with_params, *params]


def _owner_expressions() -> tuple[str, str]:
    """SQL for the owner's table and id of a link row (NULL for other rows).

    Table and column names come from the schema's declarations, never from input."""
    table_cases = " ".join(
        f"WHEN '{link.table}' THEN '{link.owner}'" for link in LINK_TABLES.values()
    )
    id_cases = " ".join(
        f"WHEN '{link.table}' THEN coalesce(json_extract(audit_log.changes, "
        f"'$.{link.owner_column}[1]'), json_extract(audit_log.changes, "
        f"'$.{link.owner_column}[0]'))"
        for link in LINK_TABLES.values()
    )
    return (
        f"(CASE audit_log.table_name {table_cases} END)",
        f"(CASE audit_log.table_name {id_cases} END)",
    )


_OWNER_TABLE, _OWNER_ID = _owner_expressions()


def _named(words: list[str]) -> tuple[str, list[Any]]:
    """A query of (table, id) of the records whose name holds every word.

    Current records are found as the lists' search boxes find them (the search
    index, where the table has one: accents and German spellings forgiven), else by
    their name columns; deleted ones by the values their delete wrote down (one
    pass over the log's deletes). LIKE ignores case for a-z only, so each word is
    also tried in lower case, capitalised and upper case ("ирина" finds "Ирина")."""
    parts: list[str] = []
    params: list[Any] = []
    patterns = [[like_pattern(v) for v in _spellings(word)] for word in words]
    for table, columns in NAME_COLUMNS.items():
        search_table = SEARCH_TABLES.get(table)
        if search_table:
            parts.append(
                f"SELECT '{table}', rowid FROM {search_table} WHERE {search_table} MATCH ?"
            )
            params.append(match_expression(" ".join(words)))
            continue
        parts.append(f"SELECT '{table}', id FROM {table} WHERE {_all_words(columns, patterns)}")
        params.extend(_flat(columns, patterns))
    cases = []
    for table, columns in NAME_COLUMNS.items():
        paths = tuple(f"json_extract(changes, '$.{column}[0]')" for column in columns)
        cases.append(f"WHEN '{table}' THEN {_all_words(paths, patterns)}")
        params.extend(_flat(columns, patterns))
    parts.append(
        "SELECT table_name, row_id FROM audit_log WHERE action = 'delete' "
        f"AND (CASE table_name {' '.join(cases)} ELSE 0 END)"
    )
    return " UNION ".join(parts), params


def _spellings(word: str) -> list[str]:
    return list(dict.fromkeys((word, word.lower(), word.capitalize(), word.upper())))


def _all_words(columns: Sequence[str], patterns: list[list[str]]) -> str:
    """Every word (a ``?`` per spelling and column) in one of ``columns``."""
    return " AND ".join(
        "("
        + " OR ".join(f"{column} LIKE ? ESCAPE '\\'" for column in columns for _ in spellings)
        + ")"
        for spellings in patterns
    )


def _flat(columns: Sequence[str], patterns: list[list[str]]) -> list[str]:
    return [pattern for spellings in patterns for _ in columns for pattern in spellings]


def _joined(where: list[str]) -> str:
    return f"WHERE {' AND '.join(where)}" if where else ""


def _known_table(table: str) -> bool:
    return table in BY_TABLE or table == "themes" or table in LINK_TABLES


def _values_of(changes: Mapping[str, Any]) -> Record:
    """The values an entry wrote down: what was there before, else what came after."""
    values: Record = {}
    for column, pair in changes.items():
        if isinstance(pair, list) and len(pair) == 2:
            values[column] = pair[0] if pair[0] is not None else pair[1]
        else:  # not the usual [before, after]: keep it as it is
            values[column] = pair
    return values


def _after_values(changes: Mapping[str, Any]) -> Record:
    """The values as an entry left them: what came after, else what was before."""
    values: Record = {}
    for column, pair in changes.items():
        if isinstance(pair, list) and len(pair) == 2:
            values[column] = pair[1] if pair[1] is not None else pair[0]
        else:
            values[column] = pair
    return values


def _number(value: Any) -> int | None:
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _describe(table: str, record: Mapping[str, Any]) -> str:
    if table == "themes":
        return str(record.get("name") or "")
    kind = BY_TABLE.get(table)
    if kind is None:
        return ""
    try:
        return kind.describe(record).strip()
    except (TypeError, ValueError, KeyError):
        return ""


def _parent(row: Record, record: Mapping[str, Any]) -> tuple[str | None, int | None]:
    """The record with a page of its own that shows this entry's record."""
    table = row["owner_table"]
    if table in PARENTS:
        parent_table, column = PARENTS[table]
        parent_id = record.get(column)
        return (parent_table, int(parent_id)) if parent_id is not None else (None, None)
    if table in BY_TABLE and row["owner_id"] is not None:
        return table, int(row["owner_id"])
    return None, None
