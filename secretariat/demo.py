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
"""

from __future__ import annotations

import functools
import itertools
import random
import re
import unicodedata
from array import array
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from secretariat.domain.enums import ClusterRole, OrganisationKind, SizeClass
from secretariat.store.database import ClusterDatabase

__all__ = ["DemoSummary", "build_demo"]

Row = dict[str, Any]
ProgressCallback = Callable[[int, int], None]

BATCH = 500  # organisations generated, written and reported per step
EVENTS_PER_REPORT = 50
BERLIN = ZoneInfo("Europe/Berlin")
TIME_ZONE = "Europe/Berlin"


# -- the summary ----------------------------------------------------------------------


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


# -- places -----------------------------------------------------------------------------


@dataclass(frozen=True)
class City:
    """A real place: its postcode range, its telephone area code, how many members sit
    there (relatively), and how its people are called ("Düsseldorfer")."""

    name: str
    country: str
    postcodes: tuple[int, int]  # first and last postcode, as a number
    dial: str  # "+49"
    area: str  # "211": the area code without its leading 0
    weight: int  # how many organisations sit here, relatively
    adjective: str = ""  # "Düsseldorfer"
    region: str = ""  # "Rheinland", "Ruhrgebiet", "Westfalen"...
    base_digits: int = 5  # subscriber digits before the extension
    first_digits: str = "23456789"  # what a subscriber number may start with

    def postcode(self, rng: random.Random) -> str:
        number = rng.randint(*self.postcodes)
        if self.country == "NL":
            return f"{number:04d} {rng.choice(_DUTCH_LETTERS)}{rng.choice(_DUTCH_LETTERS)}"
        if self.country == "PL":
            return f"{number // 1000:02d}-{number % 1000:03d}"
        if self.country == "BE":
            return f"{number:04d}"
        return f"{number:05d}"

    @property
    def tld(self) -> str:
        return self.country.lower()

    def phone_base(self, rng: random.Random) -> str:
        """An organisation's number in E.164 without its extension. Valid by
        construction: the area codes are real and the lengths fit each country's plan."""
        digits = rng.choice(self.first_digits) + _digits(rng, self.base_digits - 1)
        return f"{self.dial}{self.area}{digits}"

    def extension(self, rng: random.Random) -> str:
        """A direct line's extension: two or three digits in Germany, two abroad."""
        if self.country == "DE" and rng.random() >= 0.7:
            return str(rng.randint(100, 999))
        return str(rng.randint(10, 99))

    @property
    def switchboard(self) -> str:
        """The extension of the organisation's main number."""
        return "0" if self.country == "DE" else "00"


def mobile_number(country: str, rng: random.Random) -> str:
    """A mobile number of the country's networks, in E.164."""
    if country == "NL":
        return "+316" + rng.choice("12345") + _digits(rng, 7)
    if country == "BE":
        return "+32" + rng.choice(BELGIAN_MOBILE_PREFIXES) + _digits(rng, 6)
    if country == "PL":
        return "+48" + rng.choice(POLISH_MOBILE_PREFIXES) + _digits(rng, 6)
    prefix, length = rng.choice(GERMAN_MOBILE_PREFIXES)
    return f"+49{prefix}{_digits(rng, length)}"


_DUTCH_LETTERS = "ABCDEGHJKLMNPRTVWXZ"


def _nrw(
    name: str, low: int, high: int, area: str, weight: int, adjective: str, region: str
) -> City:
    return City(
        name, "DE", (low, high), "+49", area, weight, adjective, region,
        base_digits=5 if len(area) == 3 else 4,
    )


NRW_CITIES: tuple[City, ...] = (
    _nrw("Düsseldorf", 40210, 40629, "211", 12, "Düsseldorfer", "Rheinland"),
    _nrw("Köln", 50667, 51149, "221", 14, "Kölner", "Rheinland"),
    _nrw("Dortmund", 44135, 44388, "231", 9, "Dortmunder", "Ruhrgebiet"),
    _nrw("Essen", 45127, 45359, "201", 9, "Essener", "Ruhrgebiet"),
    _nrw("Duisburg", 47051, 47279, "203", 7, "Duisburger", "Ruhrgebiet"),
    _nrw("Bochum", 44787, 44894, "234", 6, "Bochumer", "Ruhrgebiet"),
    _nrw("Wuppertal", 42103, 42399, "202", 5, "Wuppertaler", "Bergisches Land"),
    _nrw("Bielefeld", 33602, 33739, "521", 5, "Bielefelder", "Ostwestfalen-Lippe"),
    _nrw("Bonn", 53111, 53229, "228", 6, "Bonner", "Rheinland"),
    _nrw("Münster", 48143, 48167, "251", 5, "Münsteraner", "Münsterland"),
    _nrw("Aachen", 52062, 52080, "241", 6, "Aachener", "Rheinland"),
    _nrw("Gelsenkirchen", 45879, 45899, "209", 3, "Gelsenkirchener", "Ruhrgebiet"),
    _nrw("Mönchengladbach", 41061, 41239, "2161", 3, "Mönchengladbacher", "Niederrhein"),
    _nrw("Krefeld", 47798, 47839, "2151", 3, "Krefelder", "Niederrhein"),
    _nrw("Oberhausen", 46045, 46149, "208", 3, "Oberhausener", "Ruhrgebiet"),
    _nrw("Hagen", 58089, 58135, "2331", 2, "Hagener", "Südwestfalen"),
    _nrw("Hamm", 59063, 59077, "2381", 2, "Hammer", "Ruhrgebiet"),
    _nrw("Mülheim an der Ruhr", 45468, 45481, "208", 2, "Mülheimer", "Ruhrgebiet"),
    _nrw("Leverkusen", 51371, 51381, "214", 3, "Leverkusener", "Rheinland"),
    _nrw("Solingen", 42651, 42719, "212", 2, "Solinger", "Bergisches Land"),
    _nrw("Paderborn", 33098, 33109, "5251", 2, "Paderborner", "Ostwestfalen-Lippe"),
    _nrw("Siegen", 57072, 57080, "271", 2, "Siegener", "Südwestfalen"),
    _nrw("Neuss", 41460, 41472, "2131", 3, "Neusser", "Niederrhein"),
    _nrw("Herne", 44623, 44653, "2323", 1, "Herner", "Ruhrgebiet"),
    _nrw("Bottrop", 46236, 46244, "2041", 1, "Bottroper", "Ruhrgebiet"),
    _nrw("Remscheid", 42853, 42899, "2191", 1, "Remscheider", "Bergisches Land"),
    _nrw("Bergisch Gladbach", 51427, 51469, "2202", 1, "Bergisch Gladbacher", "Rheinland"),
    _nrw("Gütersloh", 33330, 33335, "5241", 1, "Gütersloher", "Ostwestfalen-Lippe"),
    _nrw("Recklinghausen", 45657, 45665, "2361", 1, "Recklinghäuser", "Ruhrgebiet"),
    _nrw("Jülich", 52428, 52428, "2461", 1, "Jülicher", "Rheinland"),
    _nrw("Siegburg", 53721, 53721, "2241", 1, "Siegburger", "Rheinland"),
)

EAST_CITIES: tuple[City, ...] = (  # postcodes with a leading zero
    _nrw("Dresden", 1067, 1328, "351", 3, "Dresdner", "Sachsen"),
    _nrw("Leipzig", 4103, 4357, "341", 2, "Leipziger", "Sachsen"),
    _nrw("Chemnitz", 9111, 9247, "371", 1, "Chemnitzer", "Sachsen"),
    _nrw("Jena", 7743, 7751, "3641", 1, "Jenaer", "Thüringen"),
    _nrw("Erfurt", 99084, 99099, "361", 1, "Erfurter", "Thüringen"),
)

ABROAD_CITIES: tuple[City, ...] = (
    City("Venlo", "NL", (5911, 5928), "+31", "77", 2, base_digits=5),
    City("Maastricht", "NL", (6211, 6229), "+31", "43", 1, base_digits=5),
    City("Eindhoven", "NL", (5611, 5658), "+31", "40", 1, base_digits=5),
    City("Eupen", "BE", (4700, 4701), "+32", "87", 1, base_digits=4),
    City("Liège", "BE", (4000, 4032), "+32", "4", 1, base_digits=5, first_digits="23"),
    City("Antwerpen", "BE", (2000, 2060), "+32", "3", 1, base_digits=5, first_digits="2345678"),
    City("Wrocław", "PL", (50001, 54612), "+48", "71", 1, base_digits=5),
    City("Katowice", "PL", (40001, 40999), "+48", "32", 1, base_digits=5),
)

ALL_CITIES = NRW_CITIES + EAST_CITIES + ABROAD_CITIES
_CITY_WEIGHTS = (
    [c.weight * 10 for c in NRW_CITIES]
    + [c.weight for c in EAST_CITIES]
    + [c.weight for c in ABROAD_CITIES]
)
_CITY_INDEX = {city.name: index for index, city in enumerate(ALL_CITIES)}

REGION_ADJECTIVES = {
    "Rheinland": ("Rheinische", "Rheinisches"),
    "Ruhrgebiet": ("Ruhr", "Westdeutsches"),
    "Bergisches Land": ("Bergische", "Bergisches"),
    "Ostwestfalen-Lippe": ("Ostwestfälische", "Ostwestfälisches"),
    "Münsterland": ("Münsterländer", "Münsterländer"),
    "Niederrhein": ("Niederrheinische", "Niederrheinisches"),
    "Südwestfalen": ("Südwestfälische", "Südwestfälisches"),
    "Sachsen": ("Sächsische", "Sächsisches"),
    "Thüringen": ("Thüringer", "Thüringer"),
}

