"""File names that say what is in a file and when: the name the Export dialog
suggests, e.g. ``Anwesenheitsliste 2026-12-10 Workshop Wasserstoff.pdf``.

A name is the document's name in the document language (:data:`DOCUMENT_NAMES`, a
list's in :data:`LIST_NAMES`), a day written as ISO (2026-12-10: the files sort by
it, whatever the language) and, for a paper of one event or one story, its title.
The day is the event's (in its own time zone), the story's publication day, or for a
document of the whole cluster (the directory, a list, the calendar) the day of the
export — so the papers of two events, or two days' directories, never overwrite
each other.

Whatever a title holds, the name is one every system accepts (see
:func:`safe_file_name`): no character Windows, macOS or Linux refuse (``<>:"/\\|?*``,
control and direction-changing characters), no trailing dot or space, no leading
dot, no reserved Windows name, and titles longer than :data:`TITLE_LENGTH`
characters shortened at a word, ending in "…".
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from secretariat.domain.fields import Record
from secretariat.domain.validation import DEFAULT_TIME_ZONE, moment_in_zone
from secretariat.exports.language import DEFAULT_LANGUAGE, Wording

# What each document of the Export dialog is called in a file name.
DOCUMENT_NAMES = Wording(
    "file names",
    {
        "de": {
            "list": "Liste",
            "directory": "Mitgliederverzeichnis",
            "member-labels": "Adressetiketten Mitglieder",
            "calendar": "Veranstaltungen",
            "signin": "Anwesenheitsliste",
            "participants": "Teilnehmerliste",
            "labels": "Adressetiketten",
            "badges": "Namensschilder",
            "programme": "Programm",
            "certificates": "Teilnahmebescheinigungen",
            "report": "Jahresbericht",
            "press-release": "Pressemitteilung",
        },
        "en": {
            "list": "List",
            "directory": "Member directory",
            "member-labels": "Address labels members",
            "calendar": "Events",
            "signin": "Sign-in sheet",
            "participants": "Participant list",
            "labels": "Address labels",
            "badges": "Name badges",
            "programme": "Programme",
            "certificates": "Certificates of attendance",
            "report": "Annual report",
            "press-release": "Press release",
        },
    },
)
# What a list page's records are called in a file name (and as the sheet's name):
# the words of the program's pages.
LIST_NAMES = Wording(
    "list file names",
    {
        "de": {
            "organisations": "Organisationen",
            "contacts": "Ansprechpartner",
            "products": "Produkte und Leistungen",
            "events": "Veranstaltungen",
            "interactions": "Aktivitäten",
            "projects": "Projekte",
            "stories": "Meldungen",
        },
        "en": {
            "organisations": "Organisations",
            "contacts": "Contacts",
            "products": "Products and services",
            "events": "Events",
            "interactions": "Interactions",
            "projects": "Projects",
            "stories": "Stories",
        },
    },
)

TITLE_LENGTH = 60  # characters of a title in a file name, "…" included
NAME_BYTES = 200  # a whole name in UTF-8: below every system's 255, with room to spare
ELLIPSIS = "…"

# Windows refuses these names with any ending ("CON.pdf"), in any case.
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {
    f"{kind}{number}" for kind in ("COM", "LPT") for number in "123456789"
}
_SEPARATORS = str.maketrans({"/": "-", "\\": "-", "|": "-", '"': "'", "<": " ", ">": " "})
_DROPPED = str.maketrans({"?": "", "*": ""})


def safe_file_name(text: str) -> str:
    """``text`` as a file name every system accepts, as close to it as can be:
    "12:30" becomes "12.30", "Workshop: Wasserstoff" "Workshop - Wasserstoff",
    "2026/27" "2026-27", quotes become apostrophes, "?" and "*" go, control and
    invisible formatting characters (a right-to-left override could disguise the
    ending) become spaces; runs of spaces become one; no dot or space at the ends; a
    name Windows reserves gets a "_" ("CON_.pdf"). Returns "" when nothing is left."""
    text = _cleaned(text)
    first, dot, rest = text.partition(".")
    if first.strip().upper() in _RESERVED:
        text = f"{first.rstrip()}_{dot}{rest}"
    return text


def _cleaned(text: str) -> str:
    """``text`` without what no system allows in a name (see :func:`safe_file_name`)."""
    text = unicodedata.normalize("NFC", str(text))
    text = "".join(
        " " if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp") else char for char in text
    )
    text = re.sub(r"(?<=\d):(?=\d)", ".", text)
    text = re.sub(r"\s*:\s*", " - ", text)
    text = text.translate(_SEPARATORS).translate(_DROPPED)
    return " ".join(text.split()).strip(". ")


def shortened(text: str, limit: int = TITLE_LENGTH) -> str:
    """``text`` in at most ``limit`` characters: cut at the last space that keeps at
    least half of it (else inside the word), without a dangling comma or dash,
    ending in "…"."""
    if len(text) <= limit:
        return text
    room = text[: limit - len(ELLIPSIS)]
    space = room.rfind(" ")
    if space >= limit // 2:
        room = room[:space]
    return room.rstrip(" ,;:-–—.") + ELLIPSIS


def file_name(name: str, day: date | None = None, title: str = "", suffix: str = "") -> str:
    """ "name day title.suffix", every part made safe and the title shortened::

    file_name("Anwesenheitsliste", date(2026, 12, 10), "Workshop Wasserstoff", ".pdf")
    == "Anwesenheitsliste 2026-12-10 Workshop Wasserstoff.pdf"
    """
    when = day.isoformat() if day is not None else ""

    def stem(title: str) -> str:
        return safe_file_name(" ".join(part for part in (name, when, title) if part))

    title = shortened(_cleaned(title)) if title else ""
    while len(f"{stem(title)}{suffix}".encode()) > NAME_BYTES and title:
        # letters of many bytes each (CJK, emoji): shorter still
        title = shortened(title, len(title) - 1) if len(title) > 2 else ""
    return f"{stem(title) or 'export'}{suffix}"


def document_file_name(
    document: str,
    *,
    day: date,
    suffix: str,
    title: str = "",
    list_key: str = "",
    language: str = DEFAULT_LANGUAGE,
) -> str:
    """The suggested file name of ``document`` (a key of :data:`DOCUMENT_NAMES`; for
    "list" the list's key names it) in ``language``."""
    if document == "list" and list_key in LIST_NAMES[language]:
        name = LIST_NAMES[language][list_key]
    else:
        name = DOCUMENT_NAMES[language][document]
    return file_name(name, day, title, suffix)


def event_day(event: Record) -> date | None:
    """The day the event begins, in its own time zone (None without a start)."""
    starts = event.get("starts_at")
    if not starts:
        return None
    try:
        return moment_in_zone(str(starts), event.get("time_zone") or DEFAULT_TIME_ZONE).date()
    except (KeyError, ValueError):  # a zone this computer does not know
        try:
            return moment_in_zone(str(starts), DEFAULT_TIME_ZONE).date()
        except ValueError:
            return None
