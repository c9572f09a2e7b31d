"""``secretariat export directory``, run as a user runs it: a separate process, no
terminal, the database from --db; the format follows the file name's ending."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import openpyxl
import pytest
import vobject

from secretariat.demo import build_demo
from secretariat.exports.directory_data import count_entries, directory_entries
from secretariat.store import ClusterDatabase

from .command import one_line, secretariat


@pytest.fixture(scope="module")
def cluster_file(tmp_path_factory) -> Path:
    """A demo cluster around today (the command lists today's members), with one
    organisation whose name a spreadsheet would run as a formula."""
    path = tmp_path_factory.mktemp("cli") / "cluster.sqlite3"
    with ClusterDatabase.open(path, staff="anna") as db:
        build_demo(db, organisations=25, seed=3)
        organisation = db.organisations.create(
            {
                "name": '=HYPERLINK("http://x","y")',
                "is_member": 1,
                "member_since": "2020-01-01",
                "postcode": "01067",
                "city": "Dresden",
                "phone": "+48123456789",
            }
        )
        contact = db.contacts.create(
            {"organisation_id": organisation["id"], "first_name": "Łukasz", "last_name": "Żółć"}
        )
        db.consents.create(
            {
                "contact_id": contact["id"],
                "purpose": "directory",
                "granted": 1,
                "recorded_on": "2026-01-01",
                "source": "Formular",
            }
        )
    return path


@pytest.fixture(scope="module")
def expected(cluster_file):
    with ClusterDatabase.open(cluster_file, create=False) as db:
        return count_entries(db), [
            contact["last_name"] for entry in directory_entries(db) for contact in entry.contacts
        ]


def test_xlsx(cluster_file, expected, tmp_path):
    out = tmp_path / "mitglieder.xlsx"
    result = secretariat("--db", str(cluster_file), "export", "directory", str(out))
    assert result.returncode == 0, result.stderr
    count, last_names = expected
    assert one_line(result.stdout) == f"{count} organisations written to {out}"
    workbook = openpyxl.load_workbook(out)
    contacts = workbook["Ansprechpartner"]  # German, the default document language
    assert [row[4] for row in contacts.iter_rows(min_row=2, values_only=True)] == last_names
    assert workbook["Organisationen"].max_row == count + 1
    for sheet in workbook:
        assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


@pytest.mark.parametrize(
    ("options", "bom", "delimiter"), [((), True, ";"), (("--comma",), False, ",")]
)
def test_csv(cluster_file, expected, tmp_path, options, bom, delimiter):
    out = tmp_path / "mitglieder.csv"
    result = secretariat("--db", str(cluster_file), "export", "directory", str(out), *options)
    assert result.returncode == 0, result.stderr
    count, last_names = expected
    assert one_line(result.stdout) == f"{count} organisations written to {out}"
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") == bom
    assert b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=delimiter))
    column = rows[0].index("Nachname")  # German, the default document language
    assert [row[column] for row in rows[1:] if row[column]] == last_names
    hostile = next(row for row in rows if row[column] == "Żółć")
    assert hostile[0] == '\'=HYPERLINK("http://x","y")'
    assert hostile[rows[0].index("PLZ")] == "01067"
    assert hostile[rows[0].index("Telefon Firma")] == "0048 12 345 67 89"


def test_vcf(cluster_file, expected, tmp_path):
    out = tmp_path / "kontakte.vcf"
    result = secretariat("--db", str(cluster_file), "export", "directory", str(out))
    assert result.returncode == 0, result.stderr
    count, last_names = expected
    assert one_line(result.stdout) == f"{count} organisations written to {out}"
    cards = list(vobject.readComponents(out.read_text(encoding="utf-8")))
    assert [card.n.value.family for card in cards] == last_names


def test_internal_lists_more(cluster_file, expected, tmp_path):
    out = tmp_path / "intern.vcf"
    result = secretariat("--db", str(cluster_file), "export", "directory", str(out), "--internal")
    assert result.returncode == 0, result.stderr
    cards = list(vobject.readComponents(out.read_text(encoding="utf-8")))
    assert len(cards) > len(expected[1])


@pytest.mark.parametrize(
    ("name", "options", "message"),
    [
        ("mitglieder.txt", (), r"does not end in \.pdf, \.xlsx, \.csv or \.vcf"),
        ("mitglieder", (), r"does not end in"),
        ("mitglieder.xlsx", ("--comma",), r"--comma applies to \.csv"),
        ("mitglieder.csv", ("--letter",), r"apply to \.pdf"),
        ("mitglieder.vcf", ("--group-by", "role"), r"apply to \.pdf"),
        ("mitglieder.pdf", ("--group-by", "size"), r"invalid choice"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(cluster_file, tmp_path, name, options, message):
    out = tmp_path / name
    result = secretariat("--db", str(cluster_file), "export", "directory", str(out), *options)
    assert result.returncode == 2
    assert re.search(message, one_line(result.stderr))
    assert not out.exists()


def test_missing_folder_is_one_line_and_exit_1(cluster_file, tmp_path):
    out = tmp_path / "nowhere" / "mitglieder.xlsx"
    result = secretariat("--db", str(cluster_file), "export", "directory", str(out))
    assert result.returncode == 1
    assert "does not exist" in one_line(result.stderr)
    assert not out.parent.exists()


def test_missing_database_is_one_line_and_exit_1(tmp_path):
    out = tmp_path / "mitglieder.csv"
    result = secretariat("--db", str(tmp_path / "none.sqlite3"), "export", "directory", str(out))
    assert result.returncode == 1
    one_line(result.stderr)
    assert not out.exists()


@pytest.mark.parametrize("options", [(), ("--group-by", "role", "--letter", "--internal")])
def test_pdf_when_available(cluster_file, expected, tmp_path, options):
    pytest.importorskip("secretariat.exports.directory_pdf")
    out = tmp_path / "mitglieder.pdf"
    result = secretariat("--db", str(cluster_file), "export", "directory", str(out), *options)
    assert result.returncode == 0, result.stderr
    assert one_line(result.stdout) == f"{expected[0]} organisations written to {out}"
    assert out.read_bytes().startswith(b"%PDF")
