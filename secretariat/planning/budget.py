"""An event's budget: planned and actual costs and income, in cents."""

from __future__ import annotations

from dataclasses import dataclass

from secretariat.store.database import ClusterDatabase


@dataclass(frozen=True)
class BudgetTotals:
    """Sums of an event's budget lines in cents; a line without an actual amount
    counts 0 in the actual sums. A balance is income minus cost."""

    planned_cost: int
    planned_income: int
    actual_cost: int
    actual_income: int

    @property
    def planned_balance(self) -> int:
        return self.planned_income - self.planned_cost

    @property
    def actual_balance(self) -> int:
        return self.actual_income - self.actual_cost


def budget_totals(db: ClusterDatabase, event_id: int) -> BudgetTotals:
    """The event's budget summed up; NotFoundError for a missing event."""
    db.events.get(event_id)
    sums = db.planning.budget_sums(event_id)
    return BudgetTotals(
        planned_cost=int(sums["planned_cost"]),
        planned_income=int(sums["planned_income"]),
        actual_cost=int(sums["actual_cost"]),
        actual_income=int(sums["actual_income"]),
    )
