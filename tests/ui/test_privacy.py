"""Data protection in the app, as a secretary uses it: the person's data report and
their erasure from the Contacts page, and the contacts without activity."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from secretariat.privacy.erasure import ERASED_NAME, erasure_preview
from secretariat.store import ClusterDatabase
from secretariat.ui.privacy import YEARS_SETTING, RetentionDialog
from secretariat.ui.record_page import RecordPage
from tests.pdf_readers import pdf_words

from .conftest import WAIT, answer_next_dialog, replace_text

FIRST, LAST = "Ottiliane", "Brumsteiger"
EMAIL = "o.brumsteiger@brumm-mail.example"


@pytest.fixture
def person(demo_path) -> int:
    with ClusterDatabase.open(demo_path, create=False) as db:
        firm = db.organisations.create({"name": "Textilhaus Rheydt OHG"})
        contact = db.contacts.create(
            {
                "organisation_id": firm["id"],
                "first_name": FIRST,
                "last_name": LAST,
                "email": EMAIL,
                "phone": "+49 2161 778899",
            }
        )
    return contact["id"]


@pytest.fixture
def contacts(qtbot, person, window) -> RecordPage:
    window.show_page("contacts")
    page = window.current_page()
    assert isinstance(page, RecordPage)
    replace_text(page.search, LAST)
    page.apply_search_now()
    assert page.model.rowCount() == 1
    rect = page.table.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.current_id() == person
    return page


def choose_file(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_the_data_protection_button_is_on_the_contacts_page_only(qtbot, window, contacts):
    assert contacts.privacy_button.isVisible() and contacts.privacy_button.isEnabled()
    actions = [action.text() for action in contacts.privacy_button.menu().actions()]
    assert actions == ["Personal data report…", "Erase this person…"]
    window.show_page("organisations")
    organisations = window.current_page()
    assert organisations.privacy_button is None
    assert organisations.findChild(type(contacts.privacy_button), "privacy") is None


def test_a_personal_data_report_as_pdf_and_json(qtbot, window, contacts, tmp_path, monkeypatch):
    pdf = tmp_path / "auskunft.pdf"
    choose_file(monkeypatch, pdf)
    contacts.report_action.trigger()
    words = pdf_words(pdf)
    assert f"{FIRST} {LAST}" in words and EMAIL in words and "Textilhaus Rheydt OHG" in words
    assert str(pdf) in window.statusBar().currentMessage()

    data = tmp_path / "auskunft.json"
    choose_file(monkeypatch, data)
    contacts.report_action.trigger()
    assert json.loads(data.read_text(encoding="utf-8"))["contact"]["last_name"] == LAST


def test_erasing_asks_naming_the_person_and_can_be_cancelled(qtbot, window, contacts, person):
    def cancel(box):
        assert box.objectName() == "erase_confirmation"
        assert f"{FIRST} {LAST}" in box.text() and "Textilhaus Rheydt OHG" in box.text()
        assert "cannot be undone" in box.informativeText()
        assert "backup" in box.informativeText()
        box.button(QMessageBox.StandardButton.Cancel).click()

    seen = answer_next_dialog(cancel)
    contacts.erase_action.trigger()
    assert len(seen) == 1
    assert window.db.contacts.get(person)["last_name"] == LAST
    assert contacts.record_title.text() == f"{FIRST} {LAST}"


def test_erasing_a_person_from_the_contacts_page(qtbot, window, contacts, person):
    def erase(box):
        erase_button = next(b for b in box.buttons() if b.text() == "Erase")
        erase_button.click()

    answer_next_dialog(erase)
    contacts.erase_action.trigger()

    assert contacts.record_title.text() == ERASED_NAME
    assert contacts.form.record["email"] is None
    assert "erased" in window.statusBar().currentMessage()
    replace_text(contacts.search, LAST)
    contacts.apply_search_now()
    assert contacts.model.rowCount() == 0
    assert erasure_preview(window.db, person).already_erased
    path = window.db.path
    contents = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        contents += wal.read_bytes()
    assert LAST.lower().encode() not in contents.lower()
    assert EMAIL.encode() not in contents


def _age(path, contact_ids, moment: str) -> None:
    with ClusterDatabase.open(path, create=False) as db:
        for contact_id in contact_ids:
            db.execute(
                "UPDATE contacts SET created_at = ?, updated_at = ? WHERE id = ?",
                (moment, moment, contact_id),
            )


def test_contacts_without_activity_anonymised_after_a_confirmation(
    qtbot, demo_path, person, settings
):
    with ClusterDatabase.open(demo_path, create=False) as db:
        other = db.contacts.create({"first_name": "Hilmar", "last_name": "Staubfeld"})
    _age(demo_path, [person, other["id"]], "2015-06-01T10:00:00Z")
    db = ClusterDatabase.open(demo_path, create=False)
    try:
        dialog = RetentionDialog(db, settings)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.years.value() == 3
        assert dialog.width() <= 800 and dialog.height() <= 800
        dialog.years.setValue(10)
        names = [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]
        assert names == [f"{FIRST} {LAST}", "Hilmar Staubfeld"]
        assert dialog.table.item(0, 3).text() == "01.06.2015"
        assert settings.value(YEARS_SETTING) in (10, "10")
        assert not dialog.erase_button.isEnabled()

        qtbot.mouseClick(dialog.select_all_button, Qt.MouseButton.LeftButton)
        assert dialog.erase_button.isEnabled()

        def confirm(box):
            assert box.objectName() == "anonymise_confirmation"
            assert "2" in box.text() and LAST in box.text() and "Staubfeld" in box.text()
            next(b for b in box.buttons() if b.text() == "Anonymise").click()

        answer_next_dialog(confirm)
        with qtbot.waitSignal(dialog.changed, timeout=WAIT):
            qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
        assert dialog.table.rowCount() == 0
        assert "2 contact(s) anonymised" in dialog.status.text()
        assert db.contacts.get(person)["last_name"] == ERASED_NAME
        assert db.contacts.get(other["id"])["last_name"] == ERASED_NAME

        again = RetentionDialog(db, settings)
        qtbot.addWidget(again)
        assert again.years.value() == 10  # remembered
    finally:
        db.close()
