"""The main window fits a small laptop screen: every page, the Events page with an
event shown and each of its tabs, in English, German and the pseudo-locale (a third
longer than English), needs no more than 780 pixels of width, and at that width no
label or button cuts its text off (rows of buttons wrap instead)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from secretariat.ui.event_page import EventPage

from .conftest import WAIT, every_event_listed
from .test_language import open_window, speaking  # noqa: F401 (a fixture)
from .test_pseudo_locale import clipped

NARROW = 780
HEIGHT = 700


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def too_wide(window, where: str) -> list[str]:
    settle()
    hint, minimum = window.minimumSizeHint().width(), window.minimumSize().width()
    if hint <= NARROW and minimum <= NARROW:
        return []
    return [f"{where}: the window needs {max(hint, minimum)} px"]


@pytest.mark.parametrize("code", ["en", "de", "pseudo"])
def test_every_page_fits_a_narrow_window(qtbot, demo_path, settings, speaking, code):  # noqa: F811
    assert speaking(code) == code
    window = open_window(qtbot, demo_path, settings)
    window.resize(NARROW, HEIGHT)
    problems = []
    for row, key in enumerate(window.page_titles):
        window.navigation.setCurrentRow(row)
        qtbot.waitUntil(lambda k=key: window.current_key == k, timeout=WAIT)
        problems += too_wide(window, key)

    window.show_page("events")
    page = window.current_page()
    assert isinstance(page, EventPage)
    every_event_listed(page)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.form.record is not None, timeout=WAIT)
    assert page.record_title.text() == page.form.record["title"]
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        where = f"events, tab {page.tabs.tabText(tab)}"
        problems += too_wide(window, where)
        if window.width() <= NARROW:  # else the texts have room they will not have
            problems += [f"{where}: {problem}" for problem in clipped(window)]
    assert not problems, f"{code}:\n" + "\n".join(problems)
