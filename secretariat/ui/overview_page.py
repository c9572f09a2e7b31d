"""The first page: the cluster at a glance — how many of everything, the next
events with their seats and waitlist, the checklist tasks due, what colleagues
changed lately, and the members who joined or left this year. Every line opens
its record (double-click or Enter).

When the page is made, the name and the counts are shown at once; the lists are
filled just after the page is first drawn, so that the window appears without
waiting for them (and for the planning modules they need).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta

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
RECENT_DAYS = 14  # what colleagues changed: the last two weeks
RECENT_SHOWN = 12  # records at the most


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
        # the counts and the members over the year on the left, what is coming and
        # what others did on the right
        grid.addWidget(box, 0, 0)
        self.membership_changes = self._list(
            grid, (1, 0, 2), self.tr("Members joined and left this year"), "membership_changes"
        )
        self.next_events = self._list(grid, (0, 1, 1), self.tr("Next events"), "next_events")
        self.overdue_tasks = self._list(
            grid, (1, 1, 1), self.tr("Checklist tasks: overdue and due this week"), "overdue_tasks"
        )
        self.recent_changes = self._list(
            grid, (2, 1, 1), self.tr("Changed by colleagues in the last 14 days"), "recent_changes"
        )
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        layout.addLayout(grid, 1)
        self._show_profile_and_counts(counts)

    def _list(
        self, grid: QGridLayout, at: tuple[int, int, int], title: str, name: str
    ) -> QListWidget:
        """A titled list whose lines open their record: (table, id) in ID_ROLE; ``at``:
        row, column and the rows it spans."""
        box = QWidget(self)  # a heading that wraps, not a group box's title: the page
        column = QVBoxLayout(box)  # fits a narrow window in German too
        column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(title, box)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold;")
        shown = QListWidget(box, objectName=name)
        shown.setAccessibleName(title)
        shown.setWordWrap(True)  # a long line wraps rather than scroll sideways
        off = type(shown.horizontalScrollBarPolicy())  # Qt.ScrollBarPolicy, no Qt namespace
        shown.setHorizontalScrollBarPolicy(off.ScrollBarAlwaysOff)
        shown.itemActivated.connect(self._open)
        column.addWidget(heading)
        column.addWidget(shown, 1)
        grid.addWidget(box, at[0], at[1], at[2], 1)
        return shown

    def _open(self, item: QListWidgetItem) -> None:
        target = item.data(ID_ROLE)
        if target:
            table, record_id = target
            self.open_record.emit(table, record_id)

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
        from secretariat import planning

        self._lists_due = False
        self._show_next_events(planning)
        self._show_tasks(planning)
        self._show_recent_changes()
        self._show_membership_changes()

    @staticmethod
    def _line(shown: QListWidget, text: str, target: tuple[str, int] | None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        if target is not None:
            item.setData(ID_ROLE, list(target))
        shown.addItem(item)
        return item

    def _show_next_events(self, planning) -> None:
        """The next eight events, each with its seats taken and its waitlist."""
        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.next_events.clear()
        for event in self.db.events.list(filters={"starts_from": now}, sort="starts_at", limit=8):
            seats = planning.occupancy(self.db, event["id"])
            taken = (
                self.tr("{taken} of {capacity} seats").format(
                    taken=seats.registered, capacity=seats.capacity
                )
                if seats.capacity is not None
                else self.tr("{taken} registered").format(taken=seats.registered)
            )
            if seats.waitlisted:
                taken += " · " + self.tr("{waiting} waiting").format(waiting=seats.waitlisted)
            when = show_moment(event["starts_at"], event["time_zone"])
            self._line(
                self.next_events, f"{when}  {event['title']} — {taken}", ("events", event["id"])
            )
        if not self.next_events.count():
            self.next_events.addItem(self.tr("No events planned."))

    def _show_tasks(self, planning) -> None:
        """Checklist tasks overdue (in red) and due within a week."""
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
            item = self._line(
                self.overdue_tasks, ("⚠ " if late else "") + text, ("events", task["event_id"])
            )
            if late:
                item.setData(FOREGROUND_ROLE, QColor("#C62828"))
        if not self.overdue_tasks.count():
            self.overdue_tasks.addItem(self.tr("Nothing due."))

    def _show_recent_changes(self) -> None:
        """The records others changed lately, each once (its latest change)."""
        from secretariat.store.audit import AuditFilters, AuditStore
        from secretariat.ui.audit_page import action_words, record_words, when_words

        self.recent_changes.clear()
        filters = AuditFilters(
            other_than=self.db.staff, first_day=date.today() - timedelta(days=RECENT_DAYS)
        )
        store = AuditStore(self.db)
        names = dict(store.staff_names())
        seen: set[tuple[str, int]] = set()
        for entry in store.entries(filters, limit=200):
            target = (entry.get("parent_table"), entry.get("parent_id"))
            key = (entry["owner_table"], entry["owner_id"])
            if key in seen or not entry.get("exists"):
                continue
            seen.add(key)
            text = self.tr("{when}  {who}: {record} {what}").format(
                when=when_words(entry["at"]),
                who=names.get(entry["staff"], entry["staff"]),
                what=action_words(entry),
                record=record_words(entry),
            )
            self._line(self.recent_changes, text, target if target[0] else None)
            if len(seen) == RECENT_SHOWN:
                break
        if not self.recent_changes.count():
            self.recent_changes.addItem(self.tr("No changes by others."))

    def _show_membership_changes(self) -> None:
        """Who joined and who left the cluster since the first of January."""
        today = date.today()
        first, last = date(today.year, 1, 1).isoformat(), date(today.year, 12, 31).isoformat()
        self.membership_changes.clear()
        for organisation in self.db.reporting.membership_changes(first, last):
            until = organisation.get("member_until")
            text = (
                self.tr("left {date}: {name}").format(
                    date=show_date(until), name=organisation["name"]
                )
                if until and first <= until <= today.isoformat()
                else self.tr("leaves {date}: {name}").format(
                    date=show_date(until), name=organisation["name"]
                )
                if until and first <= until <= last
                else self.tr("joined {date}: {name}").format(
                    date=show_date(organisation["member_since"]), name=organisation["name"]
                )
            )
            self._line(self.membership_changes, text, ("organisations", organisation["id"]))
        if not self.membership_changes.count():
            self.membership_changes.addItem(self.tr("No one joined or left this year."))
