"""Finding duplicate records already in the database, and merging two into one.

``find_duplicates(db, "contacts")`` lists likely pairs with the reason.
``merge(db, "contacts", survivor_id, other_id, {"phone": "other"})`` keeps the
survivor, takes the chosen fields from the other (and fills the survivor's empty
fields from it), moves everything that points to the other — registrations,
consents, interaction and project participations, products, contacts, roles,
themes, whatever the schema refers with — to the survivor, and deletes the other.
Where both have the same link (the same event, the same interaction) one is kept:
the better registration status, the lead role in a project, else the survivor's.
The merge is a batch (kind "merge"), audited, made after a backup, and can be
undone with :func:`secretariat.imports.undo.undo_batch`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from secretariat.domain.fields import RecordKind
from secretariat.domain.records import CONTACT, ORGANISATION
from secretariat.imports import matching
from secretariat.store import crash_points
from secretariat.store.errors import ConflictError, NotFoundError, RefusedError
from secretariat.store.imports import BatchWriter, Reference

if TYPE_CHECKING:
    from secretariat.store import ClusterDatabase

KINDS: dict[str, RecordKind] = {"organisations": ORGANISATION, "contacts": CONTACT}
# Which of two registrations of one person for one event is kept: the higher here.
_REGISTRATION_RANK = ("cancelled", "no_show", "invited", "waitlisted", "registered", "attended")
_PROJECT_ROLE_RANK = ("partner", "lead")


@dataclass(frozen=True)
class DuplicatePair:
    """Two records that are likely one; ``first_id`` is the older (proposed survivor)."""

    kind: str
    first_id: int
    second_id: int
    first_name: str
    second_name: str
    reasons: tuple[str, ...]

    def sentence(self) -> str:
        return (
            f"{self.first_name} (#{self.first_id}) and {self.second_name} "
            f"(#{self.second_id}): {', '.join(self.reasons)}"
        )


@dataclass(frozen=True)
class MergeResult:
    batch_id: int
    survivor_id: int
    moved: int  # rows now pointing to the survivor
    dropped: int  # doubled links removed (the same event twice...)
    backup: Path | None


# -- finding ---------------------------------------------------------------------


def find_duplicates(db: ClusterDatabase, kind: str) -> list[DuplicatePair]:
    """Likely duplicate pairs of ``kind`` ("organisations" or "contacts"), in one
    pass over the records: organisations by name key, website and e-mail; contacts
    by e-mail, by name at the same organisation, and by name and phone."""
    record_kind = _kind(kind)
    if kind == "organisations":
        rows = db.imports.organisation_candidates()
        keys = _organisation_keys
    else:
        rows = db.imports.contact_candidates()
        keys = _contact_keys
    groups: dict[tuple[str, str], list[int]] = {}
    reasons: dict[tuple[str, str], str] = {}
    for row in rows:
        for key, reason in keys(row):
            if key[1]:
                groups.setdefault(key, []).append(row["id"])
                reasons.setdefault(key, reason)
    return _pairs(kind, record_kind, {row["id"]: row for row in rows}, groups, reasons)


def _organisation_keys(row: Mapping[str, Any]) -> Iterable[tuple[tuple[str, str], str]]:
    host = matching.website_host(row["website"])
    email = matching.email_key(row["email"])
    yield ("name", matching.organisation_key(row["name"])), "same name"
    yield ("website", host), f"same website {host}"
    yield ("email", email), f"same e-mail {email}"


def _contact_keys(row: Mapping[str, Any]) -> Iterable[tuple[tuple[str, str], str]]:
    email = matching.email_key(row["email"])
    person = matching.person_key(row["first_name"], row["last_name"])
    yield ("email", email), f"same e-mail {email}"
    if person and row["organisation_id"] is not None:
        yield ("name", f"{person}@{row['organisation_id']}"), "same name at the same organisation"
    for phone in {row["phone"], row["mobile"]} - {None, ""}:
        if person:
            yield ("phone", f"{person}#{phone}"), "same name and phone"


def _pairs(
    kind: str,
    record_kind: RecordKind,
    rows: Mapping[int, Mapping[str, Any]],
    groups: Mapping[tuple[str, str], list[int]],
    reasons: Mapping[tuple[str, str], str],
) -> list[DuplicatePair]:
    found: dict[tuple[int, int], list[str]] = {}
    for key, ids in groups.items():
        first = min(ids)
        for other in sorted(set(ids) - {first}):
            said = found.setdefault((first, other), [])
            if reasons[key] not in said:
                said.append(reasons[key])
    return [
        DuplicatePair(
            kind,
            first,
            second,
            record_kind.describe(rows[first]),
            record_kind.describe(rows[second]),
            tuple(said),
        )
        for (first, second), said in sorted(found.items())
    ]


# -- merging ---------------------------------------------------------------------


def merge(
    db: ClusterDatabase,
    kind: str,
    survivor_id: int,
    other_id: int,
    choices: Mapping[str, str] | None = None,
    *,
    versions: tuple[int, int] | None = None,
) -> MergeResult:
    """Merge record ``other_id`` into ``survivor_id`` (see the module).

    ``choices`` maps field names to "survivor" or "other"; fields not named keep
    the survivor's value, or take the other's where the survivor's is empty.
    ``versions`` (survivor's, other's) as read by the person: a change made since
    then refuses the merge (ConflictError).
    """
    record_kind = _kind(kind)
    if survivor_id == other_id:
        raise RefusedError(f"A {record_kind.noun} cannot be merged with itself.")
    _check_choices(record_kind, choices or {})
    _records(db, record_kind, survivor_id, other_id, versions)
    backup = db.imports.backup_before("merge")
    with db.transaction():
        survivor, other = _records(db, record_kind, survivor_id, other_id, versions)
        source = (
            f"{record_kind.name_of(other)} (#{other_id}) into "
            f"{record_kind.name_of(survivor)} (#{survivor_id})"
        )
        batch_id = db.imports.start_batch("merge", source)
        writer = BatchWriter(db, batch_id)
        moved = dropped = 0
        for reference in db.imports.references_to(record_kind.table):
            done = _move(db, writer, reference, other_id, survivor_id)
            moved, dropped = moved + done[0], dropped + done[1]
        changes = _chosen(record_kind, survivor, other, choices or {})
        if changes:
            writer.update(record_kind.table, survivor_id, changes)
        writer.delete(record_kind.table, other_id)
        writer.flush()
        summary = {
            "survivor_id": survivor_id,
            "other_id": other_id,
            "moved": moved,
            "dropped": dropped,
        }
        db.imports.finish_batch(batch_id, summary)
    return MergeResult(batch_id, survivor_id, moved, dropped, backup)


def _kind(kind: str) -> RecordKind:
    if kind not in KINDS:
        raise ValueError(f"Cannot merge “{kind}”; choose one of {', '.join(KINDS)}.")
    return KINDS[kind]


def _check_choices(kind: RecordKind, choices: Mapping[str, str]) -> None:
    for name, side in choices.items():
        if name not in kind.columns:
            raise ValueError(f"A {kind.noun} has no field “{name}” to choose.")
        if side not in ("survivor", "other"):
            raise ValueError(f"Choose “survivor” or “other” for {name}, not “{side}”.")


def _records(
    db: ClusterDatabase,
    kind: RecordKind,
    survivor_id: int,
    other_id: int,
    versions: tuple[int, int] | None,
) -> tuple[dict[str, Any], dict[str, Any]]:
    found = db.imports.rows_by_key(kind.table, [survivor_id, other_id])
    for record_id in (survivor_id, other_id):
        if record_id not in found:
            raise NotFoundError(
                f"The {kind.noun} #{record_id} does not exist (any more).", "Reload the list."
            )
    survivor, other = found[survivor_id], found[other_id]
    if versions is not None:
        for record, version in zip((survivor, other), versions, strict=True):
            if record["version"] != version:
                raise ConflictError(
                    f"The {kind.name_of(record)} was changed by "
                    f"{db.last_change_by(kind.table, record['id'])} after you opened it. "
                    "Nothing was merged.",
                    "Look at both records again.",
                )
    return survivor, other


def _chosen(
    kind: RecordKind,
    survivor: Mapping[str, Any],
    other: Mapping[str, Any],
    choices: Mapping[str, str],
) -> dict[str, Any]:
    """The survivor's fields that take the other's value."""
    changes = {}
    for name in kind.columns:
        mine, theirs = survivor.get(name), other.get(name)
        side = choices.get(name)
        if side is None:
            side = "other" if mine in (None, "") and theirs not in (None, "") else "survivor"
        if side == "other" and mine != theirs:
            changes[name] = theirs
    return changes


def _move(
    db: ClusterDatabase, writer: BatchWriter, reference: Reference, other_id: int, survivor_id: int
) -> tuple[int, int]:
    """Point the rows of one reference from the other record to the survivor;
    returns (moved, dropped)."""
    moved = dropped = 0
    for key, row in db.imports.referencing(reference, other_id).items():
        clash = (
            db.imports.conflicting(reference, row, survivor_id) if reference.unique_with else None
        )
        if clash is not None:
            kept = db.imports.rows_by_key(reference.table, [clash])[clash]
            dropped += 1
            if not _better(reference.table, row, kept):
                writer.delete(reference.table, key)
                continue
            writer.delete(reference.table, clash)
        writer.update(
            reference.table, key, {reference.column: survivor_id}, bump=reference.versioned
        )
        crash_points.reached("merge-step")
        moved += 1
    return moved, dropped


def _better(table: str, other_row: Mapping[str, Any], survivor_row: Mapping[str, Any]) -> bool:
    """Whether the other record's link beats the survivor's for the same thing."""
    if table == "registrations":
        rank = _REGISTRATION_RANK.index
        return rank(other_row["status"]) > rank(survivor_row["status"])
    if table == "project_organisations":
        rank = _PROJECT_ROLE_RANK.index
        return rank(other_row["role"]) > rank(survivor_row["role"])
    return False
