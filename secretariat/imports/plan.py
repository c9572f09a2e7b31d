"""The preview of an import and its writing, as one batch that can be undone.

``plan = plan_import(db, "contacts", rows)`` checks every row exactly as the forms
do and looks for duplicates (in the database and earlier in the file); nothing is
written. Each row gets an outcome — create, update, skip or reject — with its
reason. The person may change the decision for a row (``plan.decide``) or for all
duplicates (``plan.decide_all``); ``write_import(db, plan, source_name=...)`` then
writes the rows in one transaction, as one batch (see
:mod:`secretariat.store.imports`), after a backup. ``write_rejects`` writes the
rejected rows to a CSV file for German Excel, to be fixed and imported again.

"update" fills the record's empty fields (a field holding its default, such as
country DE, counts as empty); the fields named in ``overwrite`` are replaced.
Roles and themes are added to those already there.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from secretariat.domain.fields import FieldKind, Record, RecordKind
from secretariat.domain.records import CONSENT, CONTACT, ORGANISATION
from secretariat.domain.validation import ValidationError, clean
from secretariat.formats.csv_files import csv_file
from secretariat.formats.spreadsheet_safety import cell_text
from secretariat.imports import matching
from secretariat.imports.matching import Candidates, Match
from secretariat.imports.rows import ImportRow, SourceTable
from secretariat.store import tables
from secretariat.store.imports import BatchWriter

if TYPE_CHECKING:
    from secretariat.store import ClusterDatabase

ProgressCallback = Callable[[int, int], None]
KINDS = ("organisations", "contacts")
DECISIONS = ("create", "update", "skip")
CONSENT_KEY = "contact.consent_directory"
FULL_NAME_KEY = "contact.full_name"
_SPECS = {"organisations": tables.ORGANISATIONS, "contacts": tables.CONTACTS}
_EVERY = 1000  # rows between progress reports


class ImportCancelled(Exception):
    """The person cancelled the import; nothing was written."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was imported.")


@dataclass(slots=True)
class RowPlan:
    """What happens to one row of the file, and why."""

    number: int
    source: ImportRow
    outcome: str  # create | update | skip | reject
    values: Record = field(default_factory=dict)  # cleaned values of the record
    problems: list[tuple[str, str]] = field(default_factory=list)  # (field label, message)
    match: Match | None = None
    overwrite: frozenset[str] = frozenset()
    organisation_key: str = ""  # contacts: the organisation named in the row
    consent: bool = False  # contacts: listed in the published directory
    kept_in_notes: list[tuple[str, str]] = field(default_factory=list)  # (label, raw text)

    @property
    def is_duplicate(self) -> bool:
        return self.match is not None and self.outcome != "reject"

    @property
    def problem(self) -> str:
        """The problems without the row number: "E-mail: … ; Last name: …"."""
        return "; ".join(f"{label}: {message}" for label, message in self.problems)

    @property
    def warning(self) -> str:
        """Values that were not recognised and went into the notes instead."""
        if not self.kept_in_notes:
            return ""
        kept = ", ".join(f"{label} “{text}”" for label, text in self.kept_in_notes)
        return f"Not recognised, kept in the notes: {kept}."

    @property
    def reasons(self) -> list[str]:
        """Sentences naming the row: why it is rejected, what it duplicates, and what
        went into the notes."""
        if self.outcome == "reject":
            return [f"Row {self.number}, {label}: {message}" for label, message in self.problems]
        reasons = [f"Row {self.number}: {self.match.reason}."] if self.match is not None else []
        if self.kept_in_notes:
            reasons.append(f"Row {self.number}: {self.warning}")
        return reasons


@dataclass
class PlannedOrganisation:
    """An organisation a contacts import refers to: existing, or to be created."""

    key: str
    name: str
    values: Record
    record_id: int | None = None


@dataclass(frozen=True)
class ImportSummary:
    created: int
    updated: int
    skipped: int
    rejected: int
    organisations_created: int = 0

    def text(self) -> str:
        return (
            f"imported {self.created}, updated {self.updated}, "
            f"skipped {self.skipped}, rejected {self.rejected}"
        )

    def as_dict(self) -> dict[str, int]:
        return {
            "created": self.created,
            "updated": self.updated,
            "skipped": self.skipped,
            "rejected": self.rejected,
            "organisations_created": self.organisations_created,
        }

    def __str__(self) -> str:
        return self.text()


