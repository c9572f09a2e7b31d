"""The member directory as a printable PDF.

:class:`MemberDirectoryPdf` lays out what :func:`~secretariat.exports.directory_data.
directory_entries` yields: a cover in the cluster's colours (with its logo, the date
and, for an internal list, "INTERN – nicht zur Weitergabe"), a table of contents,
the member organisations grouped by sector or by cluster role (an organisation with
several roles appears under each), and an alphabetical index with page numbers.
Every page has "Seite 3 von 12" and the cluster's name in its footer, and the
internal marker when the list is internal.

The layout runs in passes (reportlab ``multiBuild``) until the page numbers in the
contents, the index and the footers agree. All words of the document are in
:data:`WORDING`, so a translation can follow; role and kind labels come from the
vocabularies in :mod:`secretariat.domain.enums`.
"""

from __future__ import annotations

import io
import os
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable
from reportlab.platypus.tableofcontents import IndexingFlowable

from secretariat.domain.enums import ClusterRole, OrganisationKind, Salutation, SizeClass
from secretariat.domain.fields import Record
from secretariat.domain.validation import format_phone
from secretariat.exports import ExportCancelled, ExportError, write_file
from secretariat.exports.directory_data import DirectoryEntry, count_entries, directory_entries
from secretariat.exports.pdf_style import (
    DOCUMENT_DEFAULTS,
    FONT,
    FONT_BOLD,
    PAGES_NOTE,
    PageCount,
    Styles,
    draw_footer,
    draw_top_band,
    make_styles,
    page_size,
    plain,
    safe,
    vocabulary_text,
)
from secretariat.store import ClusterDatabase

# Every fixed word of the document, in one place for a translation.
WORDING: dict[str, str] = {
    "document": "Mitgliederverzeichnis",
    "as_of": "Stand: {date}",
    "members": "{count} Mitgliedsorganisationen",
    "internal": "INTERN – nicht zur Weitergabe",
    "contents": "Inhalt",
    "index": "Verzeichnis der Organisationen",
    "page_of": "Seite {page} von {pages}",
    "other_group": "Weitere",
    "products": "Produkte und Leistungen",
    "contacts": "Ansprechpersonen",
    "mobile": "mobil",
    "by_sector": "nach Branche",
    "by_role": "nach Rolle im Cluster",
    "empty": "Zurzeit sind keine Mitgliedsorganisationen eingetragen.",
}

GROUPINGS = ("sector", "role")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

_MARGIN = 18 * mm
_FOOTER = 12 * mm
_BAND = 42 * mm
_INTERNAL_RED = colors.HexColor("#B00020")
_GROUP_NOTE = "DirectoryGroup"
_ORG_NOTE = "DirectoryOrganisation"


def german_date(day: date) -> str:
    return f"{day:%d.%m.%Y}"


