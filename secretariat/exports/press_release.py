"""A story of the cluster as a press release on the cluster's letterhead.

:class:`PressReleasePdf` prints one story: a letterhead band in the cluster's
primary colour with its name and logo, "Pressemitteilung" ("Press release" in
English, ``language="en"``) and the date (the day
the story was published, else today), the title as headline, the body text (one
paragraph per blank-line-separated block), a boilerplate "Über …" paragraph built
from the cluster profile, and a press contact line naming the cluster (no personal
data). Every page has "Seite x von y" in its footer.

The letterhead template here (:class:`LetterheadTemplate`) is shared with the
annual report (:mod:`secretariat.exports.annual_report`).
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
)
from reportlab.platypus.flowables import HRFlowable

from secretariat.domain.enums import LifeCycleStage
from secretariat.domain.fields import Record
from secretariat.exports import laid_out, write_file
from secretariat.exports.language import (
    COMMON,
    DEFAULT_LANGUAGE,
    GERMAN_LABELS,
    Wording,
    checked,
    format_long_date,
    format_number,
)
from secretariat.exports.pdf_style import (
    DOCUMENT_DEFAULTS,
    FONT_BOLD,
    LateText,
    Styles,
    draw_footer,
    draw_top_band,
    page_size,
    plain,
    profile_styles,
    safe,
    shorten,
)
from secretariat.store import ClusterDatabase

# Every fixed word of the document, in each document language; "stage_…" is the
# cluster's life-cycle stage as it reads in the boilerplate (in German the
# vocabulary's own label, "Aufbauphase", as on screen).
WORDING = Wording(
    "press release",
    {
        "de": {
            "document": "Pressemitteilung",
            "about": "Über {name}",
            "about_text": (
                "{name} ist ein Unternehmensnetzwerk{region}. Das Cluster befindet sich in der "
                "{stage} und zählt derzeit {members} Mitgliedsorganisationen aus Wirtschaft, "
                "Wissenschaft und Verwaltung."
            ),
            "region": " in der Region {region}",
            "press_contact": "Pressekontakt: Geschäftsstelle {name}",
            **{f"stage_{stage}": label for stage, label in GERMAN_LABELS[LifeCycleStage].items()},
        },
        "en": {
            "document": "Press release",
            "about": "About {name}",
            "about_text": (
                "{name} is a business network{region}. The cluster is in its {stage} and "
                "currently has {members} member organisations from business, research and "
                "public administration."
            ),
            "region": " in the {region} region",
            "press_contact": "Press contact: {name} office",
            f"stage_{LifeCycleStage.POTENTIAL.value}": "start-up phase",
            f"stage_{LifeCycleStage.GROWING.value}": "growth phase",
            f"stage_{LifeCycleStage.MATURE.value}": "mature phase",
        },
    },
)

MARGIN = 20 * mm
FOOTER = 12 * mm
LETTERHEAD = 32 * mm
_BLOCKS = re.compile(r"\n[ \t]*\n")


def long_german_date(day: date) -> str:
    """``29. November 2026``."""
    return format_long_date(day, "de")


def body_paragraphs(text: object) -> list[str]:
    """The body text as Paragraph markup, one item per blank-line-separated block."""
    if text is None:
        return []
    blocks = _BLOCKS.split(str(text).replace("\r\n", "\n").replace("\r", "\n"))
    return [markup for markup in (safe(block, line_breaks=True) for block in blocks) if markup]


def logo_reader(profile: Record) -> ImageReader | None:
    """The cluster's PNG or JPEG logo for drawing on a canvas, or None."""
    data = profile.get("logo")
    if not data or profile.get("logo_mime_type") not in ("image/png", "image/jpeg", None):
        return None
    try:
        reader = ImageReader(io.BytesIO(bytes(data)))
        width, height = reader.getSize()
        return reader if width > 0 and height > 0 else None
    except Exception:  # a damaged logo must not stop the document
        return None


