"""Papers for an event: the sign-in sheet and the participant list.

:class:`SignInSheetPdf` is the sheet that lies at the door: the event's header
(cluster name and logo, title, "Mittwoch, 16.12.2026, 09:00–17:00 Uhr", venue and
room), then a numbered table of the people expected (registered or attended, in
any role), sorted by last name, with a wide empty column for the signature, and
``blank_rows`` numbered empty rows for walk-ins. The table's header row repeats on
every page; every page has "Seite x von y" in its footer.

:class:`ParticipantListPdf` and :class:`ParticipantListXlsx` list the people with
their role and status, and the counts at the end (registered / waitlisted /
attended). The internal list (``internal=True``, the default; the XLSX always) has
every registration with its e-mail address and is marked "INTERN"; the list to
hand out (``internal=False``) has only the people expected and no e-mail addresses.
The workbook prints in landscape, fitted to the page's width, with the header row,
"Teilnehmerliste – 16.12.2026 – <the event>", "INTERN" and the page number on every
page (:mod:`secretariat.exports.sheet_printing`).
People erased are named in none of these papers, but they are counted.

The documents are written in German or English (``language="de"|"en"``); their
words are in :data:`WORDING`. Every data value goes through
:func:`~secretariat.exports.pdf_style.safe` before it reaches a Paragraph, and
through :func:`~secretariat.exports.pdf_style.plain` before it is drawn on a canvas.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from secretariat.domain.enums import RegistrationRole, RegistrationStatus
from secretariat.domain.fields import Record
from secretariat.domain.text import alphabetical_key
from secretariat.domain.validation import DEFAULT_TIME_ZONE, moment_in_zone
from secretariat.exports import ExportError, atomic_target, laid_out, write_file
from secretariat.exports.file_names import event_day
from secretariat.exports.language import (
    COMMON,
    DEFAULT_LANGUAGE,
    Wording,
    checked,
    format_clock,
    format_date,
    format_time_span,
    vocabulary_label,
    weekday_name,
)
from secretariat.exports.pdf_style import (
    DOCUMENT_DEFAULTS,
    FONT,
    FONT_BOLD,
    LateText,
    Styles,
    draw_footer,
    page_size,
    plain,
    profile_styles,
    safe,
)
from secretariat.exports.sheet_printing import limit_printing, set_up_printing
from secretariat.formats.spreadsheet_safety import clean_text, is_risky
from secretariat.store import ClusterDatabase, NotFoundError
from secretariat.store.tables import listed_filters

# Every fixed word of the documents, in each document language.
WORDING = Wording(
    "event papers",
    {
        "de": {
            "signin": "Anwesenheitsliste",
            "participants": "Teilnehmerliste",
            "number": "Nr.",
            "name": "Name",
            "last_name": "Nachname",
            "first_name": "Vorname",
            "organisation": "Organisation",
            "signature": "Unterschrift",
            "email": "E-Mail",
            "role": "Rolle",
            "status": "Status",
            "count": "Anzahl",
            "time": "{day}, {date}, {span}",
            "time_days": "{day}, {date}, {start} – {end_day}, {end_date}, {end}",
            "room": "Raum {room}",
            "walk_ins": "Nicht angemeldet? Bitte in eine freie Zeile eintragen.",
            "counts_title": "Zählung",
            "nobody": "Noch niemand angemeldet.",
        },
        "en": {
            "signin": "Sign-in sheet",
            "participants": "List of participants",
            "number": "No.",
            "name": "Name",
            "last_name": "Last name",
            "first_name": "First name",
            "organisation": "Organisation",
            "signature": "Signature",
            "email": "E-mail",
            "role": "Role",
            "status": "Status",
            "count": "Count",
            "time": "{day}, {date}, {span}",
            "time_days": "{day}, {date}, {start} – {end_day}, {end_date}, {end}",
            "room": "Room {room}",
            "walk_ins": "Not registered? Please write your name in an empty row.",
            "counts_title": "Counts",
            "nobody": "Nobody has registered yet.",
        },
    },
)

# Who is expected at the door: these statuses, in these roles.
EXPECTED_STATUSES = (RegistrationStatus.REGISTERED.value, RegistrationStatus.ATTENDED.value)
EXPECTED_ROLES = tuple(role.value for role in RegistrationRole)

_MARGIN = 15 * mm
_FOOTER = 10 * mm
_GRID = colors.HexColor("#999999")
_INTERNAL_RED = colors.HexColor("#B00020")


class EventNotFound(ExportError):
    """The event asked for is not in the database."""

    def __init__(self, event_id: int) -> None:
        super().__init__(f"There is no event #{event_id}.")


# -- reading -------------------------------------------------------------------------


def load_event(db: ClusterDatabase, event_id: int) -> Record:
    """The event, or :class:`EventNotFound`."""
    try:
        return db.events.get(event_id)
    except NotFoundError:
        raise EventNotFound(event_id) from None


def person_key(registration: Record) -> tuple[str, str, int]:
    """Sort by last name, then first name, as people expect (Ż with Z, case ignored)."""
    return (
        alphabetical_key(plain(registration.get("last_name"))),
        alphabetical_key(plain(registration.get("first_name"))),
        int(registration.get("id") or 0),
    )


def registrations(db: ClusterDatabase, event_id: int) -> list[Record]:
    """Every registration of the event, sorted by last name; those of people erased
    are left out (they still count: :func:`event_status_counts`)."""
    rows = db.registrations.list(
        filters=listed_filters("registrations", {"event_id": event_id}),
        sort="last_name",
        limit=None,
    )
    return sorted(rows, key=person_key)


def is_expected(registration: Record) -> bool:
    """Whether the person is expected at the event (registered or attended)."""
    return (
        registration.get("status") in EXPECTED_STATUSES
        and (registration.get("role") or RegistrationRole.PARTICIPANT.value) in EXPECTED_ROLES
    )


def expected_registrations(db: ClusterDatabase, event_id: int) -> list[Record]:
    """The people expected at the event, sorted by last name."""
    return [row for row in registrations(db, event_id) if is_expected(row)]


def event_status_counts(db: ClusterDatabase, event_id: int) -> dict[str, int]:
    """How many of the event's registrations are registered, waitlisted and attended,
    people erased included (they are counted, never named)."""
    counts = {"registered": 0, "waitlisted": 0, "attended": 0}
    for row in db.planning.registration_counts(event_id):
        if row["status"] in counts:
            counts[row["status"]] += int(row["people"])
    return counts


def person_name(registration: Record) -> str:
    """ "Last, First" (or only the one that is there)."""
    last = plain(registration.get("last_name"))
    first = plain(registration.get("first_name"))
    return f"{last}, {first}" if last and first else last or first


def event_when(event: Record, language: str = DEFAULT_LANGUAGE) -> str:
    """ "Mittwoch, 16.12.2026, 09:00–17:00 Uhr" / "Wednesday, 16 December 2026,
    09:00–17:00" in the event's own time zone."""
    zone = plain(event.get("time_zone")) or DEFAULT_TIME_ZONE
    try:
        start = moment_in_zone(event["starts_at"], zone)
        end = moment_in_zone(event["ends_at"], zone)
    except (KeyError, ValueError):  # a zone this computer does not know
        start = moment_in_zone(event["starts_at"], DEFAULT_TIME_ZONE)
        end = moment_in_zone(event["ends_at"], DEFAULT_TIME_ZONE)
    words = WORDING[language]
    if start.date() == end.date():
        return words["time"].format(
            day=weekday_name(start, language),
            date=format_date(start, language),
            span=format_time_span(start, end, language),
        )
    return words["time_days"].format(
        day=weekday_name(start, language),
        date=format_date(start, language),
        start=format_clock(start, language),
        end_day=weekday_name(end, language),
        end_date=format_date(end, language),
        end=format_clock(end, language),
    )


