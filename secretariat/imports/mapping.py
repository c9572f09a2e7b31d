"""Which column of a file goes into which field: suggested, changed by the user,
saved for the next file, and applied to every row.

A target is ``"organisation.<field>"`` or ``"contact.<field>"`` (see
:mod:`secretariat.imports.rows`). :func:`suggest` recognises the headers of Outlook,
Google Contacts, Thunderbird, German member lists and this program's own exports,
and guesses the rest by their words; :class:`ColumnMapping` turns source rows into
:class:`ImportRow` s.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from secretariat.domain.records import CONTACT, ORGANISATION
from secretariat.imports.headers import (
    KNOWN_SPELLINGS,
    concept_of,
    is_ignored,
    normalise,
)
from secretariat.imports.rows import ImportRow, SourceTable

KINDS = ("organisations", "contacts")
PHONE_OR_MOBILE = "contact.phone_or_mobile"
FULL_NAME = "contact.full_name"
SIMILARITY_THRESHOLD = 0.85
_FORMAT = "secretariat-column-mapping"

# Every target's label, in one place (English source texts; translated in the UI).
TARGET_LABELS: dict[str, str] = {
    "organisation.name": "Organisation: Name",
    "organisation.kind": "Organisation: Kind",
    "organisation.is_member": "Organisation: Member (yes/no)",
    "organisation.is_customer": "Organisation: Customer (yes/no)",
    "organisation.is_partner": "Organisation: Partner (yes/no)",
    "organisation.is_prospect": "Organisation: Prospect (yes/no)",
    "organisation.member_since": "Organisation: Member since",
    "organisation.member_until": "Organisation: Member until",
    "organisation.fee_tier": "Organisation: Fee tier",
    "organisation.size_class": "Organisation: Size class",
    "organisation.employees": "Organisation: Employees",
    "organisation.sector": "Organisation: Sector",
    "organisation.roles": "Organisation: Cluster roles",
    "organisation.themes": "Organisation: Themes",
    "organisation.description": "Organisation: Description",
    "organisation.street": "Organisation: Street",
    "organisation.postcode": "Organisation: Postcode",
    "organisation.city": "Organisation: City",
    "organisation.country": "Organisation: Country",
    "organisation.website": "Organisation: Website",
    "organisation.email": "Organisation: E-mail",
    "organisation.phone": "Organisation: Phone",
    "contact.salutation": "Contact: Salutation",
    "contact.title": "Contact: Title",
    "contact.first_name": "Contact: First name",
    "contact.last_name": "Contact: Last name",
    "contact.full_name": "Contact: Full name (split into first and last name)",
    "contact.position": "Contact: Position",
    "contact.email": "Contact: E-mail",
    "contact.phone": "Contact: Phone",
    "contact.mobile": "Contact: Mobile",
    "contact.phone_or_mobile": "Contact: Phone or mobile (as its type column says)",
    "contact.language": "Contact: Language",
    "contact.roles": "Contact: Cluster roles",
    "contact.notes": "Contact: Notes",
    "contact.consent_directory": "Contact: Listed in the directory (yes/no)",
}
IGNORE_LABEL = "(ignore)"

# Targets that take several columns, and how their values are joined.
JOINED_TARGETS: dict[str, str] = {
    "organisation.street": ", ",
    "organisation.description": "\n",
    "organisation.themes": ", ",
    "organisation.roles": ", ",
    "contact.notes": "\n",
    "contact.roles": ", ",
    PHONE_OR_MOBILE: "",  # each cell goes to phone or mobile; the first one wins
}

_ORGANISATION_OF_CONTACT = (
    "name",
    "street",
    "postcode",
    "city",
    "country",
    "website",
    "phone",
    "email",
)


class MappingError(ValueError):
    """The mapping cannot be used (or a saved one cannot be loaded); the message says why."""


@dataclass(frozen=True)
class Target:
    """A field a column can go to."""

    key: str
    label: str

    @property
    def takes_several(self) -> bool:
        return self.key in JOINED_TARGETS


def _person_keys() -> list[str]:
    keys = [f"contact.{f.name}" for f in CONTACT.fields if f.name != "organisation_id"]
    keys[keys.index("contact.last_name") + 1 : keys.index("contact.last_name") + 1] = [FULL_NAME]
    keys[keys.index("contact.mobile") + 1 : keys.index("contact.mobile") + 1] = [PHONE_OR_MOBILE]
    return keys + ["contact.consent_directory"]


def target_keys(kind: str) -> list[str]:
    """The target keys of an import of ``kind`` ("organisations" or "contacts")."""
    _check_kind(kind)
    organisation = [f"organisation.{f.name}" for f in ORGANISATION.fields]
    if kind == "organisations":
        return organisation  # the planning step keeps no contact person of these rows
    return _person_keys() + [f"organisation.{name}" for name in _ORGANISATION_OF_CONTACT]


def targets(kind: str) -> list[Target]:
    """The fields a column can go to in an import of ``kind``, in form order."""
    return [Target(key, TARGET_LABELS[key]) for key in target_keys(kind)]


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"Unknown import kind {kind!r}; choose one of {KINDS}.")


# -- suggesting -------------------------------------------------------------------


def suggest(headers: Sequence[str], kind: str) -> ColumnMapping:
    """A mapping for ``headers``: known headers first, then headers whose words say
    what they hold, then close spellings. No target gets two columns unless it takes
    several."""
    allowed = set(target_keys(kind))
    chosen: list[str | None] = [None] * len(headers)
    taken: set[str] = set()

    def assign(column: int, wanted: str | None, *, either: bool) -> None:
        for key in _resolve(wanted, kind)[: None if either else 1]:
            if key in allowed and (key not in taken or key in JOINED_TARGETS):
                chosen[column] = key
                taken.add(key)
                return

    passes = (
        lambda h: _known(h, fixed=True),
        lambda h: _known(h, fixed=False),
        concept_of,
        _similar,
    )
    for number, guess in enumerate(passes):
        for column, header in enumerate(headers):
            if chosen[column] is None:
                assign(column, guess(header), either=number == 1)
    mapping = ColumnMapping(kind, tuple(headers), tuple(chosen))
    return _settle_names(mapping)


def _known(header: str, *, fixed: bool) -> str | None:
    """The target a known header names: ``fixed`` ones first ("Business Phone"),
    then those that belong to the import's own record ("E-mail")."""
    target = KNOWN_SPELLINGS.get(normalise(header))
    if target is None or target.startswith("*.") == fixed:
        return None
    return target