class LetterheadTemplate(BaseDocTemplate):
    """A4 (or Letter) pages: the first with the letterhead band (``band`` high), the
    others with a thin band; every page with the cluster's name and "Seite x von y"."""

    def __init__(
        self,
        buffer: io.BytesIO,
        *,
        paper: tuple[float, float],
        styles: Styles,
        profile: Record,
        title: str,
        band: float = LETTERHEAD,
        band_text: Callable[[], str] | None = None,
        language: str = DEFAULT_LANGUAGE,
    ) -> None:
        self.words = COMMON[checked(language)]
        self.cluster_name = plain(profile.get("name"))
        super().__init__(
            buffer,
            pagesize=paper,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN + FOOTER,
            title=f"{title} – {self.cluster_name}".strip(" –"),
            author=self.cluster_name,
            **DOCUMENT_DEFAULTS,
        )
        self.styles = styles
        self.band = band
        self.logo = logo_reader(profile)
        self.late = LateText()
        width, height = paper
        first = Frame(
            MARGIN,
            MARGIN + FOOTER,
            width - 2 * MARGIN,
            height - band - 3 * mm - 10 * mm - MARGIN - FOOTER,
            id="first",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        later = Frame(
            MARGIN,
            MARGIN + FOOTER,
            width - 2 * MARGIN,
            height - 2 * MARGIN - FOOTER,
            id="later",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate("first", [first], onPage=self._draw_first, autoNextPageTemplate=1),
                PageTemplate("later", [later], onPage=self._draw_later),
            ]
        )

    def build_story(self, story: list[Flowable]) -> int:
        """Lay out ``story`` (one pass: the page count is filled in at the end)."""
        self.build(story, canvasmaker=self.late.canvasmaker())
        return self.page

    def _draw_first(self, canvas: Any, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        band = self.band
        canvas.saveState()
        canvas.setFillColor(self.styles.primary)
        canvas.rect(0, height - band, width, band, stroke=0, fill=1)
        canvas.setFillColor(self.styles.secondary)
        canvas.rect(0, height - band - 3 * mm, width, 3 * mm, stroke=0, fill=1)
        room = width - 2 * MARGIN
        if self.logo is not None:
            box_height = min(band - 10 * mm, 22 * mm)
            logo_width, logo_height = self.logo.getSize()
            scale = min(45 * mm / logo_width, (box_height - 4 * mm) / logo_height)
            w, h = logo_width * scale, logo_height * scale
            box_width = w + 4 * mm
            x = width - MARGIN - box_width
            y = height - band / 2 - box_height / 2
            canvas.setFillColor(colors.white)
            canvas.roundRect(x, y, box_width, box_height, 2 * mm, stroke=0, fill=1)
            canvas.drawImage(self.logo, x + 2 * mm, y + (box_height - h) / 2, w, h, mask="auto")
            room -= box_width + 6 * mm
        canvas.setFillColor(colors.white)
        canvas.setFont(FONT_BOLD, 18)
        name = self.cluster_name or self.words["cluster"]
        canvas.drawString(MARGIN, height - band / 2 + 1 * mm, shorten(name, FONT_BOLD, 18, room))
        canvas.restoreState()
        self._draw_footer(canvas)

    def _draw_later(self, canvas: Any, doc: BaseDocTemplate) -> None:
        draw_top_band(canvas, self.pagesize, self.styles.primary)
        self._draw_footer(canvas)

    def _draw_footer(self, canvas: Any) -> None:
        draw_footer(
            canvas,
            self.pagesize,
            MARGIN,
            self.styles.primary,
            left=self.cluster_name,
            page=self.page,
            late=self.late,
            page_wording=self.words["page_of"],
        )


class PressReleasePdf:
    """The story ``story_id`` as a press release (raises NotFoundError when unknown).

    The date is the story's ``published_on``, else ``today`` (the real today by
    default). ``language`` is "de" (default) or "en".
    """

    def __init__(
        self,
        db: ClusterDatabase,
        story_id: int,
        *,
        paper: str = "A4",
        today: date | None = None,
        language: str = DEFAULT_LANGUAGE,
    ) -> None:
        self.db = db
        self.language = checked(language)
        self.words = {**COMMON[language], **WORDING[language]}
        self.story = db.stories.get(story_id)
        self.pagesize = page_size(paper)
        self.today = today or date.today()
        self.pages = 0

    def write(self, path: str | os.PathLike[str]) -> int:
        """Build the press release and write it to ``path``; returns 1 (one story).

        Raises ExportError and then writes nothing."""
        write_file(path, self.to_bytes())
        return 1

    def to_bytes(self) -> bytes:
        """The PDF document as bytes."""
        return laid_out(self._build, "press release")

    @property
    def date(self) -> date:
        published = self.story.get("published_on")
        if published:
            try:
                return date.fromisoformat(str(published))
            except ValueError:
                pass
        return self.today

    def _build(self) -> bytes:
        profile = self.db.profile()
        styles = profile_styles(profile)
        buffer = io.BytesIO()
        doc = LetterheadTemplate(
            buffer,
            paper=self.pagesize,
            styles=styles,
            profile=profile,
            title=f"{self.words['document']}: {plain(self.story.get('title'))}",
            language=self.language,
        )
        self.pages = doc.build_story(self._story(profile, styles))
        return buffer.getvalue()

    def _story(self, profile: Record, styles: Styles) -> list[Flowable]:
        kicker = ParagraphStyle(
            "kicker",
            parent=styles.body,
            fontName=FONT_BOLD,
            fontSize=12,
            leading=15,
            textColor=styles.primary,
        )
        headline = ParagraphStyle(
            "headline", parent=styles.title, fontSize=20, leading=25, spaceAfter=2 * mm
        )
        text = ParagraphStyle(
            "text", parent=styles.body, fontSize=10.5, leading=15, spaceAfter=3 * mm
        )
        about = ParagraphStyle(
            "about",
            parent=styles.body,
            fontSize=9,
            leading=13,
            textColor=colors.HexColor("#333333"),
        )
        about_heading = ParagraphStyle(
            "about_heading",
            parent=about,
            fontName=FONT_BOLD,
            textColor=styles.primary,
            spaceAfter=1 * mm,
            keepWithNext=1,
        )
        name = plain(profile.get("name")) or self.words["cluster"]
        story: list[Flowable] = [
            NextPageTemplate("later"),
            Paragraph(safe(self.words["document"]), kicker),
            Paragraph(safe(format_long_date(self.date, self.language)), styles.muted),
            Spacer(1, 5 * mm),
            Paragraph(safe(self.story.get("title")), headline),
            HRFlowable(width="100%", thickness=1.5, color=styles.secondary, spaceAfter=5 * mm),
        ]
        story += [Paragraph(markup, text) for markup in body_paragraphs(self.story.get("body"))]
        story.append(Spacer(1, 6 * mm))
        story.append(
            HRFlowable(
                width="100%", thickness=0.5, color=colors.HexColor("#BBBBBB"), spaceAfter=3 * mm
            )
        )
        region = plain(profile.get("region"))
        stage = self.words.get(
            f"stage_{profile.get('life_cycle_stage')}", self.words["stage_potential"]
        )
        members = self.db.reporting.member_count(self.date.isoformat())
        story.append(Paragraph(safe(self.words["about"].format(name=name)), about_heading))
        boilerplate = self.words["about_text"].format(
            name=name,
            region=self.words["region"].format(region=region) if region else "",
            stage=stage,
            members=format_number(members, self.language),
        )
        story.append(Paragraph(safe(boilerplate), about))
        story.append(Spacer(1, 3 * mm))
        story.append(Paragraph(safe(self.words["press_contact"].format(name=name)), about))
        return story
