"""The workbooks as they come out of a printer, judged by LibreOffice: each is
printed to PDF by ``soffice --headless`` (a reader we did not write) and the pages
read with poppler: A4 landscape where the sheet is wide, every column on the page,
few pages, and the header row, the title and "Seite x von y" on every page.

LibreOffice is installed by ``make test`` (tools/system-packages.sh); where it is
missing, these tests fail and say how to install it — never pass unread."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from secretariat.demo import build_demo
from secretariat.exports.directory_tables import MemberDirectoryXlsx
from secretariat.exports.event_papers import ParticipantListXlsx
from secretariat.store import ClusterDatabase
from tests.pdf_readers import pdf_pages, pdf_text, run

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture(autouse=True)
def _libreoffice() -> None:
    if SOFFICE is None:
        pytest.fail("LibreOffice prints the workbooks: apt-get install libreoffice-calc-nogui")

A4_LANDSCAPE = "841.89 x 595.3"  # points, as pdfinfo writes them (595.304 rounds)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory) -> tuple[ClusterDatabase, int]:
    """A demo cluster of 100 organisations and its event with the most people."""
    path = tmp_path_factory.mktemp("printed") / "cluster.sqlite3"
    db = ClusterDatabase.open(path, staff="anna")
    build_demo(db, organisations=100, seed=4, today=date(2026, 11, 1))
    event = max(
        db.events.list(limit=None),
        key=lambda e: db.registrations.count(filters={"event_id": e["id"]}),
    )
    yield db, event["id"]
    db.close()


def printed(workbook: Path, folder: Path) -> Path:
    """The workbook printed to PDF by LibreOffice (its own profile, in ``folder``)."""
    profile = (folder / "profile").as_uri()
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(workbook),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return folder / f"{workbook.stem}.pdf"


def page_sizes(pdf: Path) -> list[str]:
    info = run("pdfinfo", "-f", "1", "-l", str(pdf_pages(pdf)), str(pdf))
    return [size.strip() for size in re.findall(r"^Page\s+\d+ size:\s+([\d. x]+)", info, re.M)]


def test_the_participant_list_prints_in_landscape_with_its_header_on_every_page(cluster, tmp_path):
    db, event_id = cluster
    workbook = tmp_path / "Teilnehmerliste.xlsx"
    people = ParticipantListXlsx(db, event_id).write(workbook)
    pdf = printed(workbook, tmp_path)
    pages = pdf_pages(pdf)
    # the people's pages (about 45 rows a page) and one of the counts
    assert 2 <= pages <= people // 30 + 2, pages
    sizes = page_sizes(pdf)
    assert all(size.startswith(A4_LANDSCAPE) for size in sizes[:-1]), sizes
    title = db.events.get(event_id)["title"]
    for page in range(1, pages + 1):
        text = " ".join(pdf_text(pdf, page=page).split())
        assert f"Seite {page} von {pages}" in text, page
        assert "INTERN – nicht zur Weitergabe" in text and "Teilnehmerliste – " in text, page
        if page < pages:  # the people: the header row, every column of it, on each page
            assert title in text, page  # (on the narrow counts page it is shortened)
            assert re.search(r"Nr\. Nachname Vorname Organisation E-Mail Rolle Status", text), page


def test_the_directory_prints_each_sheet_on_few_landscape_pages(cluster, tmp_path):
    db, _event_id = cluster
    workbook = tmp_path / "Mitgliederverzeichnis.xlsx"
    organisations = MemberDirectoryXlsx(db).write(workbook)
    pdf = printed(workbook, tmp_path)
    pages = pdf_pages(pdf)
    assert 3 <= pages <= 12, pages  # three sheets, fitted to the width
    assert all(size.startswith(A4_LANDSCAPE) for size in page_sizes(pdf))
    first = " ".join(pdf_text(pdf, page=1).split())
    assert "Mitgliederverzeichnis – Organisationen" in first
    assert re.search(r"Organisation Art Branche Clusterrollen Themen", first)
    assert f"Seite 1 von {pages}" in first
    text = pdf_text(pdf)
    assert text.count("Mitgliederverzeichnis – Ansprechpartner") >= 1
    assert organisations > 50
