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
from collections.abc import Callable, Iterator, Mapping
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
from reportlab.pdfgen.canvas import Canvas

from secretariat.paths import shipped
from secretariat.store import crash_points

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

PAPER_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}
DEFAULT_PAPER = "A4"

DEFAULT_PRIMARY = "#1F4E79"
DEFAULT_SECONDARY = "#F2A900"

# Keyword arguments every DocTemplate gets: the embedded font from the first page on,
# and the program named as the document's creator.
DOCUMENT_DEFAULTS: dict[str, Any] = {
    "initialFontName": FONT,
    "initialFontSize": 10,
    "creator": "Secretariat",
}

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


def _kept(text: str) -> str:
    """``text`` without the characters :func:`_keep` drops. Printable text (no
    control, format, separator, private-use or unassigned code point but the space)
    has none of them and is returned as it is, without a look at every character."""
    if text.isprintable():
        return text
    return "".join(c for c in text if _keep(c))


def _break_long(match: re.Match[str]) -> str:
    word = match.group(0)
    return SOFT_BREAK.join(word[i : i + WORD_CHUNK] for i in range(0, len(word), WORD_CHUNK))


def plain(text: object) -> str:
    """A data value for drawing straight on a canvas: one line, no control characters."""
    if text is None:
        return ""
    cleaned = _kept(str(text))
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
    cleaned = _kept(str(text).replace("\r\n", "\n")).replace("\t", " ")
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


def profile_styles(profile: Mapping[str, Any]) -> Styles:
    """:func:`make_styles` in the colours of the cluster's profile."""
    return make_styles(profile.get("primary_colour"), profile.get("secondary_colour"))


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
    page: int,
    late: LateText,
    page_wording: str,
    marker: str = "",
    marker_colour: Any = None,
) -> None:
    """A rule, ``left`` (the cluster's name) at the left, ``page_wording`` ("Seite
    {page} von {pages}", filled in by ``late`` when the page count is known) at the
    right and, when given, ``marker`` ("INTERN …") in the middle."""
    width, _height = pagesize
    y = margin
    grey = colors.HexColor(FOOTER_GREY)
    canvas.saveState()
    canvas.setStrokeColor(colour)
    canvas.setLineWidth(0.5)
    canvas.line(margin, y + 4 * mm, width - margin, y + 4 * mm)
    reserved = late.page_of(canvas, page_wording, page, width - margin, y, colour=grey)
    room = width - 2 * margin - reserved - 8 * mm
    if marker:
        canvas.setFont(FONT_BOLD, 8)
        canvas.setFillColor(marker_colour or colour)
        canvas.drawCentredString(width / 2, y, marker)
        room = width / 2 - margin - stringWidth(marker, FONT_BOLD, 8) / 2 - 6 * mm
    canvas.setFont(FONT, 8)
    canvas.setFillColor(grey)
    canvas.drawString(margin, y, shorten(left, FONT, 8, room))
    canvas.restoreState()


class LateText:
    """Text a page shows before the document knows it: "Seite 3 von 12", the page of a
    chapter in the contents.

    The page draws a placeholder (a PDF form XObject) where the text goes; when the
    canvas saves, each placeholder is filled in, right-aligned in its box. So a
    document is laid out in one pass, and its pages need not wait in memory for the
    page count. Use :meth:`canvasmaker` as the document's canvas.
    """

    def __init__(self) -> None:
        self.pages = 0  # the highest page number placed so far: the page count at the end
        self._forms: dict[str, tuple[float, float, Callable[[], str], tuple[str, float, Any]]] = {}

    def place(
        self,
        canvas: Any,
        name: str,
        right: float,
        baseline: float,
        text: Callable[[], str],
        *,
        font: str = FONT,
        size: float = 8,
        colour: Any = colors.black,
        width: float = 60 * mm,
    ) -> None:
        """Show ``text()`` (asked when the document ends) ending at ``right`` on
        ``baseline``; a name may be placed on several pages."""
        ascent, descent = pdfmetrics.getAscentDescent(font, size)
        canvas.saveState()
        canvas.translate(right - width, baseline + descent)
        canvas.doForm(name)
        canvas.restoreState()
        self._forms[name] = (width, ascent - descent, text, (font, size, colour))

    def page_of(
        self, canvas: Any, wording: str, page: int, right: float, baseline: float, **style: Any
    ) -> float:
        """``wording`` ("Seite {page} von {pages}") for ``page``; returns the width it
        reserves (the text with a four-digit page count)."""
        self.pages = max(self.pages, page)
        self.place(
            canvas,
            f"page_of_{page}",
            right,
            baseline,
            lambda: wording.format(page=page, pages=self.pages),
            **style,
        )
        font, size = style.get("font", FONT), style.get("size", 8)
        return stringWidth(wording.format(page=page, pages=9999), font, size)

    def fill_in(self, canvas: Any) -> None:
        """Draw every placeholder's text (the canvas calls this as it saves)."""
        for name, (width, height, text, (font, size, colour)) in self._forms.items():
            ascent, descent = pdfmetrics.getAscentDescent(font, size)
            canvas.beginForm(name, lowerx=0, lowery=0, upperx=width, uppery=height)
            canvas.setFont(font, size)
            canvas.setFillColor(colour)
            canvas.drawRightString(width, -descent, text())
            canvas.endForm()
        self._forms.clear()

    def canvasmaker(self) -> type[Canvas]:
        late = self

        class _Canvas(Canvas):
            def showPage(self) -> None:  # noqa: N802
                super().showPage()
                crash_points.reached("export-page")

            def save(self) -> None:
                late.fill_in(self)
                super().save()

        return _Canvas


WAIT_FOR_LAYOUT = object()  # in a StoryStream: read no further until all before is laid out


class StoryStream:
    """A story that reportlab reads while it lays it out, built from an iterator.

    ``doc.build(StoryStream(flowables()))`` asks for flowables a few at a time, so a
    directory of 20,000 organisations never holds more than a page's worth of
    paragraphs. The iterator may yield :data:`WAIT_FOR_LAYOUT`: what follows is made
    only once everything before it is on a page (an index that needs their pages).
    Implements just the list operations reportlab's layout loop uses.
    """

    AHEAD = 16  # flowables kept ready, enough for reportlab's keep-with-next look-ahead

    def __init__(self, flowables: Iterator[Any]) -> None:
        self._source = flowables
        self._ready: list[Any] = []
        self._waiting = False  # the source stopped at WAIT_FOR_LAYOUT
        self._done = False

    def _fill(self, wanted: int) -> None:
        while len(self._ready) < wanted and not self._done:
            if self._waiting:
                if self._ready:
                    return
                self._waiting = False
            try:
                item = next(self._source)
            except StopIteration:
                self._done = True
                return
            if item is WAIT_FOR_LAYOUT:
                self._waiting = True
            else:
                self._ready.append(item)

    def __len__(self) -> int:
        self._fill(self.AHEAD)
        return len(self._ready)

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            self._fill(max(index.stop or 0, self.AHEAD))
        else:
            self._fill(index + 1)
        return self._ready[index]

    def __setitem__(self, index: slice, items: list[Any]) -> None:
        self._ready[index] = items

    def __delitem__(self, index: int | slice) -> None:
        del self._ready[index]

    def insert(self, index: int, item: Any) -> None:
        self._ready.insert(index, item)


def vocabulary_text(vocabulary: Any, value: object) -> str:
    """The label of ``value`` in ``vocabulary`` (the value itself when unknown)."""
    try:
        return str(vocabulary(value).label)
    except ValueError:
        return plain(value)
