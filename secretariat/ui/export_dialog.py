"""The Export dialog: choose the document, its format, its language and options and
where to save it; the export runs in a worker with a progress bar and Cancel, and
the file can be opened when done.

The document language (German or English) may differ from the program's: it is
remembered in the settings (``export/language``) and passed to every document.

From File → Export the dialog offers the cluster's documents and, when an event is
selected on the Events page, that event's papers too (:func:`selected_event_id`).
It suggests a file name that says what and when (``Anwesenheitsliste 2026-12-10
Workshop Wasserstoff.pdf``, see :mod:`secretariat.exports.file_names`) in the
folder last used for that kind of document (``export/folders/<kind>``), and says
when done what was written ("Done: 58 organisations written to …")."""

from __future__ import annotations

import contextlib
import sys
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from secretariat import paths
from secretariat.exports import ExportCancelled, ExportError
from secretariat.exports.file_names import (
    DOCUMENT_NAMES,
    LIST_NAMES,
    document_file_name,
    event_day,
    file_name,
)
from secretariat.exports.language import DEFAULT_LANGUAGE, LANGUAGES
from secretariat.store import ClusterDatabase, NotFoundError, StoreError
from secretariat.ui.formatting import problem_text, show_day, show_number
from secretariat.ui.jobs import Job


@dataclass(frozen=True)
class Document:
    label: str
    formats: list[tuple[str, str, str]]  # (key, label, file suffix)
    for_event: bool  # a paper of one event, or a document of the whole cluster


DIRECTORY_FORMATS = [
    ("pdf", "PDF (to print or send)", ".pdf"),
    ("xlsx", "Excel workbook (XLSX)", ".xlsx"),
    ("csv", "CSV for German Excel (;)", ".csv"),
    ("csv-comma", "CSV for other programs (,)", ".csv"),
    ("vcf", "Address cards (vCard 3.0)", ".vcf"),
]
LABEL_FORMATS = [
    ("3x8", "A4 sheets of 3 × 8 labels, 70 × 36 mm", ".pdf"),
    ("2x7", "A4 sheets of 2 × 7 labels, 99.1 × 38.1 mm", ".pdf"),
]
BADGE_FORMATS = [
    ("90x55", "A4 sheets of badges 90 × 55 mm", ".pdf"),
    ("85x54", "A4 sheets of badges 85 × 54 mm (card size)", ".pdf"),
    ("100x70", "A4 sheets of badges 100 × 70 mm", ".pdf"),
]
LIST_FORMATS = [
    ("xlsx", "Excel workbook (XLSX)", ".xlsx"),
    ("csv", "CSV for German Excel (;)", ".csv"),
    ("csv-comma", "CSV for other programs (,)", ".csv"),
]
LANGUAGE_SETTING = "export/language"
# The folder last used for each kind of document ("export/folders/signin", for a list
# "export/folders/list-contacts"), and for any ("export/folders/any").
FOLDER_SETTING = "export/folders/{kind}"
# Formats without words of their own: the document language does not apply.
WORDLESS_FORMATS = ("vcf",)

