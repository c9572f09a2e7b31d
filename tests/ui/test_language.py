"""The program in German and in English: every page, the menus, a form, a dialog's
standard buttons, and dates typed as each language writes them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QWidget,
)

from secretariat.store import ClusterDatabase, UnusableFileError
from secretariat.ui import language
from secretariat.ui.main_window import MainWindow
from secretariat.ui.open_problem import OpenProblemDialog

from .conftest import WAIT, answer_next_dialog, replace_text
from .test_daily_work import click_row, open_page

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"


def compiled() -> None:
    """The .qm files, built from the .ts when missing or older (make translations)."""
    ts = FOLDER / "secretariat_de.ts"
    wanted = [FOLDER / "secretariat_de.qm", FOLDER / "secretariat_pseudo.qm"]
    if any(not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime for qm in wanted):
        subprocess.run(
            [sys.executable, str(ROOT / "tools" / "translations.py"), "compile"],
            check=True,
            capture_output=True,
        )


def speak(monkeypatch, code: str, settings) -> str:
    compiled()
    monkeypatch.setenv(language.ENV_VAR, code)
    return language.install(QApplication.instance(), settings)


@pytest.fixture
def speaking(monkeypatch, settings):
    """speaking("de") installs the language; it is taken away after the test."""
    yield lambda code: speak(monkeypatch, code, settings)
    language.uninstall(QApplication.instance())


def open_window(qtbot, demo_path, settings) -> MainWindow:
    db = ClusterDatabase.open(demo_path, create=False)
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window, timeout=WAIT)
    window.destroyed.connect(db.close)
    return window


def visible_texts(widget: QWidget) -> list[str]:
    """What a person reads: labels, buttons, tabs and column headers that show."""
    texts = []
    for label in widget.findChildren(QLabel):
        if label.isVisible() and label.text().strip():
            texts.append(label.text())
    for button in widget.findChildren(QAbstractButton):
        if button.isVisible() and button.text().strip():
            texts.append(button.text())
    for tabs in widget.findChildren(QTabWidget):
        if tabs.isVisible():
            texts += [tabs.tabText(i) for i in range(tabs.count())]
    return texts


def english_only() -> set[str]:
    """Source texts whose German differs: seeing one in German means it was missed."""
    import xml.etree.ElementTree as ET

    root = ET.parse(FOLDER / "secretariat_de.ts").getroot()
    found = set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = translation.text if translation is not None else None
        if text and text.replace("&", "") != source.replace("&", "") and len(source) > 3:
            found.add(source.replace("&", ""))
    return found


def every_page(qtbot, window: MainWindow):
    for row, key in enumerate(window.page_titles):
        window.navigation.setCurrentRow(row)
        qtbot.waitUntil(lambda k=key: window.current_key == k, timeout=WAIT)
        yield key, window.current_page()


def test_the_window_speaks_german_on_every_page(qtbot, demo_path, settings, speaking):
    assert speaking("de") == "de"
    window = open_window(qtbot, demo_path, settings)

    titles = [window.navigation.item(r).text() for r in range(window.navigation.count())]
    assert titles[:3] == ["Übersicht", "Organisationen", "Ansprechpartner"]
    assert "Veranstaltungen" in titles and "Clusterprofil" in titles
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"]
    assert window.export_action.text() == "&Exportieren…"

    missed = english_only()
    for key, page in every_page(qtbot, window):
        shown = visible_texts(page)
        assert shown, key
        untranslated = [text for text in shown if text.replace("&", "") in missed]
        assert not untranslated, f"English on the page {key}: {untranslated}"
        if hasattr(page, "model"):
            headers = [
                page.model.headerData(c, Qt.Orientation.Horizontal)
                for c in range(page.model.columnCount())
            ]
            assert not [h for h in headers if h in missed], (key, headers)

    window.show_page("organisations")
    form = window.current_page().form
    labels = {name: label.text() for name, label in form.field_labels.items()}
    assert labels["name"] == "Name *"
    assert labels["street"] == "Straße"
    assert labels["postcode"] == "PLZ"
    assert labels["member_since"] == "Mitglied seit"
    assert window.page("events").findChildren(QTabWidget)


def test_a_dialog_has_german_standard_buttons(qtbot, settings, speaking):
    speaking("de")
    dialog = language.LanguageDialog(settings)
    qtbot.addWidget(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    assert [b.text() for b in buttons.buttons()] == ["OK", "Abbrechen"]
    assert dialog.windowTitle() == "Sprache"
    assert "nächsten Start" in dialog.findChild(QLabel, "language_note").text()


def test_one_english_word_has_the_german_word_of_its_vocabulary(qtbot, speaking):
    from secretariat.domain import enums
    from secretariat.ui import formatting

    speaking("de")
    assert formatting.vocabulary_label(enums.ProjectStatus, "cancelled") == "Abgebrochen"
    assert formatting.vocabulary_label(enums.EventStatus, "cancelled") == "Abgesagt"
    assert formatting.vocabulary_label(enums.ClusterRole, "facilitator") == "Vermittler"


def test_the_window_speaks_english(qtbot, demo_path, settings, speaking):
    assert speaking("en") == "en"
    window = open_window(qtbot, demo_path, settings)
    titles = [window.navigation.item(r).text() for r in range(window.navigation.count())]
    assert titles[:3] == ["Overview", "Organisations", "Contacts"]
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]
    window.show_page("organisations")
    form = window.current_page().form
    assert form.field_labels["street"].text() == "Street"
    dialog = language.LanguageDialog(settings)
    qtbot.addWidget(dialog)
    assert [b.text() for b in dialog.findChild(QDialogButtonBox).buttons()] == ["OK", "Cancel"]


def saved_member_since(qtbot, window: MainWindow, typed: str) -> tuple[str | None, str]:
    """Type a date into the first organisation's "member since" and save."""
    window.show_page("organisations")
    page = window.current_page()
    page.table.selectRow(0)
    record_id = page.form.record["id"]
    replace_text(page.form.editors["member_since"].widget, typed)
    page.save()
    stored = window.db.organisations.get(record_id)["member_since"]
    return stored, page.form.error_text("member_since")


