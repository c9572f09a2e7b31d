"""A month or week calendar with the cluster's events as blocks.

Painted rather than built from widgets, so a busy month stays light. Each block
remembers where it was drawn; a double-click on one asks to open that event.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QMargins, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from secretariat.domain.fields import Record
from secretariat.domain.validation import DEFAULT_TIME_ZONE, moment_in_zone
from secretariat.ui.formatting import day_name, month_name, show_day, show_day_month

BERLIN = ZoneInfo(DEFAULT_TIME_ZONE)
STATUS_COLOURS = {
    "draft": "#9E9E9E",
    "planned": "#1F4E79",
    "registration_open": "#2E7D32",
    "full": "#E65100",
    "held": "#546E7A",
    "cancelled": "#C62828",
}
FIRST_HOUR, LAST_HOUR = 7, 22

EventSource = Callable[[datetime, datetime], list[Record]]


class FlowLayout(QLayout):
    """Widgets side by side that wrap into another row when the width runs out, so a
    row of buttons never makes the window wider than its widest button."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def add(self, *widgets: QWidget) -> None:
        for widget in widgets:
            self.addWidget(widget)

    def insert(self, index: int, widget: QWidget) -> None:
        """Put ``widget`` at ``index`` (before the item there)."""
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt's name)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt's name)
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if item.spacerItem() or not item.isEmpty()]

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """All in one row."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown)
        width += self._spacing * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt's name)
        """As wide as the widest widget."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the widgets row by row (each vertically centred in its row); returns
        the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        rows: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = area.x()
        for item in self._shown():
            hint = item.sizeHint().boundedTo(item.maximumSize()).expandedTo(item.minimumSize())
            hint.setWidth(min(hint.width(), max(area.width(), item.minimumSize().width())))
            if rows[-1] and x + hint.width() > area.right() + 1:
                rows.append([])
                x = area.x()
            rows[-1].append((item, hint))
            x += hint.width() + self._spacing
        y = area.y()
        for row in rows:
            height = max((hint.height() for _item, hint in row), default=0)
            x = area.x()
            for item, hint in row:
                if move:
                    top = y + (height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), hint))
                x += hint.width() + self._spacing
            y += height + self._spacing
        used = y - self._spacing if any(rows) else y
        return used - rect.y() + margins.bottom()


@dataclass
class Block:
    event_id: int
    rect: QRect
    title: str


