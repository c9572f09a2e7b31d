"""The language the program speaks: German or English, following the system unless
the user chose one (the settings value ``language``: "de", "en", or "" for the
system's). The choice applies when the program next starts.

:func:`install` puts our translation and Qt's own (the OK, Cancel, Yes and No of
standard buttons) into the application and sets the locale that dates, times,
numbers and money follow. The variable ``SECRETARIAT_LANGUAGE`` overrides the
setting, for tests and screenshots; it also takes ``pseudo``, a pseudo-locale that
brackets every text and makes it a third longer, to find clipped labels.
"""

from __future__ import annotations

import os

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
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
    QVBoxLayout,
    QWidget,
)

from secretariat import paths
from secretariat.ui import formatting

SETTING = "language"
ENV_VAR = "SECRETARIAT_LANGUAGE"
GERMAN, ENGLISH, PSEUDO, SYSTEM = "de", "en", "pseudo", ""
CHOICES = (SYSTEM, GERMAN, ENGLISH)

_installed: list[QTranslator] = []
_before: list[QLocale] = []  # the default locale before the first install


def _tr(text: str) -> str:
    return QCoreApplication.translate("language", text)


def chosen(settings: QSettings | None = None) -> str:
    """What the user chose ("de", "en", "" for the system's), or the override."""
    override = os.environ.get(ENV_VAR, "").strip().lower()
    if override:
        return override
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


def uninstall(app: QCoreApplication) -> None:
    """Back to the source texts and the locale as before :func:`install` (for tests)."""
    _remove(app)
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


def action(window: QWidget, settings: QSettings) -> QAction:
    """The menu entry "Language…" that opens :class:`LanguageDialog`."""
    entry = QAction(_tr("&Language…"), window)
    entry.setObjectName("language")
    entry.triggered.connect(lambda: choose(window, settings))
    return entry
