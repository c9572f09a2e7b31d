"""Records in and out of one table: create, get, update, delete, list, count.

One :class:`Repository` per kind of record, configured by a :class:`TableSpec`
(see :mod:`secretariat.store.tables`). Every write

- is validated first (:func:`secretariat.domain.validation.clean`),
- runs in one transaction with its link rows and its audit entry,
- checks the row's ``version``: a change based on a stale copy raises
  :class:`ConflictError` naming the record, and is never saved over someone else's.

Sorting and filtering take names from fixed lists only; values always travel as
parameters.
"""

from __future__ import annotations

import builtins
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from secretariat.domain.fields import Field, FieldKind, Record, RecordKind
from secretariat.domain.records import BY_TABLE
from secretariat.domain.validation import FieldError, ValidationError, clean
from secretariat.store.connection import RecordConnection
from secretariat.store.errors import ConflictError, NotFoundError, RefusedError
from secretariat.store.search import like_pattern, match_expression, search_words


@dataclass(frozen=True)
class Link:
    """A field stored in a link table: ``owner`` points to the record, ``value`` holds
    the linked value; ``extra`` is a second value column (a role)."""

    table: str
    owner: str
    value: str
    extra: str | None = None


@dataclass(frozen=True)
class Dependent:
    """Rows elsewhere that keep a record from being deleted."""

    table: str
    column: str
    one: str  # "contact"
    many: str  # "contacts"
    hint: str = ""

    def counted(self, count: int) -> str:
        return f"{count} {self.one if count == 1 else self.many}"


@dataclass(frozen=True)
class DeletionPreview:
    """What a delete would do: ``refusal`` says why it cannot be done; otherwise
    ``goes_with`` counts what is deleted with the record ("3 products")."""

    name: str  # 'organisation “Müller GmbH”'
    refusal: RefusedError | None
    goes_with: list[str]

    def sentence(self) -> str:
        if self.refusal:
            return str(self.refusal)
        text = f"Delete the {self.name}?"
        if self.goes_with:
            text += f" Also deleted: {_and(self.goes_with)}."
        return text + " This cannot be undone."


@dataclass(frozen=True)
class Filter:
    """A named filter: an SQL condition with ``uses`` times ``?`` for the one value."""

    condition: str
    uses: int = 1
    convert: Callable[[Any], Any] = lambda value: value
    # the condition reads nothing of the record but its id (``<table>.id``): a search
    # can then be counted in its index alone, without reading the records
    by_id: bool = False


@dataclass(frozen=True)
class SortIndex:
    """A sort whose keys sit in an index of their own table: ``table.id_column`` is the
    record's id, ``index`` orders by the sort key (and the id, as every SQLite index
    ends with the rowid). A page of many matches is read by walking it in order."""

    table: str
    index: str
    id_column: str
    key: str = "name"  # the column of sort keys


@dataclass(frozen=True)
class TableSpec:
    kind: RecordKind
    # extra output columns and joins for lists, e.g. the organisation's name
    extra_columns: str = ""
    joins: str = ""
    # joins that only sorting needs (a table of sort keys), left out of counts
    sort_joins: str = ""
    sort_columns: Mapping[str, str] = field(default_factory=dict)
    # sort names served by an index (see SortIndex and Repository.list)
    sort_indexes: Mapping[str, SortIndex] = field(default_factory=dict)
    default_sort: str = "id"
    filters: Mapping[str, Filter] = field(default_factory=dict)
    links: Mapping[str, Link] = field(default_factory=dict)
    search_table: str | None = None
    like_columns: tuple[str, ...] = ()  # searched with LIKE where there is no search index
    dependents: tuple[Dependent, ...] = ()  # these refuse the delete
    cascades: tuple[Dependent, ...] = ()  # these go with it (named in the confirmation)

    @property
    def table(self) -> str:
        return self.kind.table


