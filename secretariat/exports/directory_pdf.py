"""The member directory as a printable PDF.

:class:`MemberDirectoryPdf` lays out what :func:`~secretariat.exports.directory_data.
directory_entries` yields: a cover in the cluster's colours (with its logo, the date
and, for an internal list, "INTERN – nicht zur Weitergabe"), a table of contents,
the member organisations grouped by sector or by cluster role (an organisation with
several roles appears under each), and an alphabetical index with page numbers.
Every page has "Seite 3 von 12" and the cluster's name in its footer, and the
internal marker when the list is internal.

The layout runs in one pass over a story read from the database as it goes; the page
numbers of the contents and the page count in the footers are filled in at the end.
The document is written in German or English (``language``): its words are in
:data:`WORDING`, dates and vocabulary labels come from
:mod:`secretariat.exports.language`.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator
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

from secretariat.domain.enums import ClusterRole, OrganisationKind, Salutation, SizeClass
from secretariat.domain.fields import Record
from secretariat.domain.text import alphabetical_key
from secretariat.domain.validation import format_phone
from secretariat.exports import ExportCancelled, laid_out, write_file
from secretariat.exports.directory_data import PAGE, DirectoryEntry, directory_entries
from secretariat.exports.language import (
    COMMON,
    DEFAULT_LANGUAGE,
    Wording,
    checked,
    format_date,
    format_number,
    vocabulary_label,
)
from secretariat.exports.pdf_style import (
    DOCUMENT_DEFAULTS,
    FONT,
    FONT_BOLD,
    WAIT_FOR_LAYOUT,
    LateText,
    StoryStream,
    Styles,
    draw_footer,
    draw_top_band,
    page_size,
    plain,
    profile_styles,
    safe,
)
from secretariat.store import ClusterDatabase

# Every fixed word of the document, in each document language.
WORDING = Wording(
    "directory",
    {
        "de": {
            "document": "Mitgliederverzeichnis",
            "as_of": "Stand: {date}",
            "members": "{count} Mitgliedsorganisationen",
            "contents": "Inhalt",
            "index": "Verzeichnis der Organisationen",
            "other_group": "Weitere",
            "products": "Produkte und Leistungen",
            "contacts": "Ansprechpartner",
            "mobile": "mobil",
            "by_sector": "nach Branche",
            "by_role": "nach Rolle im Cluster",
            "empty": "Zurzeit sind keine Mitgliedsorganisationen eingetragen.",
        },
        "en": {
            "document": "Member Directory",
            "as_of": "As of {date}",
            "members": "{count} member organisations",
            "contents": "Contents",
            "index": "Index of organisations",
            "other_group": "Other",
            "products": "Products and services",
            "contacts": "Contacts",
            "mobile": "mobile",
            "by_sector": "by sector",
            "by_role": "by cluster role",
            "empty": "There are no member organisations at present.",
        },
    },
)

GROUPINGS = ("sector", "role")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

_MARGIN = 18 * mm
_FOOTER = 12 * mm
_BAND = 42 * mm
_INTERNAL_RED = colors.HexColor("#B00020")
_INDEX_LINES = 40  # lines of the index per table


# -- the page numbers of the contents and the index ---------------------------------


class _PageSlot(Flowable):
    """The page cell of a contents line: its pages are filled in when the document
    ends (see :class:`~secretariat.exports.pdf_style.LateText`), so the contents,
    which comes first, needs no second layout pass."""

    def __init__(self, late: LateText, name: str, pages: Callable[[], str], style: Any) -> None:
        super().__init__()
        self._late = late
        self._name = name
        self._pages = pages
        self._style = style

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, self._style.leading

    def draw(self) -> None:
        style = self._style
        self._late.place(
            self.canv,
            self._name,
            self.width,
            style.leading - style.fontSize,  # where a Paragraph puts its first baseline
            self._pages,
            font=style.fontName,
            size=style.fontSize,
            colour=style.textColor,
            width=self.width,
        )


def _page_table(rows: list[list[Flowable]], width: float, page_width: float) -> Table:
    """Lines of "text … pages" for the contents and the index."""
    table = Table(rows, colWidths=(width - page_width, page_width))
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


# -- the document template -----------------------------------------------------------


class _Text(Paragraph):
    """A Paragraph that breaks its lines once per width.

    Every entry is kept together on a page, so reportlab wraps its paragraphs once to
    measure the entry and again as it places them: the second time gets the lines of
    the first. A split (the paragraph did not fit) forgets them, as reportlab expects.
    """

    _wrapped: tuple[float, tuple[float, float]] | None = None  # width, (width, height)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        known = self._wrapped
        if known is not None and known[0] == availWidth and hasattr(self, "blPara"):
            return known[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self._wrapped = None
        return super().split(availWidth, availHeight)


class _Marked(_Text):
    """A paragraph that notes on which page it landed (for the contents or the index)."""

    def __init__(self, text: str, style: Any, key: Any, outline: str = "") -> None:
        super().__init__(text, style)
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
        cancelled: Cancelled | None,
        words: dict[str, str],
    ) -> None:
        self.words = words
        super().__init__(
            buffer,
            pagesize=paper,
            leftMargin=_MARGIN,
            rightMargin=_MARGIN,
            topMargin=_MARGIN,
            bottomMargin=_MARGIN + _FOOTER,
            title=f"{words['document']} – {cluster_name}".strip(" –"),
            author=cluster_name,
            **DOCUMENT_DEFAULTS,
        )
        self.styles = styles
        self.cluster_name = cluster_name
        self.internal = internal
        self.cancelled = cancelled
        self.late = LateText()
        self.pages_of: dict[Any, list[int]] = {}  # key of a _Marked → its pages
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

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802
        if not isinstance(flowable, _Marked):
            return
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled()
        pages = self.pages_of.setdefault(flowable.key, [])
        if self.page not in pages:
            pages.append(self.page)
        if flowable.outline:
            name = f"group{len(self.pages_of)}"
            self.canv.bookmarkPage(name)
            self.canv.addOutlineEntry(flowable.outline, name, level=0)

    def pages_text(self, key: Any) -> str:
        return ", ".join(str(page) for page in self.pages_of.get(key, [])) or "–"

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
        canvas.drawString(_MARGIN, height - _BAND + 14 * mm, self.words["document"])
        canvas.restoreState()
        self._draw_footer(canvas)

    def _draw_page(self, canvas: Any, doc: BaseDocTemplate) -> None:
        draw_top_band(canvas, self.pagesize, self.styles.primary)
        self._draw_footer(canvas)

    def _draw_footer(self, canvas: Any) -> None:
        draw_footer(
            canvas,
            self.pagesize,
            _MARGIN,
            self.styles.primary,
            left=self.cluster_name,
            page=self.page,
            late=self.late,
            page_wording=self.words["page_of"],
            marker=self.words["internal"] if self.internal else "",
            marker_colour=_INTERNAL_RED,
        )


# -- the document ----------------------------------------------------------------------


@dataclass
class _Group:
    key: str
    title: str
    ids: list[int] = field(default_factory=list)  # its organisations, by name


class MemberDirectoryPdf:
    """The member directory of the cluster as a PDF.

    ``group_by`` is "sector" (organisations without one under "Weitere") or "role"
    (an organisation appears under each of its roles). ``internal`` lists every
    contact, not only those who agreed to the listing, and marks every page
    "INTERN – nicht zur Weitergabe". ``language`` is "de" (default) or "en". ``on``
    is the day whose members are listed
    (today by default). ``progress(done, total)`` is called as the organisations are
    laid out; when ``cancelled()`` turns true the export stops and raises
    :class:`ExportCancelled`, having written nothing.

    The document is laid out in one pass over a story that reads the organisations a
    few hundred at a time (:class:`~secretariat.exports.pdf_style.StoryStream`), so
    memory stays flat however big the cluster: the page numbers of the contents and
    the footers' page count are filled in when the last page is done, the index is
    made after the last organisation has found its page.
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
        language: str = DEFAULT_LANGUAGE,
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
        self.language = checked(language)
        self.words = {**COMMON[language], **WORDING[language]}
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
        return laid_out(self._build, "member directory")

    # -- building -------------------------------------------------------------------

    def _check_cancelled(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled()

    def _read_outline(self) -> tuple[list[_Group], list[Record]]:
        """The groups with their organisations' ids, and (id, name) of every one."""
        outline = self.db.reporting.directory_outline(self.on.isoformat(), self.organisation_ids)
        groups: dict[str, _Group] = {}
        other = _Group("", self.words["other_group"])
        if self.group_by == "role":
            for role in ClusterRole:
                label = vocabulary_label(ClusterRole, role.value, self.language)
                groups[role.value] = _Group(role.value, label)
        for organisation in outline:
            for key in self._group_keys(organisation):
                if not key:
                    other.ids.append(organisation["id"])
                    continue
                group = groups.get(key)
                if group is None:
                    group = groups[key] = _Group(key, key)
                group.ids.append(organisation["id"])
        ordered = [group for group in groups.values() if group.ids]
        if self.group_by == "sector":
            ordered.sort(key=lambda group: alphabetical_key(group.title))
        if other.ids:
            ordered.append(other)
        return ordered, outline

    def _group_keys(self, organisation: Record) -> list[str]:
        if self.group_by == "sector":
            return [plain(organisation.get("sector"))]
        roles = [plain(role) for role in (organisation.get("roles") or "").split(",")]
        known = [role.value for role in ClusterRole if role.value in roles]
        return known or [""]

    def _build(self) -> bytes:
        groups, outline = self._read_outline()
        self._check_cancelled()
        profile = self.db.profile()
        styles = profile_styles(profile)
        buffer = io.BytesIO()
        doc = _DirectoryTemplate(
            buffer,
            paper=self.pagesize,
            styles=styles,
            cluster_name=plain(profile.get("name")),
            internal=self.internal,
            cancelled=self.cancelled,
            words=self.words,
        )
        story = StoryStream(self._story(doc, profile, styles, groups, outline))
        doc.build(story, canvasmaker=doc.late.canvasmaker())
        self.count = len(outline)
        self.pages = doc.page
        return buffer.getvalue()

    def _story(
        self,
        doc: _DirectoryTemplate,
        profile: Record,
        styles: Styles,
        groups: list[_Group],
        outline: list[Record],
    ) -> Iterator[Any]:
        """The flowables in order, the organisations read a page of rows at a time."""
        yield from self._cover(profile, styles, len(outline), doc.width)
        yield from (NextPageTemplate("body"), PageBreak())
        yield from self._contents(doc, styles, groups, has_index=bool(outline))
        yield PageBreak()
        if not outline:
            yield _Text(safe(self.words["empty"]), styles.body)
            return
        total = sum(len(group.ids) for group in groups)
        done = 0
        if self.progress is not None:
            self.progress(0, total)
        for number, group in enumerate(groups):
            if number:
                yield CondPageBreak(40 * mm)
            heading = [
                _Marked(safe(group.title), styles.heading, ("group", number), plain(group.title)),
                HRFlowable(width="100%", thickness=1.5, color=styles.secondary),
                Spacer(1, 3 * mm),
            ]
            for start in range(0, len(group.ids), PAGE):
                self._check_cancelled()
                for entry in directory_entries(
                    self.db,
                    internal=self.internal,
                    on=self.on,
                    organisation_ids=group.ids[start : start + PAGE],
                ):
                    parts = self._entry(entry, styles)
                    if done == 0 or heading:  # a heading never stands alone at a page's foot
                        parts, heading = heading + parts, []
                    yield KeepTogether(parts)
                    done += 1
                    if self.progress is not None:
                        self.progress(done, total)
        yield PageBreak()
        index_title = safe(self.words["index"])
        yield _Marked(index_title, styles.heading, ("group", "index"), self.words["index"])
        yield WAIT_FOR_LAYOUT  # the index needs the page of every organisation
        yield from self._index(doc, styles, outline)

    def _contents(
        self, doc: _DirectoryTemplate, styles: Styles, groups: list[_Group], *, has_index: bool
    ) -> list[Flowable]:
        lines = [(("group", number), group.title) for number, group in enumerate(groups)]
        if has_index:
            lines.append((("group", "index"), self.words["index"]))
        rows = [
            [
                _Text(safe(title), styles.toc_entry),
                _PageSlot(
                    doc.late,
                    f"contents_{index}",
                    lambda key=key: doc.pages_text(key),
                    styles.page_number,
                ),
            ]
            for index, (key, title) in enumerate(lines)
        ]
        if not rows:  # a Table needs a row
            rows = [[_Text("", styles.toc_entry), _Text("", styles.page_number)]]
        return [
            _Text(safe(self.words["contents"]), styles.heading),
            _page_table(rows, doc.width, 15 * mm),
        ]

    def _index(
        self, doc: _DirectoryTemplate, styles: Styles, outline: list[Record]
    ) -> Iterator[Flowable]:
        """The alphabetical index, in tables of a few dozen lines (a single table of
        thousands of lines would be split page by page at quadratic cost)."""
        ordered = sorted(outline, key=lambda row: (alphabetical_key(row["name"]), row["id"]))
        for start in range(0, len(ordered), _INDEX_LINES):
            rows = [
                [
                    _Text(safe(row["name"]), styles.toc_entry),
                    _Text(doc.pages_text(row["id"]), styles.page_number),
                ]
                for row in ordered[start : start + _INDEX_LINES]
            ]
            yield _page_table(rows, doc.width, 30 * mm)

    def _cover(self, profile: Record, styles: Styles, count: int, width: float) -> list[Flowable]:
        story: list[Flowable] = [Spacer(1, 14 * mm)]
        logo = _logo(profile, max_width=70 * mm, max_height=35 * mm)
        if logo is not None:
            logo.hAlign = "LEFT"
            story += [logo, Spacer(1, 12 * mm)]
        story.append(_Text(safe(profile.get("name")) or "&nbsp;", styles.title))
        if profile.get("region"):
            story += [Spacer(1, 3 * mm), _Text(safe(profile["region"]), styles.subtitle)]
        story.append(Spacer(1, 14 * mm))
        story.append(HRFlowable(width="100%", thickness=1, color=styles.secondary))
        story.append(Spacer(1, 5 * mm))
        grouping = self.words["by_sector"] if self.group_by == "sector" else self.words["by_role"]
        lines = [
            self.words["as_of"].format(date=format_date(self.on, self.language)),
            self.words["members"].format(count=format_number(count, self.language))
            + f" – {grouping}",
        ]
        for line in lines:
            story.append(_Text(safe(line), styles.subtitle))
        if self.internal:
            story += [Spacer(1, 18 * mm), _Text(safe(self.words["internal"]), styles.marker)]
        return story

    def _entry(self, entry: DirectoryEntry, styles: Styles) -> list[Flowable]:
        org = entry.organisation
        parts: list[Flowable] = [
            _Marked(f"<b>{safe(entry.name)}</b>", styles.entry_name, org["id"])
        ]
        meta = [vocabulary_label(OrganisationKind, org.get("kind"), self.language)]
        if org.get("size_class"):
            meta.append(vocabulary_label(SizeClass, org["size_class"], self.language))
        if self.group_by == "role" and org.get("sector"):
            meta.append(plain(org["sector"]))
        parts.append(_Text(" · ".join(safe(item) for item in meta if item), styles.muted))
        lines = _address(org)
        reach = [
            plain(org.get("website")),
            plain(org.get("email")),
            format_phone(plain(org.get("phone"))),
        ]
        reach_line = " · ".join(safe(item) for item in reach if item)
        block = "<br/>".join([safe(line) for line in lines] + ([reach_line] if reach_line else []))
        if block:
            parts.append(_Text(block, styles.body))
        if org.get("description") and plain(org["description"]):
            parts.append(Spacer(1, 1.5 * mm))
            parts.append(_Text(safe(org["description"], line_breaks=True), styles.body))
        if entry.products:
            parts.append(_Text(safe(self.words["products"]), styles.label))
            for product in entry.products:
                text = f"• {safe(product.get('name'))}"
                if product.get("category") and plain(product["category"]):
                    text += f" – {safe(product['category'])}"
                parts.append(_Text(text, styles.item))
        if entry.contacts:
            parts.append(_Text(safe(self.words["contacts"]), styles.label))
            for contact in entry.contacts:
                parts.append(_Text(_contact(contact, self.language), styles.item))
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


def _contact(contact: Record, language: str) -> str:
    salutation = vocabulary_label(Salutation, contact.get("salutation") or "", language)
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
        reach.append(f"{WORDING[language]['mobile']} {format_phone(plain(contact['mobile']))}")
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