def _similar(header: str) -> str | None:
    normalised = normalise(header)
    if len(normalised) < 4 or is_ignored(normalised):
        return None
    close = difflib.get_close_matches(normalised, KNOWN_SPELLINGS, n=1, cutoff=SIMILARITY_THRESHOLD)
    return KNOWN_SPELLINGS[close[0]] if close else None


def _resolve(wanted: str | None, kind: str) -> list[str]:
    """Concrete keys for a wanted target, best first ("*.email" in a contacts import:
    the person's e-mail, else the organisation's: only a known header such as
    "E-mail" beside "Organisation e-mail" may take the second)."""
    if wanted is None:
        return []
    if not wanted.startswith("*."):
        return [wanted]
    field = wanted[2:]
    own, other = (
        ("organisation", "contact") if kind == "organisations" else ("contact", "organisation")
    )
    if field == "name":
        return [f"{own}.name" if own == "organisation" else FULL_NAME]
    return [f"{own}.{field}", f"{other}.{field}"]


def _settle_names(mapping: ColumnMapping) -> ColumnMapping:
    """A plain "Name" column means the person's full name only when the file has no
    first and last name columns."""
    has_parts = any(t in ("contact.first_name", "contact.last_name") for t in mapping.targets)
    if not has_parts:
        return mapping
    for column, target in enumerate(mapping.targets):
        if target == FULL_NAME and normalise(mapping.headers[column]) == "name":
            mapping = mapping.with_column(column, None)
    return mapping


