"""Documents for an event's guests: name badges, the programme flyer, certificates.

:class:`NameBadgesPdf` prints one name badge per person expected (registered or
attended, every role, sorted by last name) on A4 sheets in the common sizes of
badge inserts (:data:`BADGE_SIZES`): the name large, shrunk until it fits the width
on at most two lines (never cut), the organisation below, and a band at the bottom
in the colour of the person's role with the role's word (none for participants).

:class:`ProgrammeFlyerPdf` is the event on one or two pages: a band in the
cluster's colour with its name and logo, the title, date, venue, description and
the programme as a table.

:class:`AttendanceCertificatesPdf` prints one "Teilnahmebescheinigung" per person
marked as attended.

Each is written in German or English (``language="de"|"en"``, words in
:data:`WORDING`).

Every data value goes through :func:`~secretariat.exports.pdf_style.safe` before it
reaches a Paragraph and through :func:`~secretariat.exports.pdf_style.plain` before
it is drawn on a canvas.
"""

from __future__ import annotations

import io
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from secretariat.domain.enums import RegistrationRole, RegistrationStatus
from secretariat.domain.fields import Record
from secretariat.domain.validation import DEFAULT_TIME_ZONE, moment_in_zone
from secretariat.exports import ExportError, laid_out, write_file
from secretariat.exports.event_papers import (
    event_place,
    event_when,
    expected_registrations,
    load_event,
    registrations,
)
from secretariat.exports.language import (
    DEFAULT_LANGUAGE,
    Wording,
    checked,
    format_date,
    format_time,
    vocabulary_label,
)
from secretariat.exports.pdf_style import (
    DOCUMENT_DEFAULTS,
    FONT,
    FONT_BOLD,
    Styles,
    colour,
    page_size,
    plain,
    profile_styles,
    register_fonts,
    safe,
    shorten,
    wrap_words,
)
from secretariat.store import ClusterDatabase, NotFoundError

# Every fixed word of the documents, in each document language. A certificate reads
# its lines in this order: confirm, the name, from, on_day(s), the event's title,
# in_place, took_part (a line left empty in a language is left out).
WORDING = Wording(
    "event documents",
    {
        "de": {
            "badges": "Namensschilder",
            "programme": "Programm",
            "certificates": "Teilnahmebescheinigungen",
            "certificate": "Teilnahmebescheinigung",
            "confirm": "Hiermit wird bestätigt, dass",
            "from": "von der Organisation {organisation}",
            "on_day": "am {date} an der Veranstaltung",
            "on_days": "vom {start} bis {end} an der Veranstaltung",
            "in_place": "in {place}",
            "took_part": "teilgenommen hat.",
            "topics": "Themen der Veranstaltung:",
            "more_topics": "und {count} weitere Programmpunkte",
            "place_date": "{place}, den {date}",
            "signature": "Unterschrift",
            "place_and_date": "Ort, Datum",
            "registration": "Anmeldung: {cluster}",
            "time": "Zeit",
            "item": "Programmpunkt",
            "speaker": "Referent/in",
            "room": "Raum",
            "no_programme": "Das Programm folgt.",
        },
        "en": {
            "badges": "Name badges",
            "programme": "Programme",
            "certificates": "Certificates of attendance",
            "certificate": "Certificate of Attendance",
            "confirm": "This is to certify that",
            "from": "of {organisation}",
            "on_day": "attended the event on {date}",
            "on_days": "attended the event from {start} to {end}",
            "in_place": "at {place}",
            "took_part": "",
            "topics": "Topics of the event:",
            "more_topics": "and {count} more items",
            "place_date": "{place}, {date}",
            "signature": "Signature",
            "place_and_date": "Place, date",
            "registration": "Registration: {cluster}",
            "time": "Time",
            "item": "Item",
            "speaker": "Speaker",
            "room": "Room",
            "no_programme": "The programme will follow.",
        },
    },
)

