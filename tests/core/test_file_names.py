"""The file names the Export dialog suggests: what and when, in the document
language, and names every system accepts whatever a title holds."""

from __future__ import annotations

from datetime import date

import pytest

from secretariat.exports.file_names import (
    DOCUMENT_NAMES,
    NAME_BYTES,
    TITLE_LENGTH,
    document_file_name,
    event_day,
    file_name,
    safe_file_name,
    shortened,
)

DAY = date(2026, 12, 10)


def test_what_and_when():
    assert (
        document_file_name("signin", day=DAY, suffix=".pdf", title="Workshop Wasserstoff")
        == "Anwesenheitsliste 2026-12-10 Workshop Wasserstoff.pdf"
    )
    assert (
        document_file_name("directory", day=date(2026, 12, 8), suffix=".xlsx")
        == "Mitgliederverzeichnis 2026-12-08.xlsx"
    )
    assert (
        document_file_name("participants", day=DAY, suffix=".xlsx", title="Kick-off", language="en")
        == "Participant list 2026-12-10 Kick-off.xlsx"
    )
    assert (
        document_file_name("list", day=DAY, suffix=".csv", list_key="contacts")
        == "Ansprechpartner 2026-12-10.csv"
    )
    assert (
        document_file_name("list", day=DAY, suffix=".csv", list_key="stories", language="en")
        == "Stories 2026-12-10.csv"
    )


def test_both_languages_name_the_same_documents():
    assert set(DOCUMENT_NAMES["de"]) == set(DOCUMENT_NAMES["en"])
    assert {"signin", "participants", "directory", "list", "report"} <= set(DOCUMENT_NAMES["de"])


def test_two_events_on_one_day_do_not_share_a_name():
    first = document_file_name("signin", day=DAY, suffix=".pdf", title="Workshop Wasserstoff")
    second = document_file_name("signin", day=DAY, suffix=".pdf", title="Netzwerktreffen")
    assert first != second


@pytest.mark.parametrize(
    ("title", "safe"),
    [
        ("Workshop: Wasserstoff", "Workshop - Wasserstoff"),
        ("Frühstück 08:30", "Frühstück 08.30"),
        ("Planung 2026/27", "Planung 2026-27"),
        ("A\\B|C", "A-B-C"),
        ('„Zukunft“ "jetzt"', "„Zukunft“ 'jetzt'"),
        ("Was nun?*", "Was nun"),
        ("<Kick-off>", "Kick-off"),
        ("Zeile\neins\tzwei", "Zeile eins zwei"),
        ("rechts\u202etxt.exe", "rechts txt.exe"),  # a disguised ending goes
        ("..versteckt.", "versteckt"),
        ("  Leer  ", "Leer"),
        ("Müller & Söhne", "Müller & Söhne"),
        ("Łódź – Ørsted", "Łódź – Ørsted"),
        ("CON", "CON_"),
        ("nul.txt", "nul_.txt"),
        ("???", ""),
    ],
)
def test_characters_no_system_allows_are_replaced(title, safe):
    assert safe_file_name(title) == safe
    assert not set(safe) & set('<>:"/\\|?*')


def test_decomposed_letters_are_composed():
    assert safe_file_name("Mu\u0308ller") == "Müller"  # as macOS hands them over


def test_a_long_title_is_shortened_at_a_word():
    title = (
        "Fachtag Wasserstoff, Brennstoffzellen und Speicher für den Mittelstand in "
        "Nordrhein-Westfalen 2027"
    )
    name = file_name("Anwesenheitsliste", DAY, title, ".pdf")
    assert name == (
        "Anwesenheitsliste 2026-12-10 "
        "Fachtag Wasserstoff, Brennstoffzellen und Speicher für den….pdf"
    )
    assert len(shortened(title)) <= TITLE_LENGTH
    assert shortened("Kurz") == "Kurz"
    assert shortened("Ein" + "x" * 80).endswith("…")  # one long word: cut inside it


def test_a_title_of_many_bytes_stays_within_every_systems_limit():
    name = file_name("Teilnahmebescheinigungen", DAY, "🎉漢字" * 100, ".pdf")
    assert len(name.encode()) <= NAME_BYTES and name.endswith("….pdf")


def test_an_empty_name_is_still_a_name():
    assert file_name("", None, "???", ".pdf") == "export.pdf"


@pytest.mark.parametrize(
    ("starts_at", "zone", "day"),
    [
        ("2026-12-09T23:30:00Z", "Europe/Berlin", date(2026, 12, 10)),  # 00:30 in Berlin
        ("2026-12-10T03:00:00Z", "America/New_York", date(2026, 12, 9)),
        ("2026-12-10T08:00:00Z", "Nowhere/Unknown", date(2026, 12, 10)),  # Berlin then
    ],
)
def test_the_events_day_is_its_own_time_zones(starts_at, zone, day):
    assert event_day({"starts_at": starts_at, "time_zone": zone}) == day


def test_an_event_without_a_start_has_no_day():
    assert event_day({"starts_at": None}) is None
