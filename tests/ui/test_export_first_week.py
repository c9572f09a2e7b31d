"""The Export dialog in the first week, as a secretary meets it: File → Export offers
the papers of the event selected on the Events page, the file name says what and
when, the file dialog opens where that kind of document went last time, and the
status line says what was written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from secretariat import planning
from secretariat.ui.export_dialog import ExportDialog, ListChoice

from .conftest import WAIT, answer_next_dialog

# An event whose title holds what no file name may: ":" and "/" (and a "?")
EVENT = {
    "title": "Workshop: Wasserstoff 2026/27?",
    "status": "registration_open",
    "starts_at": "2026-12-09T23:30:00Z",  # 10.12.2026, 00:30 in Berlin
    "ends_at": "2026-12-10T08:00:00Z",
    "capacity": 50,
}
SAFE_TITLE = "Workshop - Wasserstoff 2026-27"


def choose(combo, key) -> None:
    combo.setCurrentIndex(combo.findData(key))


def offered(dialog) -> list:
    return [dialog.document.itemData(i) for i in range(dialog.document.count())]


def make_event(db, title: str = EVENT["title"], people: int = 3, **changes) -> dict:
    event = db.events.create({**EVENT, "title": title, **changes})
    for contact in db.contacts.list(sort="last_name", limit=people):
        planning.register(db, event["id"], contact["id"])
    return event


def select_event(window, event: dict) -> None:
    window.show_page("events")
    window.current_page().select_record(event["id"])
    assert window.current_page().form.record["id"] == event["id"]


def export_through_file_menu(qtbot, window, answer) -> list:
    """File → Export… (the window's action, Ctrl+E), answered by ``answer(dialog)``,
    which exports; waits until the dialog is done and closed."""
    problems: list[BaseException] = []

    def guarded(dialog):
        try:
            answer(dialog)
        except BaseException as problem:  # closed, so that the test fails, not hangs
            problems.append(problem)
            QDialog.reject(dialog)

    seen = answer_next_dialog(guarded)
    window.export_action.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT)
    if problems:
        raise problems[0]
    return seen


def run_export(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is not None and not dialog.job.running, timeout=60_000)
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=WAIT)  # it ended
    assert dialog.status.text().startswith("Done"), dialog.status.text()


class FileDialog:
    """QFileDialog.getSaveFileName answered with a file in ``folder``: the name the
    dialog suggested, in the folder chosen. Remembers the folder it opened in."""

    def __init__(self, monkeypatch) -> None:
        self.folder: Path | None = None
        self.opened_in: list[Path] = []
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self.answer)

    def answer(self, parent, caption, suggested, *rest, **keywords):
        self.opened_in.append(Path(suggested).parent)
        assert self.folder is not None
        return str(self.folder / Path(suggested).name), ""


def test_file_export_offers_the_papers_of_the_event_selected(qtbot, window, tmp_path, monkeypatch):
    """Events → select an event → File → Export: its papers are there, named with
    its date and title, and a second event's papers do not overwrite the first's."""
    db = window.db
    first = make_event(db, people=3)
    second = make_event(
        db,
        "Netzwerktreffen Köln",
        people=2,
        starts_at="2027-01-14T16:00:00Z",
        ends_at="2027-01-14T19:00:00Z",
    )
    files = FileDialog(monkeypatch)
    files.folder = tmp_path / "papers"
    files.folder.mkdir()
    texts = []

    titles = []

    def sign_in_sheet(dialog):
        assert {"directory", "report", "calendar"} <= set(offered(dialog))  # the cluster's
        papers = {"signin", "participants", "labels", "badges", "programme", "certificates"}
        assert papers <= set(offered(dialog))  # and the event's
        assert dialog.document.currentData() == "signin"  # on the Events page: its papers
        titles.append(dialog.document.currentText())
        choose(dialog.language, "de")
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        run_export(qtbot, dialog)
        texts.append(dialog.status.text())
        dialog.accept()

    select_event(window, first)
    export_through_file_menu(qtbot, window, sign_in_sheet)
    select_event(window, second)
    export_through_file_menu(qtbot, window, sign_in_sheet)

    first_file = files.folder / f"Anwesenheitsliste 2026-12-10 {SAFE_TITLE}.pdf"
    second_file = files.folder / "Anwesenheitsliste 2027-01-14 Netzwerktreffen Köln.pdf"
    assert titles == [
        "Sign-in sheet – “Workshop: Wasserstoff 2026/27?”, 10.12.2026",
        "Sign-in sheet – “Netzwerktreffen Köln”, 14.01.2027",
    ]
    assert sorted(files.folder.iterdir()) == sorted([first_file, second_file])
    assert texts == [
        f"Done: 3 participants written to {first_file.name}",
        f"Done: 2 participants written to {second_file.name}",
    ]
    from tests.pdf_readers import pdf_text

    assert "Wasserstoff" in pdf_text(first_file) and "Köln" in pdf_text(second_file)


def test_every_document_of_the_dialog_has_a_file_name_in_both_languages():
    from secretariat.exports.file_names import DOCUMENT_NAMES
    from secretariat.ui.export_dialog import DOCUMENTS

    assert set(DOCUMENTS) == set(DOCUMENT_NAMES["de"]) == set(DOCUMENT_NAMES["en"])


def test_without_a_selected_event_only_the_clusters_documents(qtbot, window):
    seen = []

    def look(dialog):
        seen.append(offered(dialog))
        dialog.reject()

    export_through_file_menu(qtbot, window, look)
    assert seen[0] == ["directory", "member-labels", "calendar", "report", "press-release"]


def test_file_export_makes_the_press_release_of_the_story_selected(qtbot, window, tmp_path):
    """Stories → select one → File → Export → Press release: that story, named with
    its day of publication and its title."""
    story = window.db.stories.create(
        {"title": "Neue Mitglieder im Cluster", "published_on": "2026-11-20"}
    )
    window.show_page("stories")
    window.current_page().select_record(story["id"])
    names = []

    def press_release(dialog):
        choose(dialog.document, "press-release")
        choose(dialog.language, "de")
        names.append(Path(dialog.path.text()).name)
        dialog.path.setText(str(tmp_path / names[0]))
        run_export(qtbot, dialog)
        dialog.accept()

    export_through_file_menu(qtbot, window, press_release)
    assert names == ["Pressemitteilung 2026-11-20 Neue Mitglieder im Cluster.pdf"]
    from tests.pdf_readers import pdf_text

    assert "Neue Mitglieder im Cluster" in pdf_text(tmp_path / names[0])


def test_the_name_follows_the_document_its_format_and_language(qtbot, window, tmp_path):
    event = make_event(window.db)
    select_event(window, event)
    dialog = ExportDialog(window.db, window, settings=window.settings)
    qtbot.addWidget(dialog)
    today = date.today().isoformat()
    choose(dialog.language, "de")
    assert Path(dialog.path.text()).name == f"Anwesenheitsliste 2026-12-10 {SAFE_TITLE}.pdf"
    choose(dialog.document, "participants")
    assert Path(dialog.path.text()).name == f"Teilnehmerliste 2026-12-10 {SAFE_TITLE}.pdf"
    choose(dialog.kind, "xlsx")
    assert Path(dialog.path.text()).name == f"Teilnehmerliste 2026-12-10 {SAFE_TITLE}.xlsx"
    choose(dialog.language, "en")
    assert Path(dialog.path.text()).name == f"Participant list 2026-12-10 {SAFE_TITLE}.xlsx"
    choose(dialog.document, "directory")
    choose(dialog.kind, "csv")
    assert Path(dialog.path.text()).name == f"Member directory {today}.csv"
    choose(dialog.language, "de")
    assert Path(dialog.path.text()).name == f"Mitgliederverzeichnis {today}.csv"
    choose(dialog.document, "report")
    dialog.year.setValue(2025)
    assert Path(dialog.path.text()).name == "Jahresbericht 2025.pdf"
    # a name the user typed is kept; only its ending follows the format
    dialog.path.setText(str(tmp_path / "Bericht für den Vorstand.pdf"))
    dialog.year.setValue(2024)
    assert dialog.path.text() == str(tmp_path / "Bericht für den Vorstand.pdf")
    choose(dialog.document, "signin")  # another document: its own name again
    assert Path(dialog.path.text()).name == f"Anwesenheitsliste 2026-12-10 {SAFE_TITLE}.pdf"


def test_the_folder_is_remembered_per_kind_of_document(qtbot, window, tmp_path, monkeypatch):
    """The sign-in sheets go to one folder, the directories to another: each file
    dialog opens where that kind went last time, also in the next session."""
    event = make_event(window.db)
    select_event(window, event)
    files = FileDialog(monkeypatch)
    papers, directories = tmp_path / "Veranstaltungen", tmp_path / "Verzeichnisse"
    papers.mkdir()
    directories.mkdir()

    def export(document: str, folder: Path):
        def answer(dialog):
            choose(dialog.document, document)
            files.folder = folder
            qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
            run_export(qtbot, dialog)
            dialog.accept()

        export_through_file_menu(qtbot, window, answer)

    export("signin", papers)
    export("directory", directories)
    files.opened_in.clear()
    export("signin", papers)
    export("directory", directories)
    assert files.opened_in == [papers, directories]

    # the event page's own button opens the dialog in the same remembered folder
    opened = []

    def look(dialog):
        opened.append(Path(dialog.path.text()).parent)
        dialog.reject()

    answer_next_dialog(look)
    qtbot.mouseClick(window.current_page().papers_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT)
    assert opened == [papers]


@pytest.mark.parametrize(
    ("document", "kind", "expected"),
    [
        ("directory", "xlsx", "Done: {count} organisations written to {name}"),
        ("directory", "vcf", "Done: {count} contacts written to {name}"),
        ("calendar", "ics", "Done: {count} events written to {name}"),
        ("participants", "xlsx", "Done: 3 participants written to {name}"),
        ("badges", "90x55", "Done: 3 name badges written to {name}"),
        ("report", "pdf", "Done: {count} pages written to {name}"),
    ],
)
def test_the_status_says_what_was_written(qtbot, window, tmp_path, document, kind, expected):
    event = make_event(window.db)
    select_event(window, event)
    dialog = ExportDialog(window.db, window, settings=window.settings)
    qtbot.addWidget(dialog)
    choose(dialog.document, document)
    choose(dialog.kind, kind)
    dialog.path.setText(str(tmp_path / Path(dialog.path.text()).name))
    counts = []
    run_export_counting(qtbot, dialog, counts)
    name = Path(dialog.path.text()).name
    assert dialog.status.text() == expected.format(count=counts[0], name=name)
    assert (tmp_path / name).exists()


def run_export_counting(qtbot, dialog, counts: list) -> None:
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    dialog.job.succeeded.connect(counts.append)
    qtbot.waitUntil(lambda: not dialog.job.running, timeout=60_000)
    qtbot.waitUntil(lambda: bool(counts), timeout=WAIT)


def test_one_of_a_kind(qtbot, window, tmp_path):
    """One participant is "1 participant", not "1 participants"."""
    event = make_event(window.db, people=1)
    dialog = ExportDialog(window.db, event_id=event["id"], settings=window.settings)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / Path(dialog.path.text()).name))
    run_export(qtbot, dialog)
    assert dialog.status.text() == f"Done: 1 participant written to {Path(dialog.path.text()).name}"


def test_the_sentence_in_german(qtbot, monkeypatch, settings, demo_path):
    from PySide6.QtWidgets import QApplication

    from secretariat.store import ClusterDatabase
    from secretariat.ui import language

    from .test_language import speak

    assert speak(monkeypatch, "de", settings) == "de"
    db = ClusterDatabase.open(demo_path, create=False)
    try:
        dialog = ExportDialog(db, settings=settings)
        qtbot.addWidget(dialog)
        name = Path("Mitgliederverzeichnis 2026-12-08.xlsx")
        assert dialog.done_text(1234, "organisations", name) == (
            "Fertig: 1.234 Organisationen in „Mitgliederverzeichnis 2026-12-08.xlsx“ gespeichert."
        )
        assert dialog.done_text(1, "participants", Path("a.pdf")) == (
            "Fertig: 1 Person in „a.pdf“ gespeichert."
        )
        assert Path(dialog.path.text()).name.startswith("Mitgliederverzeichnis ")
    finally:
        language.uninstall(QApplication.instance())
        db.close()


def test_a_calendar_chosen_from_organisations_is_every_event(qtbot, window, tmp_path):
    """Organisation ids are never taken for event ids: a calendar offered beside a
    choice of organisations has all the events."""
    import icalendar

    from secretariat.ui.pages import page_specs

    spec = next(spec for spec in page_specs() if spec.key == "organisations")
    organisations = window.db.organisations.ids(filters={})[:3]
    dialog = ExportDialog(
        window.db,
        window,
        scopes=[("All", None), ("Three", organisations)],
        from_list=ListChoice(spec, ("list", "calendar")),
        settings=window.settings,
    )
    qtbot.addWidget(dialog)
    choose(dialog.document, "calendar")
    dialog.scope.setCurrentIndex(1)
    target = tmp_path / "termine.ics"
    dialog.path.setText(str(target))
    run_export(qtbot, dialog)
    parsed = icalendar.Calendar.from_ical(target.read_bytes())
    assert len(list(parsed.walk("VEVENT"))) == len(window.db.events.list(limit=None))


def test_a_list_as_a_workbook_named_and_printed_in_the_document_language(qtbot, window, tmp_path):
    """Contacts → Export… → this list as XLSX, in German: named "Ansprechpartner
    <today>.xlsx", its sheet and printed header in German, fitted to the page."""
    import openpyxl

    window.show_page("contacts")
    page = window.current_page()
    shown = len(page.model.all_ids())
    seen = []

    def export(dialog):
        choose(dialog.document, "list")
        choose(dialog.kind, "xlsx")
        choose(dialog.language, "de")
        dialog.scope.setCurrentIndex(1)  # the ones shown
        seen.append(Path(dialog.path.text()).name)
        dialog.path.setText(str(tmp_path / seen[0]))
        run_export(qtbot, dialog)
        seen.append(dialog.status.text())
        dialog.accept()

    answer_next_dialog(export)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=WAIT)
    name = f"Ansprechpartner {date.today().isoformat()}.xlsx"
    assert seen == [name, f"Done: {shown} contacts written to {name}"]
    sheet = openpyxl.load_workbook(tmp_path / name).worksheets[0]
    assert sheet.title == "Ansprechpartner"
    assert sheet.oddHeader.left.text == "Ansprechpartner"
    assert sheet.page_setup.orientation == "landscape"  # every field: wide
    assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
    assert sheet.print_title_rows == "$1:$1"
    assert sheet.oddFooter.center.text == "Seite &P von &N"


def test_a_folder_that_has_gone_is_passed_over(settings, tmp_path):
    """The USB stick of last time is not plugged in: the folder any export went to
    last, else the home folder."""
    from secretariat.ui.export_dialog import remember_folder, remembered_folder

    stick, documents = tmp_path / "stick", tmp_path / "Dokumente"
    stick.mkdir()
    documents.mkdir()
    remember_folder(settings, "signin", stick)
    remember_folder(settings, "directory", documents)
    assert remembered_folder(settings, "signin") == stick
    stick.rmdir()
    assert remembered_folder(settings, "signin") == documents
    documents.rmdir()
    assert remembered_folder(settings, "signin") == Path.home()