# The band at the bottom of a badge: its colour (None: the cluster's), by role; the
# band names the role in the vocabulary's words, except for a participant.
ROLE_BANDS: dict[str, str | None] = {
    RegistrationRole.PARTICIPANT.value: None,
    RegistrationRole.SPEAKER.value: "#E67E00",
    RegistrationRole.ORGANISER.value: "#2E7D32",
    RegistrationRole.PRESS.value: "#C62828",
}

# What the documents are called in a message (core messages are English).
_NAMES = {
    "badges": "name badges",
    "programme": "programme",
    "certificates": "certificates of attendance",
}

MAX_TOPICS = 8  # a certificate lists at most this many programme items


@dataclass(frozen=True)
class BadgeSize:
    """A sheet of badge inserts: columns × rows badges of width × height (points)."""

    columns: int
    rows: int
    width: float
    height: float

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def origin(self, index: int) -> tuple[float, float]:
        """The lower left corner of badge ``index`` (0 = top left), the grid centred."""
        left = (A4[0] - self.columns * self.width) / 2
        bottom = (A4[1] - self.rows * self.height) / 2
        column, row = index % self.columns, index // self.columns
        return left + column * self.width, A4[1] - bottom - (row + 1) * self.height


BADGE_SIZES: dict[str, BadgeSize] = {
    "90x55": BadgeSize(2, 5, 90 * mm, 55 * mm),
    "85x54": BadgeSize(2, 5, 85 * mm, 54 * mm),  # credit-card size
    "100x70": BadgeSize(2, 4, 100 * mm, 70 * mm),
}


# -- helpers ----------------------------------------------------------------------------


def shrink_to_fit(
    text: str,
    font: str,
    width: float,
    *,
    largest: float,
    smallest: float,
    max_lines: int = 2,
) -> tuple[float, list[str]]:
    """The size and lines of ``text`` in ``font`` fitting ``width`` points on at most
    ``max_lines`` lines: the largest size from ``largest`` down to ``smallest`` in
    half points; past that, the size is reduced further until it fits. Never cut."""
    text = plain(text)
    if not text:
        return largest, []
    size = largest
    while size >= smallest:
        lines = wrap_words(text, font, size, width)
        if len(lines) <= max_lines and all(stringWidth(x, font, size) <= width for x in lines):
            return size, lines
        size -= 0.5
    lines = wrap_words(text, font, smallest, width)
    if len(lines) > max_lines:
        lines = lines[: max_lines - 1] + [" ".join(lines[max_lines - 1 :])]
    widest = max(stringWidth(line, font, smallest) for line in lines)
    return min(smallest, smallest * width / widest), lines


def _logo_reader(profile: Record) -> tuple[ImageReader, float, float] | None:
    """The cluster's PNG or JPEG logo and its size in pixels, or None."""
    data = profile.get("logo")
    if not data or profile.get("logo_mime_type") not in ("image/png", "image/jpeg", None):
        return None
    try:
        reader = ImageReader(io.BytesIO(bytes(data)))
        width, height = reader.getSize()
        if width <= 0 or height <= 0:
            return None
        return reader, float(width), float(height)
    except Exception:  # a damaged logo must not stop the paper
        return None


def _draw_logo(
    canvas: Canvas,
    logo: tuple[ImageReader, float, float],
    right: float,
    top: float,
    max_width: float,
    max_height: float,
) -> None:
    """The logo scaled into the box whose upper right corner is (right, top)."""
    reader, width, height = logo
    scale = min(max_width / width, max_height / height)
    w, h = width * scale, height * scale
    canvas.drawImage(reader, right - w, top - h, w, h, mask="auto")


def _zone(event: Record) -> str:
    return plain(event.get("time_zone")) or DEFAULT_TIME_ZONE


def _local(moment: str, zone: str) -> Any:
    try:
        return moment_in_zone(moment, zone)
    except (KeyError, ValueError):
        return moment_in_zone(moment, DEFAULT_TIME_ZONE)