@dataclass
class ImportPlan:
    kind: str
    rows: list[RowPlan]
    organisations: dict[str, PlannedOrganisation] = field(default_factory=dict)
    contact_organisations: dict[int, int | None] = field(default_factory=dict)
    source: SourceTable | None = None
    # contacts import: organisations named in rows without a person (a member with no
    # contact, as the directory's CSV lists it) — imported on their own
    organisations_alone: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_number = {row.number: row for row in self.rows}

    @property
    def record_kind(self) -> RecordKind:
        return ORGANISATION if self.kind == "organisations" else CONTACT

    def row(self, number: int) -> RowPlan:
        try:
            return self._by_number[number]
        except KeyError:
            raise ValueError(f"There is no row {number} in this import.") from None

    def decide(self, number: int, decision: str, *, overwrite: Iterable[str] = ()) -> None:
        """Create, update or skip row ``number``; "update" only for a duplicate."""
        row = self.row(number)
        if decision not in DECISIONS:
            raise ValueError(f"“{decision}” is not one of {', '.join(DECISIONS)}.")
        if row.outcome == "reject":
            raise ValueError(f"Row {number} was rejected: {row.problem} Fix it in the file first.")
        if decision == "update" and row.match is None:
            raise ValueError(f"Row {number} duplicates nothing, so there is nothing to update.")
        names = frozenset(overwrite)
        unknown = names - set(self.record_kind.by_name)
        if unknown:
            raise ValueError(f"A {self.record_kind.noun} has no field(s) {sorted(unknown)}.")
        row.outcome = decision
        row.overwrite = names if decision == "update" else frozenset()

    def decide_all(self, decision: str, *, overwrite: Iterable[str] = ()) -> None:
        """The same decision for every duplicate row."""
        for row in self.rows:
            if row.is_duplicate:
                self.decide(row.number, decision, overwrite=overwrite)

    def duplicates(self) -> list[RowPlan]:
        return [row for row in self.rows if row.is_duplicate]

    def rejected(self) -> list[RowPlan]:
        return [row for row in self.rows if row.outcome == "reject"]

    def summary(self) -> ImportSummary:
        new_organisations = 0
        if self.kind == "contacts":
            targets = _targets(self)
            needed = _organisations_needed(self, targets, self.contact_organisations)
            new_organisations = len(_new_organisation_keys(self, needed))
        return self._counted(new_organisations)

    def _counted(self, organisations_created: int) -> ImportSummary:
        counts = dict.fromkeys(("create", "update", "skip", "reject"), 0)
        for row in self.rows:
            counts[row.outcome] += 1
        return ImportSummary(
            counts["create"],
            counts["update"],
            counts["skip"],
            counts["reject"],
            organisations_created,
        )


@dataclass(frozen=True)
class ImportResult:
    batch_id: int
    summary: ImportSummary
    created_ids: tuple[int, ...]
    updated_ids: tuple[int, ...]
    organisation_ids: tuple[int, ...]  # organisations created for contacts
    backup: Path | None


# -- planning -------------------------------------------------------------------


def plan_import(
    db: ClusterDatabase,
    kind: str,
    rows: Sequence[ImportRow],
    *,
    on_duplicate: str = "skip",
    progress: ProgressCallback | None = None,
    source: SourceTable | None = None,
) -> ImportPlan:
    """Check ``rows`` against the database; nothing is written.

    ``kind`` is "organisations" or "contacts"; duplicates get ``on_duplicate``
    (skip, update or create). ``source`` (the table read from the file) lets
    :func:`write_rejects` repeat the original cells.
    """
    if kind not in KINDS:
        raise ValueError(f"Cannot import “{kind}”; choose one of {', '.join(KINDS)}.")
    if on_duplicate not in DECISIONS:
        raise ValueError(f"“{on_duplicate}” is not one of {', '.join(DECISIONS)}.")
    plan = ImportPlan(kind, [], source=source)
    with _many_objects():
        if kind == "organisations":
            planner: _Planner = _OrganisationPlanner(db, plan, on_duplicate)
        else:
            planner = _ContactPlanner(db, plan, on_duplicate)
        for done, row in enumerate(rows, 1):
            plan.rows.append(planner.plan_row(row))
            if progress is not None and (done % _EVERY == 0 or done == len(rows)):
                progress(done, len(rows))
        plan.__post_init__()
    return plan


