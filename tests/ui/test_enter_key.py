"""Enter, the first key a person presses: it must do what the dialog is for.

Qt's dialog buttons are "auto-default": unless a dialog names its default button
after the buttons are in place, Enter in a field may press Cancel. In the first-start
dialog that ended the program with no message and no database.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
)

from secretariat.ui.app import open_database
from secretariat.ui.first_start import FirstStartDialog

from .conftest import answer_next_dialog, type_text

WAIT = 30_000  # ms; waits return as soon as the condition holds


def test_enter_in_the_first_start_dialog_creates_the_database(qtbot, tmp_path):
    path = tmp_path / "cluster.sqlite3"

    def press_enter(dialog):
        assert isinstance(dialog, FirstStartDialog)
        type_text(dialog.cluster_name, "Wasserstoff-Cluster Rheinland")
        QTest.keyClick(dialog.cluster_name, Qt.Key.Key_Return)

    seen = answer_next_dialog(press_enter)
    db = open_database(path)
    assert seen, "the first-start dialog was not shown"
    assert db is not None, "Enter left the program instead of creating the database"
    assert db.profile()["name"] == "Wasserstoff-Cluster Rheinland"
    db.close()


def test_cancel_in_the_first_start_dialog_asks_before_leaving(qtbot, tmp_path):
    path = tmp_path / "cluster.sqlite3"
    questions = []

    def cancel_then_go_back(dialog):
        def go_back(question):
            questions.append(question.text())
            QTest.keyClick(question, Qt.Key.Key_Escape)  # "Back"
            # still there: now create it
            QTimer.singleShot(0, lambda: dialog.create_button.click())

        answer_next_dialog(go_back)
        dialog.cancel_button.click()

    answer_next_dialog(cancel_then_go_back)
    db = open_database(path)
    assert questions and "without creating a database" in questions[0]
    assert db is not None and path.exists()
    db.close()


def test_quitting_the_first_start_on_purpose_creates_nothing(qtbot, tmp_path):
    path = tmp_path / "cluster.sqlite3"

    def cancel_and_quit(dialog):
        answer_next_dialog(lambda question: question.findChild(QPushButton, "quit").click())
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    answer_next_dialog(cancel_and_quit)
    assert open_database(path) is None
    assert not path.exists()


# -- every dialog with a field: Enter presses its action, never Cancel --------------

REJECTING = {
    QDialogButtonBox.ButtonRole.RejectRole,
    QDialogButtonBox.ButtonRole.NoRole,
    QDialogButtonBox.ButtonRole.DestructiveRole,
}

CANCEL_TEXTS = {"Cancel", "&Cancel", "Close", "&Close", "Quit"}


def _role(button: QPushButton) -> QDialogButtonBox.ButtonRole | None:
    parent = button.parent()
    while parent is not None and not isinstance(parent, QDialogButtonBox):
        parent = parent.parent()
    return parent.buttonRole(button) if parent is not None else None


def _has_field(dialog: QDialog) -> bool:
    inputs = (QLineEdit, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QComboBox)
    return any(
        widget.isVisible() and not getattr(widget, "isReadOnly", lambda: False)()
        for kind in inputs
        for widget in dialog.findChildren(kind)
    )


def check_enter(qtbot, dialog: QDialog) -> None:
    """Shown, the dialog's default button is one that does what it is for — or
    there is none, and Enter does nothing (a list to act on with care)."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog, timeout=WAIT)
    assert _has_field(dialog), f"{type(dialog).__name__} has no field to press Enter in"
    defaults = [b for b in dialog.findChildren(QPushButton) if b.isVisible() and b.isDefault()]
    assert len(defaults) <= 1, f"{type(dialog).__name__}: default buttons {defaults}"
    for button in defaults:
        assert _role(button) not in REJECTING and button.text() not in CANCEL_TEXTS, (
            f"Enter in {type(dialog).__name__} presses “{button.text()}”"
        )
    dialog.done(QDialog.DialogCode.Rejected)  # closed without asking anything


DIALOGS = {
    "first start": lambda db, settings, parent: FirstStartDialog(db.path, parent),
    "record": lambda db, settings, parent: __import__(
        "secretariat.ui.record_page", fromlist=["RecordDialog"]
    ).RecordDialog(db, "products", ["name", "category"], "Product", {}, None, parent),
    "export": lambda db, settings, parent: __import__(
        "secretariat.ui.export_dialog", fromlist=["ExportDialog"]
    ).ExportDialog(db, parent, settings=settings),
    "register by filter": lambda db, settings, parent: __import__(
        "secretariat.ui.event_panels", fromlist=["RegisterByFilterDialog"]
    ).RegisterByFilterDialog(db, parent),
    "walk-in": lambda db, settings, parent: __import__(
        "secretariat.ui.check_in", fromlist=["WalkInDialog"]
    ).WalkInDialog(db, parent),
    "retention": lambda db, settings, parent: __import__(
        "secretariat.ui.privacy", fromlist=["RetentionDialog"]
    ).RetentionDialog(db, settings, parent),
}


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_enter_presses_the_dialogs_action(qtbot, window, settings, name):
    dialog = DIALOGS[name](window.db, settings, window)
    check_enter(qtbot, dialog)