# Documents whose "Which" choice picks records of the list the dialog was opened from.
SCOPED = ("list", "directory", "member-labels", "calendar")
# What the count of each document counts, for the sentence when it is written (a list
# counts its records: the key of its page).
COUNTED = {
    "directory": "organisations",
    "member-labels": "labels",
    "calendar": "events",
    "signin": "participants",
    "participants": "participants",
    "labels": "labels",
    "badges": "badges",
    "programme": "programme items",
    "certificates": "certificates",
    "report": "pages",
    "press-release": "pages",
}
COUNTED_FORMATS = {"vcf": "contacts"}  # a format that counts something else
DONE_ONE = {
    "organisations": "Done: 1 organisation written to {file}",
    "contacts": "Done: 1 contact written to {file}",
    "products": "Done: 1 product or service written to {file}",
    "events": "Done: 1 event written to {file}",
    "interactions": "Done: 1 interaction written to {file}",
    "projects": "Done: 1 project written to {file}",
    "stories": "Done: 1 story written to {file}",
    "participants": "Done: 1 participant written to {file}",
    "labels": "Done: 1 label written to {file}",
    "badges": "Done: 1 name badge written to {file}",
    "programme items": "Done: 1 programme item written to {file}",
    "certificates": "Done: 1 certificate written to {file}",
    "pages": "Done: 1 page written to {file}",
}
DONE_MANY = {
    "organisations": "Done: {count} organisations written to {file}",
    "contacts": "Done: {count} contacts written to {file}",
    "products": "Done: {count} products and services written to {file}",
    "events": "Done: {count} events written to {file}",
    "interactions": "Done: {count} interactions written to {file}",
    "projects": "Done: {count} projects written to {file}",
    "stories": "Done: {count} stories written to {file}",
    "participants": "Done: {count} participants written to {file}",
    "labels": "Done: {count} labels written to {file}",
    "badges": "Done: {count} name badges written to {file}",
    "programme items": "Done: {count} programme items written to {file}",
    "certificates": "Done: {count} certificates written to {file}",
    "pages": "Done: {count} pages written to {file}",
}
DOCUMENTS = {
    "list": Document("This list as a spreadsheet", LIST_FORMATS, False),
    "directory": Document("Member directory", DIRECTORY_FORMATS, False),
    "member-labels": Document("Address labels of the members", LABEL_FORMATS, False),
    "calendar": Document("Events calendar", [("ics", "iCalendar (.ics)", ".ics")], False),
    "signin": Document("Sign-in sheet", [("pdf", "PDF", ".pdf")], True),
    "participants": Document(
        "Participant list",
        [("pdf", "PDF", ".pdf"), ("xlsx", "Excel workbook (XLSX)", ".xlsx")],
        True,
    ),
    "labels": Document("Address labels of the participants", LABEL_FORMATS, True),
    "badges": Document("Name badges", BADGE_FORMATS, True),
    "programme": Document("Programme flyer", [("pdf", "PDF", ".pdf")], True),
    "certificates": Document("Certificates of attendance", [("pdf", "PDF", ".pdf")], True),
    "report": Document("Annual activity report", [("pdf", "PDF", ".pdf")], False),
    "press-release": Document(
        "Press release of the selected story", [("pdf", "PDF", ".pdf")], False
    ),
}


def make_exporter(
    db: ClusterDatabase, document: str, kind: str, options: dict, progress, cancelled
):
    """The export object for the choices made (built inside the worker)."""
    from secretariat.exports import event_papers, labels

    event_id = options.get("event_id")
    internal = options["internal"]
    chosen = {"organisation_ids": chosen_ids(options, "organisations")}
    words = {"language": options.get("language", DEFAULT_LANGUAGE)}
    if document == "list":
        return _record_list(db, kind, options, progress, cancelled)
    if document == "calendar":
        from secretariat.exports.calendar import EventCalendar

        return EventCalendar(db, event_ids=chosen_ids(options, "events"), **words)
    if document in ("badges", "programme", "certificates"):
        from secretariat.exports import event_documents

        if document == "badges":
            return event_documents.NameBadgesPdf(db, event_id, size=kind, **words)
        if document == "programme":
            return event_documents.ProgrammeFlyerPdf(db, event_id, paper=options["paper"], **words)
        return event_documents.AttendanceCertificatesPdf(db, event_id, **words)
    if document == "press-release":
        from secretariat.exports.press_release import PressReleasePdf

        return PressReleasePdf(db, options["story_id"], paper=options["paper"], **words)
    if document == "report":
        from secretariat.exports.annual_report import AnnualReportPdf

        return AnnualReportPdf(db, options["year"], paper=options["paper"], **words)
    if document == "signin":
        return event_papers.SignInSheetPdf(db, event_id, paper=options["paper"], **words)
    if document == "participants":
        if kind == "xlsx":
            return event_papers.ParticipantListXlsx(db, event_id, **words)
        return event_papers.ParticipantListPdf(
            db, event_id, internal=internal, paper=options["paper"], **words
        )
    if document in ("labels", "member-labels"):
        if document == "labels":
            return labels.AddressLabelsPdf(db, layout=kind, event_id=event_id, **words)
        ids = chosen_ids(options, "organisations")
        if ids is not None:
            return labels.AddressLabelsPdf(db, layout=kind, organisation_ids=ids, **words)
        return labels.AddressLabelsPdf(db, layout=kind, members_only=True, **words)
    if kind == "pdf":
        from secretariat.exports.directory_pdf import MemberDirectoryPdf

        return MemberDirectoryPdf(
            db,
            group_by=options["group_by"],
            internal=internal,
            paper=options["paper"],
            progress=progress,
            cancelled=cancelled,
            **chosen,
            **words,
        )
    if kind == "xlsx":
        from secretariat.exports.directory_tables import MemberDirectoryXlsx

        return MemberDirectoryXlsx(
            db, internal=internal, progress=progress, cancelled=cancelled, **chosen, **words
        )
    if kind in ("csv", "csv-comma"):
        from secretariat.exports.directory_tables import MemberDirectoryCsv

        dialect = "comma" if kind == "csv-comma" else "excel-de"
        return MemberDirectoryCsv(
            db,
            dialect=dialect,
            internal=internal,
            progress=progress,
            cancelled=cancelled,
            **chosen,
            **words,
        )
    from secretariat.exports.vcards import ContactCards

    return ContactCards(db, internal=internal, **chosen)