GERMAN_STREETS = (
    "Hauptstraße", "Bahnhofstraße", "Industriestraße", "Gewerbepark", "Am Hafen",
    "Rheinallee", "Kaiserstraße", "Friedrich-Ebert-Straße", "Technologiepark",
    "Gutenbergstraße", "Robert-Bosch-Straße", "Carl-Benz-Straße", "Otto-Hahn-Straße",
    "Max-Planck-Straße", "Lindenallee", "Am Wasserturm", "Zechenstraße", "Hüttenstraße",
    "Schützenstraße", "Königstraße", "Wilhelmstraße", "Mühlenweg", "Siemensstraße",
    "Emil-Figge-Straße", "Am Zollhof", "Speditionstraße", "Werftstraße", "Kruppstraße",
    "Alte Landstraße", "Im Gewerbegebiet", "Konrad-Adenauer-Ring", "Westfalendamm",
    "Marktplatz", "Brückenstraße", "Gießereistraße", "Kanalstraße", "Schillerstraße",
    "Goethestraße", "Am Technologiezentrum", "Universitätsstraße", "Campus-Allee",
    "Münsterstraße", "Kölner Straße", "Düsseldorfer Straße", "Essener Straße",
    "Dortmunder Straße", "Berliner Platz", "Europaallee", "Innovationsring",
    "Zeppelinstraße", "Hafenweg", "Ruhrallee", "Weststraße", "Heerstraße",
)
STREETS_ABROAD = {
    "NL": ("Industrieweg", "Spoorweglaan", "Kanaalweg", "Stationsplein", "Havenweg",
           "Zuidsingel", "Nijverheidsweg", "Markt"),
    "BE": ("Rue de l'Industrie", "Quai de la Boverie", "Boulevard d'Avroy",
           "Haasstraße", "Industriestraße", "Noorderlaan", "Kempenstraat"),
    "PL": ("ul. Legnicka", "ul. Grunwaldzka", "ul. Przemysłowa", "ul. Mickiewicza",
           "ul. Piłsudskiego", "ul. Chorzowska", "ul. Fabryczna"),
}
LEGAL_FORMS_ABROAD = {
    "NL": (("B.V.", 8), ("N.V.", 1)),
    "BE": (("SA", 3), ("NV", 3), ("SRL", 2)),
    "PL": (("Sp. z o.o.", 8), ("S.A.", 2)),
}
GERMAN_LEGAL_FORMS = (
    ("GmbH", 50), ("GmbH & Co. KG", 14), ("AG", 7), ("UG (haftungsbeschränkt)", 6),
    ("KG", 4), ("e.K.", 4), ("OHG", 2), ("SE", 1),
)


# -- themes and what members offer ------------------------------------------------------


@dataclass(frozen=True)
class _Offer:
    name: str  # may hold {model}, {power}, {amount}, {city}
    kind: str  # product, service
    category: str
    keywords: str
    description: str


@dataclass(frozen=True)
class _Theme:
    name: str
    sector: str
    trades: tuple[str, ...]  # what a firm of the theme does: "Wasserstofftechnik"
    research: str  # what an institute of the theme researches
    offers: tuple[_Offer, ...] = ()


def _p(name: str, category: str, keywords: str, description: str) -> _Offer:
    return _Offer(name, "product", category, keywords, description)


def _s(name: str, category: str, keywords: str, description: str) -> _Offer:
    return _Offer(name, "service", category, keywords, description)


