"""``secretariat import`` as a user runs it: real export files in, one summary line
out, duplicates not created twice, rejects written to a file, and undo."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from secretariat.store import ClusterDatabase
from tests.e2e.command import one_line, secretariat

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")


@pytest.fixture
def empty(tmp_path):
    path = tmp_path / "cluster.sqlite3"
    assert secretariat("--db", str(path), "demo", "--organisations", "0").returncode == 0
    return path


@needs_corpus
@pytest.mark.parametrize(
    "name", ["outlook_de_cp1252.csv", "outlook_en_cp1252.csv", "google_contacts_utf8.csv"]
)
def test_contact_exports_import_once(empty, name):
    file = CORPUS / "formats" / name
    first = secretariat("--db", str(empty), "import", "contacts", str(file))
    assert first.returncode == 0, first.stderr
    line = one_line(first.stdout)
    assert line.startswith("imported ") and "rejected 0" in line
    imported = int(line.split()[1].rstrip(","))
    assert imported >= 1
    again = secretariat("--db", str(empty), "import", "contacts", str(file), "--json")
    assert again.returncode == 0, again.stderr
    summary = json.loads(again.stdout)
    assert summary["imported"] == 0 and summary["skipped"] == imported  # nothing twice
    with ClusterDatabase.open(empty, create=False) as db:
        assert db.contacts.count() == imported


def test_rejects_dry_run_and_undo(empty, tmp_path):
    file = tmp_path / "liste.csv"
    file.write_text(
        "Firma;Vorname;Nachname;E-Mail\r\n"
        "Müller GmbH;Anna;Schmidt;anna@mueller.example\r\n"
        "Mueller G.m.b.H.;Bernd;Kaiser;bernd@mueller.example\r\n"
        "Müller GmbH;Carla;Ohne;carla-at-mueller\r\n",
        encoding="utf-8-sig",
    )
    rejects = tmp_path / "abgelehnt.csv"
    dry = secretariat("--db", str(empty), "import", "contacts", str(file), "--dry-run")
    assert dry.returncode == 0
    assert "imported 2, updated 0, skipped 0, rejected 1" in one_line(dry.stdout)
    assert "Row 4, E-mail" in dry.stderr
    with ClusterDatabase.open(empty, create=False) as db:
        assert db.contacts.count() == 0  # a dry run writes nothing
    result = secretariat(
        "--db", str(empty), "import", "contacts", str(file), "--rejects", str(rejects), "--json"
    )
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["imported"], summary["rejected"], summary["organisations_created"]) == (2, 1, 1)
    with rejects.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == ["Firma", "Vorname", "Nachname", "E-Mail", "Problem"]
    assert rows[1][:4] == ["Müller GmbH", "Carla", "Ohne", "carla-at-mueller"]
    with ClusterDatabase.open(empty, create=False) as db:
        assert db.organisations.count() == 1  # Müller GmbH and Mueller G.m.b.H. are one
    undo = secretariat("--db", str(empty), "import", "undo", str(summary["batch"]))
    assert undo.returncode == 0, undo.stderr
    assert one_line(undo.stdout).startswith(f"batch {summary['batch']} undone")
    with ClusterDatabase.open(empty, create=False) as db:
        assert db.contacts.count() == 0 and db.organisations.count() == 0


def test_an_unreadable_file_is_the_only_failure(empty, tmp_path):
    broken = tmp_path / "liste.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    result = secretariat("--db", str(empty), "import", "organisations", str(broken))
    assert result.returncode == 1
    assert "liste.xlsx" in one_line(result.stderr)
    missing = secretariat("--db", str(empty), "import", "contacts", str(tmp_path / "fehlt.csv"))
    assert missing.returncode == 1 and "fehlt.csv" in one_line(missing.stderr)


def test_a_german_member_list_with_german_words_in_its_cells(empty, tmp_path):
    """Anrede "Frau"/"Herr", Art "Hochschule", Clusterrolle in German: all understood."""
    file = tmp_path / "mitglieder.csv"
    file.write_text(
        "Anrede;Vorname;Nachname;Firma;E-Mail\r\n"
        "Frau;Jana;Quist;Hochschule Bochum;jana.quist@hs-bochum.example\r\n"
        "Herr;Jens;Quast;Hochschule Bochum;jens.quast@hs-bochum.example\r\n"
        "Divers;Kim;Quest;Hochschule Bochum;kim.quest@hs-bochum.example\r\n",
        encoding="utf-8-sig",
    )
    result = secretariat("--db", str(empty), "import", "contacts", str(file), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["rejected"] == 0
    with ClusterDatabase.open(empty, create=False) as db:
        salutations = {c["last_name"]: c["salutation"] for c in db.contacts.list(limit=None)}
    assert salutations == {"Quist": "ms", "Quast": "mr", "Quest": "mx"}
