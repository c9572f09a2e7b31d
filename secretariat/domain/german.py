"""The German words of the vocabularies, kept in one place.

Documents print them (``secretariat.exports.language.vocabulary_label``), the import
and the forms understand them as well as the English labels ("Frau" is "Ms",
"Wissensproduzent" is "Knowledge generator"), and ``tools/translations.py extract``
copies them into the "vocabulary" context of ``resources/translations/secretariat_de.ts``
so that the screen shows the same words (a test compares the two). The English
label is the one in :mod:`secretariat.domain.enums`.
"""

from __future__ import annotations

from secretariat.domain import enums

GERMAN_LABELS: dict[type[enums.Vocabulary], dict[str, str]] = {
    enums.OrganisationKind: {
        "firm": "Unternehmen",
        "research_institute": "Forschungseinrichtung",
        "university": "Hochschule",
        "authority": "Behörde",
        "association": "Verband",
        "investor": "Investor",
        "other": "Sonstige",
    },
    enums.Relation: {
        "member": "Mitglied",
        "customer": "Kunde",
        "partner": "Partner",
        "prospect": "Interessent",
    },
    enums.ClusterRole: {
        "knowledge_generator": "Wissensproduzent",
        "facilitator": "Vermittler",
        "gr_coordinator": "Koordination Politik und Verwaltung",
        "industrial_entrepreneur": "Industrieunternehmen",
        "service_entrepreneur": "Dienstleistungsunternehmen",
        "commercial_entrepreneur": "Handelsunternehmen",
        "social_entrepreneur": "Sozialunternehmen",
        "marketer": "Vertrieb und Vermarktung",
        "ambassador": "Botschafter/in",
    },
    enums.SizeClass: {
        "micro": "Kleinst (unter 10)",
        "small": "Klein (10–49)",
        "medium": "Mittel (50–249)",
        "large": "Groß (ab 250)",
    },
    enums.Salutation: {"": "(keine)", "ms": "Frau", "mr": "Herr", "mx": "Divers"},
    enums.ConsentPurpose: {
        "newsletter": "Newsletter",
        "directory": "Eintrag im Mitgliederverzeichnis",
        "photos": "Fotos",
    },
    enums.ProductKind: {"product": "Produkt", "service": "Dienstleistung"},
    enums.EventType: {
        "workshop": "Workshop",
        "training": "Schulung",
        "presentation": "Vortrag",
        "pr_event": "PR-Veranstaltung",
        "thematic_workshop": "Themenworkshop",
        "network_meeting": "Netzwerktreffen",
        "ceo_interview": "Geschäftsführergespräch",
        "focus_group": "Fokusgruppe",
        "trade_fair": "Messestand",
        "other": "Sonstige",
    },
    enums.EventStatus: {
        "draft": "Entwurf",
        "planned": "Geplant",
        "registration_open": "Anmeldung offen",
        "full": "Ausgebucht",
        "held": "Durchgeführt",
        "cancelled": "Abgesagt",
    },
    enums.RegistrationStatus: {
        "invited": "Eingeladen",
        "registered": "Angemeldet",
        "waitlisted": "Auf der Warteliste",
        "cancelled": "Abgesagt",
        "attended": "Teilgenommen",
        "no_show": "Nicht erschienen",
    },
    enums.RegistrationRole: {
        "participant": "Teilnehmer/in",
        "speaker": "Referent/in",
        "organiser": "Organisationsteam",
        "press": "Presse",
    },
    enums.BudgetKind: {"cost": "Kosten", "income": "Einnahme"},
    enums.InteractionKind: {
        "meeting": "Treffen",
        "call": "Telefonat",
        "visit": "Besuch",
        "interview": "Interview",
        "focus_group": "Fokusgruppe",
        "email": "E-Mail",
        "other": "Sonstige",
    },
    enums.ProjectStatus: {
        "planned": "Geplant",
        "running": "Laufend",
        "completed": "Abgeschlossen",
        "cancelled": "Abgebrochen",
    },
    enums.ProjectRole: {"lead": "Leitung", "partner": "Partner"},
    enums.StoryStatus: {"idea": "Idee", "draft": "Entwurf", "published": "Veröffentlicht"},
    enums.Channel: {
        "press": "Presse",
        "newsletter": "Newsletter",
        "website": "Website",
        "social": "Social Media",
    },
    enums.LifeCycleStage: {
        "potential": "Aufbauphase",
        "growing": "Wachstumsphase",
        "mature": "Reifephase",
    },
}

# Where paper has room for the whole word: the size classes as documents print them
# (the screen's filter boxes have room only for the short label above: "Mittel
# (50–249)" there, "Mittleres Unternehmen (50–249)" here, the same head count).
PRINTED_GERMAN_LABELS: dict[type[enums.Vocabulary], dict[str, str]] = {
    enums.SizeClass: {
        "micro": "Kleinstunternehmen (unter 10)",
        "small": "Kleinunternehmen (10–49)",
        "medium": "Mittleres Unternehmen (50–249)",
        "large": "Großunternehmen (ab 250)",
    },
}
