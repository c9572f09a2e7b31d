"""What each page of the main window lists, filters, edits and links to.

One :class:`PageSpec` per kind of record the secretariat keeps. Built by
:func:`page_specs` at run time, so that every caption goes through Qt's
translation. :class:`Column` lives here, free of Qt's namespace of enums (which
takes a noticeable part of the start-up to load), so that the main window can
know its pages before any list is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from secretariat.domain import enums, records
from secretariat.domain.fields import Record, RecordKind
from secretariat.store import ClusterDatabase
from secretariat.ui.formatting import (
    show_date,
    show_moment,
    show_money,
    show_value,
    vocabulary_label,
)

Options = Callable[[ClusterDatabase], list[tuple[str, Any]]]

ORG, CON, PRO, EVT = records.ORGANISATION, records.CONTACT, records.PRODUCT, records.EVENT
ACT, PRJ, STY, REG = records.INTERACTION, records.PROJECT, records.STORY, records.REGISTRATION


def tr(text: str) -> str:
    return QCoreApplication.translate("pages", text)


@dataclass(frozen=True)
class Column:
    """One column of a list: what it shows and how it sorts."""

    key: str  # the row's key (a column of the table or one of the list's extras)
    header: str
    sort: str | None = None  # a sort name the repository knows; None: not sortable
    show: Callable[[Any, Record], str] | None = None  # value, row -> text
    width: int = 140


@dataclass(frozen=True)
class FilterChoice:
    """A drop-down above a list: ``name`` is the repository's filter."""

    name: str
    everything: str  # the first entry, "All relations"; a picker's placeholder
    options: Options | None  # (label, value) for the filter ``name``, or (label, (filter, value))
    picker: str = ""  # instead of options: pick one record of this table by typing
    initial: int = 0  # the entry chosen when the page opens


@dataclass(frozen=True)
class RelatedList:
    """Records that belong to the selected one, shown in a tab beside it."""

    title: str
    table: str  # the related repository
    filter: str  # its filter that takes the value of ``key`` from the selected record
    columns: list[Column]
    key: str = "id"
    add_fields: list[str] = field(default_factory=list)  # fields of the "Add…" form
    link_field: str = ""  # the field of a new related record that points back


@dataclass(frozen=True)
class PageSpec:
    key: str  # the repository's name on ClusterDatabase, and the page's name
    title: str
    kind: RecordKind
    columns: list[Column]
    form_fields: list[str]
    filters: list[FilterChoice] = field(default_factory=list)
    related: list[RelatedList] = field(default_factory=list)
    defaults: Record = field(default_factory=dict)
    newest_first: bool = False  # the default sort, descending


def _vocabulary(vocabulary: type[enums.Vocabulary]) -> Options:
    return lambda db: [
        (vocabulary_label(vocabulary, value), value) for value in vocabulary.values() if value
    ]


def _distinct(table: str, column: str) -> Options:
    return lambda db: [(value, value) for value in db.distinct(table, column)]


def _labelled(kind: RecordKind, key: str) -> Callable[[Any, Record], str]:
    field_ = kind.by_name[key]
    return lambda value, row: show_value(field_, value, row)


def _column(kind: RecordKind, key: str, sort: str | None = "", width: int = 140) -> Column:
    """A column showing one field of ``kind``, sorted by the same name by default."""
    return Column(
        key,
        QCoreApplication.translate("fields", kind.by_name[key].label),
        key if sort == "" else sort,
        _labelled(kind, key),
        width,
    )


def _membership(db: ClusterDatabase) -> list[tuple[str, Any]]:
    today = date.today().isoformat()
    return [
        (tr("Current members"), ("current_member_on", today)),
        (tr("Former members"), ("former_member_on", today)),
    ]


def _name(value: Any, row: Record) -> str:
    return " ".join(p for p in (row.get("title"), row.get("first_name"), row.get("last_name")) if p)