def sort_key(text: str) -> str:
    """Alphabetical order as people expect it: Ä with A, case ignored."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# -- the indexing flowables ----------------------------------------------------------


class _PageList(IndexingFlowable):
    """A two-column list "text ... pages" whose page numbers the layout fills in.

    Known before the layout (so the first pass already has its full size), then
    notified of the page of each key during every pass; the table shows the pages of
    the previous pass, and multiBuild repeats until two passes agree.
    """

    def __init__(
        self, note: str, rows: Iterable[tuple[Any, str]], styles: Styles, *, page_width: float
    ) -> None:
        super().__init__()
        self._note = note
        self._rows = list(rows)  # (key, markup) in the order to show
        self._styles = styles
        self._page_width = page_width
        self._pages: dict[Any, list[int]] = {}
        self._last: dict[Any, list[int]] = {}
        self._table: Table | None = None

    def isIndexing(self) -> int:  # noqa: N802 (reportlab's name)
        return 1

    def beforeBuild(self) -> None:  # noqa: N802
        self._last = self._pages
        self._pages = {}

    def isSatisfied(self) -> bool:  # noqa: N802
        return self._pages == self._last

    def notify(self, kind: str, stuff: Any) -> None:
        if kind != self._note:
            return
        key, page = stuff
        pages = self._pages.setdefault(key, [])
        if page not in pages:
            pages.append(page)

    def _make_table(self, width: float) -> Table:
        styles = self._styles
        data = []
        for key, markup in self._rows:
            pages = ", ".join(str(page) for page in self._last.get(key, [])) or "–"
            data.append([Paragraph(markup, styles.toc_entry), Paragraph(pages, styles.page_number)])
        if not data:  # a Table needs a row
            data.append([Paragraph("", styles.toc_entry), Paragraph("", styles.page_number)])
        table = Table(data, colWidths=(width - self._page_width, self._page_width))
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),  # else the PDF lists Helvetica
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#CCCCCC")),
                ]
            )
        )
        return table

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._table = self._make_table(availWidth)
        return self._table.wrapOn(self.canv, availWidth, availHeight)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        if self._table is None:
            self._table = self._make_table(availWidth)
        return self._table.splitOn(self.canv, availWidth, availHeight)

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        assert self._table is not None
        self._table.drawOn(canvas, x, y, _sW)


# -- the document template -----------------------------------------------------------


class _Marked(Paragraph):
    """A paragraph that tells the index (or the contents) on which page it landed."""

    def __init__(self, text: str, style: Any, note: str, key: Any, outline: str = "") -> None:
        super().__init__(text, style)
        self.note = note
        self.key = key
        self.outline = outline


class _DirectoryTemplate(BaseDocTemplate):
    def __init__(
        self,
        buffer: io.BytesIO,
        *,
        paper: tuple[float, float],
        styles: Styles,
        cluster_name: str,
        internal: bool,
        page_count: PageCount,
        cancelled: Cancelled | None,
    ) -> None:
        super().__init__(
            buffer,
            pagesize=paper,
            leftMargin=_MARGIN,
            rightMargin=_MARGIN,
            topMargin=_MARGIN,
            bottomMargin=_MARGIN + _FOOTER,
            title=f"{WORDING['document']} – {cluster_name}".strip(" –"),
            author=cluster_name,
            creator="Secretariat",
            **DOCUMENT_DEFAULTS,
        )
        self.styles = styles
        self.cluster_name = cluster_name
        self.internal = internal
        self.page_count = page_count
        self.cancelled = cancelled
        width, height = paper
        body = Frame(
            _MARGIN,
            _MARGIN + _FOOTER,
            width - 2 * _MARGIN,
            height - 2 * _MARGIN - _FOOTER,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        cover = Frame(
            _MARGIN,
            _MARGIN + _FOOTER,
            width - 2 * _MARGIN,
            height - _BAND - 2 * _MARGIN - _FOOTER,
            id="cover",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate("cover", [cover], onPage=self._draw_cover),
                PageTemplate("body", [body], onPage=self._draw_page),
            ]
        )
        self._outline_keys = 0

    def afterPage(self) -> None:  # noqa: N802
        self.notify(PAGES_NOTE, self.page)

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802
        if not isinstance(flowable, _Marked):
            return
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled()
        self.notify(flowable.note, (flowable.key, self.page))
        if flowable.outline:
            self._outline_keys += 1
            name = f"group{self._outline_keys}"
            self.canv.bookmarkPage(name)
            self.canv.addOutlineEntry(flowable.outline, name, level=0)

    def beforeDocument(self) -> None:  # noqa: N802
        self._outline_keys = 0

    # -- what every page gets ----------------------------------------------------

    def _draw_cover(self, canvas: Any, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        canvas.saveState()
        canvas.setFillColor(self.styles.primary)
        canvas.rect(0, height - _BAND, width, _BAND, stroke=0, fill=1)
        canvas.setFillColor(self.styles.secondary)
        canvas.rect(0, height - _BAND - 3 * mm, width, 3 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(FONT_BOLD, 24)
        canvas.drawString(_MARGIN, height - _BAND + 14 * mm, WORDING["document"])
        canvas.restoreState()
        self._draw_footer(canvas)

    def _draw_page(self, canvas: Any, doc: BaseDocTemplate) -> None:
        draw_top_band(canvas, self.pagesize, self.styles.primary)
        self._draw_footer(canvas)

    def _draw_footer(self, canvas: Any) -> None:
        pages = self.page_count.last or self.page_count.pages or self.page
        draw_footer(
            canvas,
            self.pagesize,
            _MARGIN,
            self.styles.primary,
            left=self.cluster_name,
            page_number=WORDING["page_of"].format(page=self.page, pages=pages),
            marker=WORDING["internal"] if self.internal else "",
            marker_colour=_INTERNAL_RED,
        )


# -- the document ----------------------------------------------------------------------


@dataclass
class _Group:
    key: str
    title: str
    entries: list[DirectoryEntry] = field(default_factory=list)


class MemberDirectoryPdf:
    """The member directory of the cluster as a PDF.

    ``group_by`` is "sector" (organisations without one under "Weitere") or "role"
    (an organisation appears under each of its roles). ``internal`` lists every
    contact, not only those who agreed to the listing, and marks every page
    "INTERN – nicht zur Weitergabe". ``on`` is the day whose members are listed
    (today by default). ``progress(done, total)`` is called while the entries are
    read; when ``cancelled()`` turns true the export stops and raises
    :class:`ExportCancelled`, having written nothing.
    """

    def __init__(
        self,
        db: ClusterDatabase,
        *,
        group_by: str = "sector",
        internal: bool = False,
        paper: str = "A4",
        on: date | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        organisation_ids: list[int] | None = None,
    ) -> None:
        if group_by not in GROUPINGS:
            raise ValueError(f"group_by must be one of {GROUPINGS}, not {group_by!r}")
        self.db = db
        self.group_by = group_by
        self.internal = internal
        self.paper = paper
        self.pagesize = page_size(paper)
        self.on = on or date.today()
        self.progress = progress
        self.cancelled = cancelled
        self.organisation_ids = organisation_ids
        self.count = 0  # organisations in the last document built
        self.pages = 0  # its pages

    # -- public -------------------------------------------------------------------

    def write(self, path: str | os.PathLike[str]) -> int:
        """Build the directory and write it to ``path``; returns the organisations in it.

        Raises ExportError (ExportCancelled when cancelled) and then writes nothing.
        """
        data = self.to_bytes()
        write_file(path, data)
        return self.count

    def to_bytes(self) -> bytes:
        """The PDF document as bytes."""
        try:
            return self._build()
        except ExportError:
            raise
        except Exception as problem:  # reportlab reports layout trouble in many ways
            raise ExportError(
                "The member directory could not be laid out.",
                f"Please report this problem: {type(problem).__name__}: {problem}",
            ) from problem

    # -- building -------------------------------------------------------------------

    def _check_cancelled(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled()

    def _read_groups(self) -> tuple[list[_Group], list[DirectoryEntry]]:
        if self.organisation_ids is not None:
            total = len(self.organisation_ids)
        else:
            total = count_entries(self.db, on=self.on)
        entries: list[DirectoryEntry] = []
        groups: dict[str, _Group] = {}
        other = _Group("", WORDING["other_group"])
        if self.group_by == "role":
            for role in ClusterRole:
                groups[role.value] = _Group(role.value, role.label)
        if self.progress is not None:
            self.progress(0, total)
        for done, entry in enumerate(
            directory_entries(
                self.db,
                internal=self.internal,
                on=self.on,
                organisation_ids=self.organisation_ids,
            ),
            start=1,
        ):
            self._check_cancelled()
            entries.append(entry)
            for key in self._group_keys(entry.organisation):
                if not key:
                    other.entries.append(entry)
                    continue
                group = groups.get(key)
                if group is None:
                    group = groups[key] = _Group(key, key)
                group.entries.append(entry)
            if self.progress is not None:
                self.progress(done, max(total, done))
        ordered = [group for group in groups.values() if group.entries]
        if self.group_by == "sector":
            ordered.sort(key=lambda group: sort_key(group.title))
        if other.entries:
            ordered.append(other)
        return ordered, entries

    def _group_keys(self, organisation: Record) -> list[str]:
        if self.group_by == "sector":
            return [plain(organisation.get("sector"))]
        roles = [plain(role) for role in organisation.get("roles") or []]
        known = [role.value for role in ClusterRole if role.value in roles]
        return known or [""]

    def _build(self) -> bytes:
        groups, entries = self._read_groups()
        self._check_cancelled()
        profile = self.db.profile()
        styles = make_styles(profile.get("primary_colour"), profile.get("secondary_colour"))
        cluster_name = plain(profile.get("name"))
        page_count = PageCount()
        buffer = io.BytesIO()
        doc = _DirectoryTemplate(
            buffer,
            paper=self.pagesize,
            styles=styles,
            cluster_name=cluster_name,
            internal=self.internal,
            page_count=page_count,
            cancelled=self.cancelled,
        )
        story: list[Flowable] = [page_count]
        story += self._cover(profile, styles, len(entries), doc.width)
        story += [NextPageTemplate("body"), PageBreak()]
        story.append(Paragraph(safe(WORDING["contents"]), styles.heading))
        group_rows = [(index, safe(group.title)) for index, group in enumerate(groups)]
        index_title = safe(WORDING["index"])
        if entries:
            group_rows.append(("index", index_title))
        story.append(_PageList(_GROUP_NOTE, group_rows, styles, page_width=15 * mm))
        story.append(PageBreak())
        if not entries:
            story.append(Paragraph(safe(WORDING["empty"]), styles.body))
        for number, group in enumerate(groups):
            if number:
                story.append(CondPageBreak(40 * mm))
            heading = [
                _Marked(safe(group.title), styles.heading, _GROUP_NOTE, number, plain(group.title)),
                HRFlowable(width="100%", thickness=1.5, color=styles.secondary),
                Spacer(1, 3 * mm),
            ]
            for place, entry in enumerate(group.entries):
                parts = self._entry(entry, styles)
                if place == 0:  # a heading never stands alone at the foot of a page
                    parts = heading + parts
                story.append(KeepTogether(parts))
        if entries:
            story.append(PageBreak())
            story.append(
                _Marked(index_title, styles.heading, _GROUP_NOTE, "index", WORDING["index"])
            )
            ordered = sorted(
                entries, key=lambda entry: (sort_key(entry.name), entry.organisation["id"])
            )
            rows = [(entry.organisation["id"], safe(entry.name)) for entry in ordered]
            story.append(_PageList(_ORG_NOTE, rows, styles, page_width=30 * mm))
        doc.multiBuild(story, maxPasses=6)
        self.count = len(entries)
        self.pages = doc.page
        return buffer.getvalue()

    def _cover(self, profile: Record, styles: Styles, count: int, width: float) -> list[Flowable]:
        story: list[Flowable] = [Spacer(1, 14 * mm)]
        logo = _logo(profile, max_width=70 * mm, max_height=35 * mm)
        if logo is not None:
            logo.hAlign = "LEFT"
            story += [logo, Spacer(1, 12 * mm)]
        story.append(Paragraph(safe(profile.get("name")) or "&nbsp;", styles.title))
        if profile.get("region"):
            story += [Spacer(1, 3 * mm), Paragraph(safe(profile["region"]), styles.subtitle)]
        story.append(Spacer(1, 14 * mm))
        story.append(HRFlowable(width="100%", thickness=1, color=styles.secondary))
        story.append(Spacer(1, 5 * mm))
        grouping = WORDING["by_sector"] if self.group_by == "sector" else WORDING["by_role"]
        lines = [
            WORDING["as_of"].format(date=german_date(self.on)),
            WORDING["members"].format(count=count) + f" – {grouping}",
        ]
        for line in lines:
            story.append(Paragraph(safe(line), styles.subtitle))
        if self.internal:
            story += [Spacer(1, 18 * mm), Paragraph(safe(WORDING["internal"]), styles.marker)]
        return story

    def _entry(self, entry: DirectoryEntry, styles: Styles) -> list[Flowable]:
        org = entry.organisation
        parts: list[Flowable] = [
            _Marked(f"<b>{safe(entry.name)}</b>", styles.entry_name, _ORG_NOTE, org["id"])
        ]
        meta = [vocabulary_text(OrganisationKind, org.get("kind"))]
        if org.get("size_class"):
            meta.append(vocabulary_text(SizeClass, org["size_class"]))
        if self.group_by == "role" and org.get("sector"):
            meta.append(plain(org["sector"]))
        parts.append(Paragraph(" · ".join(safe(item) for item in meta if item), styles.muted))
        lines = _address(org)
        reach = [
            plain(org.get("website")),
            plain(org.get("email")),
            format_phone(plain(org.get("phone"))),
        ]
        reach_line = " · ".join(safe(item) for item in reach if item)
        block = "<br/>".join([safe(line) for line in lines] + ([reach_line] if reach_line else []))
        if block:
            parts.append(Paragraph(block, styles.body))
        if org.get("description") and plain(org["description"]):
            parts.append(Spacer(1, 1.5 * mm))
            parts.append(Paragraph(safe(org["description"], line_breaks=True), styles.body))
        if entry.products:
            parts.append(Paragraph(safe(WORDING["products"]), styles.label))
            for product in entry.products:
                text = f"• {safe(product.get('name'))}"
                if product.get("category") and plain(product["category"]):
                    text += f" – {safe(product['category'])}"
                parts.append(Paragraph(text, styles.item))
        if entry.contacts:
            parts.append(Paragraph(safe(WORDING["contacts"]), styles.label))
            for contact in entry.contacts:
                parts.append(Paragraph(_contact(contact), styles.item))
        parts.append(Spacer(1, 2 * mm))
        parts.append(HRFlowable(width="100%", thickness=0.3, color=colors.HexColor("#BBBBBB")))
        parts.append(Spacer(1, 3 * mm))
        return parts


def _address(org: Record) -> list[str]:
    """German postal order: street, then postcode and city, then the country abroad."""
    lines = []
    if plain(org.get("street")):
        lines.append(plain(org["street"]))
    town = " ".join(part for part in (plain(org.get("postcode")), plain(org.get("city"))) if part)
    if town:
        lines.append(town)
    country = plain(org.get("country")).upper()
    if country and country != "DE":
        lines.append(country)
    return lines


def _contact(contact: Record) -> str:
    salutation = vocabulary_text(Salutation, contact.get("salutation") or "")
    if not contact.get("salutation"):
        salutation = ""
    name = " ".join(
        part
        for part in (
            salutation,
            plain(contact.get("title")),
            plain(contact.get("first_name")),
            plain(contact.get("last_name")),
        )
        if part
    )
    text = f"<b>{safe(name)}</b>"
    if plain(contact.get("position")):
        text += f", {safe(contact['position'])}"
    reach = [plain(contact.get("email")), format_phone(plain(contact.get("phone")))]
    if contact.get("mobile"):
        reach.append(f"{WORDING['mobile']} {format_phone(plain(contact['mobile']))}")
    reach_line = " · ".join(safe(item) for item in reach if item)
    if reach_line:
        text += f"<br/>{reach_line}"
    return text


def _logo(profile: Record, *, max_width: float, max_height: float) -> Image | None:
    """The cluster's PNG or JPEG logo scaled to fit, or None (none, SVG, or unreadable)."""
    data = profile.get("logo")
    if not data or profile.get("logo_mime_type") not in ("image/png", "image/jpeg", None):
        return None
    try:
        width, height = ImageReader(io.BytesIO(bytes(data))).getSize()
        if width <= 0 or height <= 0:
            return None
        scale = min(max_width / width, max_height / height)
        return Image(io.BytesIO(bytes(data)), width=width * scale, height=height * scale)
    except Exception:  # a damaged logo must not stop the directory
        return None
