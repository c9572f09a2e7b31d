"""Exporting through the dialog, as a secretary does: the work runs in the
background with a progress bar, and Cancel leaves no half-written file behind."""

from __future__ import annotations

import sqlite3
from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import Qt

from secretariat.demo import build_demo
from secretariat.store import ClusterDatabase
from secretariat.ui.export_dialog import ExportDialog

from .conftest import WAIT


@pytest.fixture(scope="module")
def thousand(tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "cluster.sqlite3"
    with ClusterDatabase.open(path) as db:
        build_demo(db, organisations=1000, seed=5, today=date(2026, 11, 1))
    return path


@pytest.fixture
def dialog(qtbot, thousand, settings):
    db = ClusterDatabase.open(thousand, create=False)
    window = ExportDialog(db, settings=settings)
    qtbot.addWidget(window)
    window.show()
    yield window
    if window.job is not None:
        window.job.wait()
    db.close()


def members_on(path, *days: date) -> set[int]:
    """How many organisations are members on each of ``days``, counted in plain SQL."""
    conn = sqlite3.connect(path)
    try:
        return {
            conn.execute(
                "SELECT count(*) FROM organisations WHERE is_member = 1 "
                "AND (member_since IS NULL OR member_since <= :day) "
                "AND (member_until IS NULL OR member_until >= :day)",
                {"day": day.isoformat()},
            ).fetchone()[0]
            for day in days
        }
    finally:
        conn.close()


def choose(combo, key) -> None:
    combo.setCurrentIndex(combo.findData(key))


def test_the_directory_of_1000_organisations_with_a_progress_bar(qtbot, dialog, tmp_path):
    target = tmp_path / "Verzeichnis.pdf"
    choose(dialog.kind, "pdf")
    dialog.path.setText(str(target))
    seen = []
    before = date.today()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.export_button.isEnabled() and dialog.progress.isVisible()
    dialog.job.progressed.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(dialog.job.finished, timeout=120_000):
        pass
    after = date.today()  # midnight may fall in between
    assert seen and seen[-1][1] in members_on(dialog.db.path, before, after)
    members = seen[-1][1]
    assert dialog.progress.value() == dialog.progress.maximum()
    assert dialog.status.text() == f"Done: {members} organisations written to {target.name}"
    assert target.read_bytes().startswith(b"%PDF")
    assert dialog.export_button.isEnabled() and dialog.cancel_button.text() == "Close"


def test_cancelling_leaves_nothing_behind(qtbot, dialog, tmp_path):
    target = tmp_path / "Verzeichnis.pdf"
    choose(dialog.kind, "pdf")
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.job.progressed, timeout=60_000):
        pass
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.job.finished, timeout=120_000):
        pass
    assert dialog.status.text() == "Cancelled. Nothing was written."
    left = [path for path in tmp_path.iterdir() if path.name != "settings.ini"]
    assert left == []  # no file, no temporary file
    assert dialog.isVisible()  # Cancel stopped the export, not the dialog


def test_an_excel_directory_through_the_dialog(qtbot, dialog, tmp_path):
    choose(dialog.kind, "xlsx")
    target = tmp_path / "Verzeichnis.xlsx"
    dialog.path.setText(str(target))
    assert not dialog.group_by.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.job.finished, timeout=120_000):
        pass
    book = openpyxl.load_workbook(target, read_only=True)
    assert book.sheetnames == ["Organisationen", "Ansprechpartner", "Produkte"]
    assert dialog.status.text().startswith("Done:")


def test_the_document_language_is_chosen_and_remembered(qtbot, thousand, settings, tmp_path):
    from tests.pdf_readers import pdf_text

    db = ClusterDatabase.open(thousand, create=False)
    first = ExportDialog(db, settings=settings)
    qtbot.addWidget(first)
    assert first.language.currentText() == "German"  # the default
    choices = [first.language.itemText(i) for i in range(first.language.count())]
    assert choices == ["German", "English"]
    choose(first.document, "report")
    choose(first.language, "en")
    target = tmp_path / "report.pdf"
    first.path.setText(str(target))
    qtbot.mouseClick(first.export_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(first.job.finished, timeout=120_000):
        pass
    text = pdf_text(target)
    assert "Annual Report" in text and "Page 1 of" in text
    assert "Jahresbericht" not in text and "Seite" not in text
    again = ExportDialog(db, settings=settings)
    qtbot.addWidget(again)
    assert again.language.currentData() == "en"  # remembered
    choose(again.kind, "vcf")
    assert not again.language.isEnabled()  # a vCard has no words of its own
    db.close()


@pytest.mark.parametrize(
    ("document", "kind"),
    [("report", "pdf"), ("member-labels", "2x7"), ("calendar", "ics")],
)
def test_cluster_documents_through_the_dialog(qtbot, dialog, tmp_path, document, kind):
    choose(dialog.document, document)
    choose(dialog.kind, kind)
    assert dialog.year.isEnabled() == (document == "report")
    target = tmp_path / f"out{dialog.suffix()}"
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.job.finished, timeout=120_000):
        pass
    assert dialog.status.text().startswith("Done:"), dialog.status.text()
    assert target.stat().st_size > 0


