"""The change history: every change to the cluster's records, newest first — when,
who, which record, what was done and which fields — filtered by kind of record,
staff member, days and record name or number. The selected change shows each
field before and after; "Open record" (or a double-click) goes to the record.

The log is read a page at a time as the list scrolls (see
:mod:`secretariat.store.audit`); nothing here holds more than the pages shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain.fields import Field, FieldKind, Record
from secretariat.domain.records import BY_TABLE
from secretariat.domain.validation import DEFAULT_TIME_ZONE
from secretariat.store import ClusterDatabase, StoreError
from secretariat.store.audit import BOOKKEEPING, LINK_TABLES, AuditFilters, AuditStore
from secretariat.ui.formatting import (
    label_of,
    problem_text,
    show_moment,
    show_value,
    vocabulary_label,
)
from secretariat.ui.pages import page_specs

SEARCH_DELAY_MS = 250
LONGEST_VALUE = 2_000  # characters of one value shown in the before/after pane
SHORT_VALUE = 30  # characters of a value in the list's summary
NO_DAY = QDate(2000, 1, 1)  # a date edit at this day filters nothing
Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("AuditPage", text)


def kind_word(table: str) -> str:
    """ "Organisation", "Contact"… for a record table (link rows: their owner's)."""
    if table == "themes":
        return tr("Theme")
    kind = BY_TABLE.get(table)
    noun = QCoreApplication.translate("records", kind.noun) if kind else table.replace("_", " ")
    return noun[:1].upper() + noun[1:]


def kind_words_plural(table: str) -> str:
    plural = {
        "staff": tr("Staff members"),
        "cluster_profile": tr("Cluster profile"),
        "organisations": tr("Organisations"),
        "contacts": tr("Contacts"),
        "consents": tr("Consents"),
        "products": tr("Products and services"),
        "venues": tr("Venues"),
        "events": tr("Events"),
        "programme_items": tr("Programme items"),
        "registrations": tr("Registrations"),
        "tasks": tr("Checklist tasks"),
        "budget_lines": tr("Budget lines"),
        "interactions": tr("Interactions"),
        "projects": tr("Projects"),
        "stories": tr("Stories"),
    }
    return plural.get(table, kind_word(table))


def record_words(entry: Record) -> str:
    """'Organisation “Müller GmbH”', or 'Registration #12'."""
    word = kind_word(entry["owner_table"])
    name = entry.get("name") or ""
    if not name or name == f"#{entry.get('owner_id')}":
        return f"{word} #{entry.get('owner_id')}"
    return f"{word} “{name}”"


def action_words(entry: Record) -> str:
    words = {
        ("", "create"): tr("created"),
        ("", "update"): tr("changed"),
        ("", "delete"): tr("deleted"),
        ("import", "create"): tr("imported"),
        ("import", "update"): tr("changed by import"),
        ("import", "delete"): tr("deleted by import"),
        ("merge", "create"): tr("created by merge"),
        ("merge", "update"): tr("merged"),
        ("merge", "delete"): tr("merged away"),
        ("undo", "create"): tr("put back (undone)"),
        ("undo", "update"): tr("changed back (undone)"),
        ("undo", "delete"): tr("removed (undone)"),
    }
    return words.get((entry.get("origin", ""), entry["action"]), entry["action"])


def when_words(at: str | None) -> str:
    return show_moment(at) if at else ""


def shown_columns(entry: Record) -> list[str]:
    """The columns of the entry a person changed, in the order of the record's form."""
    columns = [c for c in entry["changes"] if c not in BOOKKEEPING and c != "id"]
    kind = BY_TABLE.get(entry["table_name"])
    if kind is None:
        return columns
    order = {name: number for number, name in enumerate(kind.by_name)}
    return sorted(columns, key=lambda c: (order.get(c, len(order)), c))


def column_label(table: str, column: str) -> str:
    link = LINK_TABLES.get(table)
    if link is not None:
        owner = BY_TABLE[link.owner]
        if column == link.owner_column:
            return kind_word(link.owner)
        if column == link.extra_column:
            return tr("Role")
        return label_of(owner.by_name[link.field])
    kind = BY_TABLE.get(table)
    if kind is not None and column in kind.by_name:
        return label_of(kind.by_name[column])
    if column == "name" and table == "themes":
        return tr("Name")
    return column.replace("_", " ").capitalize()


def _shortened(text: str, length: int) -> str:
    text = " ".join(text.split()) if length <= SHORT_VALUE else text
    return text if len(text) <= length else text[: length - 1] + "…"


class ValueWords:
    """Stored values as the forms show them, names of referred records included."""

    def __init__(self, store: AuditStore) -> None:
        self.store = store

    def __call__(self, table: str, column: str, value: Any, values: Mapping[str, Any]) -> str:
        if value is None:
            return ""
        link = LINK_TABLES.get(table)
        if link is not None:
            return self._link_value(link.owner, link, column, value, values)
        kind = BY_TABLE.get(table)
        field = kind.by_name.get(column) if kind is not None else None
        if field is None:
            if table == "themes" or not isinstance(value, list | dict):
                return str(value)
            return ", ".join(str(item) for item in value)
        return self.field_value(field, value, values)

    def field_value(self, field: Field, value: Any, values: Mapping[str, Any]) -> str:
        try:
            match field.kind:
                case FieldKind.FLAG:
                    return tr("yes") if value else tr("no")
                case FieldKind.IMAGE:
                    return tr("an image")
                case FieldKind.REFERENCE:
                    return self._names(field.references, [value])
                case FieldKind.REFERENCES:
                    return self._names(field.references, list(value))
                case FieldKind.ASSIGNMENTS:
                    names = self.store.names(field.references or "", value)
                    vocabulary = field.vocabulary
                    return ", ".join(
                        f"{names.get(int(key), f'#{key}')} ({vocabulary_label(vocabulary, role)})"
                        if vocabulary
                        else names.get(int(key), f"#{key}")
                        for key, role in dict(value).items()
                    )
            return show_value(field, value, dict(values))
        except (TypeError, ValueError, AssertionError, AttributeError):
            return str(value)

    def _link_value(
        self, owner: str, link: Any, column: str, value: Any, values: Mapping[str, Any]
    ) -> str:
        if column == link.owner_column:
            return self._names(owner, [value])
        field = BY_TABLE[owner].by_name[link.field]
        if column == link.extra_column:
            if field.vocabulary is not None:
                return vocabulary_label(field.vocabulary, value)
            return str(value)
        if field.kind is FieldKind.THEMES:
            return self._names("themes", [value])
        if field.kind is FieldKind.CHOICES and field.vocabulary is not None:
            return vocabulary_label(field.vocabulary, value)
        return self._names(field.references or "", [value])

    def _names(self, table: str | None, ids: list[Any]) -> str:
        if not table:
            return ", ".join(str(i) for i in ids)
        names = self.store.names(table, ids)
        shown = []
        for record_id in ids:
            try:
                name = names.get(int(record_id))
            except (TypeError, ValueError):
                name = None
            shown.append(name if name else f"#{record_id}")
        return ", ".join(shown)


def summary_words(entry: Record, words: ValueWords | None = None) -> str:
    """The fields an entry changed, in a few words."""
    columns = shown_columns(entry)
    table = entry["table_name"]
    link = LINK_TABLES.get(table)
    if link is not None:
        label = label_of(BY_TABLE[link.owner].by_name[link.field])
        if words is None:
            return label
        values = entry.get("link_values") or {}
        text = words(table, link.value_column, values.get(link.value_column), values)
        if link.extra_column and values.get(link.extra_column) is not None:
            text += f" ({words(table, link.extra_column, values[link.extra_column], values)})"
        if entry["action"] == "delete":
            return f"{label}: − {text}"
        if entry["action"] == "create" or link.owner_column in entry["changes"]:
            return f"{label}: + {text}"
        return f"{label}: {text}"
    if entry["action"] != "update":
        filled = [c for c in columns if not _empty(_pair_value(entry["changes"][c]))]
        count = len(filled)
        return tr("1 field") if count == 1 else tr("{count} fields").format(count=count)
    labels = [column_label(table, c) for c in columns]
    if len(columns) == 1 and words is not None:
        kind = BY_TABLE.get(table)
        field = kind.by_name.get(columns[0]) if kind else None
        short = field is not None and field.kind not in (
            FieldKind.MULTILINE,
            FieldKind.IMAGE,
            FieldKind.REFERENCES,
            FieldKind.ASSIGNMENTS,
        )
        pair = entry["changes"][columns[0]]
        if short and isinstance(pair, list) and len(pair) == 2:
            before = _shortened(words(table, columns[0], pair[0], entry["values"]), SHORT_VALUE)
            after = _shortened(words(table, columns[0], pair[1], entry["values"]), SHORT_VALUE)
            return f"{labels[0]}: {before or '–'} → {after or '–'}"
    return ", ".join(labels)


def _empty(value: Any) -> bool:
    return value in (None, "", [], {})


def _pair_value(pair: Any, default: Any = None) -> Any:
    if isinstance(pair, list) and len(pair) == 2:
        return pair[0] if pair[0] is not None else pair[1]
    return pair if pair is not None else default


class ChangesModel(QAbstractTableModel):
    """The entries shown, fetched a page at a time (newest first) as the list scrolls."""

    PAGE = 200

    def __init__(self, store: AuditStore, words: ValueWords, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.words = words
        self.filters = AuditFilters()
        self.staff_names: dict[str, str] = {}
        self.headers = [tr("When"), tr("Who"), tr("Record"), tr("What was done"), tr("Fields")]
        self._rows: list[Record] = []
        self._texts: list[list[str]] = []
        self._more = False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._texts[index.row()][index.column()]
            if role == Qt.ItemDataRole.ToolTipRole:
                return text if len(text) > 30 else None
            return text
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[index.row()]["id"]
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if not self.canFetchMore(parent) or not self._rows:
            return
        page = self.store.entries(self.filters, self.PAGE + 1, after_id=self._rows[-1]["id"])
        self._more = len(page) > self.PAGE
        page = page[: self.PAGE]
        if not page:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._append(page)
        self.endInsertRows()

    def reload(self, filters: AuditFilters | None = None) -> None:
        if filters is not None:
            self.filters = filters
        self.beginResetModel()
        self._rows, self._texts = [], []
        page = self.store.entries(self.filters, self.PAGE + 1)
        self._more = len(page) > self.PAGE
        self._append(page[: self.PAGE])
        self.endResetModel()

    def _append(self, page: list[Record]) -> None:
        for entry in page:
            self._rows.append(entry)
            self._texts.append(
                [
                    when_words(entry["at"]),
                    self.staff_names.get(entry["staff"], entry["staff"]),
                    record_words(entry),
                    action_words(entry),
                    summary_words(entry, self.words),
                ]
            )

    def entry(self, row: int) -> Record | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, entry_id: int) -> int:
        return next((n for n, row in enumerate(self._rows) if row["id"] == entry_id), -1)

    @property
    def fetched(self) -> int:
        return len(self._rows)


class AuditPage(QWidget):
    """The change history page; see the module. ``open_record(table, id)`` asks the
    window to show a record on its page."""

    open_record = Signal(str, int)

    def __init__(self, db: ClusterDatabase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.store = AuditStore(db)
        self.words = ValueWords(self.store)
        # the tables whose records the window can show: the pages', and the profile's
        self.openable = {spec.key for spec in page_specs()} | {"cluster_profile"}
        self.setObjectName("page_audit")

        layout = QVBoxLayout(self)
        heading = QHBoxLayout()
        title = QLabel(self.tr("Change history"), self)
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.count_label = QLabel(self, objectName="count")
        self.search = QLineEdit(self, objectName="search")
        self.search.setPlaceholderText(self.tr("Record name or number…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(120)
        self.search.returnPressed.connect(self.apply_filters)
        heading.addWidget(title)
        heading.addWidget(self.count_label)
        heading.addSpacing(12)
        heading.addWidget(self.search, 1)
        layout.addLayout(heading)

        bar = QGridLayout()
        bar.setHorizontalSpacing(6)
        self.kind_filter = QComboBox(self, objectName="filter_kind")
        self.staff_filter = QComboBox(self, objectName="filter_staff")
        for combo in (self.kind_filter, self.staff_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(self.apply_filters)
        self.kind_filter.setToolTip(self.tr("Kind of record"))
        self.staff_filter.setToolTip(self.tr("Who made the change"))
        self.first_day = self._date_edit("first_day", self.tr("From any day"))
        self.last_day = self._date_edit("last_day", self.tr("To any day"))
        self.first_day.setToolTip(self.tr("Changes on or after this day"))
        self.last_day.setToolTip(self.tr("Changes on or before this day"))
        bar.addWidget(self.kind_filter, 0, 0)
        bar.addWidget(self.staff_filter, 0, 1)
        bar.addWidget(self.first_day, 1, 0)
        bar.addWidget(self.last_day, 1, 1)
        bar.setColumnStretch(4, 1)
        layout.addLayout(bar)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self, objectName="audit_splitter")
        self.model = ChangesModel(self.store, self.words, self)
        self.table = QTableView(self.splitter, objectName="changes")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setHighlightSections(False)
        columns = self.table.horizontalHeader()
        for column, width in ((0, 115), (1, 90), (3, 130)):
            self.table.setColumnWidth(column, width)
        for column in (2, 4):  # the record and the fields share what is left
            columns.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.splitter.addWidget(self.table)

        detail = QWidget(self.splitter)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 6, 0, 0)
        title_row = QHBoxLayout()
        self.change_title = QLabel(detail, objectName="change_title")
        self.change_title.setStyleSheet("font-weight: bold;")
        self.change_title.setWordWrap(True)
        self.change_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open record"), detail, objectName="open_record")
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_selected)
        title_row.addWidget(self.change_title, 1)
        title_row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        detail_layout.addLayout(title_row)
        self.fields = QTableWidget(0, 3, detail, objectName="fields")
        self.fields.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Before"), self.tr("After")]
        )
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.fields.setWordWrap(True)
        self.fields.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.fields.verticalHeader().setVisible(False)
        header = self.fields.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.fields.setColumnWidth(0, 150)
        detail_layout.addWidget(self.fields, 1)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self._shown_before = False
        self.refresh()

    def _date_edit(self, name: str, anything: str) -> QDateEdit:
        edit = QDateEdit(self, objectName=name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setMinimumDate(NO_DAY)
        edit.setSpecialValueText(anything)
        edit.setDate(NO_DAY)
        edit.dateChanged.connect(self.apply_filters)
        return edit

    # -- what the window asks -------------------------------------------------------

    def refresh(self) -> None:
        """Read the filter lists and the changes again (new changes appear on top)."""
        chosen = self.selected_entry()
        try:
            staff = self.store.staff_names()
            kinds = self.store.kinds()
        except StoreError as problem:
            self.count_label.setText(problem_text(problem))
            return
        self.model.staff_names = dict(staff)
        self._fill(
            self.kind_filter,
            self.tr("All kinds of record"),
            [(kind_words_plural(kind), kind) for kind in kinds],
        )
        self._fill(
            self.staff_filter,
            self.tr("Everyone"),
            [(name if name == who else f"{name} ({who})", who) for who, name in staff],
        )
        self.apply_filters()
        if chosen is not None:
            self.select_entry(chosen["id"])

    def showEvent(self, event) -> None:  # noqa: N802
        """Coming back to the page shows what was changed meanwhile."""
        super().showEvent(event)
        if self._shown_before:
            self.refresh()
        self._shown_before = True

    def filters(self) -> AuditFilters:
        return AuditFilters(
            kind=self.kind_filter.currentData() or "",
            staff=self.staff_filter.currentData() or "",
            first_day=_day(self.first_day),
            last_day=_day(self.last_day),
            text=self.search.text(),
            time_zone=ZoneInfo(DEFAULT_TIME_ZONE),
        )

    def apply_filters(self, *_args: Any) -> None:
        self._search_timer.stop()
        try:
            self.model.reload(self.filters())
            total = self.store.count(self.model.filters)
        except StoreError as problem:
            self.count_label.setText(problem_text(problem))
            return
        self.count_label.setText(
            self.tr("1 change")
            if total == 1
            else self.tr("{count} changes").format(count=QLocale().toString(total))
        )
        if self.model.fetched:
            self.table.selectRow(0)
        else:
            self.show_entry(None)

    def selected_entry(self) -> Record | None:
        index = self.table.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def select_entry(self, entry_id: int) -> bool:
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def open_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None and self._opens(entry):
            self.open_record.emit(entry["parent_table"], int(entry["parent_id"]))

    # -- the selected change ---------------------------------------------------------

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_entry(self.model.entry(current.row()) if current.isValid() else None)

    def show_entry(self, entry: Record | None) -> None:
        self.fields.setRowCount(0)
        if entry is None:
            self.change_title.setText(self.tr("No change chosen."))
            self.open_button.setEnabled(False)
            self.open_button.setToolTip("")
            return
        who = self.model.staff_names.get(entry["staff"], entry["staff"])
        self.change_title.setText(
            self.tr("{record}: {action} on {when} by {who}").format(
                record=record_words(entry),
                action=action_words(entry),
                when=when_words(entry["at"]),
                who=who,
            )
        )
        table = entry["table_name"]
        link = LINK_TABLES.get(table)
        pairs = {column: entry["changes"][column] for column in shown_columns(entry)}
        if link is not None and link.value_column not in pairs:  # say what was moved
            value = (entry.get("link_values") or {}).get(link.value_column)
            pairs = {link.value_column: [value, value], **pairs}
        for column, pair in pairs.items():
            if isinstance(pair, list) and len(pair) == 2:
                before, after = pair
            else:
                before, after = None, pair
            if _empty(before) and _empty(after):  # a blank field of a created or deleted record
                continue
            row = self.fields.rowCount()
            self.fields.insertRow(row)
            values = entry.get("link_values") or entry["values"]
            cells = (
                column_label(table, column),
                _shortened(self.words(table, column, before, values), LONGEST_VALUE),
                _shortened(self.words(table, column, after, values), LONGEST_VALUE),
            )
            for number, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                if number == 0:
                    item.setToolTip(column)
                self.fields.setItem(row, number, item)
        self.fields.resizeRowsToContents()
        opens = self._opens(entry)
        self.open_button.setEnabled(opens)
        self.open_button.setToolTip(self._why_not(entry) if not opens else "")

    def _opens(self, entry: Record) -> bool:
        return bool(
            entry["exists"]
            and entry.get("parent_table") in self.openable
            and entry.get("parent_id") is not None
        )

    def _why_not(self, entry: Record) -> str:
        word = kind_word(entry["owner_table"]).lower()
        if not entry["exists"]:
            if entry.get("deleted_at"):
                return self.tr(
                    "This {kind} was deleted on {when} by {who}; it cannot be opened."
                ).format(
                    kind=word,
                    when=when_words(entry["deleted_at"]),
                    who=self.model.staff_names.get(entry["deleted_by"], entry["deleted_by"]),
                )
            return self.tr("This {kind} was deleted; it cannot be opened.").format(kind=word)
        return self.tr("A {kind} has no page of its own to open it on.").format(kind=word)

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for label, value in items:
            combo.addItem(label, value)
        found = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        combo.blockSignals(False)


def _day(edit: QDateEdit):
    day = edit.date()
    return None if day == edit.minimumDate() else day.toPython()
