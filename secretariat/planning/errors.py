"""The error event planning raises when a rule says no.

A :class:`PlanningError` is an expected error like the store's: its sentence says
what was refused and why, its hint what a person can do instead.
"""

from __future__ import annotations

from secretariat.store.errors import RefusedError


class PlanningError(RefusedError):
    """A planning rule refuses the change: a status that cannot follow the current
    one, a second registration of the same person, a registration for an event
    that is cancelled or over, no free seat."""
