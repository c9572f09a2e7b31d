"""Demo data: a whole invented business cluster in North Rhine-Westphalia.

:func:`build_demo` fills an empty cluster database with organisations around the
cities of NRW (a few in Saxony, Thuringia, the Netherlands, Belgium and Poland),
their contacts with names from many languages and scripts, consents, products and
services, staff, venues, two years of events with programmes, registrations,
checklists and budgets, interactions, projects and PR stories, and sets the
cluster profile. It is for trying the program out, for training and screenshots,
and for measuring speed with a big cluster (tens of thousands of organisations).

Everything is invented (the cities, postcodes and area codes are real), and every
value is valid by construction: it passes :func:`secretariat.domain.validation.clean`
unchanged, so the demo shows what users' own data looks like. The same ``seed`` and
``today`` give the same rows in every table (timestamps included; only the cluster
profile's change time and its audit entry carry the real clock). Rows are generated
and written in batches, so memory stays small for big demos.

No Qt here, and no SQL: rows go through :meth:`ClusterDatabase.insert_rows` inside
one :meth:`ClusterDatabase.transaction`, so a failed build leaves nothing behind.

This module is the public face: :func:`build_demo` and :class:`DemoSummary`
(``ALL_CITIES``, ``City``, ``mobile_number`` and ``CHECKLIST`` can be imported from
here too; the tests do). The rest of the package, one room per purpose:

- :mod:`.places`: cities, postcodes, area codes, phone and mobile numbers, streets,
  legal forms, venues;
- :mod:`.catalogue`: themes with their products and services, sectors, fee tiers,
  funding programmes, the cluster profiles;
- :mod:`.naming`: the words organisation names are made of;
- :mod:`.people`: names of many languages, showcase names, positions;
- :mod:`.spelling`: ASCII spellings for e-mail and web addresses;
- :mod:`.texts`: the wording of events, interactions and projects;
- :mod:`.base`: what every part of the builder shares: ids, time, stories;
- :mod:`.organisations`, :mod:`.contacts`, :mod:`.events`, :mod:`.activities`:
  the builder's parts, by what they write;
- :mod:`.builder`: the builder that puts the parts together.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from secretariat.demo.base import ProgressCallback
from secretariat.demo.builder import _DemoBuilder
from secretariat.demo.places import ALL_CITIES as ALL_CITIES
from secretariat.demo.places import City as City
from secretariat.demo.places import mobile_number as mobile_number
from secretariat.demo.texts import CHECKLIST as CHECKLIST
from secretariat.store.database import ClusterDatabase

__all__ = ["DemoSummary", "build_demo"]

BATCH = 500  # organisations generated, written and reported per step


# -- the summary -----------------------------------------------------------------------


_NOUNS = {
    "organisations": ("organisation", "organisations"),
    "contacts": ("contact", "contacts"),
    "consents": ("consent", "consents"),
    "products": ("product or service", "products and services"),
    "staff": ("staff member", "staff members"),
    "venues": ("venue", "venues"),
    "events": ("event", "events"),
    "programme_items": ("programme item", "programme items"),
    "registrations": ("registration", "registrations"),
    "tasks": ("task", "tasks"),
    "budget_lines": ("budget line", "budget lines"),
    "interactions": ("interaction", "interactions"),
    "projects": ("project", "projects"),
    "stories": ("story", "stories"),
    "themes": ("theme", "themes"),
}


@dataclass(frozen=True)
class DemoSummary:
    """How many records of each kind :func:`build_demo` wrote."""

    organisations: int = 0
    contacts: int = 0
    consents: int = 0
    products: int = 0
    staff: int = 0
    venues: int = 0
    events: int = 0
    programme_items: int = 0
    registrations: int = 0
    tasks: int = 0
    budget_lines: int = 0
    interactions: int = 0
    projects: int = 0
    stories: int = 0
    themes: int = 0

    def counts(self) -> dict[str, int]:
        """The counts by table name."""
        return asdict(self)

    def __str__(self) -> str:
        parts = []
        for table, count in self.counts().items():
            one, many = _NOUNS[table]
            parts.append(f"{count:,} {one if count == 1 else many}")
        return "Demo cluster: " + ", ".join(parts)


# -- the public function ---------------------------------------------------------------


def build_demo(
    db: ClusterDatabase,
    *,
    organisations: int = 100,
    seed: int = 1,
    today: date | None = None,
    progress: ProgressCallback | None = None,
) -> DemoSummary:
    """Fill the empty cluster database ``db`` with a demo cluster of ``organisations``.

    All dates are placed around ``today`` (default: the real today): events run from a
    year before it to a year after it. The same ``seed`` and ``today`` give the same
    data. ``progress(done, total)`` is called now and then, counting organisations
    and then events written. ``organisations=0`` sets the cluster profile only.

    Everything is written in one transaction: all of it, or nothing. Raises
    ValueError when ``organisations`` is negative, or when the database already
    holds organisations, contacts, events or other cluster records (demo data is
    never mixed into real data).
    """
    if isinstance(organisations, bool) or not isinstance(organisations, int):
        raise ValueError("The number of demo organisations must be a whole number.")
    if organisations < 0:
        raise ValueError("The number of demo organisations cannot be negative.")
    anchor = today or date.today()
    with db.transaction():
        _refuse_if_not_empty(db)
        builder = _DemoBuilder(db, organisations, seed, anchor, progress, batch=BATCH)
        written = builder.build()
        return DemoSummary(**{name: written.get(name, 0) for name in _NOUNS})


def _refuse_if_not_empty(db: ClusterDatabase) -> None:
    repositories = (
        ("organisations", db.organisations),
        ("contacts", db.contacts),
        ("events", db.events),
        ("venues", db.venues),
        ("interactions", db.interactions),
        ("projects", db.projects),
        ("stories", db.stories),
    )
    for table, repository in repositories:
        count = repository.count()
        if count:
            one, many = _NOUNS[table]
            raise ValueError(
                f"The database {db.name} already holds {count:,} {one if count == 1 else many}. "
                "Demo data is only "
                "written into an empty database, so that it never mixes with real data; "
                "create a new database for the demo."
            )
