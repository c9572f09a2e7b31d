"""The cluster's own profile: name, region, logo, colours and life-cycle stage,
used on every document the secretariat prints."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from secretariat.domain import records
from secretariat.domain.enums import LifeCycleStage
from secretariat.domain.validation import ValidationError
from secretariat.store import ClusterDatabase, ConflictError, StoreError
from secretariat.ui.dialogs import ask_unsaved, show_problem
from secretariat.ui.record_form import RecordForm
from secretariat.ui.record_page import repository_of

FUNCTIONS = {
    LifeCycleStage.POTENTIAL: (
        "Attract new members, stimulate communication, shape the network, build trust.",
        "Fundraising, event management, lobbying.",
    ),
    LifeCycleStage.GROWING: (
        "Relations with authorities and partners, promote the cluster idea, involve local "
        "stakeholders, intensify cooperation.",
        "Relationship management and marketing, branding, knowledge management, stimulating "
        "business initiatives.",
    ),
    LifeCycleStage.MATURE: (
        "Develop entrepreneurial activity, form the cluster brand, diversify, inter-cluster "
        "cooperation, integrate into global value chains, international brand.",
        "Full-cycle innovation management, business process integration, cluster "
        "re-engineering, international branding.",
    ),
}


class ClusterProfilePage(QWidget):
    counts_changed = Signal()
    message = Signal(str)

    def __init__(self, db: ClusterDatabase, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("page_profile")
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Cluster profile"), self)
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        layout.addWidget(title)
        intro = QLabel(
            self.tr("The cluster's name, logo and colours appear on every document you print."),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        names = [f.name for f in records.CLUSTER_PROFILE.fields if f.name != "logo_mime_type"]
        self.form = RecordForm(
            records.CLUSTER_PROFILE, names, lambda table: repository_of(db, table), parent=self
        )
        self.form.setMaximumWidth(700)
        self.form.changed.connect(self._update)
        layout.addWidget(self.form)
        self.stage_help = QLabel(self, objectName="stage_help")
        self.stage_help.setWordWrap(True)
        self.stage_help.setMaximumWidth(700)
        layout.addWidget(self.stage_help)
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Cancel"), self, objectName="cancel")
        self.save_button = QPushButton(self.tr("Save"), self, objectName="save")
        self.cancel_button.clicked.connect(self.cancel_changes)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        self.form.load(self.db.profile())
        self._update()

    def _update(self) -> None:
        dirty = self.form.dirty
        self.save_button.setEnabled(dirty)
        self.cancel_button.setEnabled(dirty)
        stage = LifeCycleStage(self.form.editors["life_cycle_stage"].value() or "potential")
        functions, competencies = FUNCTIONS[stage]
        self.stage_help.setText(
            self.tr(
                "<b>The facilitator's functions at this stage:</b> {functions}<br>"
                "<b>Competencies needed:</b> {competencies}"
            ).format(functions=self.tr(functions), competencies=self.tr(competencies))
        )

    def cancel_changes(self) -> None:
        self.refresh()

    def save(self) -> bool:
        record = self.form.record or {}
        try:
            self.db.update_profile(record["version"], self.form.changes())
        except ValidationError as error:
            unshown = self.form.show_errors(error)
            if unshown:
                QMessageBox.warning(self, self.tr("Cluster profile"), "\n".join(unshown))
            return False
        except ConflictError as conflict:
            show_problem(self, conflict)
            self.refresh()
            return False
        except StoreError as problem:
            show_problem(self, problem)
            return False
        self.refresh()
        self.counts_changed.emit()
        self.message.emit(self.tr("The cluster profile is saved."))
        return True

    def can_leave(self) -> bool:
        if not self.form.dirty:
            return True
        answer = ask_unsaved(self, self.tr("cluster profile"))
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.refresh()
            return True
        return False
