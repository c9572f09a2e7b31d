"""The first page: the cluster at a glance — how many of everything, the next
events and the checklist tasks that are overdue.

When the page is made, the name and the counts are shown at once; the two lists
are filled just after the page is first drawn, so that the window appears without
waiting for them (and for the planning modules they need).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain.enums import LifeCycleStage
from secretariat.store import ClusterDatabase
from secretariat.ui.formatting import show_date, show_moment

# Qt.ItemDataRole's UserRole and ForegroundRole, as numbers: Qt's namespace of enums
# takes a noticeable part of the start-up to load, and the first window does without.
ID_ROLE = 256
FOREGROUND_ROLE = 9


class OverviewPage(QWidget):
    open_record = Signal(str, int)

    def __init__(
        self, db: ClusterDatabase, parent=None, counts: Mapping[str, int] | None = None
    ) -> None:
        """``counts``: the database's counts when the caller just counted."""
        super().__init__(parent)
        self.db = db
        self._lists_due = True  # filled just after the first paint
        self.setObjectName("page_overview")
        layout = QVBoxLayout(self)
        self.cluster_name = QLabel(self, objectName="cluster_name")
        self.cluster_name.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.cluster_name.setWordWrap(True)
        layout.addWidget(self.cluster_name)
        self.cluster_region = QLabel(self, objectName="cluster_region")
        layout.addWidget(self.cluster_region)
        grid = QGridLayout()
        box = QGroupBox(self.tr("In this database"), self)
        form = QFormLayout(box)
        self.count_labels: dict[str, QLabel] = {}
        captions = {
            "organisations": self.tr("Organisations"),
            "contacts": self.tr("Contacts"),
            "products": self.tr("Products and services"),
            "events": self.tr("Events"),
            "interactions": self.tr("Interactions"),
            "projects": self.tr("Projects"),
            "stories": self.tr("Stories"),
        }
        for key, caption in captions.items():
            label = QLabel(box, objectName=f"count_{key}")
            self.count_labels[key] = label
            form.addRow(caption, label)
        grid.addWidget(box, 0, 0)
        events_box = QGroupBox(self.tr("Next events"), self)
        self.next_events = QListWidget(events_box, objectName="next_events")
        self.next_events.itemActivated.connect(
            lambda item: self.open_record.emit("events", item.data(ID_ROLE))
        )
        QVBoxLayout(events_box).addWidget(self.next_events)
        grid.addWidget(events_box, 0, 1)
        tasks_box = QGroupBox(self.tr("Checklist tasks: overdue and due this week"), self)
        self.overdue_tasks = QListWidget(tasks_box, objectName="overdue_tasks")
        self.overdue_tasks.itemActivated.connect(
            lambda item: self.open_record.emit("events", item.data(ID_ROLE))
        )
        QVBoxLayout(tasks_box).addWidget(self.overdue_tasks)
        grid.addWidget(tasks_box, 1, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid, 1)
        self._show_profile_and_counts(counts)

    def refresh(self, counts: Mapping[str, int] | None = None) -> None:
        """Show the database as it is now; ``counts`` when the caller just counted."""
        self._show_profile_and_counts(counts)
        self._show_lists()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if self._lists_due:
            self._lists_due = False
            QTimer.singleShot(0, self, self._show_lists_when_open)

    def _show_lists_when_open(self) -> None:
        if not self.db.closed:  # another database may have been opened meanwhile
            self._show_lists()

    def _show_profile_and_counts(self, counts: Mapping[str, int] | None) -> None:
        profile = self.db.profile()
        self.cluster_name.setText(profile["name"] or self.tr("Your cluster"))
        stages = {
            LifeCycleStage.POTENTIAL: self.tr("potential cluster"),
            LifeCycleStage.GROWING: self.tr("growing cluster"),
            LifeCycleStage.MATURE: self.tr("mature cluster"),
        }
        stage = stages[LifeCycleStage(profile["life_cycle_stage"])]
        self.cluster_region.setText(" · ".join(p for p in (profile["region"], stage) if p))
        locale = QLocale()
        for key, count in (self.db.counts() if counts is None else counts).items():
            if key in self.count_labels:
                self.count_labels[key].setText(locale.toString(count))

    def _show_lists(self) -> None:
        """The next events and the checklist tasks overdue or due within a week."""
        from secretariat import planning

        self._lists_due = False
        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.next_events.clear()
        for event in self.db.events.list(filters={"starts_from": now}, sort="starts_at", limit=8):
            item = QListWidgetItem(
                f"{show_moment(event['starts_at'], event['time_zone'])}  {event['title']}"
            )
            item.setData(ID_ROLE, event["id"])
            self.next_events.addItem(item)
        if not self.next_events.count():
            self.next_events.addItem(self.tr("No events planned."))
        self.overdue_tasks.clear()
        today = date.today()
        overdue = planning.overdue_tasks(self.db, today)
        for task in overdue + planning.due_tasks(self.db, today, within_days=7):
            late = task in overdue
            text = self.tr("{due}  {task} — {event}{owner}").format(
                due=show_date(task["due_on"]),
                task=task["title"],
                event=task["event_title"],
                owner=f" ({task['owner_name']})" if task.get("owner_name") else "",
            )
            item = QListWidgetItem(("⚠ " if late else "") + text)
            if late:
                item.setData(FOREGROUND_ROLE, QColor("#C62828"))
            item.setData(ID_ROLE, task["event_id"])
            self.overdue_tasks.addItem(item)
        if not self.overdue_tasks.count():
            self.overdue_tasks.addItem(self.tr("Nothing due."))
