"""The first start: there is no database yet, so ask how to begin."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)


class FirstStartDialog(QDialog):
    """Start with a demo cluster to try things out, or with an empty database."""

    def __init__(self, path: Path, parent=None) -> None:
        super().__init__(parent)
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = QPushButton(self.tr("Create database"))
        self.create_button.setDefault(True)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def with_demo_data(self) -> bool:
        return self.demo_choice.isChecked()


def shown_path(path: Path) -> str:
    """A path as a person reads it: the home folder written as ~."""
    try:
        return "~/" + path.resolve().relative_to(Path.home().resolve()).as_posix()
    except ValueError:
        return str(path)