def page_specs() -> list[PageSpec]:
    contact_columns = [
        Column("last_name", tr("Name"), "last_name", _name, 200),
        Column("organisation_name", tr("Organisation"), "organisation", None, 220),
        _column(CON, "position", width=160),
        _column(CON, "email", width=220),
        _column(CON, "phone"),
    ]
    registration_columns = [
        Column("event_title", tr("Event"), "event_starts_at", None, 220),
        Column("event_starts_at", tr("Date"), "event_starts_at", lambda v, r: show_moment(v), 120),
        _column(REG, "status", width=100),
        _column(REG, "role", width=100),
    ]
    interaction_columns = [
        Column("occurred_at", tr("When"), "occurred_at", lambda v, r: show_moment(v), 120),
        _column(ACT, "kind", width=90),
        _column(ACT, "subject", width=260),
    ]
    return [
        PageSpec(
            "organisations",
            tr("Organisations"),
            ORG,
            [
                _column(ORG, "name", width=260),
                _column(ORG, "kind", width=120),
                Column("is_member", tr("Relation"), None, _relations, 150),
                _column(ORG, "sector", width=160),
                _column(ORG, "size_class", width=120),
                _column(ORG, "postcode", width=70),
                _column(ORG, "city", width=130),
                _column(ORG, "member_since", width=100),
            ],
            [f.name for f in ORG.fields],
            filters=[
                FilterChoice("relation", tr("All relations"), _vocabulary(enums.Relation)),
                FilterChoice("role", tr("All cluster roles"), _vocabulary(enums.ClusterRole)),
                FilterChoice("membership", tr("Any membership"), _membership),
                FilterChoice("sector", tr("All sectors"), _distinct("organisations", "sector")),
                FilterChoice("theme", tr("All themes"), lambda db: [(t, t) for t in db.themes()]),
                FilterChoice("size_class", tr("All sizes"), _vocabulary(enums.SizeClass)),
                FilterChoice("city", tr("All cities"), _distinct("organisations", "city")),
            ],
            related=[
                RelatedList(
                    tr("Contacts"),
                    "contacts",
                    "organisation_id",
                    contact_columns,
                    add_fields=[
                        "salutation",
                        "title",
                        "first_name",
                        "last_name",
                        "position",
                        "email",
                        "phone",
                    ],
                    link_field="organisation_id",
                ),
                RelatedList(
                    tr("Products and services"),
                    "products",
                    "organisation_id",
                    [
                        _column(PRO, "name", width=220),
                        _column(PRO, "kind", width=90),
                        _column(PRO, "category", width=160),
                    ],
                    add_fields=["name", "kind", "category", "keywords", "description"],
                    link_field="organisation_id",
                ),
                RelatedList(
                    tr("Interactions"), "interactions", "organisation_id", interaction_columns
                ),
                RelatedList(
                    tr("Projects"),
                    "projects",
                    "organisation_id",
                    [
                        _column(PRJ, "name", width=240),
                        _column(PRJ, "status", width=100),
                        _column(PRJ, "starts_on", width=100),
                    ],
                ),
                RelatedList(
                    tr("Event registrations"),
                    "registrations",
                    "organisation_id",
                    [
                        Column("last_name", tr("Person"), "last_name", _name, 160),
                        *registration_columns,
                    ],
                ),
            ],
            defaults={"country": "DE", "kind": "firm"},
        ),
        PageSpec(
            "contacts",
            tr("Contacts"),
            CON,
            contact_columns,
            [f.name for f in CON.fields],
            filters=[
                FilterChoice(
                    "organisation_id",
                    tr("Any organisation (type a name)"),
                    None,
                    picker="organisations",
                ),
                FilterChoice("consent", tr("Any consent"), _consents),
                FilterChoice("role", tr("All cluster roles"), _vocabulary(enums.ClusterRole)),
                FilterChoice(
                    "language",
                    tr("All languages"),
                    lambda db: [(tr("German"), "de"), (tr("English"), "en")],
                ),
            ],
            related=[
                RelatedList(
                    tr("Organisation"),
                    "organisations",
                    "id",
                    [_column(ORG, "name", width=240), _column(ORG, "city", width=120)],
                    key="organisation_id",
                ),
                RelatedList(
                    tr("Consents"),
                    "consents",
                    "contact_id",
                    [
                        _column(records.CONSENT, "purpose", width=190),
                        Column(
                            "granted",
                            tr("Granted"),
                            None,
                            lambda v, r: tr("yes") if v else tr("withdrawn / no"),
                            110,
                        ),
                        _column(records.CONSENT, "recorded_on", width=100),
                        _column(records.CONSENT, "source", width=200),
                    ],
                    add_fields=["purpose", "granted", "recorded_on", "source"],
                    link_field="contact_id",
                ),
                RelatedList(tr("Events"), "registrations", "contact_id", registration_columns),
                RelatedList(tr("Interactions"), "interactions", "contact_id", interaction_columns),
            ],
            defaults={"language": "de", "salutation": ""},
        ),
        PageSpec(
            "products",
            tr("Products & services"),
            PRO,
            [
                _column(PRO, "name", width=240),
                _column(PRO, "kind", width=130),
                _column(PRO, "category", width=170),
                Column("organisation_name", tr("Organisation"), "organisation", None, 240),
                _column(PRO, "keywords", None, 220),
            ],
            [f.name for f in PRO.fields],
            filters=[
                FilterChoice("kind", tr("Products and services"), _vocabulary(enums.ProductKind)),
                FilterChoice("category", tr("All categories"), _distinct("products", "category")),
            ],
            defaults={"kind": "product"},
        ),
        PageSpec(
            "events",
            tr("Events"),
            EVT,
            [
                Column(
                    "starts_at",
                    tr("Date"),
                    "starts_at",
                    lambda v, r: show_moment(v, r.get("time_zone")),
                    130,
                ),
                _column(EVT, "title", width=280),
                _column(EVT, "event_type", width=150),
                _column(EVT, "status", width=130),
                Column("venue_name", tr("Venue"), "venue", None, 200),
                _column(EVT, "capacity", None, 70),
            ],
            [f.name for f in EVT.fields],
            filters=[
                FilterChoice("period", tr("All dates"), _periods, initial=1),
                FilterChoice("status", tr("Every status"), _vocabulary(enums.EventStatus)),
                FilterChoice("event_type", tr("All types"), _vocabulary(enums.EventType)),
                FilterChoice("theme", tr("All themes"), lambda db: [(t, t) for t in db.themes()]),
            ],
            defaults={"event_type": "workshop", "status": "draft", "time_zone": "Europe/Berlin"},
        ),
        PageSpec(
            "interactions",
            tr("Interactions"),
            ACT,
            interaction_columns,
            [f.name for f in ACT.fields],
            filters=[FilterChoice("kind", tr("All kinds"), _vocabulary(enums.InteractionKind))],
            defaults={"kind": "meeting"},
            newest_first=True,
        ),
        PageSpec(
            "projects",
            tr("Projects"),
            PRJ,
            [
                _column(PRJ, "name", width=260),
                _column(PRJ, "status", width=100),
                _column(PRJ, "starts_on", width=100),
                _column(PRJ, "ends_on", None, 100),
                _column(PRJ, "funding_source", None, 160),
                Column("funding_cents", tr("Funding (€)"), None, lambda v, r: show_money(v), 110),
            ],
            [f.name for f in PRJ.fields],
            filters=[FilterChoice("status", tr("Every status"), _vocabulary(enums.ProjectStatus))],
            defaults={"status": "planned"},
        ),
        PageSpec(
            "stories",
            tr("Stories"),
            STY,
            [
                _column(STY, "title", width=300),
                _column(STY, "status", width=100),
                _column(STY, "channel", width=120),
                Column(
                    "published_on",
                    tr("Published on"),
                    "published_on",
                    lambda v, r: show_date(v),
                    110,
                ),
            ],
            [f.name for f in STY.fields],
            filters=[
                FilterChoice("status", tr("Every status"), _vocabulary(enums.StoryStatus)),
                FilterChoice("channel", tr("All channels"), _vocabulary(enums.Channel)),
            ],
            defaults={"status": "idea", "channel": "newsletter"},
        ),
    ]


def _periods(db: ClusterDatabase) -> list[tuple[str, Any]]:
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return [(tr("Upcoming"), ("starts_from", now)), (tr("Past"), ("starts_before", now))]


def _relations(value: Any, row: Record) -> str:
    return ", ".join(
        vocabulary_label(enums.Relation, relation.value)
        for relation in enums.Relation
        if row.get(relation.column)
    )


def _consents(db: ClusterDatabase) -> list[tuple[str, Any]]:
    options: list[tuple[str, Any]] = []
    for purpose in enums.ConsentPurpose:
        label = vocabulary_label(enums.ConsentPurpose, purpose.value)
        options.append(
            (tr("Consented: {purpose}").format(purpose=label), ("consent", purpose.value))
        )
    for purpose in enums.ConsentPurpose:
        label = vocabulary_label(enums.ConsentPurpose, purpose.value)
        options.append(
            (tr("No consent: {purpose}").format(purpose=label), ("no_consent", purpose.value))
        )
    return options
