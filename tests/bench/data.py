"""The data the benchmarks run on, made on the spot and kept in a cache folder.

Demo databases come from ``secretariat demo`` itself (the command a user runs);
what the demo does not make in the numbers a case needs (contacts for the list,
events for the calendar) is added with a plain bulk insert. The import file is a
German member list written here. Everything is cached under a key made of today's
date (the demo's dates follow the day), the schema and the demo's code, so a second
run does not build it again.
"""

from __future__ import annotations

import csv
import hashlib
import random
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = 7

FIRST_NAMES = (
    "Anna",
    "Jürgen",
    "Björn",
    "Özlem",
    "Łukasz",
    "Sören",
    "Maria",
    "Thomas",
    "Katrin",
    "Stefan",
    "Ayşe",
    "Jörg",
    "Sabine",
    "Michael",
    "Julia",
    "Andreas",
    "Gülşen",
    "Peter",
    "Claudia",
    "Frank",
    "Lena",
    "Tobias",
    "Małgorzata",
    "Hans-Peter",
    "Merve",
    "René",
)
LAST_NAMES = (
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Schäfer",
    "Koch",
    "Krüger",
    "Weiß",
    "Groß",
    "Özdemir",
    "Yılmaz",
    "Nowak",
    "Kowalski",
    "Hoffmann",
    "Schröder",
    "Neumann",
    "Zimmermann",
    "Braun",
    "Hartmann",
    "Lange",
    "Möller",
    "Mülheim",
    "Wolf",
    "Schulz",
    "Jäger",
    "Böhm",
    "Kühn",
    "Lehmann",
)
POSITIONS = (
    "Geschäftsführung",
    "Vertrieb",
    "Einkauf",
    "Marketing",
    "Forschung und Entwicklung",
    "Personal",
    "Assistenz der Geschäftsführung",
    "Projektleitung",
    "Technik",
    "",
)
TOWNS = (
    ("Köln", "50667", "221"),
    ("Düsseldorf", "40213", "211"),
    ("Dortmund", "44135", "231"),
    ("Essen", "45127", "201"),
    ("Bonn", "53111", "228"),
    ("Aachen", "52062", "241"),
    ("Münster", "48143", "251"),
    ("Bielefeld", "33602", "521"),
    ("Wuppertal", "42103", "202"),
)
FIRM_WORDS = (
    "Rheintal",
    "Ruhr",
    "Westfalen",
    "Sauerland",
    "Niederrhein",
    "Eifel",
    "Bergisch",
    "Lippe",
    "Münsterland",
    "Siegerland",
    "Emscher",
    "Weser",
)
FIRM_KINDS = (
    "Maschinenbau",
    "Logistik",
    "Software",
    "Energie",
    "Kunststofftechnik",
    "Medizintechnik",
    "Beratung",
    "Elektronik",
    "Werkzeugbau",
    "Sensorik",
)
FIRM_FORMS = ("GmbH", "GmbH & Co. KG", "AG", "KG", "e.K.", "UG (haftungsbeschränkt)")
STREETS = (
    "Hauptstraße",
    "Industriestraße",
    "Am Hafen",
    "Königsallee",
    "Rheinuferstraße",
    "Gewerbepark",
    "Technologiepark",
    "Bahnhofstraße",
    "Lindenweg",
    "Mühlenstraße",
)
# The program's own labels: it does not take German "Frau"/"Herr" (yet)
SALUTATIONS = ("Ms", "Mr", "")
CSV_HEADERS = (
    "Firma",
    "Anrede",
    "Titel",
    "Vorname",
    "Nachname",
    "Funktion",
    "E-Mail",
    "Telefon",
    "Mobil",
    "Straße",
    "PLZ",
    "Ort",
)


def cache_key() -> str:
    """Today's date and a digest of what decides the demo data."""
    digest = hashlib.sha256()
    files = sorted((ROOT / "db" / "migrations").glob("*.sql"))
    files += sorted((ROOT / "secretariat" / "demo").glob("*.py"))
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return f"{date.today():%Y%m%d}-{digest.hexdigest()[:10]}"


