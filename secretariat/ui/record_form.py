"""A form for one record, built from its fields: the right editor for each kind of
field, a message under any field that is wrong, and knowledge of what changed.

The form does not save: the page takes :meth:`RecordForm.changes`, hands them to
the store, and shows the store's :class:`ValidationError` with
:meth:`RecordForm.show_errors`.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain.fields import Field, FieldKind, Record, RecordKind
from secretariat.domain.records import follow_ups
from secretariat.domain.validation import DEFAULT_TIME_ZONE, ValidationError, moment_in_zone
from secretariat.store.repository import Repository
from secretariat.ui.formatting import (
    LANGUAGE_NAMES,
    label_of,
    language_name,
    read_date,
    read_moment,
    read_money,
    show_date,
    show_day,
    show_time,
    show_value,
    translate_error,
    translate_message,
    vocabulary_label,
)
from secretariat.ui.pickers import LinkedRecords, RecordPicker

ERROR_STYLE = "color: #B00020;"

RepositoryFor = Callable[[str], Repository]


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordForm", text)


class Editor:
    """One field's widget, with its value read and written in the form's terms."""

    def __init__(self, field: Field, widget: QWidget, changed: Signal | None) -> None:
        self.field = field
        self.widget = widget
        self.on_change: Callable[[], None] = lambda: None
        if changed is not None:
            changed.connect(lambda *_: self.on_change())

    def set_value(self, value: Any, record: Record) -> None:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError

    def set_typed(self, value: Any) -> None:
        """Put back a value as :meth:`value` returned it (what the user had typed)."""
        self.set_value(value, {})


class LineEditor(Editor):
    def __init__(self, field: Field) -> None:
        line = QLineEdit()
        line.setMaxLength(field.longest)
        example = date(2026, 6, 12)
        placeholders = {
            FieldKind.DATE: _tr("e.g. {date}").format(date=show_day(example)),
            FieldKind.MOMENT: _tr("e.g. {date}, or only {time} on the day shown").format(
                date=f"{show_day(example)} {show_time(14, 30)}", time=show_time(9, 30)
            ),
            FieldKind.MONEY: _tr("amount in euros"),
            FieldKind.EMAIL: _tr("name@example.de"),
            FieldKind.PHONE: _tr("with area code"),
            FieldKind.URL: _tr("www.example.de"),
            FieldKind.THEMES: _tr("separated by commas"),
        }
        line.setPlaceholderText(placeholders.get(field.kind, ""))
        line.setToolTip(placeholders.get(field.kind, ""))  # also once the line is filled
        super().__init__(field, line, line.textEdited)
        self.line = line
        self.day: date | None = None  # a moment's day: a time typed alone falls on it

    def set_value(self, value: Any, record: Record) -> None:
        self.line.setText(show_value(self.field, value, record))
        self.line.setCursorPosition(0)  # long texts show their beginning
        if self.field.kind is FieldKind.MOMENT and value:
            zone = record.get("time_zone") or DEFAULT_TIME_ZONE
            with contextlib.suppress(ValueError):  # an unreadable value keeps the day before
                self.day = moment_in_zone(value, zone).date()

    def value(self) -> Any:
        """What was typed; dates, times and amounts read in the user's locale."""
        text = self.line.text()
        match self.field.kind:
            case FieldKind.DATE:
                return read_date(text)
            case FieldKind.MOMENT:
                return read_moment(text, self.day)
            case FieldKind.MONEY:
                return read_money(text)
        return text

    def set_typed(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if self.field.kind is FieldKind.DATE and re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            text = show_date(text)
        self.line.setText(text)


class TextEditor(Editor):
    def __init__(self, field: Field) -> None:
        text = QPlainTextEdit()
        text.setTabChangesFocus(True)
        text.setMaximumHeight(90)
        super().__init__(field, text, text.textChanged)
        self.text = text

    def set_value(self, value: Any, record: Record) -> None:
        self.text.setPlainText(value or "")

    def value(self) -> Any:
        return self.text.toPlainText()


class FlagEditor(Editor):
    def __init__(self, field: Field) -> None:
        box = QCheckBox()
        super().__init__(field, box, box.toggled)
        self.box = box

    def set_value(self, value: Any, record: Record) -> None:
        self.box.setChecked(bool(value))

    def value(self) -> Any:
        return int(self.box.isChecked())


class ChoiceEditor(Editor):
    def __init__(self, field: Field) -> None:
        combo = QComboBox()
        assert field.vocabulary is not None
        values = field.vocabulary.values()
        if "" not in values and not field.required and field.default is None:
            combo.addItem("—", None)
        for value in values:
            combo.addItem(vocabulary_label(field.vocabulary, value) or "—", value)
        super().__init__(field, combo, combo.currentIndexChanged)
        self.combo = combo

    def set_value(self, value: Any, record: Record) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))

    def value(self) -> Any:
        return self.combo.currentData()