def item_time(item: Record, zone: str, language: str = DEFAULT_LANGUAGE) -> str:
    """ "09:00–09:30" in the event's time zone."""
    start = _local(item["starts_at"], zone)
    end = _local(item["ends_at"], zone)
    return f"{format_time(start, language)}–{format_time(end, language)}"


def speaker_of(db: ClusterDatabase, item: Record) -> str:
    """The speaker's name from the contacts, else the name typed in."""
    contact_id = item.get("speaker_contact_id")
    if contact_id:
        try:
            contact = db.contacts.get(contact_id)
        except NotFoundError:
            contact = {}
        parts = (
            plain(contact.get("title")),
            plain(contact.get("first_name")),
            plain(contact.get("last_name")),
        )
        name = " ".join(part for part in parts if part)
        if name:
            return name
    return plain(item.get("speaker_name"))


def programme(db: ClusterDatabase, event_id: int) -> list[Record]:
    return db.programme_items.list(filters={"event_id": event_id}, sort="starts_at", limit=None)


def full_name(registration: Record) -> str:
    """ "First Last"."""
    parts = (plain(registration.get("first_name")), plain(registration.get("last_name")))
    return " ".join(part for part in parts if part)


# -- the shared frame -------------------------------------------------------------------


class _EventDocument:
    """write/to_bytes around ``_build``; layout trouble becomes an ExportError."""

    document = ""

    def __init__(
        self, db: ClusterDatabase, event_id: int, *, language: str = DEFAULT_LANGUAGE
    ) -> None:
        self.db = db
        self.event_id = event_id
        self.language = checked(language)
        self.words: Mapping[str, str] = WORDING[language]
        self.count = 0
        self.pages = 0

    def write(self, path: str | os.PathLike[str]) -> int:
        """Build the document and write it to ``path``; returns how many it holds
        (badges, programme items, certificates). Raises ExportError, writing nothing."""
        data = self.to_bytes()
        write_file(path, data)
        return self.count

    def to_bytes(self) -> bytes:
        """The PDF document as bytes."""
        return laid_out(self._build, _NAMES[self.document])

    def _build(self) -> bytes:
        raise NotImplementedError


# -- name badges ------------------------------------------------------------------------


