"""All SQL of data protection: what is stored about a person, erasing it, and who
has shown no activity for years.

:class:`PrivacyStore` reads everything linked to one contact (for the access
report), writes the anonymisation of a contact (for erasure), hands out the free
texts and audit entries to search for a person's name, and finds contacts without
activity since a day. The SQLite-only part of erasure (secure delete, merging the
search indexes, VACUUM, emptying the write-ahead log) is :meth:`PrivacyStore.purge`.

Table and column names that reach SQL come from the fixed lists here, never from
input; values always travel as parameters.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from secretariat.domain import registry
from secretariat.domain.fields import Record
from secretariat.store import sqlite
from secretariat.store.connection import Connection
from secretariat.store.repository import audit_changes_json

# Free-text columns where a person's name, e-mail or phone may have been typed:
# (table, key column, column). Searched for every erased person.
FREE_TEXTS: tuple[tuple[str, str, str], ...] = (
    ("contacts", "id", "notes"),
    ("contacts", "id", "position"),
    ("organisations", "id", "description"),
    ("organisations", "id", "name"),
    ("organisations", "id", "street"),
    ("consents", "id", "source"),
    ("products", "id", "description"),
    ("products", "id", "name"),
    ("venues", "id", "notes"),
    ("events", "id", "title"),
    ("events", "id", "description"),
    ("programme_items", "id", "title"),
    ("programme_items", "id", "description"),
    ("programme_items", "id", "speaker_name"),
    ("registrations", "id", "notes"),
    ("tasks", "id", "title"),
    ("budget_lines", "id", "description"),
    ("interactions", "id", "subject"),
    ("interactions", "id", "notes"),
    ("projects", "id", "name"),
    ("projects", "id", "description"),
    ("projects", "id", "achievements"),
    ("stories", "id", "title"),
    ("stories", "id", "body"),
    ("import_batches", "id", "source"),
    ("import_batches", "id", "summary"),
)
# Columns holding one address or number: emptied (not edited) when they hold one
# of the person's.
WHOLE_VALUES: tuple[tuple[str, str, str], ...] = (
    ("organisations", "id", "email"),
    ("organisations", "id", "phone"),
    ("contacts", "id", "email"),
    ("contacts", "id", "phone"),
    ("contacts", "id", "mobile"),
)
# Columns that must never become empty (NOT NULL with a check on trim(...) <> '').
REQUIRED_TEXTS = frozenset(
    {
        ("organisations", "name"),
        ("products", "name"),
        ("events", "title"),
        ("programme_items", "title"),
        ("tasks", "title"),
        ("budget_lines", "description"),
        ("interactions", "subject"),
        ("projects", "name"),
        ("stories", "title"),
        ("consents", "source"),
        ("import_batches", "source"),
        ("import_batches", "summary"),
    }
)
SEARCH_INDEXES = ("organisations_search", "contacts_search", "products_search", "events_search")
# The columns of a contact that say who the person is (emptied by erasure), as the
# field registry classifies them; a column another tool added is emptied too (see
# PrivacyStore.personal_contact_columns).
PERSONAL_COLUMNS = registry.personal_fields("contacts")
OPEN_STATUSES = ("invited", "registered", "waitlisted")
PURGE_WAIT_MS = 1000


_EMPTY_TEXT = "''"


def erased(contact_id: str = "contacts.id") -> str:
    """An SQL condition: the contact whose id is in the column ``contact_id`` (a fixed
    column name, never input) was erased. SQLite answers it with a search of the
    erasures' primary key per row (cheaper than a correlated EXISTS)."""
    return f"{contact_id} IN (SELECT contact_id FROM erasures)"


def not_erased(contact_id: str = "contacts.id") -> str:
    """An SQL condition: the contact in ``contact_id`` was not erased. Every document
    and list that names people uses it; counts and statistics do not."""
    return f"{contact_id} NOT IN (SELECT contact_id FROM erasures)"


@dataclass(frozen=True)
class Purge:
    """What :meth:`PrivacyStore.purge` achieved: ``wiped`` is False when another
    program kept the write-ahead log from being emptied (it still holds old pages)."""

    wiped: bool


