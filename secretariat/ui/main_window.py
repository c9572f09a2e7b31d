"""The main window: a sidebar of pages (overview, organisations, contacts,
products and services, events, interactions, projects, stories, cluster profile,
change history), each with its icon,
the menus and shortcuts an office user expects, and a status bar with counts.

Every page, and every dialog that comes to the front, gets what the window can give
whoever built it: columns at least as wide as their captions, and a name for each
control that a screen reader says (:meth:`MainWindow._finish`).

Window size, splitters, column widths and sort orders are remembered in QSettings
(layout only; everything that belongs to the cluster lives in the database).

Only what the overview needs is loaded before the window first shows: every other
page (and its modules) is made on its first visit, and the day's backup is taken
just after the first paint.

Nothing here touches Qt's ``Qt`` namespace of enums (the roles as numbers, the
keys as key sequences): loading it takes a noticeable part of the start-up, and the
first window does without it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QImage, QKeySequence, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from secretariat import APP_NAME, paths, version
from secretariat.store import ClusterDatabase, StoreError, backups
from secretariat.ui import language
from secretariat.ui.open_problem import open_database_file
from secretariat.ui.overview_page import OverviewPage
from secretariat.ui.pages import PageSpec, page_specs

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent  # its type is made only when it is first imported

    from secretariat.ui.record_page import RecordPage

RECENT_LIMIT = 8
DATABASE_FILTER = "Secretariat databases (*.sqlite3 *.sqlite *.db);;All files (*)"
KEY_ROLE = 256  # Qt.ItemDataRole.UserRole: the key of a page in the sidebar
# The sidebar's icons: Lucide (ISC licence), resources/icons/lucide/, drawn in the
# colour of the sidebar's text, so that they suit a light and a dark desktop alike.
PAGE_ICONS = {
    "overview": "layout-dashboard",
    "organisations": "building-2",
    "contacts": "contact",
    "products": "package",
    "events": "calendar-days",
    "interactions": "messages-square",
    "projects": "folder-kanban",
    "stories": "newspaper",
    "profile": "network",
    "history": "history",
}
ICON_SIZE = 18  # px, beside the sidebar's text


def page_icon(name: str, palette: QPalette, ratio: float = 1.0) -> QIcon:
    """The sidebar icon ``name`` (a Lucide SVG drawn in ``currentColor``) in the
    colour of the list's text, and of its highlighted text for the page chosen."""
    drawing = paths.shipped("resources", "icons", "lucide", f"{name}.svg").read_text("utf-8")
    pixels = round(ICON_SIZE * ratio)
    drawing = drawing.replace('width="24"', f'width="{pixels}"', 1)
    drawing = drawing.replace('height="24"', f'height="{pixels}"', 1)
    icon = QIcon()
    for mode, role in (
        (QIcon.Mode.Normal, QPalette.ColorRole.Text),
        (QIcon.Mode.Active, QPalette.ColorRole.Text),
        (QIcon.Mode.Selected, QPalette.ColorRole.HighlightedText),
    ):
        coloured = drawing.replace("currentColor", palette.color(role).name())
        pixmap = QPixmap.fromImage(QImage.fromData(coloured.encode("utf-8"), "SVG"))
        pixmap.setDevicePixelRatio(ratio)
        icon.addPixmap(pixmap, mode)
    return icon


def as_menu_text(text: str) -> str:
    """A name (a page's title, a file's path) as the text of a menu entry: its "&"
    shown as itself, not taken as the mark of a shortcut key ("Products & services",
    not "Products _services")."""
    return text.replace("&", "&&")


def show_problem(parent: QWidget, problem: StoreError) -> None:
    """:func:`secretariat.ui.dialogs.show_problem`, whose module (and the dialog types
    it makes) the window loads only when there is a problem to show."""
    from secretariat.ui import dialogs

    dialogs.show_problem(parent, problem)


