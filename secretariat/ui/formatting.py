"""How stored values are shown and typed: dates, times, numbers and money in the
locale of the chosen language (12.06.2026, 14:30, 1.234,50 in German; 12/06/2026 and
1,234.50 in English), moments in the event's time zone, phone numbers in national
format, and the labels of vocabularies, fields and validation messages in the
user's language.

The locale is German until :func:`use_locale` names another (``language.install``
does, at start). What a person types in a form is read in that locale too and
handed to the core in a form it reads (ISO dates, German amounts).
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

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
        member = vocabulary(value)
    except ValueError:
        return str(value)
    # the vocabulary's name tells words apart that are one in English ("Cancelled")
    return QCoreApplication.translate("vocabulary", member.label, vocabulary.__name__)


_locale = QLocale(QLocale.Language.German, QLocale.Country.Germany)


def use_locale(locale: QLocale) -> None:
    """Show and read dates, times, numbers and money as ``locale`` writes them."""
    global _locale
    _locale = QLocale(locale)


def locale() -> QLocale:
    return QLocale(_locale)


def date_format() -> str:
    """The locale's short date format with a four-digit year (dd.MM.yyyy, dd/MM/yyyy)."""
    text = _locale.dateFormat(QLocale.FormatType.ShortFormat)
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", text)


def time_format() -> str:
    """Hours and minutes, on the 24-hour clock as offices in Europe write them."""
    text = _locale.timeFormat(QLocale.FormatType.ShortFormat)
    return text if "H" in text else "HH:mm"


def show_day(day: date) -> str:
    return _locale.toString(QDate(day.year, day.month, day.day), date_format())


def show_day_month(day: date) -> str:
    """A day without its year: 12.06. in German, 12/06 in English."""
    text = date_format()
    text = re.sub(r"[^dM]*y+[^dM]*", "", text) if text.index("y") else text
    trailing = "." if text.endswith("M") and "." in text else ""
    return _locale.toString(QDate(day.year, day.month, day.day), text + trailing)


def day_name(weekday: int) -> str:
    """Short name of a day, 0 = Monday (Mo., Mon), in the language spoken."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat)


def month_name(month: int) -> str:
    """A month's name in the language spoken (Juni, June)."""
    return QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat)


def show_date(value: str | None) -> str:
    if not value:
        return ""
    try:
        return show_day(date.fromisoformat(value[:10]))
    except ValueError:
        return value


def show_moment(value: str | None, time_zone: str | None = None) -> str:
    if not value:
        return ""
    try:
        moment = moment_in_zone(value, time_zone or DEFAULT_TIME_ZONE)
    except ValueError:
        return value
    return f"{show_day(moment.date())} {show_time(moment.hour, moment.minute)}"


def show_time(hour: int, minute: int) -> str:
    return (
        time_format()
        .replace("HH", f"{hour:02d}")
        .replace("H", str(hour))
        .replace("mm", f"{minute:02d}")
    )


def show_money(cents: int | None) -> str:
    """An amount without the currency sign (columns and sums name it): 1.234,50."""
    if cents is None:
        return ""
    return _locale.toString(cents / 100, "f", 2)


def show_number(value: int | None) -> str:
    return "" if value is None else _locale.toString(int(value))


# -- reading what was typed -----------------------------------------------------------------


def _date_pattern() -> re.Pattern[str]:
    """The locale's date format as a pattern: dd.MM.yyyy -> day, month, year groups."""
    parts = []
    for piece in re.findall(r"d+|M+|y+|[^dMy]+", date_format()):
        if piece[0] == "d":
            parts.append(r"(?P<day>\d{1,2})")
        elif piece[0] == "M":
            parts.append(r"(?P<month>\d{1,2})")
        elif piece[0] == "y":
            parts.append(r"(?P<year>\d{4}|\d{2})")
        else:
            parts.append(re.escape(piece.strip()) + r"\s*")
    return re.compile("".join(parts))


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def read_date(text: str) -> str:
    """A date as typed in the locale (12.06.2026, 12.6.26, 12/06/2026) as ISO text;
    anything else unchanged, for the core to judge and explain."""
    typed = text.strip()
    for pattern in (_date_pattern(), _GERMAN):
        match = pattern.fullmatch(typed)
        if match:
            try:
                return date(
                    _year(match["year"]), int(match["month"]), int(match["day"])
                ).isoformat()
            except ValueError:
                return text
    return text


