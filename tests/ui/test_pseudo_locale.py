"""Every page and the main dialogs in the pseudo-locale (each text bracketed, with
accents and a third longer than the English), at the size of the offscreen screen:
no label, button or check box may cut its text off. German is about a third longer
than English, so what passes here fits in German."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from secretariat.ui.batches_dialog import BatchesDialog
from secretariat.ui.duplicates_dialog import DuplicatesDialog
from secretariat.ui.first_start import FirstStartDialog
from secretariat.ui.import_wizard import ImportWizard
from secretariat.ui.language import LanguageDialog

from .conftest import WAIT
from .test_language import open_window, speaking  # noqa: F401 (a fixture)

SCREEN = (800, 800)
# Where renders are kept to look at: SECRETARIAT_PSEUDO_RENDERS=/some/folder
RENDERS = os.environ.get("SECRETARIAT_PSEUDO_RENDERS", "")


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def clipped(top: QWidget) -> list[str]:
    """Visible labels and buttons narrower than their text needs."""
    found = []
    for widget in top.findChildren(QLabel) + top.findChildren(QAbstractButton):
        if not widget.isVisible() or not widget.text().strip():
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or widget.pixmap()):
            continue
        if not widget.visibleRegion().boundingRect().width():
            continue  # scrolled away: a person scrolls to it
        needed = widget.sizeHint().width()
        if widget.width() < needed:
            found.append(f"{type(widget).__name__} {widget.text()!r}: {widget.width()} < {needed}")
    return found


def render(widget: QWidget, name: str) -> None:
    if RENDERS:
        Path(RENDERS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(RENDERS) / f"{name}.png"))


def check(widget: QWidget, name: str) -> list[str]:
    settle()
    render(widget, name)
    return [f"{name}: {problem}" for problem in clipped(widget)]


@pytest.fixture
def pseudo_window(qtbot, demo_path, settings, speaking):  # noqa: F811
    assert speaking("pseudo") == "pseudo"
    window = open_window(qtbot, demo_path, settings)
    window.resize(*SCREEN)
    return window


def test_the_pseudo_locale_brackets_and_lengthens(pseudo_window):
    title = pseudo_window.navigation.item(0).text()
    assert title.startswith("[") and title.endswith("]")
    assert len(title) >= len("Overview") * 4 / 3
    assert pseudo_window.menuBar().actions()[0].text().startswith("[&F")


def test_no_page_cuts_its_texts_off(qtbot, pseudo_window):
    problems = []
    for row, key in enumerate(pseudo_window.page_titles):
        pseudo_window.navigation.setCurrentRow(row)
        qtbot.waitUntil(lambda k=key: pseudo_window.current_key == k, timeout=WAIT)
        problems += check(pseudo_window, key)
    assert not problems, "\n".join(problems)


def test_no_dialog_cuts_its_texts_off(qtbot, pseudo_window, settings, tmp_path):
    db = pseudo_window.db
    dialogs = {
        "first-start": FirstStartDialog(tmp_path / "new.sqlite3"),
        "language": LanguageDialog(settings),
        "import": ImportWizard(db),
        "duplicates": DuplicatesDialog(db),
        "batches": BatchesDialog(db),
    }
    problems = []
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog, timeout=WAIT)
        assert dialog.width() <= SCREEN[0] and dialog.height() <= SCREEN[1], name
        problems += check(dialog, name)
        dialog.close()
    assert not problems, "\n".join(problems)
