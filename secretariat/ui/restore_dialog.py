"""File → Restore from backup…: the database's backups, newest first, with when
each was taken (local time), why, and its size; Restore the chosen one, or pick
another file. The main window asks for confirmation and restores."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.store.backups import BackupInfo, list_backups
from secretariat.ui.dialogs import read_only_table
from secretariat.ui.formatting import show_date

DATABASE_FILTER = "Secretariat databases (*.sqlite3 *.sqlite *.db);;All files (*)"


class RestoreDialog(QDialog):
    """See the module. After ``exec()`` returns Accepted, ``chosen`` is the backup
    file to restore."""

    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(640, 420)
        self.backups: list[BackupInfo] = list_backups(database)

        explanation = QLabel(
            self.tr(
                "The backups of “{name}”, newest first. Restoring replaces the open "
                "database; a copy of it is kept as a backup first."
            ).format(name=database.name),
            self,
            objectName="explanation",
        )
        explanation.setWordWrap(True)

        self.table = QTableWidget(0, 3, self, objectName="backups")
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Reason"), self.tr("Size")])
        read_only_table(self.table, QAbstractItemView.SelectionMode.SingleSelection, stretch=(1,))
        self._fill()
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.itemDoubleClicked.connect(lambda _item: self._restore_chosen())

        self.empty = QLabel(
            self.tr("There are no backups of this database yet."), self, objectName="empty"
        )
        self.empty.setVisible(not self.backups)

        self.restore_button = QPushButton(self.tr("Restore…"), self, objectName="restore_button")
        self.other_button = QPushButton(self.tr("Other file…"), self, objectName="other_file")
        self.cancel_button = QPushButton(self.tr("Cancel"), self, objectName="cancel")
        for button in (self.restore_button, self.other_button, self.cancel_button):
            button.setAutoDefault(False)
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._restore_chosen)
        self.other_button.clicked.connect(self._other_file)
        self.cancel_button.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        if self.backups:
            self.table.selectRow(0)

    def reason_text(self, reason: str) -> str:
        """The reason in the user's language ("before import")."""
        known = {
            "daily": self.tr("daily"),
            "by hand": self.tr("by hand"),
            "before import": self.tr("before import"),
            "before merge": self.tr("before merge"),
            "before undo": self.tr("before undo"),
            "before restore": self.tr("before restore"),
            "before erasure": self.tr("before erasure"),
            "before upgrade": self.tr("before upgrade"),
        }
        return known.get(reason, reason)

    def _fill(self) -> None:
        locale = QLocale()
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            local = backup.taken_at.astimezone()
            cells = (
                f"{show_date(local.date().isoformat())} {local:%H:%M}",
                self.reason_text(backup.reason),
                locale.formattedDataSize(
                    backup.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
                ),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(backup.path))
                self.table.setItem(row, column, item)

    def _selected(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _restore_chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self.chosen = self.backups[rows[0].row()].path
        self.accept()

    def _other_file(self) -> None:
        source, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from another file"),
            str(self.database.parent),
            self.tr(DATABASE_FILTER),
        )
        if source:
            self.chosen = Path(source)
            self.accept()