class NameBadgesPdf(_EventDocument):
    """Name badges of the people expected at an event (see the module's text)::

    count = NameBadgesPdf(db, event_id, size="90x55").write("namensschilder.pdf")
    """

    document = "badges"

    def __init__(
        self,
        db: ClusterDatabase,
        event_id: int,
        *,
        size: str = "90x55",
        language: str = DEFAULT_LANGUAGE,
    ) -> None:
        super().__init__(db, event_id, language=language)
        if size not in BADGE_SIZES:
            choices = ", ".join(BADGE_SIZES)
            raise ValueError(f"unknown badge size {size!r}; choose one of {choices}")
        self.size = size
        self.layout = BADGE_SIZES[size]

    def _build(self) -> bytes:
        event = load_event(self.db, self.event_id)
        people = expected_registrations(self.db, self.event_id)
        profile = self.db.profile()
        register_fonts()
        primary = colour(profile.get("primary_colour"), "#1F4E79")
        logo = _logo_reader(profile)
        cluster = plain(profile.get("name"))
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=A4, initialFontName=FONT, initialFontSize=10)
        canvas.setTitle(f"{self.words['badges']} – {plain(event.get('title'))}")
        canvas.setAuthor(cluster)
        canvas.setCreator("Secretariat")
        layout = self.layout
        pages = 0
        for start in range(0, max(len(people), 1), layout.per_page):
            pages += 1
            chunk = people[start : start + layout.per_page]
            for place, person in enumerate(chunk):
                self._badge(canvas, place, person, primary, logo, cluster)
            self._outlines(canvas, len(chunk))
            canvas.showPage()
        canvas.save()
        self.count = len(people)
        self.pages = pages
        return buffer.getvalue()

    def _badge(
        self,
        canvas: Canvas,
        place: int,
        person: Record,
        primary: colors.Color,
        logo: tuple[ImageReader, float, float] | None,
        cluster: str,
    ) -> None:
        layout = self.layout
        x, y = layout.origin(place)
        width, height = layout.width, layout.height
        pad = 5 * mm
        band = height * 0.2
        inner = width - 2 * pad
        role = person.get("role") or RegistrationRole.PARTICIPANT.value
        band_colour = ROLE_BANDS.get(role)
        word = (
            ""
            if role == RegistrationRole.PARTICIPANT.value
            else vocabulary_label(RegistrationRole, role, self.language)
        )
        canvas.saveState()
        path = canvas.beginPath()
        path.rect(x, y, width, height)
        canvas.clipPath(path, stroke=0, fill=0)
        # the band
        canvas.setFillColor(colour(band_colour, "#1F4E79") if band_colour else primary)
        canvas.rect(x, y, width, band, stroke=0, fill=1)
        if word:
            canvas.setFillColor(colors.white)
            canvas.setFont(FONT_BOLD, band * 0.45)
            canvas.drawCentredString(x + width / 2, y + band * 0.32, word)
        # the logo, else the cluster's name, small in the upper corner
        corner = height * 0.16
        if logo is not None:
            _draw_logo(canvas, logo, x + width - 3 * mm, y + height - 3 * mm, 22 * mm, corner)
        elif cluster:
            canvas.setFillColor(colors.HexColor("#666666"))
            canvas.setFont(FONT, 6.5)
            canvas.drawString(
                x + pad, y + height - 3 * mm - 6.5, shorten(cluster, FONT, 6.5, inner)
            )
        # the name and the organisation, centred in the space between
        top = y + height - 3 * mm - corner
        bottom = y + band
        name_size, name_lines = shrink_to_fit(
            full_name(person), FONT_BOLD, inner, largest=height / mm * 0.36 + 2, smallest=9
        )
        org_size, org_lines = shrink_to_fit(
            person.get("organisation_name"), FONT, inner, largest=10, smallest=6.5
        )
        block = len(name_lines) * name_size * 1.15
        if org_lines:
            block += 1.5 * mm + len(org_lines) * org_size * 1.2
        line_top = (top + bottom) / 2 + block / 2
        canvas.setFillColor(colors.black)
        canvas.setFont(FONT_BOLD, name_size)
        for line in name_lines:
            line_top -= name_size * 1.15
            canvas.drawCentredString(x + width / 2, line_top + name_size * 0.22, line)
        if org_lines:
            line_top -= 1.5 * mm
            canvas.setFillColor(colors.HexColor("#444444"))
            canvas.setFont(FONT, org_size)
            for line in org_lines:
                line_top -= org_size * 1.2
                canvas.drawCentredString(x + width / 2, line_top + org_size * 0.25, line)
        canvas.restoreState()

    def _outlines(self, canvas: Canvas, count: int) -> None:
        """A thin light border around each badge, the cutting line."""
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor("#BBBBBB"))
        canvas.setLineWidth(0.3)
        for place in range(max(count, 1) if count else self.layout.per_page):
            x, y = self.layout.origin(place)
            canvas.rect(x, y, self.layout.width, self.layout.height, stroke=1, fill=0)
        canvas.restoreState()


# -- the programme flyer ----------------------------------------------------------------

_MARGIN = 18 * mm
_BAND = 24 * mm