THEMES: tuple[_Theme, ...] = (
    _Theme(
        "Wasserstoff", "Energie",
        ("Wasserstofftechnik", "Elektrolysetechnik", "Gastechnik", "Brennstoffzellensysteme"),
        "Angewandte Wasserstoffforschung",
        (
            _p("Elektrolyse-Stack {model}", "Elektrolyseure", "Wasserstoff, PEM-Elektrolyse, Stack",
               "PEM-Elektrolyse-Stack mit {power} kW Anschlussleistung für die dezentrale "
               "Erzeugung von grünem Wasserstoff."),
            _p("Brennstoffzellenmodul {model}", "Brennstoffzellen",
               "Brennstoffzelle, Notstrom, Wasserstoff",
               "Brennstoffzellenmodul für Notstrom und netzferne Anwendungen mit {power} kW "
               "elektrischer Leistung."),
            _p("H2-Druckspeicher {model}", "Wasserstoffspeicher",
               "Wasserstoff, Speicher, Druckbehälter",
               "Modularer Druckspeicher für Wasserstoff bis 500 bar, auch als Containerlösung."),
            _s("Machbarkeitsstudie Wasserstoff", "Beratung",
               "Wasserstoff, Studie, Wirtschaftlichkeit",
               "Wir prüfen, ob sich Wasserstoff für Ihren Standort technisch und wirtschaftlich "
               "lohnt – mit passenden Förderprogrammen."),
            _s("Sicherheitsbewertung für H2-Anlagen", "Prüfung und Zertifizierung",
               "Wasserstoff, Explosionsschutz, ATEX",
               "Gefährdungsbeurteilung und Explosionsschutzkonzept für Wasserstoffanlagen."),
        ),
    ),
    _Theme(
        "Kreislaufwirtschaft", "Umwelt und Recycling",
        ("Recyclingtechnik", "Entsorgungslogistik", "Sekundärrohstoffe", "Kunststoffrecycling"),
        "Kreislaufwirtschaft und Ressourceneffizienz",
        (
            _p("Sortieranlage {model}", "Recyclinganlagen", "Recycling, Sortierung, Nahinfrarot",
               "Sensorgestützte Sortieranlage für Kunststoffabfälle mit Nahinfrarot-Erkennung, "
               "bis {amount} Tonnen pro Stunde."),
            _p("Rezyklat-Granulat {model}", "Sekundärrohstoffe", "Rezyklat, Kunststoff, PP, PE",
               "Hochwertiges Post-Consumer-Rezyklat aus PP und PE in gleichbleibender Qualität."),
            _s("Stoffstromanalyse", "Beratung", "Kreislaufwirtschaft, Stoffstrom, Ressourcen",
               "Analyse der Material- und Abfallströme im Betrieb mit konkreten Maßnahmen "
               "zur Kreislaufführung."),
            _s("Digitaler Produktpass", "Software", "Produktpass, Ökodesign, Rückverfolgbarkeit",
               "Einführung des digitalen Produktpasses nach der EU-Ökodesign-Verordnung."),
        ),
    ),
    _Theme(
        "KI", "IT und Software",
        ("Datenanalyse", "KI-Systeme", "Softwareentwicklung", "Bildverarbeitung"),
        "Künstliche Intelligenz in der Produktion",
        (
            _p("Qualitätsprüfung mit Bildverarbeitung {model}", "Bildverarbeitung",
               "KI, Bildverarbeitung, Qualitätssicherung",
               "Kamerasystem mit KI-Auswertung, das Oberflächenfehler in der laufenden "
               "Produktion erkennt."),
            _p("Predictive-Maintenance-Plattform {model}", "Software",
               "KI, Instandhaltung, Sensordaten",
               "Software, die aus Sensordaten Ausfälle von Maschinen vorhersagt, bevor sie "
               "eintreten."),
            _s("KI-Potenzialanalyse", "Beratung", "KI, Mittelstand, Strategie",
               "Eintägiger Workshop, in dem wir die sinnvollsten KI-Anwendungen in Ihrem "
               "Unternehmen finden."),
            _p("Sprachassistent für den Kundenservice", "Software",
               "KI, Sprachmodell, Kundenservice",
               "Datenschutzkonformer Sprachassistent, betrieben in Rechenzentren in {city}."),
        ),
    ),
    _Theme(
        "Industrie 4.0", "Maschinen- und Anlagenbau",
        ("Automatisierungstechnik", "Anlagenbau", "Maschinenbau", "Steuerungstechnik"),
        "Produktionstechnik",
        (
            _p("Retrofit-Kit {model}", "Automatisierung", "Industrie 4.0, Retrofit, Sensorik",
               "Nachrüstsatz, der Bestandsmaschinen mit Sensoren und einer OPC-UA-Schnittstelle "
               "vernetzt."),
            _p("Montagelinie {model}", "Sondermaschinen",
               "Montage, Automatisierung, Sondermaschinenbau",
               "Modulare, teilautomatisierte Montagelinie für kleine und mittlere Losgrößen."),
            _s("MES-Einführung", "Software", "MES, Fertigung, Digitalisierung",
               "Einführung eines Manufacturing Execution Systems – von der Prozessaufnahme "
               "bis zum Go-live."),
            _p("Digitaler Zwilling {model}", "Software", "Digitaler Zwilling, Simulation",
               "Simulationsmodell der Produktionsanlage für die virtuelle Inbetriebnahme."),
        ),
    ),
    _Theme(
        "Logistik", "Logistik",
        ("Logistik", "Spedition", "Intralogistik", "Lagertechnik"),
        "Logistik und Supply Chain Management",
        (
            _p("Fahrerloses Transportsystem {model}", "Intralogistik",
               "FTS, Intralogistik, Automatisierung",
               "Fahrerloses Transportfahrzeug für Paletten bis {amount} Tonnen, mit "
               "Laserscanner-Navigation."),
            _p("Lagerverwaltungssoftware {model}", "Software", "Lager, WMS, Software",
               "Cloudbasiertes Lagerverwaltungssystem mit Schnittstellen zu gängigen "
               "ERP-Systemen."),
            _s("Kontraktlogistik", "Logistikdienstleistung",
               "Kontraktlogistik, Lager, Kommissionierung",
               "Lagerung, Kommissionierung und Versand für Industrie und Handel an Standorten "
               "in NRW."),
            _s("Containertransport per Binnenschiff", "Logistikdienstleistung",
               "Binnenschifffahrt, Container, Duisburg",
               "Containertransporte per Binnenschiff zwischen Duisburg, Rotterdam und "
               "Antwerpen."),
        ),
    ),
    _Theme(
        "Medizintechnik", "Gesundheitswirtschaft",
        ("Medizintechnik", "Labortechnik", "Orthopädietechnik", "Diagnostik"),
        "Medizinische Robotik",
        (
            _p("Patientenmonitor {model}", "Medizinprodukte", "Medizintechnik, Monitoring, MDR",
               "Mobiler Patientenmonitor für Vitalparameter, zugelassen nach MDR Klasse IIa."),
            _p("OP-Instrumentenset {model}", "Medizinprodukte", "Chirurgie, Instrumente, Edelstahl",
               "Chirurgisches Instrumentenset aus Solinger Edelstahl, wiederaufbereitbar."),
            _s("MDR-Beratung", "Regulatorik", "MDR, Zulassung, Medizinprodukte",
               "Begleitung durch das Konformitätsbewertungsverfahren nach der "
               "EU-Medizinprodukteverordnung."),
            _p("Pipettierroboter {model}", "Labortechnik", "Labor, Automatisierung, Proben",
               "Pipettierroboter für Routinelabore mit bis zu {amount}00 Proben pro Stunde."),
        ),
    ),
    _Theme(
        "Energieeffizienz", "Energie",
        ("Energietechnik", "Wärmetechnik", "Gebäudetechnik", "Kältetechnik"),
        "Energiesystemtechnik",
        (
            _p("Industrie-Wärmepumpe {model}", "Wärmetechnik",
               "Wärmepumpe, Prozesswärme, Effizienz",
               "Hochtemperatur-Wärmepumpe für Prozesswärme bis 150 °C, {power} kW Heizleistung."),
            _s("Energieaudit nach DIN EN 16247", "Beratung", "Energieaudit, EDL-G, Effizienz",
               "Energieaudit für Nicht-KMU nach DIN EN 16247 mit Maßnahmenplan."),
            _s("Abwärmenutzung", "Engineering", "Abwärme, Wärmerückgewinnung",
               "Planung von Anlagen zur Nutzung industrieller Abwärme, von der Messung bis "
               "zur Inbetriebnahme."),
            _p("Energiemonitoring-System {model}", "Messtechnik",
               "Energiemonitoring, ISO 50001, Zähler",
               "Funkbasierte Zähler und Dashboard für das Energiemanagement nach ISO 50001."),
        ),
    ),
    _Theme(
        "Batterietechnik", "Elektrotechnik",
        ("Batteriesysteme", "Elektrotechnik", "Leistungselektronik", "Speichertechnik"),
        "Batterieforschung",
        (
            _p("Gewerbespeicher {model}", "Energiespeicher",
               "Batterie, Speicher, Lithium-Eisenphosphat",
               "Batteriespeicher mit {power} kWh Kapazität auf Basis von Lithium-Eisenphosphat."),
            _p("Batterie-Prüfstand {model}", "Prüftechnik", "Batterie, Prüfstand, Zelltest",
               "Prüfstand für Zell- und Modultests mit Klimakammer."),
            _s("Second-Life-Bewertung", "Prüfung und Zertifizierung",
               "Second Life, Batterie, Zustandsbewertung",
               "Zustandsbewertung gebrauchter Traktionsbatterien für eine zweite Nutzung als "
               "stationärer Speicher."),
        ),
    ),
    _Theme(
        "Cybersicherheit", "IT und Software",
        ("IT-Sicherheit", "Netzwerktechnik", "IT-Services"),
        "Cybersicherheit",
        (
            _s("Penetrationstest", "IT-Sicherheit", "Pentest, IT-Sicherheit, KMU",
               "Angriffssimulation auf Ihre IT und Produktionsnetze mit verständlichem "
               "Abschlussbericht."),
            _s("Security Operations Center as a Service", "IT-Sicherheit", "SOC, Monitoring, NIS2",
               "Überwachung Ihrer Systeme rund um die Uhr durch unser Security Operations "
               "Center in {city}."),
            _s("NIS2-Readiness-Check", "Beratung", "NIS2, Informationssicherheit, ISMS",
               "Prüfung, ob Ihr Unternehmen unter NIS2 fällt, und Fahrplan zur Umsetzung."),
            _p("Industrie-Firewall {model}", "Netzwerktechnik", "Firewall, OT-Sicherheit",
               "Robuste Firewall für Produktionsnetze, zur Montage auf der Hutschiene."),
        ),
    ),
    _Theme(
        "Leichtbau", "Werkstoffe",
        ("Leichtbau", "Faserverbundtechnik", "Kunststofftechnik", "Werkstofftechnik"),
        "Leichtbau und Werkstoffe",
        (
            _p("CFK-Strukturbauteil {model}", "Faserverbund", "CFK, Leichtbau, Faserverbund",
               "Strukturbauteil aus kohlenstofffaserverstärktem Kunststoff, bis zu 60 % leichter "
               "als Stahl."),
            _p("Aluminium-Strangpressprofil {model}", "Metallhalbzeuge",
               "Aluminium, Strangpressen, Leichtbau",
               "Strangpressprofile aus Aluminium nach Zeichnung, ab Losgröße 500."),
            _s("Werkstoffprüfung", "Prüfung und Zertifizierung",
               "Werkstoffprüfung, Zugversuch, Labor",
               "Mechanische und thermische Werkstoffprüfung im akkreditierten Labor."),
        ),
    ),
    _Theme(
        "Robotik", "Maschinen- und Anlagenbau",
        ("Robotik", "Handhabungstechnik", "Greifsysteme"),
        "Robotik und Assistenzsysteme",
        (
            _p("Cobot-Arbeitsplatz {model}", "Robotik", "Cobot, Robotik, Montage",
               "Kollaborativer Roboterarbeitsplatz für Montage und Verpackung, sofort "
               "einsatzbereit."),
            _p("Vakuumgreifer {model}", "Greifsysteme", "Greifer, Vakuum, Handhabung",
               "Flächengreifer für Kartons und Bleche bis {amount}0 kg."),
            _s("Roboterprogrammierung", "Engineering", "Roboter, Programmierung, Inbetriebnahme",
               "Programmierung und Inbetriebnahme von Industrierobotern gängiger Hersteller."),
        ),
    ),
    _Theme(
        "Wassermanagement", "Umwelt und Recycling",
        ("Wassertechnik", "Umwelttechnik", "Abwassertechnik"),
        "Wasserwirtschaft",
        (
            _p("Membranfilteranlage {model}", "Wasseraufbereitung", "Wasser, Membran, Filtration",
               "Ultrafiltrationsanlage für Prozess- und Kühlwasser, {amount}0 m³ pro Stunde."),
            _s("Starkregen-Gefährdungsanalyse", "Beratung", "Starkregen, Klimaanpassung, Kommunen",
               "Gefährdungsanalyse und Maßnahmenplan für Starkregen, für Kommunen und "
               "Gewerbegebiete."),
            _p("Kanalsensor {model}", "Messtechnik", "Sensor, Kanalnetz, Füllstand",
               "Funksensor für Füllstand und Durchfluss im Kanalnetz."),
        ),
    ),
    _Theme(
        "Nachhaltige Chemie", "Chemie",
        ("Chemie", "Spezialchemie", "Verfahrenstechnik", "Oberflächentechnik"),
        "Chemische Verfahrenstechnik",
        (
            _p("Biobasierter Klebstoff {model}", "Spezialchemie", "Klebstoff, biobasiert, Chemie",
               "Klebstoff auf Basis nachwachsender Rohstoffe für Verpackungen und Holz."),
            _p("Wasserbasierte Beschichtung {model}", "Oberflächentechnik",
               "Beschichtung, Korrosionsschutz, lösemittelfrei",
               "Lösemittelfreie Korrosionsschutzbeschichtung für den Stahlbau."),
            _s("Lohnsynthese", "Lohnfertigung", "Lohnfertigung, Chemie, Synthese",
               "Synthese und Abfüllung im Kundenauftrag, vom Kilogramm bis zur Tonne."),
        ),
    ),
    _Theme(
        "Smart City", "IT und Software",
        ("Stadttechnik", "IoT-Systeme", "Geoinformatik"),
        "Digitale Stadtentwicklung",
        (
            _p("Parksensor {model}", "IoT", "Smart City, Parken, Sensor",
               "Bodensensor, der freie Parkplätze in Echtzeit an eine App meldet."),
            _p("Urbane Datenplattform {model}", "Software", "Smart City, Datenplattform, Open Data",
               "Offene Datenplattform für Kommunen, mit Schnittstellen für Verkehr und Umwelt."),
            _s("Digitaler Bauantrag", "Software", "E-Government, Bauantrag, OZG",
               "Einführung des digitalen Bauantrags für Kommunen nach dem "
               "Onlinezugangsgesetz."),
        ),
    ),
    _Theme(
        "Mobilität", "Fahrzeugbau und Mobilität",
        ("Fahrzeugtechnik", "Ladeinfrastruktur", "Antriebstechnik"),
        "Fahrzeugtechnik und Mobilität",
        (
            _p("Schnellladesäule {model}", "Ladeinfrastruktur", "E-Mobilität, Laden, HPC",
               "Schnellladesäule mit {power} kW für Flotten und Betriebshöfe."),
            _p("E-Antriebsstrang {model}", "Antriebstechnik", "Elektroantrieb, Nutzfahrzeug",
               "Elektrischer Antriebsstrang zur Umrüstung kommunaler Nutzfahrzeuge."),
            _s("Flottenberatung E-Mobilität", "Beratung", "Flotte, E-Mobilität, TCO",
               "Analyse Ihrer Fahrzeugflotte und Umstiegsplan auf elektrische Antriebe."),
        ),
    ),
    _Theme(
        "Digitalisierung", "IT und Software",
        ("IT-Systeme", "Softwareentwicklung", "Digitalberatung"),
        "Digitale Transformation",
        (
            _s("ERP-Einführung für den Mittelstand", "Software",
               "ERP, Digitalisierung, Mittelstand",
               "Auswahl und Einführung eines ERP-Systems, mit Datenübernahme und Schulung."),
            _p("Kundenportal {model}", "Software", "Portal, Digitalisierung, Service",
               "Webportal für Ihre Kunden: Aufträge, Dokumente und Serviceanfragen an einem Ort."),
        ),
    ),
    _Theme(
        "Fachkräftesicherung", "Bildung und Personal",
        ("Personalberatung", "Weiterbildung", "Bildungsdienstleistungen"),
        "Arbeit und Qualifizierung",
        (
            _s("Ausbildungsmarketing", "Personal", "Ausbildung, Recruiting, Social Media",
               "Kampagnen, mit denen Sie Auszubildende in der Region erreichen."),
            _s("Zertifikatslehrgang Industrie 4.0", "Weiterbildung",
               "Weiterbildung, Zertifikat, Industrie 4.0",
               "Berufsbegleitender Lehrgang in zwölf Modulen, online und in {city}."),
        ),
    ),
    _Theme(
        "Internationalisierung", "Beratung",
        ("Exportberatung", "Außenhandel"),
        "Internationale Wirtschaftsbeziehungen",
        (
            _s("Markteintritt Niederlande und Belgien", "Beratung",
               "Export, Niederlande, Belgien, Markteintritt",
               "Partnersuche, Marktanalyse und Begleitung zu Messen in den Benelux-Ländern."),
        ),
    ),
    _Theme(
        "Gründung und Start-ups", "Beratung",
        ("Gründungsberatung", "Inkubator"),
        "Entrepreneurship",
        (
            _s("Start-up-Coaching", "Beratung", "Gründung, Coaching, Finanzierung",
               "Coaching für technologieorientierte Gründungen, vom Businessplan bis zur "
               "ersten Finanzierungsrunde."),
        ),
    ),
)
THEME_NAMES = tuple(theme.name for theme in THEMES)
_PRODUCT_THEMES = tuple(i for i, t in enumerate(THEMES) if t.offers)
_THEME_WEIGHTS = (14, 12, 11, 11, 9, 7, 8, 6, 5, 4, 4, 4, 4, 3, 5, 5, 3, 2, 3)

