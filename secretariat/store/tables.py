"""How each kind of record is listed, sorted, filtered, linked and protected.

The fixed lists here are the only names that reach ``ORDER BY`` and ``WHERE``.

Deleting, decided per relation:

- an organisation with contacts or project participations is refused (people and
  project history are not thrown away by accident); its products, roles and themes
  go with it; its interaction participations go, the interactions stay; stories
  about it stay, without the link;
- a contact with event registrations is refused (attendance history); consents,
  roles and interaction participations go with it; programme items keep their
  slot with the speaker left open;
- a venue with events is refused;
- an event takes its programme, registrations, checklist and budget with it;
- a project takes its participations; a staff member's tasks lose their owner.

Erased people (see :mod:`secretariat.privacy.erasure`) keep their anonymised row so
that registrations still count them, but no list names them: the filter
``erased`` (False: leave them out, True: only them) exists for contacts and
registrations, and :func:`listed_filters` adds ``erased=False`` wherever a list
does not ask for it. Counts and statistics read the tables directly and keep
counting them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from secretariat.domain import records
from secretariat.domain.enums import Relation
from secretariat.store.privacy import erased
from secretariat.store.repository import Dependent, Filter, Link, SortIndex, TableSpec

_NOCASE = " COLLATE NOCASE"  # for equal-to filters
# Names sort alphabetically as people expect (Ä with A, Ş with S), see sqlite.ALPHABETICAL.
_ALPHA = " COLLATE alphabetical"
# The most used orders read a sort key kept by triggers (db/migrations/0006_sort_keys.sql):
# the same order, from an index, without sorting every row through the collation.
_CONTACTS_SORT = "JOIN contacts_sort ON contacts_sort.contact_id = contacts.id"
_ORGANISATIONS_SORT = (
    "JOIN organisations_sort ON organisations_sort.organisation_id = organisations.id"
)


def _flag(value: Any) -> int:
    """A yes/no filter value as 1/0 ("0", "no" and "false" are no)."""
    if isinstance(value, str):
        return 0 if value.strip().lower() in ("", "0", "no", "false") else 1
    return 1 if value else 0


def _erased_filter(contact_id: str) -> Filter:
    """``erased``: True lists only erased people, False leaves them out."""
    return Filter(f"({erased(contact_id)}) = ?", convert=_flag, by_id=contact_id == "contacts.id")


# ``only_erased`` (any value): the same as erased=True, written so that SQLite starts
# from the few erasures instead of reading every row (for counting them).
_ONLY_ERASED = Filter(erased("contacts.id"), uses=0, by_id=True)


def _relation_filter() -> Filter:
    # The column name comes from the Relation vocabulary only, never from input.
    return Filter(
        "(CASE ? "
        + " ".join(f"WHEN '{r.value}' THEN organisations.{r.column}" for r in Relation)
        + " ELSE 0 END) = 1",
        convert=lambda value: Relation(value).value,
    )


ORGANISATIONS = TableSpec(
    records.ORGANISATION,
    sort_joins=_ORGANISATIONS_SORT,
    sort_columns={
        "name": "organisations_sort.name",
        "kind": "organisations.kind",
        "city": "organisations.city" + _ALPHA,
        "postcode": "organisations.postcode",
        "sector": "organisations.sector" + _ALPHA,
        "size_class": "organisations.size_class",
        "member_since": "organisations.member_since",
        "updated_at": "organisations.updated_at",
    },
    sort_indexes={
        "name": SortIndex("organisations_sort", "organisations_sort_by_name", "organisation_id")
    },
    default_sort="name",
    filters={
        "id": Filter("organisations.id = ?", by_id=True),
        "relation": _relation_filter(),
        "role": Filter(
            "organisations.id IN (SELECT organisation_id FROM organisation_roles WHERE role = ?)"
        ),
        "theme": Filter(
            "organisations.id IN (SELECT organisation_id FROM organisation_themes "
            "JOIN themes ON themes.id = theme_id WHERE themes.name = ?)"
        ),
        "kind": Filter("organisations.kind = ?"),
        "size_class": Filter("organisations.size_class = ?"),
        "sector": Filter("organisations.sector = ?" + _NOCASE),
        "city": Filter("organisations.city = ?" + _NOCASE),
        "former_member_on": Filter(
            "organisations.is_member = 1 AND organisations.member_until < ?"
        ),
        "current_member_on": Filter(
            "organisations.is_member = 1 AND coalesce(organisations.member_since, ?) <= ? "
            "AND coalesce(organisations.member_until, ?) >= ?",
            uses=4,
        ),
    },
    links={
        "roles": Link("organisation_roles", "organisation_id", "role"),
        "themes": Link("organisation_themes", "organisation_id", "theme_id"),
    },
    search_table="organisations_search",
    dependents=(
        Dependent(
            "contacts",
            "organisation_id",
            "contact",
            "contacts",
            "Move its contacts to another organisation or delete them first.",
        ),
        Dependent(
            "project_organisations",
            "organisation_id",
            "project participation",
            "project participations",
            "Remove it from its projects first.",
        ),
    ),
    cascades=(
        Dependent("products", "organisation_id", "product or service", "products and services"),
        Dependent(
            "interaction_organisations",
            "organisation_id",
            "mention in an interaction",
            "mentions in interactions",
        ),
    ),
)

_CURRENT_CONSENT = (
    "(SELECT granted FROM consents WHERE consents.contact_id = contacts.id AND purpose = ? "
    "ORDER BY recorded_on DESC, id DESC LIMIT 1)"
)

CONTACTS = TableSpec(
    records.CONTACT,
    extra_columns=", organisations.name AS organisation_name",
    joins="LEFT JOIN organisations ON organisations.id = contacts.organisation_id",
    sort_joins=_CONTACTS_SORT,
    sort_columns={
        "last_name": "contacts_sort.name",  # the last name, then the first name
        "first_name": "contacts.first_name" + _ALPHA,
        "organisation": "organisations.name" + _ALPHA,
        "email": "contacts.email" + _ALPHA,
        "position": "contacts.position" + _ALPHA,
        "updated_at": "contacts.updated_at",
    },
    sort_indexes={"last_name": SortIndex("contacts_sort", "contacts_sort_by_name", "contact_id")},
    default_sort="last_name",
    filters={
        "organisation_id": Filter("contacts.organisation_id = ?"),
        "role": Filter(
            "contacts.id IN (SELECT contact_id FROM contact_roles WHERE role = ?)", by_id=True
        ),
        "consent": Filter(f"{_CURRENT_CONSENT} = 1"),
        "no_consent": Filter(f"coalesce({_CURRENT_CONSENT}, 0) = 0"),
        "language": Filter("contacts.language = ?"),
        "erased": _erased_filter("contacts.id"),
        "only_erased": _ONLY_ERASED,
    },
    links={"roles": Link("contact_roles", "contact_id", "role")},
    search_table="contacts_search",
    dependents=(
        Dependent(
            "registrations",
            "contact_id",
            "event registration",
            "event registrations",
            "Their attendance history is kept; delete the registrations first if you "
            "really mean to remove this person.",
        ),
    ),
    cascades=(
        Dependent("consents", "contact_id", "consent record", "consent records"),
        Dependent(
            "interaction_contacts",
            "contact_id",
            "mention in an interaction",
            "mentions in interactions",
        ),
    ),
)

CONSENTS = TableSpec(
    records.CONSENT,
    sort_columns={"recorded_on": "consents.recorded_on", "purpose": "consents.purpose"},
    default_sort="recorded_on",
    filters={
        "contact_id": Filter("consents.contact_id = ?"),
        "purpose": Filter("consents.purpose = ?"),
    },
    like_columns=("source",),
)

PRODUCTS = TableSpec(
    records.PRODUCT,
    extra_columns=", organisations.name AS organisation_name",
    joins="JOIN organisations ON organisations.id = products.organisation_id",
    sort_columns={
        "name": "products.name" + _ALPHA,
        "kind": "products.kind",
        "category": "products.category" + _ALPHA,
        "organisation": "organisations.name" + _ALPHA,
    },
    default_sort="name",
    filters={
        "organisation_id": Filter("products.organisation_id = ?"),
        "kind": Filter("products.kind = ?"),
        "category": Filter("products.category = ?" + _NOCASE),
    },
    search_table="products_search",
)

VENUES = TableSpec(
    records.VENUE,
    sort_columns={"name": "venues.name" + _ALPHA, "city": "venues.city" + _ALPHA},
    default_sort="name",
    filters={"city": Filter("venues.city = ?" + _NOCASE)},
    dependents=(
        Dependent("events", "venue_id", "event", "events", "Choose another venue for them first."),
    ),
    like_columns=("name", "city", "rooms"),
)

EVENTS = TableSpec(
    records.EVENT,
    extra_columns=", venues.name AS venue_name",
    joins="LEFT JOIN venues ON venues.id = events.venue_id",
    sort_columns={
        "starts_at": "events.starts_at",
        "title": "events.title" + _ALPHA,
        "event_type": "events.event_type",
        "status": "events.status",
        "venue": "venues.name" + _ALPHA,
    },
    default_sort="starts_at",
    filters={
        "status": Filter("events.status = ?"),
        "event_type": Filter("events.event_type = ?"),
        "venue_id": Filter("events.venue_id = ?"),
        "starts_from": Filter("events.starts_at >= ?"),
        "starts_before": Filter("events.starts_at < ?"),
        "theme": Filter(
            "events.id IN (SELECT event_id FROM event_themes "
            "JOIN themes ON themes.id = theme_id WHERE themes.name = ?)"
        ),
        "staff_id": Filter("events.id IN (SELECT event_id FROM event_staff WHERE staff_id = ?)"),
    },
    links={
        "themes": Link("event_themes", "event_id", "theme_id"),
        "staff_ids": Link("event_staff", "event_id", "staff_id"),
    },
    search_table="events_search",
    cascades=(
        Dependent("programme_items", "event_id", "programme item", "programme items"),
        Dependent("registrations", "event_id", "registration", "registrations"),
        Dependent("tasks", "event_id", "checklist task", "checklist tasks"),
        Dependent("budget_lines", "event_id", "budget line", "budget lines"),
    ),
)

PROGRAMME_ITEMS = TableSpec(
    records.PROGRAMME_ITEM,
    sort_columns={"starts_at": "programme_items.starts_at"},
    default_sort="starts_at",
    filters={"event_id": Filter("programme_items.event_id = ?")},
    like_columns=("title", "speaker_name", "room"),
)

REGISTRATIONS = TableSpec(
    records.REGISTRATION,
    extra_columns=(
        ", contacts.first_name AS first_name, contacts.last_name AS last_name, "
        "organisations.name AS organisation_name, events.title AS event_title, "
        "events.starts_at AS event_starts_at"
    ),
    joins=(
        "JOIN contacts ON contacts.id = registrations.contact_id "
        "JOIN events ON events.id = registrations.event_id "
        "LEFT JOIN organisations ON organisations.id = contacts.organisation_id"
    ),
    sort_columns={
        "last_name": "contacts.last_name" + _ALPHA,
        "status": "registrations.status",
        "registered_at": "registrations.registered_at",
        "waitlist_position": "registrations.waitlist_position",
        "event_starts_at": "events.starts_at",
    },
    default_sort="last_name",
    filters={
        "event_id": Filter("registrations.event_id = ?"),
        "contact_id": Filter("registrations.contact_id = ?"),
        "organisation_id": Filter("contacts.organisation_id = ?"),
        "status": Filter("registrations.status = ?"),
        "role": Filter("registrations.role = ?"),
        "erased": _erased_filter("registrations.contact_id"),
    },
)

TASKS = TableSpec(
    records.TASK,
    sort_columns={"due_on": "tasks.due_on", "title": "tasks.title" + _ALPHA},
    default_sort="due_on",
    filters={
        "event_id": Filter("tasks.event_id = ?"),
        "owner_staff_id": Filter("tasks.owner_staff_id = ?"),
        "done": Filter("tasks.done = ?"),
        "overdue_on": Filter("tasks.done = 0 AND tasks.due_on < ?"),
    },
    like_columns=("title",),
)

BUDGET_LINES = TableSpec(
    records.BUDGET_LINE,
    sort_columns={"description": "budget_lines.description" + _ALPHA},
    default_sort="id",
    filters={"event_id": Filter("budget_lines.event_id = ?"), "kind": Filter("kind = ?")},
    like_columns=("description",),
)

INTERACTIONS = TableSpec(
    records.INTERACTION,
    sort_columns={
        "occurred_at": "interactions.occurred_at",
        "subject": "interactions.subject" + _ALPHA,
        "kind": "interactions.kind",
    },
    default_sort="occurred_at",
    filters={
        "kind": Filter("interactions.kind = ?"),
        "organisation_id": Filter(
            "interactions.id IN (SELECT interaction_id FROM interaction_organisations "
            "WHERE organisation_id = ?)"
        ),
        "contact_id": Filter(
            "interactions.id IN (SELECT interaction_id FROM interaction_contacts "
            "WHERE contact_id = ?)"
        ),
    },
    links={
        "organisation_ids": Link("interaction_organisations", "interaction_id", "organisation_id"),
        "contact_ids": Link("interaction_contacts", "interaction_id", "contact_id"),
    },
    like_columns=("subject", "notes"),
)

PROJECTS = TableSpec(
    records.PROJECT,
    sort_columns={
        "name": "projects.name" + _ALPHA,
        "status": "projects.status",
        "starts_on": "projects.starts_on",
    },
    default_sort="name",
    filters={
        "status": Filter("projects.status = ?"),
        "organisation_id": Filter(
            "projects.id IN (SELECT project_id FROM project_organisations "
            "WHERE organisation_id = ?)"
        ),
    },
    links={"participants": Link("project_organisations", "project_id", "organisation_id", "role")},
    cascades=(Dependent("project_organisations", "project_id", "participation", "participations"),),
    like_columns=("name", "funding_source", "description"),
)

STORIES = TableSpec(
    records.STORY,
    sort_columns={
        "title": "stories.title" + _ALPHA,
        "status": "stories.status",
        "channel": "stories.channel",
        "published_on": "stories.published_on",
    },
    default_sort="title",
    filters={
        "status": Filter("stories.status = ?"),
        "channel": Filter("stories.channel = ?"),
        "event_id": Filter("stories.event_id = ?"),
        "project_id": Filter("stories.project_id = ?"),
        "organisation_id": Filter("stories.organisation_id = ?"),
    },
    like_columns=("title", "body"),
)

STAFF = TableSpec(
    records.STAFF,
    sort_columns={"username": "staff.username", "display_name": "staff.display_name" + _ALPHA},
    default_sort="display_name",
    filters={"active": Filter("staff.active = ?"), "username": Filter("staff.username = ?")},
    like_columns=("display_name", "username"),
)


# What a list shows unless it asks otherwise: people erased are left out.
LIST_DEFAULTS: Mapping[str, Mapping[str, Any]] = {
    CONTACTS.table: {"erased": False},
    REGISTRATIONS.table: {"erased": False},
}


def listed_filters(table: str, filters: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """``filters`` for a list of ``table`` that names records, with the defaults of
    :data:`LIST_DEFAULTS` beneath them (``{"erased": True}`` still shows the erased)."""
    return {**LIST_DEFAULTS.get(table, {}), **(filters or {})}
