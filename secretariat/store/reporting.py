"""The figures of the annual report and the press boilerplate: read-only counts.

Every method takes the first and last day of the period as ISO dates
('2026-01-01', '2026-12-31') and answers with plain rows. Event moments are UTC
text and are compared with the period's days as UTC (an event at 00:30 local time
on 1 January counts for the year before). Plain SQL with parameters only.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from secretariat.domain.enums import ClusterRole
from secretariat.domain.fields import Record
from secretariat.store.connection import Connection
from secretariat.store.privacy import not_erased
from secretariat.store.repository import TableSpec
from secretariat.store.tables import CONTACTS, PRODUCTS

# An organisation that is a member on day ? (the day is bound four times).
_MEMBER_ON = (
    "organisations.is_member = 1 AND coalesce(organisations.member_since, ?) <= ? "
    "AND coalesce(organisations.member_until, ?) >= ?"
)
_HELD_IN = "events.status = 'held' AND events.starts_at >= ? AND events.starts_at <= ?"


def _moments(first: str, last: str) -> tuple[str, str]:
    return f"{first}T00:00:00Z", f"{last}T23:59:59Z"


def _listed_sql(spec: TableSpec, where: str, sort: str) -> str:
    """The rows of ``spec``'s table as its lists give them (with their extra columns),
    by organisation and within it in the list's order ``sort``."""
    table = spec.table
    joins = f"{spec.joins} {spec.sort_joins}"  # and the tables only sorting needs
    return (
        f"SELECT {table}.*{spec.extra_columns} FROM {table} {joins} WHERE {where} "
        f"ORDER BY {table}.organisation_id, {spec.sort_columns[sort]}, {table}.id"
    )


class ReportingStore:
    """Counts for reports; one per :class:`~secretariat.store.database.ClusterDatabase`."""

    def __init__(self, db: Connection) -> None:
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

    def directory_page(
        self, organisation_ids: Sequence[int], *, consented_only: bool
    ) -> tuple[dict[int, Record], dict[int, list[Record]], dict[int, list[Record]]]:
        """What a directory lists of a page of organisations, read with one query per
        table however many organisations: per organisation id (unknown ids left out) the
        organisation as ``organisations.get`` gives it (with its roles and themes), its
        products and services (by name) and its contacts to list (by last name). People
        erased are never among the contacts; with ``consented_only`` only those whose
        newest statement on the directory listing is a yes."""
        ids = json.dumps([int(number) for number in organisation_ids])
        chosen = "(SELECT value FROM json_each(?))"
        found = {
            row["id"]: dict(row)
            for row in self._db.execute(f"SELECT * FROM organisations WHERE id IN {chosen}", (ids,))
        }
        for organisation in found.values():
            organisation["roles"], organisation["themes"] = [], []
        for row in self._db.execute(
            "SELECT organisation_id, role FROM organisation_roles "
            f"WHERE organisation_id IN {chosen} ORDER BY organisation_id, role",
            (ids,),
        ):
            found[row[0]]["roles"].append(row[1])
        order = ClusterRole.values()  # the order of the vocabulary, as organisations.get
        for organisation in found.values():
            organisation["roles"].sort(key=order.index)
        for row in self._db.execute(
            "SELECT organisation_themes.organisation_id, themes.name FROM organisation_themes "
            "JOIN themes ON themes.id = organisation_themes.theme_id "
            f"WHERE organisation_themes.organisation_id IN {chosen} "
            "ORDER BY organisation_themes.organisation_id, themes.name",
            (ids,),
        ):
            found[row[0]]["themes"].append(row[1])
        products: dict[int, list[Record]] = {}
        for row in self._db.execute(
            _listed_sql(PRODUCTS, f"products.organisation_id IN {chosen}", "name"), (ids,)
        ):
            products.setdefault(row["organisation_id"], []).append(dict(row))
        where = f"contacts.organisation_id IN {chosen} AND {not_erased('contacts.id')}"
        params = [ids]
        if consented_only:
            where += f" AND {CONTACTS.filters['consent'].condition}"
            params.append("directory")
        contacts: dict[int, list[Record]] = {}
        for row in self._db.execute(_listed_sql(CONTACTS, where, "last_name"), params):
            contacts.setdefault(row["organisation_id"], []).append(dict(row))
        return found, products, contacts

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

    def membership_changes(self, first: str, last: str) -> list[Record]:
        """Organisations whose membership began or ended between ``first`` and
        ``last``: ``id``, ``name``, ``member_since``, ``member_until``, the latest first."""
        return self._records(
            "SELECT id, name, member_since, member_until FROM organisations "
            "WHERE is_member = 1 AND ((member_since >= ? AND member_since <= ?) "
            "OR (member_until >= ? AND member_until <= ?)) "
            "ORDER BY max(coalesce(member_since, ''), coalesce(member_until, '')) DESC, name",
            (first, last, first, last),
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