@contextlib.contextmanager
def _many_objects() -> Iterator[None]:
    """Planning and writing make a few objects per row and free almost none until
    the end: Python's cycle collector would walk all of them again and again (a
    fifth of the time for 100,000 rows), so it pauses meanwhile."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _section(row: ImportRow, prefix: str) -> dict[str, str]:
    start = len(prefix)
    return {
        key[start:]: value
        for key, value in row.values.items()
        if key.startswith(prefix) and key not in _NOT_FIELDS
    }


_NOT_FIELDS = frozenset((CONSENT_KEY, FULL_NAME_KEY))


def _problems(error: ValidationError, suffix: str = "") -> list[tuple[str, str]]:
    return [(problem.label + suffix, problem.message) for problem in error.errors]


# Values that lists often hold in forms the program cannot store (a phone number
# without its country code, "www.example" with a typo, a foreign postcode, a country
# named in words the program does not know): such a
# value does not cost the whole row — it goes into the notes, and the preview says so.
_KEPT_IN_NOTES = (FieldKind.PHONE, FieldKind.URL, FieldKind.POSTCODE, FieldKind.COUNTRY)
NOTES_PREFIX = "From the import, not recognised:"


def clean_leniently(
    kind: RecordKind, values: Mapping[str, Any], planned: RowPlan, *, notes: str
) -> Record:
    """``clean(kind, values)``, but a phone number, web address or postcode that is not
    valid is left out and its text added to the ``notes`` field (noted on ``planned``);
    any other problem raises ValidationError as usual."""
    try:
        return clean(kind, values)
    except ValidationError as error:
        lenient = {
            problem.field
            for problem in error.errors
            if problem.field in kind.by_name and kind.by_name[problem.field].kind in _KEPT_IN_NOTES
        }
        if not lenient or len(lenient) < len({problem.field for problem in error.errors}):
            raise
        kept = [(kind.by_name[name].label, str(values[name]).strip()) for name in sorted(lenient)]
        remaining = {name: value for name, value in values.items() if name not in lenient}
        line = f"{NOTES_PREFIX} " + "; ".join(f"{label} {text}" for label, text in kept)
        earlier = str(remaining.get(notes) or "").strip()
        remaining[notes] = f"{earlier}\n{line}" if earlier else line
        cleaned = clean(kind, remaining)
        planned.kept_in_notes += kept
        return cleaned


class _Planner:
    def __init__(self, db: Any, plan: ImportPlan, on_duplicate: str) -> None:
        self.db = db
        self.plan = plan
        self.on_duplicate = on_duplicate

    def plan_row(self, row: ImportRow) -> RowPlan:  # pragma: no cover (abstract)
        raise NotImplementedError

    def _decided(self, planned: RowPlan) -> RowPlan:
        planned.outcome = self.on_duplicate if planned.match is not None else "create"
        return planned


class _OrganisationPlanner(_Planner):
    def __init__(self, db: Any, plan: ImportPlan, on_duplicate: str) -> None:
        super().__init__(db, plan, on_duplicate)
        self.candidates = matching.organisation_candidates(db.imports.organisation_candidates())

    def plan_row(self, row: ImportRow) -> RowPlan:
        planned = RowPlan(row.number, row, "reject")
        try:
            values = _section(row, "organisation.")
            planned.values = clean_leniently(ORGANISATION, values, planned, notes="description")
        except ValidationError as error:
            planned.problems = _problems(error)
            return planned
        key = matching.organisation_key(planned.values["name"])
        planned.match = self.candidates.find([("name", key)])
        self.candidates.add_row("name", key, row.number, f"same name as row {row.number}")
        return self._decided(planned)


class _ContactPlanner(_Planner):
    def __init__(self, db: Any, plan: ImportPlan, on_duplicate: str) -> None:
        super().__init__(db, plan, on_duplicate)
        existing = db.imports.contact_candidates()
        self.candidates: Candidates = matching.contact_candidates(existing)
        plan.contact_organisations = {row["id"]: row["organisation_id"] for row in existing}
        self.organisations = {}
        for row in db.imports.organisation_candidates():
            key = matching.organisation_key(row["name"])
            self.organisations.setdefault(key, PlannedOrganisation(key, row["name"], {}, row["id"]))

    def plan_row(self, row: ImportRow) -> RowPlan:
        planned = RowPlan(row.number, row, "reject")
        if not any(key.startswith("contact.") for key in row.values):
            return self._organisation_alone(row, planned)
        values = self._person(row)
        try:
            planned.values = clean_leniently(CONTACT, values, planned, notes="notes")
        except ValidationError as error:
            planned.problems = _problems(error)
        planned.consent = self._consent(row, planned)
        organisation = self._organisation(row, planned)
        if planned.problems:
            return planned
        planned.organisation_key = organisation.key if organisation else ""
        name = organisation.name if organisation else None
        keys = matching.contact_keys(planned.values, name)
        planned.match = self.candidates.find(keys)
        reasons = ("same e-mail as", "same name at the same organisation as")
        for (what, key), reason in zip(keys, reasons, strict=True):
            self.candidates.add_row(what, key, row.number, f"{reason} row {row.number}")
        return self._decided(planned)

    def _organisation_alone(self, row: ImportRow, planned: RowPlan) -> RowPlan:
        """A row that names an organisation but no person: the organisation is
        matched or created; there is no contact to create (the row counts as skipped)."""
        organisation = self._organisation(row, planned)
        if planned.problems or organisation is None:
            if not planned.problems:
                planned.problems = [("Last name", "This row names no person.")]
            return planned
        planned.outcome = "skip"
        planned.organisation_key = organisation.key
        if organisation.record_id is None and organisation.key not in self.plan.organisations_alone:
            self.plan.organisations_alone.append(organisation.key)
        return planned

    @staticmethod
    def _person(row: ImportRow) -> dict[str, Any]:
        values: dict[str, Any] = _section(row, "contact.")
        values.pop("organisation_id", None)  # the organisation comes by name
        full = row.values.get(FULL_NAME_KEY, "").strip()
        if full:
            split = matching.split_full_name(full)
            for name in ("salutation", "title", "first_name", "last_name"):
                if getattr(split, name) and not values.get(name, "").strip():
                    values[name] = getattr(split, name)
        if not values.get("last_name", "").strip() and values.get("first_name", "").strip():
            # one name only (a phone's "Mama", a shop, many Chinese address cards): it is
            # the name the person is filed under
            values["last_name"] = values.pop("first_name")
        return values

    @staticmethod
    def _consent(row: ImportRow, planned: RowPlan) -> bool:
        granted, messages = _directory_consent(row.values.get(CONSENT_KEY, ""))
        if messages:
            label = "Listing in the member directory"
            planned.problems += [(label, message) for message in messages]
        return granted

    def _organisation(self, row: ImportRow, planned: RowPlan) -> PlannedOrganisation | None:
        values = _section(row, "organisation.")
        if not values.get("name", "").strip():
            return None
        key = matching.organisation_key(values["name"])
        known = self.organisations.get(key)
        if known is not None and (known.record_id is not None or key in self.plan.organisations):
            self.plan.organisations[key] = known
            return known  # the first row naming it gave its details
        try:
            cleaned = clean_leniently(ORGANISATION, values, planned, notes="description")
        except ValidationError as error:
            planned.problems += _problems(error, " (organisation)")
            return None
        if known is None and not planned.problems:
            known = PlannedOrganisation(key, cleaned["name"], cleaned)
            self.organisations[key] = known
            self.plan.organisations[key] = known
        return known


@functools.lru_cache(maxsize=256)
def _directory_consent(text: str) -> tuple[bool, tuple[str, ...]]:
    """Whether a cell grants the listing, and what is wrong with it (a list says
    "ja" or "x" thousands of times: each text is checked once)."""
    try:
        return bool(clean(CONSENT, {"granted": text}, existing={})["granted"]), ()
    except ValidationError as error:
        return False, tuple(e.message for e in error.errors if e.field == "granted")


# -- what gets written where --------------------------------------------------------


@dataclass(slots=True)
class _Offer:
    """One row's values for a record: filled into empty fields, ``overwrite`` replaced."""

    values: Record
    overwrite: frozenset[str]
    organisation_key: str
    consent: bool


