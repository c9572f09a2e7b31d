"""How stored values are shown and typed: dates as 12.06.2026, moments in the
event's time zone, money as 1.234,50, phone numbers in national format, and the
labels of vocabularies and fields in the user's language."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from secretariat.domain.enums import Vocabulary
from secretariat.domain.fields import Field, FieldKind
from secretariat.domain.validation import DEFAULT_TIME_ZONE, format_phone, moment_in_zone


def tr(text: str, context: str = "fields") -> str:
    """A core label (English source text) in the user's language."""
    return QCoreApplication.translate(context, text)


def label_of(field: Field) -> str:
    return tr(field.label)


def vocabulary_label(vocabulary: type[Vocabulary], value: str | None) -> str:
    if value is None:
        return ""
    try:
        return tr(vocabulary(value).label, "vocabulary")
    except ValueError:
        return str(value)


def show_date(value: str | None) -> str:
    if not value:
        return ""
    try:
        return date.fromisoformat(value[:10]).strftime("%d.%m.%Y")
    except ValueError:
        return value


def show_moment(value: str | None, time_zone: str | None = None) -> str:
    if not value:
        return ""
    try:
        return moment_in_zone(value, time_zone or DEFAULT_TIME_ZONE).strftime("%d.%m.%Y %H:%M")
    except ValueError:
        return value


def show_money(cents: int | None) -> str:
    if cents is None:
        return ""
    return QLocale(QLocale.Language.German, QLocale.Country.Germany).toString(cents / 100, "f", 2)


def show_number(value: int | None) -> str:
    return "" if value is None else QLocale().toString(int(value))


def show_value(field: Field, value: Any, record: dict[str, Any] | None = None) -> str:
    """A stored value as text for a table cell or an editable line."""
    if value is None:
        return ""
    match field.kind:
        case FieldKind.DATE:
            return show_date(value)
        case FieldKind.MOMENT:
            return show_moment(value, (record or {}).get("time_zone"))
        case FieldKind.MONEY:
            return show_money(value)
        case FieldKind.PHONE:
            return format_phone(value)
        case FieldKind.CHOICE:
            assert field.vocabulary is not None
            return vocabulary_label(field.vocabulary, value)
        case FieldKind.CHOICES:
            assert field.vocabulary is not None
            return ", ".join(vocabulary_label(field.vocabulary, item) for item in value)
        case FieldKind.THEMES:
            return ", ".join(value)
        case FieldKind.FLAG:
            return tr("yes", "values") if value else ""
        case FieldKind.INTEGER:
            return str(value)
    return str(value)
