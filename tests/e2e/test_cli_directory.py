"""``secretariat export directory``, run as a user runs it: a separate process, no
terminal, the database from --db; the format follows the file name's ending."""

from __future__ import annotations

import csv
import io
import re
import sqlite3
import unicodedata
from datetime import date
from pathlib import Path

import openpyxl
import pytest
import vobject

from secretariat.demo import build_demo
from secretariat.store import ClusterDatabase
from tests.pdf_readers import assert_sound, pdf_words

from .command import one_line, secretariat

# The demo's memberships begin and end on days long past, so that none begins or
# ends today, whatever day the tests run on (and when midnight falls during them).
DEMO_DAY = date(2024, 6, 1)


@pytest.fixture(scope="module")
def cluster_file(tmp_path_factory) -> Path:
    """A demo cluster (the command lists today's members: those of the demo's day who
    had not given notice), with one organisation whose name a spreadsheet would run as
    a formula."""
    path = tmp_path_factory.mktemp("cli") / "cluster.sqlite3"
    with ClusterDatabase.open(path, staff="anna") as db:
        build_demo(db, organisations=25, seed=3, today=DEMO_DAY)
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


# What the directory promises, written here in plain SQL rather than asked of the
# program: the organisations that are members today, and at each the people not
# erased whose newest statement on being listed in the directory is a yes.
MEMBERS = """
SELECT id, name FROM organisations
WHERE is_member = 1
  AND (member_since IS NULL OR member_since <= :today)
  AND (member_until IS NULL OR member_until >= :today)
"""
PEOPLE = """
SELECT contacts.organisation_id, contacts.id, contacts.last_name, contacts.first_name
FROM contacts WHERE contacts.id NOT IN (SELECT contact_id FROM erasures)
"""
AGREED = """
SELECT contacts.id FROM contacts
WHERE (SELECT granted FROM consents
       WHERE consents.contact_id = contacts.id AND consents.purpose = 'directory'
       ORDER BY consents.recorded_on DESC, consents.id DESC LIMIT 1) = 1
"""


def alphabetical(text: str) -> tuple[str, str]:
    """As a German phone list sorts: accents and case aside ("Żółć" with the Z's,
    "Łukasz" with the L's, "ß" as "ss"), then the text itself."""
    spelled = text.replace("ß", "ss").replace("ł", "l").replace("Ł", "L")
    decomposed = unicodedata.normalize("NFKD", spelled)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold(), text


def listed(path: Path, *, internal: bool = False) -> tuple[int, list[tuple[str, str]]]:
    """(how many organisations, the (last name, first name) of the people listed in
    order: the organisations alphabetically, at each its people by last name)."""
    conn = sqlite3.connect(path)
    try:
        members = conn.execute(MEMBERS, {"today": date.today().isoformat()}).fetchall()
        people = conn.execute(PEOPLE).fetchall()
        agreed = {row[0] for row in conn.execute(AGREED)}
    finally:
        conn.close()
    at: dict[int, list[tuple[tuple[str, str], int, str]]] = {}
    for organisation_id, contact_id, last_name, first_name in people:
        if internal or contact_id in agreed:
            at.setdefault(organisation_id, []).append(
                (alphabetical(last_name), contact_id, first_name or "")
            )
    names = [
        (last_name, first_name)
        for organisation_id, _ in sorted(members, key=lambda row: (alphabetical(row[1]), row[0]))
        for (_, last_name), _, first_name in sorted(at.get(organisation_id, []))
    ]
    return len(members), names


@pytest.fixture(scope="module")
def expected(cluster_file) -> tuple[int, list[str]]:
    """(how many organisations, the last names listed in order)."""
    count, names = listed(cluster_file)
    last_names = [last_name for last_name, _ in names]
    assert 5 < count < 25 and "Żółć" in last_names  # members, not all; the one added above
    return count, last_names


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


def test_internal_lists_everyone(cluster_file, expected, tmp_path):
    out = tmp_path / "intern.vcf"
    result = secretariat("--db", str(cluster_file), "export", "directory", str(out), "--internal")
    assert result.returncode == 0, result.stderr
    cards = list(vobject.readComponents(out.read_text(encoding="utf-8")))
    _, everyone = listed(cluster_file, internal=True)
    assert [card.n.value.family for card in cards] == [last_name for last_name, _ in everyone]
    assert len(everyone) > len(expected[1])


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
def test_pdf(cluster_file, expected, tmp_path, options):
    out = tmp_path / "mitglieder.pdf"
    result = secretariat("--db", str(cluster_file), "export", "directory", str(out), *options)
    assert result.returncode == 0, result.stderr
    assert one_line(result.stdout) == f"{expected[0]} organisations written to {out}"
    assert_sound(out)
    _, everyone = listed(cluster_file, internal=True)
    _, agreed = listed(cluster_file)
    names = {f"{first} {last}".strip() for last, first in everyone}
    shown = names if "--internal" in options else {f"{f} {last}".strip() for last, f in agreed}
    assert "--internal" in options or names - shown, "someone did not agree to be listed"
    words = pdf_words(out, layout=False)
    assert sorted(name for name in shown if name not in words) == []
    assert sorted(name for name in names - shown if name in words) == []  # not agreed: not there