class ChoicesEditor(Editor):
    """Several values of a vocabulary, as a grid of check boxes."""

    COLUMNS = 2

    def __init__(self, field: Field) -> None:
        assert field.vocabulary is not None
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        for number, value in enumerate(v for v in field.vocabulary.values() if v):
            box = QCheckBox(vocabulary_label(field.vocabulary, value), holder)
            box.setObjectName(f"choice_{value}")
            box.toggled.connect(lambda *_: self.on_change())
            grid.addWidget(box, number // self.COLUMNS, number % self.COLUMNS)
            self.boxes[value] = box
        super().__init__(field, holder, None)

    def set_value(self, value: Any, record: Record) -> None:
        chosen = set(value or [])
        for key, box in self.boxes.items():
            box.setChecked(key in chosen)

    def value(self) -> Any:
        return [key for key, box in self.boxes.items() if box.isChecked()]


class LanguageEditor(Editor):
    """A language by its name, chosen from those a cluster meets most; another
    language kept as stored (by its name where Qt knows it)."""

    def __init__(self, field: Field) -> None:
        combo = QComboBox()
        combo.addItem("—", "")
        for code in LANGUAGE_NAMES:
            combo.addItem(language_name(code), code)
        super().__init__(field, combo, combo.currentIndexChanged)
        self.combo = combo

    def set_value(self, value: Any, record: Record) -> None:
        code = value or ""
        index = self.combo.findData(code)
        if index < 0:  # a language beyond the common ones (an import, another tool)
            self.combo.addItem(language_name(code), code)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)

    def value(self) -> Any:
        return self.combo.currentData()


class ReferenceEditor(Editor):
    def __init__(self, field: Field, repository: Repository) -> None:
        picker = RecordPicker(repository)
        super().__init__(field, picker, picker.changed)
        self.picker = picker

    def set_value(self, value: Any, record: Record) -> None:
        self.picker.set_record(value)

    def value(self) -> Any:
        return self.picker.record_id()


class LinkedEditor(Editor):
    def __init__(self, field: Field, repository: Repository) -> None:
        roles = None
        if field.kind is FieldKind.ASSIGNMENTS and field.vocabulary is not None:
            roles = [(vocabulary_label(field.vocabulary, v), v) for v in field.vocabulary.values()]
        linked = LinkedRecords(repository, roles)
        super().__init__(field, linked, linked.changed)
        self.linked = linked

    def set_value(self, value: Any, record: Record) -> None:
        self.linked.set_value(value or ({} if self.field.kind is FieldKind.ASSIGNMENTS else []))

    def value(self) -> Any:
        return self.linked.value()


class ColourEditor(LineEditor):
    def __init__(self, field: Field) -> None:
        super().__init__(field)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        self.swatch = QPushButton()
        self.swatch.setFixedWidth(40)
        self.swatch.setAccessibleName(label_of(field))
        self.swatch.clicked.connect(self._choose)
        row.addWidget(self.line, 1)
        row.addWidget(self.swatch)
        self.line.textChanged.connect(self._paint)
        self.widget = holder

    def _paint(self, text: str) -> None:
        colour = QColor(text)
        self.swatch.setStyleSheet(f"background: {colour.name()};" if colour.isValid() else "")

    def _choose(self) -> None:
        colour = QColorDialog.getColor(QColor(self.line.text()), self.widget)
        if colour.isValid():
            self.line.setText(colour.name().upper())
            self.on_change()


class ImageEditor(Editor):
    def __init__(self, field: Field) -> None:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        self.preview = QLabel()
        self.preview.setFixedSize(160, 60)
        self.preview.setStyleSheet("border: 1px solid #ccc;")
        choose = QPushButton(_tr("Choose…"))
        remove = QPushButton(_tr("Remove"))
        row.addWidget(self.preview)
        row.addWidget(choose)
        row.addWidget(remove)
        row.addStretch(1)
        self._data: bytes | None = None
        self._mime: str | None = None
        super().__init__(field, holder, None)
        choose.clicked.connect(self._choose)
        remove.clicked.connect(lambda: self._set(None, None, notify=True))

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.widget, _tr("Choose the logo"), "", _tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            with open(path, "rb") as handle:
                data = handle.read()
            mime = "image/png" if path.lower().endswith(".png") else "image/jpeg"
            self._set(data, mime, notify=True)

    def _set(self, data: bytes | None, mime: str | None, *, notify: bool) -> None:
        self._data, self._mime = data, mime
        pixmap = QPixmap()
        if data:
            pixmap.loadFromData(data)
        self.preview.setPixmap(
            pixmap.scaled(self.preview.size()) if not pixmap.isNull() else pixmap
        )
        if notify:
            self.on_change()

    def set_value(self, value: Any, record: Record) -> None:
        self._set(value, record.get("logo_mime_type"), notify=False)

    def value(self) -> Any:
        return self._data

    @property
    def mime_type(self) -> str | None:
        return self._mime


