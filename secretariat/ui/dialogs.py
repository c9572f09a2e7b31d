"""The questions and messages around saving: a conflict with someone else's
change, a delete to confirm, a storage problem to explain; and what every window
and dialog shares: the button Enter presses, read-only tables, columns as wide as
their captions, windows tall enough for their wrapped messages, and a name for
every control that a screen reader says."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextEdit,
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
    """Make ``window`` tall enough for its wrapped texts at their present width.

    Qt sizes a window by its layout's minimum, which does not know that a message
    wrapped into three lines needs three lines' height (and a form's rows share out
    what height there is as they please): a message shown under a field after the
    window was opened would be cut off at the bottom. So each wrapped message shown
    is given its height as its minimum, and the window grows to hold them all."""
    layout = window.layout()
    if layout is None:
        return
    messages = [
        label for label in window.findChildren(QLabel) if label.wordWrap() and label.isVisible()
    ]
    for label in messages:
        label.setMinimumHeight(0)  # what a message shown before needed
    for _ in range(2):  # the window's new height can change how the texts wrap
        layout.activate()
        for label in messages:
            label.setMinimumHeight(max(0, label.heightForWidth(label.width())))
        layout.activate()
        needed = layout.totalMinimumSize().height()
        if layout.hasHeightForWidth():
            needed = max(needed, layout.totalHeightForWidth(window.width()))
        if needed > window.height():
            window.resize(window.width(), needed)


# -- names for screen readers --------------------------------------------------------------

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
)


def is_control(widget: QWidget) -> bool:
    """A field, list, table or button a person works with (not the parts Qt builds
    inside one: the line of a drop-down or a date field, a table's header)."""
    if not isinstance(widget, CONTROLS) or isinstance(widget, QHeaderView):
        return False
    return not (
        isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox | QAbstractSpinBox)
    )


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader says for ``widget`` (Qt's, from its text, its
    label or what it was given)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _plain(text: str) -> str:
    """A caption as a name: no shortcut marks, no "*" of a required field, no ":"
    or "…" at its end."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
    for ending in ("*", ":", "…", "..."):
        text = text.removesuffix(ending).strip()
    return text


def _widgets_in(layout: QLayout) -> list[QWidget]:
    """The widgets a layout holds, in its nested layouts too, in order."""
    found: list[QWidget] = []
    for number in range(layout.count()):
        item = layout.itemAt(number)
        if item.widget() is not None:
            found.append(item.widget())
        elif item.layout() is not None:
            found += _widgets_in(item.layout())
    return found


def _tab_title(widget: QWidget, root: QWidget) -> str:
    """The title of the tab ``widget`` is on (the nearest), or ""."""
    child: QWidget | None = widget
    while child is not None and child is not root:
        parent = child.parentWidget()
        stack = parent.parentWidget() if parent is not None else None
        if isinstance(stack, QTabWidget) and stack.indexOf(child) >= 0:
            return stack.tabText(stack.indexOf(child))
        child = parent
    return ""


def _name_for(widget: QWidget, root: QWidget, labelled: dict[int, str], title: str) -> str:
    """A name from what a sighted person reads beside the control: its label (also
    the label of the field it is part of, such as the line of a picker, and a label
    written just before it in its row), the grey hint in an empty field, its
    tooltip; a list by its tab or its page."""
    ancestor: QWidget | None = widget
    while ancestor is not None and ancestor is not root:
        if id(ancestor) in labelled:
            return labelled[id(ancestor)]
        ancestor = ancestor.parentWidget()
    if isinstance(widget, QAbstractButton) and isinstance(widget.parent(), QLineEdit):
        return _tr("Clear")  # the little cross that empties a field
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit) and widget.placeholderText():
        return _plain(widget.placeholderText())
    if widget.toolTip():
        return _plain(widget.toolTip())
    if isinstance(widget, QAbstractItemView):
        return _tab_title(widget, root) or title
    return ""


def name_controls(root: QWidget, title: str = "") -> None:
    """Give every control in ``root`` that a screen reader could not name a name,
    in the user's language: see :func:`_name_for`; ``title`` (the page's) names a
    list that has nothing else. Controls that have a name keep it; call it again
    when ``root`` has grown."""
    labelled = {
        id(label.buddy()): _plain(label.text())
        for label in root.findChildren(QLabel)
        if label.buddy() is not None and label.text().strip()
    }
    for row in root.findChildren(QHBoxLayout):  # a label written just before a field
        widgets = _widgets_in(row)
        for caption, field in zip(widgets, widgets[1:], strict=False):
            if isinstance(caption, QLabel) and caption.text().strip() and is_control(field):
                labelled.setdefault(id(field), _plain(caption.text()))
    for form in root.findChildren(QFormLayout):  # a row of a field and its button
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            caption = label.widget() if label is not None else None
            if not isinstance(caption, QLabel) or field is None or field.layout() is None:
                continue
            first = next((w for w in _widgets_in(field.layout()) if is_control(w)), None)
            if first is not None and caption.text().strip():
                labelled.setdefault(id(first), _plain(caption.text()))
    for widget in root.findChildren(QWidget):
        if not is_control(widget) or widget.accessibleName() or spoken_name(widget):
            continue
        name = _name_for(widget, root, labelled, title)
        if name:
            widget.setAccessibleName(name)


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