@dataclass(slots=True)
class _Target:
    """One record the import writes: new (``record_id`` None) or existing."""

    record_id: int | None
    offers: list[_Offer] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)


def _targets(plan: ImportPlan) -> list[_Target]:
    """The records to write, in file order; later duplicates folded into earlier ones."""
    targets: list[_Target] = []
    by_record: dict[int, _Target] = {}
    by_row: dict[int, _Target | None] = {}

    def existing(record_id: int) -> _Target:
        if record_id not in by_record:
            by_record[record_id] = _Target(record_id)
            targets.append(by_record[record_id])
        return by_record[record_id]

    def matched(row: RowPlan) -> _Target | None:
        assert row.match is not None
        if row.match.record_id is not None:
            return existing(row.match.record_id)
        return by_row.get(row.match.row_number or 0)

    for row in plan.rows:
        offer = _Offer(row.values, row.overwrite, row.organisation_key, row.consent)
        if row.outcome == "create":
            target: _Target | None = _Target(None)
            targets.append(target)
        elif row.outcome == "update":
            target = matched(row)
        elif row.outcome == "skip" and row.match is not None:
            by_row[row.number] = matched(row)
            continue
        else:
            continue
        by_row[row.number] = target
        if target is not None:
            target.offers.append(offer)
            target.rows.append(row.number)
    return [t for t in targets if t.offers]


