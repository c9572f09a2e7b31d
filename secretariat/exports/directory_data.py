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

PAGE = 500  # organisations read at a time (one query per table), so memory stays flat


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
    for start in range(0, len(ids), PAGE):
        page = ids[start : start + PAGE]
        organisations, products, contacts = db.reporting.directory_page(
            page, consented_only=not internal
        )
        for organisation_id in page:
            organisation = organisations.get(organisation_id)
            if organisation is None:  # gone meanwhile: says so as reading it alone would
                organisation = db.organisations.get(organisation_id)
            yield DirectoryEntry(
                organisation,
                products.get(organisation_id, []),
                contacts.get(organisation_id, []),
            )


def count_entries(db: ClusterDatabase, *, on: date | None = None) -> int:
    """How many organisations :func:`directory_entries` yields (for a progress bar)."""
    day = (on or date.today()).isoformat()
    return db.organisations.count(filters={"current_member_on": day})
