"""The tabs of the event editor: programme, participants, checklist and budget.

Each panel shows one event's records and changes them through the planning rules
(registrations with their waitlist, checklists) or the store (programme items,
budget lines); after every change it says so, so the page can refresh its counts
and its conflict warnings.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QUrl, QUrlQuery, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secretariat import planning
from secretariat.domain import enums, records
from secretariat.domain.fields import Record
from secretariat.domain.validation import format_phone
from secretariat.store import ClusterDatabase, StoreError
from secretariat.ui.calendar_view import FlowLayout
from secretariat.ui.dialogs import show_problem
from secretariat.ui.formatting import show_date, show_moment, show_money, vocabulary_label
from secretariat.ui.pickers import RecordPicker
from secretariat.ui.record_page import RecordDialog, make_table_view
from secretariat.ui.table_model import Column, RecordTableModel

NO_EVENT = 0


def tr(text: str) -> str:
    return QCoreApplication.translate("EventPanels", text)


def _person(value, row: Record) -> str:
    return " ".join(p for p in (row.get("first_name"), row.get("last_name")) if p)


class EventPanel(QWidget):
    """A list of one kind of the event's records with buttons under it."""

    changed = Signal()
    message = Signal(str)

    def __init__(
        self, db: ClusterDatabase, table: str, columns: list[Column], parent=None, row_colour=None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.event_record: Record | None = None
        self.layout_ = QVBoxLayout(self)
        self.model = RecordTableModel(
            getattr(db, table), columns, self, row_colour=row_colour, filters={"event_id": NO_EVENT}
        )
        self.view = make_table_view(self.model, self)
        self.view.setObjectName(f"event_{table}")
        self.layout_.addWidget(self.view, 1)
        self.buttons = FlowLayout()  # wraps into more rows in a narrow window
        self.layout_.addLayout(self.buttons)

    def button(self, text: str, slot, name: str) -> QPushButton:
        button = QPushButton(text, self, objectName=name)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def show_event(self, event: Record | None) -> None:
        self.event_record = event
        if not self.model.set_filters({"event_id": event["id"] if event else NO_EVENT}):
            self.model.reload()  # the same event: read it again all the same
        self.setEnabled(event is not None)

    def selected(self) -> Record | None:
        index = self.view.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def done(self, text: str = "") -> None:
        self.model.reload()
        if text:
            self.message.emit(text)
        self.changed.emit()


class EditablePanel(EventPanel):
    """An event panel whose records are added, edited and removed with a small form."""

    TABLE = ""
    FIELDS: list[str] = []
    TITLE = ""  # the form's title
    ADDED, SAVED, REMOVED = "", "", ""

    def editing_buttons(self, noun: str) -> None:
        self.button(tr("Add {noun}…").format(noun=noun), self.add_record, f"add_{self.TABLE}")
        self.button(tr("Edit…"), self.edit_record, f"edit_{self.TABLE}")
        self.button(tr("Remove"), self.remove_record, f"remove_{self.TABLE}")
        self.view.doubleClicked.connect(lambda _index: self.edit_record())

    def defaults(self) -> Record:
        assert self.event_record is not None
        return {"event_id": self.event_record["id"]}

    def _dialog(self, record: Record | None) -> RecordDialog:
        return RecordDialog(
            self.db, self.TABLE, self.FIELDS, tr(self.TITLE), self.defaults(), record, self
        )

    def add_record(self) -> None:
        if self.event_record is not None and self._dialog(None).exec():
            self.done(tr(self.ADDED))

    def edit_record(self) -> None:
        chosen = self.selected()
        repository = getattr(self.db, self.TABLE)
        if chosen is not None and self._dialog(repository.get(chosen["id"])).exec():
            self.done(tr(self.SAVED))

    def remove_record(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        try:
            getattr(self.db, self.TABLE).delete(chosen["id"], chosen["version"])
        except StoreError as problem:
            show_problem(self, problem)
        self.done(tr(self.REMOVED))


class ProgrammePanel(EditablePanel):
    TABLE = "programme_items"
    TITLE = "Programme item"
    ADDED, SAVED, REMOVED = (
        "Programme item added.",
        "Programme item saved.",
        "Programme item removed.",
    )
    FIELDS = [
        "title",
        "starts_at",
        "ends_at",
        "speaker_contact_id",
        "speaker_name",
        "room",
        "description",
    ]

    def __init__(self, db: ClusterDatabase, parent=None) -> None:
        columns = [
            Column("starts_at", tr("Start"), None, lambda v, r: show_moment(v)[-5:], 60),
            Column("ends_at", tr("End"), None, lambda v, r: show_moment(v)[-5:], 60),
            Column("title", tr("Item"), None, None, 240),
            Column("speaker_contact_id", tr("Speaker"), None, self._speaker, 170),
            Column("room", tr("Room"), None, None, 100),
        ]
        super().__init__(db, "programme_items", columns, parent)
        self.editing_buttons(tr("item"))

    def _speaker(self, value, row: Record) -> str:
        if value:
            contact = self.db.contacts.listed(value)
            if contact:
                return _person(None, contact)
        return row.get("speaker_name") or ""

    def defaults(self) -> Record:
        assert self.event_record is not None
        last = self.model.record(self.model.rowCount() - 1)
        start = last["ends_at"] if last else self.event_record["starts_at"]
        return {"event_id": self.event_record["id"], "starts_at": start, "ends_at": start}


class MovedUpNotice(QFrame):
    """Someone moved up from the waitlist: who, how to reach them, and a prepared
    e-mail. It stays until dismissed — a seat promised must be told."""

    def __init__(self, contact: Record, event: Record, parent=None) -> None:
        super().__init__(parent, objectName="moved_up_notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#moved_up_notice { background: #FFF4CE; border: 1px solid #E0B400;"
            " border-radius: 4px; } QLabel { color: #3A3000; }"
        )
        self.contact, self.event_record = contact, event
        name = _person(None, contact)
        reach = [contact.get("email") or ""] + [
            format_phone(contact[key]) for key in ("phone", "mobile") if contact.get(key)
        ]
        reach = [part for part in reach if part]
        text = tr("{name} moved up from the waitlist for “{event}” — please let them know.").format(
            name=name, event=event.get("title", "")
        )
        if reach:
            text += "\n" + " · ".join(reach)
        else:
            text += "\n" + tr("No e-mail address or phone number is on record.")
        self.label = QLabel(text, self, objectName="moved_up_text")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.write_button = QPushButton(tr("Write e-mail…"), self, objectName="write_email")
        self.write_button.setEnabled(bool(contact.get("email")))
        self.write_button.clicked.connect(self.write_email)
        self.dismiss_button = QPushButton(tr("Dismiss"), self, objectName="dismiss_notice")
        self.dismiss_button.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
        row.addWidget(self.write_button)
        row.addWidget(self.dismiss_button)

    def mail_url(self) -> QUrl:
        """mailto: with the person's address, a subject and a short text to send."""
        url = QUrl()
        url.setScheme("mailto")
        url.setPath(self.contact.get("email") or "")
        title = self.event_record.get("title", "")
        when = show_moment(self.event_record.get("starts_at"), self.event_record.get("time_zone"))
        query = QUrlQuery()
        query.addQueryItem("subject", tr("Your registration: {event}").format(event=title))
        query.addQueryItem(
            "body",
            tr(
                "Hello {name},\n\na seat has become free at “{event}” ({when}): you moved up "
                "from the waitlist and your registration is confirmed.\n\nKind regards"
            ).format(name=_person(None, self.contact), event=title, when=when),
        )
        url.setQuery(query)
        return url

    def write_email(self) -> None:
        QDesktopServices.openUrl(self.mail_url())

    def dismiss(self) -> None:
        self.hide()
        self.deleteLater()


class ParticipantsPanel(EventPanel):
    """Registrations with their waitlist, and the seats against the capacity."""

    def __init__(self, db: ClusterDatabase, parent=None) -> None:
        columns = [
            Column("last_name", tr("Person"), "last_name", _person, 180),
            Column("organisation_name", tr("Organisation"), None, None, 190),
            Column(
                "status",
                tr("Status"),
                "status",
                lambda v, r: vocabulary_label(enums.RegistrationStatus, v),
                100,
            ),
            Column(
                "role",
                tr("Role"),
                None,
                lambda v, r: vocabulary_label(enums.RegistrationRole, v),
                90,
            ),
            Column(
                "waitlist_position",
                tr("Waitlist"),
                "waitlist_position",
                lambda v, r: str(v) if v else "",
                60,
            ),
            Column("moved_up_at", tr("Moved up"), None, lambda v, r: show_moment(v), 120),
        ]
        super().__init__(db, "registrations", columns, parent)
        self.notices = QVBoxLayout()  # who moved up from the waitlist, until dismissed
        self.layout_.insertLayout(0, self.notices)
        self.occupancy_label = QLabel(self, objectName="occupancy")
        self.occupancy_label.setStyleSheet("font-weight: bold;")
        self.occupancy_label.setWordWrap(True)
        self.layout_.insertWidget(1, self.occupancy_label)
        # a person or an organisation's contacts beside the buttons that register them,
        # the role they get under them
        add = QGridLayout()
        self.person_picker = RecordPicker(db.contacts, self, tr("Type a name to register…"))
        self.role_choice = QComboBox(self, objectName="registration_role")
        for role in enums.RegistrationRole:
            self.role_choice.addItem(
                vocabulary_label(enums.RegistrationRole, role.value), role.value
            )
        self.register_button = QPushButton(tr("Register"), self, objectName="register")
        self.register_button.clicked.connect(self.register_person)
        self.person_picker.confirmed.connect(self.register_person)  # Enter in the name
        self.organisation_picker = RecordPicker(
            db.organisations, self, tr("…or all contacts of an organisation")
        )
        self.organisation_button = QPushButton(
            tr("Register all"), self, objectName="register_organisation"
        )
        self.organisation_button.clicked.connect(self.register_organisation)
        self.filter_button = QPushButton(tr("By filter…"), self, objectName="register_by_filter")
        self.filter_button.clicked.connect(self.register_by_filter)
        self.person_picker.setMinimumWidth(120)
        self.organisation_picker.setMinimumWidth(120)
        self.role_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.role_choice.setMinimumContentsLength(8)
        self.role_choice.setMaximumWidth(self.role_choice.view().sizeHintForColumn(0) + 48)
        self.role_choice.view().setMinimumWidth(self.role_choice.view().sizeHintForColumn(0) + 24)
        role = QHBoxLayout()
        role_label = QLabel(tr("Role:"), self)
        role_label.setBuddy(self.role_choice)
        role.addWidget(role_label)
        role.addWidget(self.role_choice, 1)
        role.addStretch(1)  # the choice stays beside its label
        add.addWidget(self.person_picker, 0, 0)
        add.addWidget(self.register_button, 0, 1)
        add.addWidget(self.organisation_picker, 1, 0)
        add.addWidget(self.organisation_button, 1, 1)
        add.addLayout(role, 2, 0)
        add.addWidget(self.filter_button, 2, 1)
        add.setColumnStretch(0, 1)
        self.layout_.insertLayout(2, add)
        self.status_choice = QComboBox(self, objectName="registration_status")
        for status in enums.RegistrationStatus:
            self.status_choice.addItem(
                vocabulary_label(enums.RegistrationStatus, status.value), status.value
            )
        selected = QWidget(self)  # the label stays with the choice when the row wraps
        pair = QHBoxLayout(selected)
        pair.setContentsMargins(0, 0, 0, 0)
        pair.addWidget(QLabel(tr("Selected:"), selected))
        pair.addWidget(self.status_choice)
        self.status_choice.setParent(selected)
        self.buttons.addWidget(selected)
        self.button(tr("Set status"), self.set_status, "set_status")
        self.button(tr("Set role (as above)"), self.set_role, "set_role")
        self.button(tr("Cancel registration"), self.cancel, "cancel_registration")
        self.button(tr("Check in"), self.check_in, "check_in")

    def show_event(self, event: Record | None) -> None:
        super().show_event(event)
        self.update_occupancy()

    def update_occupancy(self) -> None:
        if self.event_record is None:
            self.occupancy_label.clear()
            return
        seats = planning.occupancy(self.db, self.event_record["id"])
        capacity = (
            tr("{taken} of {capacity} seats taken").format(
                taken=seats.registered, capacity=seats.capacity
            )
            if seats.capacity is not None
            else tr("{taken} registered (no limit)").format(taken=seats.registered)
        )
        self.occupancy_label.setText(
            tr(
                "{capacity} · {waiting} on the waitlist · {invited} invited · "
                "{attended} attended · {speakers} speakers"
            ).format(
                capacity=capacity,
                waiting=seats.waitlisted,
                invited=seats.invited,
                attended=seats.attended,
                speakers=seats.speakers,
            )
        )

    def done(self, text: str = "") -> None:
        super().done(text)
        self.update_occupancy()

    def _attempt(self, action, success: str) -> None:
        try:
            result = action()
        except StoreError as problem:
            show_problem(self, problem)
            return
        self.done(success.format(**result) if isinstance(result, dict) else success)

    def register_person(self) -> None:
        contact_id = self.person_picker.record_id()
        if self.event_record is None or contact_id is None:
            return
        event_id, role = self.event_record["id"], self.role_choice.currentData()

        def act():
            record = planning.register(self.db, event_id, contact_id, role=role)
            status = vocabulary_label(enums.RegistrationStatus, record["status"])
            return {"status": status}

        self._attempt(act, tr("Registered ({status})."))
        self.person_picker.set_record(None)

    def register_organisation(self) -> None:
        organisation_id = self.organisation_picker.record_id()
        if self.event_record is None or organisation_id is None:
            return
        event_id, role = self.event_record["id"], self.role_choice.currentData()
        self._attempt(
            lambda: {
                "count": len(
                    planning.register_organisations(self.db, event_id, [organisation_id], role=role)
                )
            },
            tr("{count} people registered."),
        )
        self.organisation_picker.set_record(None)

    def register_by_filter(self) -> None:
        if self.event_record is None:
            return
        dialog = RegisterByFilterDialog(self.db, self)
        if not dialog.exec():
            return
        event_id, role = self.event_record["id"], dialog.role.currentData()
        organisations = dialog.organisation_ids()
        self._attempt(
            lambda: {
                "count": len(
                    planning.register_organisations(self.db, event_id, organisations, role=role)
                )
            },
            tr("{count} people registered."),
        )

    def _moved_up(self, promoted: Record | None) -> str:
        """A notice for the one who moved up (it stays); a line for the status bar."""
        if promoted is None or self.event_record is None:
            return ""
        contact = self.db.contacts.get(promoted["contact_id"])
        notice = MovedUpNotice(contact, self.event_record, self)
        self.notices.addWidget(notice)
        notice.show()
        return tr("{name} moved up from the waitlist — please let them know.").format(
            name=_person(None, contact)
        )

    def moved_up_notices(self) -> list[MovedUpNotice]:
        return [n for n in self.findChildren(MovedUpNotice) if not n.isHidden()]

    def set_status(self) -> None:
        registration = self.selected()
        if registration is None:
            return
        status = self.status_choice.currentData()
        try:
            _changed, promoted = planning.change_registration(
                self.db, registration["id"], registration["version"], status=status
            )
        except StoreError as problem:
            show_problem(self, problem)
            return
        self.done(self._moved_up(promoted) or tr("Status changed."))

    def set_role(self) -> None:
        registration = self.selected()
        if registration is None:
            return
        role = self.role_choice.currentData()
        try:
            _changed, promoted = planning.change_registration(
                self.db, registration["id"], registration["version"], role=role
            )
        except StoreError as problem:
            show_problem(self, problem)
            return
        self.done(self._moved_up(promoted) or tr("Role changed."))

    def cancel(self) -> None:
        registration = self.selected()
        if registration is None:
            return
        answer = QMessageBox.question(
            self,
            tr("Cancel registration"),
            tr("Cancel the registration of {name}?").format(name=_person(None, registration)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            promoted = planning.cancel_registration(
                self.db, registration["id"], registration["version"]
            )
        except StoreError as problem:
            show_problem(self, problem)
            return
        self.done(self._moved_up(promoted) or tr("Registration cancelled."))

    def check_in(self) -> None:
        registration = self.selected()
        if registration is not None:
            self._attempt(
                lambda: planning.check_in(self.db, registration["id"], registration["version"]),
                tr("Checked in."),
            )


class RegisterByFilterDialog(QDialog):
    """Register everyone at the organisations that match: all members, all
    ambassadors, everyone working on hydrogen..."""

    def __init__(self, db: ClusterDatabase, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(tr("Register by filter"))
        layout = QFormLayout(self)
        self.choices: dict[str, QComboBox] = {}
        for name, label, options in (
            (
                "relation",
                tr("Relation"),
                [(vocabulary_label(enums.Relation, r.value), r.value) for r in enums.Relation],
            ),
            (
                "role",
                tr("Cluster role"),
                [
                    (vocabulary_label(enums.ClusterRole, r.value), r.value)
                    for r in enums.ClusterRole
                ],
            ),
            ("theme", tr("Theme"), [(t, t) for t in db.themes()]),
            (
                "size_class",
                tr("Size"),
                [(vocabulary_label(enums.SizeClass, c.value), c.value) for c in enums.SizeClass],
            ),
        ):
            combo = QComboBox(self, objectName=f"by_{name}")
            combo.addItem(tr("any"), None)
            for text, value in options:
                combo.addItem(text, value)
            combo.currentIndexChanged.connect(self._count)
            self.choices[name] = combo
            layout.addRow(label, combo)
        self.role = QComboBox(self, objectName="by_filter_role")
        for role in enums.RegistrationRole:
            self.role.addItem(vocabulary_label(enums.RegistrationRole, role.value), role.value)
        layout.addRow(tr("Register as"), self.role)
        self.found = QLabel(self, objectName="by_filter_found")
        layout.addRow(self.found)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Register"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addRow(self.buttons)
        self._count()

    def filters(self) -> dict:
        return {name: combo.currentData() for name, combo in self.choices.items()}

    def organisation_ids(self) -> list[int]:
        return self.db.organisations.ids(filters=self.filters())

    def _count(self) -> None:
        count = self.db.organisations.count(filters=self.filters())
        self.found.setText(
            tr("{count} organisations match; their contacts will be registered.").format(
                count=count
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(count > 0)


class ChecklistPanel(EditablePanel):
    TABLE = "tasks"
    TITLE = "Checklist task"
    ADDED, SAVED, REMOVED = "Task added.", "Task saved.", "Task removed."
    FIELDS = ["title", "due_on", "owner_staff_id", "done"]

    def __init__(self, db: ClusterDatabase, parent=None) -> None:
        columns = [
            Column("due_on", tr("Due"), "due_on", lambda v, r: show_date(v), 90),
            Column("title", tr("Task"), None, None, 300),
            Column("owner_staff_id", tr("Owner"), None, self._owner, 140),
            Column("done", tr("Done"), None, lambda v, r: "✔" if v else "", 50),
        ]
        super().__init__(db, "tasks", columns, parent, row_colour=_overdue_red)
        self.button(tr("Done / not done"), self.toggle, "toggle_task")
        self.editing_buttons(tr("task"))
        self.template_button = self.button(
            tr("Create from template"), self.from_template, "checklist_template"
        )

    def _owner(self, value, row: Record) -> str:
        if not value:
            return ""
        staff = self.db.staff_members.listed(value)
        return staff["display_name"] if staff else ""

    def show_event(self, event: Record | None) -> None:
        super().show_event(event)
        self.template_button.setEnabled(event is not None and self.model.total == 0)

    def toggle(self) -> None:
        task = self.selected()
        if task is None:
            return
        try:
            self.db.tasks.update(task["id"], task["version"], {"done": 0 if task["done"] else 1})
        except StoreError as problem:
            show_problem(self, problem)
        self.done()

    def from_template(self) -> None:
        if self.event_record is None:
            return
        try:
            created = planning.create_checklist(self.db, self.event_record["id"])
        except StoreError as problem:
            show_problem(self, problem)
            return
        self.done(tr("{count} tasks created from the template.").format(count=len(created)))
        self.template_button.setEnabled(False)


def _overdue_red(task: Record) -> str | None:
    due = task.get("due_on")
    if not task.get("done") and due and due < date.today().isoformat():
        return "#C62828"
    return None


class BudgetPanel(EditablePanel):
    TABLE = "budget_lines"
    TITLE = "Budget line"
    ADDED, SAVED, REMOVED = "Budget line added.", "Budget line saved.", "Budget line removed."
    FIELDS = ["description", "kind", "planned_cents", "actual_cents"]

    def __init__(self, db: ClusterDatabase, parent=None) -> None:
        kind = records.BUDGET_LINE.by_name["kind"]
        columns = [
            Column("description", tr("Line"), None, None, 260),
            Column(
                "kind",
                tr("Cost or income"),
                None,
                lambda v, r: vocabulary_label(kind.vocabulary, v),
                110,
            ),
            Column("planned_cents", tr("Planned (€)"), None, lambda v, r: show_money(v), 100),
            Column("actual_cents", tr("Actual (€)"), None, lambda v, r: show_money(v), 100),
        ]
        super().__init__(db, "budget_lines", columns, parent)
        self.totals = QLabel(self, objectName="budget_totals")
        self.totals.setWordWrap(True)
        self.layout_.insertWidget(1, self.totals)
        self.editing_buttons(tr("line"))

    def show_event(self, event: Record | None) -> None:
        super().show_event(event)
        self.update_totals()

    def done(self, text: str = "") -> None:
        super().done(text)
        self.update_totals()

    def update_totals(self) -> None:
        if self.event_record is None:
            self.totals.clear()
            return
        totals = planning.budget_totals(self.db, self.event_record["id"])
        self.totals.setText(
            tr(
                "Planned: costs {pc} €, income {pi} €, balance {pb} € · "
                "Actual: costs {ac} €, income {ai} €, balance {ab} €"
            ).format(
                pc=show_money(totals.planned_cost),
                pi=show_money(totals.planned_income),
                pb=_signed(totals.planned_balance),
                ac=show_money(totals.actual_cost),
                ai=show_money(totals.actual_income),
                ab=_signed(totals.actual_balance),
            )
        )

    def defaults(self) -> Record:
        return {**super().defaults(), "kind": "cost"}


def _signed(cents: int) -> str:
    return ("−" if cents < 0 else "") + show_money(abs(cents))