BRAND_STARTS = (
    "Hydro", "Volt", "Cir", "Logi", "Medi", "Aqu", "Data", "Ther", "Sol", "Nov", "Lumi",
    "Robo", "Sens", "Terr", "Ferr", "Poly", "Vit", "Carb", "Elek", "Kin", "Opt", "Quant",
    "Stat", "Vent", "Zykl", "Mag", "Fluv", "Ign", "Grav", "Lign",
)
BRAND_ENDS = (
    "nova", "aris", "qua", "max", "via", "entis", "lux", "tec", "on", "ion", "ix", "ara",
    "eon", "ura", "ant", "ex", "is", "o", "ium", "ora",
)
BRAND_NOUNS = (
    "Systems", "Solutions", "Technologies", "Engineering", "Labs", "Technik", "Systeme",
    "Consulting", "Energy", "Robotics", "Analytics", "Services", "Industries", "Werke",
)
COMPANY_WORDS = ("Technik", "Systeme", "Service", "Werke", "Solutions", "Engineering", "Partner")

UNIVERSITY_REGIONS = (
    "Rhein-Wupper", "Emscher-Lippe", "Ruhr-Lenne", "Erft-Rur", "Sieg-Agger", "Lippe-Ems",
    "Wupper-Düssel", "Hellweg-Börde", "Eifel-Rur", "Lenne-Volme", "Maas-Schwalm", "Ems-Werse",
    "Niers-Nette", "Volme-Ennepe", "Rhein-Erft", "Ruhr-Emscher",
)
DISTRICTS = (
    "Rhein-Kreis Neuss", "Kreis Mettmann", "Rhein-Sieg-Kreis", "Kreis Recklinghausen",
    "Ennepe-Ruhr-Kreis", "Kreis Wesel", "Kreis Viersen", "Kreis Kleve", "Kreis Düren",
    "Rhein-Erft-Kreis", "Oberbergischer Kreis", "Märkischer Kreis", "Kreis Unna",
    "Kreis Gütersloh", "Kreis Paderborn", "Hochsauerlandkreis", "Kreis Soest", "Kreis Borken",
    "Kreis Steinfurt", "Kreis Coesfeld", "Kreis Warendorf", "Kreis Lippe", "Kreis Herford",
    "Kreis Minden-Lübbecke", "Kreis Höxter", "Kreis Olpe", "Kreis Siegen-Wittgenstein",
    "Kreis Euskirchen", "Kreis Heinsberg", "Städteregion Aachen",
)
OFFICES = (
    "Amt für Wirtschaftsförderung", "Umweltamt", "Amt für Stadtentwicklung",
    "Stabsstelle Digitalisierung", "Klimaschutzagentur", "Amt für Schule und Weiterbildung",
    "Gesundheitsamt", "Amt für Liegenschaften", "Zentrale Vergabestelle",
    "Stabsstelle Wasserstoff", "Tiefbauamt", "Amt für Verkehrsmanagement",
    "Stabsstelle Strukturwandel", "Amt für Bauordnung", "Amt für Mobilität",
    "Amt für Klimaschutz und Umwelt", "Stadtplanungsamt", "Amt für Statistik und Wahlen",
    "Amt für Integration", "Feuerwehr und Katastrophenschutz", "Amt für Abfallwirtschaft",
    "Europabüro", "Stabsstelle Smart City", "Amt für Grünflächen",
)
CLUBS = (
    "Unternehmerinnen-Netzwerk", "Wirtschaftsclub", "Industrieclub", "Gründungsnetzwerk",
    "Netzwerk Frauen in der Technik", "Wirtschaftsjunioren-Kreis", "Marketing-Club",
)
GOVERNMENT_REGIONS = ("Düsseldorf", "Köln", "Münster", "Detmold", "Arnsberg")
GOVERNMENT_DEPARTMENTS = (
    "Dezernat 25 Verkehr", "Dezernat 33 Ländliche Entwicklung", "Dezernat 34 Förderung",
    "Dezernat 52 Abfallwirtschaft", "Dezernat 53 Immissionsschutz", "Dezernat 54 Wasserwirtschaft",
    "Dezernat 55 Arbeitsschutz",
)
TRADE_GROUPS = (
    "Kunststoffverarbeiter", "Logistikunternehmen", "Metallindustrie", "Maschinenbauer",
    "Medizintechnikhersteller", "Recyclingbetriebe", "IT-Dienstleister", "Chemieindustrie",
    "Energiewirtschaft", "Zulieferindustrie",
)
REGIONS = (
    "Rhein-Ruhr", "Rheinland", "Westfalen", "Niederrhein", "Ruhrgebiet", "NRW",
    "Bergisches Land", "Münsterland", "Ostwestfalen-Lippe", "Südwestfalen", "Aachen-Eifel",
)


# -- people -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Origin:
    """Names of one language: women's and men's first names, family names as
    (for a man, for a woman) where the language changes them."""

    key: str
    weight: int
    women: tuple[str, ...]
    men: tuple[str, ...]
    families: tuple[tuple[str, str], ...]
    umlauts: bool = False  # ä -> ae in e-mail addresses (German custom)
    languages: tuple[tuple[str, int], ...] = (("de", 90), ("en", 10))


def _same(*names: str) -> tuple[tuple[str, str], ...]:
    return tuple((name, name) for name in names)