def _is_empty(kind: RecordKind, name: str, value: Any) -> bool:
    if value is None or value == "" or value == [] or value == {}:
        return True
    column = kind.by_name.get(name)
    if column is None:
        return False
    if column.kind is FieldKind.FLAG:
        return value == 0
    return column.default is not None and value == column.default


def _fold(kind: RecordKind, current: dict[str, Any], offer: _Offer) -> dict[str, Any]:
    """The fields ``offer`` changes in ``current`` (and applies them to it)."""
    changed: dict[str, Any] = {}
    for name, value in offer.values.items():
        if kind.by_name[name].is_linked or current.get(name) == value:
            continue
        filling = _is_empty(kind, name, current.get(name)) and not _is_empty(kind, name, value)
        if filling or name in offer.overwrite:
            current[name] = changed[name] = value
    return changed


def _organisations_needed(
    plan: ImportPlan, targets: list[_Target], contact_organisations: Mapping[int, int | None]
) -> dict[int, str]:
    """Target index → organisation key for contacts whose organisation is set by the
    import (new contacts, and existing ones without one or with it overwritten)."""
    needed: dict[int, str] = {}
    for index, target in enumerate(targets):
        has_one = target.record_id is not None and contact_organisations.get(target.record_id)
        for offer in target.offers:
            if not offer.organisation_key:
                continue
            if not has_one or "organisation_id" in offer.overwrite:
                needed[index] = offer.organisation_key
                has_one = True
    return needed


def _new_organisation_keys(plan: ImportPlan, needed: Mapping[int, str]) -> list[str]:
    keys = dict.fromkeys([*needed.values(), *plan.organisations_alone])
    return [
        k for k in keys if plan.organisations.get(k) and plan.organisations[k].record_id is None
    ]


# -- writing ----------------------------------------------------------------------


def write_import(
    db: ClusterDatabase,
    plan: ImportPlan,
    *,
    source_name: str,
    cancelled: Callable[[], bool] = lambda: False,
    progress: ProgressCallback | None = None,
) -> ImportResult:
    """Write the plan as one batch, after a backup: every valid row, or nothing.

    Raises ImportCancelled (nothing written) when ``cancelled()`` turns true;
    any other error is raised after the transaction was rolled back.
    """
    backup = db.imports.backup_before("import")
    with db.transaction(), _many_objects():
        batch_id = db.imports.start_batch("import", source_name)
        writer = _ImportWriter(
            db, plan, BatchWriter(db, batch_id), source_name, cancelled, progress
        )
        with db.imports.bulk_indexing():  # new records indexed at once, at the end
            created, updated, organisations = writer.run()
        summary = plan._counted(len(organisations))
        db.imports.finish_batch(batch_id, summary.as_dict())
    return ImportResult(batch_id, summary, created, updated, organisations, backup)


