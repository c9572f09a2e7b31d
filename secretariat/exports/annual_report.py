"""The cluster's annual report: its year in figures, with a table and a chart each.

:class:`AnnualReportPdf` lays out, for one calendar year, a cover in the cluster's
colours ("Jahresbericht 2026") and a page of key figures, then one section each for
the members at the end of the year (by kind, by cluster role, by size class), the
members who joined and left, the events held (by type), the participants and the
organisations reached, the interactions (by kind), the projects running (with their
funding) and the stories published (by channel). The figures come from
:class:`~secretariat.store.reporting.ReportingStore`; a year without data still gives
a valid report that says so.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from secretariat.domain.enums import (
    Channel,
    ClusterRole,
    EventType,
    InteractionKind,
    OrganisationKind,
    ProjectStatus,
    SizeClass,
)
from secretariat.domain.fields import Record
from secretariat.exports import laid_out, write_file
from secretariat.exports.language import (
    DEFAULT_LANGUAGE,
    Wording,
    checked,
    format_date,
    format_money,
    format_number,
    vocabulary_label,
)
from secretariat.exports.pdf_style import (
    FONT,
    Styles,
    page_size,
    plain,
    profile_styles,
    safe,
)
from secretariat.exports.press_release import LetterheadTemplate
from secretariat.store import ClusterDatabase

# Every fixed word of the document, in each document language.
WORDING = Wording(
    "annual report",
    {
        "de": {
            "document": "Jahresbericht {year}",
            "period": "Berichtszeitraum: {first} – {last}",
            "key_figures": "Das Jahr {year} in Zahlen",
            "no_data": "Für {year} sind keine Daten erfasst.",
            "none": "Keine Angaben für {year}.",
            "members": "Mitglieder",
            "members_text": "{count} Mitgliedsorganisationen am {day}.",
            "by_kind": "nach Art der Organisation",
            "by_role": "nach Rolle im Cluster (eine Organisation kann mehrere Rollen haben)",
            "by_size": "nach Größenklasse",
            "unknown": "ohne Angabe",
            "members_at_end": "Mitglieder am 31.12.",
            "joined": "Neue Mitglieder",
            "left": "Ausgeschiedene Mitglieder",
            "changes": "Ein- und Austritte",
            "events": "Veranstaltungen",
            "events_held": "Durchgeführte Veranstaltungen",
            "participants": "Teilnehmende",
            "attendances": "Teilnahmen",
            "people": "Teilnehmende Personen",
            "organisations": "Erreichte Organisationen",
            "interactions": "Kontakte und Gespräche",
            "interactions_total": "Kontakte und Gespräche",
            "projects": "Projekte",
            "projects_running": "Laufende Projekte",
            "funding": "Fördervolumen",
            "funding_thousands": "Fördervolumen (Tsd. €)",
            "project": "Projekt",
            "status": "Status",
            "runs": "Laufzeit",
            "stories": "Öffentlichkeitsarbeit",
            "stories_published": "Veröffentlichungen",
            "count": "Anzahl",
            "total": "Summe",
        },
        "en": {
            "document": "Annual Report {year}",
            "period": "Reporting period: {first} – {last}",
            "key_figures": "{year} in figures",
            "no_data": "No data has been recorded for {year}.",
            "none": "Nothing recorded for {year}.",
            "members": "Members",
            "members_text": "{count} member organisations on {day}.",
            "by_kind": "by kind of organisation",
            "by_role": "by cluster role (an organisation may have several roles)",
            "by_size": "by size class",
            "unknown": "not stated",
            "members_at_end": "Members on 31 December",
            "joined": "New members",
            "left": "Members who left",
            "changes": "Members joining and leaving",
            "events": "Events",
            "events_held": "Events held",
            "participants": "Participants",
            "attendances": "Attendances",
            "people": "People who took part",
            "organisations": "Organisations reached",
            "interactions": "Contacts and conversations",
            "interactions_total": "Contacts and conversations",
            "projects": "Projects",
            "projects_running": "Projects running",
            "funding": "Funding",
            "funding_thousands": "Funding (€ thousand)",
            "project": "Project",
            "status": "Status",
            "runs": "Duration",
            "stories": "Public relations",
            "stories_published": "Publications",
            "count": "Count",
            "total": "Total",
        },
    },
)

_PALETTE = ("#1F4E79", "#F2A900", "#4E9A06", "#C4451C", "#6A4C93", "#1B998B", "#8C8C8C")
_GRID = colors.HexColor("#CCCCCC")


def euros(cents: int, language: str = DEFAULT_LANGUAGE) -> str:
    """``1.234.567 €`` / ``€1,234,567`` (whole euros)."""
    return format_money(cents, language, whole=True)


def _counts(
    rows: Sequence[Record], key: str, vocabulary: Any, language: str
) -> list[tuple[str, int]]:
    """(label, count) pairs in the order of the rows; unknown values by their text."""
    pairs = []
    for row in rows:
        value = row.get(key)
        unknown = WORDING[language]["unknown"]
        label = vocabulary_label(vocabulary, value, language) if value else unknown
        pairs.append((label, int(row["count"])))
    return pairs


def _size_order(row: Record) -> int:
    """Micro before small before medium before large; unknown last."""
    values = SizeClass.values()
    value = row.get("size_class")
    return values.index(value) if value in values else len(values)


class AnnualReportPdf:
    """The annual report of the calendar year ``year`` as a PDF, in ``language``
    ("de", the default, or "en")."""

    def __init__(
        self,
        db: ClusterDatabase,
        year: int,
        *,
        paper: str = "A4",
        language: str = DEFAULT_LANGUAGE,
    ) -> None:
        if not 1900 <= int(year) <= 9999:
            raise ValueError(f"year must be between 1900 and 9999, not {year!r}")
        self.language = checked(language)
        self.words = WORDING[language]
        self.db = db
        self.year = int(year)
        self.first = date(self.year, 1, 1)
        self.last = date(self.year, 12, 31)
        self.pagesize = page_size(paper)
        self.pages = 0

    def write(self, path: str | os.PathLike[str]) -> int:
        """Build the report and write it to ``path``; returns its pages.

        Raises ExportError and then writes nothing."""
        write_file(path, self.to_bytes())
        return self.pages

    def to_bytes(self) -> bytes:
        """The PDF document as bytes."""
        return laid_out(self._build, "annual report")

    # -- the figures -------------------------------------------------------------

    def figures(self) -> dict[str, Any]:
        """Every figure of the report, read from the store."""
        reporting = self.db.reporting
        first, last = self.first.isoformat(), self.last.isoformat()
        projects = reporting.projects_running(first, last)
        language = self.language
        return {
            "members": reporting.member_count(last),
            "by_kind": _counts(reporting.members_by_kind(last), "kind", OrganisationKind, language),
            "by_role": _counts(reporting.members_by_role(last), "role", ClusterRole, language),
            "by_size": _counts(
                sorted(reporting.members_by_size(last), key=_size_order),
                "size_class",
                SizeClass,
                language,
            ),
            "joined": reporting.members_joined(first, last),
            "left": reporting.members_left(first, last),
            "events": _counts(
                reporting.events_held_by_type(first, last), "event_type", EventType, language
            ),
            "participation": reporting.participation(first, last),
            "interactions": _counts(
                reporting.interactions_by_kind(first, last), "kind", InteractionKind, language
            ),
            "projects": projects,
            "funding": sum(int(p.get("funding_cents") or 0) for p in projects),
            "stories": _counts(
                reporting.stories_published_by_channel(first, last), "channel", Channel, language
            ),
        }

    # -- building -----------------------------------------------------------------

    def _build(self) -> bytes:
        profile = self.db.profile()
        styles = profile_styles(profile)
        self._styles = styles
        buffer = io.BytesIO()
        doc = LetterheadTemplate(
            buffer,
            paper=self.pagesize,
            styles=styles,
            profile=profile,
            title=self.words["document"].format(year=self.year),
            band=70 * mm,
            language=self.language,
        )
        self._width = doc.width
        story = self._cover(profile, styles)
        story += self._sections(self.figures(), styles)
        self.pages = doc.build_story(story)
        return buffer.getvalue()

    def _cover(self, profile: Record, styles: Styles) -> list[Flowable]:
        story: list[Flowable] = [NextPageTemplate("later"), Spacer(1, 20 * mm)]
        story.append(Paragraph(safe(self.words["document"].format(year=self.year)), styles.title))
        story.append(Spacer(1, 4 * mm))
        if plain(profile.get("name")):
            story.append(Paragraph(safe(profile["name"]), styles.subtitle))
        if plain(profile.get("region")):
            story.append(Paragraph(safe(profile["region"]), styles.subtitle))
        story += [
            Spacer(1, 10 * mm),
            HRFlowable(width="100%", thickness=1, color=styles.secondary),
            Spacer(1, 4 * mm),
        ]
        period = self.words["period"].format(
            first=format_date(self.first, self.language),
            last=format_date(self.last, self.language),
        )
        story.append(Paragraph(safe(period), styles.subtitle))
        return story

    def _sections(self, figures: dict[str, Any], styles: Styles) -> list[Flowable]:
        year = self.year
        participation = figures["participation"]
        events_total = sum(count for _label_, count in figures["events"])
        interactions_total = sum(count for _label_, count in figures["interactions"])
        stories_total = sum(count for _label_, count in figures["stories"])
        key_rows = [
            (self.words["members_at_end"], self._number(figures["members"])),
            (self.words["joined"], self._number(figures["joined"])),
            (self.words["left"], self._number(figures["left"])),
            (self.words["events_held"], self._number(events_total)),
            (self.words["attendances"], self._number(participation["attendances"])),
            (self.words["people"], self._number(participation["people"])),
            (self.words["organisations"], self._number(participation["organisations"])),
            (self.words["interactions_total"], self._number(interactions_total)),
            (self.words["projects_running"], self._number(len(figures["projects"]))),
            (self.words["funding"], euros(figures["funding"], self.language)),
            (self.words["stories_published"], self._number(stories_total)),
        ]
        empty = not (
            figures["members"]
            or figures["joined"]
            or figures["left"]
            or events_total
            or participation["attendances"]
            or interactions_total
            or figures["projects"]
            or stories_total
        )
        story: list[Flowable] = [PageBreak()]
        story += self._heading(self.words["key_figures"].format(year=year))
        if empty:
            story.append(Paragraph(safe(self.words["no_data"].format(year=year)), styles.body))
            story.append(Spacer(1, 4 * mm))
        story.append(self._table(key_rows))

        # members
        story += self._section_break()
        story += self._heading(self.words["members"])
        day = format_date(self.last, self.language)
        count = format_number(figures["members"], self.language)
        story.append(
            Paragraph(safe(self.words["members_text"].format(count=count, day=day)), styles.body)
        )
        story += self._part(self.words["by_kind"], figures["by_kind"], chart="pie")
        story += self._part(self.words["by_role"], figures["by_role"])
        story += self._part(self.words["by_size"], figures["by_size"])
        changes = [(self.words["joined"], figures["joined"]), (self.words["left"], figures["left"])]
        story += self._part(self.words["changes"], changes, always=True)

        # events and participants
        story += self._section_break()
        story += self._heading(self.words["events"])
        story += self._part(self.words["events_held"], figures["events"], total=True)
        reach = [
            (self.words["attendances"], participation["attendances"]),
            (self.words["people"], participation["people"]),
            (self.words["organisations"], participation["organisations"]),
        ]
        story += self._part(self.words["participants"], reach, always=True)

        # interactions
        story += self._section_break()
        story += self._heading(self.words["interactions"])
        story += self._part(self.words["interactions_total"], figures["interactions"], total=True)

        # projects
        story += self._section_break()
        story += self._heading(self.words["projects"])
        story += self._projects(figures["projects"], figures["funding"])

        # stories
        story += self._section_break()
        story += self._heading(self.words["stories"])
        story += self._part(self.words["stories_published"], figures["stories"], total=True)
        return story

    # -- pieces ---------------------------------------------------------------------

    def _number(self, value: int) -> str:
        return format_number(value, self.language)

    def _section_break(self) -> list[Flowable]:
        return [CondPageBreak(120 * mm), Spacer(1, 6 * mm)]

    def _heading(self, text: str) -> list[Flowable]:
        styles = self._styles
        return [
            Paragraph(safe(text), styles.heading),
            HRFlowable(width="100%", thickness=1.5, color=styles.secondary, spaceAfter=3 * mm),
        ]

    def _part(
        self,
        title: str,
        pairs: list[tuple[str, int]],
        *,
        chart: str = "bar",
        total: bool = False,
        always: bool = False,
    ) -> list[Flowable]:
        """A sub-heading, a table of (label, count) and a chart beside it."""
        styles = self._styles
        parts: list[Flowable] = [Paragraph(safe(title), styles.label), Spacer(1, 1 * mm)]
        if not pairs or (not always and not any(count for _label_, count in pairs)):
            parts.append(Paragraph(safe(self.words["none"].format(year=self.year)), styles.muted))
            return [KeepTogether(parts), Spacer(1, 4 * mm)]
        rows = [(label, self._number(count)) for label, count in pairs]
        if total:
            rows.append((self.words["total"], self._number(sum(c for _label_, c in pairs))))
        table = self._table(rows, width=self._width * 0.42)
        drawing: Flowable
        if any(count for _label_, count in pairs):
            drawing = (
                pie_chart(pairs, self._width * 0.55)
                if chart == "pie"
                else bar_chart(pairs, self._width * 0.55, self._styles.primary)
            )
        else:
            drawing = Spacer(1, 1)
        side = Table(
            [[table, drawing]],
            colWidths=(self._width * 0.45, self._width * 0.55),
            style=TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
        )
        parts.append(side)
        return [KeepTogether(parts), Spacer(1, 5 * mm)]

    def _table(
        self,
        rows: list[tuple[str, str]],
        *,
        width: float | None = None,
    ) -> Table:
        styles = self._styles
        width = width or self._width * 0.7
        data = [
            [Paragraph(safe(label), styles.body), Paragraph(safe(value), styles.page_number)]
            for label, value in rows
        ]
        table = Table(data, colWidths=(width * 0.72, width * 0.28), hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, _GRID),
                ]
            )
        )
        return table

    def _projects(self, projects: list[Record], funding: int) -> list[Flowable]:
        styles = self._styles
        parts: list[Flowable] = [
            Paragraph(safe(self.words["projects_running"]), styles.label),
            Spacer(1, 1 * mm),
        ]
        if not projects:
            parts.append(Paragraph(safe(self.words["none"].format(year=self.year)), styles.muted))
            return parts
        head = [
            self.words["project"],
            self.words["status"],
            self.words["runs"],
            self.words["funding"],
        ]
        data: list[list[Any]] = [[Paragraph(f"<b>{safe(text)}</b>", styles.small) for text in head]]
        for project in projects:
            runs = " – ".join(
                format_date(date.fromisoformat(project[key]), self.language)
                for key in ("starts_on", "ends_on")
                if project.get(key)
            )
            data.append(
                [
                    Paragraph(safe(project.get("name")), styles.small),
                    Paragraph(
                        safe(vocabulary_label(ProjectStatus, project.get("status"), self.language)),
                        styles.small,
                    ),
                    Paragraph(safe(runs), styles.small),
                    Paragraph(
                        safe(euros(int(project.get("funding_cents") or 0), self.language)),
                        styles.small,
                    ),
                ]
            )
        data.append(
            [
                Paragraph(f"<b>{safe(self.words['total'])}</b>", styles.small),
                Paragraph(safe(str(len(projects))), styles.small),
                Paragraph("", styles.small),
                Paragraph(f"<b>{safe(euros(funding, self.language))}</b>", styles.small),
            ]
        )
        width = self._width
        table = Table(
            data,
            colWidths=(width * 0.40, width * 0.14, width * 0.26, width * 0.20),
            repeatRows=1,
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, _GRID),
                    ("LINEBELOW", (0, 0), (-1, 0), 1, styles.primary),
                ]
            )
        )
        parts.append(table)
        with_funding = [
            (plain(p.get("name")), round(int(p.get("funding_cents") or 0) / 100_000))
            for p in projects
            if p.get("funding_cents")
        ][:12]
        if with_funding:
            parts.append(Spacer(1, 4 * mm))
            parts.append(Paragraph(safe(self.words["funding_thousands"]), styles.label))
            parts.append(bar_chart(with_funding, width, styles.secondary))
        return parts


# -- charts -------------------------------------------------------------------------


def _drawing(width: float, height: float) -> Drawing:
    """An empty drawing whose text state starts in the embedded font (reportlab's
    renderer would otherwise select Helvetica and the PDF would list it)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT
    drawing.initialFontSize = 7
    return drawing