ORIGINS: tuple[_Origin, ...] = (
    _Origin(
        "german", 540,
        ("Anna", "Julia", "Katharina", "Sabine", "Stefanie", "Petra", "Claudia", "Andrea",
         "Birgit", "Nicole", "Sandra", "Susanne", "Christina", "Melanie", "Lena", "Laura",
         "Sarah", "Lea", "Hannah", "Marie", "Johanna", "Ursula", "Monika", "Heike", "Kerstin",
         "Anke", "Silke", "Jutta", "Bärbel", "Franziska", "Jana", "Miriam", "Carolin", "Svenja",
         "Annika", "Maren", "Tanja", "Britta", "Dörte", "Gudrun"),
        ("Thomas", "Michael", "Andreas", "Stefan", "Christian", "Markus", "Frank", "Jürgen",
         "Jörg", "Uwe", "Klaus", "Peter", "Wolfgang", "Martin", "Matthias", "Alexander",
         "Daniel", "Tobias", "Sebastian", "Jan", "Lukas", "Felix", "Jonas", "Tim", "Niklas",
         "Björn", "Sören", "Günter", "Hans-Jürgen", "Karl-Heinz", "Bernd", "Dirk", "Ralf",
         "Holger", "Olaf", "Sven", "Torsten", "Heiko", "Volker", "Rüdiger"),
        _same(
            "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
            "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf",
            "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hartmann",
            "Lange", "Schmitt", "Werner", "Schmitz", "Krause", "Meier", "Lehmann", "Köhler",
            "Herrmann", "König", "Walter", "Kaiser", "Fuchs", "Peters", "Scholz", "Möller",
            "Weiß", "Jung", "Hahn", "Vogel", "Friedrich", "Keller", "Günther", "Berger", "Roth",
            "Beck", "Lorenz", "Baumann", "Albrecht", "Schuster", "Ludwig", "Böhm", "Winter",
            "Schumacher", "Krämer", "Vogt", "Jäger", "Sommer", "Groß", "Brandt", "Schulte",
            "Dietrich", "Kühn", "Engel", "Busch", "Bergmann", "Strauß", "Große-Kleimann",
            "Schulte-Döinghaus", "ter Haar", "van Aken", "Tenhagen", "Overbeck", "Hölscher",
            "Brüggemann", "Terhorst", "Kötter", "Wessels", "Janßen", "Heßling", "Große-Wilde",
        ),
        umlauts=True,
        languages=(("de", 97), ("en", 3)),
    ),
    _Origin(
        "turkish", 90,
        ("Ayşe", "Fatma", "Elif", "Zeynep", "Emine", "Hülya", "Gül", "Selin", "Derya", "Özlem",
         "Şule", "Büşra", "Merve", "Esra", "Yasemin", "Dilek", "Sevgi", "Nur"),
        ("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "Murat", "Emre",
         "Serkan", "Burak", "Can", "Cem", "Şükrü", "Ömer", "Yusuf", "Kemal", "Oğuz", "Tolga",
         "Levent"),
        _same(
            "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın",
            "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt",
            "Özkan", "Şimşek", "Ağaoğlu", "Erdem", "Güneş", "Bozkurt", "Aksoy", "Polat",
            "Korkmaz", "Uçar", "Karataş",
        ),
        languages=(("de", 95), ("en", 5)),
    ),
    _Origin(
        "polish", 60,
        ("Agnieszka", "Katarzyna", "Małgorzata", "Joanna", "Ewa", "Magdalena", "Anna", "Zofia",
         "Krystyna", "Barbara", "Dorota", "Jolanta", "Urszula", "Beata", "Żaneta", "Iwona"),
        ("Łukasz", "Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał", "Marcin", "Grzegorz",
         "Jakub", "Wojciech", "Andrzej", "Mateusz", "Bartłomiej", "Jarosław", "Zbigniew",
         "Przemysław"),
        (("Nowak", "Nowak"), ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"),
         ("Wójcik", "Wójcik"), ("Kowalczyk", "Kowalczyk"), ("Kamiński", "Kamińska"),
         ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"),
         ("Woźniak", "Woźniak"), ("Dąbrowski", "Dąbrowska"), ("Kozłowski", "Kozłowska"),
         ("Jankowski", "Jankowska"), ("Mazur", "Mazur"), ("Krawczyk", "Krawczyk"),
         ("Piotrowski", "Piotrowska"), ("Grabowski", "Grabowska"), ("Pawłowski", "Pawłowska"),
         ("Michalski", "Michalska"), ("Żółć", "Żółć"), ("Król", "Król"),
         ("Wieczorek", "Wieczorek"), ("Jabłoński", "Jabłońska"), ("Majewski", "Majewska"),
         ("Stępień", "Stępień"), ("Jaworski", "Jaworska"), ("Malinowski", "Malinowska"),
         ("Górski", "Górska"), ("Sikora", "Sikora"), ("Chmielewski", "Chmielewska")),
        languages=(("de", 85), ("en", 10), ("pl", 5)),
    ),
    _Origin(
        "greek", 15,
        ("Μαρία", "Ελένη", "Αικατερίνη", "Βασιλική", "Σοφία", "Γεωργία", "Δήμητρα", "Ευαγγελία",
         "Αναστασία", "Ιωάννα", "Χριστίνα", "Παναγιώτα"),
        ("Γιώργος", "Δημήτρης", "Κωνσταντίνος", "Γιάννης", "Νίκος", "Παναγιώτης", "Βασίλης",
         "Χρήστος", "Αθανάσιος", "Μιχάλης", "Ευάγγελος", "Σπύρος"),
        (("Παπαδόπουλος", "Παπαδοπούλου"), ("Παπαδάκης", "Παπαδάκη"), ("Γεωργίου", "Γεωργίου"),
         ("Οικονόμου", "Οικονόμου"), ("Νικολάου", "Νικολάου"), ("Βασιλείου", "Βασιλείου"),
         ("Ιωάννου", "Ιωάννου"), ("Κωνσταντινίδης", "Κωνσταντινίδου"), ("Μακρής", "Μακρή"),
         ("Παπανικολάου", "Παπανικολάου"), ("Δημητρίου", "Δημητρίου"),
         ("Χατζηγεωργίου", "Χατζηγεωργίου"), ("Καραγιάννης", "Καραγιάννη")),
        languages=(("de", 85), ("en", 10), ("el", 5)),
    ),
    _Origin(
        "greek_latin", 15,
        ("Maria", "Eleni", "Katerina", "Sofia", "Georgia", "Dimitra", "Anastasia", "Christina"),
        ("Giorgos", "Dimitris", "Konstantinos", "Giannis", "Nikos", "Panagiotis", "Vasilis",
         "Christos", "Michalis", "Spyros"),
        (("Papadopoulos", "Papadopoulou"), ("Papadakis", "Papadaki"), ("Georgiou", "Georgiou"),
         ("Oikonomou", "Oikonomou"), ("Nikolaou", "Nikolaou"), ("Ioannou", "Ioannou"),
         ("Konstantinidis", "Konstantinidou"), ("Makris", "Makri"), ("Karagiannis", "Karagianni")),
    ),
    _Origin(
        "cyrillic", 30,
        ("Ирина", "Наталья", "Елена", "Ольга", "Татьяна", "Светлана", "Анна", "Мария", "Юлия",
         "Екатерина", "Оксана", "Людмила", "Галина", "Виктория"),
        ("Сергей", "Андрей", "Алексей", "Дмитрий", "Владимир", "Михаил", "Николай", "Игорь",
         "Олег", "Юрий", "Тарас", "Богдан", "Виталий", "Максим"),
        (("Петров", "Петрова"), ("Иванов", "Иванова"), ("Смирнов", "Смирнова"),
         ("Кузнецов", "Кузнецова"), ("Попов", "Попова"), ("Соколов", "Соколова"),
         ("Волков", "Волкова"), ("Морозов", "Морозова"), ("Шевченко", "Шевченко"),
         ("Бондаренко", "Бондаренко"), ("Коваленко", "Коваленко"), ("Ткаченко", "Ткаченко"),
         ("Мельник", "Мельник"), ("Кравченко", "Кравченко"), ("Лебедев", "Лебедева"),
         ("Новиков", "Новикова"), ("Федоров", "Федорова"), ("Павленко", "Павленко")),
        languages=(("de", 80), ("en", 10), ("ru", 5), ("uk", 5)),
    ),
    _Origin(
        "russian_latin", 20,
        ("Irina", "Natalja", "Jelena", "Olga", "Tatjana", "Swetlana", "Julia", "Jekaterina",
         "Oksana", "Ljudmila", "Viktoria"),
        ("Sergej", "Andrej", "Alexej", "Dmitrij", "Wladimir", "Michail", "Nikolaj", "Igor",
         "Oleg", "Juri", "Taras", "Bogdan", "Witali", "Maxim"),
        (("Petrow", "Petrowa"), ("Iwanow", "Iwanowa"), ("Smirnow", "Smirnowa"),
         ("Kusnezow", "Kusnezowa"), ("Popow", "Popowa"), ("Wolkow", "Wolkowa"),
         ("Schewtschenko", "Schewtschenko"), ("Bondarenko", "Bondarenko"),
         ("Kowalenko", "Kowalenko"), ("Tkatschenko", "Tkatschenko"), ("Melnyk", "Melnyk"),
         ("Lebedew", "Lebedewa"), ("Nowikow", "Nowikowa")),
    ),
    _Origin(
        "italian", 40,
        ("Giulia", "Francesca", "Chiara", "Alessandra", "Valentina", "Federica", "Elena",
         "Sara", "Martina", "Paola"),
        ("Marco", "Luca", "Giuseppe", "Alessandro", "Andrea", "Francesco", "Matteo", "Lorenzo",
         "Davide", "Nicolò"),
        _same(
            "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
            "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa",
            "Giordano", "Rizzo", "Lombardi", "Moretti", "Caruso", "Fontana", "D'Angelo",
        ),
        languages=(("de", 85), ("en", 10), ("it", 5)),
    ),
    _Origin(
        "arabic", 40,
        ("Fatima", "Amira", "Layla", "Nour", "Yasmin", "Rania", "Samira", "Huda", "Salma",
         "Leila", "Mariam", "Dalia"),
        ("Mohammed", "Ahmad", "Omar", "Khaled", "Youssef", "Tarek", "Karim", "Hassan", "Samir",
         "Rami", "Bilal", "Walid", "Anas", "Mahmoud"),
        _same(
            "Al-Hassan", "Haddad", "Khalil", "Nasser", "Mansour", "Saleh", "Hamdan", "Abdallah",
            "El-Masri", "Darwish", "Aziz", "Barakat", "Kassem", "Yousef", "Ibrahim", "El-Amin",
            "Al-Sayed", "Othman", "Chahine",
        ),
        languages=(("de", 85), ("en", 12), ("ar", 3)),
    ),
    _Origin(
        "vietnamese", 20,
        ("Mai", "Lan", "Hương", "Thảo", "Linh", "Trang", "Ngọc", "Hà", "Phương", "Thu",
         "Thị Mai", "Thị Lan"),
        ("Minh", "Tuấn", "Hùng", "Dũng", "Quang", "Đức", "Hoàng", "Nam", "Long", "Khoa",
         "Văn Minh"),
        _same("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ",
              "Hồ", "Ngô"),
    ),
    _Origin(
        "dutch", 20,
        ("Anouk", "Sanne", "Femke", "Lotte", "Eva", "Marieke", "Inge", "Ingrid"),
        ("Daan", "Bram", "Sjoerd", "Pieter", "Joost", "Maarten", "Koen", "Ruud", "Wouter"),
        _same("de Vries", "van den Berg", "Jansen", "Bakker", "Visser", "Smit", "Meijer",
              "de Jong", "van Dijk", "Mulder", "Bos", "Vermeulen", "van der Linden", "Hendriks",
              "Dekker"),
        languages=(("de", 50), ("nl", 30), ("en", 20)),
    ),
    _Origin(
        "french", 15,
        ("Camille", "Élodie", "Chloé", "Mathilde", "Aurélie", "Céline", "Manon", "Sophie"),
        ("François", "Jérôme", "Thibault", "Mathieu", "Sébastien", "Olivier", "Benoît", "Julien",
         "Loïc"),
        _same("Dubois", "Lambert", "Dupont", "Martin", "Lefèvre", "Peeters", "Janssens", "Maes",
              "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Renard", "Lemaître"),
        languages=(("de", 40), ("fr", 30), ("en", 30)),
    ),
    _Origin(
        "english", 20,
        ("Emily", "Sarah", "Rachel", "Olivia", "Charlotte", "Grace"),
        ("James", "David", "Oliver", "Thomas", "William", "Patrick"),
        _same("Smith", "Johnson", "O'Connor", "Taylor", "Brown", "Walsh", "Evans", "Murphy"),
        languages=(("en", 70), ("de", 30)),
    ),
    _Origin(
        "iberian", 20,
        ("Lucía", "Carmen", "Inês", "Beatriz", "Sofía", "María José"),
        ("José", "João", "Javier", "Álvaro", "Sérgio", "Iñaki", "Pablo"),
        _same("García", "Fernández", "López", "Martínez", "González", "Rodríguez", "Sánchez",
              "Pereira", "Gonçalves", "Gómez", "Muñoz", "Peña"),
    ),
    _Origin(
        "balkan", 25,
        ("Ana", "Ivana", "Marija", "Jelena", "Snežana", "Dragana", "Mirela"),
        ("Ivan", "Marko", "Stjepan", "Dragan", "Goran", "Zoran", "Đorđe", "Nikola", "Emir"),
        _same("Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Petrović", "Jovanović",
              "Nikolić", "Đorđević", "Popović", "Marković", "Savić", "Tomić", "Hadžić"),
    ),
    _Origin(
        "nordic", 5,
        ("Ingrid", "Astrid", "Sigrid", "Maja", "Freja"),
        ("Søren", "Bjørn", "Lars", "Jens", "Mads"),
        _same("Jørgensen", "Sørensen", "Andersen", "Lindqvist", "Østergaard", "Åberg", "Nyström"),
    ),
    _Origin(
        "czech", 5,
        ("Tereza", "Lucie", "Petra", "Kateřina"),
        ("Jiří", "Tomáš", "Ondřej", "Lukáš"),
        (("Dvořák", "Dvořáková"), ("Novotný", "Novotná"), ("Černý", "Černá"),
         ("Procházka", "Procházková"), ("Svoboda", "Svobodová")),
    ),
    _Origin(
        "persian", 10,
        ("Shirin", "Maryam", "Parisa", "Nasrin", "Leyla"),
        ("Reza", "Amir", "Dariush", "Kian", "Babak"),
        _same("Ahmadi", "Hosseini", "Karimi", "Rahimi", "Moradi", "Tehrani", "Sadeghi"),
    ),
    _Origin(
        "chinese", 10,
        ("Li", "Mei", "Xiaoyan", "Jing", "Yan"),
        ("Wei", "Hao", "Jun", "Tao", "Bo"),
        _same("Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou"),
    ),
)
_ORIGIN_WEIGHTS = tuple(origin.weight for origin in ORIGINS)
_ORIGIN_BY_KEY = {origin.key: origin for origin in ORIGINS}
_ORIGIN_FOR_COUNTRY = {"NL": "dutch", "BE": "french", "PL": "polish"}

