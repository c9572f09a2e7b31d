"""Checking what a person typed before it is stored.

:func:`clean` takes the values of one record, as typed or imported, and returns
them in the form the database keeps (dates as ISO text, phone numbers in E.164,
moments in UTC, money in cents), or raises :class:`ValidationError` listing every
field that is wrong, each with a sentence a secretary understands.
No network look-ups are made (e-mail domains are not resolved).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlsplit, urlunsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from secretariat.domain import countries
from secretariat.domain.enums import Vocabulary
from secretariat.domain.fields import Field, FieldKind, Record, RecordKind
from secretariat.domain.german import GERMAN_LABELS, PRINTED_GERMAN_LABELS

DEFAULT_TIME_ZONE = "Europe/Berlin"
DEFAULT_PHONE_REGION = "DE"
LOGO_LIMIT = 2 * 1024 * 1024

# Postcode formats of the countries a cluster in NRW deals with most; others are
# checked loosely (letters, digits, spaces and hyphens).
POSTCODE_FORMATS: dict[str, tuple[str, str]] = {
    "DE": (r"\d{5}", "German postcodes have 5 digits, for example 40210"),
    "AT": (r"\d{4}", "Austrian postcodes have 4 digits, for example 1010"),
    "CH": (r"\d{4}", "Swiss postcodes have 4 digits, for example 8001"),
    "BE": (r"\d{4}", "Belgian postcodes have 4 digits, for example 1000"),
    "LU": (r"(L-)?\d{4}", "Luxembourg postcodes have 4 digits, for example 1009"),
    "DK": (r"\d{4}", "Danish postcodes have 4 digits, for example 1050"),
    "NL": (r"\d{4} ?[A-Za-z]{2}", "Dutch postcodes look like 1012 AB"),
    "PL": (r"\d{2}-\d{3}", "Polish postcodes look like 00-950"),
    "FR": (r"\d{5}", "French postcodes have 5 digits, for example 75001"),
}
_LOOSE_POSTCODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9 \-]{1,11}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
_GERMAN_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_YES = {"1", "true", "yes", "ja", "y", "j", "x", "wahr"}
_NO = {"0", "false", "no", "nein", "n", "", "falsch"}
# email_validator and phonenumbers take long to load (~70 ms) and opening the app needs
# neither: they are loaded on the first address or number (see _email_library).
email_validator: Any = None
phonenumbers: Any = None
_DOT_ATOM: Any = None  # an unquoted ASCII part before the @, as email_validator reads it
_CASE_INSENSITIVE_MAILBOXES: frozenset[str] = frozenset()  # info@, sales@, ...
_EMAIL_MAX_LENGTH = 0


def _email_library() -> Any:
    """email_validator, loaded the first time, with the rules :func:`_plain_email` reads."""
    global email_validator, _DOT_ATOM, _CASE_INSENSITIVE_MAILBOXES, _EMAIL_MAX_LENGTH
    if email_validator is None:
        import email_validator as library
        from email_validator.rfc_constants import (
            CASE_INSENSITIVE_MAILBOX_NAMES,
            DOT_ATOM_TEXT,
            EMAIL_MAX_LENGTH,
        )

        _DOT_ATOM, _EMAIL_MAX_LENGTH = DOT_ATOM_TEXT, EMAIL_MAX_LENGTH
        _CASE_INSENSITIVE_MAILBOXES = frozenset(CASE_INSENSITIVE_MAILBOX_NAMES)
        email_validator = library
    return email_validator


def _phone_library() -> Any:
    """phonenumbers, loaded the first time."""
    global phonenumbers
    if phonenumbers is None:
        import phonenumbers as library

        phonenumbers = library
    return phonenumbers


@dataclass(frozen=True)
class FieldError:
    """What is wrong with one field: ``message`` is shown next to the field."""

    field: str
    label: str
    message: str

    def __str__(self) -> str:
        return f"{self.label}: {self.message}"


class ValidationError(ValueError):
    """One or more fields are wrong; ``errors`` names each, in form order."""

    def __init__(self, errors: Iterable[FieldError], noun: str = "record") -> None:
        self.errors = list(errors)
        self.noun = noun
        super().__init__(self.summary())

    def summary(self) -> str:
        lines = "; ".join(str(error) for error in self.errors)
        return f"The {self.noun} was not saved. {lines}"

    def for_field(self, name: str) -> FieldError | None:
        return next((error for error in self.errors if error.field == name), None)


class _Invalid(Exception):
    """Raised inside a field check with the sentence to show."""


def clean(
    kind: RecordKind,
    values: Mapping[str, Any],
    *,
    existing: Mapping[str, Any] | None = None,
) -> Record:
    """Check ``values`` for a new record (``existing`` is None) or an edit of one.

    Returns the cleaned values (only those given). Rules that span fields (an end
    not before its start, a postcode that fits the country) are checked against
    the record as it will be after the edit.
    """
    errors: list[FieldError] = []
    cleaned: Record = {}
    for name in values:
        if name not in kind.by_name:
            errors.append(FieldError(name, name, f"There is no field “{name}” in a {kind.noun}."))
    merged = {**(existing or {}), **values}
    for field in kind.fields:
        if field.name not in values:
            if existing is None and field.required:
                errors.append(FieldError(field.name, field.label, "Please fill this in."))
            continue
        try:
            value = _clean_value(field, values[field.name], merged)
        except _Invalid as problem:
            errors.append(FieldError(field.name, field.label, str(problem)))
            continue
        if field.required and _is_blank(value):
            errors.append(FieldError(field.name, field.label, "Please fill this in."))
            continue
        cleaned[field.name] = value
    for earlier, later in kind.ordered:
        first = cleaned.get(earlier, merged.get(earlier))
        second = cleaned.get(later, merged.get(later))
        failed = {e.field for e in errors}
        both_valid = earlier not in failed and later not in failed
        if first and second and both_valid and str(second) < str(first):
            errors.append(
                FieldError(
                    later,
                    kind.by_name[later].label,
                    f"This is before “{kind.by_name[earlier].label}”. Please check both dates.",
                )
            )
    if errors:
        raise ValidationError(errors, kind.noun)
    return cleaned


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _clean_value(field: Field, value: Any, record: Mapping[str, Any]) -> Any:
    kind = field.kind
    whole = _WHOLE_VALUE_RULES.get(kind)
    if whole is not None:  # lists, images and flags: blank has its own meaning there
        return whole(field, value)
    if value is None or (isinstance(value, str) and not value.strip()):
        return field.default
    if isinstance(value, str):
        value = _clean_text(value, multiline=kind is FieldKind.MULTILINE)
        if len(value) > field.longest:
            raise _Invalid(
                f"This is {len(value):,} characters long; at most {field.longest:,} fit here."
            )
    rule = _RULES.get(kind)
    if rule is None:  # pragma: no cover
        raise AssertionError(f"no rule for field kind {kind}")
    return rule(field, value, record)


def _clean_image(field: Field, value: Any) -> bytes | None:
    if value is None:
        return None
    if not isinstance(value, bytes | bytearray):
        raise _Invalid("Choose an image file (PNG or JPEG).")
    if len(value) > LOGO_LIMIT:
        raise _Invalid("The image is larger than 2 MB. Please choose a smaller file.")
    return bytes(value)


def _clean_colour(value: Any) -> str:
    text = str(value).strip()
    if not _COLOUR.fullmatch(text):
        raise _Invalid(f"“{text}” is not a colour. Write it as #RRGGBB, e.g. #1F4E79.")
    return text.upper()


# The rule of each kind of field, looked up once per value (a form checks a dozen
# values, an import a million).
_WHOLE_VALUE_RULES: dict[FieldKind, Callable[[Field, Any], Any]] = {
    FieldKind.CHOICES: lambda field, value: _clean_list(field, value),
    FieldKind.THEMES: lambda field, value: _clean_list(field, value),
    FieldKind.REFERENCES: lambda field, value: _clean_list(field, value),
    FieldKind.ASSIGNMENTS: lambda field, value: _clean_assignments(field, value),
    FieldKind.IMAGE: _clean_image,
    FieldKind.FLAG: lambda field, value: _clean_flag(value),
}
_RULES: dict[FieldKind, Callable[[Field, Any, Mapping[str, Any]], Any]] = {
    FieldKind.TEXT: lambda field, value, record: str(value),
    FieldKind.MULTILINE: lambda field, value, record: str(value),
    FieldKind.EMAIL: lambda field, value, record: clean_email(str(value)),
    FieldKind.PHONE: lambda field, value, record: clean_phone(str(value)),
    FieldKind.URL: lambda field, value, record: clean_url(str(value)),
    FieldKind.POSTCODE: lambda field, value, record: clean_postcode(
        str(value), str(record.get("country") or "DE")
    ),
    FieldKind.COUNTRY: lambda field, value, record: _clean_country(str(value)),
    FieldKind.LANGUAGE: lambda field, value, record: _clean_language(str(value)),
    FieldKind.DATE: lambda field, value, record: clean_date(value),
    FieldKind.MOMENT: lambda field, value, record: clean_moment(
        value, str(record.get("time_zone") or DEFAULT_TIME_ZONE)
    ),
    FieldKind.INTEGER: lambda field, value, record: _clean_integer(field, value),
    FieldKind.MONEY: lambda field, value, record: clean_money(value),
    FieldKind.CHOICE: lambda field, value, record: _clean_choice(field, value),
    FieldKind.REFERENCE: lambda field, value, record: _clean_id(value),
    FieldKind.COLOUR: lambda field, value, record: _clean_colour(value),
}


def _clean_text(text: str, *, multiline: bool) -> str:
    if not multiline and _is_tidy(text):
        return text  # the same string, not an equal copy: an import keeps millions
    text = unicodedata.normalize("NFC", text)
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        return _CONTROL.sub("", text).strip()
    return " ".join(_CONTROL.sub("", text).split())


def _is_tidy(text: str) -> bool:
    """Whether one line of ``text`` is already as :func:`_clean_text` leaves it: NFC,
    no control characters, no whitespace but single inner spaces (every other kind of
    whitespace is unprintable to Python)."""
    return (
        text.isprintable()
        and "  " not in text
        and not text.startswith(" ")
        and not text.endswith(" ")
        and unicodedata.is_normalized("NFC", text)
    )


def clean_email(text: str) -> str:
    normalized = _plain_email(text)
    if normalized is not None:
        return normalized
    email_validator = _email_library()
    try:
        result = email_validator.validate_email(text, check_deliverability=False)
    except email_validator.EmailNotValidError as problem:
        raise _Invalid(f"“{text}” is not an e-mail address: {problem}") from None
    return str(result.normalized)


def _plain_email(text: str) -> str | None:
    """The normalised form of an everyday address ("anna.mueller@firma.de"), exactly as
    ``email_validator`` gives it, without its per-character work: the part before the @
    is checked with the library's own pattern, the part after it once per domain.
    None when the address is anything but plain (the library then decides, and words
    what is wrong)."""
    library = email_validator or _email_library()
    local, at, domain = text.partition("@")
    if not at or "@" in domain or "<" in text or not _DOT_ATOM.match(local):
        return None
    checked = _email_domain(domain, library.TEST_ENVIRONMENT, library.GLOBALLY_DELIVERABLE)
    if checked is None:
        return None
    unicode_domain, ascii_domain = checked
    if local.lower() in _CASE_INSENSITIVE_MAILBOXES:
        local = local.lower()
    normalized = f"{local}@{unicode_domain}"
    for whole in (text, normalized, f"{local}@{ascii_domain}"):
        if len(whole.encode()) > _EMAIL_MAX_LENGTH:
            return None
    return normalized


@functools.lru_cache(maxsize=20_000)
def _email_domain(
    domain: str, test_environment: bool, globally_deliverable: bool
) -> tuple[str, str] | None:
    """(domain, ASCII domain) as ``email_validator`` normalises them; None if invalid."""
    if not domain or domain.startswith("["):
        return None
    library = _email_library()
    try:
        checked = library.syntax.validate_email_domain_name(
            domain, test_environment=test_environment, globally_deliverable=globally_deliverable
        )
    except library.EmailNotValidError:
        return None
    return checked["domain"], checked["ascii_domain"]


def clean_phone(text: str, region: str = DEFAULT_PHONE_REGION) -> str:
    outcome, value = _phone(text, region)
    if outcome == "ok":
        return value
    hint = "Enter it with the area code, e.g. 0211 1234567 or +49 211 1234567."
    if outcome == "unreadable":
        raise _Invalid(f"“{text}” is not a phone number. {hint}")
    raise _Invalid(f"“{text}” is not a valid phone number. {hint}")


@functools.lru_cache(maxsize=8_192)
def _phone(text: str, region: str) -> tuple[str, str]:
    """("ok", E.164), ("unreadable", "") or ("invalid", ""); a list repeats a
    switchboard's number for many people, so the answers are kept for a while."""
    phonenumbers = _phone_library()
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return "unreadable", ""
    if not phonenumbers.is_valid_number(number):
        return "invalid", ""
    return "ok", phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str | None, region: str = DEFAULT_PHONE_REGION) -> str:
    """A stored number as people write it: national format at home, else international."""
    if not e164:
        return ""
    phonenumbers = _phone_library()
    try:
        number = phonenumbers.parse(e164, region)
    except phonenumbers.NumberParseException:
        return e164
    home = phonenumbers.region_code_for_number(number) == region
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if home
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return str(phonenumbers.format_number(number, style))