def _nice_step(top: float) -> int:
    """A whole step of 1, 2 or 5 times a power of ten giving at most 5 to 6 lines."""
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            if top / (factor * magnitude) <= 5:
                return factor * magnitude
        magnitude *= 10


def _short(text: str, length: int = 26) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def bar_chart(
    pairs: list[tuple[str, float]], width: float, colour: colors.Color, *, decimals: int = 0
) -> Drawing:
    """A vertical bar chart of (label, value), every text in the embedded font."""
    height = 58 * mm
    drawing = _drawing(width, height)
    chart = VerticalBarChart()
    chart.x = 10 * mm
    chart.y = 22 * mm
    chart.width = width - 14 * mm
    chart.height = height - 28 * mm
    values = [float(value) for _label_, value in pairs]
    chart.data = [values]
    chart.bars[0].fillColor = colour
    chart.bars[0].strokeColor = None
    chart.barSpacing = 2
    chart.groupSpacing = 6
    top = max(values) if values else 1
    chart.valueAxis.valueMin = 0
    if decimals == 0:
        step = _nice_step(top)
        chart.valueAxis.valueStep = step
        chart.valueAxis.valueMax = max(step, step * -(-int(top) // step))
        chart.valueAxis.labelTextFormat = "%d"
    else:
        chart.valueAxis.valueMax = top * 1.15 or 1
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.gridStrokeColor = _GRID
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.strokeColor = _GRID
    chart.categoryAxis.categoryNames = [_short(label) for label, _value in pairs]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 30
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.categoryAxis.labels.dx = 2
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = _GRID
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    chart.barLabelFormat = "%d" if decimals == 0 else f"%.{decimals}f"
    drawing.add(chart)
    return drawing


def pie_chart(pairs: list[tuple[str, int]], width: float) -> Drawing:
    """A pie of (label, count) with a legend in the embedded font."""
    height = 58 * mm
    drawing = _drawing(width, height)
    shown = [(label, count) for label, count in pairs if count]
    pie = Pie()
    size = min(height - 10 * mm, width * 0.45)
    pie.x = 4 * mm
    pie.y = (height - size) / 2
    pie.width = pie.height = size
    pie.data = [count for _label_, count in shown]
    pie.labels = [str(count) for _label_, count in shown]
    pie.simpleLabels = 1
    pie.slices.fontName = FONT
    pie.slices.fontSize = 7
    pie.slices.labelRadius = 0.7
    pie.slices.fontColor = colors.white
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.8
    for index in range(len(shown)):
        pie.slices[index].fillColor = colors.HexColor(_PALETTE[index % len(_PALETTE)])
    drawing.add(pie)
    x = pie.x + size + 6 * mm
    y = height - 8 * mm
    for index, (label, count) in enumerate(shown):
        drawing.add(
            Rect(
                x,
                y - 1,
                7,
                7,
                fillColor=colors.HexColor(_PALETTE[index % len(_PALETTE)]),
                strokeColor=None,
            )
        )
        drawing.add(String(x + 10, y, f"{_short(label, 26)}: {count}", fontName=FONT, fontSize=7))
        y -= 11
    return drawing
