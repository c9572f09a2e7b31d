"""The main window. For now an overview of the open cluster database; the pages
for daily data entry (organisations, contacts, events...) are built on it."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from secretariat import APP_NAME, __version__
from secretariat.domain.enums import LifeCycleStage
from secretariat.store import ClusterDatabase, StoreError


class MainWindow(QMainWindow):
    """The window a secretary works in."""

    first_painted = Signal()

    def __init__(self, db: ClusterDatabase) -> None:
        super().__init__()
        self.db = db
        self._painted = False
        self.setWindowTitle(f"{APP_NAME} — {db.name}")
        self.resize(900, 600)
        self._build_menus()
        self.overview = QWidget(objectName="overview")
        layout = QVBoxLayout(self.overview)
        self.cluster_name = QLabel(objectName="cluster_name")
        self.cluster_name.setStyleSheet("font-size: 18pt; font-weight: bold;")
        layout.addWidget(self.cluster_name)
        self.cluster_region = QLabel(objectName="cluster_region")
        layout.addWidget(self.cluster_region)
        box = QGroupBox(self.tr("In this database"))
        self.count_labels: dict[str, QLabel] = {}
        form = QFormLayout(box)
        captions = {
            "organisations": self.tr("Organisations"),
            "contacts": self.tr("Contacts"),
            "products": self.tr("Products and services"),
            "events": self.tr("Events"),
            "interactions": self.tr("Interactions"),
            "projects": self.tr("Projects"),
        }
        for key, caption in captions.items():
            label = QLabel(objectName=f"count_{key}")
            self.count_labels[key] = label
            form.addRow(caption, label)
        layout.addWidget(box)
        layout.addStretch(1)
        self.setCentralWidget(self.overview)
        self.refresh()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.backup_action = QAction(self.tr("&Back up now…"), self)
        self.backup_action.triggered.connect(self.back_up)
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Secretariat"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def refresh(self) -> None:
        profile = self.db.profile()
        self.cluster_name.setText(profile["name"] or self.tr("Your cluster"))
        stage = LifeCycleStage(profile["life_cycle_stage"])
        stages = {
            LifeCycleStage.POTENTIAL: self.tr("potential cluster"),
            LifeCycleStage.GROWING: self.tr("growing cluster"),
            LifeCycleStage.MATURE: self.tr("mature cluster"),
        }
        self.cluster_region.setText(
            " · ".join(part for part in (profile["region"], stages[stage]) if part)
        )
        locale = QLocale()
        counts = self.db.counts()
        for key, label in self.count_labels.items():
            label.setText(locale.toString(counts[key]))
        self.statusBar().showMessage(
            self.tr("{organisations} organisations, {contacts} contacts — {file}").format(
                organisations=locale.toString(counts["organisations"]),
                contacts=locale.toString(counts["contacts"]),
                file=self.db.name,
            )
        )

    def back_up(self) -> None:
        suggestion = str(self.db.path.with_suffix(".backup.sqlite3")) if self.db.path else ""
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up the database"), suggestion, self.tr("Databases (*.sqlite3)")
        )
        if not target:
            return
        try:
            written = self.db.backup(target)
        except StoreError as problem:
            QMessageBox.warning(self, APP_NAME, str(problem))
            return
        self.statusBar().showMessage(self.tr("Backup written to {path}").format(path=written))

    def show_about(self) -> None:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        QMessageBox.about(
            self,
            self.tr("About Secretariat"),
            self.tr(
                "<b>Secretariat {version}</b><p>The back office of a business-cluster "
                "secretariat.</p><p>Database: {path} (schema {schema})<br>"
                "Qt {qt}, PySide6 {pyside}</p>"
            ).format(
                version=__version__,
                path=self.db.path or self.db.name,
                schema=self.db.schema_version,
                qt=qVersion(),
                pyside=pyside_version,
            ),
        )

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
