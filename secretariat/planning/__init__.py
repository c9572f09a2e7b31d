"""Event rules: status changes, capacity and waitlist, conflicts, checklists,
budget totals, copies and the calendar.

Headless (no Qt) and without SQL of its own: it reads through the store's
repositories and :class:`secretariat.store.planning.PlanningStore`, and writes
through the repositories inside ``db.transaction()``, so every change is
validated, versioned and audited. A rule that says no raises
:class:`PlanningError` with a sentence and a hint.
"""

from secretariat.planning.budget import BudgetTotals, budget_totals
from secretariat.planning.calendar import events_between
from secretariat.planning.checklists import (
    DEFAULT_CHECKLIST,
    TEMPLATES,
    create_checklist,
    due_tasks,
    overdue_tasks,
)
from secretariat.planning.conflicts import (
    Conflict,
    conflicts_for_event,
    conflicts_for_programme_item,
)
from secretariat.planning.copying import copy_event
from secretariat.planning.errors import PlanningError
from secretariat.planning.registrations import (
    Occupancy,
    cancel_registration,
    change_registration,
    check_in,
    fill_free_seats,
    occupancy,
    register,
    register_organisations,
    walk_in,
)
from secretariat.planning.status import TRANSITIONS, allowed_next, check_transition, save_event

__all__ = [
    "DEFAULT_CHECKLIST",
    "TEMPLATES",
    "TRANSITIONS",
    "BudgetTotals",
    "Conflict",
    "Occupancy",
    "PlanningError",
    "allowed_next",
    "budget_totals",
    "cancel_registration",
    "change_registration",
    "check_in",
    "check_transition",
    "conflicts_for_event",
    "conflicts_for_programme_item",
    "copy_event",
    "create_checklist",
    "due_tasks",
    "events_between",
    "fill_free_seats",
    "occupancy",
    "overdue_tasks",
    "register",
    "register_organisations",
    "save_event",
    "walk_in",
]
