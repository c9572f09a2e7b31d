"""Erasing a person on request (GDPR Art. 17), or for having been inactive too long.

A person is anonymised, not deleted, so that the events they registered for still
count them:

- the contact keeps its row and its organisation (for the statistics of
  organisations reached), named :data:`ERASED_NAME`; title, position, e-mail,
  phones and notes are emptied; the moment is noted in the table ``erasures``;
- their cluster roles, consent statements and links to interactions are deleted
  (the interactions themselves stay, for the organisations involved);
- registrations stay with their status and role (anonymous counts); their notes
  are emptied; registrations for events still to come are cancelled, and whoever
  moves up from the waitlist is named in the result;
- they are taken off the programme items they speak at;
- their full name, e-mail and phone numbers are replaced by :data:`REDACTED` in
  every free text (notes, subjects, descriptions, stories, import sources), and
  their first and last name also in the texts of their own interactions and
  speaker slots; an organisation's e-mail or phone that is the person's is emptied;
- in the audit trail, every value of the person's own record is replaced and their
  name, e-mail and phone are replaced in every other entry;
- afterwards the file itself is cleaned: secure delete, the search indexes merged,
  VACUUM and an emptied write-ahead log, so that none of the old bytes remain.

A backup is taken first (backups rotate out on their own schedule; until then they
hold the person's data). Everything but the final cleaning happens in one
transaction: all or nothing.
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from secretariat.domain import registry
from secretariat.domain.fields import Record
from secretariat.domain.validation import format_phone
from secretariat.planning.registrations import cancel_registration
from secretariat.store import ClusterDatabase, NotFoundError, StorageError
from secretariat.store.privacy import REQUIRED_TEXTS, PrivacyStore

ERASED_NAME = "Gelöschte Person"
REDACTED = "[gelöscht]"
_SHORTEST_NAME = 3  # a first or last name shorter than this is not searched for alone


@dataclass(frozen=True)
class ErasurePreview:
    """Who would be erased, and what is linked to them (for the confirmation)."""

    contact_id: int
    name: str
    organisation: str
    email: str
    registrations: int
    interactions: int
    consents: int
    erased_at: str | None

    @property
    def already_erased(self) -> bool:
        return self.erased_at is not None

    def description(self) -> str:
        """ "Anna Muster (Muster GmbH, anna@muster.example), #12" """
        details = ", ".join(part for part in (self.organisation, self.email) if part)
        text = self.name or f"#{self.contact_id}"
        if details:
            text += f" ({details})"
        return f"{text}, #{self.contact_id}"

    def sentence(self) -> str:
        return (
            f"Erase {self.description()}? Their name, e-mail, phone numbers and notes are "
            f"removed everywhere; {self.registrations} event registration(s) stay as "
            f"anonymous counts; {self.interactions} interaction(s) lose the link to them; "
            f"{self.consents} consent record(s) are deleted. This cannot be undone, "
            "except by restoring a backup."
        )


@dataclass(frozen=True)
class ErasureResult:
    erased: list[int] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)  # already erased before
    backup: Path | None = None
    moved_up: list[Record] = field(default_factory=list)  # registrations that moved up
    wiped: bool = True  # False: another program kept the old bytes from being wiped yet

    def text(self) -> str:
        count = len(self.erased)
        text = f"{count} {'person' if count == 1 else 'people'} erased"
        if self.skipped:
            text += f", {len(self.skipped)} already erased before"
        if self.backup is not None:
            text += f"; backup taken before: {self.backup}"
        return text


def erasure_preview(db: ClusterDatabase, contact_id: int) -> ErasurePreview:
    """Who ``contact_id`` is and what is linked to them; NotFoundError when unknown."""
    store = PrivacyStore(db)
    contact = store.contact(contact_id)
    if contact is None:
        raise NotFoundError(
            f"There is no contact #{contact_id}.", "Check the number in the Contacts list."
        )
    organisation = store.organisation(contact.get("organisation_id"))
    return ErasurePreview(
        contact_id=contact_id,
        name=_name(contact),
        organisation=(organisation or {}).get("name") or "",
        email=contact.get("email") or "",
        registrations=len(store.registrations(contact_id)),
        interactions=len(store.interactions(contact_id)),
        consents=len(store.consents(contact_id)),
        erased_at=contact.get("erased_at"),
    )


def erase_contact(db: ClusterDatabase, contact_id: int, *, backup: bool = True) -> ErasureResult:
    """Erase one person (see the module); NotFoundError when there is no such contact."""
    return erase_contacts(db, [contact_id], backup=backup)


def erase_contacts(
    db: ClusterDatabase, contact_ids: Iterable[int], *, backup: bool = True
) -> ErasureResult:
    """Erase these people together (see the module): one backup, one transaction,
    one cleaning of the file. Contacts erased before are skipped; an unknown id
    raises NotFoundError before anything is changed."""
    store = PrivacyStore(db)
    ids = list(dict.fromkeys(contact_ids))
    people: list[Record] = []
    skipped: list[int] = []
    for contact_id in ids:
        contact = store.contact(contact_id)
        if contact is None:
            raise NotFoundError(
                f"There is no contact #{contact_id}; nobody was erased.",
                "Check the number in the Contacts list.",
            )
        if contact.get("erased_at"):
            skipped.append(contact_id)
        else:
            people.append(contact)
    if not people:  # erasing again finishes wiping what another program held up
        return ErasureResult(skipped=skipped, wiped=_purge(store))
    taken = take_backup_before_erasure(db) if backup else None
    personal_columns = store.personal_contact_columns()  # another tool's columns too
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    moved_up: list[Record] = []
    everywhere = _pattern(needle for person in people for needle in _full_needles(person))
    with db.transaction():
        audit_about: dict[int, list[re.Pattern[str]]] = {}
        for person in people:
            own = _pattern(_own_needles(person))
            for audit_id in store.audit_ids_about(person["id"]):
                audit_about.setdefault(audit_id, []).extend([own] if own else [])
            _scrub_linked_texts(store, person)
            for registration in store.open_future_registrations(person["id"], now):
                promoted = cancel_registration(db, registration["id"], registration["version"])
                if promoted is not None:
                    moved_up.append(promoted)
            store.anonymise_contact(person["id"], ERASED_NAME, now)
        if everywhere is not None:
            _scrub_free_texts(store, everywhere)
            _scrub_whole_values(store, people)
        _scrub_audit(store, everywhere, audit_about, {person["id"] for person in people})
        for person in people:
            db.audit(
                "contacts",
                person["id"],
                "update",
                {
                    column: [REDACTED, _erased_value(column)]
                    for column in personal_columns
                    if person.get(column) not in (None, "")
                },
            )
            db.audit("erasures", person["id"], "create", {"erased_at": [None, now]})
    wiped = _purge(store)
    return ErasureResult(
        erased=[person["id"] for person in people],
        skipped=skipped,
        backup=taken,
        moved_up=moved_up,
        wiped=wiped,
    )


def _purge(store: PrivacyStore) -> bool:
    try:
        return store.purge().wiped
    except StorageError:  # another program holds the file: the erasure itself stands
        return False


def take_backup_before_erasure(db: ClusterDatabase) -> Path | None:
    """A backup of the database before an erasure (None for a database in memory)."""
    try:
        backups = importlib.import_module("secretariat.store.backups")
    except ImportError:
        backups = None
    if backups is not None and hasattr(backups, "take_backup"):
        return backups.take_backup(db, "before erasure")
    return db.imports.backup_before("erasure")


# -- finding the person in texts ---------------------------------------------------------


def _name(contact: Record) -> str:
    return " ".join(str(p) for p in (contact.get("first_name"), contact.get("last_name")) if p)


def _phones(value: Any) -> list[str]:
    """A stored phone number (E.164) as it may have been typed: +4922112345, 0221 12345,
    +49 221 12345."""
    if not value:
        return []
    text = str(value)
    found = [text]
    try:
        national = format_phone(text)
    except Exception:  # an odd value typed with another tool: search it as it is
        national = ""
    if national:
        found += [national, national.replace(" ", "")]
    return found


def _full_needles(contact: Record) -> list[str]:
    """What identifies the person in any text: full name (both orders), e-mail, phones."""
    first = str(contact.get("first_name") or "").strip()
    last = str(contact.get("last_name") or "").strip()
    needles = []
    if first and last:
        needles += [f"{first} {last}", f"{last}, {first}", f"{last} {first}"]
    elif last and len(last) >= _SHORTEST_NAME:
        needles.append(last)
    for column in ("email",):
        if contact.get(column):
            needles.append(str(contact[column]))
    needles += _phones(contact.get("phone")) + _phones(contact.get("mobile"))
    return needles


def _own_needles(contact: Record) -> list[str]:
    """Also the first and last name alone: for the texts of the person's own records."""
    names = [
        str(contact.get(key) or "").strip()
        for key in ("first_name", "last_name")
        if len(str(contact.get(key) or "").strip()) >= _SHORTEST_NAME
    ]
    return _full_needles(contact) + names