class PrivacyStore:
    """Data protection's SQL; one per ClusterDatabase (``PrivacyStore(db)``)."""

    def __init__(self, db: Connection) -> None:
        self._db = db

    def _records(self, sql: str, params: Sequence[Any] = ()) -> list[Record]:
        return [dict(row) for row in self._db.execute(sql, params)]

    # -- what is stored about a person ------------------------------------------------

    def contact(self, contact_id: int) -> Record | None:
        """The contact's row with ``erased_at`` (None unless erased), or None."""
        row = self._db.execute(
            "SELECT contacts.*, erasures.erased_at FROM contacts "
            "LEFT JOIN erasures ON erasures.contact_id = contacts.id WHERE contacts.id = ?",
            (contact_id,),
        ).fetchone()
        return dict(row) if row is not None else None

    def _contact_columns(self) -> list[tuple[str, bool]]:
        """(name, NOT NULL) of each column of contacts as the file has it."""
        return [(row[1], bool(row[3])) for row in self._db.execute("PRAGMA table_info(contacts)")]

    def personal_contact_columns(self) -> list[str]:
        """The contact's columns holding personal data: those the registry says, and
        any the program does not know (added by another tool), in the file's order."""
        return [
            column
            for column, _ in self._contact_columns()
            if registry.is_personal("contacts", column)
        ]

    def unknown_contact_columns(self) -> list[str]:
        """The contact's columns the program does not know (another tool added them)."""
        return registry.unknown("contacts", [column for column, _ in self._contact_columns()])

    def contact_count(self) -> int:
        """How many contacts there are, people erased not counted (they are no longer
        anybody's contact; their registrations still count). Two counts, no scan."""
        # a count of the whole table on its own is answered without reading its rows;
        # CROSS JOIN keeps the (few) erasures as the outer loop
        everyone = self._db.execute("SELECT count(*) FROM contacts").fetchone()[0]
        erased = self._db.execute(
            "SELECT count(*) FROM erasures CROSS JOIN contacts ON contacts.id = erasures.contact_id"
        ).fetchone()[0]
        return int(everyone) - int(erased)

    def erased_among(self, contact_ids: Iterable[int]) -> set[int]:
        """Those of ``contact_ids`` that were erased."""
        rows = self._db.execute(
            "SELECT contact_id FROM erasures WHERE contact_id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(set(contact_ids))),),
        )
        return {int(row[0]) for row in rows}

    def organisation(self, organisation_id: int | None) -> Record | None:
        if organisation_id is None:
            return None
        row = self._db.execute(
            "SELECT id, name, street, postcode, city, country, website, email, phone "
            "FROM organisations WHERE id = ?",
            (organisation_id,),
        ).fetchone()
        return dict(row) if row is not None else None

    def cluster_roles(self, contact_id: int) -> list[str]:
        rows = self._db.execute(
            "SELECT role FROM contact_roles WHERE contact_id = ? ORDER BY role", (contact_id,)
        )
        return [row[0] for row in rows]

    def consents(self, contact_id: int) -> list[Record]:
        """Every consent statement, oldest first (the last per purpose is in force)."""
        return self._records(
            "SELECT id, purpose, granted, recorded_on, source, created_at FROM consents "
            "WHERE contact_id = ? ORDER BY recorded_on, id",
            (contact_id,),
        )

    def registrations(self, contact_id: int) -> list[Record]:
        """Registrations with their event's title, times and status, by event start."""
        return self._records(
            "SELECT registrations.id, registrations.event_id, events.title AS event_title, "
            "events.starts_at AS event_starts_at, events.ends_at AS event_ends_at, "
            "events.time_zone AS event_time_zone, events.status AS event_status, "
            "registrations.status, registrations.role, registrations.registered_at, "
            "registrations.waitlist_position, registrations.moved_up_at, registrations.notes, "
            "registrations.version "
            "FROM registrations JOIN events ON events.id = registrations.event_id "
            "WHERE registrations.contact_id = ? ORDER BY events.starts_at, registrations.id",
            (contact_id,),
        )

    def interactions(self, contact_id: int) -> list[Record]:
        """Interactions the person took part in, with the staff member's name, by date."""
        return self._records(
            "SELECT interactions.id, interactions.kind, interactions.occurred_at, "
            "interactions.subject, interactions.notes, staff.display_name AS staff "
            "FROM interaction_contacts "
            "JOIN interactions ON interactions.id = interaction_contacts.interaction_id "
            "LEFT JOIN staff ON staff.id = interactions.staff_id "
            "WHERE interaction_contacts.contact_id = ? "
            "ORDER BY interactions.occurred_at, interactions.id",
            (contact_id,),
        )

    def speaker_slots(self, contact_id: int) -> list[Record]:
        """Programme items with the person as speaker, with their event's title."""
        return self._records(
            "SELECT programme_items.id, programme_items.event_id, events.title AS event_title, "
            "programme_items.title, programme_items.starts_at, programme_items.ends_at, "
            "events.time_zone AS event_time_zone, programme_items.room "
            "FROM programme_items JOIN events ON events.id = programme_items.event_id "
            "WHERE programme_items.speaker_contact_id = ? "
            "ORDER BY programme_items.starts_at, programme_items.id",
            (contact_id,),
        )

    def organisation_projects(self, organisation_id: int | None) -> list[Record]:
        """The projects the person's organisation takes part in, with its role."""
        if organisation_id is None:
            return []
        return self._records(
            "SELECT projects.id, projects.name, projects.status, project_organisations.role, "
            "projects.starts_on, projects.ends_on FROM project_organisations "
            "JOIN projects ON projects.id = project_organisations.project_id "
            "WHERE project_organisations.organisation_id = ? "
            "ORDER BY projects.starts_on, projects.name, projects.id",
            (organisation_id,),
        )

    def staff_with_email(self, email: str | None) -> list[Record]:
        """Staff members (program users) with the same e-mail address as the person."""
        if not email:
            return []
        return self._records(
            "SELECT id, username, display_name, email, active, created_at FROM staff "
            "WHERE email = ? COLLATE NOCASE ORDER BY id",
            (email,),
        )

    def staff_duties(self, staff_ids: Iterable[int]) -> list[Record]:
        """The events these staff members are on duty at, by start."""
        ids = json.dumps(sorted(set(staff_ids)))
        return self._records(
            "SELECT event_staff.staff_id, events.id AS event_id, events.title AS event_title, "
            "events.starts_at AS event_starts_at, events.time_zone AS event_time_zone "
            "FROM event_staff JOIN events ON events.id = event_staff.event_id "
            "WHERE event_staff.staff_id IN (SELECT value FROM json_each(?)) "
            "ORDER BY events.starts_at, events.id",
            (ids,),
        )

    def audit_entries_about(self, contact_id: int) -> list[Record]:
        """Audit entries about the contact's own row, their consents, registrations and
        cluster roles, and the interactions they are linked to; oldest first."""
        return self._records(
            "SELECT id, at, staff, table_name, row_id, action, changes FROM audit_log "
            f"WHERE {_ABOUT_CONTACT} ORDER BY id",
            _about_params(contact_id),
        )

    # -- erasure -----------------------------------------------------------------------

    def anonymise_contact(self, contact_id: int, name: str, erased_at: str) -> Record:
        """Empty every personal column of the contact, name it ``name``, note
        ``erased_at`` (table ``erasures``); its roles, consents and interaction links
        are deleted. Returns the row as it was."""
        before = self.contact(contact_id)
        if before is None:
            raise ValueError(f"no contact #{contact_id}")
        emptied = []
        for column, not_null in self._contact_columns():
            if not registry.is_personal("contacts", column) or column == "last_name":
                continue
            emptied.append(f"{sqlite.quoted(column)} = {_EMPTY_TEXT if not_null else 'NULL'}")
        self._db.execute(
            f"UPDATE contacts SET {', '.join(emptied)}, last_name = ?, "
            "version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
            "WHERE id = ?",
            (name, contact_id),
        )
        self._db.execute(
            "INSERT INTO erasures (contact_id, erased_at) VALUES (?, ?) "
            "ON CONFLICT (contact_id) DO UPDATE SET erased_at = excluded.erased_at",
            (contact_id, erased_at),
        )
        self._db.execute("DELETE FROM contact_roles WHERE contact_id = ?", (contact_id,))
        self._db.execute("DELETE FROM consents WHERE contact_id = ?", (contact_id,))
        self._db.execute("DELETE FROM interaction_contacts WHERE contact_id = ?", (contact_id,))
        self._db.execute(
            "UPDATE registrations SET notes = NULL WHERE contact_id = ? AND notes IS NOT NULL",
            (contact_id,),
        )
        self._db.execute(
            "UPDATE programme_items SET speaker_contact_id = NULL, speaker_name = NULL, "
            "version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
            "WHERE speaker_contact_id = ?",
            (contact_id,),
        )
        return before

    def open_future_registrations(self, contact_id: int, now: str) -> list[Record]:
        """The person's invitations, registrations and waitlist places for events that
        have not started yet and are not cancelled: (id, version)."""
        return self._records(
            "SELECT registrations.id, registrations.version FROM registrations "
            "JOIN events ON events.id = registrations.event_id "
            "WHERE registrations.contact_id = ? AND events.starts_at > ? "
            "AND events.status NOT IN ('held', 'cancelled') "
            "AND registrations.status IN (SELECT value FROM json_each(?)) "
            "ORDER BY registrations.id",
            (contact_id, now, json.dumps(OPEN_STATUSES)),
        )

    def linked_texts(self, contact_id: int) -> Iterator[tuple[str, str, int, str]]:
        """(table, column, key, text) of the free texts of records the person is linked
        to: their interactions, registrations and speaker slots. Read before the
        links are removed."""
        queries = (
            (
                "interactions",
                ("subject", "notes"),
                "SELECT id, subject, notes FROM interactions WHERE id IN "
                "(SELECT interaction_id FROM interaction_contacts WHERE contact_id = ?)",
            ),
            (
                "programme_items",
                ("title", "description", "speaker_name"),
                "SELECT id, title, description, speaker_name FROM programme_items "
                "WHERE speaker_contact_id = ?",
            ),
        )
        for table, columns, sql in queries:
            for row in self._db.execute(sql, (contact_id,)).fetchall():
                for column in columns:
                    if row[column]:
                        yield table, column, int(row["id"]), str(row[column])

    def free_texts(self) -> Iterator[tuple[str, str, int, str]]:
        """(table, column, key, text) of every non-empty free text (see FREE_TEXTS)."""
        for table, key, column in FREE_TEXTS:
            rows = self._db.execute(
                f"SELECT {key}, {column} FROM {table} WHERE coalesce({column}, '') <> ''"
            )
            for row in rows.fetchall():
                yield table, column, int(row[0]), str(row[1])

    def whole_values(self) -> Iterator[tuple[str, str, int, str]]:
        """(table, column, key, value) of every e-mail address and phone number."""
        for table, key, column in WHOLE_VALUES:
            rows = self._db.execute(
                f"SELECT {key}, {column} FROM {table} WHERE coalesce({column}, '') <> ''"
            )
            for row in rows.fetchall():
                yield table, column, int(row[0]), str(row[1])

    def set_text(self, table: str, column: str, key: int, value: str | None) -> None:
        """Write a scrubbed text (``table`` and ``column`` from FREE_TEXTS or
        WHOLE_VALUES only)."""
        known = {(t, c) for t, _k, c in FREE_TEXTS + WHOLE_VALUES}
        if (table, column) not in known:
            raise ValueError(f"{table}.{column} is not a free text")
        self._db.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (value, key))

    def audit_texts(self) -> Iterator[tuple[int, str, int, str]]:
        """(id, table, row id, changes JSON) of every audit entry, oldest first."""
        rows = self._db.execute("SELECT id, table_name, row_id, changes FROM audit_log ORDER BY id")
        while True:
            chunk = rows.fetchmany(2000)
            if not chunk:
                return
            for row in chunk:
                yield int(row[0]), str(row[1]), int(row[2]), str(row[3])

    def audit_ids_about(self, contact_id: int) -> set[int]:
        rows = self._db.execute(
            f"SELECT id FROM audit_log WHERE {_ABOUT_CONTACT}", _about_params(contact_id)
        )
        return {int(row[0]) for row in rows}

    def set_audit_changes(self, audit_id: int, changes: Mapping[str, Any]) -> None:
        self._db.execute(
            "UPDATE audit_log SET changes = ? WHERE id = ?",
            (audit_changes_json(changes), audit_id),
        )

    def purge(self) -> Purge:
        """Make sure removed values are gone from the file, not only from the tables:
        the search indexes merged (they keep deleted words until then), every page
        rewritten by VACUUM with secure_delete on (freed pages zeroed), and the
        write-ahead log emptied. Runs outside any transaction. SQLite-only."""
        previous = int(self._db.execute("PRAGMA secure_delete").fetchone()[0])
        waited = int(self._db.execute("PRAGMA busy_timeout").fetchone()[0])
        self._db.execute("PRAGMA secure_delete = ON")
        # a reader elsewhere keeps VACUUM waiting: give up soon, the erasure stands
        self._db.execute(f"PRAGMA busy_timeout = {PURGE_WAIT_MS}")
        try:
            for index in SEARCH_INDEXES:
                self._db.execute(f"INSERT INTO {index} ({index}) VALUES ('optimize')")
            self._db.execute("VACUUM")
            row = self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            self._db.execute(f"PRAGMA secure_delete = {previous}")
            self._db.execute(f"PRAGMA busy_timeout = {waited}")
        busy = bool(row[0]) if row is not None else False
        return Purge(wiped=not busy)

    # -- retention -----------------------------------------------------------------------

    def last_activities(self, before: str | None = None) -> list[Record]:
        """Contacts not erased with their last activity (the latest of: created or
        edited, a registration changed or its event's start, an interaction, a consent
        recorded, a speaker slot), oldest activity first; only those whose last
        activity lies before ``before`` (an ISO day) when given."""
        where = "AND last_activity < ?" if before is not None else ""
        params: list[Any] = [before] if before is not None else []
        # each kind of activity is summed up once per contact, then joined: a
        # correlated subquery per contact took half a minute for 100,000 contacts
        return self._records(
            "SELECT * FROM (SELECT contacts.id, contacts.first_name, contacts.last_name, "
            "contacts.email, organisations.name AS organisation_name, max("
            "contacts.created_at, contacts.updated_at, coalesce(registered.last, ''), "
            "coalesce(met.last, ''), coalesce(consented.last, ''), coalesce(spoke.last, '')"
            ") AS last_activity FROM contacts "
            "LEFT JOIN organisations ON organisations.id = contacts.organisation_id "
            "LEFT JOIN (SELECT registrations.contact_id, max(max(registrations.updated_at, "
            "events.starts_at, coalesce(registrations.registered_at, ''))) AS last "
            "FROM registrations JOIN events ON events.id = registrations.event_id "
            "GROUP BY registrations.contact_id) AS registered "
            "ON registered.contact_id = contacts.id "
            "LEFT JOIN (SELECT interaction_contacts.contact_id, "
            "max(interactions.occurred_at) AS last FROM interaction_contacts "
            "JOIN interactions ON interactions.id = interaction_contacts.interaction_id "
            "GROUP BY interaction_contacts.contact_id) AS met ON met.contact_id = contacts.id "
            "LEFT JOIN (SELECT contact_id, max(max(recorded_on, updated_at)) AS last "
            "FROM consents GROUP BY contact_id) AS consented "
            "ON consented.contact_id = contacts.id "
            "LEFT JOIN (SELECT speaker_contact_id AS contact_id, max(starts_at) AS last "
            "FROM programme_items WHERE speaker_contact_id IS NOT NULL "
            "GROUP BY speaker_contact_id) AS spoke ON spoke.contact_id = contacts.id "
            f"WHERE {not_erased()}) "
            f"WHERE 1 = 1 {where} "
            "ORDER BY last_activity, last_name COLLATE alphabetical, id",
            params,
        )


# An audit entry about contact ? (bound eight times by _about_params).
_ABOUT_CONTACT = (
    "(table_name = 'contacts' AND row_id = ?) "
    "OR (table_name IN ('consents', 'registrations') AND row_id IN "
    "    (SELECT id FROM consents WHERE contact_id = ? "
    "     UNION SELECT id FROM registrations WHERE contact_id = ?)) "
    "OR (table_name IN ('consents', 'registrations') AND json_valid(changes) AND "
    "    (json_extract(changes, '$.contact_id[0]') = ? "
    "     OR json_extract(changes, '$.contact_id[1]') = ?)) "
    "OR (table_name = 'contact_roles' AND json_valid(changes) AND "
    "    (json_extract(changes, '$.contact_id[0]') = ? "
    "     OR json_extract(changes, '$.contact_id[1]') = ?)) "
    "OR (table_name = 'interactions' AND row_id IN "
    "    (SELECT interaction_id FROM interaction_contacts WHERE contact_id = ?))"
)


def _about_params(contact_id: int) -> list[int]:
    return [contact_id] * 8
