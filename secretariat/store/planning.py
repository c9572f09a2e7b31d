"""The queries event planning needs that a repository cannot express.

Seat counts and the waitlist, overlapping bookings of rooms, speakers and staff,
budget sums, checklist tasks with their event's title, and the events of a
calendar page. Read-only: every write goes through the repositories, so that it
is versioned and audited. :mod:`secretariat.planning` holds the rules that use
these answers.

All moments are UTC text ('2026-06-12T12:30:00Z'), compared as text; two spans
overlap when each starts before the other ends, so back-to-back bookings do not.
Plain SQL with parameters only, so that a server engine can answer it too.
"""

from __future__ import annotations

from typing import Any

from secretariat.domain.fields import Record
from secretariat.store.connection import Connection
from secretariat.store.privacy import not_erased

_EVENT_COLUMNS = (
    "events.id AS event_id, events.title AS event_title, events.starts_at AS event_starts_at, "
    "events.ends_at AS event_ends_at, events.time_zone AS event_time_zone, "
    "events.status AS event_status"
)
_PERSON = "contacts.first_name AS first_name, contacts.last_name AS last_name"


class PlanningStore:
    """Answers for :mod:`secretariat.planning`; one per ClusterDatabase."""

    def __init__(self, db: Connection) -> None:
        self._db = db

    def _records(self, sql: str, params: list[Any] | tuple[Any, ...]) -> list[Record]:
        return [dict(row) for row in self._db.execute(sql, params)]

    # -- registrations ---------------------------------------------------------

    def registration_counts(self, event_id: int) -> list[Record]:
        """How many registrations the event has per status and role:
        rows of ``status``, ``role``, ``people``."""
        return self._records(
            "SELECT status, role, count(*) AS people FROM registrations WHERE event_id = ? "
            "GROUP BY status, role",
            (event_id,),
        )

    def registration_of(self, event_id: int, contact_id: int) -> Record | None:
        """The person's registration for the event, if there is one."""
        row = self._db.execute(
            "SELECT * FROM registrations WHERE event_id = ? AND contact_id = ?",
            (event_id, contact_id),
        ).fetchone()
        return dict(row) if row is not None else None

    def waitlist(self, event_id: int) -> list[Record]:
        """The event's waitlisted registrations, first in line first."""
        return self._records(
            "SELECT * FROM registrations WHERE event_id = ? AND status = 'waitlisted' "
            "ORDER BY waitlist_position IS NULL, waitlist_position, registered_at, id",
            (event_id,),
        )

    def first_waitlisted(self, event_id: int) -> Record | None:
        """The participant who moves up when a seat is free (lowest position), or None."""
        row = self._db.execute(
            "SELECT * FROM registrations WHERE event_id = ? AND status = 'waitlisted' "
            "AND role = 'participant' "
            "ORDER BY waitlist_position IS NULL, waitlist_position, registered_at, id LIMIT 1",
            (event_id,),
        ).fetchone()
        return dict(row) if row is not None else None

    def next_waitlist_position(self, event_id: int) -> int:
        """The position a person joining the event's waitlist now gets."""
        row = self._db.execute(
            "SELECT coalesce(max(waitlist_position), 0) + 1 FROM registrations "
            "WHERE event_id = ? AND status = 'waitlisted'",
            (event_id,),
        ).fetchone()
        return int(row[0])

    # -- bookings that may clash -------------------------------------------------

    def overlapping_events(
        self,
        starts_at: str,
        ends_at: str,
        *,
        exclude_event_id: int | None = None,
        venue_id: int | None = None,
    ) -> list[Record]:
        """Events not cancelled that overlap ``starts_at``–``ends_at`` (at ``venue_id``,
        when given), ordered by start; with ``venue_name``."""
        conditions = ["events.status <> 'cancelled'", "events.starts_at < ?", "events.ends_at > ?"]
        params: list[Any] = [ends_at, starts_at]
        if exclude_event_id is not None:
            conditions.append("events.id <> ?")
            params.append(exclude_event_id)
        if venue_id is not None:
            conditions.append("events.venue_id = ?")
            params.append(venue_id)
        return self._records(
            "SELECT events.*, venues.name AS venue_name FROM events "
            "LEFT JOIN venues ON venues.id = events.venue_id "
            f"WHERE {' AND '.join(conditions)} ORDER BY events.starts_at, events.id",
            params,
        )

    def speaker_bookings(
        self, contact_id: int, starts_at: str, ends_at: str, exclude_event_id: int
    ) -> list[Record]:
        """Where the person speaks during ``starts_at``–``ends_at`` at other events
        not cancelled: their programme items (``item_id``, ``item_title``, the item's
        times) and their speaker registrations (``item_id`` NULL, the event's times)."""
        return self._records(
            f"SELECT {_EVENT_COLUMNS}, {_PERSON}, programme_items.id AS item_id, "
            "programme_items.title AS item_title, programme_items.starts_at AS starts_at, "
            "programme_items.ends_at AS ends_at "
            "FROM programme_items JOIN events ON events.id = programme_items.event_id "
            "JOIN contacts ON contacts.id = programme_items.speaker_contact_id "
            "WHERE programme_items.speaker_contact_id = ? AND events.id <> ? "
            "AND events.status <> 'cancelled' "
            "AND programme_items.starts_at < ? AND programme_items.ends_at > ? "
            "UNION ALL "
            f"SELECT {_EVENT_COLUMNS}, {_PERSON}, NULL AS item_id, NULL AS item_title, "
            "events.starts_at AS starts_at, events.ends_at AS ends_at "
            "FROM registrations JOIN events ON events.id = registrations.event_id "
            "JOIN contacts ON contacts.id = registrations.contact_id "
            "WHERE registrations.contact_id = ? AND registrations.role = 'speaker' "
            "AND registrations.status <> 'cancelled' AND events.id <> ? "
            "AND events.status <> 'cancelled' AND events.starts_at < ? AND events.ends_at > ? "
            "ORDER BY starts_at, event_id",
            (
                contact_id,
                exclude_event_id,
                ends_at,
                starts_at,
                contact_id,
                exclude_event_id,
                ends_at,
                starts_at,
            ),
        )

    def speaker_registrations(self, event_id: int) -> list[Record]:
        """The event's registrations as speaker (not cancelled), with the person's name;
        people erased are not named (their slots of future events were cancelled)."""
        return self._records(
            f"SELECT registrations.*, {_PERSON} FROM registrations "
            "JOIN contacts ON contacts.id = registrations.contact_id "
            "WHERE registrations.event_id = ? AND registrations.role = 'speaker' "
            f"AND registrations.status <> 'cancelled' AND {not_erased()} "
            "ORDER BY registrations.id",
            (event_id,),
        )

    def programme_with_speakers(self, event_id: int) -> list[Record]:
        """The event's programme items, by start, with the speaker contact's name."""
        return self._records(
            f"SELECT programme_items.*, {_PERSON} FROM programme_items "
            "LEFT JOIN contacts ON contacts.id = programme_items.speaker_contact_id "
            "WHERE programme_items.event_id = ? "
            "ORDER BY programme_items.starts_at, programme_items.id",
            (event_id,),
        )

    def staff_on_duty(self, event_id: int) -> list[Record]:
        """The staff members on duty at the event (``id``, ``display_name``)."""
        return self._records(
            "SELECT staff.id AS id, staff.display_name AS display_name FROM event_staff "
            "JOIN staff ON staff.id = event_staff.staff_id WHERE event_staff.event_id = ? "
            "ORDER BY staff.display_name, staff.id",
            (event_id,),
        )

    def staff_bookings(
        self, staff_id: int, starts_at: str, ends_at: str, exclude_event_id: int
    ) -> list[Record]:
        """Other events not cancelled, overlapping ``starts_at``–``ends_at``, at which
        the staff member is on duty."""
        return self._records(
            f"SELECT {_EVENT_COLUMNS} FROM event_staff "
            "JOIN events ON events.id = event_staff.event_id "
            "WHERE event_staff.staff_id = ? AND events.id <> ? AND events.status <> 'cancelled' "
            "AND events.starts_at < ? AND events.ends_at > ? ORDER BY events.starts_at, events.id",
            (staff_id, exclude_event_id, ends_at, starts_at),
        )

    # -- budget and checklist ----------------------------------------------------

    def budget_sums(self, event_id: int) -> Record:
        """The event's budget in cents: ``planned_cost``, ``planned_income``,
        ``actual_cost``, ``actual_income`` (lines without an actual amount count 0)."""
        row = self._db.execute(
            "SELECT "
            "coalesce(sum(CASE WHEN kind = 'cost' THEN planned_cents END), 0) AS planned_cost, "
            "coalesce(sum(CASE WHEN kind = 'income' THEN planned_cents END), 0) "
            "AS planned_income, "
            "coalesce(sum(CASE WHEN kind = 'cost' THEN actual_cents END), 0) AS actual_cost, "
            "coalesce(sum(CASE WHEN kind = 'income' THEN actual_cents END), 0) AS actual_income "
            "FROM budget_lines WHERE event_id = ?",
            (event_id,),
        ).fetchone()
        return dict(row)

    def open_tasks_due(
        self, *, due_from: str | None = None, due_before: str | None = None
    ) -> list[Record]:
        """Tasks not done of events not cancelled, due on or after ``due_from`` and
        before ``due_before`` (ISO dates), oldest due first; with ``event_title``,
        ``event_starts_at``, ``event_time_zone``, ``event_status`` and the owner's
        ``owner_name``."""
        conditions = ["tasks.done = 0", "tasks.due_on IS NOT NULL", "events.status <> 'cancelled'"]
        params: list[Any] = []
        if due_from is not None:
            conditions.append("tasks.due_on >= ?")
            params.append(due_from)
        if due_before is not None:
            conditions.append("tasks.due_on < ?")
            params.append(due_before)
        return self._records(
            "SELECT tasks.*, events.title AS event_title, events.starts_at AS event_starts_at, "
            "events.time_zone AS event_time_zone, events.status AS event_status, "
            "staff.display_name AS owner_name FROM tasks "
            "JOIN events ON events.id = tasks.event_id "
            "LEFT JOIN staff ON staff.id = tasks.owner_staff_id "
            f"WHERE {' AND '.join(conditions)} "
            "ORDER BY tasks.due_on, events.starts_at, tasks.id",
            params,
        )

    # -- the calendar ------------------------------------------------------------

    def events_between(self, starts_at: str, ends_at: str) -> list[Record]:
        """Every event (any status) overlapping ``starts_at``–``ends_at``, or starting
        inside it, ordered by start; with ``venue_name``."""
        return self._records(
            "SELECT events.*, venues.name AS venue_name FROM events "
            "LEFT JOIN venues ON venues.id = events.venue_id "
            "WHERE events.starts_at < ? AND (events.ends_at > ? OR events.starts_at >= ?) "
            "ORDER BY events.starts_at, events.id",
            (ends_at, starts_at, starts_at),
        )
