"""Everything stored about one person (GDPR Art. 15, access, and Art. 20, portability).

:func:`personal_data` gathers it from the database; :meth:`PersonalData.as_json`
gives the machine-readable form (UTF-8 JSON); the readable PDF is
:class:`secretariat.exports.personal_data.PersonalDataReport`.

The JSON object has these keys (times in UTC as stored, days as ``YYYY-MM-DD``):

``format``
    ``"secretariat-personal-data/1"``.
``exported_at``
    When the report was made (``YYYY-MM-DDTHH:MM:SSZ``).
``controller``
    The cluster keeping the data: ``name``, ``region``.
``contact``
    The person's record: ``id``, ``salutation``, ``title``, ``first_name``,
    ``last_name``, ``position``, ``email``, ``phone``, ``mobile``, ``language``,
    ``notes``, ``created_at``, ``updated_at``, ``erased_at`` (null unless erased).
``organisation``
    The organisation the person works for (``id``, ``name``, ``street``,
    ``postcode``, ``city``, ``country``, ``website``, ``email``, ``phone``), or null.
``cluster_roles``
    The person's roles in the cluster (``ambassador``, ...).
``consents``
    Every consent statement, oldest first: ``purpose`` (``newsletter``,
    ``directory``, ``photos``), ``granted`` (true/false), ``recorded_on``,
    ``source``, ``in_force`` (true for the newest per purpose).
``registrations``
    Event registrations: ``event_id``, ``event_title``, ``event_starts_at``,
    ``event_ends_at``, ``event_time_zone``, ``status``, ``role``,
    ``registered_at``, ``waitlist_position``, ``moved_up_at``, ``notes``.
``interactions``
    Meetings, calls and visits the person took part in: ``id``, ``kind``,
    ``occurred_at``, ``subject``, ``notes``, ``staff`` (who of the secretariat).
``speaker_slots``
    Programme items the person speaks at: ``event_id``, ``event_title``, ``title``,
    ``starts_at``, ``ends_at``, ``room``.
``organisation_projects``
    Projects of the person's organisation: ``id``, ``name``, ``status``, ``role``
    (``lead``/``partner``), ``starts_on``, ``ends_on``. (Projects record
    organisations, not people; listed because they are shown with the person.)
``staff_accounts``
    Program user accounts with the person's e-mail address (``id``, ``username``,
    ``display_name``, ``email``, ``active``, ``created_at``), each with
    ``event_duties``: ``event_id``, ``event_title``, ``event_starts_at``.
``audit_trail``
    The change history of the person's records, oldest first: ``at``, ``staff``,
    ``table``, ``row_id``, ``action`` (``create``/``update``/``delete``),
    ``changes`` ({column: [before, after]}).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from secretariat.domain import registry
from secretariat.domain.fields import Record
from secretariat.store import ClusterDatabase, NotFoundError
from secretariat.store.privacy import PrivacyStore

FORMAT = "secretariat-personal-data/1"
# What the report says of the person: every column of the contact the program keeps
# (the field registry's order), when it was erased; the organisation comes apart.
CONTACT_KEYS = (
    *(c for c in registry.record_columns("contacts") if c not in ("organisation_id", "version")),
    "erased_at",
)


@dataclass(frozen=True)
class PersonalData:
    """What is stored about one person; see the module for the meaning of each part."""

    exported_at: str
    controller: Record
    contact: Record
    organisation: Record | None
    cluster_roles: list[str] = field(default_factory=list)
    consents: list[Record] = field(default_factory=list)
    registrations: list[Record] = field(default_factory=list)
    interactions: list[Record] = field(default_factory=list)
    speaker_slots: list[Record] = field(default_factory=list)
    organisation_projects: list[Record] = field(default_factory=list)
    staff_accounts: list[Record] = field(default_factory=list)
    audit_trail: list[Record] = field(default_factory=list)

    @property
    def name(self) -> str:
        parts = (self.contact.get("first_name"), self.contact.get("last_name"))
        return " ".join(str(part) for part in parts if part)

    def as_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "exported_at": self.exported_at,
            "controller": self.controller,
            "contact": self.contact,
            "organisation": self.organisation,
            "cluster_roles": self.cluster_roles,
            "consents": self.consents,
            "registrations": self.registrations,
            "interactions": self.interactions,
            "speaker_slots": self.speaker_slots,
            "organisation_projects": self.organisation_projects,
            "staff_accounts": self.staff_accounts,
            "audit_trail": self.audit_trail,
        }

    def as_json(self) -> str:
        """The report as JSON text (UTF-8 when encoded; letters kept as they are)."""
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2) + "\n"


def personal_data(db: ClusterDatabase, contact_id: int) -> PersonalData:
    """Everything stored about the contact ``contact_id``; NotFoundError when there is
    no such contact."""
    store = PrivacyStore(db)
    row = store.contact(contact_id)
    if row is None:
        raise NotFoundError(
            f"There is no contact #{contact_id}.", "Check the number in the Contacts list."
        )
    profile = db.profile()
    consents = store.consents(contact_id)
    newest = {consent["purpose"]: consent["id"] for consent in consents}
    staff = store.staff_with_email(row.get("email"))
    duties = store.staff_duties(member["id"] for member in staff) if staff else []
    return PersonalData(
        exported_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        controller={"name": profile.get("name") or "", "region": profile.get("region") or ""},
        contact={
            **{key: row.get(key) for key in CONTACT_KEYS},
            # columns another tool added: personal data until known otherwise
            **{column: row.get(column) for column in store.unknown_contact_columns()},
        },
        organisation=store.organisation(row.get("organisation_id")),
        cluster_roles=store.cluster_roles(contact_id),
        consents=[
            {
                "purpose": consent["purpose"],
                "granted": bool(consent["granted"]),
                "recorded_on": consent["recorded_on"],
                "source": consent["source"],
                "in_force": newest[consent["purpose"]] == consent["id"],
            }
            for consent in consents
        ],
        registrations=[
            _without(registration, "id", "version", "event_status")
            for registration in store.registrations(contact_id)
        ],
        interactions=store.interactions(contact_id),
        speaker_slots=[
            _without(slot, "id", "event_time_zone") for slot in store.speaker_slots(contact_id)
        ],
        organisation_projects=store.organisation_projects(row.get("organisation_id")),
        staff_accounts=[
            {
                **member,
                "active": bool(member["active"]),
                "event_duties": [
                    _without(duty, "staff_id", "event_time_zone")
                    for duty in duties
                    if duty["staff_id"] == member["id"]
                ],
            }
            for member in staff
        ],
        audit_trail=[_audit_entry(entry) for entry in store.audit_entries_about(contact_id)],
    )


def _without(record: Record, *keys: str) -> Record:
    return {key: value for key, value in record.items() if key not in keys}


def _audit_entry(entry: Record) -> Record:
    try:
        changes = json.loads(entry["changes"] or "{}")
    except ValueError:
        changes = entry["changes"]
    return {
        "at": entry["at"],
        "staff": entry["staff"],
        "table": entry["table_name"],
        "row_id": entry["row_id"],
        "action": entry["action"],
        "changes": changes,
    }
