"""Address labels on A4 sheets, for letters to organisations or event participants.

:class:`AddressLabelsPdf` prints one label per organisation (members only with
``members_only``, or the organisations named by ``organisation_ids``), or, for an
event, one label per person expected there with their organisation's address.
Two common sheet layouts (Zweckform-style, see :data:`LAYOUTS`): "3x8" with
24 labels of 70 × 36 mm and "2x7" with 14 labels of 99.1 × 38.1 mm; the grid is
centred on the A4 page.

The address follows the German postal order: organisation, the person ("Frau Dr.
Anna Schmidt") when there is one, street, postcode and town, and the country in
capitals when it is not Germany. The text is made smaller until the widest line
fits the label; at the smallest size a line that still does not fit is cut with
"…". Nothing is drawn across a label's border (each label is also clipped).
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from secretariat.domain.enums import Salutation
from secretariat.domain.fields import Record
from secretariat.domain.text import alphabetical_key
from secretariat.exports import laid_out, write_file
from secretariat.exports.event_papers import expected_registrations, load_event, person_key
from secretariat.exports.language import (
    DEFAULT_LANGUAGE,
    Wording,
    checked,
    country_name,
    vocabulary_label,
)
from secretariat.exports.pdf_style import (
    FONT,
    FONT_BOLD,
    plain,
    register_fonts,
    shorten,
    wrap_words,
)
from secretariat.store import ClusterDatabase, NotFoundError


@dataclass(frozen=True)
class LabelLayout:
    """A sheet of labels: columns × rows labels of width × height (points)."""

    columns: int
    rows: int
    width: float
    height: float
    padding_x: float = 5 * mm
    padding_y: float = 3 * mm

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def left(self) -> float:
        """The left margin that centres the grid on A4."""
        return (A4[0] - self.columns * self.width) / 2

    @property
    def bottom(self) -> float:
        """The bottom (and top) margin that centres the grid on A4."""
        return (A4[1] - self.rows * self.height) / 2

    def origin(self, index: int) -> tuple[float, float]:
        """The lower left corner of label ``index`` (0 = top left, row by row)."""
        column = index % self.columns
        row = index // self.columns
        x = self.left + column * self.width
        y = A4[1] - self.bottom - (row + 1) * self.height
        return x, y


LAYOUTS: dict[str, LabelLayout] = {
    "3x8": LabelLayout(3, 8, 70 * mm, 36 * mm),  # e.g. Zweckform 3475
    "2x7": LabelLayout(2, 7, 99.1 * mm, 38.1 * mm),  # e.g. Zweckform L7163
}

WORDING = Wording(
    "address labels",
    {"de": {"document": "Adressetiketten"}, "en": {"document": "Address labels"}},
)


MAX_SIZE = 10.0  # the text's size when it fits ...
MIN_SIZE = 6.0  # ... made smaller down to this, then lines are cut with "…"
LEADING = 1.2
HEAD_LINES = 2  # the organisation may take two lines
ELLIPSIS = "…"


@dataclass(frozen=True)
class Label:
    """One label's lines; the first (the organisation, else the person) is bold."""

    lines: tuple[str, ...]


def person_line(contact: Record, language: str = DEFAULT_LANGUAGE) -> str:
    """ "Frau Dr. Anna Schmidt" / "Ms Dr. Anna Schmidt": salutation, title, first and
    last name."""
    parts = (
        vocabulary_label(Salutation, plain(contact.get("salutation")), language),
        plain(contact.get("title")),
        plain(contact.get("first_name")),
        plain(contact.get("last_name")),
    )
    return " ".join(part for part in parts if part)


