"""Places of the demo cluster: real cities with their postcode ranges and telephone
area codes (NRW, a few in Saxony and Thuringia, the Netherlands, Belgium and Poland),
phone and mobile numbers valid by construction, streets, legal forms by country, and
the venues where the cluster holds its events."""

from __future__ import annotations

import random
from dataclasses import dataclass


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


BELGIAN_MOBILE_PREFIXES = (
    "470",
    "475",
    "476",
    "477",
    "478",
    "479",
    "485",
    "496",
    "497",
    "498",
    "499",
)
POLISH_MOBILE_PREFIXES = (
    "501",
    "502",
    "510",
    "512",
    "530",
    "600",
    "601",
    "604",
    "660",
    "690",
    "720",
    "730",
    "790",
    "880",
)
GERMAN_MOBILE_PREFIXES = (
    ("151", 8),
    ("152", 8),
    ("157", 8),
    ("159", 8),
    ("160", 7),
    ("162", 7),
    ("163", 7),
    ("170", 7),
    ("171", 7),
    ("172", 7),
    ("173", 7),
    ("174", 7),
    ("175", 7),
    ("176", 8),
    ("177", 8),
    ("178", 8),
    ("179", 8),
)


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
        name,
        "DE",
        (low, high),
        "+49",
        area,
        weight,
        adjective,
        region,
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
    "Hauptstraße",
    "Bahnhofstraße",
    "Industriestraße",
    "Gewerbepark",
    "Am Hafen",
    "Rheinallee",
    "Kaiserstraße",
    "Friedrich-Ebert-Straße",
    "Technologiepark",
    "Gutenbergstraße",
    "Robert-Bosch-Straße",
    "Carl-Benz-Straße",
    "Otto-Hahn-Straße",
    "Max-Planck-Straße",
    "Lindenallee",
    "Am Wasserturm",
    "Zechenstraße",
    "Hüttenstraße",
    "Schützenstraße",
    "Königstraße",
    "Wilhelmstraße",
    "Mühlenweg",
    "Siemensstraße",
    "Emil-Figge-Straße",
    "Am Zollhof",
    "Speditionstraße",
    "Werftstraße",
    "Kruppstraße",
    "Alte Landstraße",
    "Im Gewerbegebiet",
    "Konrad-Adenauer-Ring",
    "Westfalendamm",
    "Marktplatz",
    "Brückenstraße",
    "Gießereistraße",
    "Kanalstraße",
    "Schillerstraße",
    "Goethestraße",
    "Am Technologiezentrum",
    "Universitätsstraße",
    "Campus-Allee",
    "Münsterstraße",
    "Kölner Straße",
    "Düsseldorfer Straße",
    "Essener Straße",
    "Dortmunder Straße",
    "Berliner Platz",
    "Europaallee",
    "Innovationsring",
    "Zeppelinstraße",
    "Hafenweg",
    "Ruhrallee",
    "Weststraße",
    "Heerstraße",
)
STREETS_ABROAD = {
    "NL": (
        "Industrieweg",
        "Spoorweglaan",
        "Kanaalweg",
        "Stationsplein",
        "Havenweg",
        "Zuidsingel",
        "Nijverheidsweg",
        "Markt",
    ),
    "BE": (
        "Rue de l'Industrie",
        "Quai de la Boverie",
        "Boulevard d'Avroy",
        "Haasstraße",
        "Industriestraße",
        "Noorderlaan",
        "Kempenstraat",
    ),
    "PL": (
        "ul. Legnicka",
        "ul. Grunwaldzka",
        "ul. Przemysłowa",
        "ul. Mickiewicza",
        "ul. Piłsudskiego",
        "ul. Chorzowska",
        "ul. Fabryczna",
    ),
}
LEGAL_FORMS_ABROAD = {
    "NL": (("B.V.", 8), ("N.V.", 1)),
    "BE": (("SA", 3), ("NV", 3), ("SRL", 2)),
    "PL": (("Sp. z o.o.", 8), ("S.A.", 2)),
}
GERMAN_LEGAL_FORMS = (
    ("GmbH", 50),
    ("GmbH & Co. KG", 14),
    ("AG", 7),
    ("UG (haftungsbeschränkt)", 6),
    ("KG", 4),
    ("e.K.", 4),
    ("OHG", 2),
    ("SE", 1),
)


VENUES: tuple[tuple[str, str, str, str, tuple[tuple[str, int], ...], str], ...] = (
    (
        "Rheinforum am Medienhafen",
        "Speditionstraße 15",
        "40221",
        "Düsseldorf",
        (
            ("Saal Rhein", 180),
            ("Seminarraum Hafen 1", 24),
            ("Seminarraum Hafen 2", 24),
            ("Lounge", 60),
        ),
        "Barrierefrei; Tiefgarage im Haus; Catering über den Hauspartner.",
    ),
    (
        "Tagungszentrum Deutzer Werft",
        "Deutz-Mülheimer Straße 30",
        "51063",
        "Köln",
        (("Saal Deutz", 220), ("Raum Severin", 30), ("Raum Ursula", 30), ("Foyer", 120)),
        "Fünf Minuten vom Bahnhof Köln Messe/Deutz; Beamer in allen Räumen.",
    ),
    (
        "Technologiezentrum am Phoenixsee",
        "Hörder Hafenstraße 11",
        "44263",
        "Dortmund",
        (("Forum", 150), ("Werkstatt 1", 20), ("Werkstatt 2", 20)),
        "Parkplätze am Haus; Werkstätten mit Werkbänken für Demonstrationen.",
    ),
    (
        "Alte Lohnhalle Katernberg",
        "Gelsenkirchener Straße 181",
        "45309",
        "Essen",
        (("Lohnhalle", 250), ("Kaue", 40), ("Besprechungsraum Schacht 2", 12)),
        "Denkmalgeschützt; im Winter früh heizen lassen.",
    ),
    (
        "Innovationscampus Aachen",
        "Campus-Boulevard 30",
        "52074",
        "Aachen",
        (("Hörsaal 1", 300), ("Seminarraum A", 40), ("Seminarraum B", 40), ("Maker Space", 25)),
        "Anmeldung am Empfang; Gästeparkplätze begrenzt.",
    ),
    (
        "Kesselhaus Ruhrort",
        "Dammstraße 21",
        "47119",
        "Duisburg",
        (("Kesselhalle", 200), ("Maschinenraum", 50)),
        "Blick auf den Hafen; Bühne und Tontechnik vorhanden.",
    ),
    (
        "Haus der Wirtschaft Ostwestfalen",
        "Elsa-Brändström-Straße 4",
        "33602",
        "Bielefeld",
        (("Großer Saal", 160), ("Konferenzraum 1", 20), ("Konferenzraum 2", 12)),
        "Direkt am Hauptbahnhof; Catering nach Absprache.",
    ),
    (
        "Digitalhaus am Rhein",
        "Rheinwerkallee 4",
        "53227",
        "Bonn",
        (("Plenum", 120), ("Kreativraum", 20), ("Studio", 15)),
        "Streaming-Studio für hybride Veranstaltungen.",
    ),
    (
        "Speicher am Hafen",
        "Hafenweg 26",
        "48155",
        "Münster",
        (("Speichersaal", 140), ("Galerie", 35)),
        "Kein Aufzug zur Galerie.",
    ),
)


def _digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(count))
