"""Data protection in the app: a person's data report, erasing a person, and the
contacts without activity for years.

On the Contacts page (see :class:`~secretariat.ui.record_page.RecordPage`) the
"Data protection" button offers :func:`save_personal_data` and :func:`erase_person`;
:class:`RetentionDialog` ("Contacts without activity…") lists the stale contacts
and anonymises the chosen ones; :func:`open_retention_dialog` runs it for the main
window.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat import APP_NAME
from secretariat.exports import ExportError
from secretariat.privacy.erasure import (
    ErasurePreview,
    ErasureResult,
    erase_contacts,
    erasure_preview,
)
from secretariat.privacy.retention import DEFAULT_YEARS, MAX_YEARS, StaleContact, stale_contacts
from secretariat.store import ClusterDatabase, StoreError
from secretariat.ui.dialogs import read_only_table, show_problem
from secretariat.ui.formatting import problem_text, show_date
from secretariat.ui.jobs import Job

YEARS_SETTING = "privacy/retention_years"
FOLDER_SETTING = "privacy/report_folder"


def _tr(text: str) -> str:
    return QCoreApplication.translate("privacy", text)


def _file_name(name: str, contact_id: int) -> str:
    words = "".join(c if c.isalnum() else " " for c in name).split()
    return _tr("Personal data {name}").format(name=" ".join(words) or f"#{contact_id}")


def save_personal_data(
    parent: QWidget | None,
    db: ClusterDatabase,
    contact_id: int,
    name: str,
    settings: QSettings | None = None,
) -> Path | None:
    """Ask where to save the report on ``contact_id`` (PDF or JSON by the chosen
    ending) and write it; returns the file written, or None."""
    from secretariat.exports.personal_data import PersonalDataReport

    folder = Path(str(settings.value(FOLDER_SETTING, "") if settings else "") or Path.home())
    pdf, json_filter = _tr("PDF to read (*.pdf)"), _tr("JSON for other programs (*.json)")
    chosen, kind = QFileDialog.getSaveFileName(
        parent,
        _tr("Personal data report"),
        str(folder / f"{_file_name(name, contact_id)}.pdf"),
        f"{pdf};;{json_filter}",
    )
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix.lower() not in (".pdf", ".json"):
        target = target.with_name(target.name + (".json" if kind == json_filter else ".pdf"))
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        written = PersonalDataReport(db, contact_id).write(target)
    except (StoreError, ExportError) as problem:
        QGuiApplication.restoreOverrideCursor()
        show_problem(parent, problem)
        return None
    QGuiApplication.restoreOverrideCursor()
    if settings is not None:
        settings.setValue(FOLDER_SETTING, str(written.parent))
    return written


def confirm_erasure(parent: QWidget | None, preview: ErasurePreview) -> bool:
    """Ask before erasing one person, naming them; True: erase."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        APP_NAME,
        _tr("Erase {person}?").format(person=preview.description()),
        parent=parent,
    )
    box.setObjectName("erase_confirmation")
    box.setInformativeText(
        _tr(
            "Their name, e-mail, phone numbers and notes are removed everywhere, also from "
            "texts and the change history. {registrations} event registration(s) stay as "
            "anonymous counts; {consents} consent record(s) are deleted. A backup is taken "
            "first. This cannot be undone, except by restoring that backup."
        ).format(registrations=preview.registrations, consents=preview.consents)
    )
    erase = box.addButton(_tr("Erase"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is erase


def erase_person(
    parent: QWidget | None, db: ClusterDatabase, contact_id: int
) -> ErasureResult | None:
    """Confirm, then erase the contact; None when cancelled or refused."""
    try:
        preview = erasure_preview(db, contact_id)
    except StoreError as problem:
        show_problem(parent, problem)
        return None
    if preview.already_erased:
        QMessageBox.information(
            parent,
            APP_NAME,
            _tr("This person was already erased on {day}.").format(
                day=show_date(preview.erased_at)
            ),
        )
        _erase(parent, db, [contact_id])  # finishes wiping, if that was held up before
        return None
    if not confirm_erasure(parent, preview):
        return None
    return _erase(parent, db, [contact_id])


def _erase(parent: QWidget | None, db: ClusterDatabase, ids: list[int]) -> ErasureResult | None:
    """Erase ``ids``; for a database file in a worker thread (wiping the file takes a
    while on a big database) while a busy indicator shows; None after a problem."""
    try:
        result = _erase_in_background(parent, db, ids) if db.path else erase_contacts(db, ids)
    except StoreError as problem:
        show_problem(parent, problem)
        return None
    notes = [_moved_up_text(db, moved) for moved in result.moved_up]
    if not result.wiped:
        notes.append(
            _tr(
                "Another window or program has this database open, so the old data could not "
                "yet be wiped from the file. Close the others, then choose “Erase this "
                "person…” again."
            )
        )
    if notes:
        QMessageBox.information(parent, APP_NAME, "\n\n".join(notes))
    return result


def _erase_in_background(
    parent: QWidget | None, db: ClusterDatabase, ids: list[int]
) -> ErasureResult:
    path, staff = db.path, db.staff
    assert path is not None

    def work(_progress: Any, _cancelled: Any) -> ErasureResult:
        with ClusterDatabase.open(path, create=False, staff=staff) as own:
            return erase_contacts(own, ids)

    outcome: dict[str, Any] = {}
    job = Job(work, parent)
    job.succeeded.connect(lambda result: outcome.update(result=result))
    job.failed.connect(lambda error: outcome.update(error=error))
    waiting = QProgressDialog(
        _tr("Erasing, and wiping the old data from the file…"), "", 0, 0, parent
    )
    waiting.setObjectName("erasing")
    waiting.setWindowTitle(APP_NAME)
    waiting.setCancelButton(None)
    waiting.setWindowModality(Qt.WindowModality.ApplicationModal)
    waiting.setMinimumDuration(0)
    loop = QEventLoop()
    job.finished.connect(loop.quit)
    shown_later = QTimer(waiting, singleShot=True, interval=300)  # not for a quick one
    shown_later.timeout.connect(waiting.show)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        job.start()
        shown_later.start()
        loop.exec()
    finally:
        QGuiApplication.restoreOverrideCursor()
        shown_later.stop()
        waiting.reset()
        waiting.deleteLater()
        job.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def _moved_up_text(db: ClusterDatabase, moved: dict[str, Any]) -> str:
    try:
        contact = db.contacts.get(moved["contact_id"])
        event = db.events.get(moved["event_id"])
    except StoreError:
        return _tr("Someone moved up from a waitlist; please tell them.")
    name = " ".join(p for p in (contact.get("first_name"), contact.get("last_name")) if p)
    return _tr("{name} moved up from the waitlist of “{event}”; please tell them.").format(
        name=name, event=event.get("title")
    )


class RetentionDialog(QDialog):
    """Contacts without activity for N years (N remembered), to anonymise after a
    confirmation. ``changed`` is emitted after an erasure."""

    changed = Signal()

    def __init__(
        self, db: ClusterDatabase, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.shown: list[StaleContact] = []
        self.setWindowTitle(self.tr("Contacts without activity"))
        self.resize(720, 480)

        explanation = QLabel(
            self.tr(
                "Contacts with no registration, interaction, consent or change for the "
                "number of years chosen. Erasing anonymises them everywhere; event "
                "registrations stay as anonymous counts."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.years = QSpinBox(self, objectName="years")
        self.years.setRange(1, MAX_YEARS)
        self.years.setSuffix(self.tr(" years"))
        self.years.setValue(_remembered_years(settings))
        self.years.valueChanged.connect(self._years_changed)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("No activity for at least"), self))
        top.addWidget(self.years)
        top.addStretch(1)

        self.table = QTableWidget(0, 4, self, objectName="stale_contacts")
        self.table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Name"), self.tr("Organisation"), self.tr("Last activity")]
        )
        read_only_table(
            self.table, QAbstractItemView.SelectionMode.ExtendedSelection, stretch=(1, 2)
        )
        self.table.itemSelectionChanged.connect(self._selected)

        self.select_all_button = QPushButton(self.tr("Select all"), self, objectName="select_all")
        self.select_all_button.setAutoDefault(False)
        self.select_all_button.clicked.connect(self.table.selectAll)
        self.erase_button = QPushButton(
            self.tr("Anonymise selected…"), self, objectName="anonymise"
        )
        self.erase_button.setAutoDefault(False)
        self.erase_button.clicked.connect(self.anonymise_selected)
        close = QPushButton(self.tr("Close"), self, objectName="close")
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        self.status = QLabel(self, objectName="status")
        self.status.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.select_all_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.refresh()

    def _years_changed(self, years: int) -> None:
        self.settings.setValue(YEARS_SETTING, years)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.shown = stale_contacts(self.db, self.years.value())
        except StoreError as problem:
            self.shown = []
            self.status.setText(problem_text(problem))
        self.table.setRowCount(0)
        self.table.setRowCount(len(self.shown))
        for row, person in enumerate(self.shown):
            cells = [str(person.id), person.name, person.organisation, show_date(person.last_day)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                self.table.setItem(row, column, item)
        if not self.shown:
            self.status.setText(self.tr("No contact has been inactive that long."))
        else:
            self.status.setText(
                self.tr("{count} contact(s) without activity.").format(count=len(self.shown))
            )
        self._selected()

    def chosen(self) -> list[StaleContact]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.shown[row] for row in rows if row < len(self.shown)]

    def _selected(self) -> None:
        self.erase_button.setEnabled(bool(self.chosen()))
        self.select_all_button.setEnabled(bool(self.shown))

    def anonymise_selected(self) -> None:
        people = self.chosen()
        if not people:
            return
        names = ", ".join(person.name for person in people[:5])
        if len(people) > 5:
            names += self.tr(" and {count} more").format(count=len(people) - 5)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Anonymise"),
            self.tr("Anonymise {count} contact(s): {names}?").format(
                count=len(people), names=names
            ),
            parent=self,
        )
        box.setObjectName("anonymise_confirmation")
        box.setInformativeText(
            self.tr(
                "Their names, e-mail addresses, phone numbers and notes are removed "
                "everywhere. A backup is taken first. This cannot be undone, except by "
                "restoring that backup."
            )
        )
        erase = box.addButton(self.tr("Anonymise"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not erase:
            return
        result = _erase(self, self.db, [person.id for person in people])
        if result is None:
            return
        self.refresh()
        self.status.setText(
            self.tr("{count} contact(s) anonymised.").format(count=len(result.erased))
        )
        self.changed.emit()


def _remembered_years(settings: QSettings) -> int:
    try:
        years = int(settings.value(YEARS_SETTING, DEFAULT_YEARS))
    except (TypeError, ValueError):
        return DEFAULT_YEARS
    return years if 1 <= years <= MAX_YEARS else DEFAULT_YEARS


def open_retention_dialog(window: Any) -> None:
    """Data protection → Contacts without activity… for the main window: after an
    erasure its pages and counts are refreshed."""
    dialog = RetentionDialog(window.db, window.settings, window)
    changed: list[bool] = []
    dialog.changed.connect(lambda: changed.append(True))
    dialog.exec()
    if changed:
        for page in getattr(window, "pages", {}).values():
            refresh = getattr(page, "refresh", None)
            if refresh is not None:
                refresh()
        window.update_counts()
