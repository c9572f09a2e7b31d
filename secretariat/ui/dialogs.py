"""The questions and messages around saving: a conflict with someone else's
change, a delete to confirm, a storage problem to explain; and what every window
and dialog shares: the button Enter presses, read-only tables, columns as wide as
their captions, and windows tall enough for their wrapped messages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat import APP_NAME
from secretariat.domain.fields import Record, RecordKind
from secretariat.exports import ExportError
from secretariat.store import StoreError
from secretariat.ui.formatting import label_of, show_value, translate_problem


def _tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def show_problem(parent: QWidget | None, problem: StoreError | ExportError) -> None:
    """An expected problem (storage, refusal, export): its sentence and what to do."""
    message, hint = translate_problem(problem)
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message, parent=parent)
    box.setInformativeText(hint)
    box.exec()


def default_button(button: QPushButton) -> None:
    """Make ``button`` the one Enter presses in its dialog.

    Qt's dialog buttons are "auto-default": one that had the focus becomes the
    default, and a button box may pick the first button it holds. Every other button
    of the dialog loses that, so Enter typed in a field never presses Cancel.
    """
    for other in button.window().findChildren(QPushButton):
        if other is not button:
            other.setAutoDefault(False)
            other.setDefault(False)
    button.setAutoDefault(True)
    button.setDefault(True)


def read_only_table(
    table: QTableWidget, selection: QAbstractItemView.SelectionMode, stretch: tuple[int, ...]
) -> None:
    """A table to read (and choose whole rows in, unless ``selection`` is none): no
    editing, no row numbers, columns as wide as their contents but the ``stretch``
    ones, which share the rest of the width."""
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    if selection != QAbstractItemView.SelectionMode.NoSelection:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def fit_columns_to_captions(header: QHeaderView) -> None:
    """Widen every column narrower than its caption needs (with room for the sort
    arrow where the list sorts): "Product or service", never "oduct or servic".
    Columns the header sizes itself (to their contents, or stretched) are left alone."""
    if header.orientation() != Qt.Orientation.Horizontal:
        return
    sized_by_hand = (QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.Fixed)
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        if header.sectionResizeMode(section) not in sized_by_hand:
            continue
        needed = header.sectionSizeFromContents(section).width()
        if header.sectionSize(section) < needed:
            header.resizeSection(section, needed)


def fit_all_columns(root: QWidget) -> None:
    """:func:`fit_columns_to_captions` for every list and table in ``root``."""
    for header in root.findChildren(QHeaderView):
        fit_columns_to_captions(header)


def fit_height(window: QWidget) -> None:
    """Make ``window`` tall enough for its wrapped texts at its present width.

    Qt sizes a window by its layout's minimum, which does not know that a message
    wrapped into three lines needs three lines' height: a message shown under a field
    after the window was opened is otherwise cut off at the bottom."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = window.width()
    needed = (
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.totalMinimumSize().height()
    )
    if needed > window.height():
        window.resize(width, needed)


class ConflictDialog(QDialog):
    """Someone else saved the record first: show what they changed, then let the
    user reload (dropping their own edits) or keep editing."""

    RELOAD = 1
    KEEP_EDITING = 2

    def __init__(
        self,
        kind: RecordKind,
        message: str,
        mine: Record,
        theirs: Record | None,
        changed_by_me: dict[str, Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        text = QLabel(message, objectName="conflict_message")
        text.setWordWrap(True)
        layout.addWidget(text)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("When you opened it"), self.tr("Now saved")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        if theirs is not None:
            for field in kind.fields:
                before, after = mine.get(field.name), theirs.get(field.name)
                if before == after or field.name not in mine:
                    continue
                row = self.table.rowCount()
                self.table.insertRow(row)
                marker = " ✎" if field.name in changed_by_me else ""
                self.table.setItem(row, 0, QTableWidgetItem(label_of(field) + marker))
                self.table.setItem(row, 1, QTableWidgetItem(show_value(field, before, mine)))
                self.table.setItem(row, 2, QTableWidgetItem(show_value(field, after, theirs)))
            layout.addWidget(self.table)
            if changed_by_me:
                note = QLabel(self.tr("✎ you changed this field too."))
                layout.addWidget(note)
        buttons = QDialogButtonBox(self)
        self.reload_button = QPushButton(self.tr("Reload (drop my changes)"))
        self.keep_button = QPushButton(self.tr("Keep editing"))
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.reload_button.clicked.connect(lambda: self.done(self.RELOAD))
        self.keep_button.clicked.connect(lambda: self.done(self.KEEP_EDITING))
        self.keep_button.setDefault(True)
        layout.addWidget(buttons)

    def changed_fields(self) -> list[str]:
        return [self.table.item(row, 0).text() for row in range(self.table.rowCount())]


def confirm_delete(parent: QWidget | None, sentence: str, refused: bool) -> bool:
    """Ask before deleting; a refusal is only explained. True: delete."""
    if refused:
        box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, sentence, parent=parent)
        box.setObjectName("delete_refused")
        box.exec()
        return False
    box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, sentence, parent=parent)
    box.setObjectName("delete_confirmation")
    delete = box.addButton(_tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is delete


def ask_unsaved(parent: QWidget | None, name: str) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel for unsaved changes."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        APP_NAME,
        _tr("You have changed the {name} without saving.").format(name=name),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("unsaved_changes")
    box.setInformativeText(_tr("Save the changes?"))
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    return QMessageBox.StandardButton(box.exec())