def chosen_ids(options: dict, table: str) -> list[int] | None:
    """The records chosen under "Which" when they are records of ``table``; None (all)
    when all were chosen or the choice is of other records."""
    if options.get("record_kind", "organisations") != table:
        return None
    return options.get("record_ids")


def _record_list(db: ClusterDatabase, kind: str, options: dict, progress, cancelled):
    from secretariat.exports.record_list import RecordListCsv, RecordListXlsx
    from secretariat.ui.list_export import list_columns, list_fields, list_rows

    spec = options["list_spec"]
    language = options.get("language", DEFAULT_LANGUAGE)
    ids = chosen_ids(options, spec.key)
    if ids is None:
        ids = getattr(db, spec.key).ids(filters=options.get("list_all_filters") or {})
    rows = list_rows(db, spec, ids)
    columns = [
        replace(column, header=in_language(field.label, "fields", language))
        for column, field in zip(list_columns(spec), list_fields(spec), strict=True)
    ]
    settings = {
        "total": len(ids),
        "progress": progress,
        "cancelled": cancelled,
        "language": language,
    }
    title = LIST_NAMES[language].get(spec.key, spec.title)  # in the document's language
    if kind == "xlsx":
        return RecordListXlsx(title, columns, rows, **settings)
    dialect = "comma" if kind == "csv-comma" else "excel-de"
    return RecordListCsv(title, columns, rows, dialect=dialect, **settings)


def in_language(text: str, context: str, language: str) -> str:
    """A core label (English source text, e.g. a field's) in a document language: the
    source itself for English, else from that language's translation file, else as
    the program shows it."""
    if language == "en":
        return text
    translator = _translator(language)
    translated = translator.translate(context, text) if translator is not None else ""
    return translated or QCoreApplication.translate(context, text)


@cache
def _translator(language: str) -> QTranslator | None:
    """The program's translation into ``language`` (loaded once), or None."""
    translator = QTranslator()
    try:
        folder = paths.shipped("resources", "translations")
    except FileNotFoundError:
        return None
    return translator if translator.load(f"secretariat_{language}", str(folder)) else None


@dataclass(frozen=True)
class ListChoice:
    """What a list page hands the Export dialog: its page, the documents that fit it,
    and the filters that make "all" (for organisations: the current members)."""

    spec: Any  # secretariat.ui.pages.PageSpec
    documents: tuple[str, ...] = ("list",)
    all_filters: dict[str, Any] | None = None
    selected_id: int | None = None  # the record selected in the list (a story's release)


def window_settings(parent: QWidget | None) -> QSettings:
    """The settings of the window ``parent`` is in (where the window keeps its layout,
    and the tests a folder of their own), else the application's."""
    window = parent.window() if parent is not None else None
    settings = getattr(window, "settings", None)
    return settings if isinstance(settings, QSettings) else QSettings()


def remembered_folder(settings: QSettings, kind: str) -> Path:
    """The folder a file of ``kind`` ("signin", "list-contacts", …) was last written
    to, else the one any export last went to, else the home folder; a folder that
    has gone (a USB stick) is passed over."""
    for key in (kind, "any"):
        folder = str(settings.value(FOLDER_SETTING.format(kind=key), "") or "")
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def remember_folder(settings: QSettings, kind: str, folder: Path) -> None:
    """Remember ``folder`` as where files of ``kind`` (and of any kind) go."""
    for key in (kind, "any"):
        settings.setValue(FOLDER_SETTING.format(kind=key), str(folder))


def selected_id(parent: QWidget | None, page_key: str) -> int | None:
    """The record shown on the page ``page_key`` ("events", "stories") of the window
    ``parent`` is in; None when that page was not opened yet or shows no saved
    record."""
    window = parent.window() if parent is not None else None
    pages = getattr(window, "pages", None)
    page = pages.get(page_key) if isinstance(pages, dict) else None
    record = getattr(getattr(page, "form", None), "record", None)
    if not record or not record.get("id"):
        return None
    return int(record["id"])