def read_moment(text: str, day: date | None = None) -> str:
    """A date and time as typed (12.06.2026 14:30, 12/06/2026 2:30) in the form the
    core reads (12.06.2026 14:30); a time alone (09:30) on ``day`` when one is given;
    anything else unchanged."""
    typed = text.strip()
    alone = re.fullmatch(r"(\d{1,2})[:.](\d{2})(?:\s*(?:Uhr|h))?", typed)
    if alone and day is not None:
        return f"{day:%d.%m.%Y} {int(alone[1]):02d}:{alone[2]}"
    match = re.fullmatch(r"(.+?)[ ,]+(\d{1,2})[:.](\d{2})(?:\s*(?:Uhr|h))?", typed)
    day_part, time_part = (match[1], f"{int(match[2]):02d}:{match[3]}") if match else (typed, "")
    iso = read_date(day_part)
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        return text
    year, month, day = iso.split("-")
    return f"{day}.{month}.{year} {time_part}".strip()


def read_money(text: str) -> str:
    """An amount as typed in the locale, as the core reads amounts (1.234,50)."""
    typed = text.replace("€", "").replace("EUR", "").strip()
    point, group = _locale.decimalPoint(), _locale.groupSeparator()
    if point == "," or not typed:
        return text
    if re.fullmatch(r"\d+,\d{1,2}", typed):  # a German amount typed anyway
        return typed
    if re.fullmatch(r"[\d" + re.escape(group) + r"]*(" + re.escape(point) + r"\d*)?", typed):
        whole, _, cents = typed.replace(group, "").partition(point)
        return f"{whole or '0'},{cents}" if cents else whole
    return text


_GERMAN = re.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4}|\d{2})")


# -- messages from the core -----------------------------------------------------------------


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
        case FieldKind.LANGUAGE:
            return language_name(value)
    return str(value)


# the languages a cluster writes in most, by their English names (translated on screen)
LANGUAGE_NAMES = {
    "de": "German",
    "en": "English",
    "fr": "French",
    "nl": "Dutch",
    "pl": "Polish",
    "tr": "Turkish",
    "it": "Italian",
    "es": "Spanish",
    "ru": "Russian",
    "uk": "Ukrainian",
    "el": "Greek",
    "ar": "Arabic",
}


def language_name(code: str | None) -> str:
    """A language code as a person says it: "Deutsch" in German, "German" in English;
    a code beyond the common ones by Qt's name of the language in that language."""
    if not code:
        return ""
    if code in LANGUAGE_NAMES:
        return tr(LANGUAGE_NAMES[code], "languages")
    language = QLocale(code).language()
    if language in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return code
    return QLocale(language).nativeLanguageName() or code


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{\w+\})", template.replace("{{", "\x00").replace("}}", "\x01"))
    regex = []
    seen: set[str] = set()
    for part in parts:
        name = part[1:-1] if part.startswith("{") and part.endswith("}") else None
        if name is None:
            regex.append(re.escape(part.replace("\x00", "{").replace("\x01", "}")))
        elif name in seen:
            regex.append(f"(?P={name})")
        else:
            seen.add(name)
            regex.append(f"(?P<{name}>.*?)")
    return re.compile("".join(regex), re.DOTALL)


