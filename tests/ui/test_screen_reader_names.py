"""Every control has a name a screen reader can say: walking every page of the main
window (a record shown, each of its tabs, the events calendar) and the main
dialogs, no visible field, list, table or button is left without one — and the
names are in the user's language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from secretariat.ui.check_in import CheckInDialog, WalkInDialog
from secretariat.ui.dialogs import is_control, spoken_name
from secretariat.ui.event_page import EventPage
from secretariat.ui.language import LanguageDialog
from secretariat.ui.main_window import MainWindow
from secretariat.ui.record_page import RecordPage

from .conftest import WAIT, answer_next_dialog
from .test_language import open_window, speaking  # noqa: F401 (a fixture)
from .test_pseudo_locale import contact_with_mistakes


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def nameless(top: QWidget, where: str) -> list[str]:
    """The visible controls in ``top`` that a screen reader has no name for."""
    settle()
    found = []
    for widget in top.findChildren(QWidget):
        if is_control(widget) and widget.isVisible() and not spoken_name(widget):
            where_in = widget.objectName() or type(widget.parentWidget()).__name__
            found.append(f"{where}: {type(widget).__name__} in {where_in}")
    return found


def walk(qtbot, window: MainWindow) -> list[str]:
    """Every page; on a list, a record shown and each of its tabs; on the Events page
    the calendar too."""
    problems: list[str] = []
    for row, key in enumerate(window.page_titles):
        window.navigation.setCurrentRow(row)
        qtbot.waitUntil(lambda k=key: window.current_key == k, timeout=WAIT)
        problems += nameless(window, key)
        page = window.current_page()
        if isinstance(page, RecordPage) and page.model.rowCount():
            page.table.selectRow(0)
            qtbot.waitUntil(lambda p=page: p.form.record is not None, timeout=WAIT)
            for tab in range(page.tabs.count()):
                page.tabs.setCurrentIndex(tab)
                problems += nameless(window, f"{key}, tab {page.tabs.tabText(tab)}")
            page.search.setText("a")  # the field's clear button shows
            problems += nameless(window, f"{key}, searching")
            page.search.clear()
        if isinstance(page, EventPage):
            qtbot.mouseClick(page.calendar_button, Qt.MouseButton.LeftButton)
            problems += nameless(window, "events, calendar")
            qtbot.mouseClick(page.list_button, Qt.MouseButton.LeftButton)
    return problems


def test_every_control_on_every_page_has_a_name(qtbot, window):
    problems = walk(qtbot, window)
    assert not problems, "\n".join(problems)


def test_the_main_dialogs_name_their_controls(qtbot, window, settings):
    db = window.db
    event = db.events.list(limit=1)[0]
    problems = []
    for name, dialog in {
        "language": LanguageDialog(settings, window),
        "check-in": CheckInDialog(db, event, window),
        "walk-in": WalkInDialog(db, window),
        "add a contact": contact_with_mistakes(qtbot, db, window),
    }.items():
        dialog.show()
        qtbot.waitExposed(dialog, timeout=WAIT)
        problems += nameless(dialog, name)
        dialog.reject()

    def look(dialog: QDialog, name: str) -> None:
        qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)
        problems.extend(nameless(dialog, name))
        dialog.reject()

    def event_papers() -> None:
        page = window.page("events")
        page.select_record(event["id"])
        page.open_papers()

    for name, open_it in {
        "export": window.open_export,
        "import": window.open_import,
        "duplicates": window.find_duplicates,
        "imports and merges": window.show_batches,
        "restore": window.restore_backup,
        "contacts without activity": window._open_retention,
        "event papers": event_papers,
    }.items():
        seen = answer_next_dialog(lambda dialog, n=name: look(dialog, n))
        open_it()
        assert seen, name
    assert not problems, "\n".join(problems)


def test_the_names_are_in_the_users_language(qtbot, demo_path, settings, speaking):  # noqa: F811
    assert speaking("de") == "de"
    window = open_window(qtbot, demo_path, settings)
    assert spoken_name(window.navigation) == "Seiten"
    window.show_page("organisations")
    page = window.current_page()
    assert isinstance(page, RecordPage)
    assert spoken_name(page.table) == "Organisationen"
    assert spoken_name(page.search) == "Suchen: Organisationen"
    assert spoken_name(page.filters["relation"]) == "Alle Beziehungen"
    assert spoken_name(page.form.editors["postcode"].widget) == "PLZ"
