"""What a record is made of: fields with a kind, a label and their rules.

A :class:`RecordKind` lists the fields of one kind of record (an organisation, a
contact...) in the order a person fills them in. Validation, forms and table
columns are all driven from these declarations.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from secretariat.domain.enums import Vocabulary

Record = dict[str, Any]


class FieldKind(StrEnum):
    TEXT = "text"  # one line
    MULTILINE = "multiline"
    EMAIL = "email"
    PHONE = "phone"  # stored in E.164
    URL = "url"
    POSTCODE = "postcode"  # checked against the record's country
    COUNTRY = "country"  # ISO 3166 alpha-2
    LANGUAGE = "language"  # ISO 639-1
    DATE = "date"  # ISO date text
    MOMENT = "moment"  # UTC text, 2026-06-12T12:30:00Z
    INTEGER = "integer"
    MONEY = "money"  # integer cents
    FLAG = "flag"  # 0 or 1
    CHOICE = "choice"  # one value of a vocabulary
    CHOICES = "choices"  # several values of a vocabulary (a link table)
    THEMES = "themes"  # free names, shared across records (a link table)
    REFERENCE = "reference"  # id of another record
    REFERENCES = "references"  # ids of other records (a link table)
    ASSIGNMENTS = "assignments"  # {id of another record: role} (a link table)
    COLOUR = "colour"  # #RRGGBB
    IMAGE = "image"  # bytes


LINKED_KINDS = frozenset(
    {FieldKind.CHOICES, FieldKind.THEMES, FieldKind.REFERENCES, FieldKind.ASSIGNMENTS}
)


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: FieldKind = FieldKind.TEXT
    required: bool = False
    vocabulary: type[Vocabulary] | None = None
    minimum: int | None = None
    maximum: int | None = None
    references: str | None = None  # table of the record(s) referred to
    max_length: int | None = None
    default: Any = None  # what a blank entry stores (the column's default); None: nothing
    # says who a person is or what they said: emptied when the person is erased, in the
    # access report (Art. 15), never in a file for others without a reason
    personal: bool = False

    @property
    def is_linked(self) -> bool:
        """Stored in a link table rather than a column of the record's own row."""
        return self.kind in LINKED_KINDS

    @property
    def longest(self) -> int:
        if self.max_length is not None:
            return self.max_length
        return 20_000 if self.kind is FieldKind.MULTILINE else 300


@dataclass(frozen=True)
class RecordKind:
    """One kind of record: its table, its fields and how a person names one."""

    table: str
    noun: str  # "organisation": used in messages
    fields: tuple[Field, ...]
    describe: Callable[[Mapping[str, Any]], str]
    # (earlier, later): the later field may not come before the earlier one
    ordered: tuple[tuple[str, str], ...] = ()
    by_name: Mapping[str, Field] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", {f.name: f for f in self.fields})

    @property
    def columns(self) -> tuple[str, ...]:
        """Fields stored in the record's own row."""
        return tuple(f.name for f in self.fields if not f.is_linked)

    @property
    def linked(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.is_linked)

    def name_of(self, record: Mapping[str, Any]) -> str:
        """How the record is called in a sentence: 'organisation “Müller GmbH”'."""
        described = self.describe(record).strip()
        return f"{self.noun} “{described}”" if described else f"{self.noun} #{record.get('id')}"