# -- the mapping ------------------------------------------------------------------


@dataclass(frozen=True)
class ColumnMapping:
    """Column index → target key (None: the column is ignored), for ``headers``."""

    kind: str
    headers: tuple[str, ...]
    targets: tuple[str | None, ...]

    def __post_init__(self) -> None:
        _check_kind(self.kind)
        if len(self.targets) != len(self.headers):
            raise ValueError("A mapping needs one target (or None) per header.")

    def target_of(self, column: int) -> str | None:
        return self.targets[column]

    def columns_of(self, target: str) -> list[int]:
        return [column for column, key in enumerate(self.targets) if key == target]

    def with_column(self, column: int, target: str | None) -> ColumnMapping:
        """The mapping with ``column`` going to ``target`` (None: ignored). A target
        that takes one column is taken away from the column that had it."""
        if target is not None and target not in target_keys(self.kind):
            raise MappingError(f"“{target}” is not a field of an import of {self.kind}.")
        changed = list(self.targets)
        if target is not None and target not in JOINED_TARGETS:
            changed = [None if key == target else key for key in changed]
        changed[column] = target
        return ColumnMapping(self.kind, self.headers, tuple(changed))

    def matched_to(self, headers: Sequence[str]) -> ColumnMapping:
        """This mapping for a file with ``headers``, matched by header name (the n-th
        column of a name to the n-th); a header it does not know stays ignored."""
        known = dict(zip(_header_keys(self.headers), self.targets, strict=True))
        matched = tuple(known.get(key) for key in _header_keys(headers))
        return ColumnMapping(self.kind, tuple(headers), matched)

    # -- checking and describing --

    def problem(self) -> str | None:
        """Why the mapping cannot be imported, in one sentence, or None."""
        used = set(self.targets)
        if self.kind == "organisations" and "organisation.name" not in used:
            return (
                "No column is mapped to the organisation's name; choose the column that holds it."
            )
        if self.kind == "contacts" and not used & {"contact.last_name", FULL_NAME, "contact.email"}:
            return (
                "No column is mapped to the contact's last name, full name or e-mail; "
                "choose at least one."
            )
        return None

    def check(self) -> None:
        """Raise :class:`MappingError` when the mapping cannot be imported."""
        problem = self.problem()
        if problem is not None:
            raise MappingError(problem)

    def describe(self) -> str:
        """One line: how many columns are used, and where they go."""
        used = [
            f"{self.headers[c]} → {TARGET_LABELS.get(t, t)}"
            for c, t in enumerate(self.targets)
            if t is not None
        ]
        ignored = len(self.headers) - len(used)
        return (
            f"{len(used)} of {len(self.headers)} columns imported"
            + (f" ({'; '.join(used)})" if used else "")
            + (f", {ignored} ignored." if ignored else ".")
        )

    # -- applying --

    def apply(self, table: SourceTable) -> list[ImportRow]:
        """Every source row as an :class:`ImportRow` (matched by header names when
        the table is not the one this mapping was made for)."""
        mapping = self if tuple(table.headers) == self.headers else self.matched_to(table.headers)
        mapping.check()
        type_columns = _phone_type_columns(mapping.headers)
        return [
            ImportRow(row.number, mapping._row_values(row.cells, type_columns))
            for row in table.rows
        ]

    def _row_values(self, cells: Sequence[str], type_columns: dict[int, int]) -> dict[str, str]:
        values: dict[str, str] = {}
        for column, target in enumerate(self.targets):
            text = cell_value(cells[column]) if target and column < len(cells) else ""
            if not text:
                continue
            if target == PHONE_OR_MOBILE:
                kind_cell = cells[type_columns[column]] if column in type_columns else ""
                target = phone_target(kind_cell)
                if target is None or target in values:
                    continue
            if target in values and target in JOINED_TARGETS:
                values[target] += JOINED_TARGETS[target] + text
            elif target is not None and target not in values:
                values[target] = text
        if "contact.first_name" in values or "contact.last_name" in values:
            values.pop(FULL_NAME, None)
        return values

    # -- saving --

    def to_json(self) -> str:
        columns = [
            {"header": h, "target": t} for h, t in zip(self.headers, self.targets, strict=True)
        ]
        return json.dumps(
            {"format": _FORMAT, "version": 1, "kind": self.kind, "columns": columns},
            ensure_ascii=False,
            indent=2,
        )

    @classmethod
    def from_json(cls, text: str) -> ColumnMapping:
        """A mapping saved with :meth:`to_json`; unknown targets become ignored."""
        try:
            data = json.loads(text)
            if data.get("format") != _FORMAT or data.get("kind") not in KINDS:
                raise ValueError
            kind = data["kind"]
            allowed = set(target_keys(kind))
            headers = tuple(str(column["header"]) for column in data["columns"])
            chosen = tuple(
                column.get("target") if column.get("target") in allowed else None
                for column in data["columns"]
            )
        except (ValueError, TypeError, KeyError, AttributeError):
            raise MappingError("This is not a saved column mapping of the secretariat.") from None
        return cls(kind, headers, chosen)

    def save(self, path: str | Path) -> None:
        try:
            Path(path).write_text(self.to_json(), encoding="utf-8")
        except OSError as problem:
            raise MappingError(
                f"The mapping could not be saved to “{Path(path).name}”: "
                f"{problem.strerror or problem}."
            ) from None

    @classmethod
    def load(cls, path: str | Path) -> ColumnMapping:
        """A saved mapping; use :meth:`matched_to` (or :meth:`apply`) for a new file."""
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            raise MappingError(
                f"“{Path(path).name}” could not be read as a saved mapping."
            ) from None
        return cls.from_json(text)