@cache
def _patterns(templates: tuple[str, ...] | None = None) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The templates (the validation messages unless named), the most specific first."""
    chosen = VALIDATION_MESSAGES if templates is None else templates
    ordered = sorted(chosen, key=lambda t: -len(re.sub(r"\{\w+\}", "", t)))
    return tuple((template, _pattern(template)) for template in ordered)


def _known(text: str) -> str:
    """A part of a message in the user's language, if it is a text we translate; a
    record as a sentence names it ('organisation “Müller GmbH”', 'event #3') with its
    noun translated."""
    for context in ("validation", "fields", "nouns", "vocabulary"):
        translated = QCoreApplication.translate(context, text)
        if translated != text:
            return translated
    if _counted(text) != text:
        return _counted(text)
    *items, tail = text.split(", ")
    for at in [m.start() for m in re.finditer(" and ", tail)]:
        parts = [*items, tail[:at], tail[at + len(" and ") :]]
        if all(_counted(part) != part for part in parts):
            words = [_counted(part) for part in parts]
            return QCoreApplication.translate("counted", "{items} and {last}").format(
                items=", ".join(words[:-1]), last=words[-1]
            )
    named = re.fullmatch(r"([a-z][a-z ]*?) (“.*”|#\d+)", text, re.DOTALL)
    if named:
        noun = QCoreApplication.translate("nouns", named[1])
        if noun != named[1]:
            return f"{noun} {named[2]}"
    return text


def translate_message(
    message: str, context: str = "validation", templates: tuple[str, ...] | None = None
) -> str:
    """A sentence of the core's validation (English, with values filled in) in the
    user's language: matched against the sentences it can be, then translated with
    the same values. A sentence not known stays as it is. ``context`` and
    ``templates`` name another list of sentences (the errors: ERROR_MESSAGES)."""
    direct = QCoreApplication.translate(context, message)
    if direct != message:
        return direct
    for template, pattern in _patterns(templates):
        match = pattern.fullmatch(message)
        if match is None:
            continue
        translated = QCoreApplication.translate(context, template)
        if translated == template:
            return message
        values = {name: _known(value) for name, value in match.groupdict().items()}
        try:
            return translated.format(**values)
        except (KeyError, IndexError, ValueError):
            return message
    return message


def _counted(text: str) -> str:
    """A count of records a delete names ("3 contacts") in the user's language."""
    match = re.fullmatch(r"(\d+) (.+)", text)
    if match:
        word = QCoreApplication.translate("counted", match[2])
        if word != match[2]:
            return f"{match[1]} {word}"
    return text


def translate_named(text: str) -> str:
    """A record as the store names it in a sentence ('organisation “Müller GmbH”'),
    or a count of records ('3 contacts and 1 product or service'), in the user's
    language."""
    return _known(text)


def translate_text(text: str) -> str:
    """A sentence of an error of the store or an export in the user's language (as
    translate_message does for validation); several known sentences in a row (the
    hints of a refused delete) each; anything not known unchanged."""
    if not text:
        return text
    translated = translate_message(text, "errors", ERROR_MESSAGES)
    if translated != text:
        return translated
    parts, rest = [], text
    while rest:
        for template in sorted(ERROR_MESSAGES, key=len, reverse=True):
            if "{" not in template and rest.startswith(template):
                parts.append(QCoreApplication.translate("errors", template))
                rest = rest[len(template) :].lstrip()
                break
        else:
            return text
    return " ".join(parts)


def translate_problem(problem: Any) -> tuple[str, str]:
    """(sentence, hint) of an expected error of the core (StoreError, ExportError and
    their kinds) in the user's language; what is not known stays English."""
    message = getattr(problem, "message", None)
    if message is None:  # an error of one sentence (the import's file and mapping errors)
        return translate_text(str(problem)), ""
    return translate_text(message), translate_text(getattr(problem, "hint", "") or "")