def editor_for(field: Field, repository_for: RepositoryFor) -> Editor:
    match field.kind:
        case FieldKind.MULTILINE:
            return TextEditor(field)
        case FieldKind.FLAG:
            return FlagEditor(field)
        case FieldKind.CHOICE:
            return ChoiceEditor(field)
        case FieldKind.CHOICES:
            return ChoicesEditor(field)
        case FieldKind.LANGUAGE:
            return LanguageEditor(field)
        case FieldKind.REFERENCE:
            assert field.references is not None
            return ReferenceEditor(field, repository_for(field.references))
        case FieldKind.REFERENCES | FieldKind.ASSIGNMENTS:
            assert field.references is not None
            return LinkedEditor(field, repository_for(field.references))
        case FieldKind.COLOUR:
            return ColourEditor(field)
        case FieldKind.IMAGE:
            return ImageEditor(field)
    return LineEditor(field)


class RecordForm(QWidget):
    """Editors for some fields of one kind of record; knows what the user changed."""

    changed = Signal()

    def __init__(
        self,
        kind: RecordKind,
        field_names: Sequence[str],
        repository_for: RepositoryFor,
        defaults: Record | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.defaults = defaults or {}
        self.editors: dict[str, Editor] = {}
        self.errors: dict[str, QLabel] = {}
        self.field_labels: dict[str, QLabel] = {}
        self._loaded: dict[str, Any] = {}
        self._offered: dict[str, Any] = {}  # what the form filled in (see follow_ups)
        self.record: Record | None = None
        self._loading = False
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in field_names:
            field = kind.by_name[name]
            editor = editor_for(field, repository_for)
            editor.widget.setObjectName(f"field_{name}")
            editor.on_change = lambda name=name: self._edited(name)
            error = QLabel(objectName=f"error_{name}")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(editor.widget)
            column.addWidget(error)
            caption = label_of(field) + (" *" if field.required else "")
            label = QLabel(caption)
            label.setBuddy(editor.widget)
            layout.addRow(label, cell)
            self.editors[name] = editor
            self.errors[name] = error
            self.field_labels[name] = label

    # -- loading and reading -----------------------------------------------------------

    def load(self, record: Record | None) -> None:
        """Show ``record`` (None: an empty form for a new record, with the defaults)."""
        self._loading = True
        self.record = record
        shown = record if record is not None else self.defaults
        for name, editor in self.editors.items():
            editor.set_value(shown.get(name), shown)
        self._loaded = {name: editor.value() for name, editor in self.editors.items()}
        self._offered = {}
        self.clear_errors()
        self._loading = False

    @property
    def is_new(self) -> bool:
        return self.record is None

    def changes(self) -> Record:
        """What the user changed (for a new record: everything filled in)."""
        result: Record = {}
        for name, editor in self.editors.items():
            value = editor.value()
            if self.is_new:
                if value in (None, "", [], {}) and name not in self.defaults:
                    continue
            elif value == self._loaded.get(name):
                continue
            result[name] = value
            if isinstance(editor, ImageEditor):
                result["logo_mime_type"] = editor.mime_type
        if self.is_new:
            for name, value in self.defaults.items():
                result.setdefault(name, value)
        return result

    @property
    def dirty(self) -> bool:
        if self.is_new:
            return any(
                editor.value() != self._loaded.get(name) for name, editor in self.editors.items()
            )
        return bool(self.changes())

    # -- messages ------------------------------------------------------------------------

    def apply_typed(self, values: Record) -> None:
        """Put typed values back into their editors (after a reload under them)."""
        for name, value in values.items():
            if name in self.editors:
                self.editors[name].set_typed(value)

    def show_errors(self, error: ValidationError) -> list[str]:
        """Show each problem under its field; returns those with no field here."""
        self.clear_errors()
        first = None
        unshown = []
        for problem in error.errors:
            label = self.errors.get(problem.field)
            if label is None:
                unshown.append(translate_error(problem))
                continue
            label.setText(translate_message(problem.message))
            label.show()
            if first is None:
                first = self.editors[problem.field].widget
        if first is not None:
            first.setFocus()
        return unshown

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    def error_text(self, name: str) -> str:
        label = self.errors[name]
        return label.text() if label.isVisible() or label.text() else ""

    def _edited(self, name: str) -> None:
        if self._loading:
            return
        self._offered.pop(name, None)  # typed by the user: theirs from now on
        self._fill_in(name)
        self.changed.emit()

    def _fill_in(self, changed: str) -> None:
        """Fill what follows from ``changed`` (Member → member since today; employees →
        size class) into fields that are empty or still hold what was offered."""
        values = {name: editor.value() for name, editor in self.editors.items()}
        offers = follow_ups(self.kind.table, changed, values, date.today())
        self._loading = True  # what is filled in is not the user's own edit
        try:
            for name, value in offers.items():
                editor = self.editors.get(name)
                if editor is None:
                    continue
                current = values.get(name)
                if current in (None, "") or self._offered.get(name) == current:
                    editor.set_value(value, values)
                    self._offered[name] = editor.value()
        finally:
            self._loading = False
