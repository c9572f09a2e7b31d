"""The language the program speaks: German or English, following the system unless
the user chose one (the settings value ``language``: "de", "en", or "" for the
system's). The choice applies when the program next starts: right away, if the user
lets it restart (:func:`offer_restart`), or later.

:func:`install` puts our translation and Qt's own (the OK, Cancel, Yes and No of
standard buttons) into the application and sets the locale that dates, times,
numbers and money follow. The variable ``SECRETARIAT_LANGUAGE`` overrides the
setting, for tests and screenshots; it also takes ``pseudo``, a pseudo-locale that
brackets every text and makes it a third longer, to find clipped labels.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QProcess,
    QProcessEnvironment,
    QSettings,
    QTranslator,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from secretariat import APP_NAME, paths
from secretariat.ui import formatting

SETTING = "language"
ENV_VAR = "SECRETARIAT_LANGUAGE"
GERMAN, ENGLISH, PSEUDO, SYSTEM = "de", "en", "pseudo", ""
CHOICES = (SYSTEM, GERMAN, ENGLISH)

_installed: list[QTranslator] = []
_before: list[QLocale] = []  # the default locale before the first install
_spoken: list[str] = []  # the language installed last (none: the source texts, English)


def _tr(text: str) -> str:
    return QCoreApplication.translate("language", text)


def chosen(settings: QSettings | None = None) -> str:
    """What the user chose ("de", "en", "" for the system's), or the override."""
    override = os.environ.get(ENV_VAR, "").strip().lower()
    if override:
        return override
    return _setting(settings)


def _setting(settings: QSettings | None = None) -> str:
    """What the user chose in the settings ("de", "en", "" for the system's)."""
    value = (settings or QSettings()).value(SETTING, SYSTEM)
    value = str(value or "").strip().lower()
    return value if value in CHOICES else SYSTEM


def effective(choice: str) -> str:
    """The language spoken for a choice: the system's is German or else English."""
    if choice in (GERMAN, ENGLISH, PSEUDO):
        return choice
    return GERMAN if QLocale.system().language() == QLocale.Language.German else ENGLISH


def locale_for(language: str) -> QLocale:
    """German: Germany's conventions. English: the system's if it speaks English,
    else British ones (day before month, 24-hour clock, week from Monday)."""
    if language == GERMAN:
        return QLocale(QLocale.Language.German, QLocale.Country.Germany)
    system = QLocale.system()
    if language == ENGLISH and system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def translations_folder():
    return paths.shipped("resources", "translations")


def install(app: QCoreApplication, settings: QSettings | None = None) -> str:
    """Speak the chosen language from now on; returns it ("de", "en" or "pseudo").

    Call it before any window is made: texts are translated when widgets are built.
    """
    _remove(app)
    if not _before:
        _before.append(QLocale())
    language = effective(chosen(settings))
    _spoken[:] = [language]
    locale = locale_for(language)
    QLocale.setDefault(locale)
    formatting.use_locale(locale)
    if language == ENGLISH:
        return language
    ours = QTranslator(app)
    try:
        folder = translations_folder()
    except FileNotFoundError:
        folder = None
    if folder is not None and ours.load(f"secretariat_{language}", str(folder)):
        app.installTranslator(ours)
        _installed.append(ours)
        ours.setObjectName(f"secretariat_{language}")
    if language == GERMAN:
        qt = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(locale, "qtbase", "_", qt_folder):
            app.installTranslator(qt)
            _installed.append(qt)
            qt.setObjectName("qtbase_de")
    return language


def loaded() -> list[str]:
    """The translation files in use, e.g. ["secretariat_de", "qtbase_de"] (for the log)."""
    return [translator.objectName() for translator in _installed]


def _remove(app: QCoreApplication) -> None:
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()


def spoken() -> str:
    """The language the program speaks now ("de", "en" or "pseudo")."""
    return _spoken[0] if _spoken else ENGLISH


def uninstall(app: QCoreApplication) -> None:
    """Back to the source texts and the locale as before :func:`install` (for tests)."""
    _remove(app)
    _spoken.clear()
    if _before:
        QLocale.setDefault(_before.pop())
    formatting.use_locale(QLocale(QLocale.Language.German, QLocale.Country.Germany))


class LanguageDialog(QDialog):
    """Settings → Language: German, English, or as the system; applies on restart."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(_tr("Language"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.choice = QComboBox(self, objectName="language")
        system = _tr("As the system ({language})").format(language=_name(effective(SYSTEM)))
        self.choice.addItem(system, SYSTEM)
        self.choice.addItem("Deutsch", GERMAN)
        self.choice.addItem("English", ENGLISH)
        current = str(settings.value(SETTING, SYSTEM) or "")
        self.choice.setCurrentIndex(max(0, self.choice.findData(current)))
        form.addRow(_tr("Language of the program:"), self.choice)
        layout.addLayout(form)
        note = QLabel(
            _tr(
                "The program speaks the new language when you next start it. "
                "Dates, numbers and amounts follow the language."
            ),
            self,
            objectName="language_note",
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.settings.setValue(SETTING, self.choice.currentData())
        self.settings.sync()
        super().accept()


def _name(language: str) -> str:
    return {GERMAN: "Deutsch", ENGLISH: "English"}.get(language, language)


def choose(parent: QWidget | None, settings: QSettings) -> bool:
    """Ask for the language; True when a choice was saved."""
    return bool(LanguageDialog(settings, parent).exec())


def restart_command(database: Path | None) -> tuple[str, list[str]]:
    """The program and arguments that start this program again on ``database``.

    In the bundle (PyInstaller) ``sys.executable`` is the program itself; otherwise
    it is Python, which runs the package (however it was started: the
    ``secretariat`` script, ``python -m secretariat``, ``make run``)."""
    arguments = [] if getattr(sys, "frozen", False) else ["-m", "secretariat"]
    if database is not None:
        arguments += ["--db", str(database)]
    return sys.executable, arguments


def start_detached(program: str, arguments: list[str]) -> bool:
    """Start ``program`` on its own (it outlives this one). The choice just made is
    what it speaks: an override of the language (``SECRETARIAT_LANGUAGE``) is not
    passed on."""
    process = QProcess()
    process.setProgram(program)
    process.setArguments(arguments)
    environment = QProcessEnvironment.systemEnvironment()
    environment.remove(ENV_VAR)
    process.setProcessEnvironment(environment)
    started = process.startDetached()  # a bool; some PySide6 versions add the pid
    return bool(started[0] if isinstance(started, tuple) else started)


def offer_restart(window: QWidget, database: Path | None) -> bool:
    """Say that the new language comes with a restart, and offer it now or later.

    "Restart now" closes the window as the user would (unsaved changes are asked
    about first, and keeping them cancels the restart), starts the program again on
    the same database and quits this one. True when the program is restarting."""
    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, "", parent=window)
    box.setObjectName("restart_question")
    box.setText(_tr("The program speaks the new language after a restart."))
    box.setInformativeText(_tr("Restart now? Your saved work is kept."))
    now = box.addButton(_tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(now)
    box.exec()
    if box.clickedButton() is not now or not window.close():
        return False
    if not start_detached(*restart_command(database)):
        QMessageBox.warning(
            None,
            APP_NAME,
            _tr("The program could not start again by itself. Please start it again."),
        )
    QCoreApplication.quit()
    return True


def action(window: QWidget, settings: QSettings) -> QAction:
    """The menu entry "Language…" that opens :class:`LanguageDialog`, and then
    offers to restart in the language chosen."""
    entry = QAction(_tr("&Language…"), window)
    entry.setObjectName("language")

    def chosen_now() -> None:
        if choose(window, settings) and effective(_setting(settings)) != spoken():
            db = getattr(window, "db", None)
            offer_restart(window, getattr(db, "path", None))

    entry.triggered.connect(chosen_now)
    return entry
