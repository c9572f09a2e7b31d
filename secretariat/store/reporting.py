"""The figures of the annual report and the press boilerplate: read-only counts.

Every method takes the first and last day of the period as ISO dates
('2026-01-01', '2026-12-31') and answers with plain rows. Event moments are UTC
text and are compared with the period's days as UTC (an event at 00:30 local time
on 1 January counts for the year before). Plain SQL with parameters only.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from secretariat.domain.fields import Record

if TYPE_CHECKING:
    from secretariat.store.database import ClusterDatabase

# An organisation that is a member on day ? (the day is bound four times).
_MEMBER_ON = (
    "organisations.is_member = 1 AND coalesce(organisations.member_since, ?) <= ? "
    "AND coalesce(organisations.member_until, ?) >= ?"
)
_HELD_IN = "events.status = 'held' AND events.starts_at >= ? AND events.starts_at <= ?"


def _moments(first: str, last: str) -> tuple[str, str]:
    return f"{first}T00:00:00Z", f"{last}T23:59:59Z"


class ReportingStore:
    """Counts for reports; one per :class:`ClusterDatabase`."""

    def __init__(self, db: ClusterDatabase) -> None:
        self._db = db

    def _records(self, sql: str, params: list[Any] | tuple[Any, ...]) -> list[Record]:
        return [dict(row) for row in self._db.execute(sql, params)]

    def _number(self, sql: str, params: list[Any] | tuple[Any, ...]) -> int:
        row = self._db.execute(sql, params).fetchone()
        return int(row[0] or 0) if row is not None else 0

    # -- members -----------------------------------------------------------------

    def directory_outline(
        self, day: str, organisation_ids: list[int] | None = None
    ) -> list[Record]:
        """id, name, sector and roles (comma-separated) of each member on ``day`` (or of
        the organisations chosen), by name: what a directory needs to plan its groups
        before it reads the organisations one by one."""
        if organisation_ids is None:
            where, params = _MEMBER_ON, [day, day, day, day]
        else:
            where = "organisations.id IN (SELECT value FROM json_each(?))"
            params = [json.dumps(list(organisation_ids))]
        return self._records(
            "SELECT organisations.id, organisations.name, organisations.sector, "
            "(SELECT group_concat(role) FROM organisation_roles "
            " WHERE organisation_roles.organisation_id = organisations.id) AS roles "
            f"FROM organisations WHERE {where} "
            "ORDER BY organisations.name COLLATE alphabetical, organisations.id",
            params,
        )

    def member_count(self, day: str) -> int:
        """How many organisations are members on ``day``."""
        return self._number(
            f"SELECT count(*) FROM organisations WHERE {_MEMBER_ON}", (day, day, day, day)
        )

    def members_by_kind(self, day: str) -> list[Record]:
        """Members on ``day`` per organisation kind: rows of ``kind``, ``count``."""
        return self._records(
            f"SELECT kind, count(*) AS count FROM organisations WHERE {_MEMBER_ON} "
            "GROUP BY kind ORDER BY count DESC, kind",
            (day, day, day, day),
        )

    def members_by_role(self, day: str) -> list[Record]:
        """Members on ``day`` per cluster role (an organisation counts under each of
        its roles): rows of ``role``, ``count``."""
        return self._records(
            "SELECT organisation_roles.role AS role, count(*) AS count "
            "FROM organisation_roles JOIN organisations "
            "ON organisations.id = organisation_roles.organisation_id "
            f"WHERE {_MEMBER_ON} GROUP BY organisation_roles.role ORDER BY count DESC, role",
            (day, day, day, day),
        )

    def members_by_size(self, day: str) -> list[Record]:
        """Members on ``day`` per size class (NULL when unknown): ``size_class``, ``count``."""
        return self._records(
            f"SELECT size_class, count(*) AS count FROM organisations WHERE {_MEMBER_ON} "
            "GROUP BY size_class ORDER BY size_class IS NULL, size_class",
            (day, day, day, day),
        )

    def members_joined(self, first: str, last: str) -> int:
        """Organisations whose membership began between ``first`` and ``last``."""
        return self._number(
            "SELECT count(*) FROM organisations WHERE is_member = 1 "
            "AND member_since >= ? AND member_since <= ?",
            (first, last),
        )

    def members_left(self, first: str, last: str) -> int:
        """Organisations whose membership ended between ``first`` and ``last``."""
        return self._number(
            "SELECT count(*) FROM organisations WHERE is_member = 1 "
            "AND member_until >= ? AND member_until <= ?",
            (first, last),
        )

    # -- events ------------------------------------------------------------------

    def events_held_by_type(self, first: str, last: str) -> list[Record]:
        """Events held (status 'held') that started in the period, per type:
        rows of ``event_type``, ``count``."""
        return self._records(
            f"SELECT event_type, count(*) AS count FROM events WHERE {_HELD_IN} "
            "GROUP BY event_type ORDER BY count DESC, event_type",
            _moments(first, last),
        )

    def participation(self, first: str, last: str) -> Record:
        """Attendance at the events held in the period: ``attendances`` (registrations
        marked attended), ``people`` (distinct contacts) and ``organisations``
        (distinct organisations of those contacts)."""
        row = self._db.execute(
            "SELECT count(*) AS attendances, count(DISTINCT registrations.contact_id) AS people, "
            "count(DISTINCT contacts.organisation_id) AS organisations "
            "FROM registrations JOIN events ON events.id = registrations.event_id "
            "JOIN contacts ON contacts.id = registrations.contact_id "
            f"WHERE registrations.status = 'attended' AND {_HELD_IN}",
            _moments(first, last),
        ).fetchone()
        return {key: int(row[key] or 0) for key in ("attendances", "people", "organisations")}

    # -- interactions, projects, stories ------------------------------------------

    def interactions_by_kind(self, first: str, last: str) -> list[Record]:
        """Interactions on a day of the period, per kind: rows of ``kind``, ``count``."""
        return self._records(
            "SELECT kind, count(*) AS count FROM interactions "
            "WHERE substr(occurred_at, 1, 10) >= ? AND substr(occurred_at, 1, 10) <= ? "
            "GROUP BY kind ORDER BY count DESC, kind",
            (first, last),
        )

    def projects_running(self, first: str, last: str) -> list[Record]:
        """Projects not cancelled whose time (start known) overlaps the period, by
        start: rows of ``id``, ``name``, ``status``, ``starts_on``, ``ends_on``,
        ``funding_cents``."""
        return self._records(
            "SELECT id, name, status, starts_on, ends_on, funding_cents FROM projects "
            "WHERE status <> 'cancelled' AND starts_on IS NOT NULL AND starts_on <= ? "
            "AND (ends_on IS NULL OR ends_on >= ?) ORDER BY starts_on, name, id",
            (last, first),
        )

    def stories_published_by_channel(self, first: str, last: str) -> list[Record]:
        """Stories published in the period, per channel: rows of ``channel``, ``count``."""
        return self._records(
            "SELECT channel, count(*) AS count FROM stories WHERE status = 'published' "
            "AND published_on >= ? AND published_on <= ? "
            "GROUP BY channel ORDER BY count DESC, channel",
            (first, last),
        )
