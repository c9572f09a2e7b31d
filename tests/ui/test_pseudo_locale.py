"""Every page and the main dialogs in the pseudo-locale (each text bracketed, with
accents and a third longer than the English), at the size of the offscreen screen:
no label, button or check box may cut its text off, no column its caption, no
message wrapped under a field its last lines, no field without a label the grey hint
that stands for one. German is about a third longer than English, so what passes
here fits in German."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionFrame,
    QToolButton,
    QWidget,
)

from secretariat.ui.check_in import CheckInDialog, WalkInDialog
from secretariat.ui.event_page import EventPage
from secretariat.ui.first_start import FirstStartDialog
from secretariat.ui.language import LanguageDialog
from secretariat.ui.pages import page_specs
from secretariat.ui.record_page import RecordDialog, RecordPage, add_related_dialog

from .conftest import WAIT, answer_next_dialog, every_event_listed
from .test_language import open_window, speaking  # noqa: F401 (a fixture)

SCREEN = (800, 800)
# Where renders are kept to look at: SECRETARIAT_PSEUDO_RENDERS=/some/folder
RENDERS = os.environ.get("SECRETARIAT_PSEUDO_RENDERS", "")


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


# Texts cut off in parts of the window made in files this change could not touch,
# reported to those who work on them: by the class of the part, what is cut off there.
# They are left out of clipped() and checked on their own (a strict xfail below), so
# that this list is emptied as soon as they are fixed.
ELSEWHERE = {
    # secretariat/ui/event_panels.py: the pickers' hints beside "Register" and
    # "Register all" are their only labels, and are cut off in a narrow window
    "ParticipantsPanel": "hint",
    # secretariat/ui/import_wizard.py: QWizard gives a page's subtitle two lines; the
    # first page's takes three in the pseudo-locale (English and German take two)
    "ImportWizard": "message",
}


def made_elsewhere(widget: QWidget, what: str) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if ELSEWHERE.get(type(parent).__name__) == what:
            return True
        parent = parent.parentWidget()
    return False


def clipped(top: QWidget, elsewhere: bool = False) -> list[str]:
    """Visible labels, buttons and column headers narrower than their text needs,
    wrapped messages cut off at the bottom, and the grey hints of empty fields that
    have no other label cut off. With ``elsewhere``: only those of :data:`ELSEWHERE`."""
    found = []
    captioned = labelled(top)
    for line in top.findChildren(QLineEdit):
        if made_elsewhere(line, "hint") == elsewhere:
            found += clipped_placeholder(line, captioned)
    for label in top.findChildren(QLabel):
        shown = label.isVisible() and label.wordWrap() and label.text().strip()
        if shown and made_elsewhere(label, "message") == elsewhere:
            found += cut_message(label)
    if elsewhere:
        return found
    for widget in top.findChildren(QLabel) + top.findChildren(QAbstractButton):
        if not widget.isVisible() or not widget.text().strip():
            continue
        if not widget.visibleRegion().boundingRect().width():
            continue  # scrolled away: a person scrolls to it
        if isinstance(widget, QLabel) and (widget.pixmap() or widget.wordWrap()):
            continue
        needed = widget.sizeHint().width()
        if widget.width() < needed:
            found.append(f"{type(widget).__name__} {widget.text()!r}: {widget.width()} < {needed}")
    for header in top.findChildren(QHeaderView):
        found += clipped_headers(header)
    return found


def cut_message(label: QLabel) -> list[str]:
    """A message wrapped into more lines than its label has the height for."""
    if not label.visibleRegion().boundingRect().width():
        return []
    needed = label.heightForWidth(label.width())
    if label.height() < needed:
        return [f"QLabel {label.text()!r}: {label.height()} < {needed} px high"]
    return []


def labelled(top: QWidget) -> set[int]:
    """The widgets (by id) that have a label: a label's buddy, a field of a form's
    row with a caption, and what is inside them."""
    captioned: list[QWidget] = [
        label.buddy() for label in top.findChildren(QLabel) if label.buddy() is not None
    ]
    for form in top.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None or not isinstance(label.widget(), QLabel):
                continue
            if not label.widget().text().strip():
                continue
            if field.widget() is not None:
                captioned.append(field.widget())
            elif field.layout() is not None:
                captioned += [
                    field.layout().itemAt(n).widget()
                    for n in range(field.layout().count())
                    if field.layout().itemAt(n).widget() is not None
                ]
    found = {id(widget) for widget in captioned}
    for widget in captioned:
        found |= {id(child) for child in widget.findChildren(QWidget)}
    return found


def clipped_headers(header: QHeaderView) -> list[str]:
    """Column headers (of a visible list) narrower than their caption."""
    if not header.isVisible() or header.orientation() != Qt.Orientation.Horizontal:
        return []
    found = []
    model = header.model()
    for section in range(header.count()):  # those scrolled away too: a person scrolls
        if header.isSectionHidden(section):
            continue
        needed = header.sectionSizeFromContents(section).width()
        if header.sectionSize(section) < needed:
            caption = model.headerData(section, Qt.Orientation.Horizontal)
            found.append(f"column {caption!r}: {header.sectionSize(section)} < {needed}")
    return found


def clipped_placeholder(line: QLineEdit, captioned: set[int]) -> list[str]:
    """An empty field with no label but its grey hint, which does not fit into it.
    (A labelled field's hint is an example; Qt shortens it with "…" where it must.)"""
    if not line.isVisible() or line.text() or not line.placeholderText():
        return []
    if id(line) in captioned:
        return []
    if not line.visibleRegion().boundingRect().width():
        return []
    option = QStyleOptionFrame()
    line.initStyleOption(option)
    room = line.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, line)
    margins = line.textMargins()
    width = room.width() - margins.left() - margins.right() - 4  # Qt's 2 px each side
    for button in line.findChildren(QToolButton):  # the clear button and other actions
        if button.isVisible():
            width -= button.width()
    needed = line.fontMetrics().horizontalAdvance(line.placeholderText())
    if width < needed:
        return [f"QLineEdit placeholder {line.placeholderText()!r}: {width} < {needed}"]
    return []


