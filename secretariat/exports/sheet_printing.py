"""How every workbook the program writes comes out of the printer.

:func:`set_up_printing` gives a worksheet what a secretary expects when she prints
it from Excel or LibreOffice without touching the print settings:

* A4, in landscape when the columns are wider than a portrait page;
* every column on the page: fitted to the page's width (``fitToWidth=1``), as many
  pages down as the rows need (``fitToHeight=0``);
* the header row repeated at the top of every page (the print titles "1:1");
* the document's title in the page header (left; shortened with "…" rather than run
  into the next part), "INTERN – nicht zur Weitergabe" in red in its middle for an
  internal list, and the day it was made on the right ("Stand: 08.12.2026");
* "Seite 3 von 12" ("Page 3 of 12") in the footer; grid lines printed, so that a
  row can be followed across a wide page; narrow margins;
* only the table printed (:func:`limit_printing`, once the rows are known).

Works on write-only worksheets as on normal ones; call it before the first row is
appended (the sheet's properties are written with the first row).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet
from reportlab.pdfbase.pdfmetrics import stringWidth

from secretariat.exports.language import COMMON, DEFAULT_LANGUAGE, Wording, checked, format_date

WORDING = Wording(
    "printed sheets",
    {
        "de": {"page_of": "Seite &P von &N", "as_of": "Stand: {date}"},
        "en": {"page_of": "Page &P of &N", "as_of": "As of {date}"},
    },
)

# The printable width of an A4 page with the margins below, in pixels at 96 dpi
# (what a column of width w takes: about 7·w + 5 pixels in Excel's default font).
PORTRAIT_PIXELS = round((8.27 - 2 * 0.4) * 96)
LANDSCAPE_PIXELS = round((11.69 - 2 * 0.4) * 96)
HEADER_TITLE_LENGTH = 80  # characters of a text in the page header, at most
HEADER_SIZE = 10  # points: the header's title and notice
HEADER_MEASURE_FONT = "Helvetica-Bold"  # the widths of Arial Bold, to measure with
HEADER_GAP = 12  # points between the header's parts
INTERNAL_RED = "C00000"


def column_pixels(widths: Sequence[float]) -> int:
    """How wide columns of these widths (in Excel's characters) print, in pixels."""
    return sum(round(7 * width + 5) for width in widths)


def is_wide(widths: Sequence[float]) -> bool:
    """Whether columns of these widths are wider than a portrait A4 page."""
    return column_pixels(widths) > PORTRAIT_PIXELS


def header_text(text: str, room: float = 0.0) -> str:
    """``text`` for a page header or footer: one line ("&" written as "&&", since a
    lone "&" starts one of the header's codes), shortened with "…" to ``room``
    points (as the header's bold type measures it), or without ``room`` to
    :data:`HEADER_TITLE_LENGTH` characters. (A header's line break is written as
    ``_x000a_``, which LibreOffice prints as it is: one line it is.)"""
    line = " ".join(str(text).split())
    if room:
        while _width(line) > room and len(line) > 1:
            line = line[:-2].rstrip(" –-,") + "…"
    elif len(line) > HEADER_TITLE_LENGTH:
        line = line[: HEADER_TITLE_LENGTH - 1].rstrip() + "…"
    return line.replace("&", "&&")


def _width(text: str) -> float:
    return stringWidth(text, HEADER_MEASURE_FONT, HEADER_SIZE)


def title_room(landscape: bool, internal: bool) -> float:
    """How wide (in points) the title may be in the header's left part: up to the
    INTERN notice in the middle, or else up to the "as of" day on the right."""
    page = (LANDSCAPE_PIXELS if landscape else PORTRAIT_PIXELS) * 72 / 96
    if internal:
        return (page - _width(COMMON["de"]["internal"])) / 2 - HEADER_GAP
    return page - _width("Stand: 08.12.2026") - 2 * HEADER_GAP


def set_up_printing(
    sheet: Any,
    *,
    title: str,
    widths: Sequence[float],
    language: str = DEFAULT_LANGUAGE,
    internal: bool = False,
    day: date | None = None,
    title_rows: int = 1,
) -> None:
    """Make ``sheet`` (a worksheet, also a write-only one, before its first row)
    print as the module says: ``title`` in the header, ``widths`` of its columns
    decide portrait or landscape, ``internal`` adds the notice, ``day`` (today by
    default) is the "as of" day, ``title_rows`` the rows repeated on every page."""
    language = checked(language)
    words = WORDING[language]
    setup = sheet.page_setup
    setup.paperSize = Worksheet.PAPERSIZE_A4
    landscape = is_wide(widths)
    setup.orientation = "landscape" if landscape else "portrait"
    setup.fitToWidth = 1
    setup.fitToHeight = 0  # as many pages down as needed
    if sheet.sheet_properties.pageSetUpPr is None:
        sheet.sheet_properties.pageSetUpPr = PageSetupProperties()
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.gridLines = True
    margins = sheet.page_margins
    margins.left = margins.right = 0.4
    margins.top = margins.bottom = 0.75
    margins.header = margins.footer = 0.3
    if title_rows:
        sheet.print_title_rows = f"1:{title_rows}"
    sheet.HeaderFooter.scaleWithDoc = False  # a sheet fitted to 40 % keeps a readable header
    header = sheet.HeaderFooter.oddHeader
    header.left.text = header_text(title, title_room(landscape, internal))
    header.left.font = "Arial,Bold"
    header.left.size = HEADER_SIZE
    if internal:
        header.center.text = header_text(COMMON[language]["internal"])
        header.center.font = "Arial,Bold"
        header.center.size = HEADER_SIZE
        header.center.color = INTERNAL_RED
    header.right.text = header_text(
        words["as_of"].format(date=format_date(day or date.today(), language))
    )
    sheet.HeaderFooter.oddFooter.center.text = words["page_of"]


def limit_printing(sheet: Any, columns: int, rows: int) -> None:
    """Print only the table (``columns`` × ``rows``): a long text that runs on into
    the empty columns beside it on the screen is cut at the table's edge on paper,
    instead of adding pages of empty grid."""
    sheet.print_area = f"A1:{get_column_letter(max(columns, 1))}{max(rows, 1)}"