def selected_event_id(parent: QWidget | None) -> int | None:
    """The event selected on the window's Events page: the one whose papers File →
    Export offers."""
    return selected_id(parent, "events")


class ExportDialog(QDialog):
    def __init__(
        self,
        db: ClusterDatabase,
        parent=None,
        event_id: int | None = None,
        scopes: list[tuple[str, list[int] | None]] | None = None,
        from_list: ListChoice | None = None,
        settings: QSettings | None = None,
    ) -> None:
        """``event_id``: the event whose papers alone are offered (its page's Papers
        button); without it and without ``from_list`` (File → Export) the cluster's
        documents are offered, and the papers of the event selected on the window's
        Events page. ``scopes``: (label, record ids or None for all) the user may
        choose — organisations, or the records of ``from_list``, the list page the
        dialog was opened from. ``settings`` remember the document language and the
        folders (the window's settings by default)."""
        super().__init__(parent)
        self.db = db
        self.settings = settings if settings is not None else window_settings(parent)
        self.event_id = event_id
        self.from_list = from_list
        self.job: Job | None = None
        self.written: Path | None = None
        self.written_kind = ""  # the kind of document being written, and what it counts
        self._counted = ""
        self._suggested = ""  # the path last suggested: typed over, it is kept
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.document = QComboBox(self, objectName="document")
        papers_of = event_id
        if from_list is not None:
            offered = [key for key in DOCUMENTS if key in from_list.documents]
        elif event_id is not None:
            offered = [key for key, document in DOCUMENTS.items() if document.for_event]
        else:
            offered = [
                key
                for key, document in DOCUMENTS.items()
                if not document.for_event and key != "list"
            ]
            papers_of = selected_event_id(parent)
        self.event_record = self._event(papers_of)
        # the story of the press release: the one selected in the list the dialog was
        # opened from, or (File → Export) the one selected on the Stories page
        if from_list is not None:
            self.story_id = from_list.selected_id
        else:
            self.story_id = selected_id(parent, "stories") if event_id is None else None
        for key in offered:
            document = DOCUMENTS[key]
            self.document.addItem(self.tr(document.label), key)
        if event_id is None and from_list is None and self.event_record is not None:
            self.document.insertSeparator(self.document.count())
            for key, document in DOCUMENTS.items():
                if document.for_event:
                    self.document.addItem(self._paper_label(document), key)
            if getattr(parent.window(), "current_key", "") == "events":
                self.document.setCurrentIndex(len(offered) + 1)  # its first paper
        self.scope = QComboBox(self, objectName="scope")
        for label, ids in scopes or [(self.tr("All current members"), None)]:
            self.scope.addItem(label, ids)
        self.kind = QComboBox(self, objectName="format")
        self.group_by = QComboBox(self, objectName="group_by")
        self.group_by.addItem(self.tr("by sector"), "sector")
        self.group_by.addItem(self.tr("by cluster role"), "role")
        self.paper = QComboBox(self, objectName="paper")
        self.paper.addItem("A4", "A4")
        self.paper.addItem("US Letter", "Letter")
        self.language = QComboBox(self, objectName="language")
        names = {"de": self.tr("German"), "en": self.tr("English")}
        for language in LANGUAGES:
            self.language.addItem(names[language], language)
        remembered = str(self.settings.value(LANGUAGE_SETTING, DEFAULT_LANGUAGE) or "")
        index = self.language.findData(remembered)
        self.language.setCurrentIndex(index if index >= 0 else LANGUAGES.index(DEFAULT_LANGUAGE))
        self.year = QSpinBox(self, objectName="year")
        self.year.setRange(1990, 2100)
        self.year.setValue(date.today().year)
        self.internal = QCheckBox(
            self.tr("Internal list: everyone, also those who did not consent to be listed"),
            self,
            objectName="internal",
        )
        self.path = QLineEdit(self, objectName="path")
        self.choose_button = QPushButton(self.tr("Choose…"), self, objectName="choose")
        self.choose_button.clicked.connect(self.choose_path)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.choose_button)
        self.open_when_done = QCheckBox(self.tr("Open when done"), self, objectName="open")
        form.addRow(self.tr("Document"), self.document)
        form.addRow(self.tr("Which"), self.scope)
        form.addRow(self.tr("Format"), self.kind)
        form.addRow(self.tr("Document language"), self.language)
        form.addRow(self.tr("Grouped"), self.group_by)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Year"), self.year)
        form.addRow("", self.internal)
        form.addRow(self.tr("Save as"), where)
        form.addRow("", self.open_when_done)
        layout.addLayout(form)
        self.progress = QProgressBar(self, objectName="progress")
        self.progress.setTextVisible(True)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = QLabel(self, objectName="status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Close"), self, objectName="cancel")
        self.cancel_button.clicked.connect(self.reject)
        self.export_button = QPushButton(self.tr("Export"), self, objectName="export")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.export_button)
        layout.addLayout(buttons)
        self.document.currentIndexChanged.connect(self._document_changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.language.currentIndexChanged.connect(lambda _index: self._suggest_path())
        self.year.valueChanged.connect(lambda _year: self._suggest_path())
        self._document_changed()

    def _event(self, event_id: int | None) -> dict[str, Any] | None:
        if event_id is None:
            return None
        try:
            return self.db.events.get(event_id)
        except (NotFoundError, StoreError):
            return None

    def _paper_label(self, document: Document) -> str:
        """ "Sign-in sheet – “Workshop Wasserstoff”, 10.12.2026": a paper of the
        event selected on the Events page, as File → Export offers it."""
        assert self.event_record is not None
        day = event_day(self.event_record)
        label = self.tr("{document} – “{event}”, {date}").format(
            document=self.tr(document.label),
            event=" ".join(str(self.event_record.get("title") or "").split()),
            date=show_day(day) if day is not None else "",
        )
        return label.rstrip(", ")

    # -- choices -----------------------------------------------------------------------

    def chosen(self) -> Document:
        return DOCUMENTS[self.document.currentData()]

    def _document_changed(self) -> None:
        if self.document.currentData() is None:
            return  # the line between the cluster's documents and an event's papers
        self.kind.blockSignals(True)
        self.kind.clear()
        for key, label, _suffix in self.chosen().formats:
            self.kind.addItem(self.tr(label), key)
        self.kind.blockSignals(False)
        self._suggested = ""  # another document: its own name, in its own folder
        self._kind_changed()

    def suffix(self) -> str:
        return next(
            suffix
            for key, _label, suffix in self.chosen().formats
            if key == self.kind.currentData()
        )

    def _kind_changed(self) -> None:
        if self.kind.currentData() is None:
            return
        document = self.document.currentData()
        self.group_by.setEnabled(document == "directory" and self.kind.currentData() == "pdf")
        self.internal.setEnabled(document in ("directory", "participants"))
        self.year.setEnabled(document == "report")
        self.language.setEnabled(self.kind.currentData() not in WORDLESS_FORMATS)
        self.scope.setEnabled(
            document in ("directory", "member-labels")
            or (self.from_list is not None and document in SCOPED)
        )
        self.paper.setEnabled(
            self.suffix() == ".pdf"
            and document not in ("labels", "member-labels", "badges", "certificates")
        )
        self._suggest_path()

    # -- where to ---------------------------------------------------------------------

    def folder_kind(self) -> str:
        """The kind of document whose folder is remembered: the document, for a list
        the list ("list-contacts")."""
        document = self.document.currentData()
        if document == "list" and self.from_list is not None:
            return f"list-{self.from_list.spec.key}"
        return str(document)

    def suggested_name(self) -> str:
        """What and when: "Anwesenheitsliste 2026-12-10 Workshop Wasserstoff.pdf",
        "Mitgliederverzeichnis 2026-12-08.xlsx", in the document language."""
        document = self.document.currentData()
        language = self.language.currentData() or DEFAULT_LANGUAGE
        suffix = self.suffix()
        if document == "report":  # "Jahresbericht 2026.pdf": the year says when
            return file_name(
                DOCUMENT_NAMES[language][document], None, str(self.year.value()), suffix
            )
        day, title = date.today(), ""
        if self.chosen().for_event and self.event_record is not None:
            day = event_day(self.event_record) or day
            title = str(self.event_record.get("title") or "")
        elif document == "press-release":
            story = self._story()
            if story is not None:
                title = str(story.get("title") or "")
                with contextlib.suppress(ValueError):  # not published: today
                    day = date.fromisoformat(str(story.get("published_on") or "")[:10])
        list_key = self.from_list.spec.key if self.from_list is not None else ""
        return document_file_name(
            document, day=day, suffix=suffix, title=title, list_key=list_key, language=language
        )

    def _story(self) -> dict[str, Any] | None:
        if self.story_id is None:
            return None
        try:
            return self.db.stories.get(self.story_id)
        except (NotFoundError, StoreError):
            return None

    def _suggest_path(self) -> None:
        """The suggested file in the remembered folder; a name the user typed or
        chose is kept, with the ending of the format."""
        if self.kind.currentData() is None:
            return
        typed = self.path.text().strip()
        if typed and self._suggested and typed != self._suggested:
            self.path.setText(str(Path(typed).with_suffix(self.suffix())))
        else:
            folder = remembered_folder(self.settings, self.folder_kind())
            self.path.setText(str(folder / self.suggested_name()))
        self._suggested = self.path.text()

    def choose_path(self) -> None:
        """The file dialog, in the folder of the path shown (the remembered one)."""
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as"), self.path.text(), f"*{self.suffix()}"
        )
        if target:
            self.path.setText(str(Path(target).with_suffix(self.suffix())))

    # -- running ------------------------------------------------------------------------

    def start(self) -> None:
        if self.db.path is None or not self.path.text().strip():
            self.status.setText(self.tr("Choose where to save the file."))
            return
        selected = self.story_id
        if self.document.currentData() == "press-release" and selected is None:
            self.status.setText(self.tr("Select the story in the list first."))
            return
        target = Path(self.path.text().strip()).expanduser()
        document, kind = self.document.currentData(), self.kind.currentData()
        event = self.event_record if self.chosen().for_event else None
        options = {
            "event_id": event["id"] if event is not None else None,
            "internal": self.internal.isChecked(),
            "group_by": self.group_by.currentData(),
            "paper": self.paper.currentData(),
            "year": self.year.value(),
            "language": self.language.currentData(),
            "story_id": selected,
            "record_ids": self.scope.currentData() if self.scope.isEnabled() else None,
            "record_kind": self.from_list.spec.key if self.from_list else "organisations",
        }
        if self.from_list is not None:
            options["list_spec"] = self.from_list.spec
            options["list_all_filters"] = self.from_list.all_filters
        self.settings.setValue(LANGUAGE_SETTING, self.language.currentData())
        source, read_only = self.db.path, self.db.read_only

        def work(progress, cancelled):
            with ClusterDatabase.open(source, create=False, read_only=read_only) as db:
                exporter = make_exporter(db, document, kind, options, progress, cancelled)
                count = exporter.write(target)
                if document == "press-release":  # one story: its pages say more
                    return exporter.pages
                return count

        self.written = target
        self.written_kind = self.folder_kind()
        self._counted = self.counted()
        self.job = Job(work, self)
        self.job.progressed.connect(self._progressed)
        self.job.succeeded.connect(self._succeeded)
        self.job.failed.connect(self._failed)
        self.progress.setRange(0, 0)  # busy until the first report
        self.progress.show()
        self.status.setText(self.tr("Exporting…"))
        self.export_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancel"))
        self.job.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def counted(self) -> str:
        """What the count of the document chosen counts (a key of DONE_MANY)."""
        document = self.document.currentData()
        if document == "list" and self.from_list is not None:
            return self.from_list.spec.key if self.from_list.spec.key in DONE_MANY else ""
        return COUNTED_FORMATS.get(self.kind.currentData(), COUNTED.get(document, ""))

    def done_text(self, count: int, counted: str, written: Path) -> str:
        """ "Done: 58 organisations written to Mitgliederverzeichnis 2026-12-08.xlsx"."""
        if counted not in DONE_MANY:
            return self.tr("Done: {count} written to {path}").format(
                count=show_number(count), path=written.name
            )
        template = self.tr(DONE_ONE[counted]) if count == 1 else self.tr(DONE_MANY[counted])
        return template.format(count=show_number(count), file=written.name)

    def _succeeded(self, count: int) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        if self.written is not None:
            self.status.setText(self.done_text(count, self._counted, self.written))
            self.status.setToolTip(str(self.written))
            remember_folder(self.settings, self.written_kind, self.written.parent)
        self._idle()
        if self.open_when_done.isChecked() and self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written)))

    def _failed(self, error: BaseException) -> None:
        self._idle()
        self.progress.hide()
        if isinstance(error, ExportCancelled):
            self.status.setText(self.tr("Cancelled. Nothing was written."))
        elif isinstance(error, ExportError | StoreError):
            self.status.setText(problem_text(error))
        else:
            self.status.setText(self.tr("The export failed."))
            sys.excepthook(type(error), error, error.__traceback__)

    def _idle(self) -> None:
        self.export_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))

    def reject(self) -> None:
        if self.job is not None and self.job.running:
            self.status.setText(self.tr("Stopping…"))
            self.job.cancel()
            return
        super().reject()
