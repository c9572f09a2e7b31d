"""The first start: there is no database yet, so ask how to begin."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
)

from secretariat.ui.dialogs import default_button


class FirstStartDialog(QDialog):
    """Start with a demo cluster to try things out, or with an empty database.

    Enter anywhere creates the database (the default button); leaving — Cancel,
    Escape, the window's close button — asks first, since it ends the program.
    """

    first_painted = Signal()

    def __init__(self, path: Path, parent=None) -> None:
        super().__init__(parent)
        self._painted = False
        self.setWindowTitle(self.tr("Welcome to Secretariat"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        heading = QLabel(self.tr("Welcome to Secretariat"))
        heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        layout.addWidget(heading)
        intro = QLabel(
            self.tr(
                "There is no cluster database yet. Secretariat will create one here:"
                "<br><b>{path}</b>"
            ).format(path=html.escape(shown_path(path)))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.cluster_name = QLineEdit(self, objectName="cluster_name")
        self.cluster_name.setPlaceholderText(self.tr("e.g. Wasserstoff-Cluster Rheinland"))
        self.staff_name = QLineEdit(self, objectName="staff_name")
        self.staff_name.setPlaceholderText(self.tr("e.g. Anna Schmidt"))
        form.addRow(self.tr("Name of your cluster:"), self.cluster_name)
        form.addRow(self.tr("Your name (for the change history):"), self.staff_name)
        layout.addLayout(form)
        self.demo_choice = QRadioButton(self.tr("Start with a demo cluster"))
        demo_note = QLabel(self.tr("100 invented organisations, to try things out"))
        demo_note.setWordWrap(True)
        demo_note.setContentsMargins(24, 0, 0, 0)
        self.empty_choice = QRadioButton(self.tr("Start with an empty database"))
        self.empty_choice.setChecked(True)
        left = Qt.AlignmentFlag.AlignLeft  # a button as wide as its text: clicked where read
        layout.addWidget(self.demo_choice, 0, left)
        layout.addWidget(demo_note)
        layout.addWidget(self.empty_choice, 0, left)
        buttons = QDialogButtonBox(self)
        self.create_button = buttons.addButton(
            self.tr("Create database"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        default_button(self.create_button)

    def with_demo_data(self) -> bool:
        return self.demo_choice.isChecked()

    def reject(self) -> None:
        """Leaving ends the program: ask before, and stay unless the user says so."""
        question = QMessageBox(
            QMessageBox.Icon.Question,
            self.windowTitle(),
            self.tr("Quit Secretariat without creating a database?"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        question.setObjectName("quit_without_database")
        quit_button = question.addButton(self.tr("Quit"), QMessageBox.ButtonRole.DestructiveRole)
        quit_button.setObjectName("quit")
        stay = question.addButton(self.tr("Back"), QMessageBox.ButtonRole.RejectRole)
        question.setDefaultButton(stay)
        question.setEscapeButton(stay)
        question.exec()
        if question.clickedButton() is quit_button:
            super().reject()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()


def shown_path(path: Path) -> str:
    """A path as a person reads it: the home folder written as ~."""
    try:
        return "~/" + path.resolve().relative_to(Path.home().resolve()).as_posix()
    except ValueError:
        return str(path)
