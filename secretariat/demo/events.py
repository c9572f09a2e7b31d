"""The builder's part that writes two years of events: dates, places and times,
status, programme items with speakers, registrations (with waitlists and moving up),
the planning checklist, budget lines, and stories announcing or looking back."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from secretariat.demo.base import TIME_ZONE, Row, _BuilderBase
from secretariat.demo.catalogue import _THEME_WEIGHTS, THEMES
from secretariat.demo.places import ALL_CITIES
from secretariat.demo.texts import (
    CHECKLIST,
    EVENT_DESCRIPTIONS,
    EVENT_TITLES,
    EVENT_TYPE_WEIGHTS,
    EXTERNAL_SPEAKERS,
    REGISTRATION_NOTES,
    TALKS,
)

EVENTS_PER_REPORT = 50


class _EventWriter(_BuilderBase):
    """Writes the events, in date order, with everything that belongs to each."""

    def _write_events(self) -> None:
        rng = self.rng
        types = list(EVENT_TYPE_WEIGHTS)
        plans = []
        span = 730
        for index in range(self.event_count):
            if index < len(types):
                event_type = types[index]
            else:
                event_type = rng.choices(types, list(EVENT_TYPE_WEIGHTS.values()))[0]
            # spread evenly over the two years, with some jitter; keep one clear in the past
            # and one in the future whatever the count
            slot = (index + rng.random()) / self.event_count
            day_ord = self.today_ord - 365 + int(slot * span)
            if index == 0:
                day_ord = self.today_ord - rng.randint(30, 300)
            elif index == 1:
                day_ord = self.today_ord + rng.randint(20, 300)
            day = date.fromordinal(self._weekday(day_ord))
            if (day.month == 12 and day.day >= 22) or (day.month == 1 and day.day <= 6):
                day = date(day.year + (1 if day.month == 12 else 0), 1, 8)
                day = date.fromordinal(self._weekday(day.toordinal()))
            plans.append((day, event_type))
        plans.sort()
        buffer: dict[str, list[Row]] = {}
        for number, (day, event_type) in enumerate(plans, start=1):
            self._event(day, event_type, buffer)
            if number % EVENTS_PER_REPORT == 0 or number == len(plans):
                for table in (
                    "events",
                    "event_themes",
                    "programme_items",
                    "registrations",
                    "tasks",
                    "budget_lines",
                ):
                    self._insert(table, buffer.pop(table, []))
                self._report(self.total_organisations + number)
        self._insert("stories", buffer.pop("stories", []))

    def _event(self, day: date, event_type: str, out: dict[str, list[Row]]) -> None:
        rng = self.rng
        event_id = self.counters.take("events")
        if event_type == "trade_fair" and self.today_ord - 5 < day.toordinal() < self.today_ord:
            day -= timedelta(days=7)  # a fair is either over or still to come
        past = day < self.today
        theme_positions = [rng.choices(range(len(THEMES)), _THEME_WEIGHTS)[0]]
        if rng.random() < 0.4:
            extra = rng.randrange(len(THEMES))
            if extra not in theme_positions:
                theme_positions.append(extra)
        theme = THEMES[theme_positions[0]].name
        host = rng.randrange(len(self.org_names))
        # where
        venue_id: int | None = None
        capacity: int | None
        if event_type == "trade_fair":
            room = f"Halle {rng.randint(1, 17)}, Stand {rng.choice('ABCDEFG')}{rng.randint(10, 60)}"
            capacity = rng.choice((8, 10, 12, 15))
            city = ALL_CITIES[self.org_cities[host]].name
        elif rng.random() < 0.15:
            room = "Online (Videokonferenz)"
            capacity = rng.choice((50, 100, 150, None))
            city = ALL_CITIES[self.org_cities[host]].name
        else:
            venue_id, city, rooms = self.venues[rng.randrange(len(self.venues))]
            room, seats = rng.choice(rooms)
            capacity = max(8, min(seats, rng.choice((20, 25, 30, 40, 60, 80, 120, 150, 200))))
        title = rng.choice(EVENT_TITLES[event_type]).format(
            theme=theme,
            year=day.year,
            city=city,
            organisation=self.org_names[host],
        )
        if len(title) > 300:
            title = title[:299].rstrip() + "…"
        # when: local time in Europe/Berlin, stored in UTC
        start_local, end_local = self._event_times(day, event_type)
        last_ord = end_local.date().toordinal()
        # status, consistent with the time
        days_ahead = day.toordinal() - self.today_ord
        if past:
            status = "cancelled" if rng.random() < 0.08 else "held"
        elif days_ahead <= 90:
            status = rng.choices(("registration_open", "full", "planned"), (70, 20, 10))[0]
        elif days_ahead <= 180:
            status = rng.choices(("planned", "registration_open", "draft"), (60, 30, 10))[0]
        else:
            status = rng.choices(("draft", "planned"), (60, 40))[0]
        if status == "full":  # a full event has a waitlist, however few contacts there are
            limit = (self.contact_total * 2) // 3
            if capacity is None or limit < 5:
                status = "registration_open"
            else:
                capacity = min(capacity, limit)
        fee_cents = 0
        if event_type == "training" or (event_type == "workshop" and rng.random() < 0.3):
            fee_cents = rng.choice((4900, 9900, 14900, 19900, 29500))
        elif event_type == "other" and rng.random() < 0.2:
            fee_cents = 2500
        created_ord = min(day.toordinal() - rng.randint(45, 200), self.today_ord - 1)
        created = self._stamp(created_ord, created_ord)
        if past:
            updated = self._stamp(min(last_ord + 1, self.today_ord - 1), last_ord + 4)
        else:
            updated = self._stamp(created_ord)
        updated = max(created, updated)
        out.setdefault("events", []).append(
            {
                "id": event_id,
                "title": title,
                "event_type": event_type,
                "status": status,
                "starts_at": self._utc(start_local),
                "ends_at": self._utc(end_local),
                "time_zone": TIME_ZONE,
                "venue_id": venue_id,
                "room": room,
                "capacity": capacity,
                "fee_cents": fee_cents,
                "description": rng.choice(EVENT_DESCRIPTIONS).format(theme=theme),
                "version": 1 if created == updated else rng.randint(2, 6),
                "created_at": created,
                "updated_at": updated,
            }
        )
        for position in theme_positions:
            out.setdefault("event_themes", []).append(
                {"event_id": event_id, "theme_id": self.theme_ids[position]}
            )
        speakers = self._programme(
            event_id, event_type, start_local, end_local, room, theme, host, created, out
        )
        attended = self._registrations(
            event_id, status, capacity, start_local, created_ord, speakers, host, out
        )
        self._tasks(event_id, day, status, created, created_ord, out)
        self._budget(event_id, event_type, status, capacity, fee_cents, attended, created, out)
        if status == "held" and rng.random() < 0.4:
            out.setdefault("stories", []).append(
                self._story(
                    f"Rückblick: {title}",
                    f"Rund {max(attended, 5)} Gäste kamen zu „{title}“ nach {city}. Die "
                    "Teilnehmenden tauschten sich über Erfahrungen und nächste Schritte aus; "
                    "Fotos und Unterlagen stehen im Mitgliederbereich bereit.",
                    event_id=event_id,
                    not_before_ord=last_ord + 1,
                )
            )
        elif status == "registration_open" and rng.random() < 0.3:
            out.setdefault("stories", []).append(
                self._story(
                    f"Jetzt anmelden: {title}",
                    f"Am {day.strftime('%d.%m.%Y')} geht es um {theme}. Die Plätze sind "
                    "begrenzt; Anmeldung über die Website des Clusters.",
                    event_id=event_id,
                    not_before_ord=max(created_ord, self.today_ord - 20),
                    published=True,
                )
            )

    def _event_times(self, day: date, event_type: str) -> tuple[datetime, datetime]:
        rng = self.rng
        if event_type == "trade_fair":
            days = rng.randint(3, 5)
            return self._local(day, 9), self._local(day + timedelta(days=days - 1), 18)
        evening = {
            "network_meeting": 0.6,
            "ceo_interview": 0.8,
            "pr_event": 0.5,
            "other": 0.5,
            "presentation": 0.3,
        }.get(event_type, 0.0)
        if rng.random() < evening:
            return self._local(day, 18), self._local(day, 21)
        slots = {
            "training": ((9, 17), (9, 16)),
            "presentation": ((10, 12), (14, 16), (15, 17)),
            "pr_event": ((11, 13), (10, 12)),
            "ceo_interview": ((10, 12), (14, 16)),
            "network_meeting": ((9, 12), (12, 14)),
            "focus_group": ((10, 13), (14, 17)),
            "other": ((14, 17), (11, 15)),
        }.get(event_type, ((9, 17), (9, 13), (13, 17), (10, 16)))
        start, end = rng.choice(slots)
        return self._local(day, start), self._local(day, end)

    def _programme(
        self,
        event_id: int,
        event_type: str,
        start: datetime,
        end: datetime,
        room: str,
        theme: str,
        host: int,
        created: str,
        out: dict[str, list[Row]],
    ) -> list[int]:
        """Programme items within the event's (first) day; returns the speakers' ids."""
        rng = self.rng
        day_end = end if end.date() == start.date() else self._local(start.date(), 18)
        quarters = int((day_end - start).total_seconds() // 900)
        count = min(rng.randint(2, 6), quarters)
        cuts = sorted(rng.sample(range(1, quarters), count - 1)) if count > 1 else []
        bounds = [0, *cuts, quarters]
        speakers: list[int] = []
        evening = start.hour >= 18
        for number in range(count):
            item_start = start + timedelta(minutes=15 * bounds[number])
            item_end = start + timedelta(minutes=15 * bounds[number + 1])
            speaker_id: int | None = None
            speaker_name: str | None = None
            if number == 0:
                title = "Begrüßung durch das Clustermanagement"
                speaker_name = f"{rng.choice(self.staff)[1]} (Clustermanagement)"
            elif number == count - 1 and count > 2:
                title = "Get-together mit Imbiss" if evening else "Zusammenfassung und Ausblick"
            elif event_type == "trade_fair":
                title = rng.choice(("Standdienst", "Pressetermin am Stand", "Matchmaking am Stand"))
            else:
                speaker_org = host if rng.random() < 0.4 else rng.randrange(len(self.org_names))
                template = rng.choice(TALKS)
                title = template.format(theme=theme, organisation=self.org_names[speaker_org])
                if "{" not in template or template.startswith("Podium"):
                    pass  # group work, questions, panels: no single speaker
                elif rng.random() < 0.85:
                    choice = rng.choice(self._contacts_of(speaker_org))
                    if choice not in speakers:
                        speaker_id = choice
                        speakers.append(choice)
                else:
                    speaker_name = rng.choice(EXTERNAL_SPEAKERS)
            if len(title) > 300:
                title = title[:299].rstrip() + "…"
            out.setdefault("programme_items", []).append(
                {
                    "id": self.counters.take("programme_items"),
                    "event_id": event_id,
                    "title": title,
                    "starts_at": self._utc(item_start),
                    "ends_at": self._utc(item_end),
                    "speaker_contact_id": speaker_id,
                    "speaker_name": speaker_name,
                    "room": room,
                    "description": None,
                    "version": 1,
                    "created_at": created,
                    "updated_at": created,
                }
            )
        return speakers

    def _registrations(
        self,
        event_id: int,
        status: str,
        capacity: int | None,
        start: datetime,
        created_ord: int,
        speakers: list[int],
        host: int,
        out: dict[str, list[Row]],
    ) -> int:
        """Registrations fitting the event's status; returns how many attended."""
        rng = self.rng
        seats = capacity or 60
        if status in ("held", "cancelled"):
            wanted = int(seats * rng.uniform(0.6, 1.05))
        elif status == "full":
            wanted = seats + rng.randint(3, 12)
        elif status == "registration_open":
            wanted = int(seats * rng.uniform(0.2, 0.85))
        elif status == "planned":
            wanted = rng.randint(0, 8)
        else:
            wanted = rng.randint(0, 2)
        taken = set(speakers)
        people: list[tuple[int, str]] = [(contact_id, "speaker") for contact_id in speakers]
        if status not in ("draft", "planned") and rng.random() < 0.5:
            for contact_id in self._contacts_of(host)[:2]:
                if contact_id not in taken:
                    taken.add(contact_id)
                    people.append((contact_id, "organiser"))
        if self.press_contacts and status in ("held", "full", "registration_open"):
            count = min(len(self.press_contacts), rng.randint(0, 2))
            for contact_id in rng.sample(self.press_contacts, count):
                if contact_id not in taken:
                    taken.add(contact_id)
                    people.append((contact_id, "press"))
        participants = max(0, min(wanted, self.contact_total) - len(people))
        if participants:
            pool = rng.sample(
                range(1, self.contact_total + 1), min(self.contact_total, participants + len(taken))
            )
            for contact_id in pool:
                if participants == 0:
                    break
                if contact_id not in taken:
                    taken.add(contact_id)
                    people.append((contact_id, "participant"))
                    participants -= 1
        # they registered before the event, and before now
        start_ord = start.date().toordinal()
        closed_ord = min(self.today_ord - 1, start_ord - 1)
        opened_ord = min(max(created_ord, start_ord - 70), closed_ord)
        dated = sorted(
            (self._stamp(opened_ord, closed_ord), contact_id, role) for contact_id, role in people
        )
        full_house = self._full_house(dated, seats) if status == "full" else {}
        attended = 0
        for registered_at, contact_id, role in dated:
            waitlist_position = moved_up_at = None
            if status == "held":
                state = (
                    "attended"
                    if role != "participant"
                    else rng.choices(("attended", "no_show", "cancelled"), (80, 12, 8))[0]
                )
                if state == "attended" and role == "participant" and rng.random() < 0.03:
                    moved_ord = min(
                        date.fromisoformat(registered_at[:10]).toordinal() + 3, closed_ord
                    )
                    moved_up_at = max(registered_at, self._stamp(moved_ord, moved_ord))
            elif status == "cancelled":
                state = "cancelled"
            elif status == "full":
                state, waitlist_position, moved_up = full_house[contact_id]
                if moved_up:
                    moved_ord = min(
                        date.fromisoformat(registered_at[:10]).toordinal() + 2, closed_ord
                    )
                    moved_up_at = max(registered_at, self._stamp(moved_ord, closed_ord))
            elif status == "registration_open":
                state = rng.choices(("registered", "invited", "cancelled"), (82, 12, 6))[0]
            else:
                state = "invited"
            attended += state == "attended"
            out.setdefault("registrations", []).append(
                {
                    "id": self.counters.take("registrations"),
                    "event_id": event_id,
                    "contact_id": contact_id,
                    "status": state,
                    "role": role,
                    "registered_at": None if state == "invited" else registered_at,
                    "waitlist_position": waitlist_position,
                    "moved_up_at": moved_up_at,
                    "notes": rng.choice(REGISTRATION_NOTES) if rng.random() < 0.05 else None,
                    "version": 1 if moved_up_at is None else 2,
                    "created_at": registered_at,
                    "updated_at": moved_up_at or registered_at,
                }
            )
        return attended

    def _full_house(
        self, dated: list[tuple[str, int, str]], seats: int
    ) -> dict[int, tuple[str, int | None, bool]]:
        """Who of a full event's registrations (in the order they came) has a seat, who
        waits (at which position), and who moved up when someone with a seat cancelled:
        {contact id: (status, waitlist position, moved up)}."""
        rng = self.rng
        guests = [contact_id for _at, contact_id, role in dated if role != "participant"]
        participants = [contact_id for _at, contact_id, role in dated if role == "participant"]
        free = max(0, seats - len(guests))
        seated, waiting = participants[:free], participants[free:]
        result: dict[int, tuple[str, int | None, bool]] = {
            contact_id: ("registered", None, False) for contact_id in guests + seated
        }
        cancellations = min(len(seated), max(0, len(waiting) - 1), rng.randint(0, 2))
        for contact_id in rng.sample(seated, cancellations):
            result[contact_id] = ("cancelled", None, False)
        for contact_id in waiting[:cancellations]:
            result[contact_id] = ("registered", None, True)
        for position, contact_id in enumerate(waiting[cancellations:], start=1):
            result[contact_id] = ("waitlisted", position, False)
        return result

    def _tasks(
        self,
        event_id: int,
        day: date,
        status: str,
        created: str,
        created_ord: int,
        out: dict[str, list[Row]],
    ) -> None:
        """The planning checklist, ticked off where its day has passed."""
        rng = self.rng
        called_off_ord = day.toordinal() - rng.randint(3, 20) if status == "cancelled" else None
        for title, offset in CHECKLIST:
            due_ord = day.toordinal() + offset
            if called_off_ord is not None and due_ord > called_off_ord:
                continue  # not needed any more once the event was called off
            done = due_ord < self.today_ord and rng.random() < 0.95
            done_at = None
            if done:
                finished_ord = min(due_ord - rng.randint(0, 3), self.today_ord - 1)
                finished_ord = max(created_ord, finished_ord)
                done_at = max(created, self._stamp(finished_ord, finished_ord))
            out.setdefault("tasks", []).append(
                {
                    "id": self.counters.take("tasks"),
                    "event_id": event_id,
                    "title": title,
                    "due_on": date.fromordinal(due_ord).isoformat(),
                    "offset_days": offset,
                    "owner_staff_id": rng.choice(self.staff)[0],
                    "done": int(done),
                    "done_at": done_at,
                    "version": 2 if done else 1,
                    "created_at": created,
                    "updated_at": done_at or created,
                }
            )

    def _budget(
        self,
        event_id: int,
        event_type: str,
        status: str,
        capacity: int | None,
        fee_cents: int,
        attended: int,
        created: str,
        out: dict[str, list[Row]],
    ) -> None:
        rng = self.rng
        seats = capacity or 40
        lines: list[tuple[str, str, int]] = []
        if event_type == "trade_fair":
            lines.append(("Standfläche und Standbau", "cost", rng.randint(80, 250) * 10000))
            lines.append(("Fördermittel EFRE/JTF NRW", "income", rng.randint(40, 120) * 10000))
        else:
            if event_type != "other" or rng.random() < 0.5:
                lines.append(("Raummiete", "cost", rng.randint(3, 25) * 10000))
            lines.append(("Catering", "cost", seats * rng.choice((1800, 2500, 3500))))
            if rng.random() < 0.5:
                lines.append(("Referentenhonorar", "cost", rng.randint(5, 15) * 10000))
        lines.append(("Druck: Namensschilder und Programme", "cost", rng.randint(15, 60) * 1000))
        if fee_cents:
            lines.append(("Teilnahmegebühren", "income", fee_cents * max(1, seats * 3 // 4)))
        if rng.random() < 0.25:
            lines.append(("Sponsoring", "income", rng.randint(5, 50) * 10000))
        for description, kind, planned in lines:
            actual: int | None = None
            if status == "held":
                if description == "Teilnahmegebühren":
                    actual = fee_cents * attended
                else:
                    actual = int(planned * rng.uniform(0.85, 1.15))
            elif status == "cancelled":
                actual = int(planned * 0.3) if description == "Raummiete" else 0
            out.setdefault("budget_lines", []).append(
                {
                    "id": self.counters.take("budget_lines"),
                    "event_id": event_id,
                    "description": description,
                    "kind": kind,
                    "planned_cents": planned,
                    "actual_cents": actual,
                    "version": 1,
                    "created_at": created,
                    "updated_at": created,
                }
            )