def event_place(db: ClusterDatabase, event: Record, language: str = DEFAULT_LANGUAGE) -> str:
    """Venue, its address and the room, on one line."""
    parts: list[str] = []
    if event.get("venue_id"):
        try:
            venue = db.venues.get(event["venue_id"])
        except NotFoundError:
            venue = {}
        town = " ".join(p for p in (plain(venue.get("postcode")), plain(venue.get("city"))) if p)
        parts += [plain(venue.get("name")), plain(venue.get("street")), town]
    if plain(event.get("room")):
        parts.append(WORDING[language]["room"].format(room=plain(event["room"])))
    return ", ".join(part for part in parts if part)


def _logo(profile: Record, *, max_width: float, max_height: float) -> Image | None:
    """The cluster's PNG or JPEG logo scaled to fit, or None."""
    data = profile.get("logo")
    if not data or profile.get("logo_mime_type") not in ("image/png", "image/jpeg", None):
        return None
    try:
        width, height = ImageReader(io.BytesIO(bytes(data))).getSize()
        if width <= 0 or height <= 0:
            return None
        scale = min(max_width / width, max_height / height)
        return Image(io.BytesIO(bytes(data)), width=width * scale, height=height * scale)
    except Exception:  # a damaged logo must not stop the paper
        return None