def test_a_german_date_typed_in_a_form_is_understood(qtbot, demo_path, settings, speaking):
    speaking("de")
    window = open_window(qtbot, demo_path, settings)
    page = window.page("organisations")
    assert page.form.editors["member_since"].widget.placeholderText() == "z. B. 12.06.2026"
    assert saved_member_since(qtbot, window, "12.06.2026") == ("2026-06-12", "")
    assert page.form.editors["member_since"].widget.text() == "12.06.2026"
    assert saved_member_since(qtbot, window, "1.2.25") == ("2025-02-01", "")

    stored, error = saved_member_since(qtbot, window, "31.02.2026")
    assert stored == "2025-02-01"
    assert error == "„31.02.2026“ ist kein Datum. Schreiben Sie es als 12.06.2026."
    page.cancel_changes()


def test_english_dates_are_typed_day_first(qtbot, demo_path, settings, speaking, monkeypatch):
    monkeypatch.setattr(language.QLocale, "system", lambda: language.QLocale("de_DE"))
    speaking("en")
    window = open_window(qtbot, demo_path, settings)
    page = window.page("organisations")
    assert page.form.editors["member_since"].widget.placeholderText() == "e.g. 12/06/2026"
    assert saved_member_since(qtbot, window, "12/06/2026") == ("2026-06-12", "")
    assert page.form.editors["member_since"].widget.text() == "12/06/2026"
    stored, error = saved_member_since(qtbot, window, "31/02/2026")
    assert error == "“31/02/2026” is not a date. Write it as 12.06.2026."
    page.cancel_changes()


def test_the_language_follows_the_system_unless_chosen(qtbot, settings, monkeypatch):
    monkeypatch.delenv(language.ENV_VAR, raising=False)
    monkeypatch.setattr(language.QLocale, "system", lambda: language.QLocale("de_DE"))
    assert language.effective(language.chosen(settings)) == "de"
    dialog = language.LanguageDialog(settings)
    qtbot.addWidget(dialog)
    dialog.choice.setCurrentIndex(dialog.choice.findData("en"))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert settings.value("language") == "en"
    assert language.effective(language.chosen(settings)) == "en"
    monkeypatch.setattr(language.QLocale, "system", lambda: language.QLocale("fr_FR"))
    settings.setValue("language", "")
    assert language.effective(language.chosen(settings)) == "en"


# -- the core's problems, in the user's language --------------------------------------------


def empty_file_problem(tmp_path: Path) -> tuple[Path, UnusableFileError]:
    empty = tmp_path / "leer.sqlite3"
    empty.write_bytes(b"")
    with pytest.raises(UnusableFileError) as caught:
        ClusterDatabase.open(empty, create=False)
    return empty, caught.value


