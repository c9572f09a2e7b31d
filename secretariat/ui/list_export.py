"""A list page's records as spreadsheet rows: every field of the page's form, shown as
on screen (labels, not stored codes; names, not ids), dates as dates.

Runs in the export worker with the worker's own database connection; it only reads.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from secretariat.domain.fields import Field, FieldKind, Record
from secretariat.domain.records import BY_TABLE
from secretariat.exports.directory_tables import Column
from secretariat.store import ClusterDatabase, NotFoundError
from secretariat.store.privacy import PrivacyStore
from secretariat.ui.formatting import label_of, show_value
from secretariat.ui.pages import PageSpec

_WIDTHS = {FieldKind.MULTILINE: 50, FieldKind.DATE: 12, FieldKind.FLAG: 8, FieldKind.EMAIL: 30}
_KINDS = {FieldKind.DATE: "date", FieldKind.PHONE: "phone", FieldKind.MULTILINE: "multiline"}


def list_fields(spec: PageSpec) -> list[Field]:
    return [spec.kind.by_name[name] for name in spec.form_fields if name in spec.kind.by_name]


def list_columns(spec: PageSpec) -> list[Column]:
    return [
        Column(label_of(field), _WIDTHS.get(field.kind, 22), _KINDS.get(field.kind, "text"))
        for field in list_fields(spec)
    ]


def list_rows(db: ClusterDatabase, spec: PageSpec, ids: list[int]) -> Iterator[list[Any]]:
    """One row of values per record, in the order of ``ids``; records deleted in the
    meantime, and people erased, are left out."""
    repository = getattr(db, spec.key)
    fields = list_fields(spec)
    names: dict[tuple[str, int], str] = {}
    hidden = PrivacyStore(db).erased_among(ids) if spec.key == "contacts" else set()
    for record_id in ids:
        if record_id in hidden:
            continue
        try:
            record = {**repository.get(record_id), **(repository.listed(record_id) or {})}
        except NotFoundError:
            continue
        yield [_cell(db, field, record.get(field.name), record, names) for field in fields]


def _cell(
    db: ClusterDatabase,
    field: Field,
    value: Any,
    record: Record,
    names: dict[tuple[str, int], str],
) -> Any:
    if value is None or value == "" or value == []:
        return None
    match field.kind:
        case FieldKind.DATE:
            try:
                return date.fromisoformat(str(value)[:10])
            except ValueError:
                return str(value)
        case FieldKind.PHONE:
            return value  # the sheet shows it readable, never as a formula
        case FieldKind.REFERENCE:
            return _name(db, field.references, int(value), names)
        case FieldKind.REFERENCES:
            return ", ".join(_name(db, field.references, int(item), names) for item in value)
    return show_value(field, value, record)


def _name(db: ClusterDatabase, table: str | None, record_id: int, names: dict) -> str:
    """A referenced record as its own page names it ("Müller GmbH", "Anna Schmidt")."""
    key = (table or "", record_id)
    if key not in names:
        name = ""
        kind = BY_TABLE.get(table or "")
        if kind is not None:
            repository = db.staff_members if table == "staff" else getattr(db, kind.table)
            try:
                name = kind.describe(repository.get(record_id)).strip()
            except NotFoundError:
                name = ""
        names[key] = name or f"#{record_id}"
    return names[key]
