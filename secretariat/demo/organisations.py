"""The builder's part that writes organisations and everything that hangs on them:
names, web addresses, sizes, roles, themes, descriptions, addresses, products and
services, and stories about new members; contacts come from :mod:`.contacts`,
interactions from :mod:`.activities`."""

from __future__ import annotations

import itertools
import re
from datetime import date

from secretariat.demo.activities import _ActivityWriter
from secretariat.demo.base import Row, _quarter_end
from secretariat.demo.catalogue import (
    _PRODUCT_THEMES,
    _THEME_WEIGHTS,
    THEMES,
    _fee_tier,
    _Offer,
    _s,
    _sector,
    _Theme,
)
from secretariat.demo.contacts import _ContactWriter
from secretariat.demo.naming import (
    BRAND_ENDS,
    BRAND_NOUNS,
    BRAND_STARTS,
    CLUBS,
    COMPANY_WORDS,
    DISTRICTS,
    GOVERNMENT_DEPARTMENTS,
    GOVERNMENT_REGIONS,
    OFFICES,
    REGIONS,
    TRADE_GROUPS,
    UNIVERSITY_REGIONS,
)
from secretariat.demo.people import _ORIGIN_BY_KEY, _ORIGIN_FOR_COUNTRY, _ORIGIN_WEIGHTS, ORIGINS
from secretariat.demo.places import (
    _CITY_INDEX,
    _CITY_WEIGHTS,
    ALL_CITIES,
    GERMAN_LEGAL_FORMS,
    GERMAN_STREETS,
    LEGAL_FORMS_ABROAD,
    NRW_CITIES,
    REGION_ADJECTIVES,
    STREETS_ABROAD,
    City,
)
from secretariat.demo.spelling import _short_slug, _slug
from secretariat.domain.enums import ClusterRole, OrganisationKind, SizeClass