def test_an_empty_file_is_explained_in_german(qtbot, tmp_path, speaking):
    speaking("de")
    empty, problem = empty_file_problem(tmp_path)
    dialog = OpenProblemDialog(empty, problem)
    qtbot.addWidget(dialog)
    assert dialog.text() == f"„{empty}“ ist eine leere Datei, keine Secretariat-Datenbank."
    assert dialog.informativeText() == (
        "Öffnen Sie eine Sicherung, oder löschen Sie die leere Datei "
        "und legen Sie eine neue Datenbank an."
    )


def test_an_empty_file_is_explained_in_english_as_the_core_says_it(qtbot, tmp_path, speaking):
    speaking("en")
    empty, problem = empty_file_problem(tmp_path)
    dialog = OpenProblemDialog(empty, problem)
    qtbot.addWidget(dialog)
    assert dialog.text() == f"“{empty}” is an empty file, not a Secretariat database."
    assert dialog.informativeText() == problem.hint


def refused_delete(qtbot, window: MainWindow) -> str:
    page = open_page(qtbot, window, "organisations")
    click_row(qtbot, page, 0)
    said = {}

    def read(box):
        said["text"] = box.text()
        box.accept()

    answer_next_dialog(read)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "text" in said, timeout=WAIT)
    assert window.db.organisations.get(page.form.record["id"])
    return said["text"]


def test_a_refused_delete_is_explained_in_german(qtbot, demo_path, settings, speaking):
    speaking("de")
    window = open_window(qtbot, demo_path, settings)
    text = refused_delete(qtbot, window)
    assert text.startswith("Organisation “"), text
    assert "kann nicht gelöscht werden: Daran hängen noch " in text
    assert " Ansprechpartner" in text and "contact" not in text
    assert "Ordnen Sie die Ansprechpartner zuerst einer anderen Organisation zu" in text


def test_a_refused_delete_is_explained_in_english_as_the_core_says_it(
    qtbot, demo_path, settings, speaking
):
    speaking("en")
    window = open_window(qtbot, demo_path, settings)
    record = window.page("organisations").model
    text = refused_delete(qtbot, window)
    page = window.current_page()
    preview = window.db.organisations.deletion_preview(page.form.record["id"])
    assert record is not None and text == preview.sentence()
    assert "cannot be deleted: it still has" in text


def test_the_imports_and_the_duplicate_finders_reasons_read_german(qtbot, speaking):
    """Every reason the import and the duplicate finder give has its German words."""
    from secretariat.imports.merge import find_duplicates
    from secretariat.imports.plan import plan_import, write_import
    from secretariat.imports.rows import ImportRow
    from secretariat.ui import formatting

    def rows():
        return [
            ImportRow(
                2,
                {
                    "contact.full_name": "Anna Quist",
                    "contact.email": "anna@quist.de",
                    "organisation.name": "Quist GmbH",
                },
            ),
            ImportRow(
                3,
                {
                    "contact.full_name": "Anna Quist",
                    "contact.email": "a@quist.de",
                    "organisation.name": "Quist GmbH",
                },
            ),
            ImportRow(4, {"contact.full_name": "Bert Quast", "contact.email": "kein-at"}),
            ImportRow(5, {"organisation.name": "Quist GmbH"}),
        ]

    speaking("de")
    db = ClusterDatabase.in_memory()
    try:
        first = plan_import(db, "contacts", rows())
        reasons = [row.match.reason for row in first.rows if row.match is not None]
        write_import(db, first, source_name="a.csv")
        again = plan_import(db, "contacts", rows())
        reasons += [row.match.reason for row in again.rows if row.match is not None]
        organisations = plan_import(db, "organisations", [rows()[3], rows()[3]])
        reasons += [row.match.reason for row in organisations.rows if row.match is not None]
        assert len(reasons) >= 4
        for reason in reasons:
            german = formatting.translate_reason(reason)
            assert german != reason and german.startswith("gleich"), reason
        rejected = next(row for row in first.rows if row.outcome == "reject")
        assert formatting.translate_row_problems(rejected.problems).startswith("E-Mail: ")
        twin = db.contacts.create(
            {
                "first_name": "Anna",
                "last_name": "Quist",
                "email": "aq@x.de",
                "organisation_id": db.organisations.list(limit=1)[0]["id"],
            }
        )
        pairs = find_duplicates(db, "contacts")
        assert pairs and any(twin["id"] in (p.first_id, p.second_id) for p in pairs)
        for pair in pairs:
            line = formatting.translate_pair(pair)
            assert " und " in line and "gleich" in line and "same" not in line, line
    finally:
        db.close()
