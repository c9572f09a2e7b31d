"""``secretariat export event ...`` and ``secretariat export labels``, run as a user
runs them: a separate process, no terminal, the database from --db."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from secretariat.demo import build_demo
from secretariat.store import ClusterDatabase

from .command import one_line, secretariat


@pytest.fixture(scope="module")
def cluster(tmp_path_factory) -> tuple[Path, int, int, int]:
    """A demo cluster; (path, event id, people expected, registrations) of the event
    with the most people expected."""
    path = tmp_path_factory.mktemp("cli") / "cluster.sqlite3"
    with ClusterDatabase.open(path, staff="anna") as db:
        build_demo(db, organisations=30, seed=3, today=date(2026, 11, 1))
        best = (0, 0, 0)
        for event in db.events.list(limit=None):
            rows = db.registrations.list(filters={"event_id": event["id"]}, limit=None)
            expected = sum(1 for r in rows if r["status"] in ("registered", "attended"))
            if expected > best[1]:
                best = (event["id"], expected, len(rows))
    assert best[1] > 0
    return path, *best


def test_sign_in_sheet(cluster, tmp_path):
    path, event_id, expected, _everyone = cluster
    out = tmp_path / "signin.pdf"
    result = secretariat("--db", str(path), "export", "event", str(event_id), "signin", str(out))
    assert result.returncode == 0, result.stderr
    assert one_line(result.stdout) == f"{expected} people written to {out}"
    assert out.read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize("ending", [".pdf", ".xlsx"])
def test_participant_list(cluster, tmp_path, ending):
    path, event_id, _expected, everyone = cluster
    out = tmp_path / f"teilnehmende{ending}"
    result = secretariat(
        "--db", str(path), "export", "event", str(event_id), "participants", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert one_line(result.stdout) == f"{everyone} people written to {out}"
    if ending == ".xlsx":
        sheet = openpyxl.load_workbook(out).worksheets[0]
        assert sheet.max_row == everyone + 1


def test_public_participant_list(cluster, tmp_path):
    path, event_id, expected, _everyone = cluster
    out = tmp_path / "teilnehmende.pdf"
    result = secretariat(
        "--db", str(path), "export", "event", str(event_id), "participants", str(out), "--public"
    )
    assert result.returncode == 0, result.stderr
    assert one_line(result.stdout) == f"{expected} people written to {out}"


def test_event_labels(cluster, tmp_path):
    path, event_id, expected, _everyone = cluster
    out = tmp_path / "etiketten.pdf"
    result = secretariat(
        "--db", str(path), "export", "event", str(event_id), "labels", str(out), "--layout", "2x7"
    )
    assert result.returncode == 0, result.stderr
    assert one_line(result.stdout) == f"{expected} labels written to {out}"


@pytest.mark.parametrize(("options", "count"), [((), 30), (("--layout", "2x7"), 30)])
def test_organisation_labels(cluster, tmp_path, options, count):
    path = cluster[0]
    out = tmp_path / "etiketten.pdf"
    result = secretariat("--db", str(path), "export", "labels", str(out), *options)
    assert result.returncode == 0, result.stderr
    assert one_line(result.stdout) == f"{count} labels written to {out}"


def test_member_labels(cluster, tmp_path):
    path = cluster[0]
    with ClusterDatabase.open(path, create=False) as db:
        members = db.organisations.count(filters={"relation": "member"})
    out = tmp_path / "etiketten.pdf"
    result = secretariat("--db", str(path), "export", "labels", str(out), "--members-only")
    assert result.returncode == 0, result.stderr
    assert one_line(result.stdout) == f"{members} labels written to {out}"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("event", "{event}", "nametags", "{tmp}/x.pdf"), "invalid choice: 'nametags'"),
        (("event", "{event}", "signin", "{tmp}/x.xlsx"), "does not end in .pdf"),
        (("event", "{event}", "labels", "{tmp}/x.xlsx"), "does not end in .pdf"),
        (("event", "{event}", "participants", "{tmp}/x.csv"), "does not end in .pdf or .xlsx"),
        (("event", "eins", "signin", "{tmp}/x.pdf"), "is not an event number"),
        (("event", "{event}", "signin", "{tmp}/x.pdf", "--layout", "2x7"), "labels only"),
        (("labels", "{tmp}/x.xlsx"), "does not end in .pdf"),
        (("labels", "{tmp}/x.pdf", "--layout", "4x4"), "invalid choice: '4x4'"),
    ],
)
def test_bad_input_is_a_usage_error(cluster, tmp_path, arguments, message):
    path, event_id, _expected, _everyone = cluster
    filled = [a.format(event=event_id, tmp=tmp_path) for a in arguments]
    result = secretariat("--db", str(path), "export", *filled)
    assert result.returncode == 2
    assert message in one_line(result.stderr)
    assert result.stdout == ""
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("paper", ["signin", "participants", "labels"])
def test_an_unknown_event(cluster, tmp_path, paper):
    path = cluster[0]
    out = tmp_path / "x.pdf"
    result = secretariat("--db", str(path), "export", "event", "99", paper, str(out))
    assert result.returncode == 1
    assert one_line(result.stderr) == "secretariat export: There is no event #99."
    assert not out.exists()


def test_an_unwritable_place(cluster, tmp_path):
    path, event_id, _expected, _everyone = cluster
    out = tmp_path / "missing" / "x.pdf"
    result = secretariat("--db", str(path), "export", "event", str(event_id), "signin", str(out))
    assert result.returncode == 1
    assert "does not exist" in one_line(result.stderr)
    result = secretariat("--db", str(path), "export", "labels", str(out))
    assert result.returncode == 1
    assert "does not exist" in one_line(result.stderr)


@pytest.mark.parametrize("document", ["event", "labels"])
def test_the_commands_explain_themselves(document):
    result = secretariat("export", document, "--help")
    assert result.returncode == 0
    assert result.stdout.startswith(f"usage: secretariat export {document}")


@pytest.mark.parametrize("size", ["90x55", "85x54", "100x70"])
def test_badges(cluster, tmp_path, size):
    path, event_id, expected, _everyone = cluster
    out = tmp_path / "namensschilder.pdf"
    result = secretariat(
        "--db", str(path), "export", "event", str(event_id), "badges", str(out), "--size", size
    )
    assert result.returncode == 0, result.stderr
    noun = "badge" if expected == 1 else "badges"
    assert one_line(result.stdout) == f"{expected} {noun} written to {out}"
    assert out.read_bytes().startswith(b"%PDF-")


def test_programme_flyer(cluster, tmp_path):
    path, event_id, _expected, _everyone = cluster
    with ClusterDatabase.open(path, create=False) as db:
        items = db.programme_items.count(filters={"event_id": event_id})
    out = tmp_path / "programm.pdf"
    result = secretariat("--db", str(path), "export", "event", str(event_id), "programme", str(out))
    assert result.returncode == 0, result.stderr
    noun = "programme item" if items == 1 else "programme items"
    assert one_line(result.stdout) == f"{items} {noun} written to {out}"
    assert out.read_bytes().startswith(b"%PDF-")


def test_certificates(cluster, tmp_path):
    path = cluster[0]
    with ClusterDatabase.open(path, create=False) as db:
        attended: dict[int, int] = {}
        for row in db.registrations.list(filters={"status": "attended"}, limit=None):
            attended[row["event_id"]] = attended.get(row["event_id"], 0) + 1
        nobody = next(e["id"] for e in db.events.list(limit=None) if e["id"] not in attended)
    assert attended, "the demo has nobody marked as attended"
    event_id, count = max(attended.items(), key=lambda pair: pair[1])
    out = tmp_path / "bescheinigungen.pdf"
    result = secretariat(
        "--db", str(path), "export", "event", str(event_id), "certificates", str(out)
    )
    assert result.returncode == 0, result.stderr
    noun = "certificate" if count == 1 else "certificates"
    assert one_line(result.stdout) == f"{count} {noun} written to {out}"
    assert out.read_bytes().startswith(b"%PDF-")
    empty = tmp_path / "leer.pdf"
    result = secretariat(
        "--db", str(path), "export", "event", str(nobody), "certificates", str(empty)
    )
    assert result.returncode == 1
    assert one_line(result.stderr) == "secretariat export: Nobody is marked as attended yet."
    assert not empty.exists()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("badges", "{tmp}/x.xlsx"), "does not end in .pdf"),
        (("programme", "{tmp}/x.docx"), "does not end in .pdf"),
        (("certificates", "{tmp}/x.xlsx"), "does not end in .pdf"),
        (("badges", "{tmp}/x.pdf", "--size", "50x50"), "invalid choice: '50x50'"),
        (("signin", "{tmp}/x.pdf", "--size", "100x70"), "badges only"),
    ],
)
def test_bad_document_input_is_a_usage_error(cluster, tmp_path, arguments, message):
    path, event_id, _expected, _everyone = cluster
    filled = [a.format(tmp=tmp_path) for a in arguments]
    result = secretariat("--db", str(path), "export", "event", str(event_id), *filled)
    assert result.returncode == 2
    assert message in one_line(result.stderr)
    assert result.stdout == ""
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("paper", ["badges", "programme", "certificates"])
def test_documents_of_an_unknown_event(cluster, tmp_path, paper):
    path = cluster[0]
    out = tmp_path / "x.pdf"
    result = secretariat("--db", str(path), "export", "event", "99", paper, str(out))
    assert result.returncode == 1
    assert one_line(result.stderr) == "secretariat export: There is no event #99."
    assert not out.exists()
