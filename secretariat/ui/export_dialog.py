"""The Export dialog: choose the document, its format, its language and options and
where to save it; the export runs in a worker with a progress bar and Cancel, and
the file can be opened when done.

The document language (German or English) may differ from the program's: it is
remembered in the settings (``export/language``) and passed to every document."""

from __future__ import annotations

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
)

from secretariat import paths
from secretariat.exports import ExportCancelled, ExportError
from secretariat.exports.language import DEFAULT_LANGUAGE, LANGUAGES
from secretariat.store import ClusterDatabase, StoreError
from secretariat.ui.formatting import problem_text
from secretariat.ui.jobs import Job


@dataclass(frozen=True)
class Document:
    label: str
    formats: list[tuple[str, str, str]]  # (key, label, file suffix)
    for_event: bool  # a paper of one event, or a document of the whole cluster
    file_name: str


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
# Formats without words of their own: the document language does not apply.
WORDLESS_FORMATS = ("vcf",)

# Documents whose "Which" choice picks records of the list the dialog was opened from.
SCOPED = ("list", "directory", "member-labels", "calendar")
DOCUMENTS = {
    "list": Document("This list as a spreadsheet", LIST_FORMATS, False, "Liste"),
    "directory": Document("Member directory", DIRECTORY_FORMATS, False, "Mitgliederverzeichnis"),
    "member-labels": Document(
        "Address labels of the members", LABEL_FORMATS, False, "Adressetiketten"
    ),
    "calendar": Document(
        "Events calendar", [("ics", "iCalendar (.ics)", ".ics")], False, "Veranstaltungen"
    ),
    "signin": Document("Sign-in sheet", [("pdf", "PDF", ".pdf")], True, "Anwesenheitsliste"),
    "participants": Document(
        "Participant list",
        [("pdf", "PDF", ".pdf"), ("xlsx", "Excel workbook (XLSX)", ".xlsx")],
        True,
        "Teilnehmerliste",
    ),
    "labels": Document(
        "Address labels of the participants", LABEL_FORMATS, True, "Adressetiketten"
    ),
    "badges": Document("Name badges", BADGE_FORMATS, True, "Namensschilder"),
    "programme": Document("Programme flyer", [("pdf", "PDF", ".pdf")], True, "Programm"),
    "certificates": Document(
        "Certificates of attendance", [("pdf", "PDF", ".pdf")], True, "Teilnahmebescheinigungen"
    ),
    "report": Document("Annual activity report", [("pdf", "PDF", ".pdf")], False, "Jahresbericht"),
    "press-release": Document(
        "Press release of the selected story", [("pdf", "PDF", ".pdf")], False, "Pressemitteilung"
    ),
}


def make_exporter(
    db: ClusterDatabase, document: str, kind: str, options: dict, progress, cancelled
):
    """The export object for the choices made (built inside the worker)."""
    from secretariat.exports import event_papers, labels

    event_id = options.get("event_id")
    internal = options["internal"]
    chosen = {"organisation_ids": options.get("organisation_ids")}
    words = {"language": options.get("language", DEFAULT_LANGUAGE)}
    if document == "list":
        return _record_list(db, kind, options, progress, cancelled)
    if document == "calendar":
        from secretariat.exports.calendar import EventCalendar

        return EventCalendar(db, event_ids=options.get("organisation_ids"), **words)
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
        ids = options.get("organisation_ids")
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


def _record_list(db: ClusterDatabase, kind: str, options: dict, progress, cancelled):
    from secretariat.exports.record_list import RecordListCsv, RecordListXlsx
    from secretariat.ui.list_export import list_columns, list_fields, list_rows

    spec = options["list_spec"]
    language = options.get("language", DEFAULT_LANGUAGE)
    ids = options.get("organisation_ids")
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
    if kind == "xlsx":
        return RecordListXlsx(spec.title, columns, rows, **settings)
    dialect = "comma" if kind == "csv-comma" else "excel-de"
    return RecordListCsv(spec.title, columns, rows, dialect=dialect, **settings)


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
        """``scopes``: (label, record ids or None for all) the user may choose;
        ``from_list``: the list page the dialog was opened from; ``settings``
        remember the document language (the application's settings by default)."""
        super().__init__(parent)
        self.db = db
        self.settings = settings if settings is not None else QSettings()
        self.event_id = event_id
        self.from_list = from_list
        self.job: Job | None = None
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.document = QComboBox(self, objectName="document")
        for key, document in DOCUMENTS.items():
            if from_list is not None:
                offered = key in from_list.documents
            else:
                offered = document.for_event == (event_id is not None) and key != "list"
            if offered:
                self.document.addItem(self.tr(document.label), key)
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
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self.choose_path)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(choose)
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
        self._document_changed()

    # -- choices -----------------------------------------------------------------------

    def chosen(self) -> Document:
        return DOCUMENTS[self.document.currentData()]

    def _document_changed(self) -> None:
        self.kind.clear()
        for key, label, _suffix in self.chosen().formats:
            self.kind.addItem(self.tr(label), key)
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
        folder = Path(self.path.text()).parent if self.path.text() else Path.home()
        name = self.chosen().file_name
        if document == "list" and self.from_list is not None:
            name = self.from_list.spec.title
        current = folder / name
        self.path.setText(str(current.with_suffix(self.suffix())))

    def choose_path(self) -> None:
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
        selected = self.from_list.selected_id if self.from_list is not None else None
        if self.document.currentData() == "press-release" and selected is None:
            self.status.setText(self.tr("Select the story in the list first."))
            return
        target = Path(self.path.text().strip()).expanduser()
        document, kind = self.document.currentData(), self.kind.currentData()
        options = {
            "event_id": self.event_id,
            "internal": self.internal.isChecked(),
            "group_by": self.group_by.currentData(),
            "paper": self.paper.currentData(),
            "year": self.year.value(),
            "language": self.language.currentData(),
            "story_id": selected,
            "organisation_ids": self.scope.currentData() if self.scope.isEnabled() else None,
        }
        if self.from_list is not None:
            options["list_spec"] = self.from_list.spec
            options["list_all_filters"] = self.from_list.all_filters
        self.settings.setValue(LANGUAGE_SETTING, self.language.currentData())
        source, read_only = self.db.path, self.db.read_only

        def work(progress, cancelled):
            with ClusterDatabase.open(source, create=False, read_only=read_only) as db:
                exporter = make_exporter(db, document, kind, options, progress, cancelled)
                return exporter.write(target)

        self.written = target
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

    def _succeeded(self, count: int) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.status.setText(
            self.tr("Done: {count} written to {path}").format(count=count, path=self.written)
        )
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
