"""The language a document is written in, and how it writes dates, times and money.

A document's language (German or English) is chosen when it is exported and may
differ from the language of the program: a German office may print an English
programme for an international event. Every document class takes
``language="de"`` or ``language="en"`` (German by default).

Each document keeps its words beside it, as a :class:`Wording` of one table per
language; a Wording refuses to exist when one language lacks a word the other has,
or fills in other blanks (``{page}``), so no document can print a missing word.

How the languages write things:

============  ==========================  ==============================
              German (``de``)             English (``en``)
============  ==========================  ==============================
date          12.06.2026                  12 June 2026
long date     12. Juni 2026               12 June 2026
time          14:30 Uhr (alone),          14:30 (the 24-hour clock, as
              09:00–17:00 Uhr             timetables in Europe write it)
number        1.234,56                    1,234.56
money         1.234,56 €                  €1,234.56
page          Seite 3 von 12              Page 3 of 12
============  ==========================  ==============================
"""

from __future__ import annotations

import string
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from typing import Any

from secretariat.domain import enums
from secretariat.domain.countries import NAMES as COUNTRY_NAMES
from secretariat.domain.german import GERMAN_LABELS, PRINTED_GERMAN_LABELS

LANGUAGES: tuple[str, ...] = ("de", "en")
DEFAULT_LANGUAGE = "de"
LANGUAGE_NAMES: dict[str, str] = {"de": "Deutsch", "en": "English"}


def checked(language: str) -> str:
    """``language`` if it is a document language; ValueError naming the choices else."""
    if language not in LANGUAGES:
        raise ValueError(
            f"Unknown document language {language!r}; choose one of {', '.join(LANGUAGES)}."
        )
    return language


# -- words ---------------------------------------------------------------------------


def _blanks(text: str) -> set[str]:
    return {name for _text, name, _spec, _conversion in string.Formatter().parse(text) if name}


class Wording(Mapping[str, Mapping[str, str]]):
    """A document's fixed words, one table per language::

        WORDING = Wording("directory", {"de": {"index": "Verzeichnis"}, "en": {...}})
        words = WORDING[language]          # a table of the chosen language

    Raises ValueError when the languages do not have the same keys, or a text has
    other blanks ("{page}") than its counterpart. Every Wording is kept in
    :data:`WORDINGS`, so a test can look at all of them.
    """

    def __init__(self, name: str, texts: dict[str, dict[str, str]]) -> None:
        if set(texts) != set(LANGUAGES):
            raise ValueError(f"{name}: wording for {sorted(texts)}, not {list(LANGUAGES)}")
        keys = {language: set(table) for language, table in texts.items()}
        for language, table in texts.items():
            for other in LANGUAGES:
                missing = keys[other] - keys[language]
                if missing:
                    raise ValueError(f"{name}: no {language!r} wording for {sorted(missing)}")
            for key, text in table.items():
                reference = texts[DEFAULT_LANGUAGE][key]
                if _blanks(text) != _blanks(reference):
                    raise ValueError(
                        f"{name}: {language!r} {key!r} has blanks {sorted(_blanks(text))}, "
                        f"not {sorted(_blanks(reference))}"
                    )
        self.name = name
        self._texts = texts
        WORDINGS[name] = self

    def __getitem__(self, language: str) -> Mapping[str, str]:
        return self._texts[checked(language)]

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)


WORDINGS: dict[str, Wording] = {}

COMMON = Wording(
    "common",
    {
        "de": {
            "page_of": "Seite {page} von {pages}",
            "internal": "INTERN – nicht zur Weitergabe",
            "cluster": "Cluster",
        },
        "en": {
            "page_of": "Page {page} of {pages}",
            "internal": "INTERNAL – not for distribution",
            "cluster": "Cluster",
        },
    },
)


def page_of(language: str) -> str:
    """The footer's page wording with blanks: "Seite {page} von {pages}"."""
    return COMMON[language]["page_of"]


# -- dates and times -------------------------------------------------------------------

