"""The builder's part that writes contacts: people of many origins with positions,
titles, e-mail addresses in their organisation's scheme, direct lines and mobiles,
languages and roles, freelance journalists, and the consents each contact gave (or
withdrew)."""

from __future__ import annotations

from datetime import date

from secretariat.demo.base import Row, _BuilderBase, _general_assembly
from secretariat.demo.people import (
    _ORIGIN_BY_KEY,
    _ORIGIN_FOR_COUNTRY,
    _ORIGIN_WEIGHTS,
    CONTACT_NOTES,
    JOURNALIST_DOMAINS,
    NEUTRAL_POSITIONS,
    ORIGINS,
    POSITIONS,
    SHOWCASE_NAMES,
    _Origin,
)
from secretariat.demo.places import NRW_CITIES, City, mobile_number
from secretariat.demo.spelling import _local_part


class _ContactWriter(_BuilderBase):
    """Makes the contacts of an organisation (and freelance journalists) with their
    roles and consents."""

    def _contacts(
        self,
        org_id: int,
        kind: str,
        city: City,
        slug: str,
        size: str | None,
        phone_base: str,
        natural: int,
        tables: dict[str, list[Row]],
    ) -> int:
        rng = self.rng
        low, high = {
            "micro": (2, 6),
            "small": (3, 7),
            "medium": (4, 8),
            "large": (5, 9),
            None: (2, 6),
        }[size]
        count = rng.randint(low, high)
        if kind != "firm":
            count = max(1, min(9, count + rng.choice((-1, 0, 0, 1))))
        domain = f"{slug}.{city.tld}"
        scheme = rng.choices(("first.last", "f.last", "last"), (75, 18, 7))[0]
        used_locals: set[str] = {"info"}
        used_extensions: set[str] = set()
        for _ in range(count):
            self._contact(
                org_id,
                kind,
                city,
                domain,
                scheme,
                used_locals,
                used_extensions,
                phone_base,
                natural,
                tables,
            )
        return count

    def _person(self, country: str) -> tuple[_Origin, str, str, str]:
        """(origin, salutation, first name, last name) of the next person."""
        rng = self.rng
        position = self.contact_total  # contacts written so far
        if position < len(SHOWCASE_NAMES):
            key, salutation, first, last = SHOWCASE_NAMES[position]
            return _ORIGIN_BY_KEY[key], salutation, first, last
        cycle = position - len(SHOWCASE_NAMES)
        if cycle < len(ORIGINS):  # every origin among the first contacts
            origin = ORIGINS[cycle]
        elif country != "DE" and rng.random() < 0.75:
            origin = _ORIGIN_BY_KEY[_ORIGIN_FOR_COUNTRY[country]]
        else:
            origin = ORIGINS[rng.choices(range(len(ORIGINS)), _ORIGIN_WEIGHTS)[0]]
        woman = rng.random() < 0.46
        first = rng.choice(origin.women if woman else origin.men)
        last = rng.choice(origin.families)[1 if woman else 0]
        draw = rng.random()
        if draw < 0.02:
            salutation = ""
        elif draw < 0.03:
            salutation = "mx"
        else:
            salutation = "ms" if woman else "mr"
        return origin, salutation, first, last

    def _contact(
        self,
        org_id: int | None,
        kind: str,
        city: City,
        domain: str,
        scheme: str,
        used_locals: set[str],
        used_extensions: set[str],
        phone_base: str | None,
        natural: int,
        tables: dict[str, list[Row]],
    ) -> int:
        rng = self.rng
        origin, salutation, first, last = self._person(city.country)
        contact_id = self.counters.take("contacts")
        self.contact_total += 1
        if salutation in ("", "mx"):
            position = "Redaktion" if kind == "press" else rng.choice(NEUTRAL_POSITIONS)
        else:
            pair = rng.choice(POSITIONS[kind])
            position = pair[1] if salutation == "ms" else pair[0]
        title = None
        if position.startswith("Professor"):
            title = "Prof. Dr." if rng.random() < 0.9 else "Prof."
        else:
            chance = {"research_institute": 0.35, "university": 0.3}.get(kind, 0.07)
            draw = rng.random()
            if draw < chance:
                title = "Dr."
            elif kind == "firm" and draw < chance + 0.03:
                title = "Dipl.-Ing."
        # e-mail: the organisation's scheme, made unique within its domain
        email = None
        if rng.random() < 0.96:
            first_part = _local_part(first, umlauts=origin.umlauts)
            last_part = _local_part(last, umlauts=origin.umlauts)
            candidates = {
                "first.last": [f"{first_part}.{last_part}", f"{first_part[:1]}.{last_part}"],
                "f.last": [f"{first_part[:1]}.{last_part}", f"{first_part}.{last_part}"],
                "last": [last_part, f"{first_part}.{last_part}"],
            }[scheme]
            local = next((c for c in candidates if c not in used_locals), None)
            number = 2
            while local is None:
                candidate = f"{candidates[0]}{number}"
                local = candidate if candidate not in used_locals else None
                number += 1
            used_locals.add(local)
            email = f"{local}@{domain}"
        phone = None
        if phone_base is not None and rng.random() < 0.85:
            extension = city.extension(rng)
            while extension in used_extensions:
                extension = city.extension(rng)
            used_extensions.add(extension)
            phone = phone_base + extension
        mobile = mobile_number(city.country, rng) if rng.random() < 0.55 else None
        languages = origin.languages
        language = rng.choices([code for code, _ in languages], [w for _, w in languages])[0]
        if city.country != "DE" and language == "de" and rng.random() < 0.5:
            language = "en"
        created, updated = self._created_updated(natural + rng.randint(0, 400))
        tables["contacts"].append(
            {
                "id": contact_id,
                "organisation_id": org_id,
                "salutation": salutation,
                "title": title,
                "first_name": first,
                "last_name": last,
                "position": position,
                "email": email,
                "phone": phone,
                "mobile": mobile,
                "language": language,
                "notes": rng.choice(CONTACT_NOTES) if rng.random() < 0.08 else None,
                "version": 1 if created == updated else rng.randint(2, 3),
                "created_at": created,
                "updated_at": updated,
            }
        )
        draw = rng.random()
        if draw < 0.04:
            tables["contact_roles"].append({"contact_id": contact_id, "role": "ambassador"})
        elif draw < 0.06:
            role = (
                "knowledge_generator"
                if kind in ("university", "research_institute")
                else ("facilitator")
            )
            tables["contact_roles"].append({"contact_id": contact_id, "role": role})
        self._consents(contact_id, natural, tables["consents"])
        return contact_id

    def _journalist(self, tables: dict[str, list[Row]]) -> None:
        rng = self.rng
        city = NRW_CITIES[rng.randrange(len(NRW_CITIES))]
        domain = rng.choice(JOURNALIST_DOMAINS)
        contact_id = self._contact(
            None,
            "press",
            city,
            domain,
            "first.last",
            self.journalist_addresses,
            set(),
            None,
            self.import_ord,
            tables,
        )
        self.press_contacts.append(contact_id)

    def _consents(self, contact_id: int, natural: int, rows: list[Row]) -> None:
        rng = self.rng
        if rng.random() < 0.15:
            return
        first = max(natural, self.founded_ord)
        last = self.today_ord - 1
        if first > last:
            first = last
        day_ord = rng.randint(first, last)
        day = date.fromordinal(day_ord)
        draw = rng.random()
        if draw < 0.3:
            source = "Anmeldeformular"
        elif draw < 0.5:
            source = "Anmeldeformular Website"
        elif draw < 0.7:
            source = f"E-Mail vom {day.strftime('%d.%m.%Y')}"
        elif draw < 0.85:
            assembly = _general_assembly(day.year)
            if assembly.toordinal() >= self.today_ord:
                assembly = _general_assembly(day.year - 1)
            if assembly.toordinal() >= first:
                day, day_ord = assembly, assembly.toordinal()
                source = f"Mitgliederversammlung {assembly.year}"
            else:
                source = "Veranstaltungsanmeldung"
        else:
            source = "Aufnahmeantrag Mitgliedschaft"
        grants = {"newsletter": 0.85, "directory": 0.75, "photos": 0.6}
        for purpose, chance in grants.items():
            granted = int(rng.random() < chance)
            stamp = self._stamp(day_ord, day_ord)
            rows.append(
                {
                    "id": self.counters.take("consents"),
                    "contact_id": contact_id,
                    "purpose": purpose,
                    "granted": granted,
                    "recorded_on": day.isoformat(),
                    "source": source,
                    "version": 1,
                    "created_at": stamp,
                    "updated_at": stamp,
                }
            )
            if granted and rng.random() < 0.04 and day_ord < last:  # withdrawn later
                later_ord = rng.randint(day_ord + 1, last)
                later = date.fromordinal(later_ord)
                later_stamp = self._stamp(later_ord, later_ord)
                rows.append(
                    {
                        "id": self.counters.take("consents"),
                        "contact_id": contact_id,
                        "purpose": purpose,
                        "granted": 0,
                        "recorded_on": later.isoformat(),
                        "source": (
                            "Abmeldelink im Newsletter"
                            if purpose == "newsletter"
                            else f"E-Mail vom {later.strftime('%d.%m.%Y')}"
                        ),
                        "version": 1,
                        "created_at": later_stamp,
                        "updated_at": later_stamp,
                    }
                )
