"""The import wizard: file → mapping → preview → result.

1. *File*: which file (CSV, XLSX, vCard), which sheet, organisations or contacts.
2. *Columns*: which column goes into which field — suggested from the headers,
   changeable per column, and saved or loaded for the next file of that kind.
3. *Preview*: row by row what will be created, updated, skipped or rejected and why;
   for each duplicate the choice skip, update or create (or one choice for all).
   Nothing is written before this page is left with "Import".
4. *Result*: the import runs in the background (one transaction, after a backup),
   with progress and Cancel; then the counts, and "Undo this import".
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from secretariat import paths
from secretariat.imports.mapping import ColumnMapping, MappingError, suggest, targets
from secretariat.imports.plan import ImportPlan, ImportResult, plan_import, write_import
from secretariat.imports.plan import write_rejects as write_rejects_file
from secretariat.imports.readers import read_file, sheet_names
from secretariat.imports.rows import SourceTable, UnreadableFileError
from secretariat.store import ClusterDatabase, StoreError
from secretariat.ui.formatting import problem_text, translate_reason, translate_row_problems
from secretariat.ui.jobs import Job

FILE_TYPES = "Lists and address cards (*.csv *.txt *.xlsx *.vcf *.vcard)"
SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm", ".vcf", ".vcard")
SHOWN_ROWS = 2000  # rows listed in the preview; the counts always cover every row
OUTCOMES = {"create": "Create", "update": "Update", "skip": "Skip", "reject": "Reject"}


def mappings_folder() -> Path:
    return paths.data_dir() / "mappings"


class ImportWizard(QWizard):
    """See the module's text. ``imported`` is emitted after a successful import."""

    imported = Signal()

    def __init__(self, db: ClusterDatabase, parent=None, path: str | Path | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.table: SourceTable | None = None
        self.mapping: ColumnMapping | None = None
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Import"))
        self.setMinimumSize(760, 540)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.result_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        if path is not None:
            self.file_page.path.setText(str(path))

    @property
    def kind(self) -> str:
        return self.file_page.kind.currentData()

    def run_job(self, work, done, failed, progress_bar: QProgressBar) -> None:
        """``work(db, progress, cancelled)`` in the background on its own connection."""
        source, read_only = self.db.path, self.db.read_only

        def in_background(progress, cancelled):
            with ClusterDatabase.open(source, create=False, read_only=read_only) as db:
                return work(db, progress, cancelled)

        def progressed(count: int, total: int) -> None:
            progress_bar.setRange(0, max(total, 1))
            progress_bar.setValue(count)

        self.job = Job(in_background, self)
        self.job.progressed.connect(progressed)
        self.job.succeeded.connect(done)
        self.job.failed.connect(failed)
        progress_bar.setRange(0, 0)
        progress_bar.show()
        self.job.start()

    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def reject(self) -> None:
        if self.busy():
            assert self.job is not None
            self.job.cancel()
            return
        super().reject()


# -- 1. the file ---------------------------------------------------------------------------


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Which file?"))
        self.setSubTitle(
            self.tr(
                "A CSV or Excel list, or address cards (vCard) — from Outlook, Google, "
                "Thunderbird, a phone or your own lists. Nothing is written before the preview."
            )
        )
        self.path = QLineEdit(self, objectName="file")
        self.path.setPlaceholderText(self.tr("The file to import"))
        choose = QPushButton(self.tr("Choose…"), self, objectName="choose_file")
        choose.setAutoDefault(False)
        choose.clicked.connect(self.choose)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(choose)
        self.kind = QComboBox(self, objectName="kind")
        self.kind.addItem(self.tr("Contacts (with their organisations)"), "contacts")
        self.kind.addItem(self.tr("Organisations"), "organisations")
        self.sheet = QComboBox(self, objectName="sheet")
        self.sheet.setEnabled(False)
        self.problem = QLabel(self, objectName="problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B00020")
        form = QFormLayout(self)
        form.addRow(self.tr("File"), where)
        form.addRow(self.tr("Import as"), self.kind)
        form.addRow(self.tr("Sheet"), self.sheet)
        form.addRow("", self.problem)
        self.path.textChanged.connect(self._file_changed)

    def choose(self) -> None:
        start = self.path.text() or str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Import"), start, self.tr(FILE_TYPES))
        if chosen:
            self.path.setText(chosen)

    def _file_changed(self, text: str) -> None:
        self.problem.clear()
        self.sheet.clear()
        path = Path(text.strip())
        names: list[str] = []
        if path.suffix.lower() in (".xlsx", ".xlsm") and path.is_file():
            try:
                names = sheet_names(path)
            except UnreadableFileError as problem:
                self.problem.setText(problem_text(problem))
        for name in names:
            self.sheet.addItem(name, name)
        self.sheet.setEnabled(len(names) > 1)
        if path.suffix.lower() in (".vcf", ".vcard"):
            self.kind.setCurrentIndex(self.kind.findData("contacts"))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        wizard: ImportWizard = self.wizard()
        path = Path(self.path.text().strip()).expanduser()
        try:
            table = read_file(path, sheet=self.sheet.currentData())
        except UnreadableFileError as problem:
            self.problem.setText(problem_text(problem))
            return False
        if not table.rows:
            self.problem.setText(
                self.tr("“{name}” has no rows under its headers: nothing to import.").format(
                    name=path.name
                )
            )
            return False
        wizard.table = table
        wizard.mapping = None
        return True


# -- 2. the columns --------------------------------------------------------------------------


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Which column goes where?"))
        self.setSubTitle(self.tr("Recognised from the headers; change any column, or ignore it."))
        self.table = QTableWidget(0, 3, self, objectName="mapping")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Example"), self.tr("Goes into")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel(self, objectName="mapping_summary")
        self.summary.setWordWrap(True)
        self.problem = QLabel(self, objectName="problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B00020")
        load = QPushButton(self.tr("Load mapping…"), self, objectName="load_mapping")
        save = QPushButton(self.tr("Save mapping…"), self, objectName="save_mapping")
        for button in (load, save):
            button.setAutoDefault(False)
        load.clicked.connect(self.load)
        save.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(load)
        buttons.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:  # noqa: N802
        wizard: ImportWizard = self.wizard()
        assert wizard.table is not None
        if wizard.mapping is None or wizard.mapping.kind != wizard.kind:
            wizard.mapping = suggest(wizard.table.headers, wizard.kind)
        self._show(wizard.table, wizard.mapping)

    def _show(self, table: SourceTable, mapping: ColumnMapping) -> None:
        kind_targets = targets(mapping.kind)
        self.table.setRowCount(len(table.headers))
        self.combos = []
        for column, header in enumerate(table.headers):
            examples = [row.cells[column] for row in table.rows[:40] if column < len(row.cells)]
            example = " · ".join([text for text in examples if text.strip()][:3])
            self.table.setItem(column, 0, QTableWidgetItem(header))
            self.table.setItem(column, 1, QTableWidgetItem(example.replace("\n", " ")))
            combo = QComboBox(self.table, objectName=f"target-{column}")
            combo.addItem(self.tr("— ignore —"), None)
            for target in kind_targets:
                combo.addItem(self.tr(target.label), target.key)
            combo.setCurrentIndex(max(0, combo.findData(mapping.target_of(column))))
            combo.currentIndexChanged.connect(
                lambda _index, column=column, combo=combo: self._changed(column, combo)
            )
            self.table.setCellWidget(column, 2, combo)
            self.combos.append(combo)
        self._describe()

    def _changed(self, column: int, combo: QComboBox) -> None:
        wizard: ImportWizard = self.wizard()
        assert wizard.mapping is not None and wizard.table is not None
        wizard.mapping = wizard.mapping.with_column(column, combo.currentData())
        # a target that takes one column moves away from the column that had it
        for other, box in enumerate(self.combos):
            wanted = wizard.mapping.target_of(other)
            if box.currentData() != wanted:
                box.blockSignals(True)
                box.setCurrentIndex(max(0, box.findData(wanted)))
                box.blockSignals(False)
        self._describe()

    def _describe(self) -> None:
        wizard: ImportWizard = self.wizard()
        assert wizard.mapping is not None
        self.summary.setText(wizard.mapping.describe())
        self.problem.setText(wizard.mapping.problem() or "")

    def load(self) -> None:
        wizard: ImportWizard = self.wizard()
        assert wizard.table is not None
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load mapping"), str(mappings_folder()), self.tr("Mappings (*.json)")
        )
        if not chosen:
            return
        try:
            loaded = ColumnMapping.load(chosen)
        except (MappingError, OSError, ValueError) as problem:
            self.problem.setText(problem_text(problem))
            return
        if loaded.kind != wizard.kind:
            self.problem.setText(self.tr("This mapping is for another kind of import."))
            return
        wizard.mapping = loaded.matched_to(wizard.table.headers)
        self._show(wizard.table, wizard.mapping)

    def save(self) -> None:
        wizard: ImportWizard = self.wizard()
        assert wizard.mapping is not None
        folder = mappings_folder()
        folder.mkdir(parents=True, exist_ok=True)
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save mapping"),
            str(folder / f"{wizard.kind}.json"),
            self.tr("Mappings (*.json)"),
        )
        if not chosen:
            return
        try:
            wizard.mapping.save(Path(chosen).with_suffix(".json"))
        except OSError as problem:
            self.problem.setText(str(problem))

    def validatePage(self) -> bool:  # noqa: N802
        wizard: ImportWizard = self.wizard()
        assert wizard.mapping is not None
        problem = wizard.mapping.problem()
        if problem:
            self.problem.setText(problem)
            return False
        return True


