"""Every column the program stores, classified once: personal data or not.

The fields of each kind of record (``records.py``) say whether they are personal
(``Field.personal``); this module adds what is not a form field — the columns each
record table keeps by itself, the link tables, the log, the search index — so that
every column of the schema the migrations make is known here (a test checks it).

Privacy fails safe: a column not known here (added to the file by another tool) is
personal data — erased with the person, shown in the access report, named by
``secretariat check``.
"""

from __future__ import annotations

from collections.abc import Iterable

from secretariat.domain.records import BY_TABLE

# The columns every record table keeps by itself: not personal.
BOOKKEEPING = ("id", "version", "created_at", "updated_at")

# Tables that hold no records of their own kind: each column, True where personal.
OTHER_TABLES: dict[str, dict[str, bool]] = {
    "_sqlite_migrations": {"id": False, "migration_set": False, "name": False, "applied_at": False},
    "audit_log": {  # who changed what: the values changed are as personal as the fields
        "id": False,
        "at": False,
        "staff": True,
        "table_name": False,
        "row_id": False,
        "action": False,
        "changes": True,
        "batch_id": False,
    },
    "bulk_write": {"id": False, "contacts_after": False, "organisations_after": False},
    "erasures": {"contact_id": False, "erased_at": False},
    "import_batches": {
        "id": False,
        "kind": False,
        "source": True,  # a file name may name a person
        "staff": True,
        "started_at": False,
        "finished_at": False,
        "summary": True,
        "undone_at": False,
        "undone_by": True,
    },
    "themes": {"id": False, "name": False},
    "contact_roles": {"contact_id": False, "role": False},
    "organisation_roles": {"organisation_id": False, "role": False},
    "organisation_themes": {"organisation_id": False, "theme_id": False},
    "event_themes": {"event_id": False, "theme_id": False},
    "event_staff": {"event_id": False, "staff_id": False},
    "interaction_contacts": {"interaction_id": False, "contact_id": False},
    "interaction_organisations": {"interaction_id": False, "organisation_id": False},
    "project_organisations": {"project_id": False, "organisation_id": False, "role": False},
    "contacts_sort": {"contact_id": False, "name": True},
    "organisations_sort": {"organisation_id": False, "name": False},
}

# The full-text search index of a record table (FTS5 and its shadow tables) holds
# copies of the record's text: personal where the record table has personal fields.
SEARCH_INDEX_SUFFIXES = ("_search", "_search_content", "_search_data", "_search_idx")
SEARCH_INDEX_HOUSEKEEPING = ("_search_config", "_search_docsize")


def _search_source(table: str) -> tuple[str, bool] | None:
    """(the record table, whether the columns hold its text) for a search index table."""
    for suffix in SEARCH_INDEX_HOUSEKEEPING:
        if table.endswith(suffix) and table[: -len(suffix)] in BY_TABLE:
            return table[: -len(suffix)], False
    for suffix in SEARCH_INDEX_SUFFIXES:
        if table.endswith(suffix) and table[: -len(suffix)] in BY_TABLE:
            return table[: -len(suffix)], True
    return None


def known(table: str, column: str) -> bool:
    """Whether the program knows ``column`` of ``table`` (made it, reads it)."""
    kind = BY_TABLE.get(table)
    if kind is not None:
        return column in BOOKKEEPING or column in kind.columns
    if table in OTHER_TABLES:
        return column in OTHER_TABLES[table]
    return _search_source(table) is not None


def is_personal(table: str, column: str) -> bool:
    """Whether ``column`` of ``table`` holds personal data; unknown columns do."""
    if not known(table, column):
        return True
    kind = BY_TABLE.get(table)
    if kind is not None:
        return column not in BOOKKEEPING and kind.by_name[column].personal
    if table in OTHER_TABLES:
        return OTHER_TABLES[table][column]
    source = _search_source(table)
    assert source is not None
    record_table, holds_text = source
    return holds_text and any(field.personal for field in BY_TABLE[record_table].fields)


def personal_fields(table: str) -> tuple[str, ...]:
    """The personal columns of a record table, in the order of its form."""
    return tuple(
        field.name for field in BY_TABLE[table].fields if field.personal and not field.is_linked
    )


def record_columns(table: str) -> tuple[str, ...]:
    """Every column the program keeps in a record table's rows: the id, the fields in
    the order of the form, then the bookkeeping."""
    rest = tuple(column for column in BOOKKEEPING if column != "id")
    return ("id", *BY_TABLE[table].columns, *rest)


def unknown(table: str, columns: Iterable[str]) -> list[str]:
    """Those of ``columns`` (a table's columns as the file has them) the program does
    not know: another tool's, treated as personal data."""
    return [column for column in columns if not known(table, column)]
