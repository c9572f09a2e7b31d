"""Keys that make "Müller GmbH" and "Mueller G.m.b.H." one organisation, and names split."""

from __future__ import annotations

import pytest

from secretariat.imports.matching import (
    Candidates,
    email_key,
    organisation_key,
    person_key,
    split_full_name,
    website_host,
)


@pytest.mark.parametrize(
    "name",
    [
        "Müller GmbH",
        "Mueller G.m.b.H.",
        "MULLER gmbh",
        "Müller  GmbH & Co. KG",
        "Müller AG",
        "Müller e.V.",
        "Mueller eV",
        "Müller UG (haftungsbeschränkt)",
        "Müller SE",
        "Müller KGaA",
        "Müller Ltd",
        "Müller Inc.",
        "Müller LLC",
        "Müller S.A.",
        "Müller B.V.",
        "Müller Sp. z o.o.",
        "Müller mbH",
        "Müller OHG",
        "Müller e.G.",
    ],
)
def test_spellings_and_legal_forms_give_one_key(name):
    assert organisation_key(name) == organisation_key("Müller GmbH") == "muller"


def test_different_names_stay_apart():
    assert organisation_key("Müller Bau GmbH") != organisation_key("Müller GmbH")
    assert organisation_key("Bauer GmbH") != organisation_key("Baur GmbH")  # "ue" after a vowel
    assert organisation_key("Straßen-Bau AG") == organisation_key("Strassenbau")
    assert organisation_key("AG") == "ag"  # a name that is only a legal form keeps it


def test_people_and_addresses():
    assert person_key("Jürgen", "Müller") == person_key("Juergen", "MUELLER")
    assert person_key("Anna", "") == ""
    assert email_key("  Anna@Example.DE ") == "anna@example.de"
    assert website_host("https://www.Mueller.de/impressum") == "mueller.de"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Frau Dr. Anna Müller", ("ms", "Dr.", "Anna", "Müller")),
        (
            "Herr Prof. Dr.-Ing. Hans von der Heide",
            ("mr", "Prof. Dr.-Ing.", "Hans", "von der Heide"),
        ),
        ("Müller, Anna", ("", "", "Anna", "Müller")),
        ("Anna Lena Schmidt", ("", "", "Anna Lena", "Schmidt")),
        ("Ma Li", ("", "", "Ma", "Li")),
        ("Schmidt", ("", "", "", "Schmidt")),
    ],
)
def test_full_names_are_split(text, expected):
    name = split_full_name(text)
    assert (name.salutation, name.title, name.first_name, name.last_name) == expected


def test_records_win_over_earlier_rows():
    candidates = Candidates("contact")
    candidates.add_row("email", "a@b.de", 3, "same e-mail as row 3")
    assert candidates.find([("email", "a@b.de")]).row_number == 3
    candidates.add_record("email", "a@b.de", 42, "same e-mail as Anna (contact 42)")
    assert candidates.find([("email", "a@b.de")]).record_id == 42
    assert candidates.find([("email", "")]) is None