class Workspace:
    """The cache folder with the data of today's runs, and scratch space for outputs."""

    def __init__(self, folder: Path, secretariat: Path) -> None:
        self.cache = folder / "data" / cache_key()
        self.cache.mkdir(parents=True, exist_ok=True)
        self.scratch = folder / "scratch"
        shutil.rmtree(self.scratch, ignore_errors=True)
        self.scratch.mkdir(parents=True)
        self.secretariat = secretariat
        for old in (folder / "data").iterdir():
            if old != self.cache:
                shutil.rmtree(old, ignore_errors=True)

    def demo(self, organisations: int) -> Path:
        """A demo database of ``organisations`` (``secretariat demo``, seed 7)."""
        path = self.cache / f"demo-{organisations}.sqlite3"
        if not path.exists():
            partial = path.with_suffix(".partial")
            partial.unlink(missing_ok=True)
            subprocess.run(
                [
                    str(self.secretariat),
                    "demo",
                    "--db",
                    str(partial),
                    "--organisations",
                    str(organisations),
                    "--seed",
                    str(SEED),
                ],
                check=True,
                stdout=subprocess.DEVNULL,
            )
            partial.rename(path)
        return path

    def with_contacts(self, organisations: int, contacts: int) -> Path:
        """The demo of ``organisations``, with at least ``contacts`` contacts."""

        def add(conn: sqlite3.Connection, missing: int) -> None:
            ids = [row[0] for row in conn.execute("SELECT id FROM organisations")]
            conn.executemany(
                "INSERT INTO contacts (organisation_id, salutation, first_name, last_name,"
                " position, email, language) VALUES (?, ?, ?, ?, ?, ?, 'de')",
                _more_contacts(ids, missing),
            )

        return self._grown(organisations, "contacts", contacts, add)

    def with_events(self, organisations: int, events: int) -> Path:
        """The demo of ``organisations``, with at least ``events`` events (copies of
        the demo's own events, moved by whole weeks)."""

        def add(conn: sqlite3.Connection, missing: int) -> None:
            columns = (
                "title",
                "event_type",
                "status",
                "starts_at",
                "ends_at",
                "time_zone",
                "venue_id",
                "room",
                "capacity",
                "fee_cents",
                "description",
            )
            model = conn.execute(f"SELECT {', '.join(columns)} FROM events").fetchall()
            rows = []
            for n in range(missing):
                row = list(model[n % len(model)])
                weeks = timedelta(weeks=n // len(model) + 1)
                row[0] = f"{row[0]} ({n // len(model) + 2})"
                row[3] = _later(row[3], weeks)
                row[4] = _later(row[4], weeks)
                rows.append(row)
            marks = ", ".join("?" for _ in columns)
            conn.executemany(f"INSERT INTO events ({', '.join(columns)}) VALUES ({marks})", rows)

        return self._grown(organisations, "events", events, add)

    def _grown(
        self,
        organisations: int,
        table: str,
        at_least: int,
        add: Callable[[sqlite3.Connection, int], None],
    ) -> Path:
        """The demo of ``organisations`` as it is when its ``table`` has ``at_least``
        rows, else a copy (made once, then cached) to which ``add(conn, missing)`` adds
        the missing rows."""
        source = self.demo(organisations)
        if _count(source, table) >= at_least:
            return source
        path = self.cache / f"demo-{organisations}-{at_least}-{table}.sqlite3"
        if not path.exists():
            partial = _copy(source, path.with_suffix(".partial"))
            with _connect(partial) as conn:
                add(conn, at_least - _count(partial, table))
            partial.rename(path)
        return path

    def contacts_csv(self, rows: int) -> Path:
        """A member list of ``rows`` people at ``rows // 5`` organisations, as a German
        secretariat gets it (UTF-8, comma, German headers)."""
        path = self.cache / f"contacts-{rows}.csv"
        if not path.exists():
            partial = path.with_suffix(".partial")
            with partial.open("w", encoding="utf-8", newline="") as file:
                writer = csv.writer(file)
                writer.writerow(CSV_HEADERS)
                writer.writerows(member_list(rows))
            partial.rename(path)
        return path

    def copy(self, source: Path, name: str) -> Path:
        """A fresh copy of ``source`` in the scratch folder."""
        return _copy(source, self.scratch / name)

    def output(self, name: str) -> Path:
        path = self.scratch / name
        path.unlink(missing_ok=True)
        return path


def member_list(rows: int) -> list[list[str]]:
    random.seed(SEED)
    organisations = []
    for n in range(max(rows // 5, 1)):
        town, postcode, area = TOWNS[n % len(TOWNS)]
        name = (
            f"{random.choice(FIRM_WORDS)} {random.choice(FIRM_KINDS)} {n + 1}"
            f" {random.choice(FIRM_FORMS)}"
        )
        domain = f"firma{n + 1}.de"
        street = f"{random.choice(STREETS)} {random.randint(1, 180)}"
        organisations.append((name, domain, street, postcode, town, area))
    lines = []
    for n in range(rows):
        name, domain, street, postcode, town, area = organisations[n % len(organisations)]
        first = random.choice(FIRST_NAMES)
        last = random.choice(LAST_NAMES)
        local = _ascii(f"{first}.{last}").lower().replace(" ", "")
        lines.append(
            [
                name,
                random.choice(SALUTATIONS),
                "Dr." if n % 11 == 0 else "",
                first,
                last,
                random.choice(POSITIONS),
                f"{local}.{n}@{domain}",
                f"0{area} {random.randint(100000, 9999999)}",
                f"0171 {random.randint(1000000, 9999999)}" if n % 3 == 0 else "",
                street,
                postcode,
                town,
            ]
        )
    return lines


def _more_contacts(organisation_ids: list[int], count: int):
    random.seed(SEED + 1)
    for n in range(count):
        first = random.choice(FIRST_NAMES)
        last = random.choice(LAST_NAMES)
        yield (
            organisation_ids[n % len(organisation_ids)],
            random.choice(("ms", "mr", "")),
            first,
            last,
            random.choice(POSITIONS) or None,
            f"{_ascii(first).lower()}.{_ascii(last).lower()}.{n}@example.org",
        )


def _ascii(text: str) -> str:
    for plain, spelled in (
        ("ä", "ae"),
        ("ö", "oe"),
        ("ü", "ue"),
        ("ß", "ss"),
        ("Ä", "Ae"),
        ("Ö", "Oe"),
        ("Ü", "Ue"),
        ("ł", "l"),
        ("Ł", "L"),
        ("ş", "s"),
        ("ı", "i"),
        ("é", "e"),
        ("ğ", "g"),
    ):
        text = text.replace(plain, spelled)
    return text.encode("ascii", "ignore").decode()


def _later(stored: str, by: timedelta) -> str:
    moment = datetime.strptime(stored, "%Y-%m-%dT%H:%M:%SZ") + by
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


@contextmanager
def _connect(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that commits at the end and is closed."""
    with closing(sqlite3.connect(path)) as conn, conn:
        yield conn


def _count(path: Path, table: str) -> int:
    with _connect(path) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _copy(source: Path, target: Path) -> Path:
    """A consistent copy (SQLite's backup API: the demo may be in WAL mode)."""
    target.unlink(missing_ok=True)
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    return target
