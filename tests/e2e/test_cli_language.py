"""``--lang de|en`` on the command line: every document reads German or English in
pdftotext ("Seite 1 von N" / "Page 1 of N", dates as 12.06.2026 / 12 June 2026)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from secretariat.demo import build_demo
from secretariat.store import ClusterDatabase
from tests.pdf_readers import pdf_words

from .command import secretariat

GERMAN_DATE = re.compile(r"\b\d{2}\.\d{2}\.20\d{2}\b")
ENGLISH_DATE = re.compile(
    r"\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|"
    r"November|December) 20\d{2}\b"
)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory) -> tuple[Path, int, int]:
    """A demo cluster, an event with people registered, and a story."""
    path = tmp_path_factory.mktemp("lang") / "cluster.sqlite3"
    with ClusterDatabase.open(path, staff="anna") as db:
        build_demo(db, organisations=12, seed=4, today=date(2026, 11, 1))
        event = max(
            db.events.list(limit=None),
            key=lambda e: db.registrations.count(filters={"event_id": e["id"]}),
        )
        story = db.stories.list(limit=1)[0]
    return path, event["id"], story["id"]


PAGE_DE, PAGE_EN = r"Seite 1 von \d+", r"Page 1 of \d+"
LONG_DE = (
    r"\d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|"
    r"November|Dezember) 20\d{2}"
)

# document: its command, then what the German and the English text must show
DOCUMENTS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "directory": (
        ["directory"],
        [PAGE_DE, GERMAN_DATE.pattern, "Mitgliederverzeichnis"],
        [PAGE_EN, ENGLISH_DATE.pattern, "Member Directory"],
    ),
    "signin": (
        ["event", "{event}", "signin"],
        [PAGE_DE, GERMAN_DATE.pattern, "Anwesenheitsliste", "Unterschrift"],
        [PAGE_EN, ENGLISH_DATE.pattern, "Sign-in sheet", "Signature"],
    ),
    "participants": (
        ["event", "{event}", "participants"],
        [PAGE_DE, GERMAN_DATE.pattern, "Teilnehmerliste"],
        [PAGE_EN, ENGLISH_DATE.pattern, "List of participants"],
    ),
    "programme": (
        ["event", "{event}", "programme"],
        [r"(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), " + GERMAN_DATE.pattern],
        [r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), " + ENGLISH_DATE.pattern],
    ),
    "badges": (
        ["event", "{event}", "badges"],
        [r"Teilnehmer/in|Referent/in|Organisationsteam|Presse"],
        [r"Participant|Speaker|Organiser|Press"],
    ),
    "press release": (
        ["story", "{story}"],
        [PAGE_DE, "Pressemitteilung", LONG_DE],
        [PAGE_EN, "Press release", ENGLISH_DATE.pattern],
    ),
    "annual report": (
        ["report", "2026"],
        [PAGE_DE, "Jahresbericht 2026"],
        [PAGE_EN, "Annual Report 2026"],
    ),
}


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_each_document_in_german_and_in_english(cluster, tmp_path, name):
    path, event_id, story_id = cluster
    command, german_shows, english_shows = DOCUMENTS[name]
    arguments = [part.format(event=event_id, story=story_id) for part in command]
    texts = {}
    for language in ("de", "en"):
        out = tmp_path / f"{language}.pdf"
        result = secretariat("--db", str(path), "export", *arguments, str(out), "--lang", language)
        assert result.returncode == 0, result.stderr
        texts[language] = " ".join(pdf_words(out).split())
    german, english = texts["de"], texts["en"]
    for pattern in german_shows:
        assert re.search(pattern, german), f"{pattern} not in: {german[:400]}"
    for pattern in english_shows:
        assert re.search(pattern, english), f"{pattern} not in: {english[:400]}"
    assert not re.search(PAGE_DE, english) and not GERMAN_DATE.search(english)
    assert not re.search(PAGE_EN, german)


def test_an_unknown_language_is_refused_in_one_line(cluster, tmp_path):
    path, _event_id, _story_id = cluster
    result = secretariat(
        "--db", str(path), "export", "directory", str(tmp_path / "x.pdf"), "--lang", "fr"
    )
    assert result.returncode == 2
    assert "--lang" in result.stderr and len(result.stderr.strip().splitlines()) == 1
