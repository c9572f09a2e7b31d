"""The kinds of record the secretariat keeps, field by field.

Field names are the database's column names; the labels are what the secretariat
reads in forms and messages.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from secretariat.domain import enums
from secretariat.domain.fields import Field, RecordKind
from secretariat.domain.fields import FieldKind as K


def _person(record: Mapping[str, Any]) -> str:
    return " ".join(part for part in (record.get("first_name"), record.get("last_name")) if part)


def _field(key: str) -> Any:
    return lambda record: str(record.get(key) or "")


_ADDRESS = (
    Field("street", "Street"),
    Field("postcode", "Postcode", K.POSTCODE, max_length=12),
    Field("city", "City"),
    Field("country", "Country", K.COUNTRY, default="DE"),
)

STAFF = RecordKind(
    "staff",
    "staff member",
    (
        Field("username", "User name", required=True, max_length=64, personal=True),
        Field("display_name", "Name", required=True, personal=True),
        Field("email", "E-mail", K.EMAIL, personal=True),
        Field("active", "Active", K.FLAG),
    ),
    _field("display_name"),
)

CLUSTER_PROFILE = RecordKind(
    "cluster_profile",
    "cluster profile",
    (
        Field("name", "Cluster name", default=""),
        Field("region", "Region", default=""),
        Field("logo", "Logo", K.IMAGE),
        Field("logo_mime_type", "Logo format"),
        Field("primary_colour", "Main colour", K.COLOUR, default="#1F4E79"),
        Field("secondary_colour", "Accent colour", K.COLOUR, default="#F2A900"),
        Field(
            "life_cycle_stage",
            "Life-cycle stage",
            K.CHOICE,
            vocabulary=enums.LifeCycleStage,
            default="potential",
        ),
    ),
    _field("name"),
)

ORGANISATION = RecordKind(
    "organisations",
    "organisation",
    (
        Field("name", "Name", required=True),
        Field("kind", "Kind", K.CHOICE, vocabulary=enums.OrganisationKind, default="firm"),
        *_ADDRESS,  # with the name, as on an envelope
        Field("website", "Website", K.URL),
        Field("email", "E-mail", K.EMAIL),
        Field("phone", "Phone", K.PHONE),
        Field("is_member", "Member", K.FLAG),
        Field("is_customer", "Customer", K.FLAG),
        Field("is_partner", "Partner", K.FLAG),
        Field("is_prospect", "Prospect", K.FLAG),
        Field("member_since", "Member since", K.DATE),
        Field("member_until", "Member until", K.DATE),
        Field("fee_tier", "Fee tier", max_length=60),
        Field("size_class", "Size class", K.CHOICE, vocabulary=enums.SizeClass),
        Field("employees", "Employees", K.INTEGER, minimum=0),
        Field("sector", "Sector"),
        Field("roles", "Cluster roles", K.CHOICES, vocabulary=enums.ClusterRole),
        Field("themes", "Themes", K.THEMES),
        Field("description", "Description", K.MULTILINE),
    ),
    _field("name"),
    ordered=(("member_since", "member_until"),),
)

CONTACT = RecordKind(
    "contacts",
    "contact",
    (
        Field("organisation_id", "Organisation", K.REFERENCE, references="organisations"),
        Field(
            "salutation",
            "Salutation",
            K.CHOICE,
            vocabulary=enums.Salutation,
            default="",
            personal=True,
        ),
        Field("title", "Title", max_length=60, personal=True),
        Field("first_name", "First name", default="", personal=True),
        Field("last_name", "Last name", required=True, personal=True),
        Field("position", "Position", personal=True),
        Field("email", "E-mail", K.EMAIL, personal=True),
        Field("phone", "Phone", K.PHONE, personal=True),
        Field("mobile", "Mobile", K.PHONE, personal=True),
        Field("language", "Language", K.LANGUAGE, default="de"),
        Field("roles", "Cluster roles", K.CHOICES, vocabulary=enums.ClusterRole),
        Field("notes", "Notes", K.MULTILINE, personal=True),
    ),
    _person,
)

CONSENT = RecordKind(
    "consents",
    "consent",
    (
        Field("contact_id", "Contact", K.REFERENCE, required=True, references="contacts"),
        Field("purpose", "Purpose", K.CHOICE, required=True, vocabulary=enums.ConsentPurpose),
        Field("granted", "Granted", K.FLAG, required=True),
        Field("recorded_on", "Date", K.DATE, required=True),
        Field("source", "Source", required=True),
    ),
    _field("purpose"),
)

PRODUCT = RecordKind(
    "products",
    "product or service",
    (
        Field(
            "organisation_id",
            "Organisation",
            K.REFERENCE,
            required=True,
            references="organisations",
        ),
        Field("name", "Name", required=True),
        Field(
            "kind", "Product or service", K.CHOICE, vocabulary=enums.ProductKind, default="product"
        ),
        Field("category", "Category"),
        Field("description", "Description", K.MULTILINE),
        Field("keywords", "Keywords"),
    ),
    _field("name"),
)

VENUE = RecordKind(
    "venues",
    "venue",
    (
        Field("name", "Name", required=True),
        *_ADDRESS,
        Field("rooms", "Rooms", K.MULTILINE),
        Field("capacity", "Capacity", K.INTEGER, minimum=0),
        Field("notes", "Notes", K.MULTILINE),
    ),
    _field("name"),
)

EVENT = RecordKind(
    "events",
    "event",
    (
        Field("title", "Title", required=True),
        Field("event_type", "Type", K.CHOICE, vocabulary=enums.EventType, default="workshop"),
        Field("status", "Status", K.CHOICE, vocabulary=enums.EventStatus, default="draft"),
        Field("starts_at", "Start", K.MOMENT, required=True),
        Field("ends_at", "End", K.MOMENT, required=True),
        Field("time_zone", "Time zone", max_length=64, default="Europe/Berlin"),
        Field("venue_id", "Venue", K.REFERENCE, references="venues"),
        Field("room", "Room"),
        Field("capacity", "Capacity", K.INTEGER, minimum=0),
        Field("fee_cents", "Fee", K.MONEY, default=0),
        Field("themes", "Themes", K.THEMES),
        Field("staff_ids", "Staff on duty", K.REFERENCES, references="staff"),
        Field("description", "Description", K.MULTILINE),
    ),
    _field("title"),
    ordered=(("starts_at", "ends_at"),),
)

PROGRAMME_ITEM = RecordKind(
    "programme_items",
    "programme item",
    (
        Field("event_id", "Event", K.REFERENCE, required=True, references="events"),
        Field("title", "Title", required=True),
        Field("starts_at", "Start", K.MOMENT, required=True),
        Field("ends_at", "End", K.MOMENT, required=True),
        Field("speaker_contact_id", "Speaker", K.REFERENCE, references="contacts"),
        Field("speaker_name", "Speaker (not in the contacts)", personal=True),
        Field("room", "Room"),
        Field("description", "Description", K.MULTILINE),
    ),
    _field("title"),
    ordered=(("starts_at", "ends_at"),),
)

REGISTRATION = RecordKind(
    "registrations",
    "registration",
    (
        Field("event_id", "Event", K.REFERENCE, required=True, references="events"),
        Field("contact_id", "Person", K.REFERENCE, required=True, references="contacts"),
        Field(
            "status", "Status", K.CHOICE, vocabulary=enums.RegistrationStatus, default="registered"
        ),
        Field("role", "Role", K.CHOICE, vocabulary=enums.RegistrationRole, default="participant"),
        Field("registered_at", "Registered at", K.MOMENT),
        Field("waitlist_position", "Waitlist position", K.INTEGER, minimum=1),
        Field("moved_up_at", "Moved up from the waitlist at", K.MOMENT),
        Field("notes", "Notes", K.MULTILINE, personal=True),
    ),
    lambda record: f"#{record.get('id')}",
)

TASK = RecordKind(
    "tasks",
    "task",
    (
        Field("event_id", "Event", K.REFERENCE, required=True, references="events"),
        Field("title", "Task", required=True),
        Field("due_on", "Due", K.DATE),
        Field("offset_days", "Days from the event", K.INTEGER),
        Field("owner_staff_id", "Owner", K.REFERENCE, references="staff"),
        Field("done", "Done", K.FLAG),
        Field("done_at", "Done at", K.MOMENT),
    ),
    _field("title"),
)

BUDGET_LINE = RecordKind(
    "budget_lines",
    "budget line",
    (
        Field("event_id", "Event", K.REFERENCE, required=True, references="events"),
        Field("description", "Description", required=True),
        Field("kind", "Cost or income", K.CHOICE, vocabulary=enums.BudgetKind, default="cost"),
        Field("planned_cents", "Planned", K.MONEY, default=0),
        Field("actual_cents", "Actual", K.MONEY),
    ),
    _field("description"),
)

INTERACTION = RecordKind(
    "interactions",
    "interaction",
    (
        Field("kind", "Kind", K.CHOICE, vocabulary=enums.InteractionKind, default="meeting"),
        Field("occurred_at", "When", K.MOMENT, required=True),
        Field("subject", "Subject", required=True),
        Field("notes", "Notes", K.MULTILINE),
        Field("staff_id", "Staff member", K.REFERENCE, references="staff"),
        Field("organisation_ids", "Organisations", K.REFERENCES, references="organisations"),
        Field("contact_ids", "People", K.REFERENCES, references="contacts"),
    ),
    _field("subject"),
)

PROJECT = RecordKind(
    "projects",
    "project",
    (
        Field("name", "Name", required=True),
        Field("status", "Status", K.CHOICE, vocabulary=enums.ProjectStatus, default="planned"),
        Field("description", "Description", K.MULTILINE),
        Field("funding_source", "Funding source"),
        Field("funding_cents", "Funding", K.MONEY),
        Field("starts_on", "Start", K.DATE),
        Field("ends_on", "End", K.DATE),
        Field("achievements", "Achievements", K.MULTILINE),
        Field(
            "participants",
            "Participating organisations",
            K.ASSIGNMENTS,
            vocabulary=enums.ProjectRole,
            references="organisations",
        ),
    ),
    _field("name"),
    ordered=(("starts_on", "ends_on"),),
)

STORY = RecordKind(
    "stories",
    "story",
    (
        Field("title", "Title", required=True),
        Field("status", "Status", K.CHOICE, vocabulary=enums.StoryStatus, default="idea"),
        Field("channel", "Channel", K.CHOICE, vocabulary=enums.Channel, default="newsletter"),
        Field("body", "Text", K.MULTILINE, max_length=200_000),
        Field("event_id", "Event", K.REFERENCE, references="events"),
        Field("project_id", "Project", K.REFERENCE, references="projects"),
        Field("organisation_id", "Organisation", K.REFERENCE, references="organisations"),
        Field("published_on", "Published on", K.DATE),
    ),
    _field("title"),
)

ALL = (
    STAFF,
    CLUSTER_PROFILE,
    ORGANISATION,
    CONTACT,
    CONSENT,
    PRODUCT,
    VENUE,
    EVENT,
    PROGRAMME_ITEM,
    REGISTRATION,
    TASK,
    BUDGET_LINE,
    INTERACTION,
    PROJECT,
    STORY,
)
BY_TABLE = {kind.table: kind for kind in ALL}


def follow_ups(table: str, changed: str, values: Mapping[str, Any], today: date) -> dict[str, Any]:
    """What a form fills in for the user after ``changed`` was edited to ``values``.

    Ticking *Member* dates the membership from today; a number of employees gives
    the size class (EU SME definition). The form offers these only where the field
    is empty or still holds what it offered before: what the user typed stays.
    """
    if table != ORGANISATION.table:
        return {}
    if changed == "is_member" and values.get("is_member"):
        return {"member_since": today.isoformat()}
    if changed == "employees":
        text = str(values.get("employees") or "").strip().replace(".", "").replace(" ", "")
        if text.isdigit():
            return {"size_class": enums.SizeClass.for_employees(int(text)).value}
    return {}