# -- 3. the preview ---------------------------------------------------------------------------


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("What will happen"))
        self.setSubTitle(
            self.tr(
                "Nothing has been written yet. Choose for each duplicate whether to skip it, "
                "update the record already there, or create it anyway."
            )
        )
        self.setCommitPage(True)
        self.progress = QProgressBar(self, objectName="progress")
        self.progress.hide()
        self.summary = QLabel(self, objectName="summary")
        self.summary.setWordWrap(True)
        self.all_duplicates = QComboBox(self, objectName="all_duplicates")
        self.all_duplicates.addItem(self.tr("as chosen per row"), None)
        for decision in ("skip", "update", "create"):
            self.all_duplicates.addItem(self.tr(OUTCOMES[decision]), decision)
        self.all_duplicates.activated.connect(self._decide_all)
        self.overwrite = QCheckBox(
            self.tr("Updates overwrite fields that already have a value"),
            self,
            objectName="overwrite",
        )
        self.overwrite.toggled.connect(self._overwrite_changed)
        self.save_rejects = QPushButton(
            self.tr("Save rejected rows…"), self, objectName="save_rejects"
        )
        self.save_rejects.setAutoDefault(False)
        self.save_rejects.clicked.connect(self.write_rejects)
        self.table = QTableWidget(0, 4, self, objectName="preview")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("What happens"), self.tr("Record"), self.tr("Why")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        choices = QHBoxLayout()
        choices.addWidget(QLabel(self.tr("All duplicates:"), self))
        choices.addWidget(self.all_duplicates)
        choices.addWidget(self.overwrite)
        choices.addStretch(1)
        choices.addWidget(self.save_rejects)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addLayout(choices)
        layout.addWidget(self.table, 1)
        self.decisions: dict[int, QComboBox] = {}

    def initializePage(self) -> None:  # noqa: N802
        wizard: ImportWizard = self.wizard()
        assert wizard.table is not None and wizard.mapping is not None
        wizard.plan = None
        self.table.setRowCount(0)
        self.summary.setText(self.tr("Checking every row…"))
        rows = wizard.mapping.apply(wizard.table)
        table, kind = wizard.table, wizard.kind

        def work(db, progress, cancelled):
            return plan_import(db, kind, rows, progress=progress, source=table)

        wizard.run_job(work, self._planned, self._failed, self.progress)
        self.completeChanged.emit()

    def _planned(self, plan: ImportPlan) -> None:
        wizard: ImportWizard = self.wizard()
        wizard.plan = plan
        self.progress.hide()
        self._fill(plan)
        self._update_summary()
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        if isinstance(error, StoreError):
            self.summary.setText(problem_text(error))
        else:
            self.summary.setText(self.tr("The file could not be checked."))
            sys.excepthook(type(error), error, error.__traceback__)

    def _fill(self, plan: ImportPlan) -> None:
        attention, others = [], []  # rows that need a look first, then the rest
        for row in plan.rows:
            (attention if row.outcome == "reject" or row.is_duplicate else others).append(row)
        shown = (attention + others)[:SHOWN_ROWS]
        self.table.setRowCount(len(shown))
        self.decisions = {}
        kind = plan.record_kind
        for line, row in enumerate(shown):
            self.table.setItem(line, 0, QTableWidgetItem(str(row.number)))
            if row.is_duplicate:
                combo = QComboBox(self.table, objectName=f"decision-{row.number}")
                for decision in ("skip", "update", "create"):
                    combo.addItem(self.tr(OUTCOMES[decision]), decision)
                combo.setCurrentIndex(combo.findData(row.outcome))
                combo.currentIndexChanged.connect(
                    lambda _i, number=row.number, combo=combo: self._decide(number, combo)
                )
                self.table.setCellWidget(line, 1, combo)
                self.decisions[row.number] = combo
            else:
                self.table.setItem(line, 1, QTableWidgetItem(self.tr(OUTCOMES[row.outcome])))
            name = kind.describe(row.values).strip() if row.values else ""
            if not name:
                name = " ".join(list(row.source.values.values())[:2])
            self.table.setItem(line, 2, QTableWidgetItem(name))
            if row.outcome == "reject":
                why = translate_row_problems(row.problems)
            else:
                why = translate_reason(row.match.reason) if row.match else ""
            self.table.setItem(line, 3, QTableWidgetItem(why))
        self.table.resizeColumnsToContents()

    def _decide(self, number: int, combo: QComboBox) -> None:
        wizard: ImportWizard = self.wizard()
        assert wizard.plan is not None
        wizard.plan.decide(number, combo.currentData(), overwrite=self._overwritten())
        self._update_summary()

    def _decide_all(self) -> None:
        decision = self.all_duplicates.currentData()
        if decision is None:
            return
        for combo in self.decisions.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(decision))
            combo.blockSignals(False)
        wizard: ImportWizard = self.wizard()
        assert wizard.plan is not None
        wizard.plan.decide_all(decision, overwrite=self._overwritten())
        self._update_summary()

    def _overwritten(self) -> set[str]:
        """With "overwrite", an update replaces every field the file has a column for."""
        wizard: ImportWizard = self.wizard()
        if not self.overwrite.isChecked() or wizard.mapping is None or wizard.plan is None:
            return set()
        prefix = "organisation." if wizard.kind == "organisations" else "contact."
        names = set(wizard.plan.record_kind.by_name)
        return {
            key[len(prefix) :]
            for key in wizard.mapping.targets
            if key and key.startswith(prefix) and key[len(prefix) :] in names
        }

    def _overwrite_changed(self) -> None:
        wizard: ImportWizard = self.wizard()
        if wizard.plan is None:
            return
        for row in wizard.plan.duplicates():
            if row.outcome == "update":
                wizard.plan.decide(row.number, "update", overwrite=self._overwritten())

    def _update_summary(self) -> None:
        wizard: ImportWizard = self.wizard()
        assert wizard.plan is not None
        summary = wizard.plan.summary()
        text = self.tr("Will be: {summary}.").format(summary=summary.text())
        if summary.organisations_created:
            text += " " + self.tr("{count} new organisations for the contacts.").format(
                count=summary.organisations_created
            )
        if len(wizard.plan.rows) > SHOWN_ROWS:
            text += " " + self.tr(
                "The list shows the first {shown} of {count} rows, those to look at first."
            ).format(shown=SHOWN_ROWS, count=len(wizard.plan.rows))
        self.summary.setText(text)
        self.save_rejects.setEnabled(summary.rejected > 0)

    def write_rejects(self) -> None:
        wizard: ImportWizard = self.wizard()
        assert wizard.plan is not None
        start = Path(self.wizard().file_page.path.text())
        suggestion = start.with_name(f"{start.stem} – abgelehnt.csv")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save rejected rows"), str(suggestion), self.tr("CSV files (*.csv)")
        )
        if chosen:
            try:
                count = write_rejects_file(wizard.plan, Path(chosen).with_suffix(".csv"))
            except Exception as problem:  # an export error names the file and the cause
                QMessageBox.warning(self, self.tr("Save rejected rows"), problem_text(problem))
                return
            self.summary.setText(
                self.summary.text()
                + " "
                + self.tr("{count} rejected rows saved; fix them and import that file.").format(
                    count=count
                )
            )

    def isComplete(self) -> bool:  # noqa: N802
        wizard: ImportWizard = self.wizard()
        return wizard.plan is not None and not wizard.busy()