def _pattern(needles: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern finding any of ``needles`` (longest first, case ignored, not inside
    a longer word)."""
    unique = sorted({n for n in needles if n.strip()}, key=len, reverse=True)
    if not unique:
        return None
    alternatives = "|".join(re.escape(n) for n in unique)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _replace(pattern: re.Pattern[str], text: str) -> str:
    return pattern.sub(REDACTED, text)


def _scrub_linked_texts(store: PrivacyStore, person: Record) -> None:
    pattern = _pattern(_own_needles(person))
    if pattern is None:
        return
    for table, column, key, text in list(store.linked_texts(person["id"])):
        new = _replace(pattern, text)
        if new != text:
            store.set_text(table, column, key, _kept(table, column, new))


def _scrub_free_texts(store: PrivacyStore, pattern: re.Pattern[str]) -> None:
    changes = []
    for table, column, key, text in store.free_texts():
        new = _replace(pattern, text)
        if new != text:
            changes.append((table, column, key, _kept(table, column, new)))
    for table, column, key, new in changes:
        store.set_text(table, column, key, new)


def _scrub_whole_values(store: PrivacyStore, people: Sequence[Record]) -> None:
    wanted = {
        value.casefold()
        for person in people
        for value in [person.get("email")]
        + _phones(person.get("phone"))
        + _phones(person.get("mobile"))
        if value
    }
    found = [
        (table, column, key)
        for table, column, key, value in store.whole_values()
        if value.casefold() in wanted
    ]
    for table, column, key in found:
        store.set_text(table, column, key, None)


def _kept(table: str, column: str, text: str) -> str | None:
    """A scrubbed text; never empty where the column requires a value."""
    if text.strip():
        return text
    return REDACTED if (table, column) in REQUIRED_TEXTS else None


def _scrub_audit(
    store: PrivacyStore,
    pattern: re.Pattern[str] | None,
    about: dict[int, list[re.Pattern[str]]],
    contact_ids: set[int],
) -> None:
    """Replace the person's values in the audit trail: every personal value of their
    own record's entries, their first and last name in the entries about their
    records (``about``: audit id → their patterns), and their full name, e-mail and
    phone (``pattern``) in every entry."""
    changed: list[tuple[int, Any]] = []
    for audit_id, table, row_id, text in store.audit_texts():
        own = table == "contacts" and row_id in contact_ids
        if not own and (pattern is None or not pattern.search(text)) and audit_id not in about:
            continue
        try:
            changes = json.loads(text)
        except ValueError:
            changes = text
        if own and isinstance(changes, dict):
            changes = {
                column: _redacted(value) if registry.is_personal("contacts", column) else value
                for column, value in changes.items()
            }
        for each in [pattern, *about.get(audit_id, [])]:
            if each is not None:
                changes = _scrubbed(changes, each)
        if changes != text:
            changed.append((audit_id, changes if isinstance(changes, dict) else {"text": changes}))
    for audit_id, changes in changed:
        store.set_audit_changes(audit_id, changes)


def _redacted(value: Any) -> Any:
    """[before, after] with every value that is there replaced."""
    if isinstance(value, list):
        return [None if item in (None, "") else REDACTED for item in value]
    return None if value in (None, "") else REDACTED


def _scrubbed(value: Any, pattern: re.Pattern[str]) -> Any:
    if isinstance(value, str):
        return _replace(pattern, value)
    if isinstance(value, list):
        return [_scrubbed(item, pattern) for item in value]
    if isinstance(value, dict):
        return {key: _scrubbed(item, pattern) for key, item in value.items()}
    return value


def _erased_value(column: str) -> Any:
    if column == "last_name":
        return ERASED_NAME
    if column in ("salutation", "first_name"):
        return ""
    return None
