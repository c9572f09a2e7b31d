"""The Events page: a list or a month/week calendar of events, and the event
editor with its Details, Programme, Participants, Checklist and Budget tabs.

The list shares the page with the editor; the calendar has the page's whole width
until an event is opened from it (or a new one begun), when the editor comes in
beside it.

Saving goes through the planning rules (status transitions, checklists, moving
deadlines with the event); conflicts are shown above the tabs while the user works.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from secretariat import planning
from secretariat.domain import records
from secretariat.domain.fields import Record
from secretariat.domain.validation import ValidationError, clean, moment_in_zone
from secretariat.exports import ExportError
from secretariat.store import ClusterDatabase, StoreError
from secretariat.ui.calendar_view import CalendarView, FlowLayout
from secretariat.ui.dialogs import name_controls, show_problem
from secretariat.ui.event_panels import (
    BudgetPanel,
    ChecklistPanel,
    ParticipantsPanel,
    ProgrammePanel,
)
from secretariat.ui.formatting import translate_error
from secretariat.ui.pages import PageSpec
from secretariat.ui.record_page import RecordPage

WARNING_STYLE = (
    "background: #FFF3CD; color: #664D03; border: 1px solid #FFE69C; "
    "border-radius: 3px; padding: 4px;"
)


class EventPage(RecordPage):
    def __init__(self, db: ClusterDatabase, spec: PageSpec, settings: QSettings, parent=None):
        self.calendar: CalendarView | None = None
        # while the calendar is shown: the list's splitter state, to go back to
        self._list_state: QByteArray | None = None
        super().__init__(db, spec, settings, parent)

        # the left side: the list, or the calendar
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        toggles = QHBoxLayout()
        self.list_button = QPushButton(
            self.tr("List"), left, objectName="show_list", checkable=True
        )
        self.calendar_button = QPushButton(
            self.tr("Calendar"), left, objectName="show_calendar", checkable=True
        )
        group = QButtonGroup(left)
        group.addButton(self.list_button)
        group.addButton(self.calendar_button)
        self.list_button.setChecked(True)
        toggles.addWidget(self.list_button)
        toggles.addWidget(self.calendar_button)
        toggles.addStretch(1)
        column.addLayout(toggles)
        self.left_stack = QStackedWidget(left)
        self.splitter.replaceWidget(0, left)
        self.left_stack.addWidget(self.table)
        self.calendar = CalendarView(
            lambda start, end: planning.events_between(db, start, end), self.left_stack
        )
        self.calendar.open_event.connect(self.open_from_calendar)
        self.left_stack.addWidget(self.calendar)
        column.addWidget(self.left_stack, 1)
        self.list_button.clicked.connect(self.show_list)
        self.calendar_button.clicked.connect(self.show_calendar)
        self.table.show()
        self.editor = self.splitter.widget(1)  # the record's title, actions and tabs

        # above the tabs: what to do with the event (wrapping into two rows in a narrow
        # window; the rarer actions under "More"), and its conflicts
        self.papers_button = QPushButton(self.tr("Event papers…"), self, objectName="papers")
        self.papers_button.clicked.connect(self.open_papers)
        self.check_in_button = QPushButton(
            self.tr("Check-in mode…"), self, objectName="check_in_mode_page"
        )
        self.check_in_button.clicked.connect(self.open_check_in)
        self.more_button = QToolButton(self, objectName="more_event_actions")
        self.more_button.setText(self.tr("More"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        more = QMenu(self.more_button)
        self.copy_action = more.addAction(self.tr("Copy as new event…"))
        self.copy_action.setObjectName("copy")
        self.copy_action.triggered.connect(self.copy_event)
        self.ics_action = more.addAction(self.tr("Calendar file (.ics)…"))
        self.ics_action.setObjectName("ics")
        self.ics_action.triggered.connect(self.export_calendar_file)
        self.more_button.setMenu(more)
        self.more_button.setMinimumHeight(self.papers_button.sizeHint().height())
        actions = FlowLayout()
        actions.add(self.papers_button, self.check_in_button, self.more_button)
        self.side_layout.insertLayout(1, actions)
        self.warnings = QLabel(self, objectName="conflict_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.hide()
        self.side_layout.insertWidget(2, self.warnings)

        # the tabs beside Details
        self.programme = ProgrammePanel(db, self.tabs)
        self.participants = ParticipantsPanel(db, self.tabs)
        self.checklist = ChecklistPanel(db, self.tabs)
        self.budget = BudgetPanel(db, self.tabs)
        for panel, title in (
            (self.programme, self.tr("Programme")),
            (self.participants, self.tr("Participants")),
            (self.checklist, self.tr("Checklist")),
            (self.budget, self.tr("Budget")),
        ):
            self.tabs.addTab(panel, title)
            panel.view.setAccessibleName(title)
            panel.changed.connect(self.event_changed)
            panel.message.connect(self.message)
        self.record_shown(self.form.record)
        name_controls(self, spec.title)

    # -- showing ---------------------------------------------------------------------------

    def panels(self) -> list:
        return [self.programme, self.participants, self.checklist, self.budget]

    def record_shown(self, record: Record | None) -> None:
        if self.calendar is None:  # still being built
            return
        for panel in self.panels():
            panel.show_event(record)
        for button in (self.papers_button, self.check_in_button, self.more_button):
            button.setEnabled(record is not None)
        self.show_warnings()

    def show_warnings(self) -> None:
        record = self.form.record
        conflicts = planning.conflicts_for_event(self.db, record["id"]) if record else []
        self.warnings.setText("\n".join(f"⚠ {conflict.message}" for conflict in conflicts))
        self.warnings.setVisible(bool(conflicts))

    def event_changed(self) -> None:
        """Something of the shown event changed in a tab: counts, warnings, the list."""
        record = self.form.record
        if record is not None:
            fresh = self.db.events.get(record["id"])
            if fresh["version"] != record["version"] and not self.form.dirty:
                self.form.load(fresh)  # e.g. the status became "full"
        self.show_warnings()
        self.counts_changed.emit()

    # -- the list or the calendar --------------------------------------------------------

    def calendar_shown(self) -> bool:
        return self.calendar is not None and self.left_stack.currentWidget() is self.calendar

    def show_calendar(self) -> None:
        """The calendar at the page's width (the editor put away), at the month or
        week of the event shown."""
        assert self.calendar is not None
        record = self.form.record
        if record is not None:
            self.calendar.show_date(moment_in_zone(record["starts_at"]).date())
        else:
            self.calendar.refresh()
        if not self.calendar_shown():
            self._list_state = self.splitter.saveState()
        self.left_stack.setCurrentWidget(self.calendar)
        self.calendar_button.setChecked(True)
        self.editor.hide()

    def show_list(self) -> None:
        """The list beside the editor, as wide as the user left them."""
        self.left_stack.setCurrentWidget(self.table)
        self.list_button.setChecked(True)
        self.editor.show()
        if self._list_state is not None:
            self.splitter.restoreState(self._list_state)
            self._list_state = None

    def _show_editor(self) -> None:
        """An event is opened or begun while the calendar is shown: the editor comes
        in beside the calendar, which keeps the larger part of the width."""
        if self.calendar_shown() and self.editor.isHidden():
            self.editor.show()
            width = sum(self.splitter.sizes())
            self.splitter.setSizes([width * 11 // 20, width - width * 11 // 20])

    def _filter_changed(self) -> None:
        """A filter chosen while the calendar shows: the list, where it takes effect."""
        super()._filter_changed()
        if self.calendar_shown():
            self.show_list()

    def _apply_search(self) -> None:
        """A search typed while the calendar shows: the list, where it finds."""
        super()._apply_search()
        if self.calendar_shown():
            self.show_list()

    def open_from_calendar(self, event_id: int) -> None:
        if self.can_leave():
            self.select_record(event_id)

    def select_record(self, record_id: int) -> None:
        super().select_record(record_id)
        if self.calendar is not None:
            self._show_editor()

    def new_record(self) -> None:
        super().new_record()
        if self.calendar is not None and self.form.is_new:
            self._show_editor()
            self.focus_form()

    def save_layout(self) -> None:
        super().save_layout()
        if self._list_state is not None:  # the calendar is shown: keep the list's sizes
            self.settings.setValue(self._key("splitter"), self._list_state)

    def refresh(self) -> None:
        super().refresh()
        if self.calendar is not None:
            self.calendar.refresh()

    # -- saving goes through the planning rules -----------------------------------------

    def store_changes(self, before: Record | None, changes: Record) -> Record:
        record = planning.save_event(
            self.db,
            before["id"] if before else None,
            before["version"] if before else None,
            changes,
        )
        if self.calendar is not None:
            self.calendar.refresh()
        return record

    # -- actions ---------------------------------------------------------------------------

    def copy_event(self) -> None:
        record = self.form.record
        if record is None or not self.can_leave():
            return
        suggestion = moment_in_zone(record["starts_at"], record["time_zone"]) + timedelta(days=7)
        text, ok = QInputDialog.getText(
            self,
            self.tr("Copy as new event"),
            self.tr(
                "Start of the new event (programme, checklist and budget are copied; "
                "registrations are not):"
            ),
            text=suggestion.strftime("%d.%m.%Y %H:%M"),
        )
        if not ok:
            return
        try:
            zone = {"time_zone": record["time_zone"]}
            starts_at = clean(records.EVENT, {"starts_at": text}, existing=zone)["starts_at"]
            copy = planning.copy_event(self.db, record["id"], starts_at)
        except ValidationError as error:
            show_problem(self, StoreError(translate_error(error.errors[0]), ""))
            return
        except StoreError as problem:
            show_problem(self, problem)
            return
        self.model.reload()
        self.select_record(copy["id"])
        self.counts_changed.emit()
        self.message.emit(self.tr("Copied. The new event is a draft."))

    def export_calendar_file(self) -> None:
        record = self.form.record
        if record is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a calendar file"),
            str(Path.home() / f"event-{record['id']}.ics"),
            self.tr("Calendar files (*.ics)"),
        )
        if not target:
            return
        from secretariat.exports.calendar import EventCalendar  # loaded when first used

        try:
            EventCalendar(self.db, event_ids=[record["id"]]).write(Path(target))
        except (ExportError, StoreError) as problem:
            show_problem(self, problem)
            return
        self.message.emit(self.tr("Calendar file written to {path}").format(path=target))

    def open_papers(self) -> None:
        """Sign-in sheet, participant list, labels... for the event shown."""
        record = self.form.record
        if record is not None:
            from secretariat.ui.export_dialog import ExportDialog

            ExportDialog(self.db, self, event_id=record["id"]).exec()

    def open_check_in(self) -> None:
        record = self.form.record
        if record is None:
            return
        from secretariat.ui.check_in import CheckInDialog

        CheckInDialog(self.db, record, self).exec()
        self.participants.done()
        self.event_changed()
