"""The builder's part that writes the secretariat's work with its members:
interactions (meetings, calls, visits, interviews...) with the organisations and
contacts involved, and funded projects with their partners and stories."""

from __future__ import annotations

from datetime import date, timedelta

from secretariat.demo.base import Row, _add_months, _BuilderBase
from secretariat.demo.catalogue import THEMES, _funding_source
from secretariat.demo.naming import REGIONS
from secretariat.demo.places import ALL_CITIES
from secretariat.demo.texts import (
    ACHIEVEMENTS,
    INTERACTION_NOTES,
    INTERACTION_SUBJECTS,
    INTERACTION_WEIGHTS,
    PROJECT_ACRONYM_PARTS,
    PROJECT_TITLES,
)


class _ActivityWriter(_BuilderBase):
    """Writes interactions (with each batch of organisations) and projects (at the
    end)."""

    # -- interactions --------------------------------------------------------------

    def _interactions(self, start: int, count: int) -> dict[str, list[Row]]:
        rng = self.rng
        tables: dict[str, list[Row]] = {
            "interactions": [],
            "interaction_organisations": [],
            "interaction_contacts": [],
        }
        known = start + count  # organisations written so far
        kinds = list(INTERACTION_WEIGHTS)
        weights = list(INTERACTION_WEIGHTS.values())
        for _ in range(round(count * 1.6)):
            primary = start + rng.randrange(count)
            if not self.org_members[primary] and rng.random() < 0.5:
                primary = start + rng.randrange(count)  # members are met more often
            kind = rng.choices(kinds, weights)[0]
            number = rng.choices((1, 2, 3), (60, 30, 10))[0]
            if kind == "focus_group":
                number = 3
            positions = [primary]
            for _ in range(number - 1):
                other = rng.randrange(known)
                if other not in positions:
                    positions.append(other)
            day_ord = self._past_weekday(rng.randint(self.today_ord - 730, self.today_ord - 1))
            day = date.fromordinal(day_ord)
            moment = self._local(day, rng.randint(8, 17), rng.choice((0, 15, 30, 45)))
            theme = rng.choice(THEMES).name
            names = [self.org_names[p] for p in positions]
            subject = rng.choice(INTERACTION_SUBJECTS[kind]).format(
                theme=theme,
                organisation=names[0],
                organisations=" / ".join(names[:2]) if len(names) > 1 else names[0],
                city=ALL_CITIES[self.org_cities[primary]].name,
                funding=rng.choice(("EFRE/JTF NRW", "progres.nrw", "Horizon Europe")),
            )
            if len(subject) > 300:
                subject = subject[:299].rstrip() + "…"
            interaction_id = self.counters.take("interactions")
            occurred = self._utc(moment)
            stamp = self._stamp(day_ord, day_ord + 3)
            stamp = max(stamp, occurred)
            tables["interactions"].append(
                {
                    "id": interaction_id,
                    "kind": kind,
                    "occurred_at": occurred,
                    "subject": subject,
                    "notes": (
                        rng.choice(INTERACTION_NOTES).format(theme=theme)
                        if rng.random() < 0.5
                        else None
                    ),
                    "staff_id": rng.choice(self.staff)[0] if rng.random() < 0.85 else None,
                    "version": 1,
                    "created_at": stamp,
                    "updated_at": stamp,
                }
            )
            people: list[int] = []
            for position in positions:
                tables["interaction_organisations"].append(
                    {"interaction_id": interaction_id, "organisation_id": position + 1}
                )
                contacts = self._contacts_of(position)
                for contact_id in rng.sample(contacts, min(len(contacts), rng.randint(0, 2))):
                    if contact_id not in people:
                        people.append(contact_id)
            for contact_id in people[:3]:
                tables["interaction_contacts"].append(
                    {"interaction_id": interaction_id, "contact_id": contact_id}
                )
        return tables

    # -- projects ------------------------------------------------------------------

    def _write_projects(self) -> None:
        rng = self.rng
        count = max(2, round(self.total_organisations * 3 / 50))
        organisations = len(self.org_names)
        used_names: set[str] = set()
        for first in range(0, count, self.batch):
            projects: list[Row] = []
            participants: list[Row] = []
            stories: list[Row] = []
            for _ in range(first, min(count, first + self.batch)):
                project_id = self.counters.take("projects")
                theme = rng.choice(THEMES).name
                region = rng.choice(REGIONS)
                acronym = rng.choice(PROJECT_ACRONYM_PARTS) + rng.choice(
                    ("Ruhr", "Rhein", "NRW", "West", "Net", "Lab", "Pro", "Hub")
                )
                title = rng.choice(PROJECT_TITLES).format(theme=theme, region=region)
                name = f"{acronym} – {title}"
                phase = 2
                while name in used_names:
                    name = f"{acronym} – {title} (Phase {phase})"
                    phase += 1
                used_names.add(name)
                start_month = rng.randint(-60, 9)
                starts_on = _add_months(self.today.replace(day=1), start_month)
                ends_on = _add_months(starts_on, rng.choice((12, 18, 24, 30, 36, 48))) - timedelta(
                    days=1
                )
                if ends_on < self.today:
                    status = "completed" if rng.random() < 0.9 else "cancelled"
                elif starts_on > self.today:
                    status = "planned"
                else:
                    status = "running" if rng.random() < 0.95 else "cancelled"
                achievements = None
                if status in ("completed", "running"):
                    parts = rng.sample(ACHIEVEMENTS, rng.randint(1, 3))
                    achievements = (
                        "; ".join(part.format(n=rng.randint(2, 15)) for part in parts) + "."
                    )
                funding = _funding_source(starts_on, rng)
                created_ord = starts_on.toordinal() - rng.randint(60, 240)
                created, updated = self._created_updated(created_ord)
                projects.append(
                    {
                        "id": project_id,
                        "name": name,
                        "status": status,
                        "description": (
                            f"Verbundprojekt zu {theme} in der Region {region}: Unternehmen und "
                            "Forschung entwickeln gemeinsam Lösungen und bringen sie in die "
                            "Anwendung."
                        ),
                        "funding_source": funding,
                        "funding_cents": rng.randint(80, 4500) * 100000,
                        "starts_on": starts_on.isoformat(),
                        "ends_on": ends_on.isoformat(),
                        "achievements": achievements,
                        "version": 1 if created == updated else rng.randint(2, 5),
                        "created_at": created,
                        "updated_at": updated,
                    }
                )
                size = min(organisations, rng.randint(2, 8))
                chosen = rng.sample(range(organisations), size)
                research = [p for p in chosen if self.org_kinds[p] in (1, 2)]
                lead = research[0] if research and rng.random() < 0.5 else chosen[0]
                for position in chosen:
                    participants.append(
                        {
                            "project_id": project_id,
                            "organisation_id": position + 1,
                            "role": "lead" if position == lead else "partner",
                        }
                    )
                if rng.random() < 0.4:
                    headline = (
                        f"Ergebnisse aus {acronym}"
                        if status == "completed"
                        else f"Projektstart: {name}"
                    )
                    stories.append(
                        self._story(
                            headline,
                            f"Im Projekt {acronym} arbeiten {size} Partner aus Unternehmen und "
                            f"Forschung zusammen an {theme}. Gefördert über {funding}.",
                            project_id=project_id,
                            not_before_ord=min(starts_on.toordinal(), self.today_ord - 1),
                        )
                    )
            self._insert("projects", projects)
            self._insert("project_organisations", participants)
            self._insert("stories", stories)
