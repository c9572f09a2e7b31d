"""What every part of the demo builder shares: its state (the random generator,
today, the counters of ids and rows written, what later steps need to know about the
organisations), writing rows, time (office-hour timestamps, local and UTC moments,
working days, calendar helpers) and PR stories, which organisations, events and
projects all get."""

from __future__ import annotations

import random
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from secretariat.demo.catalogue import CLUSTER_PROFILES
from secretariat.store.database import ClusterDatabase

Row = dict[str, Any]
ProgressCallback = Callable[[int, int], None]

BERLIN = ZoneInfo("Europe/Berlin")
TIME_ZONE = "Europe/Berlin"


@dataclass
class _Counters:
    """The next id of each table, and how many rows were written."""

    next_id: dict[str, int] = field(default_factory=dict)
    written: dict[str, int] = field(default_factory=dict)

    def take(self, table: str) -> int:
        value = self.next_id.get(table, 1)
        self.next_id[table] = value + 1
        return value


class _BuilderBase:
    """The state and the shared steps of the demo builder; the parts in the sibling
    modules add what they write, and :class:`secretariat.demo.builder._DemoBuilder`
    puts them together."""

    def __init__(
        self,
        db: ClusterDatabase,
        organisations: int,
        seed: int,
        today: date,
        progress: ProgressCallback | None,
        *,
        batch: int,
    ) -> None:
        self.db = db
        self.batch = batch  # organisations and projects generated and written per step
        self.total_organisations = organisations
        self.rng = random.Random(f"secretariat-demo-{seed}")
        self.today = today
        self.today_ord = today.toordinal()
        self.progress = progress
        self.counters = _Counters()
        self.event_count = 0 if organisations == 0 else min(400, max(6, organisations // 4))
        self.progress_total = organisations + self.event_count
        rng = self.rng
        # The cluster's history: founded 8 to 12 years ago; the records moved over
        # from spreadsheets on the import day, a good year ago.
        self.founded_ord = date(today.year - rng.randint(8, 12), rng.randint(1, 12), 1).toordinal()
        self.import_ord = self.today_ord - rng.randint(400, 460)
        profile = rng.choice(CLUSTER_PROFILES)
        self.profile = profile
        self.cluster_domain = profile[3]
        # What later steps need to know about the organisations, kept compact.
        self.org_names: list[str] = []
        self.org_kinds = bytearray()
        self.org_members = bytearray()  # 1: a current member
        self.org_cities = array("H")
        self.org_first_contact = array("L")
        self.org_contact_count = bytearray()
        self.press_contacts: list[int] = []
        self.contact_total = 0
        self.used_names: set[str] = set()
        self.used_slugs: set[str] = {self.cluster_domain.rsplit(".", 1)[0]}
        self.journalist_addresses: set[str] = set()
        self.staff: list[tuple[int, str]] = []  # (id, display name)
        self.venues: list[tuple[int, str, tuple[tuple[str, int], ...]]] = []
        self.theme_ids: list[int] = []

    def _report(self, done: int) -> None:
        if self.progress is not None and self.progress_total:
            self.progress(done, self.progress_total)

    def _insert(self, table: str, rows: list[Row]) -> None:
        if rows:
            self.db.insert_rows(table, rows)
            self.counters.written[table] = self.counters.written.get(table, 0) + len(rows)

    # -- time ------------------------------------------------------------------------

    def _stamp(self, first_ord: int, last_ord: int | None = None) -> str:
        """A UTC timestamp during office hours on a day between the two (inclusive),
        never later than yesterday."""
        last = min(self.today_ord - 1, last_ord if last_ord is not None else self.today_ord - 1)
        first = min(first_ord, last)
        day = date.fromordinal(self.rng.randint(first, last))
        rng = self.rng
        return (
            f"{day.isoformat()}T{rng.randint(7, 16):02d}:{rng.randint(0, 59):02d}:"
            f"{rng.randint(0, 59):02d}Z"
        )

    def _created_updated(self, natural_ord: int) -> tuple[str, str]:
        """created_at on the day the record came into being (or the import day, for what
        is older than the database), and updated_at at or after it."""
        created_ord = min(max(natural_ord, self.import_ord), self.today_ord - 1)
        created = self._stamp(created_ord, created_ord)
        if self.rng.random() < 0.6:
            return created, created
        updated = self._stamp(created_ord + 1)
        return created, max(created, updated)

    @staticmethod
    def _local(day: date, hour: int, minute: int = 0) -> datetime:
        return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BERLIN)

    @staticmethod
    def _utc(moment: datetime) -> str:
        return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def _past_weekday(self, ordinal: int) -> int:
        """The working day at or before ``ordinal``, before today."""
        ordinal = min(ordinal, self.today_ord - 1)
        while date.fromordinal(ordinal).weekday() >= 5:
            ordinal -= 1
        return ordinal

    def _weekday(self, ordinal: int) -> int:
        """The working day nearest to ``ordinal`` (Saturday -> Friday, Sunday -> Monday)."""
        weekday = date.fromordinal(ordinal).weekday()
        if weekday == 5:
            return ordinal - 1
        if weekday == 6:
            return ordinal + 1
        return ordinal

    # -- shared by organisations, events and projects ------------------------------

    def _contacts_of(self, org_position: int) -> range:
        first = self.org_first_contact[org_position]
        return range(first, first + self.org_contact_count[org_position])

    def _story(
        self,
        title: str,
        body: str,
        *,
        event_id: int | None = None,
        project_id: int | None = None,
        organisation_id: int | None = None,
        not_before_ord: int | None = None,
        published: bool | None = None,
    ) -> Row:
        rng = self.rng
        earliest = not_before_ord if not_before_ord is not None else self.today_ord - 700
        earliest = min(earliest, self.today_ord - 1)
        if published is None:
            status = rng.choices(("idea", "draft", "published"), (15, 20, 65))[0]
        else:
            status = "published" if published else rng.choice(("idea", "draft"))
        channel = rng.choices(("press", "newsletter", "website", "social"), (15, 40, 30, 15))[0]
        published_on = None
        text: str | None = body
        if status == "published":
            day_ord = rng.randint(earliest, max(earliest, min(earliest + 20, self.today_ord - 1)))
            published_on = date.fromordinal(day_ord).isoformat()
            created = self._stamp(day_ord - 5, day_ord)
            if channel == "social":
                text = body.split(". ")[0].rstrip(".") + ". #Cluster #NRW"
        else:
            created = self._stamp(earliest)
            text = None
            if status == "draft":
                gist = body.split(". ")[0].rstrip(".")
                text = f"Stichpunkte: {gist}; Zitate einholen, Foto anfragen."
        return {
            "id": self.counters.take("stories"),
            "title": title[:300],
            "status": status,
            "channel": channel,
            "body": text,
            "event_id": event_id,
            "project_id": project_id,
            "organisation_id": organisation_id,
            "published_on": published_on,
            "version": 1,
            "created_at": created,
            "updated_at": created,
        }


# -- calendar --------------------------------------------------------------------------


def _quarter_end(day: date) -> date:
    month = ((day.month - 1) // 3 + 1) * 3
    return _add_months(date(day.year, month, 1), 1) - timedelta(days=1)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _general_assembly(year: int) -> date:
    """The yearly general meeting: the second Thursday of June."""
    first = date(year, 6, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 7)