def render(widget: QWidget, name: str) -> None:
    if RENDERS:
        Path(RENDERS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(RENDERS) / f"{name}.png"))


def check(widget: QWidget, name: str) -> list[str]:
    settle()
    render(widget, name)
    return [f"{name}: {problem}" for problem in clipped(widget)]


@pytest.fixture
def pseudo_window(qtbot, demo_path, settings, speaking):  # noqa: F811
    assert speaking("pseudo") == "pseudo"
    window = open_window(qtbot, demo_path, settings)
    window.resize(*SCREEN)
    return window


def test_the_pseudo_locale_brackets_and_lengthens(pseudo_window):
    title = pseudo_window.navigation.item(0).text()
    assert title.startswith("[") and title.endswith("]")
    assert len(title) >= len("Overview") * 4 / 3
    assert pseudo_window.menuBar().actions()[0].text().startswith("[&F")


def test_no_page_cuts_its_texts_off(qtbot, pseudo_window):
    """Every page; on a list, a record shown with each of its tabs (the related lists
    and their column headers); on the Events page also the calendar, month and week."""
    problems = []
    for row, key in enumerate(pseudo_window.page_titles):
        pseudo_window.navigation.setCurrentRow(row)
        qtbot.waitUntil(lambda k=key: pseudo_window.current_key == k, timeout=WAIT)
        problems += check(pseudo_window, key)
        page = pseudo_window.current_page()
        if isinstance(page, EventPage):  # with rows to open, whatever day the test runs on
            every_event_listed(page)
        if isinstance(page, RecordPage) and page.model.rowCount():
            page.table.selectRow(0)
            qtbot.waitUntil(lambda p=page: p.form.record is not None, timeout=WAIT)
            for tab in range(page.tabs.count()):
                page.tabs.setCurrentIndex(tab)
                problems += check(pseudo_window, f"{key}, tab {tab}")
        if isinstance(page, EventPage):
            qtbot.mouseClick(page.calendar_button, Qt.MouseButton.LeftButton)
            problems += check(pseudo_window, "events, month")
            qtbot.mouseClick(page.calendar.week_button, Qt.MouseButton.LeftButton)
            problems += check(pseudo_window, "events, week")
            qtbot.mouseClick(page.list_button, Qt.MouseButton.LeftButton)
    assert not problems, "\n".join(problems)


