"""Contacts without activity for years: candidates for erasure (storage limitation,
GDPR Art. 5(1)(e)).

A contact's last activity is the latest of: the record created or edited, a
registration changed or its event's start, an interaction they took part in, a
consent recorded, a programme item they speak at. Contacts already erased are not
listed. Erase the chosen ones with :func:`secretariat.privacy.erasure.erase_contacts`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from secretariat.store import ClusterDatabase
from secretariat.store.privacy import PrivacyStore

DEFAULT_YEARS = 3
MAX_YEARS = 50


@dataclass(frozen=True)
class StaleContact:
    id: int
    name: str
    organisation: str
    email: str
    last_activity: str  # ISO day or moment, as stored

    @property
    def last_day(self) -> str:
        """The day of the last activity (YYYY-MM-DD)."""
        return self.last_activity[:10]


def cutoff(years: int, today: date | None = None) -> date:
    """The day ``years`` years before ``today`` (29 February becomes 28 February)."""
    if not 1 <= years <= MAX_YEARS:
        raise ValueError(f"The number of years must be between 1 and {MAX_YEARS}, not {years}.")
    today = today or date.today()
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)


def stale_contacts(
    db: ClusterDatabase, years: int = DEFAULT_YEARS, *, today: date | None = None
) -> list[StaleContact]:
    """Contacts whose last activity lies more than ``years`` years back, oldest first."""
    before = cutoff(years, today).isoformat()
    return [
        StaleContact(
            id=int(row["id"]),
            name=" ".join(str(p) for p in (row["first_name"], row["last_name"]) if p),
            organisation=row["organisation_name"] or "",
            email=row["email"] or "",
            last_activity=str(row["last_activity"]),
        )
        for row in PrivacyStore(db).last_activities(before)
    ]
