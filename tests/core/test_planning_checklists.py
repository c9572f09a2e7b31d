"""The planning checklist and the budget: tasks due from the event's local date,
what is overdue and what is due soon, with the event's title; budget sums."""

from __future__ import annotations

from datetime import date

from secretariat.domain.enums import EventType
from secretariat.planning import (
    DEFAULT_CHECKLIST,
    TEMPLATES,
    BudgetTotals,
    budget_totals,
    create_checklist,
    due_tasks,
    overdue_tasks,
)


def event(db, **values):
    base = {
        "title": "Workshop KI",
        "starts_at": "12.06.2026 10:00",
        "ends_at": "12.06.2026 16:00",
    }
    return db.events.create({**base, **values})


def test_every_kind_of_event_has_a_checklist():
    assert set(TEMPLATES) == set(EventType.values())
    assert DEFAULT_CHECKLIST[0] == ("Raum buchen", -60)
    assert TEMPLATES["trade_fair"][0] == ("Standfläche buchen", -120)
    assert len(TEMPLATES["ceo_interview"]) < len(DEFAULT_CHECKLIST)
    for template in TEMPLATES.values():
        titles = [title for title, _ in template]
        assert len(titles) == len(set(titles))
        assert [offset for _, offset in template] == sorted(offset for _, offset in template)


def test_the_checklist_is_due_from_the_event_s_local_date(db):
    staff = db.staff_members.create({"username": "ben", "display_name": "Ben Wolf"})
    # 00:30 in Berlin on 12 June is still 11 June in UTC
    night = event(db, starts_at="12.06.2026 00:30", ends_at="12.06.2026 02:00")
    assert night["starts_at"] == "2026-06-11T22:30:00Z"
    created = create_checklist(db, night["id"], owner_staff_id=staff["id"])
    due = {task["title"]: (task["due_on"], task["offset_days"]) for task in created}
    assert due["Raum buchen"] == ("2026-04-13", -60)
    assert due["Namensschilder und Anwesenheitsliste drucken"] == ("2026-06-10", -2)
    assert due["Nachbereitung und Fotos"] == ("2026-06-15", 3)
    assert {task["owner_staff_id"] for task in created} == {staff["id"]}
    assert {task["done"] for task in created} == {0}
    assert db.audit_entries("tasks", created[0]["id"])[0]["action"] == "create"
    assert create_checklist(db, night["id"]) == []


def test_overdue_and_due_tasks_carry_their_event_s_title(db):
    staff = db.staff_members.create({"username": "ben", "display_name": "Ben Wolf"})
    workshop = event(db)
    create_checklist(db, workshop["id"], owner_staff_id=staff["id"])
    cancelled = event(db, title="Abgesagt", status="cancelled")
    create_checklist(db, cancelled["id"])
    today = date(2026, 6, 5)
    overdue = overdue_tasks(db, today)
    assert [task["title"] for task in overdue] == [
        "Raum buchen",
        "Referierende anfragen",
        "Einladungen versenden",
        "Programm abstimmen",
    ]
    assert {task["event_title"] for task in overdue} == {"Workshop KI"}
    assert overdue[0]["owner_name"] == "Ben Wolf"
    soon = due_tasks(db, today)
    assert [(task["title"], task["due_on"]) for task in soon] == [
        ("Erinnerung senden", "2026-06-05"),
        ("Namensschilder und Anwesenheitsliste drucken", "2026-06-10"),
    ]
    assert soon[0]["event_title"] == "Workshop KI"
    assert len(due_tasks(db, today, within_days=10)) == 3
    done = overdue[0]
    db.tasks.update(done["id"], done["version"], {"done": 1})
    assert len(overdue_tasks(db, today)) == 3


def test_budget_totals_sum_planned_and_actual_amounts(db):
    workshop = event(db)
    lines = [
        ("Raummiete", "cost", 80_000, 75_000),
        ("Catering", "cost", 45_050, None),
        ("Teilnahmegebühren", "income", 60_000, 72_000),
        ("Sponsoring", "income", 50_000, None),
    ]
    for description, kind, planned, actual in lines:
        db.budget_lines.create(
            {
                "event_id": workshop["id"],
                "description": description,
                "kind": kind,
                "planned_cents": planned,
                "actual_cents": actual,
            }
        )
    other = event(db, title="Anderes")
    db.budget_lines.create({"event_id": other["id"], "description": "X", "planned_cents": 999})
    totals = budget_totals(db, workshop["id"])
    assert totals == BudgetTotals(125_050, 110_000, 75_000, 72_000)
    assert (totals.planned_balance, totals.actual_balance) == (-15_050, -3_000)
    assert budget_totals(db, event(db, title="Leer")["id"]) == BudgetTotals(0, 0, 0, 0)