class CalendarCanvas(QWidget):
    """Paints the grid and the event blocks of one month or one week."""

    open_event = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.mode = "month"
        self.anchor = date.today()
        self.events: list[Record] = []
        self.blocks: list[Block] = []
        self.hour_labels: list[QRectF] = []  # where the week's times were written
        self.setMinimumSize(QSize(210, 260))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    # -- the days shown --------------------------------------------------------------------

    def first_day(self) -> date:
        if self.mode == "week":
            return self.anchor - timedelta(days=self.anchor.weekday())
        first = self.anchor.replace(day=1)
        return first - timedelta(days=first.weekday())

    def days(self) -> list[date]:
        count = 7 if self.mode == "week" else 42
        return [self.first_day() + timedelta(days=n) for n in range(count)]

    def span(self) -> tuple[datetime, datetime]:
        days = self.days()
        start = datetime.combine(days[0], time(), BERLIN)
        end = datetime.combine(days[-1] + timedelta(days=1), time(), BERLIN)
        return start.astimezone(UTC), end.astimezone(UTC)

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        self.blocks = []
        self.hour_labels = []
        if self.mode == "week":
            self._paint_week(painter)
        else:
            self._paint_month(painter)
        painter.end()

    def colours(self) -> dict[str, QColor]:
        """The calendar's colours, from the palette: right on a light and a dark
        desktop alike (the events' blocks keep their status colours)."""
        palette = self.palette()
        today = QColor(palette.color(QPalette.ColorRole.Highlight))
        today.setAlpha(48)  # a tint of the highlight over the day
        return {
            "text": palette.color(QPalette.ColorRole.Text),
            "other day": palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text),
            "other month": palette.color(QPalette.ColorRole.AlternateBase),
            "today": today,
            "grid": palette.color(QPalette.ColorRole.Mid),
        }

    def _local(self, record: Record, key: str) -> datetime:
        return moment_in_zone(record[key], record.get("time_zone") or DEFAULT_TIME_ZONE)

    def _events_on(self, day: date) -> list[Record]:
        found = []
        for record in self.events:
            start, end = self._local(record, "starts_at"), self._local(record, "ends_at")
            if start.date() <= day <= (end - timedelta(seconds=1)).date() or start.date() == day:
                found.append(record)
        return found

    def _paint_month(self, painter: QPainter) -> None:
        header = 22
        width, height = self.width(), self.height() - header
        cell_w, cell_h = width / 7, height / 6
        painter.setPen(self.palette().text().color())
        for column in range(7):
            painter.drawText(
                QRectF(column * cell_w, 0, cell_w, header),
                Qt.AlignmentFlag.AlignCenter,
                day_name(column),
            )
        today = date.today()
        colours = self.colours()
        grid_pen = QPen(colours["grid"])
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        for index, day in enumerate(self.days()):
            row, column = divmod(index, 7)
            cell = QRectF(column * cell_w, header + row * cell_h, cell_w, cell_h)
            other_month = day.month != self.anchor.month
            if other_month:
                painter.fillRect(cell, colours["other month"])
            if day == today:
                painter.fillRect(cell, colours["today"])
            painter.setPen(grid_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(cell)
            painter.setPen(colours["other day" if other_month else "text"])
            painter.setFont(self.font())
            painter.drawText(cell.adjusted(4, 2, -4, 0), Qt.AlignmentFlag.AlignLeft, str(day.day))
            painter.setFont(small)
            line = 16
            top = cell.top() + 18
            events = self._events_on(day)
            room = max(0, int((cell.bottom() - top - 2) // line))
            for shown, record in enumerate(events):
                if shown >= room - 1 and len(events) > room:
                    painter.setPen(self.palette().text().color())
                    painter.drawText(
                        QRectF(cell.left() + 4, top, cell_w - 8, line),
                        Qt.AlignmentFlag.AlignLeft,
                        self.tr("+{count} more").format(count=len(events) - shown),
                    )
                    break
                rect = QRect(int(cell.left() + 3), int(top), int(cell_w - 6), line - 2)
                start = self._local(record, "starts_at")
                label = f"{start:%H:%M} {record['title']}"
                self._paint_block(painter, rect, record, label)
                top += line

    def _paint_week(self, painter: QPainter) -> None:
        header, gutter = 36, 44
        line = painter.fontMetrics().height()
        footer = line // 2 + 1  # the last hour's time is written across its line
        width, height = self.width() - gutter, self.height() - header - footer
        hours = LAST_HOUR - FIRST_HOUR
        column_w, hour_h = width / 7, height / hours
        colours = self.colours()
        grid_pen = QPen(colours["grid"])
        painter.setPen(self.palette().text().color())
        for number, day in enumerate(self.days()):
            rect = QRectF(gutter + number * column_w, 0, column_w, header)
            text = f"{day_name(number)} {show_day_month(day)}"
            if painter.fontMetrics().horizontalAdvance(text) > column_w - 4:
                text = f"{day_name(number)}\n{day.day}"  # a narrow week: the date below
            if day == date.today():
                painter.fillRect(rect, colours["today"])
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        for hour in range(hours + 1):
            y = header + hour * hour_h
            painter.setPen(grid_pen)
            painter.drawLine(int(gutter), int(y), self.width(), int(y))
            painter.setPen(self.palette().text().color())
            label = QRectF(0, y - line / 2, gutter - 6, line)
            painter.drawText(
                label,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{FIRST_HOUR + hour:02d}:00",
            )
            self.hour_labels.append(label)
        for number in range(8):
            x = gutter + number * column_w
            painter.setPen(grid_pen)
            painter.drawLine(int(x), header, int(x), self.height())
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        painter.setFont(small)
        for number, day in enumerate(self.days()):
            todays = self._events_on(day)
            lanes = _lanes(todays, self._local)
            for record in todays:
                lane, lane_count = lanes[record["id"]]
                start, end = self._local(record, "starts_at"), self._local(record, "ends_at")
                start_hour = (
                    max(FIRST_HOUR, start.hour + start.minute / 60)
                    if (start.date() == day)
                    else FIRST_HOUR
                )
                end_hour = (
                    min(LAST_HOUR, end.hour + end.minute / 60) if (end.date() == day) else LAST_HOUR
                )
                end_hour = max(end_hour, start_hour + 0.5)
                left = gutter + number * column_w + 2 + lane * (column_w - 4) / lane_count
                rect = QRect(
                    int(left),
                    int(header + (start_hour - FIRST_HOUR) * hour_h) + 1,
                    int((column_w - 4) / lane_count) - 2,
                    int((end_hour - start_hour) * hour_h) - 2,
                )
                label = f"{start:%H:%M}–{end:%H:%M}\n{record['title']}"
                self._paint_block(painter, rect, record, label, wrap=True)

    def _paint_block(
        self, painter: QPainter, rect: QRect, record: Record, label: str, wrap: bool = False
    ) -> None:
        colour = QColor(STATUS_COLOURS.get(record.get("status", ""), "#1F4E79"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(QColor("white"))
        font = painter.font()
        font.setStrikeOut(record.get("status") == "cancelled")
        painter.setFont(font)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if wrap:
            flags |= Qt.TextFlag.TextWordWrap
        text = (
            painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, rect.width() - 6)
            if not wrap
            else label
        )
        painter.drawText(rect.adjusted(3, 1, -3, -1), flags, text)
        font.setStrikeOut(False)
        painter.setFont(font)
        self.blocks.append(Block(record["id"], rect, record["title"]))

    # -- the mouse ----------------------------------------------------------------------------

    def block_at(self, point: QPoint) -> Block | None:
        return next((block for block in self.blocks if block.rect.contains(point)), None)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        block = self.block_at(event.position().toPoint())
        if block is not None:
            self.open_event.emit(block.event_id)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        block = self.block_at(event.position().toPoint())
        self.setToolTip(block.title if block else "")
        self.setCursor(Qt.CursorShape.PointingHandCursor if block else Qt.CursorShape.ArrowCursor)


def _lanes(records: list[Record], local) -> dict[int, tuple[int, int]]:
    """Side-by-side places for events of one day that overlap: id -> (lane, lanes)."""
    ordered = sorted(records, key=lambda r: r["starts_at"])
    lane_ends: list[str] = []
    lane_of: dict[int, int] = {}
    for record in ordered:
        for lane, end in enumerate(lane_ends):
            if end <= record["starts_at"]:
                lane_ends[lane] = record["ends_at"]
                lane_of[record["id"]] = lane
                break
        else:
            lane_of[record["id"]] = len(lane_ends)
            lane_ends.append(record["ends_at"])
    count = max(1, len(lane_ends))
    return {event_id: (lane, count) for event_id, lane in lane_of.items()}


class CalendarView(QWidget):
    """The calendar with its navigation: previous, today, next; month or week."""

    open_event = Signal(int)

    def __init__(self, source: EventSource, parent=None) -> None:
        super().__init__(parent)
        self.source = source
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.previous_button = QToolButton(self, objectName="previous")
        self.today_button = QPushButton(self.tr("Today"), self, objectName="today")
        self.next_button = QToolButton(self, objectName="next")
        for button, arrow, name in (
            (self.previous_button, "◀", self.tr("Previous")),
            (self.next_button, "▶", self.tr("Next")),
        ):  # small buttons with an arrow, and a word for a screen reader and the tooltip
            button.setText(arrow)
            button.setToolTip(name)
            button.setAccessibleName(name)
            button.setMinimumSize(36, self.today_button.sizeHint().height())
        self.title = QLabel(self, objectName="calendar_title")
        self.title.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.title.setWordWrap(True)  # a long week title takes two lines in a narrow list
        self.month_button = QPushButton(self.tr("Month"), self, objectName="month", checkable=True)
        self.week_button = QPushButton(self.tr("Week"), self, objectName="week", checkable=True)
        group = QButtonGroup(self)
        group.addButton(self.month_button)
        group.addButton(self.week_button)
        self.month_button.setChecked(True)
        # the buttons wrap into two rows when the list is narrow; the title goes under them
        bar = FlowLayout(spacing=4)
        bar.add(self.previous_button, self.today_button, self.next_button)
        bar.addItem(QSpacerItem(12, 1))
        bar.add(self.month_button, self.week_button)
        layout.addLayout(bar)
        layout.addWidget(self.title)
        self.canvas = CalendarCanvas(self)
        self.canvas.open_event.connect(self.open_event)
        layout.addWidget(self.canvas, 1)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(lambda: self.show_date(date.today()))
        self.month_button.clicked.connect(lambda: self.set_mode("month"))
        self.week_button.clicked.connect(lambda: self.set_mode("week"))
        self.refresh()

    def set_mode(self, mode: str) -> None:
        self.canvas.mode = mode
        (self.week_button if mode == "week" else self.month_button).setChecked(True)
        self.refresh()

    def show_date(self, day: date) -> None:
        self.canvas.anchor = day
        self.refresh()

    def step(self, direction: int) -> None:
        anchor = self.canvas.anchor
        if self.canvas.mode == "week":
            self.canvas.anchor = anchor + timedelta(days=7 * direction)
        else:
            month = anchor.month - 1 + direction
            self.canvas.anchor = date(anchor.year + month // 12, month % 12 + 1, 1)
        self.refresh()

    def refresh(self) -> None:
        start, end = self.canvas.span()
        self.canvas.events = self.source(start, end)
        anchor = self.canvas.anchor
        if self.canvas.mode == "week":
            days = self.canvas.days()
            week = anchor.isocalendar().week
            self.title.setText(
                self.tr("Week {week}: {first}–{last}").format(
                    week=week, first=show_day_month(days[0]), last=show_day(days[-1])
                )
            )
        else:
            self.title.setText(
                self.tr("{month} {year}").format(month=month_name(anchor.month), year=anchor.year)
            )
        self.canvas.update()