def clean_url(text: str) -> str:
    candidate = text.strip()
    if "://" not in candidate:
        candidate = "https://" + candidate
    try:
        parts = urlsplit(candidate)
        host = parts.hostname or ""
        parts.port  # noqa: B018 (raises on a malformed port)
    except ValueError:
        raise _Invalid(f"“{text}” is not a web address. Write it like www.example.de.") from None
    if (
        parts.scheme.lower() not in ("http", "https")
        or "." not in host
        or " " in candidate
        or host.startswith(".")
        or host.endswith(".")
    ):
        raise _Invalid(f"“{text}” is not a web address. Write it like www.example.de.")
    return urlunsplit(
        (parts.scheme.lower(), parts.netloc.lower(), parts.path, parts.query, parts.fragment)
    )


def clean_postcode(text: str, country: str) -> str:
    code = text.strip()
    rule = POSTCODE_FORMATS.get(country.upper())
    if rule:
        pattern, hint = rule
        if not re.fullmatch(pattern, code):
            raise _Invalid(f"“{code}” is not a postcode of {country.upper()}: {hint}.")
        return code.upper()
    if not _LOOSE_POSTCODE.fullmatch(code):
        raise _Invalid(f"“{code}” does not look like a postcode.")
    return code


def _clean_country(text: str) -> str:
    code = countries.code_of(text) or text.strip().upper()  # "Niederlande", "UK", "nl"
    if not re.fullmatch(r"[A-Z]{2}", code):
        raise _Invalid(f"“{text}” is not a country code. Use two letters, e.g. DE or NL.")
    return code