# The first contacts of every demo, so that the hard cases are always there.
SHOWCASE_NAMES = (
    ("german", "mr", "Jürgen", "Müller"),
    ("polish", "mr", "Łukasz", "Żółć"),
    ("turkish", "mr", "Şükrü", "Ağaoğlu"),
    ("greek", "mr", "Γιώργος", "Παπαδόπουλος"),
    ("cyrillic", "ms", "Ирина", "Петрова"),
)

POSITIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "firm": (
        ("Geschäftsführer", "Geschäftsführerin"), ("Technischer Leiter", "Technische Leiterin"),
        ("Leiter Vertrieb", "Leiterin Vertrieb"), ("Vertriebsingenieur", "Vertriebsingenieurin"),
        ("Projektingenieur", "Projektingenieurin"),
        ("Leiter Forschung und Entwicklung", "Leiterin Forschung und Entwicklung"),
        ("Einkäufer", "Einkäuferin"), ("Marketingmanager", "Marketingmanagerin"),
        ("Assistent der Geschäftsführung", "Assistentin der Geschäftsführung"),
        ("Personalreferent", "Personalreferentin"),
        ("Head of Business Development", "Head of Business Development"),
        ("Produktmanager", "Produktmanagerin"), ("Werkleiter", "Werkleiterin"),
        ("Nachhaltigkeitsmanager", "Nachhaltigkeitsmanagerin"),
        ("Key Account Manager", "Key Account Managerin"), ("Data Scientist", "Data Scientist"),
    ),
    "research_institute": (
        ("Institutsleiter", "Institutsleiterin"), ("Gruppenleiter", "Gruppenleiterin"),
        ("Wissenschaftlicher Mitarbeiter", "Wissenschaftliche Mitarbeiterin"),
        ("Referent Technologietransfer", "Referentin Technologietransfer"),
        ("Leiter Geschäftsfeldentwicklung", "Leiterin Geschäftsfeldentwicklung"),
        ("Doktorand", "Doktorandin"),
    ),
    "university": (
        ("Professor", "Professorin"), ("Professor", "Professorin"),
        ("Transferbeauftragter", "Transferbeauftragte"), ("Dekan", "Dekanin"),
        ("Wissenschaftlicher Mitarbeiter", "Wissenschaftliche Mitarbeiterin"),
        ("Referent für Forschungsförderung", "Referentin für Forschungsförderung"),
        ("Leiter Career Service", "Leiterin Career Service"),
    ),
    "authority": (
        ("Amtsleiter", "Amtsleiterin"), ("Sachbearbeiter", "Sachbearbeiterin"),
        ("Referent Wirtschaftsförderung", "Referentin Wirtschaftsförderung"),
        ("Klimaschutzmanager", "Klimaschutzmanagerin"), ("Dezernent", "Dezernentin"),
        ("Projektleiter Ansiedlung", "Projektleiterin Ansiedlung"),
    ),
    "association": (
        ("Geschäftsführer", "Geschäftsführerin"), ("Vorsitzender", "Vorsitzende"),
        ("Referent", "Referentin"), ("Netzwerkmanager", "Netzwerkmanagerin"),
        ("Projektkoordinator", "Projektkoordinatorin"),
    ),
    "investor": (
        ("Partner", "Partnerin"), ("Investment Manager", "Investment Managerin"),
        ("Managing Director", "Managing Director"), ("Analyst", "Analystin"),
    ),
    "other": (
        ("Vorstand", "Vorständin"), ("Projektleiter", "Projektleiterin"),
        ("Geschäftsführer", "Geschäftsführerin"), ("Referent", "Referentin"),
    ),
    "press": (
        ("Freier Journalist", "Freie Journalistin"),
        ("Redakteur Wirtschaft", "Redakteurin Wirtschaft"),
    ),
}
NEUTRAL_POSITIONS = (
    "Geschäftsführung", "Projektleitung", "Vertrieb", "Forschung und Entwicklung",
    "Kommunikation", "Einkauf", "Personalentwicklung",
)
CONTACT_NOTES = (
    "Bevorzugt Kontakt per E-Mail.", "Spricht auch Englisch.",
    "Ansprechperson für Veranstaltungen.", "Vertretung während der Elternzeit.",
    "Interesse an Vortrag beim Netzwerktreffen.", "Bitte Einladungen auch an das Sekretariat.",
    "Kennengelernt auf der Hannover Messe.", "Vegetarisch.",
)
JOURNALIST_DOMAINS = ("posteo.de", "web.de", "gmx.de", "t-online.de", "mailbox.org")

_GERMAN_LETTERS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
_PLAIN_LETTERS = {
    "ß": "ss", "ł": "l", "Ł": "L", "ı": "i", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae",
    "œ": "oe", "Œ": "Oe", "đ": "d", "Đ": "D", "&": " und ",
}
_GREEK_PAIRS = {"ου": "ou", "αυ": "av", "ευ": "ev", "γγ": "ng"}
_GREEK = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
    "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p",
    "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps",
    "ω": "o",
}
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}


def ascii_spelling(text: str, *, umlauts: bool = True) -> str:
    """``text`` in plain ASCII letters, as e-mail addresses and web addresses need it:
    "Müller" -> "Mueller" (or "Muller" without ``umlauts``), "Łukasz" -> "Lukasz",
    "Ирина" -> "Irina", "Γιώργος" -> "Giorgos"."""
    if umlauts:
        text = "".join(_GERMAN_LETTERS.get(ch, ch) for ch in text)
    text = "".join(_PLAIN_LETTERS.get(ch, ch) for ch in text)
    if any("\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff" for ch in text):
        text = _greek_to_latin(text)
    if any("\u0400" <= ch <= "\u04ff" for ch in text):
        text = "".join(_cyrillic_letter(ch) for ch in text)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch) and ch.isascii())


def _greek_to_latin(text: str) -> str:
    plain = "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )
    result = []
    i = 0
    while i < len(plain):
        pair = plain[i : i + 2].lower()
        if pair in _GREEK_PAIRS:
            latin, i = _GREEK_PAIRS[pair], i + 2
            source = plain[i - 2]
        else:
            source = plain[i]
            latin, i = _GREEK.get(source.lower(), source), i + 1
        result.append(latin.capitalize() if source.isupper() else latin)
    return "".join(result)


def _cyrillic_letter(ch: str) -> str:
    latin = _CYRILLIC.get(ch.lower())
    if latin is None:
        return ch
    return latin.capitalize() if ch.isupper() else latin


def _slug(text: str, *, umlauts: bool = True) -> str:
    """A lower-case ASCII word for addresses: "Rheinische Wasserstofftechnik" ->
    "rheinische-wasserstofftechnik"."""
    plain = ascii_spelling(text, umlauts=umlauts).lower()
    words = "".join(ch if ch.isalnum() else " " for ch in plain).split()
    return "-".join(words)


@functools.cache  # names repeat: there are only so many of them
def _local_part(text: str, *, umlauts: bool) -> str:
    plain = ascii_spelling(text, umlauts=umlauts).lower()
    return "".join(ch for ch in plain if ch.isalnum() or ch == "-").strip("-")


# -- events, projects, stories ------------------------------------------------------------


