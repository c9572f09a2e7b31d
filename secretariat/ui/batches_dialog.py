"""Imports and merges (File → Imports and merges…): every import and merge, newest
first, with what it did, and Undo for the chosen one that is not undone yet."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.imports.undo import Batch, list_batches, undo_batch
from secretariat.store import ClusterDatabase, StoreError
from secretariat.ui.dialogs import read_only_table
from secretariat.ui.formatting import problem_text, show_moment


class BatchesDialog(QDialog):
    """See the module. ``changed`` is emitted after each undo."""

    changed = Signal()

    def __init__(self, db: ClusterDatabase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.shown: list[Batch] = []
        self.setWindowTitle(self.tr("Imports and merges"))
        self.resize(780, 450)

        self.batches = QTableWidget(0, 7, self, objectName="batches")
        self.batches.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Kind"),
                self.tr("Source"),
                self.tr("When"),
                self.tr("Who"),
                self.tr("Summary"),
                self.tr("Undone"),
            ]
        )
        read_only_table(self.batches, QAbstractItemView.SelectionMode.SingleSelection, stretch=(2,))
        self.batches.itemSelectionChanged.connect(self._selected)

        self.undo_button = QPushButton(self.tr("Undo…"), self, objectName="undo")
        self.undo_button.setAutoDefault(False)
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo)
        close = QPushButton(self.tr("Close"), self, objectName="close")
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)

        self.status = QLabel(self, objectName="status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.batches, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        chosen = self.chosen()
        self.batches.setRowCount(0)
        try:
            self.shown = list_batches(self.db)
        except StoreError as problem:
            self.shown = []
            self.status.setText(problem_text(problem))
        for row, batch in enumerate(self.shown):
            self.batches.insertRow(row)
            undone = ""
            if batch.undone_at:
                undone = show_moment(batch.undone_at)[:10]
            cells = [
                str(batch.id),
                self.tr("Merge") if batch.kind == "merge" else self.tr("Import"),
                batch.source,
                show_moment(batch.when),
                batch.who,
                self.summary(batch),
                undone,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, batch.id)
                if column == 6 and batch.undone_by:
                    item.setToolTip(
                        self.tr("Undone on {when} by {who}").format(
                            when=show_moment(batch.undone_at), who=batch.undone_by
                        )
                    )
                self.batches.setItem(row, column, item)
        if chosen is not None:
            self.select(chosen.id)
        self._selected()

    def summary(self, batch: Batch) -> str:
        numbers = batch.summary or {}
        if batch.kind == "merge":
            return self.tr("#{other} into #{survivor}: moved {moved}, dropped {dropped}").format(
                other=numbers.get("other_id", "?"),
                survivor=numbers.get("survivor_id", "?"),
                moved=numbers.get("moved", 0),
                dropped=numbers.get("dropped", 0),
            )
        if "created" in numbers:
            return self.tr("imported {0}, updated {1}, skipped {2}, rejected {3}").format(
                numbers.get("created", 0),
                numbers.get("updated", 0),
                numbers.get("skipped", 0),
                numbers.get("rejected", 0),
            )
        return ", ".join(f"{key} {value}" for key, value in numbers.items())

    def chosen(self) -> Batch | None:
        rows = self.batches.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.shown):
            return None
        return self.shown[rows[0].row()]

    def select(self, batch_id: int) -> None:
        for row, batch in enumerate(self.shown):
            if batch.id == batch_id:
                self.batches.selectRow(row)
                return

    def _selected(self) -> None:
        batch = self.chosen()
        self.undo_button.setEnabled(batch is not None and not batch.undone)

    def undo(self) -> None:
        batch = self.chosen()
        if batch is None or batch.undone:
            return
        what = self.tr("merge") if batch.kind == "merge" else self.tr("import")
        answer = QMessageBox.question(
            self,
            self.tr("Undo"),
            self.tr(
                "Undo the {what} {number} ({source})? What it created is removed and what "
                "it changed or deleted is put back. A backup is made first."
            ).format(what=what, number=batch.id, source=batch.source),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            outcome = undo_batch(self.db, batch.id)
        except StoreError as problem:
            self.status.setText(problem_text(problem))
            return
        self.status.setText(
            self.tr("The {what} {number} was undone: {outcome}.").format(
                what=what, number=batch.id, outcome=outcome.text()
            )
        )
        self.refresh()
        self.changed.emit()