# -- the PDF machinery ----------------------------------------------------------------


@dataclass
class _Paper:
    """What a built PDF paper reports."""

    rows: int = 0
    pages: int = 0


class _EventPaperPdf:
    """The shared frame of the event PDFs: header, table, footer, write/to_bytes."""

    document = ""
    internal = False

    def __init__(
        self,
        db: ClusterDatabase,
        event_id: int,
        *,
        paper: str = "A4",
        language: str = DEFAULT_LANGUAGE,
    ) -> None:
        self.db = db
        self.event_id = event_id
        self.language = checked(language)
        self.words = {**COMMON[language], **WORDING[language]}
        self.paper = paper
        self.pagesize = page_size(paper)
        self.count = 0  # people in the last document built
        self.pages = 0

    def write(self, path: str | os.PathLike[str]) -> int:
        """Build the paper and write it to ``path``; returns the people on it.

        Raises ExportError (EventNotFound for an unknown event) and then writes nothing.
        """
        data = self.to_bytes()
        write_file(path, data)
        return self.count

    def to_bytes(self) -> bytes:
        """The PDF document as bytes."""
        return laid_out(self._build, _NAMES[self.document])

    # -- to fill in ------------------------------------------------------------------

    def _content(self, event: Record, styles: Styles, width: float) -> list[Flowable]:
        raise NotImplementedError

    # -- building --------------------------------------------------------------------

    def _build(self) -> bytes:
        event = load_event(self.db, self.event_id)
        profile = self.db.profile()
        styles = profile_styles(profile)
        cluster_name = plain(profile.get("name"))
        title = plain(event.get("title"))
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(
            buffer,
            pagesize=self.pagesize,
            leftMargin=_MARGIN,
            rightMargin=_MARGIN,
            topMargin=_MARGIN,
            bottomMargin=_MARGIN + _FOOTER,
            title=f"{self.words[self.document]} – {title}".strip(" –"),
            author=cluster_name,
            **DOCUMENT_DEFAULTS,
        )
        story = self._header(event, profile, styles, doc.width)
        story += self._content(event, styles, doc.width)
        late = LateText()

        def footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
            draw_footer(
                canvas,
                self.pagesize,
                _MARGIN,
                styles.primary,
                left=cluster_name,
                page=doc.page,
                late=late,
                page_wording=self.words["page_of"],
                marker=self.words["internal"] if self.internal else "",
                marker_colour=_INTERNAL_RED,
            )

        doc.build(story, onFirstPage=footer, onLaterPages=footer, canvasmaker=late.canvasmaker())
        self.pages = doc.page
        return buffer.getvalue()

    def _header(
        self, event: Record, profile: Record, styles: Styles, width: float
    ) -> list[Flowable]:
        lines = [
            Paragraph(safe(profile.get("name")), styles.label),
            Paragraph(
                f"{safe(self.words[self.document])}: <b>{safe(event.get('title'))}</b>",
                styles.entry_name,
            ),
            Paragraph(safe(event_when(event, self.language)), styles.body),
        ]
        place = event_place(self.db, event, self.language)
        if place:
            lines.append(Paragraph(safe(place), styles.body))
        if self.internal:
            lines.append(Paragraph(f"<b>{safe(self.words['internal'])}</b>", styles.small))
        logo = _logo(profile, max_width=40 * mm, max_height=20 * mm)
        if logo is None:
            header: Flowable = Table([[lines]], colWidths=[width])
        else:
            header = Table([[lines, logo]], colWidths=[width - 45 * mm, 45 * mm])
        header.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (-1, 0), (-1, 0), "RIGHT"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("LINEBELOW", (0, 0), (-1, -1), 1.5, styles.secondary),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
                ]
            )
        )
        return [header, Spacer(1, 5 * mm)]

    @staticmethod
    def _table(
        rows: list[list[Any]], widths: Sequence[float], styles: Styles, *, padding: float
    ) -> Table:
        table = Table(rows, colWidths=list(widths), repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),  # else the PDF lists Helvetica
                    ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("BACKGROUND", (0, 0), (-1, 0), styles.primary),
                    ("GRID", (0, 0), (-1, -1), 0.4, _GRID),
                    ("TOPPADDING", (0, 1), (-1, -1), padding),
                    ("BOTTOMPADDING", (0, 1), (-1, -1), padding),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return table