EVENT_TITLES: dict[str, tuple[str, ...]] = {
    "workshop": (
        "Workshop: {theme} in der Praxis", "Praxisworkshop {theme}",
        "Workshop: Förderprogramme für {theme}-Projekte",
        "Workshop: Von der Idee zum Demonstrator – {theme}",
    ),
    "training": (
        "Schulung: Fördermittel richtig beantragen", "Seminar: Datenschutz im Mittelstand",
        "Schulung: Projektmanagement für Verbundprojekte", "Weiterbildung: {theme} für Fachkräfte",
        "Schulung: Cybersicherheit für kleine Unternehmen",
    ),
    "presentation": (
        "Vortrag: {theme} – Chancen für den Mittelstand", "Impulsvortrag: {theme} in NRW",
        "Fachvortrag: Neue Normen und Regeln für {theme}",
    ),
    "pr_event": (
        "Pressegespräch: Jahresbilanz {year} des Clusters",
        "Tag der offenen Tür bei {organisation}",
        "Verleihung des Innovationspreises {year}", "Jahresempfang {year}",
    ),
    "thematic_workshop": ("Themenworkshop {theme}", "Fachforum {theme}", "Themenabend {theme}"),
    "network_meeting": (
        "Netzwerktreffen {city}", "Clusterstammtisch {city}", "Unternehmerfrühstück {city}",
        "Matchmaking {theme}", "Mitgliedertreffen {city}",
    ),
    "ceo_interview": (
        "CEO-to-CEO-Gespräch: {theme}", "Kamingespräch bei {organisation}", "CEO-Dialog {city}",
    ),
    "focus_group": ("Fokusgruppe {theme}", "Fokusgruppe: Bedarfe der Mitglieder {year}"),
    "trade_fair": (
        "Gemeinschaftsstand Hannover Messe {year}", "Gemeinschaftsstand E-world {year} in Essen",
        "Gemeinschaftsstand MEDICA {year} in Düsseldorf", "Gemeinschaftsstand A+A {year}",
        "Gemeinschaftsstand IFAT {year}",
    ),
    "other": (
        "Mitgliederversammlung {year}", "Sommerfest des Clusters {year}", "Jahresauftakt {year}",
        "Weihnachtsempfang {year}",
    ),
}
EVENT_TYPE_WEIGHTS = {
    "workshop": 16, "training": 10, "presentation": 10, "pr_event": 5,
    "thematic_workshop": 14, "network_meeting": 20, "ceo_interview": 6, "focus_group": 7,
    "trade_fair": 4, "other": 8,
}
EVENT_DESCRIPTIONS = (
    "Wir laden Mitglieder und Interessierte herzlich ein. Im Mittelpunkt steht der "
    "Austausch über {theme}: Praxisberichte aus Unternehmen, Fragen aus der Forschung und "
    "Zeit für Gespräche.",
    "Die Veranstaltung richtet sich an Fach- und Führungskräfte. Nach kurzen Impulsen "
    "arbeiten wir in kleinen Gruppen an konkreten Fragen rund um {theme}.",
    "Kompakt und praxisnah: Was bedeutet {theme} für kleine und mittlere Unternehmen in der "
    "Region, und welche Förderprogramme helfen beim Einstieg?",
    "Treffen Sie andere Mitglieder des Clusters, lernen Sie neue Partner kennen und erfahren "
    "Sie, was sich in der Region bei {theme} tut.",
)
TALKS = (
    "Impulsvortrag: {theme} – Stand der Technik", "Praxisbericht: {organisation}",
    "Podiumsdiskussion: {theme} im Mittelstand", "Vorstellung der Förderprogramme",
    "Arbeitsgruppen: Projektideen entwickeln", "Ergebnisse aus dem Verbundprojekt",
    "Fallbeispiel: {theme} bei {organisation}", "Fragen und Antworten",
)
EXTERNAL_SPEAKERS = (
    "Dr. Karin Lüdtke (Förderberatung NRW)", "Michael Brenner (Projektträger)",
    "Prof. Dr. Eva Hollstein (Gutachterin)", "Sandra Okafor (Fachjournalistin)",
    "Dr. Tobias Reuter (Landesministerium)", "Aylin Demirtaş (Gründungsberatung)",
)
REGISTRATION_NOTES = (
    "Vegetarisch.", "Kommt mit dem Rollstuhl; bitte barrierefreien Zugang.",
    "Rechnung an die Buchhaltung.", "Bringt eine Kollegin mit.", "Kommt etwas später.",
    "Vegan.", "Nimmt nur am Vormittag teil.",
)
CHECKLIST = (
    ("Raum buchen", -60),
    ("Einladungen versenden", -42),
    ("Erinnerung senden", -7),
    ("Namensschilder und Teilnehmerliste drucken", -2),
    ("Nachbereitung und Fotos", 3),
)
INTERACTION_SUBJECTS: dict[str, tuple[str, ...]] = {
    "meeting": (
        "Jahresgespräch zur Mitgliedschaft", "Abstimmung Projektidee {theme}",
        "Kooperationsgespräch {organisations}", "Treffen zum Förderaufruf {funding}",
        "Vorbereitung Gemeinschaftsstand",
    ),
    "call": (
        "Telefonat: Rückfragen zur Mitgliedschaft", "Telefonat zum Förderaufruf {funding}",
        "Rückruf wegen Rechnung Mitgliedsbeitrag", "Telefonat: Anfrage als Referent",
        "Telefonat: Suche nach Partnern für {theme}",
    ),
    "visit": (
        "Besuch der Produktion in {city}", "Unternehmensbesuch bei {organisation}",
        "Laborbesichtigung bei {organisation}",
    ),
    "interview": (
        "Interview für das Mitgliederporträt", "CEO-Interview {organisation}",
        "Interview für den Jahresbericht",
    ),
    "focus_group": ("Fokusgruppe {theme}", "Fokusgruppe Fachkräftebedarf"),
    "email": (
        "E-Mail: Anfrage nach Kooperationspartnern für {theme}",
        "E-Mail: Unterlagen zum Förderaufruf {funding}",
    ),
    "other": ("Gespräch am Messestand", "Gespräch am Rande der Mitgliederversammlung"),
}
INTERACTION_WEIGHTS = {
    "meeting": 30, "call": 30, "visit": 12, "interview": 6, "focus_group": 4, "email": 15,
    "other": 3,
}
INTERACTION_NOTES = (
    "Interesse an gemeinsamem Projektantrag; Unterlagen folgen.",
    "Wünscht Kontakt zu Hochschulen im Bereich {theme}.",
    "Zufrieden mit der Mitgliedschaft, wünscht mehr Veranstaltungen im Umland.",
    "Vereinbart: Folgetermin im nächsten Quartal.",
    "Sucht Fachkräfte; Hinweis auf Karrieretag gegeben.",
    "Möchte im Newsletter vorgestellt werden.",
)
PROJECT_TITLES = (
    "{theme} für den Mittelstand", "Reallabor {theme} {region}", "{theme}-Transfer {region}",
    "Kompetenzzentrum {theme}", "Modellregion {theme}", "Qualifizierungsoffensive {theme}",
    "Demonstrator {theme}", "Netzwerk {theme} {region}",
)
PROJECT_ACRONYM_PARTS = (
    "Hy", "Zirk", "Data", "Fab", "Log", "Med", "Therm", "Volt", "Sec", "Lite", "Robo", "Aqua",
    "Chem", "Urb", "Mob", "Digi", "Skill", "Go", "Start",
)
ACHIEVEMENTS = (
    "{n} Unternehmen beraten", "{n} Demonstratoren aufgebaut", "{n} Patente angemeldet",
    "{n} Fachkräfte qualifiziert", "Abschlusskonferenz mit {n}0 Gästen",
    "{n} Folgeprojekte angestoßen", "Leitfaden für KMU veröffentlicht",
)


# -- the public function -------------------------------------------------------------------


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
        builder = _DemoBuilder(db, organisations, seed, anchor, progress)
        return builder.build()


