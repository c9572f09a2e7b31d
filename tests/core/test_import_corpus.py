"""Every real export of the shared corpus imported into an empty database, with the
rows and fields it holds — also the 354 address cards of an Android phone, whose
numbers without country code are kept in the notes instead of losing the person."""

from __future__ import annotations

from pathlib import Path

import pytest

from secretariat.imports.plan import NOTES_PREFIX
from secretariat.imports.run import import_file
from secretariat.store import ClusterDatabase

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")


@pytest.fixture
def db():
    database = ClusterDatabase.in_memory()
    yield database
    database.close()


def people(db) -> set[tuple[str, str, str]]:
    rows = db.contacts.list(limit=None)
    names = {row["id"]: row.get("organisation_name") or "" for row in rows}
    return {(row["first_name"], row["last_name"], names[row["id"]]) for row in rows}


@pytest.mark.parametrize(
    "name", ["excel_de_ansi_semicolon.csv", "excel_de_utf8bom_semicolon.csv", "excel_sep_hint.csv"]
)
def test_german_excel_member_lists(db, name):
    outcome = import_file(db, "contacts", CORPUS / "formats" / name)
    assert outcome.summary.text() == "imported 2, updated 0, skipped 0, rejected 0"
    assert people(db) == {
        ("Jürgen", "Straßer", "Müller & Söhne GmbH"),
        ("Zoë", "D'Arcy", 'Bäckerei "Zum Korn"; Filiale 2'),
    }
    postcodes = {row["name"]: row["postcode"] for row in db.organisations.list(limit=None)}
    assert postcodes["Müller & Söhne GmbH"] == "01067"  # the leading zero kept


@pytest.mark.parametrize(
    "name",
    [
        "outlook_de_cp1252.csv",
        "outlook_en_cp1252.csv",
        "google_contacts_utf8.csv",
        "thunderbird_utf8.csv",
    ],
)
def test_address_book_exports(db, name):
    outcome = import_file(db, "contacts", CORPUS / "formats" / name)
    assert outcome.summary.rejected == 0 and outcome.summary.created >= 1
    contacts = db.contacts.list(limit=None)
    assert len(contacts) == outcome.summary.created
    assert all(person["last_name"] for person in contacts)
    assert any(person["email"] for person in contacts)
    again = import_file(db, "contacts", CORPUS / "formats" / name)
    assert again.summary.created == 0  # the same file twice creates nothing


def test_the_android_phone_book(db):
    outcome = import_file(db, "contacts", CORPUS / "vobject-tests" / "radicale_1238_3.vcf")
    assert outcome.summary.text() == "imported 354, updated 0, skipped 0, rejected 0"
    assert db.contacts.count() == 354
    noted = [row for row in db.contacts.list(limit=None) if (row.get("notes") or "").strip()]
    kept = [row for row in noted if NOTES_PREFIX in row["notes"]]
    assert any("13752517561" in row["notes"] for row in kept)  # nothing lost
    assert any("Not recognised, kept in the notes" in reason for reason in outcome.reasons)


@pytest.mark.parametrize("name", sorted(p.name for p in (CORPUS / "vobject-tests").glob("*.vcf")))
def test_every_vcard_file_imports(db, name):
    outcome = import_file(db, "contacts", CORPUS / "vobject-tests" / name)
    assert outcome.summary.created + outcome.summary.skipped >= 1
    assert db.contacts.count() == outcome.summary.created