class _OrganisationWriter(_ContactWriter, _ActivityWriter):
    """Writes the organisations, batch by batch, with their contacts, products and
    interactions."""

    def _write_organisations(self, start: int, count: int) -> None:
        tables: dict[str, list[Row]] = {
            name: []
            for name in (
                "organisations",
                "organisation_roles",
                "organisation_themes",
                "contacts",
                "contact_roles",
                "consents",
                "products",
                "stories",
            )
        }
        for index in range(start, start + count):
            self._organisation(index, tables)
        for name, rows in tables.items():
            self._insert(name, rows)
        interactions = self._interactions(start, count)
        for name, rows in interactions.items():
            self._insert(name, rows)

    def _organisation(self, index: int, tables: dict[str, list[Row]]) -> None:
        rng = self.rng
        org_id = self.counters.take("organisations")
        kinds = OrganisationKind.values()
        # every kind among the first organisations
        kind = kinds[index] if index < len(kinds) else rng.choices(kinds, (74, 6, 3, 4, 7, 3, 3))[0]
        if index == len(kinds):  # a postcode with a leading zero early on
            city_index = _CITY_INDEX["Dresden"]
        elif index == len(kinds) + 1:  # and a firm abroad
            city_index = _CITY_INDEX["Venlo"]
            kind = "firm"
        else:
            city_index = rng.choices(range(len(ALL_CITIES)), _CITY_WEIGHTS)[0]
        if kind != "firm" and ALL_CITIES[city_index].country != "DE":
            city_index = rng.randrange(len(NRW_CITIES))
        city = ALL_CITIES[city_index]
        theme_index = rng.choices(range(len(THEMES)), _THEME_WEIGHTS)[0]
        name, core, theme_index = self._organisation_name(kind, city, theme_index)
        theme = THEMES[theme_index]
        slug = self._unique_slug(core)
        employees = self._employees(kind)
        size = SizeClass.for_employees(employees).value if employees is not None else None

        # relation to the cluster
        member = rng.random() < (0.72 if kind != "authority" else 0.35)
        customer = rng.random() < (0.25 if kind == "firm" else 0.05)
        partner = rng.random() < (0.6 if kind in ("authority", "university") else 0.1)
        prospect = not member and rng.random() < 0.5
        if not (member or customer or partner or prospect):
            prospect = True
        member_since = member_until = fee_tier = None
        if member:
            if rng.random() < 0.2:
                since_ord = self.founded_ord
            else:
                since_ord = rng.randint(self.founded_ord, self.today_ord - 1)
            since = date.fromordinal(since_ord).replace(day=1)
            member_since = since.isoformat()
            draw = rng.random()
            if draw < 0.1 and since_ord < self.today_ord - 400:  # a former member
                until_ord = rng.randint(since_ord + 365, self.today_ord - 1)
                member_until = _quarter_end(date.fromordinal(until_ord)).isoformat()
                if member_until >= self.today.isoformat():
                    member_until = None
            elif draw < 0.13:  # has given notice for the end of the year
                member_until = date(self.today.year, 12, 31).isoformat()
            fee_tier = _fee_tier(kind, size, rng)
        current_member = member and (member_until is None or member_until >= self.today.isoformat())
        natural = (
            date.fromisoformat(member_since).toordinal() - rng.randint(0, 90)
            if member_since
            else rng.randint(self.founded_ord, self.today_ord - 1)
        )
        created, updated = self._created_updated(natural)
        street = self._street(city)
        phone_base = city.phone_base(rng)
        row = {
            "id": org_id,
            "name": name,
            "kind": kind,
            "is_member": int(member),
            "is_customer": int(customer),
            "is_partner": int(partner),
            "is_prospect": int(prospect),
            "member_since": member_since,
            "member_until": member_until,
            "fee_tier": fee_tier,
            "size_class": size,
            "employees": employees,
            "sector": _sector(kind, theme),
            "description": self._organisation_description(kind, theme, city, employees),
            "street": street,
            "postcode": city.postcode(rng),
            "city": city.name,
            "country": city.country,
            "website": f"https://www.{slug}.{city.tld}",
            "email": f"info@{slug}.{city.tld}",
            "phone": phone_base + city.switchboard,
            "version": 1 if created == updated else rng.randint(2, 4),
            "created_at": created,
            "updated_at": updated,
        }
        tables["organisations"].append(row)
        for role in self._organisation_roles(kind, index):
            tables["organisation_roles"].append({"organisation_id": org_id, "role": role})
        themes = [theme_index]
        for _ in range(rng.choices((0, 1, 2), (35, 45, 20))[0]):
            other = rng.choices(range(len(THEMES)), _THEME_WEIGHTS)[0]
            if other not in themes:
                themes.append(other)
        for theme_position in themes:
            tables["organisation_themes"].append(
                {"organisation_id": org_id, "theme_id": self.theme_ids[theme_position]}
            )
        self.org_names.append(name)
        self.org_kinds.append(kinds.index(kind))
        self.org_members.append(int(current_member))
        self.org_cities.append(city_index)
        first_contact = self.contact_total + 1
        contacts = self._contacts(org_id, kind, city, slug, size, phone_base, natural, tables)
        self.org_first_contact.append(first_contact)
        self.org_contact_count.append(contacts)
        self._products(org_id, kind, theme, city, created, tables)
        if member_since and member_since >= date.fromordinal(self.today_ord - 365).isoformat():
            if rng.random() < 0.5:
                tables["stories"].append(
                    self._story(
                        f"Neues Mitglied: {name}",
                        f"Wir begrüßen {name} aus {city.name} im Cluster. Schwerpunkte des "
                        f"neuen Mitglieds sind {theme.name} und der Austausch mit Partnern aus "
                        "Forschung und Industrie.",
                        organisation_id=org_id,
                        not_before_ord=date.fromisoformat(member_since).toordinal(),
                    )
                )
        elif current_member and rng.random() < 0.04:
            tables["stories"].append(
                self._story(
                    f"Mitglied im Porträt: {name}",
                    f"Im Gespräch erzählt das Team von {name}, woran es in {city.name} arbeitet "
                    f"und wie die Zusammenarbeit im Cluster bei {theme.name} geholfen hat.",
                    organisation_id=org_id,
                )
            )
        if index % 150 == 2:  # now and then a freelance journalist
            self._journalist(tables)

    def _organisation_name(self, kind: str, city: City, theme_index: int) -> tuple[str, str, int]:
        """A name not used yet, its core (without legal form) for the web address, and
        the theme it speaks of (another than proposed when the first is crowded)."""
        rng = self.rng
        for attempt in range(16):
            if attempt >= 6:
                theme_index = rng.choices(range(len(THEMES)), _THEME_WEIGHTS)[0]
            name, core = self._name_candidate(kind, city, THEMES[theme_index], attempt)
            if name not in self.used_names and _slug(core) not in self.used_slugs:
                self.used_names.add(name)
                return name, core, theme_index
        # Crowded: the city or a part of it makes it distinct; a number as the last resort.
        base_name, base_core = self._name_candidate(kind, city, THEMES[theme_index], 0)
        city_word = re.compile(rf"\b{re.escape(city.name)}\b")
        variants = [] if city_word.search(base_core) else [f"{base_core} {city.name}"]
        for part in ("Nord", "Süd", "West", "Ost", "Mitte"):
            if city_word.search(base_core):
                variants.append(city_word.sub(f"{city.name}-{part}", base_core, count=1))
            else:
                variants.append(f"{base_core} {city.name}-{part}")
        numbered = (f"{base_core} {number}" for number in itertools.count(2))
        for core in itertools.chain(variants, numbered):
            name = base_name.replace(base_core, core, 1)
            if name not in self.used_names and _slug(core) not in self.used_slugs:
                self.used_names.add(name)
                return name, core, theme_index
        raise AssertionError("unreachable")  # pragma: no cover

    def _name_candidate(
        self, kind: str, city: City, theme: _Theme, attempt: int
    ) -> tuple[str, str]:
        rng = self.rng
        trade = rng.choice(theme.trades)
        region = city.region or "Rhein-Ruhr"
        adjective_f, adjective_n = REGION_ADJECTIVES.get(region, ("Westdeutsche", "Westdeutsches"))
        if kind == "firm":
            if city.country != "DE":
                forms = LEGAL_FORMS_ABROAD[city.country]
                legal = rng.choices([f for f, _ in forms], [w for _, w in forms])[0]
                origin = _ORIGIN_BY_KEY[_ORIGIN_FOR_COUNTRY[city.country]]
                if rng.random() < 0.6:
                    core = f"{self._brand()} {rng.choice(BRAND_NOUNS)}"
                else:
                    core = f"{rng.choice(origin.families)[0]} {rng.choice(BRAND_NOUNS)}"
                    core = core[0].upper() + core[1:]
                return f"{core} {legal}", core
            legal = rng.choices(
                [f for f, _ in GERMAN_LEGAL_FORMS], [w for _, w in GERMAN_LEGAL_FORMS]
            )[0]
            pattern = rng.randrange(6)
            german = _ORIGIN_BY_KEY["german"]
            if pattern == 0:
                core = f"{adjective_f} {trade}"
            elif pattern == 1:
                core = f"{adjective_f} {trade.split('technik')[0].rstrip('-') or trade} " + (
                    rng.choice(COMPANY_WORDS)
                )
            elif pattern == 2:
                core = f"{self._brand()} {rng.choice(BRAND_NOUNS)}"
            elif pattern == 3:
                family = rng.choice(
                    ORIGINS[rng.choices(range(len(ORIGINS)), _ORIGIN_WEIGHTS)[0]].families
                )[0]
                if any("\u0370" <= ch <= "\u04ff" for ch in family):  # Latin letters only
                    family = rng.choice(german.families)[0]
                core = f"{family[0].upper()}{family[1:]} {trade}"
            elif pattern == 4:
                core = f"{city.adjective or adjective_f} {trade}"
            else:
                first = rng.choice(german.families)[0]
                second = rng.choice(ORIGINS[rng.choices(range(3), (6, 2, 1))[0]].families)[0]
                core = f"{first} & {second} {rng.choice(COMPANY_WORDS)}"
            if attempt > 8:
                core = f"{core} {city.name}"
            return f"{core} {legal}", core
        if kind == "research_institute":
            field_name = theme.research
            pattern = rng.randrange(6)
            if pattern == 4:  # named after a person, as institutes often are
                german = _ORIGIN_BY_KEY["german"]
                founder = rng.choice(german.men + german.women).split("-")[0]
                family = rng.choice(german.families)[0]
                if " " in family:
                    family = rng.choice(("Overbeck", "Hölscher", "Brüggemann", "Terhorst"))
                core = f"{founder}-{family}-Institut für {field_name}"
                return f"{core} e.V.", core
            if pattern == 5:
                core = f"An-Institut für {field_name} an der Hochschule " + (
                    rng.choice(UNIVERSITY_REGIONS)
                )
                return core, core
            if pattern == 0:
                core = f"Institut für {field_name} {rng.choice(REGIONS)}"
                return f"{core} e.V.", core
            if pattern == 1:
                core = f"{adjective_n} Institut für {field_name}"
                return core, core
            if pattern == 2:
                core = f"Forschungszentrum {theme.name} {city.name}"
                return f"{core} gGmbH", core
            core = f"{city.adjective or adjective_f} Zentrum für {field_name}"
            return core, core
        if kind == "university":
            pattern = rng.randrange(4)
            if pattern == 0:
                core = f"Hochschule {rng.choice(UNIVERSITY_REGIONS)}"
            elif pattern == 1:
                core = f"Technische Hochschule {rng.choice(UNIVERSITY_REGIONS)}"
            elif pattern == 2:
                core = f"Lehrstuhl für {theme.research}, Universität {city.name}"
            else:
                core = f"Fachbereich {rng.choice(theme.trades)}, Hochschule {city.name}"
            return core, core
        if kind == "authority":
            pattern = rng.randrange(5)
            if pattern <= 1:
                core = f"Stadt {city.name} – {rng.choice(OFFICES)}"
            elif pattern == 2:
                core = f"{rng.choice(DISTRICTS)} – {rng.choice(OFFICES)}"
            elif pattern == 3:
                core = (
                    f"Bezirksregierung {rng.choice(GOVERNMENT_REGIONS)} – "
                    f"{rng.choice(GOVERNMENT_DEPARTMENTS)}"
                )
            else:
                core = f"Wirtschaftsförderung {city.name}"
                return f"{core} GmbH", core
            return core, core
        if kind == "association":
            pattern = rng.randrange(8)
            if pattern == 0:
                core = f"{theme.name}-Netzwerk {rng.choice(REGIONS)}"
            elif pattern == 1:
                core = f"Verband der {rng.choice(TRADE_GROUPS)} {rng.choice(REGIONS)}"
            elif pattern == 2:
                core = f"Arbeitskreis {theme.name} {city.name}"
            elif pattern == 3:
                core = f"Initiative {theme.name} {rng.choice(REGIONS)}"
            elif pattern == 4:
                core = f"Förderverein {theme.name} {city.name}"
            elif pattern == 5:
                core = f"Fachverband {trade} {rng.choice(REGIONS)}"
            else:
                core = f"{rng.choice(CLUBS)} {city.name}"
            return f"{core} e.V.", core
        if kind == "investor":
            pattern = rng.randrange(8)
            if pattern == 0:
                core = f"{rng.choice(REGIONS)} Venture Partners"
                return f"{core} GmbH", core
            if pattern in (1, 2):
                core = f"{self._brand()} {rng.choice(('Capital', 'Ventures', 'Invest'))}"
                return f"{core} GmbH", core
            if pattern == 3:
                core = f"Beteiligungsgesellschaft {city.name}"
                return f"{core} mbH", core
            if pattern == 4:
                core = f"Business Angels {rng.choice(REGIONS)}"
                return f"{core} e.V.", core
            if pattern == 5:
                core = f"Family Office {rng.choice(_ORIGIN_BY_KEY['german'].families)[0]}"
                return f"{core} GmbH", core
            core = f"{rng.choice(('Seed-Fonds', 'Innovationsfonds'))} {theme.name} " + (
                rng.choice(REGIONS)
            )
            return f"{core} GmbH & Co. KG", core
        pattern = rng.randrange(6)  # other
        if pattern == 0:
            core = f"Stiftung {theme.name} {rng.choice(REGIONS)}"
            return core, core
        if pattern == 1:
            core = f"Stiftung für {theme.research} {city.name}"
            return core, core
        if pattern == 2:
            core = f"{rng.choice(('Technologiezentrum', 'Gründerzentrum'))} {city.name}"
        elif pattern == 3:
            core = f"Transferzentrum {theme.name} {city.name}"
            return f"{core} gGmbH", core
        elif pattern == 4:
            core = f"Coworking {self._brand()} {city.name}"
        else:
            core = f"Kompetenzzentrum {theme.name} {city.name}"
        return f"{core} GmbH", core

    def _brand(self) -> str:
        return self.rng.choice(BRAND_STARTS) + self.rng.choice(BRAND_ENDS)

    def _unique_slug(self, core: str) -> str:
        slug = _short_slug(core)
        base, number = slug, 2
        while slug in self.used_slugs:
            slug = f"{base}-{number}"
            number += 1
        self.used_slugs.add(slug)
        self.used_slugs.add(_slug(core))
        return slug

    def _employees(self, kind: str) -> int | None:
        rng = self.rng
        if rng.random() < 0.04:
            return None
        if kind == "firm":
            band = rng.choices(((1, 9), (10, 49), (50, 249), (250, 12000)), (30, 35, 25, 10))[0]
            low, high = band
            if high > 1000:
                return int(low * (high / low) ** rng.random())
            return rng.randint(low, high)
        ranges = {
            "research_institute": (15, 900),
            "university": (250, 6000),
            "authority": (8, 900),
            "association": (1, 40),
            "investor": (2, 60),
            "other": (3, 120),
        }
        low, high = ranges[kind]
        return int(low * (high / low) ** rng.random())

    def _organisation_roles(self, kind: str, index: int) -> list[str]:
        rng = self.rng
        chances: dict[str, tuple[tuple[str, float], ...]] = {
            "firm": (
                ("industrial_entrepreneur", 0.5),
                ("service_entrepreneur", 0.35),
                ("commercial_entrepreneur", 0.15),
                ("marketer", 0.1),
                ("social_entrepreneur", 0.02),
                ("ambassador", 0.04),
            ),
            "research_institute": (("knowledge_generator", 1.0), ("facilitator", 0.1)),
            "university": (("knowledge_generator", 1.0), ("ambassador", 0.2)),
            "authority": (("gr_coordinator", 0.6), ("facilitator", 0.4)),
            "association": (
                ("facilitator", 0.7),
                ("gr_coordinator", 0.3),
                ("social_entrepreneur", 0.2),
                ("ambassador", 0.2),
            ),
            "investor": (
                ("service_entrepreneur", 0.5),
                ("facilitator", 0.2),
                ("commercial_entrepreneur", 0.1),
            ),
            "other": (
                ("social_entrepreneur", 0.5),
                ("facilitator", 0.4),
                ("ambassador", 0.1),
            ),
        }
        roles = [role for role, chance in chances[kind] if rng.random() < chance]
        if not roles:
            roles = [chances[kind][0][0]]
        all_roles = ClusterRole.values()
        if index < len(all_roles) and all_roles[index] not in roles:  # every role early on
            roles.append(all_roles[index])
        return [role for role in all_roles if role in roles]

    def _organisation_description(
        self, kind: str, theme: _Theme, city: City, employees: int | None
    ) -> str:
        rng = self.rng
        other = rng.choice([t for t in THEMES if t is not theme]).name
        people = (
            f"rund {employees:,} Beschäftigten".replace(",", ".")
            if employees
            else ("einem kleinen Team")
        )
        if kind == "firm":
            opening = rng.choice(
                (
                    f"Familiengeführtes Unternehmen aus {city.name} mit {people}.",
                    f"Mittelständischer Anbieter für {rng.choice(theme.trades)} mit {people}.",
                    f"Gegründet {rng.randint(1950, self.today.year - 2)} in {city.name}; heute "
                    f"mit {people}.",
                    f"Technologieunternehmen mit Sitz in {city.name} und {people}.",
                )
            )
            return f"{opening} Schwerpunkte: {theme.name} und {other}."
        if kind == "research_institute":
            return (
                f"Forschungseinrichtung mit {people}; Schwerpunkte {theme.research} und "
                f"{other}. Partner für Verbundprojekte und Auftragsforschung."
            )
        if kind == "university":
            return (
                f"Lehre und Forschung in {theme.research}; Partner für Abschlussarbeiten, "
                f"Praktika und gemeinsame Projekte mit Unternehmen aus {city.name}."
            )
        if kind == "authority":
            return (
                "Ansprechpartner für Ansiedlung, Genehmigungen und Förderung; unterstützt "
                f"Vorhaben zu {theme.name}."
            )
        if kind == "association":
            return (
                f"Netzwerk mit rund {rng.randint(20, 400)} Mitgliedern; bündelt die Interessen "
                f"der Unternehmen zu {theme.name} gegenüber Politik und Verwaltung."
            )
        if kind == "investor":
            return (
                f"Investiert in Start-ups und Wachstumsunternehmen, Schwerpunkt {theme.name}; "
                f"Beteiligungen von {rng.randint(1, 5) * 250} Tsd. bis "
                f"{rng.randint(2, 10)} Mio. Euro."
            )
        return f"Gemeinnützige Einrichtung; fördert {theme.name} und {other} in der Region."

    def _street(self, city: City) -> str:
        rng = self.rng
        number = str(rng.randint(1, 180))
        if rng.random() < 0.08:
            number += rng.choice("abc")
        if city.country == "DE":
            return f"{rng.choice(GERMAN_STREETS)} {number}"
        return f"{rng.choice(STREETS_ABROAD[city.country])} {number}"

    # -- products ------------------------------------------------------------------

    def _products(
        self,
        org_id: int,
        kind: str,
        theme: _Theme,
        city: City,
        created: str,
        tables: dict[str, list[Row]],
    ) -> None:
        rng = self.rng
        counts = {
            "firm": ((0, 1, 2, 3, 4), (15, 25, 30, 20, 10)),
            "research_institute": ((1, 2, 3), (40, 40, 20)),
            "university": ((0, 1, 2), (40, 40, 20)),
            "authority": ((0, 1), (80, 20)),
            "association": ((0, 1), (70, 30)),
            "investor": ((0, 1), (60, 40)),
            "other": ((0, 1, 2), (50, 35, 15)),
        }[kind]
        count = rng.choices(*counts)[0]
        offers = list(theme.offers) if theme.offers else []
        if kind != "firm":
            offers = [offer for offer in offers if offer.kind == "service"] or [
                _s(
                    "Beratung und Vernetzung",
                    "Beratung",
                    f"{theme.name}, Beratung, Netzwerk",
                    f"Erstberatung und Kontakte zu Partnern rund um {theme.name}.",
                )
            ]
        while len(offers) < count:
            extra = THEMES[rng.choice(_PRODUCT_THEMES)].offers
            offers.append(rng.choice(extra))
        chosen: list[_Offer] = []
        for offer in rng.sample(offers, min(count, len(offers))):
            if offer not in chosen:
                chosen.append(offer)
        created_ord = date.fromisoformat(created[:10]).toordinal()
        for offer in chosen:
            values = {
                "model": rng.choice(
                    ("{l}-{n}", "{l}{n}", "Pro {n}", "Compact {n}", "{n} S")
                ).format(
                    l=rng.choice("AEHMSTVX"),
                    n=rng.choice((10, 20, 40, 50, 80, 100, 120, 160, 200, 250, 300, 500)),
                ),
                "power": rng.choice((5, 10, 25, 50, 100, 150, 250, 500, 1000)),
                "amount": rng.randint(2, 9),
                "city": city.name,
            }
            product_created, product_updated = self._created_updated(
                created_ord + rng.randint(0, 300)
            )
            tables["products"].append(
                {
                    "id": self.counters.take("products"),
                    "organisation_id": org_id,
                    "name": offer.name.format(**values),
                    "kind": offer.kind,
                    "category": offer.category,
                    "description": offer.description.format(**values),
                    "keywords": offer.keywords,
                    "version": 1,
                    "created_at": product_created,
                    "updated_at": product_updated,
                }
            )
