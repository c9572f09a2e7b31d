"""The answer to a person asking what is stored about them (GDPR Art. 15 and 20).

:class:`PersonalDataReport` writes what :func:`secretariat.privacy.access.personal_data`
gathers, either as a readable PDF in German ("Auskunft über gespeicherte
personenbezogene Daten": the person, their organisation, roles, consents with
their history, event registrations, interactions, speaker slots, the projects of
their organisation, staff accounts and the change history), with the cluster's
colours, DejaVu fonts and "Seite x von y" in the footer; or as UTF-8 JSON (the
keys are documented in :mod:`secretariat.privacy.access`). The file name's ending
chooses::

    PersonalDataReport(db, contact_id).write("auskunft.pdf")   # or "auskunft.json"
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from secretariat.domain.enums import (
    ClusterRole,
    ConsentPurpose,
    InteractionKind,
    ProjectRole,
    ProjectStatus,
    RegistrationRole,
    RegistrationStatus,
    Salutation,
    Vocabulary,
)
from secretariat.domain.validation import DEFAULT_TIME_ZONE, format_phone, moment_in_zone
from secretariat.exports import ExportError, laid_out, write_file
from secretariat.exports.language import GERMAN_LABELS, vocabulary_label
from secretariat.exports.pdf_style import (
    DOCUMENT_DEFAULTS,
    FONT,
    FONT_BOLD,
    LateText,
    Styles,
    draw_footer,
    draw_top_band,
    page_size,
    plain,
    profile_styles,
    safe,
)
from secretariat.privacy.access import PersonalData, personal_data
from secretariat.store import ClusterDatabase

FORMATS = (".pdf", ".json")

# Every fixed word of the document, in one place for a translation.
WORDING: dict[str, str] = {
    "document": "Auskunft über gespeicherte personenbezogene Daten",
    "legal": "nach Art. 15 und Art. 20 DSGVO",
    "intro": (
        "Diese Auskunft enthält alle Daten, die {controller} über {name} gespeichert "
        "hat, Stand {day}. Eine maschinenlesbare Fassung (JSON) ist auf Wunsch erhältlich."
    ),
    "erased": "Die Daten dieser Person wurden am {day} gelöscht (anonymisiert).",
    "person": "Person",
    "organisation": "Organisation",
    "roles": "Rollen im Cluster",
    "consents": "Einwilligungen",
    "registrations": "Veranstaltungen",
    "interactions": "Gespräche und Kontakte",
    "speaker_slots": "Beiträge im Programm",
    "projects": "Projekte der Organisation",
    "staff": "Benutzerkonto in der Geschäftsstelle",
    "audit": "Änderungsprotokoll",
    "none": "Keine.",
    "page_of": "Seite {page} von {pages}",
    "yes": "ja",
    "no": "nein",
    "in_force": "gilt",
    "earlier": "früher",
    "cluster": "Cluster",
    # field labels
    "salutation": "Anrede",
    "title": "Titel",
    "first_name": "Vorname",
    "last_name": "Nachname",
    "position": "Funktion",
    "email": "E-Mail",
    "phone": "Telefon",
    "mobile": "Mobil",
    "language": "Sprache",
    "notes": "Notizen",
    "created_at": "Angelegt am",
    "updated_at": "Zuletzt geändert am",
    "name": "Name",
    "address": "Anschrift",
    "website": "Website",
    # table heads
    "purpose": "Zweck",
    "granted": "Erteilt",
    "recorded_on": "Datum",
    "source": "Quelle",
    "state": "Stand",
    "event": "Veranstaltung",
    "when": "Wann",
    "status": "Status",
    "role": "Rolle",
    "kind": "Art",
    "subject": "Thema",
    "staff_member": "Mitarbeiter/in",
    "item": "Programmpunkt",
    "project": "Projekt",
    "period": "Zeitraum",
    "account": "Konto",
    "duties": "Dienst bei Veranstaltungen",
    "at": "Zeitpunkt",
    "by": "Von",
    "record": "Datensatz",
    "action": "Vorgang",
    "changes": "Änderungen",
}

ACTIONS = {"create": "angelegt", "update": "geändert", "delete": "gelöscht"}
TABLES = {
    "contacts": "Kontakt",
    "consents": "Einwilligung",
    "registrations": "Anmeldung",
    "interactions": "Gespräch",
    "contact_roles": "Rolle",
}


def _label(vocabulary: type[Vocabulary], value: Any) -> str:
    """A stored value as the secretariat calls it (the one German vocabulary); a
    salutation as its label ("Divers"), since the report states what is stored."""
    if vocabulary is Salutation and value in GERMAN_LABELS[Salutation]:
        return GERMAN_LABELS[Salutation][value]
    return vocabulary_label(vocabulary, value, "de")


MARGIN = 18 * mm
FOOTER = 10 * mm
_GRID = colors.HexColor("#999999")
_LONG_CHANGE = 200  # characters of one changed value shown in the PDF (the JSON has all)


class PersonalDataReport:
    """What is stored about contact ``contact_id`` as PDF or JSON (see the module).

    Raises NotFoundError (a StoreError) when there is no such contact.
    """

    def __init__(
        self,
        db: ClusterDatabase,
        contact_id: int,
        *,
        paper: str = "A4",
        today: date | None = None,
    ) -> None:
        self.db = db
        self.data: PersonalData = personal_data(db, contact_id)
        self.pagesize = page_size(paper)
        self.today = today or date.today()
        self.pages = 0

    def write(self, path: str | os.PathLike[str]) -> Path:
        """Write the report to ``path`` (.pdf or .json); ExportError and nothing
        written when that fails."""
        suffix = Path(path).suffix.lower()
        if suffix not in FORMATS:
            raise ExportError(
                f"“{path}” does not end in .pdf or .json.",
                "The ending chooses the format: .pdf to read, .json for another program.",
            )
        data = self.to_json() if suffix == ".json" else self.to_pdf()
        return write_file(path, data)

    def to_json(self) -> bytes:
        return self.data.as_json().encode("utf-8")

    def to_pdf(self) -> bytes:
        return laid_out(self._build, "personal data report")

    # -- the PDF -------------------------------------------------------------------------

    def _build(self) -> bytes:
        profile = self.db.profile()
        styles = profile_styles(profile)
        buffer = io.BytesIO()
        cluster = plain(profile.get("name"))
        late = LateText()
        width, height = self.pagesize
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.pagesize,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN + FOOTER,
            title=f"{WORDING['document']}: {plain(self.data.name)}",
            author=cluster,
            **DOCUMENT_DEFAULTS,
        )
        frame = Frame(
            MARGIN,
            MARGIN + FOOTER,
            width - 2 * MARGIN,
            height - 2 * MARGIN - FOOTER,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

        def page(canvas: Any, document: BaseDocTemplate) -> None:
            draw_top_band(canvas, self.pagesize, styles.primary)
            draw_footer(
                canvas,
                self.pagesize,
                MARGIN,
                styles.primary,
                left=cluster,
                page=document.page,
                late=late,
                page_wording=WORDING["page_of"],
            )

        doc.addPageTemplates([PageTemplate("page", [frame], onPage=page)])
        doc.build(self._story(cluster, styles, width - 2 * MARGIN), canvasmaker=late.canvasmaker())
        self.pages = doc.page
        return buffer.getvalue()

    def _story(self, cluster: str, styles: Styles, width: float) -> list[Flowable]:
        data = self.data
        contact = data.contact
        story: list[Flowable] = [
            Paragraph(safe(cluster or WORDING["cluster"]), styles.label),
            Paragraph(safe(WORDING["document"]), styles.heading),
            Paragraph(safe(WORDING["legal"]), styles.muted),
            HRFlowable(width="100%", thickness=1.5, color=styles.secondary, spaceAfter=3 * mm),
            Paragraph(
                safe(
                    WORDING["intro"].format(
                        controller=cluster or WORDING["cluster"],
                        name=data.name or f"#{contact['id']}",
                        day=f"{self.today:%d.%m.%Y}",
                    )
                ),
                styles.body,
            ),
        ]
        if contact.get("erased_at"):
            story.append(
                Paragraph(
                    safe(WORDING["erased"].format(day=_day(contact["erased_at"]))), styles.body
                )
            )
        story += self._section(WORDING["person"], styles)
        story.append(self._pairs(self._person_rows(), styles, width))
        story += self._section(WORDING["organisation"], styles)
        if data.organisation:
            story.append(self._pairs(self._organisation_rows(), styles, width))
        else:
            story.append(Paragraph(WORDING["none"], styles.body))
        story += self._section(WORDING["roles"], styles)
        roles = ", ".join(_label(ClusterRole, role) for role in data.cluster_roles)
        story.append(Paragraph(safe(roles or WORDING["none"]), styles.body))
        story += self._listing(
            WORDING["consents"],
            ("purpose", "granted", "recorded_on", "source", "state"),
            (0.3, 0.1, 0.14, 0.32, 0.14),
            [
                [
                    _label(ConsentPurpose, c["purpose"]),
                    WORDING["yes"] if c["granted"] else WORDING["no"],
                    _day(c["recorded_on"]),
                    c["source"],
                    WORDING["in_force"] if c["in_force"] else WORDING["earlier"],
                ]
                for c in data.consents
            ],
            styles,
            width,
        )
        story += self._listing(
            WORDING["registrations"],
            ("event", "when", "status", "role"),
            (0.46, 0.2, 0.18, 0.16),
            [
                [
                    r["event_title"],
                    _moment(r["event_starts_at"], r.get("event_time_zone")),
                    _label(RegistrationStatus, r["status"]),
                    _label(RegistrationRole, r["role"]),
                ]
                for r in data.registrations
            ],
            styles,
            width,
        )
        story += self._listing(
            WORDING["interactions"],
            ("when", "kind", "subject", "staff_member"),
            (0.18, 0.14, 0.48, 0.2),
            [
                [
                    _moment(i["occurred_at"], None),
                    _label(InteractionKind, i["kind"]),
                    "\n".join(str(t) for t in (i["subject"], i.get("notes")) if t),
                    i.get("staff") or "",
                ]
                for i in data.interactions
            ],
            styles,
            width,
        )
        story += self._listing(
            WORDING["speaker_slots"],
            ("event", "item", "when"),
            (0.4, 0.4, 0.2),
            [
                [s["event_title"], s["title"], _moment(s["starts_at"], None)]
                for s in data.speaker_slots
            ],
            styles,
            width,
        )
        story += self._listing(
            WORDING["projects"],
            ("project", "role", "status", "period"),
            (0.46, 0.16, 0.16, 0.22),
            [
                [
                    p["name"],
                    _label(ProjectRole, p["role"]),
                    _label(ProjectStatus, p["status"]),
                    " – ".join(_day(d) for d in (p.get("starts_on"), p.get("ends_on")) if d),
                ]
                for p in data.organisation_projects
            ],
            styles,
            width,
        )
        story += self._listing(
            WORDING["staff"],
            ("account", "email", "duties"),
            (0.3, 0.3, 0.4),
            [
                [
                    f"{s['display_name']} ({s['username']})",
                    s.get("email") or "",
                    "\n".join(
                        f"{d['event_title']}, {_moment(d['event_starts_at'], None)}"
                        for d in s["event_duties"]
                    ),
                ]
                for s in data.staff_accounts
            ],
            styles,
            width,
        )
        story += self._listing(
            WORDING["audit"],
            ("at", "by", "record", "changes"),
            (0.17, 0.13, 0.16, 0.54),
            [
                [
                    _moment(entry["at"], None),
                    entry["staff"],
                    f"{TABLES.get(entry['table'], entry['table'])} #{entry['row_id']} "
                    f"{ACTIONS.get(entry['action'], entry['action'])}",
                    _changes_text(entry["changes"]),
                ]
                for entry in data.audit_trail
            ],
            styles,
            width,
        )
        return story

    def _person_rows(self) -> list[tuple[str, str]]:
        contact = self.data.contact
        rows = []
        for key in ("salutation", "title", "first_name", "last_name", "position", "email"):
            value = contact.get(key)
            if key == "salutation":
                value = _label(Salutation, value) if value else ""
            rows.append((WORDING[key], plain(value)))
        for key in ("phone", "mobile"):
            rows.append((WORDING[key], _phone(contact.get(key))))
        rows.append((WORDING["language"], plain(contact.get("language"))))
        rows.append((WORDING["notes"], str(contact.get("notes") or "")))
        rows.append((WORDING["created_at"], _moment(contact.get("created_at"), None)))
        rows.append((WORDING["updated_at"], _moment(contact.get("updated_at"), None)))
        shown = {"id", "erased_at", "salutation", "title", "first_name", "last_name"}
        shown |= {"position", "email", "phone", "mobile", "language", "notes"}
        shown |= {"created_at", "updated_at"}
        for key, value in contact.items():  # columns another tool added: by their names
            if key not in shown and value not in (None, ""):
                rows.append((key, plain(value)))
        return rows

    def _organisation_rows(self) -> list[tuple[str, str]]:
        organisation = self.data.organisation or {}
        town = " ".join(
            plain(organisation.get(k)) for k in ("postcode", "city") if organisation.get(k)
        )
        address = ", ".join(part for part in (plain(organisation.get("street")), town) if part)
        return [
            (WORDING["name"], plain(organisation.get("name"))),
            (WORDING["address"], address),
            (WORDING["website"], plain(organisation.get("website"))),
            (WORDING["email"], plain(organisation.get("email"))),
            (WORDING["phone"], _phone(organisation.get("phone"))),
        ]

    @staticmethod
    def _section(title: str, styles: Styles) -> list[Flowable]:
        return [Spacer(1, 4 * mm), Paragraph(safe(title), styles.entry_name)]

    @staticmethod
    def _pairs(rows: Sequence[tuple[str, str]], styles: Styles, width: float) -> Table:
        cells = [
            [
                Paragraph(safe(label), styles.label),
                Paragraph(safe(value, line_breaks=True) or "–", styles.body),
            ]
            for label, value in rows
        ]
        table = Table(cells, colWidths=[45 * mm, width - 45 * mm])
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        return table

    def _listing(
        self,
        title: str,
        heads: Sequence[str],
        shares: Sequence[float],
        rows: Sequence[Sequence[str]],
        styles: Styles,
        width: float,
    ) -> list[Flowable]:
        flowables = self._section(title, styles)
        if not rows:
            return [*flowables, Paragraph(WORDING["none"], styles.body)]
        cells: list[list[Any]] = [
            [
                Paragraph(f"<font color='white'><b>{safe(WORDING[h])}</b></font>", styles.small)
                for h in heads
            ]
        ]
        for row in rows:
            cells.append([Paragraph(safe(value, line_breaks=True), styles.small) for value in row])
        table = Table(cells, colWidths=[share * width for share in shares], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), styles.primary),
                    ("GRID", (0, 0), (-1, -1), 0.4, _GRID),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return [*flowables, table]


def _day(value: object) -> str:
    text = plain(value)
    try:
        return f"{date.fromisoformat(text[:10]):%d.%m.%Y}"
    except ValueError:
        return text


def _moment(value: object, time_zone: object) -> str:
    """A stored moment in German office style (local time), a day as 12.06.2026."""
    text = plain(value)
    if len(text) <= 10:
        return _day(text)
    try:
        local = moment_in_zone(text, plain(time_zone) or DEFAULT_TIME_ZONE)
    except (KeyError, ValueError):
        try:
            local = moment_in_zone(text, DEFAULT_TIME_ZONE)
        except ValueError:
            return text
    return f"{local:%d.%m.%Y %H:%M}"


def _phone(value: object) -> str:
    if not value:
        return ""
    try:
        return format_phone(str(value)) or str(value)
    except Exception:  # a value typed with another tool: shown as it is
        return plain(value)


def _changes_text(changes: Any) -> str:
    """{column: [before, after]} as lines "column: before → after"."""
    if not isinstance(changes, dict):
        return _short(changes)
    lines = []
    for column, value in changes.items():
        if isinstance(value, list) and len(value) == 2:
            before, after = (_short(v) for v in value)
            lines.append(f"{column}: {before} → {after}")
        else:
            lines.append(f"{column}: {_short(value)}")
    return "\n".join(lines)


def _short(value: Any) -> str:
    if value is None:
        return "–"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= _LONG_CHANGE else text[: _LONG_CHANGE - 1] + "…"