# Why the import or the duplicate finder takes two records for one (imports/matching.py,
# plan.py, merge.py): translated with the other sentences of the core; a test in
# tests/ui/test_language.py fails when a reason the core gives is not among them.
PAIR_SENTENCE = "{first} (#{first_id}) and {second} (#{second_id}): {reasons}"
REASON_MESSAGES: tuple[str, ...] = (
    "same e-mail as {who} (contact {id})",
    "same name at the same organisation as {who} (contact {id})",
    "same name as “{name}” (organisation {id})",
    "same name as row {number}",
    "same e-mail as row {number}",
    "same name at the same organisation as row {number}",
    "same name",
    "same website {host}",
    "same e-mail {email}",
    "same name at the same organisation",
    "same name and phone",
    PAIR_SENTENCE,
)


def translate_reason(text: str) -> str:
    """A reason of the import or the duplicate finder in the user's language."""
    return translate_message(text, "reasons", REASON_MESSAGES)


def translate_row_problems(problems: Any) -> str:
    """A rejected import row's problems ((label, message) pairs) in the user's language."""
    return "; ".join(f"{tr(label)}: {translate_message(message)}" for label, message in problems)


def translate_pair(pair: Any) -> str:
    """A likely duplicate pair as one line, its reasons in the user's language."""
    reasons = ", ".join(translate_reason(reason) for reason in pair.reasons)
    return QCoreApplication.translate("reasons", PAIR_SENTENCE).format(
        first=pair.first_name,
        first_id=pair.first_id,
        second=pair.second_name,
        second_id=pair.second_id,
        reasons=reasons,
    )


def problem_text(problem: Any) -> str:
    """What an expected error of the core says as a whole (``str(problem)``), in the
    user's language: for one line of status text."""
    message, hint = translate_problem(problem)
    return f"{message} {hint}".strip()


def translate_error(error: Any) -> str:
    """A FieldError as "Label: message" in the user's language."""
    return f"{tr(error.label)}: {translate_message(error.message)}"


def translate_summary(error: Any) -> str:
    """What a ValidationError says as a whole, in the user's language."""
    lines = "; ".join(translate_error(item) for item in error.errors)
    return QCoreApplication.translate("validation", "The {noun} was not saved. {lines}").format(
        noun=_known(error.noun), lines=lines
    )


# BEGIN validation messages (tools/translations.py extract writes this block)
VALIDATION_MESSAGES = (
    "German postcodes have 5 digits, for example 40210",
    "Austrian postcodes have 4 digits, for example 1010",
    "Swiss postcodes have 4 digits, for example 8001",
    "Belgian postcodes have 4 digits, for example 1000",
    "Luxembourg postcodes have 4 digits, for example 1009",
    "Danish postcodes have 4 digits, for example 1050",
    "Dutch postcodes look like 1012 AB",
    "Polish postcodes look like 00-950",
    "French postcodes have 5 digits, for example 75001",
    "The {noun} was not saved. {lines}",
    "Enter it with the area code, e.g. 0211 1234567 or +49 211 1234567.",
    "“{text}” is not a valid phone number. {hint}",
    "“{value}” is neither yes nor no.",
    "“{text}” is not one of: {allowed}.",
    "Choose an image file (PNG or JPEG).",
    "The image is larger than 2 MB. Please choose a smaller file.",
    "“{text}” is not a colour. Write it as #RRGGBB, e.g. #1F4E79.",
    "“{text}” is not a phone number. {hint}",
    "“{text}” is not a web address. Write it like www.example.de.",
    "“{code}” does not look like a postcode.",
    "“{text}” is not a country code. Use two letters, e.g. DE or NL.",
    "“{text}” is not a language code. Use two letters, e.g. de or en.",
    "Enter a whole number.",
    "This must be at least {minimum}.",
    "This must be at most {maximum}.",
    "Enter an amount, e.g. 49,50.",
    "Amounts cannot be negative.",
    "“{value}” does not name a record.",
    "This is {length} characters long; at most {longest} fit here.",
    "“{text}” is not an e-mail address: {problem}",
    "“{code}” is not a postcode of {country}: {hint}.",
    "“{text}” is not a date. Write it as 12.06.2026.",
    "“{time_zone}” is not a time zone this program knows.",
    "“{value}” is not a whole number.",
    "Amounts have at most two decimal places (cents).",
    "There is no field “{name}” in a {noun}.",
    "Please fill this in.",
    "This is before “{label}”. Please check both dates.",
    "“{value}” is not an amount. Write it like 49,50.",
    "“{text}” is not a date and time. Write it as 12.06.2026 14:30.",
    "The theme “{cleaned}…” is too long; keep themes short.",
)
# END validation messages