def _band_painter(profile: Record, styles: Styles, footer: str) -> Any:
    """Draws the colour band with the cluster's name and logo, and the footer line."""
    cluster = plain(profile.get("name"))
    region = plain(profile.get("region"))
    logo = _logo_reader(profile)

    def paint(canvas: Canvas, doc: Any) -> None:
        width, height = doc.pagesize
        canvas.saveState()
        canvas.setFillColor(styles.primary)
        canvas.rect(0, height - _BAND, width, _BAND, stroke=0, fill=1)
        canvas.setFillColor(styles.secondary)
        canvas.rect(0, height - _BAND - 1.2 * mm, width, 1.2 * mm, stroke=0, fill=1)
        room = width - 2 * _MARGIN - (45 * mm if logo else 0)
        canvas.setFillColor(colors.white)
        name_size = max(10.0, min(15.0, 15 * room / max(stringWidth(cluster, FONT_BOLD, 15), 1)))
        canvas.setFont(FONT_BOLD, name_size)
        canvas.drawString(
            _MARGIN, height - _BAND / 2 + 1 * mm, shorten(cluster, FONT_BOLD, name_size, room)
        )
        if region:
            canvas.setFont(FONT, 9)
            canvas.drawString(
                _MARGIN, height - _BAND / 2 - 4.5 * mm, shorten(region, FONT, 9, room)
            )
        if logo is not None:
            box_w, box_h = 40 * mm, _BAND - 8 * mm
            right, top = width - _MARGIN, height - 4 * mm
            canvas.setFillColor(colors.white)
            canvas.roundRect(right - box_w, top - box_h, box_w, box_h, 1.5 * mm, stroke=0, fill=1)
            _draw_logo(canvas, logo, right - 2 * mm, top - 1.5 * mm, box_w - 4 * mm, box_h - 3 * mm)
        if footer:
            canvas.setStrokeColor(styles.primary)
            canvas.setLineWidth(0.5)
            canvas.line(_MARGIN, 16 * mm, width - _MARGIN, 16 * mm)
            canvas.setFillColor(colors.HexColor("#444444"))
            canvas.setFont(FONT, 8.5)
            canvas.drawString(_MARGIN, 11 * mm, shorten(footer, FONT, 8.5, width - 2 * _MARGIN))
        canvas.restoreState()

    return paint


def _document(buffer: io.BytesIO, pagesize: tuple[float, float], title: str, author: str) -> Any:
    return SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_BAND + 10 * mm,
        bottomMargin=22 * mm,
        title=title,
        author=author,
        **DOCUMENT_DEFAULTS,
    )


class ProgrammeFlyerPdf(_EventDocument):
    """The programme flyer of an event (see the module's text)::

    items = ProgrammeFlyerPdf(db, event_id).write("programm.pdf")
    """

    document = "programme"

    def __init__(
        self,
        db: ClusterDatabase,
        event_id: int,
        *,
        paper: str = "A4",
        language: str = DEFAULT_LANGUAGE,
    ) -> None:
        super().__init__(db, event_id, language=language)
        self.paper = paper
        self.pagesize = page_size(paper)

    def _build(self) -> bytes:
        event = load_event(self.db, self.event_id)
        profile = self.db.profile()
        styles = profile_styles(profile)
        cluster = plain(profile.get("name"))
        items = programme(self.db, self.event_id)
        buffer = io.BytesIO()
        doc = _document(
            buffer,
            self.pagesize,
            f"{self.words['programme']} – {plain(event.get('title'))}",
            cluster,
        )
        story: list[Flowable] = [
            Paragraph(safe(event.get("title")), styles.title),
            Spacer(1, 2 * mm),
            Paragraph(f"<b>{safe(event_when(event, self.language))}</b>", styles.subtitle),
        ]
        place = event_place(self.db, event, self.language)
        if place:
            story.append(Paragraph(safe(place), styles.subtitle))
        story.append(Spacer(1, 6 * mm))
        description = event.get("description")
        if plain(description):
            text = ParagraphStyle("flyer_text", parent=styles.body, fontSize=10.5, leading=15)
            story.append(Paragraph(safe(description, line_breaks=True), text))
            story.append(Spacer(1, 6 * mm))
        story.append(Paragraph(safe(self.words["programme"]), styles.heading))
        if items:
            story.append(self._table(items, event, styles, doc.width))
        else:
            story.append(Paragraph(safe(self.words["no_programme"]), styles.body))
        footer = self.words["registration"].format(cluster=cluster) if cluster else ""
        paint = _band_painter(profile, styles, footer)
        doc.build(story, onFirstPage=paint, onLaterPages=paint)
        self.count = len(items)
        self.pages = doc.page
        return buffer.getvalue()

    def _table(self, items: list[Record], event: Record, styles: Styles, width: float) -> Table:
        zone = _zone(event)
        cell = ParagraphStyle("cell", parent=styles.body, fontSize=9.5, leading=12.5)
        bold = ParagraphStyle("cell_bold", parent=cell, fontName=FONT_BOLD)
        head = ParagraphStyle("cell_head", parent=bold, textColor=colors.white)
        note = ParagraphStyle("cell_note", parent=styles.muted)
        rows: list[list[Any]] = [
            [Paragraph(safe(self.words[key]), head) for key in ("time", "item", "speaker", "room")]
        ]
        for item in items:
            what: list[Flowable] = [Paragraph(safe(item.get("title")), bold)]
            if plain(item.get("description")):
                what.append(Paragraph(safe(item.get("description")), note))
            rows.append(
                [
                    Paragraph(safe(item_time(item, zone, self.language)), cell),
                    what,
                    Paragraph(safe(speaker_of(self.db, item)), cell),
                    Paragraph(safe(item.get("room")), cell),
                ]
            )
        widths = [26 * mm, 0.0, 45 * mm, 24 * mm]
        widths[1] = width - sum(widths)
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),  # else the PDF lists Helvetica
                    ("BACKGROUND", (0, 0), (-1, 0), styles.primary),
                    (
                        "ROWBACKGROUNDS",
                        (0, 1),
                        (-1, -1),
                        [colors.white, colors.HexColor("#F2F4F7")],
                    ),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#CCCCCC")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ("LEFTPADDING", (0, 0), (-1, -1), 5),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        return table