class Repository:
    """The records of one table. Not thread-safe: one per connection."""

    def __init__(self, store: RecordConnection, spec: TableSpec) -> None:
        self._store = store
        self.spec = spec
        self.kind = spec.kind

    # -- reading -------------------------------------------------------------

    def get(self, record_id: int) -> Record:
        row = self._store.execute(
            f"SELECT * FROM {self.spec.table} WHERE id = ?", (record_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(
                f"The {self.kind.noun} #{record_id} does not exist (any more).",
                "It may have been deleted by someone else; reload the list.",
            )
        record = dict(row)
        for name, link in self.spec.links.items():
            record[name] = self._read_link(link, self.kind.by_name[name], record_id)
        return record

    def list(
        self,
        *,
        search: str = "",
        filters: Mapping[str, Any] | None = None,
        sort: str | None = None,
        descending: bool = False,
        limit: int | None = 200,
        offset: int = 0,
        matching: int | None = None,
    ) -> list[Record]:
        """Rows of the table with the list's extra columns (links are not loaded).

        A page is found as ids first, and then only its own rows are read. ``matching``
        is how many records match search and filters, when the caller has counted them:
        when they are many (typing "m" finds a third of all people), the ids are read by
        walking the sort's index and stop at the page's end, instead of sorting every
        match to keep 200 of them.
        """
        table = self.spec.table
        source = f"FROM {table} {self.spec.joins} {self.spec.sort_joins}"
        if limit is None:
            where, params = self._where(search, filters)
            order = self._order(sort, descending)
            sql = f"SELECT {table}.*{self.spec.extra_columns} {source} {where} ORDER BY {order}"
            return _records(self._store.execute(sql, params))
        ids, params = self._page_ids(search, filters, sort, descending, matching, limit + offset)
        sql = (
            f"SELECT {table}.*{self.spec.extra_columns} {source} WHERE {table}.id IN ({ids}) "
            f"ORDER BY {self._order(sort, descending)}"
        )
        params += [limit, offset]
        return _records(self._store.execute(sql, params))

    def _page_ids(
        self,
        search: str,
        filters: Mapping[str, Any] | None,
        sort: str | None,
        descending: bool,
        matching: int | None,
        rows: int,
    ) -> tuple[str, builtins.list[Any]]:
        """The query of a page's ids (ending in ``LIMIT ? OFFSET ?``) and its values.

        Where the sort has a table of keys (SortIndex) and search and filters need
        nothing of the record but its id, the ids come from that table alone: a few
        bytes per match instead of a whole row. Where many match (``matching`` of the
        table's ``size``), the keys are walked in the index's order and SQLite stops at
        the page's end; walking reads about rows × size / matching entries where sorting
        reads every match, an entry walked costing about half a match sorted alone and
        about twice one with its record (measured on 100,000 contacts)."""
        table = self.spec.table
        index = self.spec.sort_indexes.get(sort or self.spec.default_sort)
        keys_only = index is not None and self._by_id(search, filters)
        walk = False
        if index is not None and matching:
            size = self._store.execute(f"SELECT max(id) FROM {table}").fetchone()[0] or 0
            walk = matching * matching >= (1 if keys_only else 4) * rows * size
        where, params = self._where(search, filters, walking=walk)
        direction = "DESC" if descending else "ASC"
        if index is not None and keys_only:
            walked = f" INDEXED BY {index.index}" if walk else ""
            keys = f"SELECT {index.id_column} AS id, {index.key} AS sort_key FROM {index.table}"
            return (
                f"SELECT {table}.id FROM ({keys}{walked}) AS {table} {where} "
                f"ORDER BY {table}.sort_key {direction}, {table}.id {direction} LIMIT ? OFFSET ?"
            ), params
        if index is not None and walk:
            order = self._order(sort, descending, tie=f"{index.table}.{index.id_column}")
            return (
                f"SELECT {table}.id FROM {index.table} INDEXED BY {index.index} "
                f"CROSS JOIN {table} ON {table}.id = {index.table}.{index.id_column} "
                f"{self.spec.joins} {where} ORDER BY {order} LIMIT ? OFFSET ?"
            ), params
        source = f"FROM {table} {self.spec.joins} {self.spec.sort_joins}"
        order = self._order(sort, descending)
        return f"SELECT {table}.id {source} {where} ORDER BY {order} LIMIT ? OFFSET ?", params

    def _by_id(self, search: str, filters: Mapping[str, Any] | None) -> bool:
        """Whether search and filters read nothing of a record but its id."""
        if search and match_expression(search) and not self.spec.search_table:
            return False  # searched with LIKE in the record's columns
        return all(
            self.spec.filters[name].by_id
            for name, value in (filters or {}).items()
            if value not in (None, "") and name in self.spec.filters
        )

    def listed(self, record_id: int) -> Record | None:
        """One record as lists show it (with the list's extra columns), or None."""
        row = self._store.execute(
            f"SELECT {self.spec.table}.*{self.spec.extra_columns} FROM {self.spec.table} "
            f"{self.spec.joins} WHERE {self.spec.table}.id = ?",
            (record_id,),
        ).fetchone()
        return dict(row) if row is not None else None

    def ids(
        self,
        *,
        search: str = "",
        filters: Mapping[str, Any] | None = None,
        sort: str | None = None,
        descending: bool = False,
    ) -> builtins.list[int]:
        where, params = self._where(search, filters)
        sql = (
            f"SELECT {self.spec.table}.id FROM {self.spec.table} {self.spec.joins} "
            f"{self.spec.sort_joins} {where} ORDER BY {self._order(sort, descending)}"
        )
        return [row[0] for row in self._store.execute(sql, params)]

    def count(self, *, search: str = "", filters: Mapping[str, Any] | None = None) -> int:
        expression = match_expression(search) if search else ""
        if expression and self.spec.search_table and self._by_id(search, filters):
            # the search index holds one row per record: count its matches alone
            where, params = self._where("", filters)
            index = self.spec.search_table
            sql = (
                f"SELECT count(*) FROM (SELECT rowid AS id FROM {index} WHERE {index} MATCH ?) "
                f"AS {self.spec.table} {where}"
            )
            return int(self._store.execute(sql, [expression, *params]).fetchone()[0])
        where, params = self._where(search, filters)
        joins = self.spec.joins if filters else ""
        sql = f"SELECT count(*) FROM {self.spec.table} {joins} {where}"
        return int(self._store.execute(sql, params).fetchone()[0])

    def _where(
        self, search: str, filters: Mapping[str, Any] | None, *, walking: bool = False
    ) -> tuple[str, builtins.list[Any]]:
        """The WHERE clause; ``walking``: the rows come in the order of an index, and the
        search only checks them (its matches are not where SQLite starts)."""
        conditions: list[str] = []
        params: list[Any] = []
        expression = match_expression(search) if search else ""
        if expression and self.spec.search_table:
            checked = "+" if walking else ""  # unary plus: not a way in, only a check
            conditions.append(
                f"{checked}{self.spec.table}.id IN (SELECT rowid FROM {self.spec.search_table} "
                f"WHERE {self.spec.search_table} MATCH ?)"
            )
            params.append(expression)
        elif expression:  # small tables: every word somewhere in the named columns
            if not self.spec.like_columns:
                raise ValueError(f"{self.spec.table} cannot be searched")
            for word in search_words(search):
                alternatives = " OR ".join(
                    f"{self.spec.table}.{column} LIKE ? ESCAPE '\\'"
                    for column in self.spec.like_columns
                )
                conditions.append(f"({alternatives})")
                params.extend([like_pattern(word)] * len(self.spec.like_columns))
        for name, value in (filters or {}).items():
            if value is None or value == "":
                continue
            rule = self.spec.filters.get(name)
            if rule is None:
                raise ValueError(f"{self.spec.table} has no filter {name!r}")
            conditions.append(rule.condition)
            params.extend([rule.convert(value)] * rule.uses)
        where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        return where, params

    def _order(self, sort: str | None, descending: bool, tie: str | None = None) -> str:
        """ORDER BY the sort, then the id (``tie``: the id as a walked index holds it)."""
        name = sort or self.spec.default_sort
        column = f"{self.spec.table}.id" if name == "id" else self.spec.sort_columns.get(name)
        if column is None:
            raise ValueError(f"{self.spec.table} cannot be sorted by {name!r}")
        direction = "DESC" if descending else "ASC"
        return f"{column} {direction}, {tie or self.spec.table + '.id'} {direction}"

    def _read_link(self, link: Link, field: Field, record_id: int) -> Any:
        if field.kind is FieldKind.THEMES:
            rows = self._store.execute(
                f"SELECT themes.name FROM {link.table} JOIN themes ON themes.id = "
                f"{link.table}.{link.value} WHERE {link.owner} = ? ORDER BY themes.name",
                (record_id,),
            )
            return [row[0] for row in rows]
        if link.extra:
            rows = self._store.execute(
                f"SELECT {link.value}, {link.extra} FROM {link.table} WHERE {link.owner} = ? "
                f"ORDER BY {link.extra}, {link.value}",
                (record_id,),
            )
            return {row[0]: row[1] for row in rows}
        rows = self._store.execute(
            f"SELECT {link.value} FROM {link.table} WHERE {link.owner} = ? ORDER BY {link.value}",
            (record_id,),
        )
        values = [row[0] for row in rows]
        if field.vocabulary is not None:  # keep the vocabulary's order
            order = field.vocabulary.values()
            values.sort(key=order.index)
        return values

    # -- writing -------------------------------------------------------------

    def create(self, values: Mapping[str, Any]) -> Record:
        """Validate and store a new record; returns it as stored."""
        cleaned = clean(self.kind, values)
        columns = {k: v for k, v in cleaned.items() if k not in self.spec.links}
        with self._store.transaction():
            self._check_references(cleaned)
            if columns:
                names = ", ".join(columns)
                marks = ", ".join("?" for _ in columns)
                cursor = self._store.execute(
                    f"INSERT INTO {self.spec.table} ({names}) VALUES ({marks})",
                    list(columns.values()),
                )
            else:
                cursor = self._store.execute(f"INSERT INTO {self.spec.table} DEFAULT VALUES")
            assert cursor.lastrowid is not None  # an INSERT always has one
            record_id = int(cursor.lastrowid)
            for name, link in self.spec.links.items():
                if name in cleaned:
                    self._write_link(link, self.kind.by_name[name], record_id, cleaned[name])
            record = self.get(record_id)
            self._store.audit(
                self.spec.table,
                record_id,
                "create",
                {k: [None, _plain(record.get(k))] for k in cleaned},
            )
        return record

    def update(self, record_id: int, version: int, changes: Mapping[str, Any]) -> Record:
        """Apply ``changes`` to the record read at ``version``; returns it as stored.

        Raises ConflictError when someone else changed or deleted it meanwhile.
        """
        with self._store.transaction():
            before = self._current(record_id, version)
            cleaned = clean(self.kind, changes, existing=before)
            changed = {k: v for k, v in cleaned.items() if _plain(before.get(k)) != _plain(v)}
            if not changed:
                return before
            self._check_references(changed)
            columns = {k: v for k, v in changed.items() if k not in self.spec.links}
            assignments = "".join(f"{name} = ?, " for name in columns)
            self._store.execute(
                f"UPDATE {self.spec.table} SET {assignments}version = version + 1, "
                "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ? AND version = ?",
                [*columns.values(), record_id, version],
            )
            for name, link in self.spec.links.items():
                if name in changed:
                    self._store.execute(
                        f"DELETE FROM {link.table} WHERE {link.owner} = ?", (record_id,)
                    )
                    self._write_link(link, self.kind.by_name[name], record_id, changed[name])
            after = self.get(record_id)
            self._store.audit(
                self.spec.table,
                record_id,
                "update",
                {k: [_plain(before.get(k)), _plain(after.get(k))] for k in changed},
            )
        return after

    def delete(self, record_id: int, version: int) -> None:
        """Delete the record read at ``version``.

        Raises RefusedError naming what still depends on it, ConflictError when it
        was changed or deleted meanwhile.
        """
        with self._store.transaction():
            before = self._current(record_id, version)
            preview = self.deletion_preview(record_id)
            if preview.refusal:
                raise preview.refusal
            self._store.execute(f"DELETE FROM {self.spec.table} WHERE id = ?", (record_id,))
            self._store.audit(
                self.spec.table,
                record_id,
                "delete",
                {k: [_plain(v), None] for k, v in before.items() if k != "logo"},
            )

    def deletion_preview(self, record_id: int) -> DeletionPreview:
        """What deleting the record would do: why it cannot be deleted, or what goes
        with it. For the confirmation a person sees before deleting."""
        record = self.get(record_id)
        holding = []
        hints = []
        for dependent in self.spec.dependents:
            count = self._count_linked(dependent, record_id)
            if count:
                holding.append(dependent.counted(count))
                hints.append(dependent.hint)
        refusal = None
        if holding:
            refusal = RefusedError(
                f"The {self.kind.name_of(record)} cannot be deleted: it still has {_and(holding)}.",
                " ".join(dict.fromkeys(hints)),
            )
        goes_with = []
        for cascade in self.spec.cascades:
            count = self._count_linked(cascade, record_id)
            if count:
                goes_with.append(cascade.counted(count))
        return DeletionPreview(self.kind.name_of(record), refusal, goes_with)

    def _count_linked(self, dependent: Dependent, record_id: int) -> int:
        return int(
            self._store.execute(
                f"SELECT count(*) FROM {dependent.table} WHERE {dependent.column} = ?",
                (record_id,),
            ).fetchone()[0]
        )

    def _current(self, record_id: int, version: int) -> Record:
        try:
            current = self.get(record_id)
        except NotFoundError:
            raise ConflictError(
                f"The {self.kind.noun} #{record_id} was deleted by someone else "
                "after you opened it. Your change was not saved.",
                "Reload the list.",
            ) from None
        if current["version"] != version:
            who = self._store.last_change_by(self.spec.table, record_id)
            raise ConflictError(
                f"The {self.kind.name_of(current)} was changed by {who} after you opened it. "
                "Your change was not saved, so that theirs is not lost.",
                "Reload it to see the current state, then make your change again.",
            )
        return current

    def _write_link(self, link: Link, field: Field, record_id: int, value: Any) -> None:
        if field.kind is FieldKind.THEMES:
            value = [self._store.theme_id(name) for name in value]
        if link.extra:
            rows: Iterable[tuple[Any, ...]] = [
                (record_id, key, extra) for key, extra in value.items()
            ]
            sql = (
                f"INSERT INTO {link.table} ({link.owner}, {link.value}, {link.extra}) "
                "VALUES (?, ?, ?)"
            )
        else:
            rows = [(record_id, item) for item in value]
            sql = f"INSERT INTO {link.table} ({link.owner}, {link.value}) VALUES (?, ?)"
        self._store.executemany(sql, rows)

    def _check_references(self, cleaned: Mapping[str, Any]) -> None:
        """Every record a field points to must exist: else a ValidationError naming it."""
        errors = []
        for name, value in cleaned.items():
            field = self.kind.by_name[name]
            if not field.references or value in (None, [], {}):
                continue
            wanted = {value} if field.kind is FieldKind.REFERENCE else set(value)
            marks = ", ".join("?" for _ in wanted)
            found = {
                row[0]
                for row in self._store.execute(
                    f"SELECT id FROM {field.references} WHERE id IN ({marks})", list(wanted)
                )
            }
            missing = sorted(wanted - found)
            if missing:
                noun = BY_TABLE[field.references].noun
                errors.append(
                    FieldError(
                        name,
                        field.label,
                        f"The {noun} #{missing[0]} chosen here does not exist (any more). "
                        "Please choose again.",
                    )
                )
        if errors:
            raise ValidationError(errors, self.kind.noun)


def _plain(value: Any) -> Any:
    """A value as it goes into the audit log (JSON)."""
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, dict):
        return {str(k): v for k, v in value.items()}
    return value


def _and(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def audit_changes_json(changes: Mapping[str, Any]) -> str:
    return json.dumps(changes, ensure_ascii=False, sort_keys=True, default=str)


def _records(cursor: Any) -> list[Record]:
    """The rows of a query as records (zipped with the column names once: a fair part
    quicker than a dict of each sqlite3.Row, for the lists' pages)."""
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]