class _ImportWriter:
    def __init__(
        self,
        db: Any,
        plan: ImportPlan,
        writer: BatchWriter,
        source_name: str,
        cancelled: Callable[[], bool],
        progress: ProgressCallback | None,
    ) -> None:
        self.db = db
        self.store = db.imports
        self.plan = plan
        self.kind = plan.record_kind
        self.spec = _SPECS[plan.kind]
        self.linked = _linked(self.kind)
        self.writer = writer
        self.source_name = source_name
        self.cancelled = cancelled
        self.progress = progress
        self.done = 0
        self.total = 1

    def run(self) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
        targets = _targets(self.plan)
        self.total = max(1, 2 * len(targets))
        current = self.store.rows_by_key(
            self.kind.table, [t.record_id for t in targets if t.record_id]
        )
        organisation_ids: dict[str, int] = {}
        created_organisations: list[int] = []
        if self.plan.kind == "contacts":
            holders = {i: row.get("organisation_id") for i, row in current.items()}
            needed = _organisations_needed(self.plan, targets, holders)
            created_organisations = self._create_organisations(needed, organisation_ids)
        else:
            needed = {}
        new_ids = self._create(targets, needed, organisation_ids)
        updated = self._update(targets, new_ids, current, needed, organisation_ids)
        if self.plan.kind == "contacts":
            self._consents(targets, new_ids)
        self._check()
        self.writer.flush()
        return tuple(new_ids.values()), tuple(updated), tuple(created_organisations)

    def _check(self) -> None:
        if self.cancelled():
            raise ImportCancelled()

    def _step(self) -> None:
        self.done += 1
        if self.done % 100 == 0:
            self._check()
        if self.progress is not None and self.done % _EVERY == 0:
            self.progress(min(self.done, self.total), self.total)

    def _create_organisations(self, needed: Mapping[int, str], ids: dict[str, int]) -> list[int]:
        for key, planned in self.plan.organisations.items():
            if planned.record_id is not None:
                ids[key] = planned.record_id
        keys = _new_organisation_keys(self.plan, needed)
        first = self.store.next_key("organisations")
        rows = []
        for offset, key in enumerate(keys):
            ids[key] = first + offset
            rows.append((first + offset, self.plan.organisations[key].values))
        self._check()
        self._insert(ORGANISATION, tables.ORGANISATIONS, rows)
        return [record_id for record_id, _ in rows]

    def _create(
        self, targets: list[_Target], needed: Mapping[int, str], organisation_ids: Mapping[str, int]
    ) -> dict[int, int]:
        first = self.store.next_key(self.kind.table)
        new_ids: dict[int, int] = {}
        records: list[Record] = []  # one dict per new record, made here and written as it is
        linked: dict[int, Record] = {}
        for index, target in enumerate(targets):
            if target.record_id is not None:
                continue
            values = dict(target.offers[0].values)
            links = {n: list(v) for n, v in values.items() if n in self.linked}
            for offer in target.offers[1:]:
                _fold(self.kind, values, offer)
                for name in links:
                    links[name] += [v for v in offer.values.get(name, []) if v not in links[name]]
            if index in needed:
                values["organisation_id"] = organisation_ids[needed[index]]
            new_ids[index] = values["id"] = first + len(records)
            for name in links:
                del values[name]
            if links:
                linked[new_ids[index]] = links
            records.append(values)
            self._step()
        self._check()
        self.writer.insert_many(self.kind.table, records)
        self._add_links(self.kind, self.spec, linked, existing=False)
        return new_ids

    def _insert(self, kind: RecordKind, spec: Any, rows: list[tuple[int, Record]]) -> None:
        linked = _linked(kind)
        records = [
            {"id": record_id, **{n: v for n, v in values.items() if n not in linked}}
            for record_id, values in rows
        ]
        self.writer.insert_many(kind.table, records)
        self._add_links(
            kind, spec, {record_id: values for record_id, values in rows}, existing=False
        )

    def _update(
        self,
        targets: list[_Target],
        new_ids: Mapping[int, int],
        current: Mapping[int, Record],
        needed: Mapping[int, str],
        organisation_ids: Mapping[str, int],
    ) -> list[int]:
        changes: dict[int, dict[str, Any]] = {}
        offered_links: dict[int, Record] = {}
        for index, target in enumerate(targets):
            if index in new_ids or target.record_id not in current:
                continue  # new, or deleted since the preview
            record = dict(current[target.record_id])
            changed: dict[str, Any] = {}
            links: dict[str, list[Any]] = {}
            for offer in target.offers:
                changed.update(_fold(self.kind, record, offer))
                for name, value in offer.values.items():
                    if self.kind.by_name[name].is_linked:
                        links.setdefault(name, []).extend(value)
            if index in needed and record.get("organisation_id") != organisation_ids[needed[index]]:
                changed["organisation_id"] = organisation_ids[needed[index]]
            changes[target.record_id] = _still_valid(self.kind, changed, current[target.record_id])
            offered_links[target.record_id] = links
            self._step()
        self._check()
        real = {i: c for i, c in changes.items() if c}
        if real:
            self.writer.update_many(self.kind.table, real)
        self._add_links(self.kind, self.spec, offered_links, existing=True)
        return sorted(set(real) | {i for i, links in offered_links.items() if links})

    def _add_links(
        self, kind: RecordKind, spec: Any, values: Mapping[int, Record], *, existing: bool
    ) -> None:
        """Link rows (roles, themes) for these records; those already there stay."""
        for name, link in spec.links.items():
            wanted = {i: v.get(name) or [] for i, v in values.items() if v.get(name)}
            if not wanted:
                continue
            if kind.by_name[name].kind is FieldKind.THEMES:
                wanted = self._theme_ids(wanted)
            have = (
                self.store.link_values(link.table, link.owner, link.value, wanted)
                if existing
                else {}
            )
            first = self.store.next_key(link.table)
            rows = []
            for owner, items in wanted.items():
                for item in dict.fromkeys(items):
                    if item not in have.get(owner, set()):
                        rows.append(
                            {"rowid": first + len(rows), link.owner: owner, link.value: item}
                        )
            self.writer.insert_many(link.table, rows)

    def _theme_ids(self, wanted: Mapping[int, list[str]]) -> dict[int, list[int]]:
        known = self.store.theme_ids()
        first = self.store.next_key("themes")
        new = []
        for names in wanted.values():
            for name in names:
                if name.casefold() not in known:
                    known[name.casefold()] = first + len(new)
                    new.append({"id": first + len(new), "name": name})
        self.writer.insert_many("themes", new)
        return {owner: [known[n.casefold()] for n in names] for owner, names in wanted.items()}

    def _consents(self, targets: list[_Target], new_ids: Mapping[int, int]) -> None:
        wanted = [
            new_ids.get(i, target.record_id)
            for i, target in enumerate(targets)
            if any(offer.consent for offer in target.offers)
        ]
        existing = {t.record_id for i, t in enumerate(targets) if i not in new_ids}
        holders = self.store.directory_consent_holders(i for i in wanted if i in existing)
        first = self.store.next_key("consents")
        today = date.today().isoformat()
        rows = []
        for contact_id in wanted:
            if contact_id in holders:
                continue
            rows.append(
                {
                    "id": first + len(rows),
                    "contact_id": contact_id,
                    "purpose": "directory",
                    "granted": 1,
                    "recorded_on": today,
                    "source": f"import {self.source_name}".strip(),
                }
            )
        self._check()
        self.writer.insert_many("consents", rows)