# -- attendance certificates ------------------------------------------------------------


class AttendanceCertificatesPdf(_EventDocument):
    """One attendance certificate per person marked as attended::

    count = AttendanceCertificatesPdf(db, event_id).write("bescheinigungen.pdf")

    ``today`` is the date printed beside the place (default: today).
    """

    document = "certificates"

    def __init__(
        self,
        db: ClusterDatabase,
        event_id: int,
        *,
        today: date | None = None,
        language: str = DEFAULT_LANGUAGE,
    ) -> None:
        super().__init__(db, event_id, language=language)
        self.today = today

    def _build(self) -> bytes:
        event = load_event(self.db, self.event_id)
        attended = [
            row
            for row in registrations(self.db, self.event_id)
            if row.get("status") == RegistrationStatus.ATTENDED.value
        ]
        if not attended:
            raise ExportError("Nobody is marked as attended yet.")
        profile = self.db.profile()
        styles = profile_styles(profile)
        cluster = plain(profile.get("name"))
        buffer = io.BytesIO()
        doc = _document(
            buffer, A4, f"{self.words['certificates']} – {plain(event.get('title'))}", cluster
        )
        centred = ParagraphStyle(
            "centred", parent=styles.body, fontSize=12, leading=17, alignment=TA_CENTER
        )
        heading = ParagraphStyle(
            "certificate", parent=styles.title, fontSize=26, leading=32, alignment=TA_CENTER
        )
        name = ParagraphStyle("person", parent=centred, fontName=FONT_BOLD, fontSize=22, leading=28)
        title = ParagraphStyle(
            "event_title",
            parent=centred,
            fontName=FONT_BOLD,
            fontSize=15,
            leading=20,
            textColor=styles.primary,
        )
        topic = ParagraphStyle(
            "topic", parent=styles.body, fontSize=10, leading=13, leftIndent=8 * mm
        )
        days = self._days(event)
        place = event_place(self.db, event, self.language)
        town = self._town(event)
        issued = self.today or date.today()
        items = programme(self.db, self.event_id)
        topics = [plain(item.get("title")) for item in items if plain(item.get("title"))]
        story: list[Flowable] = []
        for number, person in enumerate(attended):
            if number:
                story.append(PageBreak())
            block: list[Flowable] = [
                Spacer(1, 10 * mm),
                Paragraph(safe(self.words["certificate"]), heading),
                Spacer(1, 12 * mm),
                Paragraph(safe(self.words["confirm"]), centred),
                Spacer(1, 5 * mm),
                Paragraph(safe(full_name(person)), name),
            ]
            if plain(person.get("organisation_name")):
                block.append(Spacer(1, 1 * mm))
                block.append(
                    Paragraph(
                        safe(
                            self.words["from"].format(
                                organisation=plain(person["organisation_name"])
                            )
                        ),
                        centred,
                    )
                )
            block += [
                Spacer(1, 5 * mm),
                Paragraph(safe(days), centred),
                Spacer(1, 3 * mm),
                Paragraph(safe(event.get("title")), title),
            ]
            if place:
                block += [
                    Spacer(1, 2 * mm),
                    Paragraph(safe(self.words["in_place"].format(place=place)), centred),
                ]
            if self.words["took_part"]:
                block += [Spacer(1, 2 * mm), Paragraph(safe(self.words["took_part"]), centred)]
            block.append(Spacer(1, 12 * mm))
            block += self._topics(topics, styles, topic)
            story += block
            story += [
                Spacer(1, 18 * mm),
                KeepTogether([self._signature(styles, doc.width, town, issued, cluster)]),
            ]
        paint = _band_painter(profile, styles, "")
        doc.build(story, onFirstPage=paint, onLaterPages=paint)
        self.count = len(attended)
        self.pages = doc.page
        if self.pages != self.count:
            raise ExportError(
                "The certificates of attendance did not fit one page each.",
                "Please shorten the event's title or programme.",
            )
        return buffer.getvalue()

    def _topics(self, topics: list[str], styles: Styles, style: ParagraphStyle) -> list[Flowable]:
        """The programme's topics as a short list."""
        if not topics:
            return []
        grey = ParagraphStyle("more", parent=style, textColor=colors.HexColor("#666666"))
        flowables: list[Flowable] = [
            Paragraph(f"<b>{safe(self.words['topics'])}</b>", styles.body),
            Spacer(1, 1.5 * mm),
        ]
        flowables += [Paragraph(f"• {safe(text)}", style) for text in topics[:MAX_TOPICS]]
        if len(topics) > MAX_TOPICS:
            more = self.words["more_topics"].format(count=len(topics) - MAX_TOPICS)
            flowables.append(Paragraph(safe(more), grey))
        return flowables

    def _signature(
        self, styles: Styles, width: float, town: str, issued: date, cluster: str
    ) -> Table:
        """The place and date line and the signature line with the cluster's name."""
        day = format_date(issued, self.language)
        where = self.words["place_date"].format(place=town, date=day) if town else day
        table = Table(
            [
                [Paragraph(safe(where), styles.body), "", Paragraph("", styles.body)],
                [
                    Paragraph(safe(self.words["place_and_date"]), styles.muted),
                    "",
                    Paragraph(f"{safe(self.words['signature'])}<br/>{safe(cluster)}", styles.muted),
                ],
            ],
            colWidths=[70 * mm, width - 140 * mm, 70 * mm],
            rowHeights=[16 * mm, None],
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),  # else the PDF lists Helvetica
                    ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                    ("VALIGN", (0, 1), (-1, 1), "TOP"),
                    ("LINEBELOW", (0, 0), (0, 0), 0.6, colors.black),
                    ("LINEBELOW", (2, 0), (2, 0), 0.6, colors.black),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    def _days(self, event: Record) -> str:
        zone = _zone(event)
        start = _local(event["starts_at"], zone)
        end = _local(event["ends_at"], zone)
        language = self.language
        if start.date() == end.date():
            return self.words["on_day"].format(date=format_date(start, language))
        return self.words["on_days"].format(
            start=format_date(start, language), end=format_date(end, language)
        )

    def _town(self, event: Record) -> str:
        if event.get("venue_id"):
            try:
                return plain(self.db.venues.get(event["venue_id"]).get("city"))
            except NotFoundError:
                return ""
        return ""