# -- 4. the result ------------------------------------------------------------------------------


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Importing"))
        self.progress = QProgressBar(self, objectName="progress")
        self.status = QLabel(self, objectName="status")
        self.status.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo this import"), self, objectName="undo")
        self.undo_button.setAutoDefault(False)
        self.undo_button.hide()
        self.undo_button.clicked.connect(self.undo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.finished = False

    def initializePage(self) -> None:  # noqa: N802
        wizard: ImportWizard = self.wizard()
        assert wizard.plan is not None
        self.finished = False
        self.status.setText(self.tr("Importing… Cancel stops it; then nothing is imported."))
        plan = wizard.plan
        name = Path(wizard.file_page.path.text()).name

        def work(db, progress, cancelled):
            return write_import(db, plan, source_name=name, cancelled=cancelled, progress=progress)

        wizard.run_job(work, self._done, self._failed, self.progress)

    def _done(self, result: ImportResult) -> None:
        wizard: ImportWizard = self.wizard()
        wizard.result = result
        self.finished = True
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.status.setText(
            self.tr("Done: {summary}. This import is batch {batch}; it can be undone.").format(
                summary=result.summary.text(), batch=result.batch_id
            )
        )
        self.undo_button.show()
        wizard.imported.emit()
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.finished = True
        self.progress.hide()
        from secretariat.imports.plan import ImportCancelled

        if isinstance(error, ImportCancelled):
            self.status.setText(self.tr("Cancelled. Nothing was imported."))
        elif isinstance(error, StoreError):
            self.status.setText(
                self.tr("Nothing was imported: {problem}").format(problem=problem_text(error))
            )
        else:
            self.status.setText(self.tr("The import failed; nothing was imported."))
            sys.excepthook(type(error), error, error.__traceback__)
        self.completeChanged.emit()

    def undo(self) -> None:
        from secretariat.imports.undo import undo_batch

        wizard: ImportWizard = self.wizard()
        assert wizard.result is not None
        try:
            outcome = undo_batch(wizard.db, wizard.result.batch_id)
        except StoreError as problem:
            self.status.setText(problem_text(problem))
            return
        self.undo_button.hide()
        self.status.setText(
            self.tr("The import was undone: {outcome}.").format(outcome=outcome.text())
        )
        wizard.imported.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.finished