def _header_cell(text: str, styles: Styles) -> Paragraph:
    return Paragraph(f"<font color='white'><b>{safe(text)}</b></font>", styles.body)


# -- the sign-in sheet --------------------------------------------------------------


class SignInSheetPdf(_EventPaperPdf):
    """The sign-in sheet of an event as a PDF (see the module's text)::

    count = SignInSheetPdf(db, event_id).write("unterschriften.pdf")
    """

    document = "signin"

    def __init__(
        self,
        db: ClusterDatabase,
        event_id: int,
        *,
        paper: str = "A4",
        blank_rows: int = 10,
        language: str = DEFAULT_LANGUAGE,
    ) -> None:
        super().__init__(db, event_id, paper=paper, language=language)
        if blank_rows < 0:
            raise ValueError("blank_rows cannot be negative")
        self.blank_rows = blank_rows

    def _content(self, event: Record, styles: Styles, width: float) -> list[Flowable]:
        people = expected_registrations(self.db, self.event_id)
        self.count = len(people)
        number_width = 12 * mm
        name_width = 50 * mm
        organisation_width = 55 * mm
        widths = (
            number_width,
            name_width,
            organisation_width,
            width - number_width - name_width - organisation_width,
        )
        rows: list[list[Any]] = [
            [
                _header_cell(self.words[key], styles)
                for key in ("number", "name", "organisation", "signature")
            ]
        ]
        for number, person in enumerate(people, start=1):
            name = safe(person_name(person))
            role = person.get("role") or RegistrationRole.PARTICIPANT.value
            if role != RegistrationRole.PARTICIPANT.value:
                label = safe(vocabulary_label(RegistrationRole, role, self.language))
                name += f"<br/><font size='7' color='#666666'>{label}</font>"
            rows.append(
                [
                    Paragraph(str(number), styles.body),
                    Paragraph(name, styles.body),
                    Paragraph(safe(person.get("organisation_name")), styles.body),
                    Paragraph("", styles.body),
                ]
            )
        for number in range(len(people) + 1, len(people) + self.blank_rows + 1):
            rows.append([Paragraph(str(number), styles.body)] + [Paragraph("", styles.body)] * 3)
        story: list[Flowable] = [self._table(rows, widths, styles, padding=3.5 * mm)]
        if self.blank_rows:
            story += [Spacer(1, 2 * mm), Paragraph(safe(self.words["walk_ins"]), styles.muted)]
        return story


