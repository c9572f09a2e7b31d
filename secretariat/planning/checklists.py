"""The planning checklist of an event: tasks with due dates counted from the event.

Each kind of event has a template of tasks, each with the number of days before
(negative) or after (positive) the event's local date on which it is due. Task
titles are German: they are the secretariat's data, not the program's texts, and
can be edited like any task.
"""

from __future__ import annotations

from datetime import date, timedelta

from secretariat.domain.enums import EventType
from secretariat.domain.fields import Record
from secretariat.planning.moments import local_date
from secretariat.store.database import ClusterDatabase

DEFAULT_CHECKLIST: list[tuple[str, int]] = [
    ("Raum buchen", -60),
    ("Einladungen versenden", -42),
    ("Erinnerung senden", -7),
    ("Namensschilder und Anwesenheitsliste drucken", -2),
    ("Nachbereitung und Fotos", 3),
]

TEMPLATES: dict[str, list[tuple[str, int]]] = {
    EventType.WORKSHOP.value: [
        ("Raum buchen", -60),
        ("Referierende anfragen", -50),
        ("Einladungen versenden", -42),
        ("Programm abstimmen", -21),
        ("Erinnerung senden", -7),
        ("Namensschilder und Anwesenheitsliste drucken", -2),
        ("Nachbereitung und Fotos", 3),
        ("Unterlagen an die Teilnehmenden senden", 5),
    ],
    EventType.TRAINING.value: [
        ("Raum buchen", -60),
        ("Trainerin oder Trainer beauftragen", -56),
        ("Einladungen versenden", -42),
        ("Schulungsunterlagen vorbereiten", -10),
        ("Erinnerung senden", -7),
        ("Namensschilder und Anwesenheitsliste drucken", -2),
        ("Teilnahmebescheinigungen ausstellen", 2),
        ("Nachbereitung und Fotos", 3),
    ],
    EventType.PRESENTATION.value: [
        ("Raum buchen", -60),
        ("Einladungen versenden", -42),
        ("Erinnerung senden", -7),
        ("Technik und Präsentation prüfen", -3),
        ("Namensschilder und Anwesenheitsliste drucken", -2),
        ("Nachbereitung und Fotos", 3),
    ],
    EventType.PR_EVENT.value: [
        ("Raum buchen", -90),
        ("Presseverteiler aktualisieren", -45),
        ("Einladungen versenden", -42),
        ("Pressemitteilung vorbereiten", -14),
        ("Erinnerung senden", -7),
        ("Namensschilder und Anwesenheitsliste drucken", -2),
        ("Pressemitteilung versenden", 1),
        ("Nachbereitung und Fotos", 3),
    ],
    EventType.THEMATIC_WORKSHOP.value: [
        ("Thema und Impulsgebende festlegen", -75),
        ("Raum buchen", -60),
        ("Einladungen versenden", -42),
        ("Programm abstimmen", -21),
        ("Erinnerung senden", -7),
        ("Namensschilder und Anwesenheitsliste drucken", -2),
        ("Nachbereitung und Fotos", 3),
        ("Ergebnisse dokumentieren", 7),
    ],
    EventType.NETWORK_MEETING.value: [
        ("Raum buchen", -60),
        ("Einladungen versenden", -42),
        ("Catering bestellen", -14),
        ("Erinnerung senden", -7),
        ("Namensschilder und Anwesenheitsliste drucken", -2),
        ("Nachbereitung und Fotos", 3),
    ],
    EventType.CEO_INTERVIEW.value: [
        ("Termin mit der Geschäftsführung abstimmen", -30),
        ("Fragen vorbereiten", -7),
        ("Erinnerung senden", -2),
        ("Gesprächsnotiz und Fotos", 2),
    ],
    EventType.FOCUS_GROUP.value: [
        ("Raum buchen", -45),
        ("Teilnehmende auswählen und einladen", -30),
        ("Gesprächsleitfaden erstellen", -10),
        ("Erinnerung senden", -3),
        ("Namensschilder und Anwesenheitsliste drucken", -2),
        ("Ergebnisprotokoll schreiben", 5),
    ],
    EventType.TRADE_FAIR.value: [
        ("Standfläche buchen", -120),
        ("Mitaussteller gewinnen", -90),
        ("Standbau und Technik bestellen", -60),
        ("Einladungen versenden", -42),
        ("Messematerial drucken", -14),
        ("Standdienst einteilen", -7),
        ("Erinnerung senden", -7),
        ("Nachbereitung und Kontakte erfassen", 5),
    ],
    EventType.OTHER.value: DEFAULT_CHECKLIST,
}


def checklist_for(event_type: str) -> list[tuple[str, int]]:
    """The template for one kind of event (the default for a kind without one)."""
    return TEMPLATES.get(event_type, DEFAULT_CHECKLIST)


def due_date(event: Record, offset_days: int) -> date:
    """The day a task ``offset_days`` from the event is due: the event's local date
    in its time zone plus the offset."""
    return local_date(event["starts_at"], event["time_zone"]) + timedelta(days=offset_days)


def create_checklist(
    db: ClusterDatabase, event_id: int, owner_staff_id: int | None = None
) -> list[Record]:
    """Add the event's checklist from its type's template; returns the new tasks.

    Tasks whose title the event already has are left out, so calling it twice adds
    nothing. Runs in one transaction; raises NotFoundError for a missing event.
    """
    with db.transaction():
        event = db.events.get(event_id)
        existing = {
            str(task["title"]).casefold()
            for task in db.tasks.list(filters={"event_id": event_id}, limit=None)
        }
        created = []
        for title, offset in checklist_for(event["event_type"]):
            if title.casefold() in existing:
                continue
            created.append(
                db.tasks.create(
                    {
                        "event_id": event_id,
                        "title": title,
                        "offset_days": offset,
                        "due_on": due_date(event, offset),
                        "owner_staff_id": owner_staff_id,
                    }
                )
            )
    return created


def overdue_tasks(db: ClusterDatabase, today: date) -> list[Record]:
    """Tasks not done that were due before ``today`` (events not cancelled), oldest
    first, each with ``event_title``, ``event_starts_at`` and ``owner_name``."""
    return db.planning.open_tasks_due(due_before=today.isoformat())


def due_tasks(db: ClusterDatabase, today: date, within_days: int = 7) -> list[Record]:
    """Tasks not done that fall due from ``today`` to ``within_days`` days later
    (overdue ones are in :func:`overdue_tasks`), soonest first, with the event's
    title like :func:`overdue_tasks`."""
    last = today + timedelta(days=within_days)
    return db.planning.open_tasks_due(
        due_from=today.isoformat(), due_before=(last + timedelta(days=1)).isoformat()
    )