def address_lines(
    organisation: Record | None, person: str = "", language: str = DEFAULT_LANGUAGE
) -> tuple[str, ...]:
    """German postal order: organisation / person / street / postcode town / COUNTRY
    (the country's name in ``language``)."""
    organisation = organisation or {}
    lines = [plain(organisation.get("name")), person]
    lines.append(plain(organisation.get("street")))
    town = " ".join(
        part
        for part in (plain(organisation.get("postcode")), plain(organisation.get("city")))
        if part
    )
    lines.append(town)
    country = plain(organisation.get("country")).upper()
    if country and country != "DE":
        lines.append(
            country_name(country, language).upper()
        )  # as the post wants it on a letter abroad
    return tuple(line for line in lines if line)


def fit_lines(lines: Sequence[str], width: float, height: float) -> tuple[float, list[str], int]:
    """The font size, the lines and how many of them are bold (the first line, which
    may wrap onto :data:`HEAD_LINES` lines) that fit ``width`` × ``height`` points.

    The size is reduced from :data:`MAX_SIZE` to :data:`MIN_SIZE` until everything
    fits; then lines too wide are cut with "…" and lines beyond the height are left
    off, the last resort.
    """
    if not lines:
        return MAX_SIZE, [], 0
    head, rest = lines[0], list(lines[1:])
    size = MAX_SIZE
    while True:
        wrapped = wrap_words(head, FONT_BOLD, size, width)
        fits = (
            len(wrapped) <= HEAD_LINES
            and all(stringWidth(line, FONT_BOLD, size) <= width for line in wrapped)
            and all(stringWidth(line, FONT, size) <= width for line in rest)
            and (len(wrapped) + len(rest)) * size * LEADING <= height
        )
        if fits:
            return size, wrapped + rest, len(wrapped)
        if size <= MIN_SIZE:
            break
        size = max(MIN_SIZE, round(size - 0.5, 1))
    if len(wrapped) > HEAD_LINES:  # the rest of the head goes into its last line
        wrapped = wrapped[: HEAD_LINES - 1] + [" ".join(wrapped[HEAD_LINES - 1 :])]
    bold = [shorten(line, FONT_BOLD, size, width) for line in wrapped]
    fitted = bold + [shorten(line, FONT, size, width) for line in rest]
    room = max(1, int(height // (size * LEADING)))
    return size, fitted[:room], min(len(bold), room)


class AddressLabelsPdf:
    """Address labels on A4 sheets as a PDF (see the module's text)::

    count = AddressLabelsPdf(db, layout="2x7", members_only=True).write("etiketten.pdf")
    count = AddressLabelsPdf(db, event_id=12).write("etiketten.pdf")

    ``language`` ("de", the default, or "en") names the salutation ("Frau" / "Ms")
    and a country abroad. ``outlines`` draws a thin grey frame around each label
    (for a look at the layout on plain paper; label sheets do not want it).
    """

    def __init__(
        self,
        db: ClusterDatabase,
        *,
        layout: str = "3x8",
        organisation_ids: Sequence[int] | None = None,
        event_id: int | None = None,
        members_only: bool = False,
        outlines: bool = False,
        language: str = DEFAULT_LANGUAGE,
    ) -> None:
        if layout not in LAYOUTS:
            raise ValueError(f"unknown label layout {layout!r}; choose one of {', '.join(LAYOUTS)}")
        self.db = db
        self.layout_name = layout
        self.layout = LAYOUTS[layout]
        self.organisation_ids = list(organisation_ids) if organisation_ids is not None else None
        self.event_id = event_id
        self.members_only = members_only
        self.outlines = outlines
        self.language = checked(language)
        self.count = 0  # labels in the last document built
        self.pages = 0

    def write(self, path: str | os.PathLike[str]) -> int:
        """Build the labels and write them to ``path``; returns the number of labels."""
        data = self.to_bytes()
        write_file(path, data)
        return self.count

    def to_bytes(self) -> bytes:
        """The PDF document as bytes."""
        labels = self.labels()
        return laid_out(lambda: self._draw(labels), "address labels")

    # -- what goes on the labels ------------------------------------------------------

    def labels(self) -> list[Label]:
        """The labels, in print order."""
        if self.event_id is not None:
            return self._event_labels(self.event_id)
        return self._organisation_labels()

    def _organisation_labels(self) -> list[Label]:
        if self.organisation_ids is None:
            # members as in the directory: those whose membership runs today
            today = date.today().isoformat()
            filters = {"current_member_on": today} if self.members_only else None
            organisations = self.db.organisations.list(filters=filters, sort="name", limit=None)
        else:
            organisations = []
            for organisation_id in self.organisation_ids:
                try:
                    organisation = self.db.organisations.get(organisation_id)
                except NotFoundError:
                    continue
                if self.members_only and not organisation.get("is_member"):
                    continue
                organisations.append(organisation)
        organisations.sort(key=lambda org: (alphabetical_key(plain(org.get("name"))), org["id"]))
        return [Label(address_lines(org, language=self.language)) for org in organisations]

    def _event_labels(self, event_id: int) -> list[Label]:
        load_event(self.db, event_id)
        organisations: dict[int, Record | None] = {}
        labels = []
        for registration in sorted(expected_registrations(self.db, event_id), key=person_key):
            try:
                contact = self.db.contacts.get(registration["contact_id"])
            except NotFoundError:
                continue
            organisation_id = contact.get("organisation_id")
            if organisation_id is not None and organisation_id not in organisations:
                try:
                    organisations[organisation_id] = self.db.organisations.get(organisation_id)
                except NotFoundError:
                    organisations[organisation_id] = None
            organisation = organisations.get(organisation_id) if organisation_id else None
            if self.members_only and not (organisation or {}).get("is_member"):
                continue
            person = person_line(contact, self.language)
            labels.append(Label(address_lines(organisation, person, self.language)))
        return labels

    # -- drawing --------------------------------------------------------------------------

    def _draw(self, labels: list[Label]) -> bytes:
        register_fonts()
        layout = self.layout
        buffer = io.BytesIO()
        canvas = Canvas(
            buffer,
            pagesize=A4,
            initialFontName=FONT,
            initialFontSize=10,
        )
        canvas.setTitle(WORDING[self.language]["document"])
        canvas.setCreator("Secretariat")
        pages = 0
        for start in range(0, max(len(labels), 1), layout.per_page):
            pages += 1
            for place, label in enumerate(labels[start : start + layout.per_page]):
                self._draw_label(canvas, layout, place, label)
            if self.outlines:
                self._draw_outlines(canvas, layout)
            canvas.showPage()
        canvas.save()
        self.count = len(labels)
        self.pages = pages
        return buffer.getvalue()

    @staticmethod
    def _draw_label(canvas: Canvas, layout: LabelLayout, place: int, label: Label) -> None:
        x, y = layout.origin(place)
        inner_width = layout.width - 2 * layout.padding_x
        inner_height = layout.height - 2 * layout.padding_y
        size, lines, bold = fit_lines(label.lines, inner_width, inner_height)
        leading = size * LEADING
        block = len(lines) * leading
        # vertically centred in the label; the baseline sits ~0.8 size below the line top
        top = y + layout.height / 2 + block / 2
        canvas.saveState()
        path = canvas.beginPath()
        path.rect(x, y, layout.width, layout.height)
        canvas.clipPath(path, stroke=0, fill=0)
        canvas.setFillColor(colors.black)
        for number, line in enumerate(lines):
            canvas.setFont(FONT_BOLD if number < bold else FONT, size)
            canvas.drawString(x + layout.padding_x, top - number * leading - 0.9 * size, line)
        canvas.restoreState()

    @staticmethod
    def _draw_outlines(canvas: Canvas, layout: LabelLayout) -> None:
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor("#BBBBBB"))
        canvas.setLineWidth(0.3)
        for place in range(layout.per_page):
            x, y = layout.origin(place)
            canvas.rect(x, y, layout.width, layout.height, stroke=1, fill=0)
        canvas.restoreState()