# -- the participant list -------------------------------------------------------------


class ParticipantListPdf(_EventPaperPdf):
    """The participant list of an event as a PDF (see the module's text)::

    count = ParticipantListPdf(db, event_id, internal=False).write("teilnehmende.pdf")
    """

    document = "participants"

    def __init__(
        self,
        db: ClusterDatabase,
        event_id: int,
        *,
        internal: bool = True,
        paper: str = "A4",
        language: str = DEFAULT_LANGUAGE,
    ) -> None:
        super().__init__(db, event_id, paper=paper, language=language)
        self.internal = internal

    def _content(self, event: Record, styles: Styles, width: float) -> list[Flowable]:
        everyone = registrations(self.db, self.event_id)
        people = everyone if self.internal else [row for row in everyone if is_expected(row)]
        self.count = len(people)
        keys = ["number", "name", "organisation"]
        if self.internal:
            keys.append("email")
        keys += ["role", "status"]
        if self.internal:
            widths = [9 * mm, 34 * mm, 38 * mm, 0.0, 24 * mm, 27 * mm]
            widths[3] = width - sum(widths)
        else:
            widths = [10 * mm, 55 * mm, 0.0, 27 * mm, 30 * mm]
            widths[2] = width - sum(widths)
        emails = _emails(self.db, people) if self.internal else {}
        rows: list[list[Any]] = [[_header_cell(self.words[key], styles) for key in keys]]
        for number, person in enumerate(people, start=1):
            role = person.get("role") or ""
            status = person.get("status") or ""
            cells = [
                Paragraph(str(number), styles.small),
                Paragraph(safe(person_name(person)), styles.small),
                Paragraph(safe(person.get("organisation_name")), styles.small),
            ]
            if self.internal:
                cells.append(
                    Paragraph(
                        _email_markup(emails.get(person["contact_id"]), widths[3] - 8, styles),
                        styles.small,
                    )
                )
            cells += [
                Paragraph(
                    safe(vocabulary_label(RegistrationRole, role, self.language)), styles.small
                ),
                Paragraph(
                    safe(vocabulary_label(RegistrationStatus, status, self.language)),
                    styles.small,
                ),
            ]
            rows.append(cells)
        story: list[Flowable] = []
        if people:
            story.append(self._table(rows, widths, styles, padding=2))
        else:
            story.append(Paragraph(safe(self.words["nobody"]), styles.body))
        counts = event_status_counts(self.db, self.event_id)
        story.append(
            KeepTogether(
                [
                    Spacer(1, 4 * mm),
                    Paragraph(f"<b>{safe(self._counts_line(counts))}</b>", styles.body),
                ]
            )
        )
        return story

    def _counts_line(self, counts: dict[str, int]) -> str:
        """ "Angemeldet: 12 · Auf der Warteliste: 3 · Teilgenommen: 0", in the
        vocabulary's words."""
        return " · ".join(
            f"{vocabulary_label(RegistrationStatus, key, self.language)}: {count}"
            for key, count in counts.items()
        )


def _email_markup(email: str | None, width: float, styles: Styles) -> str:
    """An e-mail address for a narrow cell: broken after the "@" when it is too wide."""
    text = plain(email)
    style = styles.small
    if "@" not in text or stringWidth(text, style.fontName, style.fontSize) <= width:
        return safe(text)
    local, _at, domain = text.partition("@")
    return f"{safe(local)}@<br/>{safe(domain)}"


def _emails(db: ClusterDatabase, people: Sequence[Record]) -> dict[int, str]:
    """The e-mail address of each person's contact record."""
    found: dict[int, str] = {}
    for person in people:
        contact_id = person.get("contact_id")
        if contact_id is None or contact_id in found:
            continue
        try:
            found[contact_id] = plain(db.contacts.get(contact_id).get("email"))
        except NotFoundError:
            found[contact_id] = ""
    return found