MONTHS: dict[str, tuple[str, ...]] = {
    "de": (
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
WEEKDAYS: dict[str, tuple[str, ...]] = {
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


def month_name(month: int, language: str) -> str:
    """``6`` → "Juni" / "June"."""
    return MONTHS[checked(language)][month - 1]


def weekday_name(day: date, language: str) -> str:
    """The day's weekday: "Freitag" / "Friday"."""
    return WEEKDAYS[checked(language)][day.weekday()]


def format_date(day: date, language: str) -> str:
    """``12.06.2026`` / ``12 June 2026``."""
    if checked(language) == "de":
        return f"{day:%d.%m.%Y}"
    return f"{day.day} {month_name(day.month, language)} {day.year}"


def format_long_date(day: date, language: str) -> str:
    """``12. Juni 2026`` / ``12 June 2026`` (a letter's or press release's date)."""
    if checked(language) == "de":
        return f"{day.day}. {month_name(day.month, language)} {day.year}"
    return format_date(day, language)


def format_time(moment: datetime, language: str) -> str:
    """The time of day on the 24-hour clock, ``14:30``, as in a table's time column."""
    checked(language)
    return f"{moment:%H:%M}"


def format_clock(moment: datetime, language: str) -> str:
    """A time standing alone in running text: ``14:30 Uhr`` / ``14:30``."""
    text = format_time(moment, language)
    return f"{text} Uhr" if language == "de" else text


def format_time_span(start: datetime, end: datetime, language: str) -> str:
    """``09:00–17:00 Uhr`` / ``09:00–17:00``."""
    text = f"{format_time(start, language)}–{format_time(end, language)}"
    return f"{text} Uhr" if language == "de" else text


# -- numbers and money -----------------------------------------------------------------


def format_number(value: float, language: str, decimals: int = 0) -> str:
    """``1.234,56`` / ``1,234.56`` (``decimals`` places)."""
    text = f"{value:,.{decimals}f}"
    if checked(language) == "de":
        return text.translate(str.maketrans({",": ".", ".": ","}))
    return text


def format_money(cents: int, language: str, *, whole: bool = False) -> str:
    """An amount in euro cents: ``1.234,56 €`` / ``€1,234.56``; with ``whole``, rounded
    to euros (``1.235 €`` / ``€1,235``)."""
    amount = round(cents / 100) if whole else cents / 100
    number = format_number(amount, language, 0 if whole else 2)
    if number.startswith("-"):
        sign, number = "-", number[1:]
    else:
        sign = ""
    return f"{sign}{number} €" if language == "de" else f"{sign}€{number}"


# -- the labels of the vocabularies -----------------------------------------------------

# A salutation printed in front of a name (an address, a badge): none and "Mx" print
# nothing in German, where no such form of address exists.
ADDRESS_SALUTATIONS: dict[str, dict[str, str]] = {
    "de": {"": "", "ms": "Frau", "mr": "Herr", "mx": ""},
    "en": {"": "", "ms": "Ms", "mr": "Mr", "mx": "Mx"},
}


def vocabulary_label(vocabulary: type[enums.Vocabulary], value: Any, language: str) -> str:
    """The label of ``value`` of ``vocabulary`` in ``language`` ("firm" → "Unternehmen"
    / "Firm"); a value the vocabulary does not know is printed as it is. A size class
    is given in full (:data:`PRINTED_GERMAN_LABELS`), a salutation as printed in front
    of a name (:data:`ADDRESS_SALUTATIONS`)."""
    text = "" if value is None else str(value)
    try:
        member = vocabulary(text)
    except ValueError:
        return " ".join(text.split())
    if vocabulary is enums.Salutation:
        return ADDRESS_SALUTATIONS[checked(language)][member.value]
    if checked(language) == "de":
        printed = PRINTED_GERMAN_LABELS.get(vocabulary, GERMAN_LABELS[vocabulary])
        return printed[member.value]
    return member.label


def country_name(code: str, language: str) -> str:
    """The country's name ("NL" → "Niederlande" / "Netherlands"), else the code."""
    names = COUNTRY_NAMES.get(code)
    if names is None:
        return code
    return names[0] if checked(language) == "de" else names[1]