def _clean_language(text: str) -> str:
    code = text.strip().lower()
    if not re.fullmatch(r"[a-z]{2,3}", code):
        raise _Invalid(f"“{text}” is not a language code. Use two letters, e.g. de or en.")
    return code


def clean_date(value: Any) -> str:
    """A date as ISO text; accepts date objects, 2026-06-12 and 12.06.2026."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    german = _GERMAN_DATE.fullmatch(text)
    try:
        if german:
            day, month, year = (int(part) for part in german.groups())
            return date(year, month, day).isoformat()
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise _Invalid(f"“{text}” is not a date. Write it as 12.06.2026.") from None


def clean_moment(value: Any, time_zone: str = DEFAULT_TIME_ZONE) -> str:
    """A point in time as UTC text (2026-06-12T12:30:00Z).

    Aware datetimes keep their offset; naive ones and texts without an offset are
    read in ``time_zone`` (the event's, Europe/Berlin by default).
    """
    try:
        zone = ZoneInfo(time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise _Invalid(f"“{time_zone}” is not a time zone this program knows.") from None
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime(value.year, value.month, value.day)
    else:
        text = str(value).strip()
        german = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ ,]+(\d{1,2}):(\d{2}))?", text)
        try:
            if german:
                day, month, year = (int(p) for p in german.groups()[:3])
                hour, minute = (int(p) for p in german.groups()[3:]) if german[4] else (0, 0)
                moment = datetime(year, month, day, hour, minute)
            else:
                moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise _Invalid(
                f"“{text}” is not a date and time. Write it as 12.06.2026 14:30."
            ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def moment_in_zone(stored: str, time_zone: str = DEFAULT_TIME_ZONE) -> datetime:
    """A stored UTC moment as an aware datetime in ``time_zone``."""
    return datetime.fromisoformat(stored.replace("Z", "+00:00")).astimezone(ZoneInfo(time_zone))


def _clean_integer(field: Field, value: Any) -> int:
    if isinstance(value, bool):
        raise _Invalid("Enter a whole number.")
    try:
        number = int(str(value).strip().replace(".", "")) if isinstance(value, str) else int(value)
        if not isinstance(value, str) and number != value:
            raise ValueError
    except (TypeError, ValueError):
        raise _Invalid(f"“{value}” is not a whole number.") from None
    if field.minimum is not None and number < field.minimum:
        raise _Invalid(f"This must be at least {field.minimum}.")
    if field.maximum is not None and number > field.maximum:
        raise _Invalid(f"This must be at most {field.maximum}.")
    return number


def clean_money(value: Any) -> int:
    """An amount in cents. Integers are cents already; texts are euros ("1.234,50 €")."""
    if isinstance(value, bool):
        raise _Invalid("Enter an amount, e.g. 49,50.")
    if isinstance(value, int):
        cents = value
    else:
        text = str(value).replace("€", "").replace("EUR", "").replace(" ", "").strip()
        if "," in text:  # German: 1.234,50
            text = text.replace(".", "").replace(",", ".")
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise _Invalid(f"“{value}” is not an amount. Write it like 49,50.") from None
        if amount != amount.quantize(Decimal("0.01")):
            raise _Invalid("Amounts have at most two decimal places (cents).")
        cents = int(amount * 100)
    if cents < 0:
        raise _Invalid("Amounts cannot be negative.")
    return cents


def _clean_flag(value: Any) -> int:
    if isinstance(value, bool | int) and value in (0, 1):
        return int(value)
    if value is None:
        return 0
    text = str(value).strip().lower()
    if text in _YES:
        return 1
    if text in _NO:
        return 0
    raise _Invalid(f"“{value}” is neither yes nor no.")


def _clean_choice(field: Field, value: Any) -> str:
    assert field.vocabulary is not None
    text = str(value).strip()
    values, labels, allowed = _choices(field.vocabulary)
    if text in values:
        return text
    found = labels.get(text.casefold())  # the label as shown is fine too
    if found is not None:
        return found
    raise _Invalid(f"“{text}” is not one of: {allowed}.")


@functools.cache
def _choices(vocabulary: type[Vocabulary]) -> tuple[frozenset[str], dict[str, str], str]:
    """A vocabulary's values, its labels in English and German (case-folded → value,
    the first member winning: "Frau" and "Ms" are both "ms"), and the labels to offer
    in a message; worked out once."""
    labels: dict[str, str] = {}
    for member in vocabulary:
        labels.setdefault(member.label.casefold(), member.value)
    for words in (GERMAN_LABELS, PRINTED_GERMAN_LABELS):
        for value, label in words.get(vocabulary, {}).items():
            if label:
                labels.setdefault(label.casefold(), value)
    allowed = ", ".join(member.label for member in vocabulary if member.value)
    return frozenset(vocabulary.values()), labels, allowed


def _clean_id(value: Any) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise _Invalid(f"“{value}” does not name a record.") from None
    if number < 1 or isinstance(value, bool):
        raise _Invalid(f"“{value}” does not name a record.")
    return number


def _clean_list(field: Field, value: Any) -> list[Any]:
    if value is None:
        return []
    items = value.split(",") if isinstance(value, str) else list(value)
    result: list[Any] = []
    seen: set[Any] = set()
    for item in items:
        if field.kind is FieldKind.CHOICES:
            if isinstance(item, str) and not item.strip():
                continue
            cleaned: Any = _clean_choice(field, item)
        elif field.kind is FieldKind.REFERENCES:
            cleaned = _clean_id(item)
        else:
            cleaned = _clean_text(str(item), multiline=False)
            if not cleaned:
                continue
            if len(cleaned) > 80:
                raise _Invalid(f"The theme “{cleaned[:30]}…” is too long; keep themes short.")
        key = cleaned.casefold() if isinstance(cleaned, str) else cleaned
        if key not in seen:
            seen.add(key)
            result.append(cleaned)
    return result


def _clean_assignments(field: Field, value: Any) -> dict[int, str]:
    if value is None:
        return {}
    pairs = value.items() if isinstance(value, Mapping) else value
    result: dict[int, str] = {}
    for key, role in pairs:
        result[_clean_id(key)] = _clean_choice(field, role)
    return result