@functools.cache
def _linked(kind: RecordKind) -> frozenset[str]:
    """The fields of ``kind`` kept in link tables (roles, themes)."""
    return frozenset(field.name for field in kind.fields if field.is_linked)


def _still_valid(kind: RecordKind, changed: dict[str, Any], current: Record) -> dict[str, Any]:
    """``changed`` without the fields that do not fit the record as it is (a postcode
    of another country, an end before the start): those are left as they were."""
    while changed:
        try:
            clean(kind, changed, existing=current)
        except ValidationError as error:
            for problem in error.errors:
                changed.pop(problem.field, None)
            continue
        break
    return changed


# -- rejected rows back to a file -------------------------------------------------------


def write_rejects(plan: ImportPlan, path: str | os.PathLike[str]) -> int:
    """The rejected rows as CSV for German Excel (UTF-8 with BOM, ";", CRLF) with
    their original cells and a "Problem" column; returns the number of rows.

    With the source table (``plan_import(..., source=...)``) the cells are the
    file's own; otherwise the mapped values, headed by their target fields.
    """
    rejected = plan.rejected()
    if plan.source is not None:
        headers = list(plan.source.headers)
        cells = {row.number: list(row.cells) for row in plan.source.rows}
        lines = [cells.get(row.number, []) for row in rejected]
    else:
        headers = list(dict.fromkeys(key for row in rejected for key in row.source.values))
        lines = [[row.source.values.get(h, "") for h in headers] for row in rejected]
    with csv_file(path, "excel-de") as out:
        out.writerow([cell_text(h, multiline=False) for h in [*headers, "Problem"]])
        for row, line in zip(rejected, lines, strict=True):
            padded = [*line, *[""] * (len(headers) - len(line))][: len(headers)]
            out.writerow([cell_text(cell) for cell in [*padded, row.problem]])
    return len(rejected)
