"""The import wizard as a secretary uses it: choose the file, fix one column's
mapping, decide about a duplicate, import, and undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWizard

from secretariat.store import ClusterDatabase
from secretariat.ui.import_wizard import ImportWizard

from .conftest import WAIT, replace_text

LIST = (
    "Firma;Vorname;Nachname;E-Mail;Aufgabe im Verein\r\n"
    "Wupperstahl GmbH;Jürgen;Straßer;j.strasser@wupperstahl.example;Schatzmeister\r\n"
    "Wupperstahl GmbH;Erika;Musterfrau;erika@musterfrau.example;Vorstand\r\n"
    "Ruhrlicht AG;Ayşe;Yılmaz;ayse@ruhrlicht.example;Beirat\r\n"
    "Ruhrlicht AG;Kein;Mail;kein-at-mail;\r\n"
)


@pytest.fixture
def db(demo_path):
    database = ClusterDatabase.open(demo_path, create=False)
    yield database
    database.close()


@pytest.fixture
def list_file(tmp_path):
    path = tmp_path / "mitglieder.csv"
    path.write_bytes(LIST.encode("utf-8-sig"))
    return path


def click(qtbot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def test_from_file_to_result_with_a_changed_column_and_an_update(qtbot, db, list_file):
    erika = db.contacts.create(
        {"first_name": "Erika", "last_name": "Musterfrau", "email": "erika@musterfrau.example"}
    )
    contacts_before = db.contacts.count()
    wizard = ImportWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()

    # 1. the file
    page = wizard.file_page
    replace_text(page.path, str(list_file))
    page.kind.setCurrentIndex(page.kind.findData("contacts"))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.mapping_page

    # 2. the columns: the unknown header is ignored until the user says where it goes
    mapping = wizard.mapping_page
    combo = mapping.findChild(type(page.kind), "target-4")
    assert combo.currentData() is None
    assert mapping.findChild(type(page.kind), "target-3").currentData() == "contact.email"
    combo.setCurrentIndex(combo.findData("contact.position"))
    assert wizard.mapping.target_of(4) == "contact.position"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    # 3. the preview: Erika is a duplicate (same e-mail), the last row is rejected
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=WAIT)
    assert "imported 2, updated 0, skipped 1, rejected 1" in preview.summary.text()
    assert "same e-mail" in preview.table.item(_line(preview, 3), 3).text()
    assert "E-mail" in preview.table.item(_line(preview, 5), 3).text()
    decision = preview.findChild(type(page.kind), "decision-3")
    decision.setCurrentIndex(decision.findData("update"))
    assert "imported 2, updated 1, skipped 0, rejected 1" in preview.summary.text()
    assert db.contacts.count() == contacts_before  # nothing written yet
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)

    # 4. the result
    result = wizard.result_page
    qtbot.waitUntil(lambda: result.finished, timeout=30_000)
    assert result.status.text().startswith("Done: imported 2, updated 1, skipped 0, rejected 1")
    assert db.contacts.count() == contacts_before + 2
    assert db.contacts.get(erika["id"])["position"] == "Vorstand"  # the empty field filled
    ayse = [p for p in db.contacts.list(search="Yılmaz") if p["email"] == "ayse@ruhrlicht.example"]
    assert [(person["first_name"], person["position"]) for person in ayse] == [("Ayşe", "Beirat")]
    assert db.organisations.list(search="Ruhrlicht")  # made for the contacts

    # and undo, as a whole
    qtbot.mouseClick(result.undo_button, Qt.MouseButton.LeftButton)
    assert "undone" in result.status.text()
    assert db.contacts.count() == contacts_before
    assert db.contacts.get(erika["id"])["position"] in (None, "")
    assert not db.organisations.list(search="Ruhrlicht")


def _line(preview, number: int) -> int:
    return next(
        line
        for line in range(preview.table.rowCount())
        if preview.table.item(line, 0).text() == str(number)
    )


def test_an_unreadable_file_is_named_and_the_wizard_stays(qtbot, db, tmp_path):
    broken = tmp_path / "kaputt.xlsx"
    broken.write_bytes(b"not a workbook at all")
    wizard = ImportWizard(db, path=broken)
    qtbot.addWidget(wizard)
    wizard.show()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.file_page
    assert "kaputt.xlsx" in wizard.file_page.problem.text()


def test_dropping_a_list_on_the_window_opens_the_wizard(qtbot, window, list_file, monkeypatch):
    opened = []
    monkeypatch.setattr(type(window), "open_import", lambda self, path=None: opened.append(path))
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(list_file))])
    drop = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    assert opened == [str(list_file)]
