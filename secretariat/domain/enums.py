"""The fixed vocabularies of the cluster, each value with the label a person reads.

Values are what the database stores (and its CHECK constraints allow); labels are
English source texts that the user interface translates.
"""

from __future__ import annotations

from enum import StrEnum


class Vocabulary(StrEnum):
    """A StrEnum whose members carry a human label: ``Member("x", "Label")``."""

    def __new__(cls, value: str, label: str = "") -> Vocabulary:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label or value.replace("_", " ").capitalize()
        return member

    label: str

    @classmethod
    def values(cls) -> tuple[str, ...]:
        return tuple(member.value for member in cls)


class OrganisationKind(Vocabulary):
    FIRM = "firm", "Firm"
    RESEARCH_INSTITUTE = "research_institute", "Research institute"
    UNIVERSITY = "university", "University"
    AUTHORITY = "authority", "Authority"
    ASSOCIATION = "association", "Association"
    INVESTOR = "investor", "Investor"
    OTHER = "other", "Other"


class Relation(Vocabulary):
    """How an organisation relates to the cluster (any combination)."""

    MEMBER = "member", "Member"
    CUSTOMER = "customer", "Customer"
    PARTNER = "partner", "Partner"
    PROSPECT = "prospect", "Prospect"

    @property
    def column(self) -> str:
        return f"is_{self.value}"


class ClusterRole(Vocabulary):
    """The organisational roles in the cluster, after the source article."""

    KNOWLEDGE_GENERATOR = "knowledge_generator", "Knowledge generator"
    FACILITATOR = "facilitator", "Facilitator"
    GR_COORDINATOR = "gr_coordinator", "GR coordinator"
    INDUSTRIAL_ENTREPRENEUR = "industrial_entrepreneur", "Industrial entrepreneur"
    SERVICE_ENTREPRENEUR = "service_entrepreneur", "Service entrepreneur"
    COMMERCIAL_ENTREPRENEUR = "commercial_entrepreneur", "Commercial entrepreneur"
    SOCIAL_ENTREPRENEUR = "social_entrepreneur", "Social entrepreneur"
    MARKETER = "marketer", "Marketer / sales agent"
    AMBASSADOR = "ambassador", "Ambassador"


class SizeClass(Vocabulary):
    """EU SME definition (Recommendation 2003/361/EC), by head count."""

    MICRO = "micro", "Micro (under 10)"
    SMALL = "small", "Small (10–49)"
    MEDIUM = "medium", "Medium (50–249)"
    LARGE = "large", "Large (250 or more)"

    @classmethod
    def for_employees(cls, employees: int) -> SizeClass:
        if employees < 10:
            return cls.MICRO
        if employees < 50:
            return cls.SMALL
        if employees < 250:
            return cls.MEDIUM
        return cls.LARGE


class Salutation(Vocabulary):
    NONE = "", "(none)"
    MS = "ms", "Ms"
    MR = "mr", "Mr"
    MX = "mx", "Mx"


class ConsentPurpose(Vocabulary):
    NEWSLETTER = "newsletter", "Newsletter"
    DIRECTORY = "directory", "Listing in the member directory"
    PHOTOS = "photos", "Photos"


class ProductKind(Vocabulary):
    PRODUCT = "product", "Product"
    SERVICE = "service", "Service"


class EventType(Vocabulary):
    WORKSHOP = "workshop", "Workshop"
    TRAINING = "training", "Training"
    PRESENTATION = "presentation", "Presentation"
    PR_EVENT = "pr_event", "PR event"
    THEMATIC_WORKSHOP = "thematic_workshop", "Thematic workshop"
    NETWORK_MEETING = "network_meeting", "Network meeting"
    CEO_INTERVIEW = "ceo_interview", "CEO-to-CEO interview"
    FOCUS_GROUP = "focus_group", "Focus group"
    TRADE_FAIR = "trade_fair", "Trade-fair stand"
    OTHER = "other", "Other"


class EventStatus(Vocabulary):
    DRAFT = "draft", "Draft"
    PLANNED = "planned", "Planned"
    REGISTRATION_OPEN = "registration_open", "Registration open"
    FULL = "full", "Full"
    HELD = "held", "Held"
    CANCELLED = "cancelled", "Cancelled"


class RegistrationStatus(Vocabulary):
    INVITED = "invited", "Invited"
    REGISTERED = "registered", "Registered"
    WAITLISTED = "waitlisted", "Waitlisted"
    CANCELLED = "cancelled", "Cancelled"
    ATTENDED = "attended", "Attended"
    NO_SHOW = "no_show", "No-show"


class RegistrationRole(Vocabulary):
    PARTICIPANT = "participant", "Participant"
    SPEAKER = "speaker", "Speaker"
    ORGANISER = "organiser", "Organiser"
    PRESS = "press", "Press"


class BudgetKind(Vocabulary):
    COST = "cost", "Cost"
    INCOME = "income", "Income"


class InteractionKind(Vocabulary):
    MEETING = "meeting", "Meeting"
    CALL = "call", "Call"
    VISIT = "visit", "Visit"
    INTERVIEW = "interview", "Interview"
    FOCUS_GROUP = "focus_group", "Focus group"
    EMAIL = "email", "E-mail"
    OTHER = "other", "Other"


class ProjectStatus(Vocabulary):
    PLANNED = "planned", "Planned"
    RUNNING = "running", "Running"
    COMPLETED = "completed", "Completed"
    CANCELLED = "cancelled", "Cancelled"


class ProjectRole(Vocabulary):
    LEAD = "lead", "Lead"
    PARTNER = "partner", "Partner"


class StoryStatus(Vocabulary):
    IDEA = "idea", "Idea"
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"


class Channel(Vocabulary):
    PRESS = "press", "Press"
    NEWSLETTER = "newsletter", "Newsletter"
    WEBSITE = "website", "Website"
    SOCIAL = "social", "Social media"


class LifeCycleStage(Vocabulary):
    POTENTIAL = "potential", "Potential"
    GROWING = "growing", "Growing"
    MATURE = "mature", "Mature"