class MainWindow(QMainWindow):
    """The window a secretary works in. ``settings`` holds its layout only."""

    first_painted = Signal()
    database_changed = Signal()

    def __init__(self, db: ClusterDatabase, settings: QSettings | None = None) -> None:
        super().__init__()
        self.db = db
        self.settings = settings if settings is not None else QSettings()
        self._painted = False
        self._backup_due = False  # the day's backup is waiting for the event loop
        self.specs: dict[str, PageSpec] = {spec.key: spec for spec in page_specs()}
        self.page_titles: dict[str, str] = {"overview": self.tr("Overview")}
        self.page_titles.update({key: spec.title for key, spec in self.specs.items()})
        self.page_titles["profile"] = self.tr("Cluster profile")
        self.page_titles["history"] = self.tr("Change history")
        self.pages: dict[str, QWidget] = {}
        self._opening_counts: dict[str, int] | None = None
        self.setAcceptDrops(True)  # a list dropped on the window opens the import wizard

        self.navigation = QListWidget(self, objectName="navigation")
        for key, title in self.page_titles.items():
            item = QListWidgetItem(title)
            item.setData(KEY_ROLE, key)
            self.navigation.addItem(item)
        self.navigation.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.navigation.setSpacing(1)
        self._paint_icons()
        self.navigation.setAccessibleName(self.tr("Pages"))
        # as wide as its longest page name (with its icon), in every language, where
        # the window has the room
        names = self.navigation.sizeHintForColumn(0) + 2 * self.navigation.frameWidth() + 4
        self._names_width = max(180, names)
        self.navigation.setMinimumWidth(170)
        self.navigation.setMaximumWidth(max(240, names))
        self.stack = QStackedWidget(self)
        # no parent given (the central widget's place gives it one): QSplitter(parent)
        # would load Qt's namespace to tell it from QSplitter(orientation)
        self.splitter = QSplitter(objectName="main_splitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([self._names_width, 1100])
        self.setCentralWidget(self.splitter)
        self.status_counts = QLabel(self, objectName="status_counts")
        self.statusBar().addPermanentWidget(self.status_counts)
        self._build_menus()
        # every dialog that comes to the front (whichever page or module opened it)
        # gets what the pages get: see _finish
        QApplication.instance().focusWindowChanged.connect(self._window_came)
        self.navigation.currentRowChanged.connect(self._navigated)
        # before any page is made; the overview, when it is the first page, shows the same
        self._opening_counts = self.update_counts()
        self._restore_window()
        self._opening_counts = None
        if db.path:
            self._remember(db.path)
        self._update_title()

    # -- pages ------------------------------------------------------------------------------

    def _paint_icons(self) -> None:
        """The sidebar's icons, in the colours of its palette (again when it changes:
        a desktop switched to dark)."""
        palette = self.navigation.palette()
        ratio = self.devicePixelRatioF()
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            name = PAGE_ICONS.get(item.data(KEY_ROLE))
            if name is not None:
                item.setIcon(page_icon(name, palette, ratio))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.ApplicationPaletteChange,
            QEvent.Type.DevicePixelRatioChange,  # moved to a sharper screen
        ):
            self._paint_icons()

    def page(self, key: str) -> QWidget:
        """The page called ``key``, made the first time it is asked for."""
        if key not in self.pages:
            if key == "overview":
                page: QWidget = OverviewPage(self.db, self, self._opening_counts)
                page.open_record.connect(self.open_record)
            elif key == "history":
                from secretariat.ui.audit_page import AuditPage

                page = AuditPage(self.db, self)
                page.open_record.connect(self.open_record)
            elif key == "profile":
                from secretariat.ui.profile_page import ClusterProfilePage

                page = ClusterProfilePage(self.db, self)
                page.counts_changed.connect(self.update_counts)
                page.message.connect(self.show_message)
            else:
                if key == "events":
                    from secretariat.ui.event_page import EventPage as kind
                else:
                    from secretariat.ui.record_page import RecordPage as kind
                page = kind(self.db, self.specs[key], self.settings, self)
                page.counts_changed.connect(self.update_counts)
                page.open_record.connect(self.open_record)
                page.message.connect(self.show_message)
            if key != "overview":  # its few lists are named by their boxes
                self._finish(page, self.page_titles[key])
            self.pages[key] = page
            self.stack.addWidget(page)
        return self.pages[key]

    def _finish(self, page: QWidget, title: str) -> None:
        """What every page (and dialog) gets, whoever built it: columns at least as
        wide as their captions, and a name for each control a screen reader says
        (see :func:`secretariat.ui.dialogs.name_controls`; ``title`` names a list
        that has nothing else)."""
        from secretariat.ui.dialogs import fit_all_columns, name_controls

        two_lists = {  # a page or dialog with two lists: which is which
            "AuditPage": {"changes": self.tr("Changes"), "fields": self.tr("Fields changed")},
            "DuplicatesDialog": {
                "pairs": self.tr("Likely duplicates"),
                "fields": self.tr("The two records, field by field"),
            },
        }
        for name, spoken in two_lists.get(type(page).__name__, {}).items():
            view = page.findChild(QAbstractItemView, name)
            if view is not None and not view.accessibleName():
                view.setAccessibleName(spoken)
        fit_all_columns(page)
        name_controls(page, title)

    def _window_came(self, _window) -> None:
        """A window of the program came to the front: a dialog is :meth:`_finish`-ed."""
        dialog = QApplication.activeWindow()
        if isinstance(dialog, QDialog) and not isinstance(dialog, QMessageBox):
            self._finish(dialog, dialog.windowTitle())

    def _prepared(self, dialog: QDialog) -> QDialog:
        """A dialog made elsewhere, :meth:`_finish`-ed, and made tall enough for its
        wrapped texts once it shows (a wizard on each of its pages)."""
        from secretariat.ui.dialogs import fit_height

        def finish() -> None:
            self._finish(dialog, dialog.windowTitle())
            QTimer.singleShot(0, lambda: fit_height(dialog))  # once it is on the screen

        finish()
        page_shown = getattr(dialog, "currentIdChanged", None)  # a QWizard's
        if page_shown is not None:
            page_shown.connect(lambda _page: finish())
        return dialog

    @property
    def current_key(self) -> str:
        item = self.navigation.currentItem()
        return item.data(KEY_ROLE) if item else "overview"

    def current_page(self) -> QWidget | None:
        return self.pages.get(self.current_key)

    def show_page(self, key: str) -> bool:
        row = list(self.page_titles).index(key)
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)
        return self.current_key == key

    def _navigated(self, row: int) -> None:
        key = list(self.page_titles)[row]
        current = self.stack.currentWidget()
        if current is not None and current is not self.pages.get(key):
            leaving = getattr(current, "can_leave", None)
            if leaving is not None and not leaving():
                previous = next(k for k, page in self.pages.items() if page is current)
                self.navigation.blockSignals(True)
                self.navigation.setCurrentRow(list(self.page_titles).index(previous))
                self.navigation.blockSignals(False)
                return
        made = key in self.pages
        page = self.page(key)
        if made and isinstance(page, OverviewPage):  # a new one shows the latest already
            page.refresh()
        self.stack.setCurrentWidget(page)

    def open_record(self, table: str, record_id: int) -> None:
        """Go to the page of ``table`` and show the record (one click away)."""
        if table == "cluster_profile":
            self.show_page("profile")
            return
        if table in self.specs and self.show_page(table):
            page = self.page(table)
            page.select_record(record_id)  # type: ignore[attr-defined] (a RecordPage)

    # -- counts and messages -----------------------------------------------------------------

    def update_counts(self) -> dict[str, int]:
        """The counts in the status bar, and the overview (when it was made); returns them."""
        counts = self.db.counts()
        locale = QLocale()
        self.status_counts.setText(
            self.tr(
                "{organisations} organisations · {contacts} contacts · {events} events — {file}"
            ).format(
                organisations=locale.toString(counts["organisations"]),
                contacts=locale.toString(counts["contacts"]),
                events=locale.toString(counts["events"]),
                file=self.db.name,
            )
        )
        self.status_counts.setToolTip(str(self.db.path or ""))
        overview = self.pages.get("overview")
        if isinstance(overview, OverviewPage):
            overview.refresh(counts)
        return counts

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _update_title(self) -> None:
        """The database's name in the title; for a read-only one, "(read-only)" and the
        actions that would write to it disabled."""
        writable = not self.db.read_only
        for name in ("import", "find_duplicates", "batches", "retention"):
            action = self.findChild(QAction, name)
            if action is not None:
                action.setEnabled(writable)
        read_only = self.tr(" (read-only)") if self.db.read_only else ""
        self.setWindowTitle(f"{self.db.name}{read_only} — {APP_NAME}")

    # -- menus ---------------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:  # setShortcuts: setShortcut would load Qt's namespace
            action.setShortcuts([QKeySequence(shortcut)])  # a text or a standard key
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(self._action(self.tr("&New database…"), self.new_database, None, "new_db"))
        menu.addAction(
            self._action(self.tr("&Open…"), self.open_database, QKeySequence.StandardKey.Open)
        )
        self.recent_menu = menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        menu.addSeparator()
        self.export_action = self._action(self.tr("&Export…"), self.open_export, "Ctrl+E", "export")
        menu.addAction(self.export_action)
        self.import_action = self._action(self.tr("&Import…"), self.open_import, "Ctrl+I", "import")
        menu.addAction(self.import_action)
        menu.addAction(
            self._action(
                self.tr("Find &duplicates…"), self.find_duplicates, None, "find_duplicates"
            )
        )
        menu.addAction(
            self._action(self.tr("Imports and &merges…"), self.show_batches, None, "batches")
        )
        menu.addSeparator()
        self.backup_action = self._action(self.tr("&Back up now"), self.back_up, None, "backup")
        menu.addAction(self.backup_action)
        menu.addAction(self._action(self.tr("Save a &copy as…"), self.save_copy, None, "save_copy"))
        menu.addAction(
            self._action(self.tr("&Restore from backup…"), self.restore_backup, None, "restore")
        )
        menu.addSeparator()
        menu.addAction(
            self._action(
                self.tr("Contacts without &activity…"),
                self._open_retention,
                None,
                "retention",
            )
        )
        menu.addSeparator()
        menu.addAction(self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))

        edit = self.menuBar().addMenu(self.tr("&Edit"))
        self.new_action = self._action(self.tr("&New"), self._new, QKeySequence.StandardKey.New)
        self.save_action = self._action(self.tr("&Save"), self._save, QKeySequence.StandardKey.Save)
        self.delete_action = self._action(self.tr("&Delete…"), self._delete, "Del")
        self.find_action = self._action(self.tr("&Find"), self._find, QKeySequence.StandardKey.Find)
        self.edit_action = self._action(self.tr("&Edit"), self._edit, "F2")
        self.cancel_action = self._action(self.tr("&Cancel changes"), self._cancel, "Esc")
        for action in (
            self.new_action,
            self.save_action,
            self.delete_action,
            self.find_action,
            self.edit_action,
            self.cancel_action,
        ):
            edit.addAction(action)

        view = self.menuBar().addMenu(self.tr("&View"))
        for number, (key, title) in enumerate(self.page_titles.items(), start=1):
            shortcut = f"Ctrl+{number}" if number <= 9 else None  # Ctrl+1 … Ctrl+9
            entry = self._action(
                as_menu_text(title), lambda _=False, k=key: self.show_page(k), shortcut
            )
            view.addAction(entry)
        view.addSeparator()
        view.addAction(language.action(self, self.settings))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Secretariat"), self.show_about))

    def _open_retention(self) -> None:
        from secretariat.ui.privacy import open_retention_dialog

        open_retention_dialog(self)

    def _record_page(self) -> RecordPage | None:
        from secretariat.ui.record_page import RecordPage

        page = self.current_page()
        return page if isinstance(page, RecordPage) else None

    def _form_page(self) -> QWidget | None:
        """The current page when it is a form that saves (a list of records, the profile)."""
        from secretariat.ui.profile_page import ClusterProfilePage
        from secretariat.ui.record_page import RecordPage

        page = self.current_page()
        return page if isinstance(page, RecordPage | ClusterProfilePage) else None

    def _new(self) -> None:
        page = self._record_page()
        if page is not None:
            page.new_record()

    def _save(self) -> None:
        page = self._form_page()
        if page is not None:
            page.save()  # type: ignore[attr-defined]

    def _delete(self) -> None:
        page = self._record_page()
        if page is not None:
            page.delete_record()

    def _find(self) -> None:
        page = self._record_page()
        if page is not None:
            page.search.setFocus()
            page.search.selectAll()

    def _edit(self) -> None:
        page = self._record_page()
        if page is not None:
            page.tabs.setCurrentIndex(0)
            page.focus_form()

    def _cancel(self) -> None:
        page = self._form_page()
        if page is not None:
            page.cancel_changes()  # type: ignore[attr-defined]

    # -- files ----------------------------------------------------------------------------------

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.recent_files():
            action = self.recent_menu.addAction(as_menu_text(path))
            action.triggered.connect(lambda _=False, p=path: self.switch_database(Path(p)))
        if not self.recent_menu.actions():
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def recent_files(self) -> list[str]:
        value = self.settings.value("recent_files", [])
        files = [value] if isinstance(value, str) else list(value or [])
        return [f for f in files if f and Path(f).exists()]

    def _remember(self, path: Path) -> None:
        files = [str(path)] + [f for f in self.recent_files() if f != str(path)]
        self.settings.setValue("recent_files", files[:RECENT_LIMIT])

    def new_database(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New cluster database"),
            str(self._folder() / "cluster.sqlite3"),
            self.tr(DATABASE_FILTER),
        )
        if target:
            path = Path(target)
            if path.exists():
                show_problem(
                    self,
                    StoreError(
                        self.tr("“{path}” already exists.").format(path=path),
                        self.tr("Use File → Open for an existing database."),
                    ),
                )
                return
            self.switch_database(path, create=True)

    def open_database(self) -> None:
        target, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a cluster database"), str(self._folder()), self.tr(DATABASE_FILTER)
        )
        if target:
            self.switch_database(Path(target))

    def _folder(self) -> Path:
        return self.db.path.parent if self.db.path else Path.home()

    def switch_database(self, path: Path, *, create: bool = False) -> bool:
        """Close the open database and work on ``path`` instead."""
        if not self._can_leave_page():
            return False
        db = open_database_file(path, self, create=create, at_start=False)
        if db is None:
            return False
        self._install(db)
        return True

    def _install(self, db: ClusterDatabase) -> None:
        for key, page in list(self.pages.items()):
            self._save_page_layout(page)
            self.stack.removeWidget(page)
            page.deleteLater()
            del self.pages[key]
        old = self.db
        self.db = db
        old.close()  # closing an already closed database (after a restore) is harmless
        if db.path:
            self._remember(db.path)
        self._update_title()
        self.update_counts()
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(-1)
        self.navigation.blockSignals(False)
        self.show_page("overview")
        self.database_changed.emit()
        self._daily_backup_soon()  # once the new database is on screen

    def open_export(self) -> None:
        from secretariat.ui.export_dialog import ExportDialog

        self._prepared(ExportDialog(self.db, self, settings=self.settings)).exec()

    def open_import(self, path: str | None = None) -> None:
        """The import wizard (File → Import…, or a file dropped on the window)."""
        from secretariat.ui.import_wizard import ImportWizard

        wizard = ImportWizard(self.db, self, path=path or None)
        wizard.imported.connect(self._after_import)
        self._prepared(wizard).exec()

    def find_duplicates(self) -> None:
        """File → Find duplicates…: compare likely pairs and merge them."""
        from secretariat.ui.duplicates_dialog import DuplicatesDialog

        self._run_changing(DuplicatesDialog(self.db, self))

    def show_batches(self) -> None:
        """File → Imports and merges…: the list of batches, and Undo."""
        from secretariat.ui.batches_dialog import BatchesDialog

        self._run_changing(BatchesDialog(self.db, self))

    def _run_changing(self, dialog) -> None:
        changed = []
        dialog.changed.connect(lambda: changed.append(True))
        self._prepared(dialog).exec()
        if changed:
            self._after_import()

    def _after_import(self) -> None:
        for page in self.pages.values():
            refresh = getattr(page, "refresh", None)
            if refresh is not None:
                refresh()
        self.update_counts()

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        path = self._dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.open_import(path)

    @staticmethod
    def _dropped_file(event) -> str | None:
        from secretariat.ui.import_wizard import SUFFIXES

        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        files = [url.toLocalFile() for url in urls if url.isLocalFile()]
        if len(files) == 1 and Path(files[0]).suffix.lower() in SUFFIXES:
            return files[0]
        return None

    def _daily_backup_soon(self) -> None:
        """The day's backup of the open database, as soon as the window has been drawn."""
        if not self._backup_due:
            self._backup_due = True
            QTimer.singleShot(0, self._daily_backup)

    def _daily_backup(self) -> None:
        """Once a day, when a database is opened: a backup into its rotation (called
        just after the window shows it, so that copying a large file does not keep the
        window from appearing)."""
        self._backup_due = False
        if self.db.closed:  # the window was closed meanwhile
            return
        try:
            backups.daily_backup_if_due(self.db)
        except StoreError as problem:
            from secretariat.ui.formatting import translate_problem

            why, hint = translate_problem(problem)
            failed = StoreError(
                self.tr("Today's automatic backup was not taken. {why}").format(why=why), hint
            )
            self.show_message(failed.message)
            QTimer.singleShot(0, lambda: show_problem(self, failed))

    def back_up(self) -> None:
        """File → Back up now: a backup into the backups folder, kept in the rotation."""
        try:
            written = backups.take_backup(self.db, backups.BY_HAND)
        except StoreError as problem:
            show_problem(self, problem)
            return
        if written is not None:
            self.show_message(self.tr("Backup written to {path}").format(path=written))

    def save_copy(self) -> None:
        """File → Save a copy as…: a checked copy at a place of the user's choosing."""
        suggestion = str(self.db.path.with_suffix(".backup.sqlite3")) if self.db.path else ""
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of the database"), suggestion, self.tr(DATABASE_FILTER)
        )
        if not target:
            return
        try:
            written = backups.save_copy(self.db, target)
        except StoreError as problem:
            show_problem(self, problem)
            return
        self.show_message(self.tr("Copy written to {path}").format(path=written))

    def restore_backup(self) -> None:
        """File → Restore from backup…: choose a backup, confirm, restore."""
        from secretariat.ui.restore_dialog import RestoreDialog

        if self.db.path is None or not self._can_leave_page():
            return
        if getattr(self.db, "read_only", False):
            show_problem(
                self,
                StoreError(
                    self.tr("This database is open read-only, so it cannot be replaced."),
                    self.tr("Open it normally to restore a backup into it."),
                ),
            )
            return
        dialog = RestoreDialog(self.db.path, self)
        if self._prepared(dialog).exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        source = dialog.chosen
        answer = QMessageBox.question(
            self,
            APP_NAME,
            self.tr(
                "Replace the open database with the backup “{backup}”? "
                "A copy of the current database is kept as a backup first."
            ).format(backup=source.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        path = self.db.path
        self.db.close()
        try:
            kept = backups.restore_backup(path, source)
        except StoreError as problem:
            show_problem(self, problem)
            kept = None
        self._install(ClusterDatabase.open(path, create=False))
        if kept:
            self.show_message(
                self.tr("Restored. The previous state is kept as {path}").format(path=kept)
            )

    def show_about(self) -> None:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        QMessageBox.about(
            self,
            self.tr("About Secretariat"),
            self.tr(
                "<b>Secretariat {version}</b><p>The back office of a business-cluster "
                "secretariat.</p><p>Database: {path} (schema {schema})<br>"
                "Qt {qt}, PySide6 {pyside}</p>"
            ).format(
                version=version(),
                path=self.db.path or self.db.name,
                schema=self.db.schema_version,
                qt=qVersion(),
                pyside=pyside_version,
            ),
        )

    # -- remembered layout and closing ---------------------------------------------------------

    def _restore_window(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 780)
        state = self.settings.value("window/splitter")
        if state is not None:
            self.splitter.restoreState(state)
            sizes = self.splitter.sizes()
            if sizes[0] < self._names_width:  # left narrower, or in a shorter language
                self.splitter.setSizes([self._names_width, sum(sizes) - self._names_width])
        key = self.settings.value("window/page", "overview")
        self.show_page(key if key in self.page_titles else "overview")

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/page", self.current_key)
        for page in self.pages.values():
            self._save_page_layout(page)
        self.settings.sync()

    @staticmethod
    def _save_page_layout(page: QWidget) -> None:
        """Column widths and sort order of a list of records (other pages have none)."""
        save = getattr(page, "save_layout", None)
        if save is not None:
            save()

    def _can_leave_page(self) -> bool:
        page = self.current_page()
        leaving = getattr(page, "can_leave", None)
        return leaving is None or leaving()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._can_leave_page():
            event.ignore()
            return
        self.save_layout()
        event.accept()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
            self._daily_backup_soon()  # the window is there before the copy
