"""The demo builder: puts the parts from the sibling modules together and runs the
steps in order (profile, themes, staff, venues, organisations batch by batch, events,
projects); writes the cluster profile, themes, staff and venues itself."""

from __future__ import annotations

from secretariat.demo.activities import _ActivityWriter
from secretariat.demo.catalogue import THEME_NAMES
from secretariat.demo.events import _EventWriter
from secretariat.demo.organisations import _OrganisationWriter
from secretariat.demo.people import _ORIGIN_BY_KEY, _ORIGIN_WEIGHTS, ORIGINS
from secretariat.demo.places import VENUES
from secretariat.demo.spelling import _local_part


class _DemoBuilder(_OrganisationWriter, _EventWriter, _ActivityWriter):
    """Generates and writes the demo cluster; one instance per :func:`build_demo` call."""

    # -- the steps -----------------------------------------------------------------

    def build(self) -> dict[str, int]:
        """Write the whole demo; return how many rows were written, by table."""
        self._write_profile()
        if self.total_organisations:
            self._write_themes()
            self._write_staff()
            self._write_venues()
            done = 0
            while done < self.total_organisations:
                count = min(self.batch, self.total_organisations - done)
                self._write_organisations(done, count)
                done += count
                self._report(done)
            self._write_events()
            self._write_projects()
        return dict(self.counters.written)

    # -- profile, themes, staff, venues --------------------------------------------

    def _write_profile(self) -> None:
        name, region, colours, _domain = self.profile
        if self.total_organisations < 40:
            stage = "potential"
        elif self.total_organisations < 400:
            stage = "growing"
        else:
            stage = "mature"
        version = self.db.profile()["version"]
        self.db.update_profile(
            version,
            {
                "name": name,
                "region": region,
                "primary_colour": colours[0],
                "secondary_colour": colours[1],
                "life_cycle_stage": stage,
            },
        )

    def _write_themes(self) -> None:
        before = len(self.db.themes())
        self.theme_ids = [self.db.theme_id(name) for name in THEME_NAMES]
        self.counters.written["themes"] = len(self.db.themes()) - before

    def _write_staff(self) -> None:
        existing = self.db.staff_members.list(sort="id", descending=True, limit=None)
        first_id = (existing[0]["id"] + 1) if existing else 1
        taken = {row["username"] for row in existing}
        rng = self.rng
        rows = []
        count = rng.randint(3, 5)
        german = _ORIGIN_BY_KEY["german"]
        people = [(german, rng.choice(german.women), rng.choice(german.families)[1])]
        for _ in range(count - 1):
            origin = ORIGINS[rng.choices(range(len(ORIGINS)), _ORIGIN_WEIGHTS)[0]]
            if origin.key in ("greek", "cyrillic"):  # the staff spell their names in Latin
                origin = german
            woman = rng.random() < 0.6
            first = rng.choice(origin.women if woman else origin.men)
            last = rng.choice(origin.families)[1 if woman else 0]
            people.append((origin, first, last))
        for index, (origin, first, last) in enumerate(people):
            base = (
                _local_part(first, umlauts=origin.umlauts)[:1]
                + "."
                + _local_part(last, umlauts=origin.umlauts)
            )
            username = base
            suffix = 2
            while username in taken:
                username = f"{base}{suffix}"
                suffix += 1
            taken.add(username)
            staff_id = first_id + index
            created = self._stamp(self.founded_ord, self.import_ord)
            rows.append(
                {
                    "id": staff_id,
                    "username": username,
                    "display_name": f"{first} {last}",
                    "email": f"{username}@{self.cluster_domain}",
                    "active": 1,
                    "version": 1,
                    "created_at": created,
                    "updated_at": created,
                }
            )
            self.staff.append((staff_id, f"{first} {last}"))
        self._insert("staff", rows)

    def _write_venues(self) -> None:
        rows = []
        for index, (name, street, postcode, city, rooms, notes) in enumerate(VENUES, start=1):
            created, updated = self._created_updated(self.import_ord)
            rows.append(
                {
                    "id": index,
                    "name": name,
                    "street": street,
                    "postcode": postcode,
                    "city": city,
                    "country": "DE",
                    "rooms": "\n".join(f"{room} ({seats} Plätze)" for room, seats in rooms),
                    "capacity": max(seats for _room, seats in rooms),
                    "notes": notes,
                    "version": 1 if created == updated else 2,
                    "created_at": created,
                    "updated_at": updated,
                }
            )
            self.venues.append((index, city, rooms))
        self._insert("venues", rows)
