"""What the import steps hand each other: a table read from a file, and its mapped rows.

Reading (``readers``) turns a CSV, XLSX or vCard file into a :class:`SourceTable` of
text cells; mapping (``mapping``) turns each source row into an :class:`ImportRow`
keyed by target fields; planning (``plan``) checks those rows against the database
and writes them. Nothing here knows about Qt or SQL.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


class UnreadableFileError(Exception):
    """The file cannot be read at all; the message says why and what to do."""


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One row of the file as text cells, with the number the user sees for it.

    ``number`` is the spreadsheet row number for CSV and XLSX (the header row counts,
    so the first data row under a header in row 1 is row 2) and the card's position
    (1, 2, …) for vCards.
    """

    number: int
    cells: tuple[str, ...]


@dataclass(frozen=True)
class SourceTable:
    """A sheet, CSV file or vCard file: its column headers and its data rows."""

    name: str
    headers: tuple[str, ...]
    rows: tuple[SourceRow, ...]
    notes: tuple[str, ...] = field(default=())  # what the reader decided, e.g. "read as cp1252"


@dataclass(frozen=True, slots=True)
class ImportRow:
    """One source row after mapping: target field → raw text (not yet validated).

    Keys are ``"organisation.<field>"`` and ``"contact.<field>"`` with the field names
    of ``secretariat.domain.records.ORGANISATION`` and ``CONTACT`` (for example
    ``"organisation.name"``, ``"organisation.postcode"``, ``"contact.last_name"``,
    ``"contact.email"``), plus ``"contact.full_name"`` when a file has only one name
    column (split into first and last name when planning) and
    ``"contact.consent_directory"`` (yes/no: listed in the published directory).
    Empty cells are left out.
    """

    number: int
    values: Mapping[str, str]
