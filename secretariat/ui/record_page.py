"""One page of the main window: a list of records to search, filter and sort,
and beside it the selected record's form and the records that belong to it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain.fields import Record
from secretariat.domain.records import BY_TABLE
from secretariat.domain.validation import ValidationError
from secretariat.store import ClusterDatabase, ConflictError, NotFoundError, StoreError
from secretariat.store.repository import Repository
from secretariat.ui.dialogs import (
    ConflictDialog,
    ask_unsaved,
    confirm_delete,
    fit_columns_to_captions,
    fit_height,
    name_controls,
    show_problem,
)
from secretariat.ui.formatting import problem_text, translate_named, translate_summary
from secretariat.ui.pages import PageSpec, RelatedList
from secretariat.ui.pickers import RecordPicker
from secretariat.ui.record_form import RecordForm
from secretariat.ui.table_model import ID_ROLE, RecordTableModel

SEARCH_DELAY_MS = 250
FILTERS_PER_ROW = 4
NO_RECORD = 0  # an id no record has: an empty related list
SHORT_VALUE = 24  # characters: a column of values no longer is shown whole
SAMPLED_ROWS = 50  # the rows a column's values are judged by


def _plain_caption(text: str) -> str:
    """A filter's first entry as its name: "Any organisation (type a name)", without
    a closing "…"."""
    return text.removesuffix("…").strip()


def repository_of(db: ClusterDatabase, table: str) -> Repository:
    return db.staff_members if table == "staff" else getattr(db, table)


class RecordTableView(QTableView):
    """A list of records, chosen a whole row at a time: moving to a row scrolls up
    or down to it, never sideways, so the columns a person was reading stay in view
    (Qt would bring the clicked cell's whole column in, pushing the first ones out).
    A column of short values (a status, a role, a date) is as wide as the longest it
    shows; longer texts (names, titles) may end in "…" and are whole in the form."""

    def setModel(self, model) -> None:  # noqa: N802 (Qt's name)
        super().setModel(model)
        model.modelReset.connect(self.fit_short_values)  # filtered, searched, reloaded

    def fit_short_values(self) -> None:
        """Widen each column whose values (of the first rows) are all short enough
        to show the longest whole: "Auf der Warteliste", not "Auf der Wart…"."""
        model, header = self.model(), self.horizontalHeader()
        rows = min(model.rowCount(), SAMPLED_ROWS)
        metrics = self.fontMetrics()
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self)
        padding = 2 * (margin + 1) + 1  # the delegate's margins and the grid line
        for column in range(model.columnCount()):
            texts = [model.index(row, column).data() or "" for row in range(rows)]
            if not texts or any(len(text) > SHORT_VALUE for text in texts):
                continue
            needed = max(metrics.horizontalAdvance(text) for text in texts) + padding
            if header.sectionSize(column) < needed and not header.isSectionHidden(column):
                header.resizeSection(column, needed)

    def scrollTo(  # noqa: N802 (Qt's name)
        self,
        index: QModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        across = self.horizontalScrollBar().value()
        super().scrollTo(index, hint)
        self.horizontalScrollBar().setValue(across)


def make_table_view(model: RecordTableModel, parent: QWidget) -> QTableView:
    """A read-only list of ``model``'s records, each column at its width but never
    narrower than its caption."""
    view = RecordTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setHighlightSections(False)
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    for number, column in enumerate(model.columns):
        view.setColumnWidth(number, column.width)
    fit_columns_to_captions(view.horizontalHeader())
    view.fit_short_values()
    return view


class RelatedPanel(QWidget):
    """The records of one kind that belong to the selected record."""

    open_record = Signal(str, int)
    added = Signal()

    def __init__(self, db: ClusterDatabase, related: RelatedList, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.related = related
        self.owner_value: Any = None
        layout = QVBoxLayout(self)
        self.model = RecordTableModel(
            repository_of(db, related.table),
            related.columns,
            self,
            filters={related.filter: NO_RECORD},
        )
        self.view = make_table_view(self.model, self)
        self.view.setObjectName(f"related_{related.table}")
        self.view.setAccessibleName(related.title)
        self.view.doubleClicked.connect(self._open)
        self.view.setToolTip(self.tr("Double-click to open"))
        layout.addWidget(self.view)
        if related.add_fields:
            self.add_button = QPushButton(self.tr("Add…"), self, objectName=f"add_{related.table}")
            self.add_button.clicked.connect(self._add)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.add_button)
            layout.addLayout(row)

    def show_for(self, record: Record | None) -> None:
        value = record.get(self.related.key) if record else None
        self.owner_value = value
        changed = self.model.set_filters(
            {self.related.filter: value if value is not None else NO_RECORD}
        )
        if not changed:  # the same record again: its related rows may have changed
            self.model.reload()
        if self.related.add_fields:
            self.add_button.setEnabled(value is not None)

    def _open(self, index: QModelIndex) -> None:
        record_id = index.data(ID_ROLE)
        if record_id is None:
            return
        if self.related.table == "registrations":  # a registration opens its event or person
            registration = self.db.registrations.get(record_id)
            target = "events" if self.related.filter != "event_id" else "contacts"
            key = "event_id" if target == "events" else "contact_id"
            self.open_record.emit(target, registration[key])
            return
        self.open_record.emit(self.related.table, record_id)

    def _add(self) -> None:
        dialog = add_related_dialog(self.db, self.related, self.owner_value, self)
        if dialog.exec():
            self.model.reload()
            self.added.emit()


class RecordDialog(QDialog):
    """A small form for one record that belongs to the selected one (a consent, a
    product, a programme item): new when ``record`` is None, else an edit of it."""

    def __init__(
        self,
        db: ClusterDatabase,
        table: str,
        fields: list[str],
        title: str,
        defaults: Record,
        record: Record | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.repository = repository_of(db, table)
        kind = BY_TABLE[self.repository.spec.table]
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.form = RecordForm(kind, fields, lambda t: repository_of(db, t), defaults, self)
        layout.addWidget(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.form.load(record)
        self.saved: Record | None = None
        name_controls(self, title)

    def _save(self) -> None:
        try:
            if self.form.record is None:
                self.saved = self.repository.create(self.form.changes())
            else:
                record = self.form.record
                self.saved = self.repository.update(
                    record["id"], record["version"], self.form.changes()
                )
        except ValidationError as error:
            unshown = self.form.show_errors(error)
            fit_height(self)  # the messages under the fields, whole
            if unshown:
                QMessageBox.warning(self, self.windowTitle(), "\n".join(unshown))
            return
        except StoreError as problem:
            show_problem(self, problem)
            return
        self.accept()


def add_related_dialog(
    db: ClusterDatabase, related: RelatedList, owner: Any, parent=None
) -> RecordDialog:
    kind = BY_TABLE[repository_of(db, related.table).spec.table]
    defaults: Record = {related.link_field: owner}
    if "recorded_on" in kind.by_name:
        defaults["recorded_on"] = date.today().isoformat()
    title = QCoreApplication.translate("RecordDialog", "Add: {what}").format(what=related.title)
    return RecordDialog(db, related.table, related.add_fields, title, defaults, None, parent)


class RecordPage(QWidget):
    """A list of one kind of record with its form; see the module docstring."""

    counts_changed = Signal()
    open_record = Signal(str, int)
    message = Signal(str)

    def __init__(self, db: ClusterDatabase, spec: PageSpec, settings: QSettings, parent=None):
        super().__init__(parent)
        self.db = db
        self.spec = spec
        self.settings = settings
        self.repository = repository_of(db, spec.key)
        self._reverting = False
        self.setObjectName(f"page_{spec.key}")

        layout = QVBoxLayout(self)
        heading = QHBoxLayout()
        title = QLabel(spec.title, self)
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.count_label = QLabel(self, objectName="count")
        self.new_button = QPushButton(self.tr("New"), self, objectName="new")
        self.new_button.clicked.connect(self.new_record)
        self.delete_button = QPushButton(self.tr("Delete"), self, objectName="delete")
        self.delete_button.clicked.connect(self.delete_record)
        self.search = QLineEdit(self, objectName="search")
        self.search.setPlaceholderText(self.tr("Search (part of a name)…"))
        self.search.setToolTip(
            self.tr("Part of a name is enough, and accents are not needed: muller finds Müller.")
        )
        self.search.setAccessibleName(self.tr("Search: {title}").format(title=spec.title))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(120)
        self.search.returnPressed.connect(self.apply_search_now)
        heading.addWidget(title)
        heading.addWidget(self.count_label)
        heading.addStretch(1)
        layout.addLayout(heading)
        heading = QHBoxLayout()  # the search and the buttons under the title
        heading.addWidget(self.search, 1)
        heading.addWidget(self.new_button)
        heading.addWidget(self.delete_button)
        self.export_button = QPushButton(self.tr("Export…"), self, objectName="export")
        self.export_button.setToolTip(
            self.tr("Save this list, or documents made from it, as a file")
        )
        self.export_button.clicked.connect(self.export_list)
        heading.addWidget(self.export_button)
        layout.addLayout(heading)

        bar = QGridLayout()
        bar.setHorizontalSpacing(6)
        self.filters: dict[str, QComboBox] = {}
        self.pickers: dict[str, RecordPicker] = {}
        cell = 0  # the filters fill the bar's cells row by row; a picker takes two
        for choice in spec.filters:
            place = (cell // FILTERS_PER_ROW, cell % FILTERS_PER_ROW)
            if choice.picker:
                if place[1] == FILTERS_PER_ROW - 1:  # no room for two cells: the next row
                    cell += 1
                    place = (cell // FILTERS_PER_ROW, 0)
                picker = RecordPicker(repository_of(db, choice.picker), self, choice.everything)
                picker.setObjectName(f"filter_{choice.name}")
                picker.line.setAccessibleName(_plain_caption(choice.everything))
                picker.setMinimumWidth(150)
                picker.changed.connect(self._filter_changed)
                self.pickers[choice.name] = picker
                bar.addWidget(picker, *place, 1, 2)  # its hint is its label: room to read it
                cell += 2
                continue
            cell += 1
            combo = QComboBox(self, objectName=f"filter_{choice.name}")
            combo.addItem(choice.everything, None)
            for label, value in choice.options(db) if choice.options else []:
                combo.addItem(label, value)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
            combo.setToolTip(choice.everything)
            combo.setAccessibleName(_plain_caption(choice.everything))
            combo.setCurrentIndex(choice.initial)
            combo.currentIndexChanged.connect(self._filter_changed)
            self.filters[choice.name] = combo
            bar.addWidget(combo, *place)
        for column in range(FILTERS_PER_ROW):  # the choices share the width: whole texts
            bar.setColumnStretch(column, 1)
        if spec.filters:
            layout.addLayout(bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self, objectName="splitter")
        default_column = next(
            (n for n, c in enumerate(spec.columns) if c.sort == self.repository.spec.default_sort),
            -1,
        )
        order = Qt.SortOrder.DescendingOrder if spec.newest_first else Qt.SortOrder.AscendingOrder
        # made in the order and with the filters it shows first: one load, not three
        self.model = RecordTableModel(
            self.repository,
            spec.columns,
            self,
            filters=self._chosen_filters(),
            descending=spec.newest_first and default_column >= 0,
        )
        self.table = make_table_view(self.model, self.splitter)
        self.table.setObjectName("table")
        self.table.setAccessibleName(spec.title)
        self.table.horizontalHeader().setSortIndicator(default_column, order)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        fit_columns_to_captions(self.table.horizontalHeader())  # the arrows take room too
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.splitter.addWidget(self.table)

        side = QWidget(self.splitter)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        self.record_title = QLabel(side, objectName="record_title")
        self.record_title.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.record_title.setWordWrap(True)
        side_layout.addWidget(self.record_title)
        self.tabs = QTabWidget(side)
        self.form = RecordForm(
            BY_TABLE[self.repository.spec.table],
            spec.form_fields,
            lambda table: repository_of(db, table),
            spec.defaults,
        )
        self.form.changed.connect(self._update_buttons)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.addWidget(self.form)
        column.addStretch(1)
        scroll = QScrollArea(self.tabs)
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        self.tabs.addTab(scroll, self.tr("Details"))
        self.related: list[RelatedPanel] = []
        for related in spec.related:
            panel = RelatedPanel(db, related, self.tabs)
            panel.open_record.connect(self.open_record)
            panel.added.connect(self.counts_changed)
            self.tabs.addTab(panel, related.title)
            self.related.append(panel)
        self.side_layout = side_layout
        side_layout.addWidget(self.tabs, 1)
        buttons = QHBoxLayout()
        self.privacy_button: QToolButton | None = None
        if spec.key == "contacts":
            buttons.addWidget(self._privacy_button(side))
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"), side, objectName="cancel")
        self.cancel_button.clicked.connect(self.cancel_changes)
        self.save_button = QPushButton(self.tr("Save"), side, objectName="save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        side_layout.addLayout(buttons)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.restore_layout()
        self._filter_changed()
        self._show(None)
        self._update_count()
        name_controls(self, spec.title)

    # -- the list ------------------------------------------------------------------------

    def _apply_search(self) -> None:
        self.model.set_search(self.search.text())
        self._update_count()

    def apply_search_now(self) -> None:
        """Search without waiting for the typing pause (used by Enter and by tests)."""
        self._search_timer.stop()
        self._apply_search()

    def _chosen_filters(self) -> dict[str, Any]:
        """The filters chosen above the list."""
        filters: dict[str, Any] = {}
        for name, combo in self.filters.items():
            value = combo.currentData()
            if isinstance(value, tuple):
                filters[value[0]] = value[1]
            elif value is not None:
                filters[name] = value
        for name, picker in self.pickers.items():
            filters[name] = picker.record_id()
        return filters

    def _filter_changed(self) -> None:
        self.model.set_filters(self._chosen_filters())
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("{count} found").format(count=f"{self.model.total:,}".replace(",", "."))
        )

    def current_id(self) -> int | None:
        return self.form.record["id"] if self.form.record else None

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._reverting:
            return
        record_id = self.model.record_id(current.row()) if current.isValid() else None
        if record_id is not None and record_id == self.current_id():
            return
        if not self.can_leave():
            self._reverting = True
            self.table.selectionModel().setCurrentIndex(
                previous,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self._reverting = False
            return
        self._load(record_id)

    def _load(self, record_id: int | None) -> None:
        record = None
        if record_id is not None:
            try:
                record = self.repository.get(record_id)
            except NotFoundError as problem:
                self.message.emit(problem_text(problem))
                self.refresh()
        self._show(record)

    def _show(self, record: Record | None) -> None:
        self.form.load(record)
        for panel in self.related:
            panel.show_for(record)
        self.record_shown(record)
        kind = self.form.kind
        if record is None:
            self.record_title.setText(self.tr("New {noun}").format(noun=self.tr(kind.noun)))
        else:
            self.record_title.setText(kind.describe(record) or f"#{record['id']}")
        self._update_buttons()

    def record_shown(self, record: Record | None) -> None:
        """Called whenever another record (or none) is shown; pages add their own parts."""

    def _update_buttons(self) -> None:
        dirty = self.form.dirty
        self.save_button.setEnabled(dirty)
        self.cancel_button.setEnabled(dirty)
        self.delete_button.setEnabled(self.form.record is not None)
        if self.privacy_button is not None:
            self.privacy_button.setEnabled(self.form.record is not None)

    def select_record(self, record_id: int) -> None:
        """Show ``record_id``: selected in the list when it is among the fetched rows."""
        row = self.model.row_of(record_id)
        self._reverting = True
        if row >= 0:
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        else:
            self.table.clearSelection()
        self._reverting = False
        self._load(record_id)

    def refresh(self) -> None:
        """Read the list again (after a change elsewhere), keeping the selection."""
        keep = self.current_id()
        self.model.reload()
        self._update_count()
        if keep is not None and self.model.row_of(keep) >= 0:
            self._reverting = True
            index = self.model.index(self.model.row_of(keep), 0)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self._reverting = False

    # -- editing ----------------------------------------------------------------------------

    def can_leave(self) -> bool:
        """Whether unsaved changes allow moving on (asks the user when there are some)."""
        if not self.form.dirty:
            return True
        answer = ask_unsaved(self, self.tr(self.form.kind.noun))
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.form.load(self.form.record)
            self._update_buttons()
            return True
        return False

    def new_record(self) -> None:
        if not self.can_leave():
            return
        self._reverting = True
        self.table.clearSelection()
        self.table.selectionModel().clearCurrentIndex()
        self._reverting = False
        self._show(None)
        self.tabs.setCurrentIndex(0)
        self.focus_form()

    def focus_form(self) -> None:
        first = next(iter(self.form.editors.values()), None)
        if first is not None:
            first.widget.setFocus()

    def cancel_changes(self) -> None:
        self.form.load(self.form.record)
        self._update_buttons()

    def save(self) -> bool:
        """Save the form; True when saved (or nothing to save)."""
        changes = self.form.changes()
        if not self.form.is_new and not changes:
            return True
        try:
            record = self.store_changes(self.form.record, changes)
        except ValidationError as error:
            unshown = self.form.show_errors(error)
            if unshown:
                QMessageBox.warning(self, self.spec.title, "\n".join(unshown))
            self.message.emit(translate_summary(error))
            return False
        except ConflictError as conflict:
            return self._resolve_conflict(conflict, changes)
        except StoreError as problem:
            show_problem(self, problem)
            return False
        self.model.reload()
        self._update_count()
        self.select_record(record["id"])
        self.counts_changed.emit()
        self.message.emit(
            self.tr("Saved: {name}").format(name=translate_named(self.form.kind.name_of(record)))
        )
        return True

    def store_changes(self, before: Record | None, changes: Record) -> Record:
        """Write the form's changes (a new record when ``before`` is None)."""
        if before is None:
            return self.repository.create(changes)
        return self.repository.update(before["id"], before["version"], changes)

    def _resolve_conflict(self, conflict: ConflictError, changes: Record) -> bool:
        mine = self.form.record or {}
        try:
            theirs: Record | None = self.repository.get(mine["id"])
        except NotFoundError:
            theirs = None
        dialog = ConflictDialog(self.form.kind, problem_text(conflict), mine, theirs, changes, self)
        choice = dialog.exec()
        if theirs is None:
            self.refresh()
            self._show(None)
            return False
        self.form.load(theirs)
        if choice == ConflictDialog.KEEP_EDITING:
            self.form.apply_typed(changes)
            self.message.emit(
                self.tr("Your changes are kept on top of the current version; save when ready.")
            )
        self.refresh()
        self._update_buttons()
        return False

    def delete_record(self) -> None:
        record = self.form.record
        if record is None:
            return
        try:
            preview = self.repository.deletion_preview(record["id"])
        except NotFoundError as problem:
            show_problem(self, problem)
            self.refresh()
            return
        if not confirm_delete(self, self._deletion_question(preview), preview.refusal is not None):
            return
        try:
            self.repository.delete(record["id"], record["version"])
        except StoreError as problem:
            show_problem(self, problem)
            self.refresh()
            return
        self.model.reload()
        self._update_count()
        self._show(None)
        self.counts_changed.emit()
        self.message.emit(self.tr("Deleted: {name}").format(name=translate_named(preview.name)))

    def _deletion_question(self, preview: Any) -> str:
        """Why the record cannot be deleted, or the question whether to delete it and
        what goes with it, in the user's language."""
        if preview.refusal is not None:
            return problem_text(preview.refusal)
        text = self.tr("Delete the {name}?").format(name=translate_named(preview.name))
        if preview.goes_with:
            *items, last = preview.goes_with
            listed = f"{', '.join(items)} and {last}" if items else last
            text += " " + self.tr("Also deleted: {items}.").format(items=translate_named(listed))
        return text + " " + self.tr("This cannot be undone.")

    def export_list(self) -> None:
        """The Export dialog for the records shown, the selected one, or all; for
        organisations also the directory and labels, for events the calendar, for
        stories the selected one as a press release."""
        from secretariat.ui.export_dialog import ExportDialog, ListChoice

        shown = self.model.all_ids()
        if self.spec.key == "organisations":
            everything = self.tr("All current members")
            choice = ListChoice(
                self.spec,
                ("list", "directory", "member-labels"),
                {"current_member_on": date.today().isoformat()},
            )
        else:
            everything = self.tr("All: {title}").format(title=self.spec.title)
            more = {"events": ("calendar",), "stories": ("press-release",)}
            record = self.form.record
            choice = ListChoice(
                self.spec,
                ("list", *more.get(self.spec.key, ())),
                selected_id=record["id"] if record is not None else None,
            )
        scopes: list[tuple[str, list[int] | None]] = [
            (everything, None),
            (self.tr("The {count} shown in the list").format(count=len(shown)), shown),
        ]
        record = self.form.record
        if record is not None:
            name = self.spec.kind.describe(record).strip()
            scopes.append((self.tr("Only “{name}”").format(name=name), [record["id"]]))
        dialog = ExportDialog(
            self.db, self, scopes=scopes, from_list=choice, settings=self.settings
        )
        dialog.scope.setCurrentIndex(1)  # what the user sees is what they export
        dialog.exec()

    # -- data protection (contacts) ------------------------------------------------------

    def _privacy_button(self, parent: QWidget) -> QToolButton:
        """A "Data protection" button with the person's data report and erasure."""
        button = QToolButton(parent, objectName="privacy")
        button.setText(self.tr("Data protection"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        self.report_action = menu.addAction(self.tr("Personal data report…"))
        self.report_action.setObjectName("personal_data_report")
        self.report_action.triggered.connect(self.personal_data_report)
        self.erase_action = menu.addAction(self.tr("Erase this person…"))
        self.erase_action.setObjectName("erase_person")
        self.erase_action.triggered.connect(self.erase_person)
        button.setMenu(menu)
        self.privacy_button = button
        return button

    def personal_data_report(self) -> None:
        """Everything stored about the contact shown, as PDF or JSON."""
        from secretariat.ui.privacy import save_personal_data

        record = self.form.record
        if record is None:
            return
        name = self.form.kind.name_of(record)
        written = save_personal_data(self, self.db, record["id"], name, self.settings)
        if written is not None:
            self.message.emit(self.tr("Personal data written to {file}").format(file=written))

    def erase_person(self) -> None:
        """Erase the contact shown (after a confirmation naming them)."""
        from secretariat.ui.privacy import erase_person

        record = self.form.record
        if record is None or not self.can_leave():
            return
        result = erase_person(self, self.db, record["id"])
        if result is None or not result.erased:
            return
        self.model.reload()
        self._update_count()
        self.select_record(record["id"])
        self.counts_changed.emit()
        self.message.emit(self.tr("The person was erased; a backup was taken before."))

    # -- remembered layout ----------------------------------------------------------------

    def _key(self, what: str) -> str:
        return f"pages/{self.spec.key}/{what}"

    def save_layout(self) -> None:
        self.settings.setValue(self._key("splitter"), self.splitter.saveState())
        self.settings.setValue(self._key("header"), self.table.horizontalHeader().saveState())

    def restore_layout(self) -> None:
        splitter = self.settings.value(self._key("splitter"))
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = self.settings.value(self._key("header"))
        if header is not None and self.table.horizontalHeader().restoreState(header):
            section = self.table.horizontalHeader().sortIndicatorSection()
            order = self.table.horizontalHeader().sortIndicatorOrder()
            if 0 <= section < self.model.columnCount():
                self.model.sort(section, order)
            # widths kept from another language (or an older version) may cut captions
            fit_columns_to_captions(self.table.horizontalHeader())