def test_event_documents_through_the_dialog(qtbot, thousand, tmp_path, settings):
    db = ClusterDatabase.open(thousand, create=False)
    event = max(
        db.events.list(limit=None),
        key=lambda e: db.registrations.count(filters={"event_id": e["id"], "status": "attended"}),
    )
    dialog = ExportDialog(db, event_id=event["id"], settings=settings)
    qtbot.addWidget(dialog)
    offered = [dialog.document.itemData(i) for i in range(dialog.document.count())]
    assert offered == ["signin", "participants", "labels", "badges", "programme", "certificates"]
    for document in offered:
        choose(dialog.document, document)
        target = tmp_path / f"{document}{dialog.suffix()}"
        dialog.path.setText(str(target))
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        with qtbot.waitSignal(dialog.job.finished, timeout=120_000):
            pass
        assert dialog.status.text().startswith("Done:"), (document, dialog.status.text())
        assert target.read_bytes()[:4] in (b"%PDF", b"PK\x03\x04")
    db.close()


def test_export_the_organisations_in_the_list(qtbot, tmp_path, main_window):
    import csv

    window, db = main_window, main_window.db
    window.show_page("organisations")
    page = window.current_page()
    city = page.filters["city"]
    city.setCurrentIndex(city.findText("Köln"))
    shown = page.model.all_ids()
    assert 0 < len(shown) < db.organisations.count()
    target = tmp_path / "koeln.csv"
    _export_from_page(qtbot, window, "organisations", "directory", "csv", target)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    names = {name for row in rows for key, name in row.items() if key == "Organisation"}
    expected = {db.organisations.get(i)["name"] for i in shown}
    assert names == expected


def _export_from_page(qtbot, window, page_key, document, kind, target, *, scope=1, language="en"):
    """Click the page's Export… button and export ``document`` as ``kind`` in
    ``language`` to ``target``."""
    from .conftest import answer_next_dialog

    window.show_page(page_key)
    page = window.current_page()

    def export(dialog):
        choose(dialog.document, document)
        choose(dialog.kind, kind)
        choose(dialog.language, language)
        if scope is None:  # a document of the selected record only
            assert not dialog.scope.isEnabled()
        else:
            dialog.scope.setCurrentIndex(scope)
        if scope == 1:
            count = len(page.model.all_ids())
            assert dialog.scope.currentText() == f"The {count} shown in the list"
        dialog.path.setText(str(target))
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.job.running, timeout=60_000)
        qtbot.waitUntil(lambda: dialog.status.text().startswith("Done"), timeout=WAIT)
        dialog.accept()

    answer_next_dialog(export)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    return page


@pytest.fixture
def main_window(qtbot, settings, demo_path):
    from secretariat.ui.main_window import MainWindow

    db = ClusterDatabase.open(demo_path, create=False)
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    yield window
    db.close()


def test_the_contacts_list_as_a_spreadsheet(qtbot, tmp_path, main_window):
    """Every list has Export…: the contacts searched for, every field, names not ids."""
    window = main_window
    window.show_page("contacts")
    page = window.current_page()
    page.search.setText("a")
    page.apply_search_now()
    shown = page.model.all_ids()
    assert 0 < len(shown) < window.db.contacts.count()
    target = tmp_path / "kontakte.xlsx"
    _export_from_page(qtbot, window, "contacts", "list", "xlsx", target)
    sheet = openpyxl.load_workbook(target).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert {"Organisation", "First name", "Last name", "E-mail"} <= set(header)
    assert len(rows) - 1 == len(shown)
    first = window.db.contacts.get(shown[0])
    organisation = window.db.organisations.get(first["organisation_id"])["name"]
    line = dict(zip(header, rows[1], strict=True))
    assert line["Last name"] == first["last_name"]
    assert line["Organisation"] == organisation  # the name, not the id
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
    assert not any(
        cell.data_type == "f" for row in sheet.iter_rows() for cell in row
    )  # no formulas, whatever the data


def test_the_events_list_as_a_calendar_and_as_csv(qtbot, tmp_path, main_window):
    import csv

    import icalendar

    window = main_window
    calendar_file = tmp_path / "termine.ics"
    page = _export_from_page(qtbot, window, "events", "calendar", "ics", calendar_file)
    shown = page.model.all_ids()
    parsed = icalendar.Calendar.from_ical(calendar_file.read_bytes())
    titles = sorted(str(event["SUMMARY"]) for event in parsed.walk("VEVENT"))
    assert titles == sorted(window.db.events.get(i)["title"] for i in shown)
    table = tmp_path / "termine.csv"
    _export_from_page(qtbot, window, "events", "list", "csv", table)
    with table.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert sorted(row["Title"] for row in rows) == titles


def test_a_story_as_a_press_release_from_the_stories_list(qtbot, tmp_path, main_window):
    """Stories → select one → Export… → Press release: the story on the letterhead."""
    from tests.pdf_readers import pdf_words

    window = main_window
    window.show_page("stories")
    page = window.current_page()
    story = window.db.stories.get(page.model.all_ids()[0])
    page.select_record(story["id"])
    target = tmp_path / "Pressemitteilung.pdf"
    _export_from_page(
        qtbot, window, "stories", "press-release", "pdf", target, scope=None, language="de"
    )
    text = " ".join(pdf_words(target).split())
    assert " ".join(story["title"].split()) in text
    assert "Pressemitteilung" in text and "Seite 1 von" in text