# BEGIN error messages (tools/translations.py extract writes this block)
ERROR_MESSAGES = (
    "The export was cancelled; no file was written.",
    "The {what} could not be laid out.",
    "Please report this problem: {__name__}: {problem}",
    "The event #{event_id} does not exist (any more).",
    "It may have been deleted by someone else; reload the list.",
    "Nobody is marked as attended yet.",
    "The certificates of attendance did not fit one page each.",
    "Please shorten the event's title or programme.",
    "There is no event #{event_id}.",
    "“{path}” does not end in .pdf or .json.",
    "The ending chooses the format: .pdf to read, .json for another program.",
    "“{path}” is a folder.",
    "Choose a file name.",
    "The folder “{folder}” does not exist.",
    "Choose another place, or create it first.",
    "You may not write to “{path}”.",
    "Choose another place, e.g. your Documents folder.",
    "“{path}” could not be written: {reason}.",
    "“{target}” is not a field of an import of {kind}.",
    "This is not a saved column mapping of the secretariat.",
    "The mapping could not be saved to “{name}”: {value}.",
    "“{name}” could not be read as a saved mapping.",
    "A {noun} cannot be merged with itself.",
    "The {noun} #{record_id} does not exist (any more).",
    "Reload the list.",
    "The {kind} was changed by {db} after you opened it. Nothing was merged.",
    "Look at both records again.",
    "“{name}” is in a spreadsheet format the import cannot read ({suffix}). Save it as an Excel workbook (.xlsx) or as .csv and try again.",  # noqa: E501
    "“{name}” is not a file the import can read. Choose a .csv, .xlsx or .vcf file (save it in one of these formats first).",  # noqa: E501
    "“{name}” does not exist (any more). Choose the file again.",
    "“{name}” is a folder. Choose a file.",
    "You may not read “{name}”. Copy it to your Documents folder and try again.",
    "“{name}” could not be read ({value}). Copy it to your computer and try again.",
    "“{name}” says it is {label} text but is damaged. Save it again as CSV UTF-8 and try again.",
    "“{name}” is not a text file. Save it as CSV (or export it as vCard) and try again.",
    "“{name}” is an Excel workbook, not a CSV file. Rename it to .xlsx (or save it from Excel as CSV) and try again.",  # noqa: E501
    "“{name}” is not a well-formed CSV file ({problem}). Open it in Excel, save it as CSV again and try again.",  # noqa: E501
    "“{name}” is not an Excel workbook (.xlsx). Save it from Excel as .xlsx or .csv and try again.",
    "“{name}” is not an Excel workbook (.xlsx) or is damaged. Save it from Excel as .xlsx or .csv and try again.",  # noqa: E501
    "“{name}” is damaged: its sheets could not be read. Open it in Excel, save it again as .xlsx or .csv and try again.",  # noqa: E501
    "“{name}” has no sheet “{sheet}”. Choose one of: {value}.",
    "“{name}” holds no vCards. Export the contacts again as vCard (.vcf) and try again.",
    "There is no import or merge #{batch_id}.",
    "The {what} was already undone ({batch} UTC, by {batch2}).",
    "The {what} cannot be undone: the {name} was {how} after it, last by {db}.",
    "Undo that change first, or correct the records by hand.",
    "The {what} cannot be undone: the {value}, which it created, now has a {noun} added later.",
    "Remove that first, or correct the records by hand.",
    "No backup could be written to the folder “{folder}” ({value}).",
    "Check that the folder can be written to and that the disk has space.",
    "“{path}” is read-only: Secretariat may read it, but not change it.",
    "The folder “{parent}” is read-only: no database can be created there.",
    "The folder “{parent}” is read-only, so Secretariat cannot save changes to “{name}” there.",
    "Open it read-only to look things up, or copy it to a folder where you may write.",
    "Choose another place.",
    "This database is open read-only, so nothing can be changed in it.",
    "To make changes, open it again normally from a folder where you may write.",
    "A backup cannot be written over the database itself.",
    "Choose another file name.",
    "“{path}” is a folder, not a database file.",
    "Choose a file.",
    "The folder “{parent}” does not exist (any more).",
    "If it is on a network drive or a USB stick, connect it and try again; or choose another file.",
    "There is no database at “{path}”.",
    "Check the file name.",
    "“{path}” is an empty file, not a Secretariat database.",
    "Open a backup, or delete the empty file and create a new database.",
    "“{path}” is not a Secretariat database (it is not an SQLite file).",
    "Choose a Secretariat database, or open a backup.",
    "“{path}” {damage}.",
    "Open a backup, or choose another file.",
    "You may not read “{path}”.",
    "Ask whoever manages the computer for access.",
    "“{path}” is an empty SQLite file, not a Secretariat database.",
    "Choose another file.",
    "“{path}” was made by an earlier version of Secretariat. It must be brought up to date before this version can read it, and that means writing to it.",  # noqa: E501
    "Copy it to a folder where you may write and open the copy.",
    "The backup “{source}” is damaged ({problems}); nothing was restored.",
    "Choose another backup.",
    "“{source}” is an empty SQLite file, not a Secretariat backup; nothing was restored.",
    "A database cannot be restored from itself.",
    "Choose a backup file.",
    "{where} is an SQLite database, but not a Secretariat database.",
    "Choose a Secretariat database, or create a new one.",
    "{where} was made by a newer version of Secretariat (schema {version}; this program knows schema {latest} at most).",  # noqa: E501
    "Update Secretariat, or open a backup made with this version.",
    "The {kind} cannot be deleted: it still has {value}.",
    "The {noun} #{record_id} was deleted by someone else after you opened it. Your change was not saved.",  # noqa: E501
    "The {kind} was changed by {who} after you opened it. Your change was not saved, so that theirs is not lost.",  # noqa: E501
    "Reload it to see the current state, then make your change again.",
    "The copy written to {target} failed its check ({problems}).",
    "Nothing was changed; try again, or check the disk.",
    "This change would leave records pointing to something that does not exist.",
    "Reload the list and try again.",
    "The database {where} is busy: another copy of Secretariat (a colleague, or another window) has been saving to it for more than {seconds} seconds.",  # noqa: E501
    "Nothing was lost. Wait a little, then try again.",
    "{where}{where2} was left in the middle of a save by a program that stopped; it is repaired from the journal beside it when it is next opened for writing, and cannot be read before.",  # noqa: E501
    "Open it normally once (where you may write), then try again.",
    "The database {where} can only be read, not changed.",
    "Check that the file and its folder may be written, or open it read-only.",
    "The disk holding {where} is full; nothing was saved.",
    "Free some space (empty the wastebasket, move big files away), then try again.",
    "The database {where} cannot be opened.",
    "Check that the drive or network folder is there and that you may use it, then try again.",
    "The disk reported an error while using {where}.",
    "Check the drive or network folder, then try again.",
    "{where} is damaged or is not a database.",
    "Move its contacts to another organisation or delete them first.",
    "Remove it from its projects first.",
    "Their attendance history is kept; delete the registrations first if you really mean to remove this person.",  # noqa: E501
    "Choose another venue for them first.",
)
# END error messages