# The participant workbook's columns: (key of the header in WORDING, width).
XLSX_COLUMNS: tuple[tuple[str, float], ...] = (
    ("number", 6),
    ("last_name", 22),
    ("first_name", 18),
    ("organisation", 40),
    ("email", 40),
    ("role", 18),
    ("status", 18),
)

# What the documents are called in a message (core messages are English).
_NAMES = {"signin": "sign-in sheet", "participants": "participant list"}


class ParticipantListXlsx:
    """The internal participant list of an event as an XLSX workbook: one sheet of
    people (bold frozen header, autofilter, every value a text cell, never a
    formula) and one of the counts::

    count = ParticipantListXlsx(db, event_id).write("teilnehmende.xlsx")
    """

    def __init__(
        self, db: ClusterDatabase, event_id: int, *, language: str = DEFAULT_LANGUAGE
    ) -> None:
        self.db = db
        self.event_id = event_id
        self.language = checked(language)
        self.count = 0

    def write(self, path: str | os.PathLike[str]) -> int:
        """Write the workbook to ``path`` (whole or not at all); returns the people in it."""
        event = load_event(self.db, self.event_id)
        people = registrations(self.db, self.event_id)
        emails = _emails(self.db, people)
        words = {**COMMON[self.language], **WORDING[self.language]}
        name = plain(event.get("title"))
        title = f"{words['participants']} – {name}"
        day = event_day(event)
        # printed on every page: the list, the day, the event (shortened first)
        printed = title
        if day is not None:
            printed = f"{words['participants']} – {format_date(day, self.language)} – {name}"
        with atomic_target(path) as temporary:
            workbook = Workbook(write_only=True)
            workbook.properties.title = title
            workbook.properties.creator = "Secretariat"
            workbook.properties.keywords = "INTERN"
            workbook.properties.subject = words["internal"]
            sheet = workbook.create_sheet(words["participants"])
            for number, (_header, width) in enumerate(XLSX_COLUMNS, start=1):
                sheet.column_dimensions[get_column_letter(number)].width = width
            sheet.freeze_panes = "A2"
            set_up_printing(
                sheet,
                title=printed,
                widths=[width for _key, width in XLSX_COLUMNS],
                language=self.language,
                internal=True,
            )
            sheet.append([_bold(sheet, words[key]) for key, _width in XLSX_COLUMNS])
            for number, person in enumerate(people, start=1):
                role = person.get("role") or ""
                status = person.get("status") or ""
                values = [
                    person.get("last_name"),
                    person.get("first_name"),
                    person.get("organisation_name"),
                    emails.get(person["contact_id"]),
                    vocabulary_label(RegistrationRole, role, self.language),
                    vocabulary_label(RegistrationStatus, status, self.language),
                ]
                sheet.append([number] + [_text(sheet, value) for value in values])
            last = get_column_letter(len(XLSX_COLUMNS))
            sheet.auto_filter.ref = f"A1:{last}{len(people) + 1}"
            limit_printing(sheet, len(XLSX_COLUMNS), len(people) + 1)
            summary = workbook.create_sheet(words["counts_title"])
            summary.column_dimensions["A"].width = 18
            set_up_printing(
                summary,
                title=printed,
                widths=[18, 10],
                language=self.language,
                internal=True,
            )
            counts = event_status_counts(self.db, self.event_id)
            summary.append([_bold(summary, words["status"]), _bold(summary, words["count"])])
            for key in ("registered", "waitlisted", "attended"):
                summary.append(
                    [
                        _text(summary, vocabulary_label(RegistrationStatus, key, self.language)),
                        counts[key],
                    ]
                )
            limit_printing(summary, 2, 4)
            workbook.save(temporary)
        self.count = len(people)
        return self.count


def _bold(sheet: Any, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=text)
    cell.font = Font(bold=True)
    return cell


def _text(sheet: Any, value: Any) -> WriteOnlyCell | None:
    text = clean_text(value, multiline=False)
    if not text:
        return None
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"  # text, always: openpyxl would make "=..." a formula
    if is_risky(text):
        cell.quotePrefix = True
    return cell
