"""The look shared by the PDF documents: fonts, paper, colours, paragraph styles.

reportlab's built-in Helvetica cannot draw Ł, Ş or Cyrillic, so every document uses
the shipped DejaVu Sans family (:func:`register_fonts`, embedded in the PDF) and
names it as ``initialFontName`` (see :data:`DOCUMENT_DEFAULTS`), else readers list
an unembedded Helvetica.

A reportlab ``Paragraph`` parses its text as markup: every data value goes through
:func:`safe` first, so ``Smith <Jr`` prints literally, ``<img src=...>`` opens no
file and ``<a href=...>`` makes no link.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus.tableofcontents import IndexingFlowable

from secretariat.paths import shipped

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

PAPER_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}
DEFAULT_PAPER = "A4"

DEFAULT_PRIMARY = "#1F4E79"
DEFAULT_SECONDARY = "#F2A900"

# Keyword arguments every DocTemplate gets: the embedded font from the first page on.
DOCUMENT_DEFAULTS: dict[str, Any] = {"initialFontName": FONT, "initialFontSize": 10}

LONG_WORD = 60  # a "word" longer than this gets break opportunities ...
WORD_CHUNK = 30  # ... every this many characters
SOFT_BREAK = "\u200b"  # zero-width space: invisible, a place where a line may wrap

_lock = threading.Lock()
_registered = False
_LONG_WORD_RE = re.compile(rf"\S{{{LONG_WORD + 1},}}")


def register_fonts() -> None:
    """Register DejaVu Sans (regular, bold) as a font family, once per process.

    Raises FileNotFoundError (naming the font) when the installation lacks it.
    """
    global _registered
    with _lock:
        if _registered:
            return
        regular = shipped("resources", "fonts", "DejaVuSans.ttf")
        bold = shipped("resources", "fonts", "DejaVuSans-Bold.ttf")
        pdfmetrics.registerFont(TTFont(FONT, str(regular)))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(bold)))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
        )
        _registered = True


def page_size(paper: str) -> tuple[float, float]:
    """The page size in points for "A4" or "Letter"; ValueError for anything else."""
    try:
        return PAPER_SIZES[paper]
    except KeyError:
        choices = ", ".join(PAPER_SIZES)
        raise ValueError(f"unknown paper size {paper!r}; choose one of {choices}") from None


def colour(value: str | None, fallback: str) -> colors.Color:
    """A ``#RRGGBB`` text as a reportlab colour; ``fallback`` when it is not one."""
    if value and re.fullmatch(r"#[0-9A-Fa-f]{6}", value.strip()):
        return colors.HexColor(value.strip())
    return colors.HexColor(fallback)


def _keep(character: str) -> bool:
    if character in "\t\n":
        return True
    category = unicodedata.category(character)
    if category in ("Cc", "Cs", "Co", "Cn"):
        return False
    return not (0xFDD0 <= ord(character) <= 0xFDEF or ord(character) & 0xFFFE == 0xFFFE)


def _break_long(match: re.Match[str]) -> str:
    word = match.group(0)
    return SOFT_BREAK.join(word[i : i + WORD_CHUNK] for i in range(0, len(word), WORD_CHUNK))


def plain(text: object) -> str:
    """A data value for drawing straight on a canvas: one line, no control characters."""
    if text is None:
        return ""
    cleaned = "".join(c for c in str(text) if _keep(c))
    return " ".join(cleaned.split())


def safe(text: object, *, line_breaks: bool = False) -> str:
    """Any data value as text a reportlab Paragraph prints literally.

    None becomes "". Control characters (and unassigned or private-use code points,
    which the font cannot draw) are removed, tabs become spaces, ``& < >`` and quotes
    are escaped, and words longer than :data:`LONG_WORD` characters get invisible
    break opportunities so they wrap instead of running off the page. Line breaks
    become spaces, or ``<br/>`` with ``line_breaks=True``.
    """
    if text is None:
        return ""
    cleaned = "".join(c for c in str(text).replace("\r\n", "\n") if _keep(c))
    cleaned = cleaned.replace("\t", " ")
    cleaned = _LONG_WORD_RE.sub(_break_long, cleaned)
    escaped = escape(cleaned, {'"': "&quot;", "'": "&#39;"})
    if line_breaks:
        lines = [line.strip() for line in escaped.split("\n")]
        return "<br/>".join(lines).strip()
    return " ".join(escaped.split("\n")).strip()


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of a document in the cluster's colours."""

    primary: colors.Color
    secondary: colors.Color
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    entry_name: ParagraphStyle
    label: ParagraphStyle
    item: ParagraphStyle
    marker: ParagraphStyle
    toc_entry: ParagraphStyle
    page_number: ParagraphStyle