def _refuse_if_not_empty(db: ClusterDatabase) -> None:
    repositories = (
        ("organisations", db.organisations), ("contacts", db.contacts),
        ("events", db.events), ("venues", db.venues), ("interactions", db.interactions),
        ("projects", db.projects), ("stories", db.stories),
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


# -- the builder -----------------------------------------------------------------------------


@dataclass
class _Counters:
    """The next id of each table, and how many rows were written."""

    next_id: dict[str, int] = field(default_factory=dict)
    written: dict[str, int] = field(default_factory=dict)

    def take(self, table: str) -> int:
        value = self.next_id.get(table, 1)
        self.next_id[table] = value + 1
        return value


class _DemoBuilder:
    """Generates and writes the demo cluster; one instance per :func:`build_demo` call."""

    def __init__(
        self,
        db: ClusterDatabase,
        organisations: int,
        seed: int,
        today: date,
        progress: ProgressCallback | None,
    ) -> None:
        self.db = db
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

    # -- the steps -------------------------------------------------------------------

    def build(self) -> DemoSummary:
        self._write_profile()
        if self.total_organisations:
            self._write_themes()
            self._write_staff()
            self._write_venues()
            done = 0
            while done < self.total_organisations:
                count = min(BATCH, self.total_organisations - done)
                self._write_organisations(done, count)
                done += count
                self._report(done)
            self._write_events()
            self._write_projects()
        written = self.counters.written
        return DemoSummary(**{name: written.get(name, 0) for name in _NOUNS})

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

    # -- organisations and everything that hangs on them ----------------------------

    def _write_organisations(self, start: int, count: int) -> None:
        tables: dict[str, list[Row]] = {
            name: []
            for name in (
                "organisations", "organisation_roles", "organisation_themes", "contacts",
                "contact_roles", "consents", "products", "stories",
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

    def _organisation_name(
        self, kind: str, city: City, theme_index: int
    ) -> tuple[str, str, int]:
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
                family = rng.choice(ORIGINS[rng.choices(range(len(ORIGINS)), _ORIGIN_WEIGHTS)[0]]
                                    .families)[0]
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
            "research_institute": (15, 900), "university": (250, 6000), "authority": (8, 900),
            "association": (1, 40), "investor": (2, 60), "other": (3, 120),
        }
        low, high = ranges[kind]
        return int(low * (high / low) ** rng.random())

    def _organisation_roles(self, kind: str, index: int) -> list[str]:
        rng = self.rng
        chances: dict[str, tuple[tuple[str, float], ...]] = {
            "firm": (
                ("industrial_entrepreneur", 0.5), ("service_entrepreneur", 0.35),
                ("commercial_entrepreneur", 0.15), ("marketer", 0.1),
                ("social_entrepreneur", 0.02), ("ambassador", 0.04),
            ),
            "research_institute": (("knowledge_generator", 1.0), ("facilitator", 0.1)),
            "university": (("knowledge_generator", 1.0), ("ambassador", 0.2)),
            "authority": (("gr_coordinator", 0.6), ("facilitator", 0.4)),
            "association": (
                ("facilitator", 0.7), ("gr_coordinator", 0.3), ("social_entrepreneur", 0.2),
                ("ambassador", 0.2),
            ),
            "investor": (
                ("service_entrepreneur", 0.5), ("facilitator", 0.2),
                ("commercial_entrepreneur", 0.1),
            ),
            "other": (
                ("social_entrepreneur", 0.5), ("facilitator", 0.4), ("ambassador", 0.1),
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
        people = f"rund {employees:,} Beschäftigten".replace(",", ".") if employees else (
            "einem kleinen Team"
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

    # -- contacts -----------------------------------------------------------------------

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
            "micro": (2, 6), "small": (3, 7), "medium": (4, 8), "large": (5, 9), None: (2, 6),
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
                org_id, kind, city, domain, scheme, used_locals, used_extensions, phone_base,
                natural, tables,
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
            role = "knowledge_generator" if kind in ("university", "research_institute") else (
                "facilitator"
            )
            tables["contact_roles"].append({"contact_id": contact_id, "role": role})
        self._consents(contact_id, natural, tables["consents"])
        return contact_id

    def _journalist(self, tables: dict[str, list[Row]]) -> None:
        rng = self.rng
        city = NRW_CITIES[rng.randrange(len(NRW_CITIES))]
        domain = rng.choice(JOURNALIST_DOMAINS)
        contact_id = self._contact(
            None, "press", city, domain, "first.last", self.journalist_addresses, set(), None,
            self.import_ord, tables,
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

    # -- products ------------------------------------------------------------------------

    def _products(
        self, org_id: int, kind: str, theme: _Theme, city: City, created: str,
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
                _s("Beratung und Vernetzung", "Beratung", f"{theme.name}, Beratung, Netzwerk",
                   f"Erstberatung und Kontakte zu Partnern rund um {theme.name}.")
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
                "model": rng.choice(("{l}-{n}", "{l}{n}", "Pro {n}", "Compact {n}", "{n} S"))
                .format(l=rng.choice("AEHMSTVX"), n=rng.choice((10, 20, 40, 50, 80, 100, 120,
                                                                 160, 200, 250, 300, 500))),
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

    # -- interactions and stories about organisations -----------------------------

    def _contacts_of(self, org_position: int) -> range:
        first = self.org_first_contact[org_position]
        return range(first, first + self.org_contact_count[org_position])

    def _interactions(self, start: int, count: int) -> dict[str, list[Row]]:
        rng = self.rng
        tables: dict[str, list[Row]] = {
            "interactions": [], "interaction_organisations": [], "interaction_contacts": [],
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

    # -- events ----------------------------------------------------------------------

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
                    "events", "event_themes", "programme_items", "registrations", "tasks",
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
            theme=theme, year=day.year, city=city, organisation=self.org_names[host],
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
            "network_meeting": 0.6, "ceo_interview": 0.8, "pr_event": 0.5, "other": 0.5,
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
            pool = rng.sample(range(1, self.contact_total + 1),
                              min(self.contact_total, participants + len(taken)))
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
            (self._stamp(opened_ord, closed_ord), contact_id, role)
            for contact_id, role in people
        )
        full_house = self._full_house(dated, seats) if status == "full" else {}
        attended = 0
        for registered_at, contact_id, role in dated:
            waitlist_position = moved_up_at = None
            if status == "held":
                state = "attended" if role != "participant" else rng.choices(
                    ("attended", "no_show", "cancelled"), (80, 12, 8)
                )[0]
                if state == "attended" and role == "participant" and rng.random() < 0.03:
                    moved_ord = min(date.fromisoformat(registered_at[:10]).toordinal() + 3,
                                    closed_ord)
                    moved_up_at = max(registered_at, self._stamp(moved_ord, moved_ord))
            elif status == "cancelled":
                state = "cancelled"
            elif status == "full":
                state, waitlist_position, moved_up = full_house[contact_id]
                if moved_up:
                    moved_ord = min(date.fromisoformat(registered_at[:10]).toordinal() + 2,
                                    closed_ord)
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

    # -- projects --------------------------------------------------------------------

    def _write_projects(self) -> None:
        rng = self.rng
        count = max(2, round(self.total_organisations * 3 / 50))
        organisations = len(self.org_names)
        used_names: set[str] = set()
        for first in range(0, count, BATCH):
            projects: list[Row] = []
            participants: list[Row] = []
            stories: list[Row] = []
            for _ in range(first, min(count, first + BATCH)):
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
                    achievements = "; ".join(
                        part.format(n=rng.randint(2, 15)) for part in parts
                    ) + "."
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
                        f"Ergebnisse aus {acronym}" if status == "completed"
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


# -- small helpers ------------------------------------------------------------------------------


BELGIAN_MOBILE_PREFIXES = (
    "470", "475", "476", "477", "478", "479", "485", "496", "497", "498", "499",
)
POLISH_MOBILE_PREFIXES = (
    "501", "502", "510", "512", "530", "600", "601", "604", "660", "690", "720", "730", "790",
    "880",
)
GERMAN_MOBILE_PREFIXES = (
    ("151", 8), ("152", 8), ("157", 8), ("159", 8), ("160", 7), ("162", 7), ("163", 7),
    ("170", 7), ("171", 7), ("172", 7), ("173", 7), ("174", 7), ("175", 7), ("176", 8),
    ("177", 8), ("178", 8), ("179", 8),
)

CLUSTER_PROFILES = (
    ("Demo-Cluster Zukunftsindustrie Rhein-Ruhr", "Rhein-Ruhr, NRW", ("#1F4E79", "#F2A900"),
     "cluster-zukunftsindustrie.de"),
    ("Demo-Cluster Wasserstoff Rheinland", "Rheinland, NRW", ("#0B6E4F", "#F5B700"),
     "cluster-wasserstoff-rheinland.de"),
    ("Demo-Cluster Kreislaufwirtschaft NRW", "NRW", ("#2E5E4E", "#E07A1F"),
     "cluster-kreislauf-nrw.de"),
    ("Demo-Cluster Digitale Produktion Westfalen", "Westfalen, NRW", ("#3A3F8F", "#00A6A6"),
     "cluster-digitale-produktion.de"),
)

VENUES: tuple[tuple[str, str, str, str, tuple[tuple[str, int], ...], str], ...] = (
    ("Rheinforum am Medienhafen", "Speditionstraße 15", "40221", "Düsseldorf",
     (("Saal Rhein", 180), ("Seminarraum Hafen 1", 24), ("Seminarraum Hafen 2", 24),
      ("Lounge", 60)),
     "Barrierefrei; Tiefgarage im Haus; Catering über den Hauspartner."),
    ("Tagungszentrum Deutzer Werft", "Deutz-Mülheimer Straße 30", "51063", "Köln",
     (("Saal Deutz", 220), ("Raum Severin", 30), ("Raum Ursula", 30), ("Foyer", 120)),
     "Fünf Minuten vom Bahnhof Köln Messe/Deutz; Beamer in allen Räumen."),
    ("Technologiezentrum am Phoenixsee", "Hörder Hafenstraße 11", "44263", "Dortmund",
     (("Forum", 150), ("Werkstatt 1", 20), ("Werkstatt 2", 20)),
     "Parkplätze am Haus; Werkstätten mit Werkbänken für Demonstrationen."),
    ("Alte Lohnhalle Katernberg", "Gelsenkirchener Straße 181", "45309", "Essen",
     (("Lohnhalle", 250), ("Kaue", 40), ("Besprechungsraum Schacht 2", 12)),
     "Denkmalgeschützt; im Winter früh heizen lassen."),
    ("Innovationscampus Aachen", "Campus-Boulevard 30", "52074", "Aachen",
     (("Hörsaal 1", 300), ("Seminarraum A", 40), ("Seminarraum B", 40), ("Maker Space", 25)),
     "Anmeldung am Empfang; Gästeparkplätze begrenzt."),
    ("Kesselhaus Ruhrort", "Dammstraße 21", "47119", "Duisburg",
     (("Kesselhalle", 200), ("Maschinenraum", 50)),
     "Blick auf den Hafen; Bühne und Tontechnik vorhanden."),
    ("Haus der Wirtschaft Ostwestfalen", "Elsa-Brändström-Straße 4", "33602", "Bielefeld",
     (("Großer Saal", 160), ("Konferenzraum 1", 20), ("Konferenzraum 2", 12)),
     "Direkt am Hauptbahnhof; Catering nach Absprache."),
    ("Digitalhaus am Rhein", "Rheinwerkallee 4", "53227", "Bonn",
     (("Plenum", 120), ("Kreativraum", 20), ("Studio", 15)),
     "Streaming-Studio für hybride Veranstaltungen."),
    ("Speicher am Hafen", "Hafenweg 26", "48155", "Münster",
     (("Speichersaal", 140), ("Galerie", 35)),
     "Kein Aufzug zur Galerie."),
)


_FILLER_WORDS = frozenset(
    {"fuer", "der", "die", "das", "und", "am", "an", "im", "in", "von", "zu", "de", "den"}
)


def _short_slug(core: str) -> str:
    """The web-address word for a name: long names are shortened, as in life
    ("Lehrstuhl für Angewandte Wasserstoffforschung, Universität Bochum" -> "lawu-bochum")."""
    words = [word for word in _slug(core).split("-") if word not in _FILLER_WORDS]
    slug = "-".join(words)
    if len(slug) <= 40:
        return slug
    return "".join(word[0] for word in words[:-1]) + "-" + words[-1][:20]


def _digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(count))


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


def _fee_tier(kind: str, size: str | None, rng: random.Random) -> str:
    if kind == "firm":
        tier = {"micro": "Basis", "small": "Basis", "medium": "Standard", "large": "Premium"}.get(
            size or "", "Standard"
        )
    elif kind in ("research_institute", "university"):
        tier = "Standard"
    else:
        tier = "Basis"
    if rng.random() < 0.1:
        tier = rng.choice(("Basis", "Standard", "Premium"))
    return tier


def _sector(kind: str, theme: _Theme) -> str:
    return {
        "firm": theme.sector,
        "research_institute": "Forschung und Entwicklung",
        "university": "Hochschule und Bildung",
        "authority": "Öffentliche Verwaltung",
        "association": "Verband und Netzwerk",
        "investor": "Finanzierung",
        "other": "Gemeinnützige Einrichtung",
    }[kind]


def _funding_source(starts_on: date, rng: random.Random) -> str:
    """A funding programme that existed when the project started (ministries renamed:
    BMWi -> BMWK in December 2021 -> BMWE in May 2025; BMBF -> BMFTR in May 2025)."""
    options = ["progres.nrw", "Interreg Deutschland-Nederland", "Eigenmittel der Partner"]
    if starts_on >= date(2021, 1, 1):
        options += ["EFRE/JTF NRW", "EFRE/JTF NRW", "Horizon Europe"]
    else:
        options += ["EFRE.NRW", "EFRE.NRW", "Horizon 2020"]
    if starts_on < date(2021, 12, 8):
        options.append("BMWi")
    elif starts_on < date(2025, 5, 6):
        options.append("BMWK")
    else:
        options.append("BMWE")
    options.append("BMBF" if starts_on < date(2025, 5, 6) else "BMFTR")
    return rng.choice(options)

