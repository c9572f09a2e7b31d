"""Find duplicates (File → Find duplicates…): likely pairs of organisations or
contacts, a field-by-field comparison of the chosen pair with a choice where both
records say something different, and Merge — which can be undone under
File → Imports and merges."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain.fields import Field, FieldKind
from secretariat.imports.merge import KINDS, DuplicatePair, find_duplicates, merge
from secretariat.store import ClusterDatabase, StoreError
from secretariat.ui.dialogs import read_only_table
from secretariat.ui.formatting import label_of, problem_text, show_value, translate_pair

FIRST, SECOND = "first", "second"


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == ()


class DuplicatesDialog(QDialog):
    """See the module. ``changed`` is emitted after each merge."""

    changed = Signal()

    def __init__(self, db: ClusterDatabase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.pair: DuplicatePair | None = None
        self.records: tuple[dict[str, Any], dict[str, Any]] | None = None
        self._touched: set[str] = set()
        self.setWindowTitle(self.tr("Find duplicates"))
        self.resize(780, 600)

        self.kind = QComboBox(self, objectName="kind")
        self.kind.addItem(self.tr("Organisations"), "organisations")
        self.kind.addItem(self.tr("Contacts"), "contacts")
        self.kind.currentIndexChanged.connect(lambda _index: self.refresh())
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Look for duplicate"), self))
        chooser.addWidget(self.kind)
        chooser.addStretch(1)

        self.pairs = QListWidget(self, objectName="pairs")
        self.pairs.setWordWrap(True)
        self.pairs.currentItemChanged.connect(self._pair_chosen)

        self.fields = QTableWidget(0, 4, self, objectName="fields")
        read_only_table(self.fields, QAbstractItemView.SelectionMode.NoSelection, stretch=(1, 2))
        self._set_headers()

        self.swap = QCheckBox(self.tr("Keep the second record instead of the first"), self)
        self.swap.setObjectName("swap")
        self.swap.toggled.connect(self._swapped)

        self.merge_button = QPushButton(self.tr("Merge"), self, objectName="merge")
        self.merge_button.setAutoDefault(False)
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge)
        close = QPushButton(self.tr("Close"), self, objectName="close")
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)

        self.status = QLabel(self, objectName="status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.pairs)
        splitter.addWidget(self.fields)
        splitter.setStretchFactor(1, 2)

        buttons = QHBoxLayout()
        buttons.addWidget(self.swap)
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.refresh()

    # -- the pairs ---------------------------------------------------------------------

    @property
    def kind_key(self) -> str:
        return self.kind.currentData()

    def refresh(self, *, say: bool = True) -> None:
        """Look for pairs again (another kind chosen, or after a merge — then the
        status keeps saying what the merge did: ``say=False``)."""
        self.pairs.blockSignals(True)
        self.pairs.clear()
        self.pairs.blockSignals(False)
        self._show_pair(None)
        try:
            found = find_duplicates(self.db, self.kind_key)
        except StoreError as problem:
            self.status.setText(problem_text(problem))
            return
        for pair in found:
            item = QListWidgetItem(translate_pair(pair), self.pairs)
            item.setData(Qt.ItemDataRole.UserRole, pair)
        if not say:
            return
        if not found:
            self.status.setText(self.tr("No likely duplicates found."))
        else:
            self.status.setText(
                self.tr("%n likely pair(s); choose one to compare.", "", len(found))
            )

    def _pair_chosen(self, item: QListWidgetItem | None) -> None:
        self._show_pair(None if item is None else item.data(Qt.ItemDataRole.UserRole))

    def _show_pair(self, pair: DuplicatePair | None) -> None:
        self.pair = pair
        self.records = None
        self._touched.clear()
        self.fields.setRowCount(0)
        self.swap.blockSignals(True)
        self.swap.setChecked(False)
        self.swap.blockSignals(False)
        self._set_headers()
        self.merge_button.setEnabled(False)
        if pair is None:
            return
        repository = getattr(self.db, pair.kind)
        try:
            first, second = repository.get(pair.first_id), repository.get(pair.second_id)
        except StoreError as problem:
            self.status.setText(problem_text(problem))
            return
        self.records = (first, second)
        kind = KINDS[pair.kind]
        columns = kind.columns
        for field in kind.fields:
            if field.name not in columns:
                continue
            a, b = first.get(field.name), second.get(field.name)
            if _empty(a) and _empty(b):
                continue
            row = self.fields.rowCount()
            self.fields.insertRow(row)
            self.fields.setItem(row, 0, QTableWidgetItem(label_of(field)))
            self.fields.setItem(row, 1, QTableWidgetItem(self._shown(field, a, first)))
            self.fields.setItem(row, 2, QTableWidgetItem(self._shown(field, b, second)))
            if a == b:
                self.fields.setItem(row, 3, QTableWidgetItem(self.tr("the same")))
            elif _empty(a) or _empty(b):
                self.fields.setItem(row, 3, QTableWidgetItem(self.tr("the filled one")))
            else:
                keep = QComboBox(self.fields, objectName=f"keep-{field.name}")
                keep.addItem(self.tr("first"), FIRST)
                keep.addItem(self.tr("second"), SECOND)
                keep.currentIndexChanged.connect(
                    lambda _=0, name=field.name: self._touched.add(name)
                )
                self.fields.setCellWidget(row, 3, keep)
        self._swapped(self.swap.isChecked())
        self.merge_button.setEnabled(True)

    def _shown(self, field: Field, value: Any, record: dict[str, Any]) -> str:
        if field.kind is FieldKind.REFERENCE and value is not None and field.references in KINDS:
            try:
                referenced = getattr(self.db, field.references).get(value)
            except StoreError:
                return f"#{value}"
            return KINDS[field.references].describe(referenced)
        return show_value(field, value, record)

    def _set_headers(self) -> None:
        pair = self.pair
        first = (
            self.tr("First") if pair is None else self.tr("First (#{id})").format(id=pair.first_id)
        )
        second = (
            self.tr("Second")
            if pair is None
            else self.tr("Second (#{id})").format(id=pair.second_id)
        )
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), first, second, self.tr("Keep")])

    def _swapped(self, swapped: bool) -> None:
        """Untouched choices follow the record that is kept."""
        side = SECOND if swapped else FIRST
        for keep in self.choice_boxes().values():
            name = keep.objectName().removeprefix("keep-")
            if name not in self._touched:
                keep.blockSignals(True)  # not the person's choice
                keep.setCurrentIndex(keep.findData(side))
                keep.blockSignals(False)

    def choice_boxes(self) -> dict[str, QComboBox]:
        boxes = {}
        for row in range(self.fields.rowCount()):
            widget = self.fields.cellWidget(row, 3)
            if isinstance(widget, QComboBox):
                boxes[widget.objectName().removeprefix("keep-")] = widget
        return boxes

    # -- merging -----------------------------------------------------------------------

    def merge(self) -> None:
        pair, records = self.pair, self.records
        if pair is None or records is None:
            return
        swapped = self.swap.isChecked()
        survivor_side = SECOND if swapped else FIRST
        if swapped:
            survivor_id, other_id = pair.second_id, pair.first_id
            survivor_name, other_name = pair.second_name, pair.first_name
            versions = (records[1]["version"], records[0]["version"])
        else:
            survivor_id, other_id = pair.first_id, pair.second_id
            survivor_name, other_name = pair.first_name, pair.second_name
            versions = (records[0]["version"], records[1]["version"])
        choices = {
            name: "survivor" if box.currentData() == survivor_side else "other"
            for name, box in self.choice_boxes().items()
        }
        answer = QMessageBox.question(
            self,
            self.tr("Merge"),
            self.tr(
                "“{other}” (#{other_id}) and “{survivor}” (#{survivor_id}) become one record, "
                "#{survivor_id}; registrations, interactions, consents and project roles of "
                "both are kept. You can undo this under File → Imports and merges."
            ).format(
                other=other_name,
                other_id=other_id,
                survivor=survivor_name,
                survivor_id=survivor_id,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            result = merge(self.db, pair.kind, survivor_id, other_id, choices, versions=versions)
        except StoreError as problem:
            self.status.setText(problem_text(problem))
            return
        self.status.setText(
            self.tr(
                "Merged “{other}” into “{survivor}” (#{survivor_id}): {moved} link(s) moved, "
                "{dropped} doubled link(s) dropped. This merge is batch {batch}; "
                "it can be undone under File → Imports and merges."
            ).format(
                other=other_name,
                survivor=survivor_name,
                survivor_id=result.survivor_id,
                moved=result.moved,
                dropped=result.dropped,
                batch=result.batch_id,
            )
        )
        self.refresh(say=False)
        self.changed.emit()