def _header_keys(headers: Sequence[str]) -> list[tuple[str, int]]:
    """(normalised header, how many times it came before) for each header."""
    seen: dict[str, int] = {}
    keys = []
    for header in headers:
        name = normalise(header) or header.strip()
        keys.append((name, seen.get(name, 0)))
        seen[name] = seen.get(name, 0) + 1
    return keys


# -- cell values --------------------------------------------------------------------

_MULTI_VALUE = " ::: "


def cell_value(cell: str) -> str:
    """A cell's value to import: trimmed, line ends as "\\n", and of Google's
    " ::: " multi-values the one marked "* " (primary), else the first."""
    if "\r" not in cell and ":::" not in cell:
        return cell.strip()  # nearly every cell
    text = cell.replace("\r\n", "\n").replace("\r", "\n").strip()
    if _MULTI_VALUE in text:
        parts = [part.strip() for part in text.split(_MULTI_VALUE.strip())]
        primary = [part[2:].strip() for part in parts if part.startswith("* ")]
        text = (primary or parts)[0]
    return text


_PHONE_VALUE = re.compile(r"^(phone \d+) value$")
_PHONE_TYPE = re.compile(r"^(phone \d+) (type|label)$")


def _phone_type_columns(headers: Sequence[str]) -> dict[int, int]:
    """Google's "Phone 1 - Value" column → its "Phone 1 - Type" (or Label) column."""
    types = {}
    for column, header in enumerate(headers):
        match = _PHONE_TYPE.match(normalise(header))
        if match:
            types[match.group(1)] = column
    values = {}
    for column, header in enumerate(headers):
        match = _PHONE_VALUE.match(normalise(header))
        if match and match.group(1) in types:
            values[column] = types[match.group(1)]
    return values


def phone_target(kind_cell: str) -> str | None:
    """Where a phone number of this type goes: "Mobile" → mobile, fax and pager
    nowhere, anything else (Work, Main, Home, none) → phone."""
    kind = normalise(cell_value(kind_cell).removeprefix("* "))
    if any(word in kind for word in ("mobil", "cell", "handy")):
        return "contact.mobile"
    if any(word in kind for word in ("fax", "pager")):
        return None
    return "contact.phone"
