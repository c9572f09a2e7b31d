"""Values made safe for spreadsheet cells: CSV files and XLSX workbooks.

Two dangers, both from data that anyone may have typed into the database (or that
came in with an import):

* **Control characters.** openpyxl refuses NUL, VT and the other C0 control
  characters (``IllegalCharacterError``), and Excel shows them as boxes.
  :func:`cell_text` removes them all; a line break inside a value is kept as LF
  (the csv module quotes such a field, and Excel and LibreOffice read it back as
  one cell with two lines), a tab becomes a space.
* **Formula injection** (OWASP "CSV injection"). Excel, LibreOffice and Google
  Sheets run a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula, also
  after leading blanks, tabs or carriage returns. :func:`cell_text` puts an
  apostrophe ``'`` in front of such a value (``'=HYPERLINK(...)``): it is shown
  as text and never run. :func:`is_risky` tells whether a value needs that; the
  XLSX export writes the value unchanged as an explicit text cell with Excel's own
  "quote prefix" flag instead, which is the same apostrophe without showing it.

Phone numbers are the one common value that legitimately starts with ``+``. They
are stored as E.164 (``+492111234567``) and shown the way people write them
(:func:`~secretariat.domain.validation.format_phone`): German numbers nationally,
``0211 1234567``, which is safe as it is. A foreign number is international,
``+48 12 345 67 89``:

* in XLSX it is written as it is, as a text cell (``t="inlineStr"``): a cell's type
  is stored in the file, so it can never become a formula;
* in CSV the "+" would be read as the start of a formula, and an apostrophe would be
  shown and imported literally by Excel, Outlook and mail-merge tools. So
  :func:`phone_text` writes it with the international call prefix used from
  Germany, ``0048 12 345 67 89``: readable, dialable from a German phone, parsed
  back correctly by any phone-number library, and never a formula. The spaces keep
  Excel from turning it into the number 4812... without its zeros.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from secretariat.domain.validation import DEFAULT_PHONE_REGION, format_phone

# Characters that make a spreadsheet read a cell as a formula (fullwidth forms too:
# some Excel locales normalise them).
FORMULA_STARTS = ("=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20")

_BLANKS = " \t\r\n\u00a0"  # skipped by a spreadsheet before a formula's start
_RISKY_FIRST = frozenset(_BLANKS + "".join(FORMULA_STARTS))

# Every C0 control character but LF, plus DEL and the C1 controls.
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
_CALL_PREFIX_FROM_HOME = "00"  # the international call prefix used in Germany


def clean_text(value: Any, *, multiline: bool = True) -> str:
    """``value`` as text without control characters: None is "", a date is
    DD.MM.YYYY; CR LF and CR become LF (or a space when not ``multiline``), tabs
    become spaces, every other control character is removed."""
    if value is None:
        return ""
    if type(value) is str and value.isprintable():
        return value  # no line break, tab or control character: nothing to do
    if isinstance(value, dt.datetime):
        text = value.strftime("%d.%m.%Y %H:%M")
    elif isinstance(value, dt.date):
        text = value.strftime("%d.%m.%Y")
    else:
        text = str(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if not multiline:
        text = text.replace("\n", " ")
    return _CONTROL.sub("", text)


def is_risky(text: str) -> bool:
    """Whether a spreadsheet would read ``text`` as a formula (after blanks)."""
    if not text or text[0] not in _RISKY_FIRST:
        return False  # the common case, told by the first character
    return text.lstrip(_BLANKS).startswith(FORMULA_STARTS)


def cell_text(value: Any, *, multiline: bool = True) -> str:
    """``value`` as safe CSV cell text: cleaned (:func:`clean_text`), and prefixed
    with ``'`` when a spreadsheet would otherwise run it as a formula."""
    text = clean_text(value, multiline=multiline)
    return "'" + text if is_risky(text) else text


def phone_display(e164: str | None) -> str:
    """A stored phone number as people write it (national at home, else
    international with "+"), cleaned; for XLSX text cells and vCards."""
    return clean_text(format_phone(e164, DEFAULT_PHONE_REGION), multiline=False)


def phone_text(e164: str | None) -> str:
    """A stored phone number for a CSV cell: as :func:`phone_display`, but a foreign
    number starts with "00" instead of "+" (``0048 12 345 67 89``), so no
    spreadsheet takes it for a formula. A value that is no phone number at all is
    made safe like any other text."""
    shown = phone_display(e164)
    if re.fullmatch(r"\+\d[\d ]*", shown):
        return _CALL_PREFIX_FROM_HOME + shown[1:]
    return cell_text(shown, multiline=False)
