"""What goes into a member directory, whatever its format.

:func:`directory_entries` yields one :class:`DirectoryEntry` per current member
organisation, in alphabetical order, with its roles, themes, products and services
and the contacts to list. The published directory lists only contacts whose
newest consent for the directory listing is a yes; an internal list includes
everyone (and must say "internal" on it). People erased are in neither.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from secretariat.domain.fields import Record
from secretariat.store import ClusterDatabase
from secretariat.store.tables import listed_filters

PAGE = 500  # organisations read at a time, so memory stays flat for big clusters


@dataclass(frozen=True)
class DirectoryEntry:
    organisation: Record  # the row, with roles and themes
    products: list[Record] = field(default_factory=list)
    contacts: list[Record] = field(default_factory=list)  # those to list, by last name

    @property
    def name(self) -> str:
        return self.organisation["name"]


def directory_entries(
    db: ClusterDatabase,
    *,
    internal: bool = False,
    on: date | None = None,
    organisation_ids: list[int] | None = None,
) -> Iterator[DirectoryEntry]:
    """Current members on ``on`` (today by default), or the organisations chosen."""
    day = (on or date.today()).isoformat()
    if organisation_ids is not None:
        ids = list(organisation_ids)
    else:
        ids = db.organisations.ids(filters={"current_member_on": day}, sort="name")
    contact_filter = {} if internal else {"consent": "directory"}
    for start in range(0, len(ids), PAGE):
        for organisation_id in ids[start : start + PAGE]:
            organisation = db.organisations.get(organisation_id)
            products = db.products.list(
                filters={"organisation_id": organisation_id}, sort="name", limit=None
            )
            contacts = db.contacts.list(
                filters=listed_filters(
                    "contacts", {"organisation_id": organisation_id, **contact_filter}
                ),
                sort="last_name",
                limit=None,
            )
            yield DirectoryEntry(organisation, products, contacts)


def count_entries(db: ClusterDatabase, *, on: date | None = None) -> int:
    """How many organisations :func:`directory_entries` yields (for a progress bar)."""
    day = (on or date.today()).isoformat()
    return db.organisations.count(filters={"current_member_on": day})