def contact_with_mistakes(qtbot, db, parent: QWidget) -> RecordDialog:
    """An organisation's "Add…" of a contact, on the screen, then saved with a wrong
    e-mail address and phone number: the messages under the fields."""
    organisations = page_specs()[0]
    contacts = next(r for r in organisations.related if r.table == "contacts")
    dialog = add_related_dialog(db, contacts, db.organisations.list(limit=1)[0]["id"], parent)
    dialog.show()
    qtbot.waitExposed(dialog, timeout=WAIT)
    settle()  # laid out without the messages, as a person first sees it
    for name, text in (
        ("last_name", "Wagner"),
        ("email", "wagner at example dot de"),
        ("phone", "12"),
    ):
        dialog.form.editors[name].widget.setText(text)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.form.error_text("email") and dialog.form.error_text("phone")
    return dialog


def test_no_dialog_cuts_its_texts_off(qtbot, pseudo_window, settings, tmp_path):
    db = pseudo_window.db
    event = db.events.list(limit=1)[0]
    problems = []

    def look(dialog: QWidget, name: str) -> None:
        assert dialog.width() <= SCREEN[0] and dialog.height() <= SCREEN[1], name
        problems.extend(check(dialog, name))

    dialogs = {
        "first-start": FirstStartDialog(tmp_path / "new.sqlite3"),
        "language": LanguageDialog(settings),
        "check-in": CheckInDialog(db, event, pseudo_window),
        "walk-in": WalkInDialog(db, pseudo_window),
    }
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog, timeout=WAIT)
        look(dialog, name)
        dialog.done(0)  # closed without the first-start question
    dialog = contact_with_mistakes(qtbot, db, pseudo_window)
    look(dialog, "add a contact, with mistakes")
    dialog.reject()
    # as the window opens them (File → Import…, Find duplicates…, Imports and merges…)
    for name, open_it in {
        "import": pseudo_window.open_import,
        "duplicates": pseudo_window.find_duplicates,
        "batches": pseudo_window.show_batches,
    }.items():

        def answer(dialog, name=name) -> None:
            settle()  # it grows to its wrapped texts once shown
            look(dialog, name)
            dialog.reject()

        seen = answer_next_dialog(answer)
        open_it()
        assert seen, name
    assert not problems, "\n".join(problems)


@pytest.mark.xfail(
    reason="the Participants tab's pickers (secretariat/ui/event_panels.py) have only "
    "their hints for labels, and the hints are cut off: see ELSEWHERE",
    strict=True,
)
def test_the_participants_pickers_show_their_hints(qtbot, pseudo_window):
    pseudo_window.show_page("events")
    page = pseudo_window.current_page()
    every_event_listed(page)  # else it fails for want of an event after July 2027
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.form.record is not None, timeout=WAIT)
    page.tabs.setCurrentWidget(page.participants)
    settle()
    problems = clipped(pseudo_window, elsewhere=True)
    assert not problems, "\n".join(problems)


@pytest.mark.xfail(
    reason="the import wizard's first subtitle (secretariat/ui/import_wizard.py) takes "
    "three lines in the pseudo-locale, where QWizard gives it two: see ELSEWHERE",
    strict=True,
)
def test_the_import_wizard_shows_its_subtitle_whole(qtbot, pseudo_window):
    problems = []

    def answer(dialog) -> None:
        settle()
        problems.extend(clipped(dialog, elsewhere=True))
        dialog.reject()

    seen = answer_next_dialog(answer)
    pseudo_window.open_import()
    assert seen
    assert not problems, "\n".join(problems)
