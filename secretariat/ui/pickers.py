"""Choosing related records by typing: an organisation for a contact among
20,000, the people at a meeting, the partners of a project.

The suggestions come from the store's full-text search as the user types, so a
picker never loads a whole table; people erased are never suggested.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain.fields import Record
from secretariat.store.repository import Repository
from secretariat.store.tables import listed_filters
from secretariat.ui.formatting import show_date

SUGGESTIONS = 15


def record_label(table: str, record: Record) -> str:
    """How a record is named in a picker or a related list."""
    if table == "contacts":
        name = " ".join(p for p in (record.get("first_name"), record.get("last_name")) if p)
        organisation = record.get("organisation_name")
        return f"{name} — {organisation}" if organisation else name
    if table == "organisations":
        city = record.get("city")
        return f"{record['name']} ({city})" if city else record["name"]
    if table == "events":
        return f"{record['title']} ({show_date(record.get('starts_at'))})"
    if table == "staff":
        return record.get("display_name") or record.get("username") or ""
    for key in ("name", "title", "subject", "description"):
        if record.get(key):
            return str(record[key])
    return f"#{record['id']}"


class RecordPicker(QWidget):
    """A line to type part of a name into; picks one record (or none).

    Enter confirms (``confirmed``): the record chosen, or else the first of the
    suggestions for what was typed. The Enter that picks a suggestion from the
    list only picks it.
    """

    changed = Signal()
    confirmed = Signal()

    def __init__(self, repository: Repository, parent=None, placeholder: str = "") -> None:
        super().__init__(parent)
        self.repository = repository
        self._id: int | None = None
        self._label = ""
        self._choices: list[tuple[str, int]] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(placeholder or self.tr("Type to search…"))
        self.line.setClearButtonEnabled(True)
        layout.addWidget(self.line)
        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.line.setCompleter(self.completer)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._suggest)
        self.line.textEdited.connect(self._typed)
        self.completer.activated[QModelIndex].connect(self._chosen)
        self.line.editingFinished.connect(self._settle)
        self.line.returnPressed.connect(self._confirm)

    def record_id(self) -> int | None:
        return self._id

    def set_record(self, record_id: int | None) -> None:
        self._id = record_id
        self._label = ""
        if record_id is not None:
            record = self.repository.listed(record_id)
            if record is not None:
                self._label = record_label(self.repository.spec.table, record)
        self.line.setText(self._label)
        self.line.setCursorPosition(0)

    def _typed(self, text: str) -> None:
        if not text.strip():
            if self._id is not None:
                self._id = None
                self._label = ""
                self.changed.emit()
            return
        self._timer.start()

    def _suggest(self) -> None:
        text = self.line.text()
        table = self.repository.spec.table
        rows = self.repository.list(search=text, filters=listed_filters(table), limit=SUGGESTIONS)
        self._choices = [(record_label(self.repository.spec.table, row), row["id"]) for row in rows]
        self._model.setStringList([label for label, _ in self._choices])
        if self._choices:
            self.completer.complete()

    def _chosen(self, index: QModelIndex) -> None:
        row = index.row()
        if 0 <= row < len(self._choices):
            self._label, self._id = self._choices[row]
            self.line.setText(self._label)
            self.changed.emit()

    def _confirm(self) -> None:
        popup = self.completer.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            return  # the Enter that picks from the list only picks
        text = self.line.text()
        if self._id is None or text != self._label:
            if not text.strip():
                return
            if self._timer.isActive() or not self._choices:  # typed faster than suggested
                self._timer.stop()
                self._suggest()
            if not self._choices:
                return
            self._label, self._id = self._choices[0]
            self.line.setText(self._label)
            self.completer.popup().hide()
            self.changed.emit()
        self.confirmed.emit()

    def _settle(self) -> None:
        """Leaving the line with half a name typed puts the chosen record back."""
        if self.line.text() != self._label and not self.completer.popup().isVisible():
            self.line.setText(self._label)


class LinkedRecords(QWidget):
    """Several related records, added with a picker, each optionally with a role."""

    changed = Signal()

    def __init__(
        self,
        repository: Repository,
        roles: list[tuple[str, str]] | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.repository = repository
        self.roles = roles
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 2 if roles else 1, self)
        self.table.horizontalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if roles:
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setMaximumHeight(120)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.picker = RecordPicker(repository, self, self.tr("Type a name to add…"))
        self.picker.changed.connect(self._add_picked)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self._remove_selected)
        row.addWidget(self.picker, 1)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self._ids: list[int] = []

    def value(self) -> Any:
        if self.roles:
            result = {}
            for row, record_id in enumerate(self._ids):
                combo = self.table.cellWidget(row, 1)
                assert isinstance(combo, QComboBox)
                result[record_id] = combo.currentData()
            return result
        return list(self._ids)

    def set_value(self, value: Any) -> None:
        self.table.setRowCount(0)
        self._ids = []
        items = value.items() if isinstance(value, dict) else [(v, None) for v in value or []]
        for record_id, role in items:
            self._append(int(record_id), role)

    def _append(self, record_id: int, role: str | None) -> None:
        record = self.repository.listed(record_id)
        if record is None:  # deleted meanwhile: not shown
            return
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(
            row, 0, QTableWidgetItem(record_label(self.repository.spec.table, record))
        )
        if self.roles:
            combo = QComboBox(self.table)
            for label, value in self.roles:
                combo.addItem(label, value)
            if role is not None:
                combo.setCurrentIndex(max(0, combo.findData(role)))
            combo.currentIndexChanged.connect(lambda _=0: self.changed.emit())
            self.table.setCellWidget(row, 1, combo)
        self._ids.append(record_id)

    def _add_picked(self) -> None:
        record_id = self.picker.record_id()
        if record_id is None or record_id in self._ids:
            return
        self._append(record_id, self.roles[-1][1] if self.roles else None)
        self.picker.set_record(None)
        self.changed.emit()

    def _remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
            del self._ids[row]
        if rows:
            self.changed.emit()