def make_styles(primary: str | None = None, secondary: str | None = None) -> Styles:
    """Styles in the cluster's primary and secondary colours (``#RRGGBB``)."""
    register_fonts()
    first = colour(primary, DEFAULT_PRIMARY)
    second = colour(secondary, DEFAULT_SECONDARY)
    grey = colors.HexColor("#555555")
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=9, leading=12, alignment=TA_LEFT, splitLongWords=1
    )
    return Styles(
        primary=first,
        secondary=second,
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10),
        muted=ParagraphStyle("muted", parent=body, fontSize=8, leading=10, textColor=grey),
        title=ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=28, leading=34, textColor=first
        ),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=14, leading=19, textColor=grey),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=15,
            leading=19,
            textColor=first,
            spaceBefore=4,
            spaceAfter=6,
            keepWithNext=1,
        ),
        entry_name=ParagraphStyle(
            "entry_name",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=11,
            leading=14,
            textColor=first,
            spaceAfter=1,
            keepWithNext=1,
        ),
        label=ParagraphStyle(
            "label",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=8,
            leading=10,
            textColor=first,
            spaceBefore=4,
            keepWithNext=1,
        ),
        item=ParagraphStyle("item", parent=body, leftIndent=3 * mm),
        marker=ParagraphStyle(
            "marker",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=16,
            leading=22,
            textColor=colors.white,
            backColor=colors.HexColor("#B00020"),
            borderPadding=(6, 8, 6, 8),
            alignment=TA_CENTER,
        ),
        toc_entry=ParagraphStyle("toc_entry", parent=body, fontSize=10, leading=14),
        page_number=ParagraphStyle(
            "page_number", parent=body, fontSize=10, leading=14, alignment=TA_RIGHT
        ),
    )


def shorten(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with "…" to fit ``width`` points (for text on a canvas)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…" if text else ""


def wrap_words(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken at spaces into lines no wider than ``width`` (a single word
    wider than that stays on a line of its own)."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if current and stringWidth(candidate, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current or not lines:
        lines.append(current)
    return lines


FOOTER_GREY = "#444444"


def draw_top_band(canvas: Any, pagesize: tuple[float, float], colour: Any) -> None:
    """The thin band in the cluster's colour at the top of every page after the first."""
    width, height = pagesize
    canvas.saveState()
    canvas.setFillColor(colour)
    canvas.rect(0, height - 6 * mm, width, 6 * mm, stroke=0, fill=1)
    canvas.restoreState()


def draw_footer(
    canvas: Any,
    pagesize: tuple[float, float],
    margin: float,
    colour: Any,
    *,
    left: str,
    page_number: str,
    marker: str = "",
    marker_colour: Any = None,
) -> None:
    """A rule, ``left`` (the cluster's name) at the left, ``page_number`` ("Seite 3 von
    12") at the right and, when given, ``marker`` ("INTERN …") in the middle."""
    width, _height = pagesize
    y = margin
    canvas.saveState()
    canvas.setStrokeColor(colour)
    canvas.setLineWidth(0.5)
    canvas.line(margin, y + 4 * mm, width - margin, y + 4 * mm)
    canvas.setFont(FONT, 8)
    canvas.setFillColor(colors.HexColor(FOOTER_GREY))
    canvas.drawRightString(width - margin, y, page_number)
    room = width - 2 * margin - stringWidth(page_number, FONT, 8) - 8 * mm
    if marker:
        canvas.setFont(FONT_BOLD, 8)
        canvas.setFillColor(marker_colour or colour)
        canvas.drawCentredString(width / 2, y, marker)
        canvas.setFont(FONT, 8)
        canvas.setFillColor(colors.HexColor(FOOTER_GREY))
        room = width / 2 - margin - stringWidth(marker, FONT_BOLD, 8) / 2 - 6 * mm
    canvas.drawString(margin, y, shorten(left, FONT, 8, room))
    canvas.restoreState()


PAGES_NOTE = "PageCount"  # what a document's afterPage hook notifies: the page number


class PageCount(IndexingFlowable):
    """Invisible; learns the number of pages of each pass, for "Seite 3 von 12"."""

    def __init__(self) -> None:
        super().__init__()
        self.pages = 0
        self.last = 0

    def isIndexing(self) -> int:  # noqa: N802
        return 1

    def beforeBuild(self) -> None:  # noqa: N802
        self.last = self.pages
        self.pages = 0

    def isSatisfied(self) -> bool:  # noqa: N802
        return self.pages == self.last

    def notify(self, kind: str, stuff: Any) -> None:
        if kind == PAGES_NOTE:
            self.pages = max(self.pages, int(stuff))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return (0, 0)

    def draw(self) -> None:
        pass


def vocabulary_text(vocabulary: Any, value: object) -> str:
    """The label of ``value`` in ``vocabulary`` (the value itself when unknown)."""
    try:
        return str(vocabulary(value).label)
    except ValueError:
        return plain(value)
