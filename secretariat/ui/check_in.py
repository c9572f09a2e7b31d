"""Check-in mode for the day of the event: type part of a name, press Enter, and the
person is marked as attended; walk-ins are added on the spot; the count is live."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from secretariat import planning
from secretariat.domain import enums
from secretariat.domain.fields import Record
from secretariat.store import ClusterDatabase, StoreError
from secretariat.store.tables import listed_filters
from secretariat.ui.dialogs import name_controls, show_problem
from secretariat.ui.formatting import show_moment, vocabulary_label
from secretariat.ui.pickers import RecordPicker

ID_ROLE = Qt.ItemDataRole.UserRole
SHOWN = 12


def tr(text: str) -> str:
    return QCoreApplication.translate("CheckIn", text)


class CheckInDialog(QDialog):
    def __init__(self, db: ClusterDatabase, event: Record, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_record = event
        self.setWindowTitle(tr("Check-in: {title}").format(title=event["title"]))
        self.resize(760, 620)
        layout = QVBoxLayout(self)
        heading = QLabel(
            f"{event['title']} · {show_moment(event['starts_at'], event['time_zone'])}", self
        )
        heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.count = QLabel(self, objectName="check_in_count")
        self.count.setStyleSheet("font-size: 16pt;")
        layout.addWidget(self.count)
        how = QLabel(
            tr("Type part of a name, then press Enter. Up and Down choose another match."),
            self,
            objectName="check_in_how",
        )
        how.setWordWrap(True)  # the long sentence above the field, the short hint in it
        layout.addWidget(how)
        big = QFont(self.font())
        big.setPointSize(20)
        self.search = QLineEdit(self, objectName="check_in_search")
        self.search.setFont(big)
        self.search.setPlaceholderText(tr("Name…"))
        self.search.setAccessibleName(tr("Name of the person at the door"))
        self.search.textChanged.connect(self.find)
        self.search.returnPressed.connect(self.check_in_current)
        self.search.installEventFilter(self)
        layout.addWidget(self.search)
        self.matches = QListWidget(self, objectName="check_in_matches")
        self.matches.setAccessibleName(tr("Matching registrations"))
        self.matches.setFont(QFont(self.font().family(), 14))
        self.matches.itemActivated.connect(lambda _item: self.check_in_current())
        layout.addWidget(self.matches, 1)
        self.feedback = QLabel(self, objectName="check_in_feedback")
        self.feedback.setStyleSheet("font-size: 14pt; color: #2E7D32;")
        self.feedback.setWordWrap(True)  # a long name takes two lines
        layout.addWidget(self.feedback)
        buttons = QHBoxLayout()
        self.walk_in_button = QPushButton(tr("Walk-in…"), self, objectName="walk_in")
        self.walk_in_button.clicked.connect(self.add_walk_in)
        close = QPushButton(tr("Close"), self)
        close.clicked.connect(self.accept)
        for button in (self.walk_in_button, close):  # Enter belongs to the search field
            button.setAutoDefault(False)
            button.setDefault(False)
        buttons.addWidget(self.walk_in_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.registrations: list[Record] = []
        self.reload()
        name_controls(self, self.windowTitle())

    def reload(self) -> None:
        self.registrations = [
            r
            for r in self.db.registrations.list(
                filters=listed_filters("registrations", {"event_id": self.event_record["id"]}),
                limit=None,
            )
            if r["status"] != "cancelled"
        ]
        seats = planning.occupancy(self.db, self.event_record["id"])
        expected = seats.registered
        self.count.setText(
            tr("{attended} checked in · {expected} expected").format(
                attended=seats.attended, expected=expected
            )
        )
        self.find(self.search.text())

    def find(self, text: str) -> None:
        self.matches.clear()
        words = text.strip()
        if words:
            wanted = set(self.db.contacts.ids(search=words, filters=listed_filters("contacts")))
            found = [r for r in self.registrations if r["contact_id"] in wanted]
        else:
            found = [r for r in self.registrations if r["status"] != "attended"]
        for registration in found[:SHOWN]:
            name = " ".join(p for p in (registration["first_name"], registration["last_name"]) if p)
            status = vocabulary_label(enums.RegistrationStatus, registration["status"])
            organisation = registration.get("organisation_name") or ""
            item = QListWidgetItem(f"{name} — {organisation}  [{status}]")
            item.setData(ID_ROLE, registration["id"])
            self.matches.addItem(item)
        if self.matches.count():
            self.matches.setCurrentRow(0)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        """Up and Down in the search field move through the matches."""
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and (event.type() == QKeyEvent.Type.KeyPress)
        ):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step and self.matches.count():
                row = max(0, min(self.matches.count() - 1, self.matches.currentRow() + step))
                self.matches.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def check_in_current(self) -> None:
        item = self.matches.currentItem()
        if item is None:
            return
        registration = next(r for r in self.registrations if r["id"] == item.data(ID_ROLE))
        name = " ".join(p for p in (registration["first_name"], registration["last_name"]) if p)
        if registration["status"] == "attended":
            self.feedback.setText(tr("{name} is already checked in.").format(name=name))
        else:
            try:
                planning.check_in(self.db, registration["id"], registration["version"])
            except StoreError as problem:
                show_problem(self, problem)
                return
            self.feedback.setText(tr("✔ {name} checked in.").format(name=name))
        self.search.clear()
        self.reload()
        self.search.setFocus()

    def add_walk_in(self) -> None:
        dialog = WalkInDialog(self.db, self)
        if not dialog.exec():
            return
        try:
            planning.walk_in(
                self.db,
                self.event_record["id"],
                first_name=dialog.first_name.text(),
                last_name=dialog.last_name.text(),
                organisation_id=dialog.organisation.record_id(),
                email=dialog.email.text() or None,
            )
        except StoreError as problem:
            show_problem(self, problem)
            return
        name = f"{dialog.first_name.text()} {dialog.last_name.text()}".strip()
        self.feedback.setText(tr("✔ {name} added and checked in.").format(name=name))
        self.reload()


class WalkInDialog(QDialog):
    """Someone who did not register is at the door."""

    def __init__(self, db: ClusterDatabase, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Walk-in"))
        layout = QFormLayout(self)
        self.first_name = QLineEdit(self, objectName="walk_in_first_name")
        self.last_name = QLineEdit(self, objectName="walk_in_last_name")
        self.organisation = RecordPicker(db.organisations, self)
        self.email = QLineEdit(self, objectName="walk_in_email")
        layout.addRow(tr("First name"), self.first_name)
        layout.addRow(tr("Last name *"), self.last_name)
        layout.addRow(tr("Organisation"), self.organisation)
        layout.addRow(tr("E-mail"), self.email)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addRow(self.buttons)
        self.setMinimumWidth(self.sizeHint().width() + 120)  # room for a picker's hint
        name_controls(self, self.windowTitle())

    def _accept(self) -> None:
        if not self.last_name.text().strip():
            self.last_name.setFocus()
            self.last_name.setPlaceholderText(tr("Please fill this in."))
            return
        self.accept()
