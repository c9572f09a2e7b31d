"""When a database file cannot be opened: what happened, in a sentence, and the
ways on that fit the case.

:func:`open_database_file` opens a file and, when the store refuses it, shows an
:class:`OpenProblemDialog` with the store's sentence and what the user can do:

- a damaged, empty, foreign or too new file: *Open a backup…* (the chosen backup
  is put in its place; the file as it was is kept in the backups folder),
- a file or folder that may not be written: *Open read-only*,
- a file another copy of the program holds, a full disk, a folder that is gone
  (a network drive, a USB stick): *Try again*,
- always *Choose another file…* and *Quit* (*Cancel* when a database is open).

Nothing is written to the file before the user chooses.
"""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from secretariat import APP_NAME, paths
from secretariat.store import ClusterDatabase, StoreError, UnusableFileError, backups
from secretariat.store.errors import (
    DiskFullError,
    LockedFileError,
    ReadOnlyFileError,
    UnreachableFileError,
)
from secretariat.ui.formatting import translate_problem


class Choice(enum.Enum):
    OPEN_BACKUP = "open_backup"
    READ_ONLY = "open_read_only"
    TRY_AGAIN = "try_again"
    OTHER_FILE = "choose_another_file"
    GIVE_UP = "give_up"


def choices_for(problem: StoreError, *, read_only: bool = False) -> list[Choice]:
    """The ways on from ``problem``; ``read_only``: opening read-only was what failed."""
    if isinstance(problem, UnusableFileError):
        ways = [Choice.OPEN_BACKUP]
    elif isinstance(problem, ReadOnlyFileError):
        ways = [] if read_only else [Choice.READ_ONLY]
    elif isinstance(problem, DiskFullError):
        ways = [Choice.TRY_AGAIN] + ([] if read_only else [Choice.READ_ONLY])
    elif isinstance(problem, LockedFileError | UnreachableFileError):
        ways = [Choice.TRY_AGAIN]
    else:  # no file there, a folder, a file one may not read
        ways = []
    return [*ways, Choice.OTHER_FILE, Choice.GIVE_UP]


class OpenProblemDialog(QMessageBox):
    """The store's sentence about a file it cannot open, and a button per way on.

    After ``exec()``, :meth:`choice` says which was chosen (closing the box any
    other way, or Esc, is :attr:`Choice.GIVE_UP`).
    """

    def __init__(
        self,
        path: Path,
        problem: StoreError,
        parent: QWidget | None = None,
        *,
        read_only: bool = False,
        at_start: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("open_problem")
        self.path = path
        self.problem = problem
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(APP_NAME)
        message, hint = translate_problem(problem)
        self.setText(message)
        self.setInformativeText(hint)
        labels = {
            Choice.OPEN_BACKUP: (self.tr("Open a backup…"), QMessageBox.ButtonRole.ActionRole),
            Choice.READ_ONLY: (self.tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole),
            Choice.TRY_AGAIN: (self.tr("Try again"), QMessageBox.ButtonRole.AcceptRole),
            Choice.OTHER_FILE: (
                self.tr("Choose another file…"),
                QMessageBox.ButtonRole.ActionRole,
            ),
            Choice.GIVE_UP: (
                self.tr("Quit") if at_start else self.tr("Cancel"),
                QMessageBox.ButtonRole.RejectRole,
            ),
        }
        self._choices: dict[QPushButton, Choice] = {}
        for choice in choices_for(problem, read_only=read_only):
            text, role = labels[choice]
            button = self.addButton(text, role)
            button.setObjectName(choice.value)
            button.setAutoDefault(False)
            self._choices[button] = choice
            if choice is Choice.GIVE_UP:
                self.setEscapeButton(button)
        first = next(iter(self._choices))
        self.setDefaultButton(first)

    def choices(self) -> list[Choice]:
        return list(self._choices.values())

    def button_for(self, choice: Choice) -> QPushButton:
        return next(b for b, c in self._choices.items() if c is choice)

    def choice(self) -> Choice:
        return self._choices.get(self.clickedButton(), Choice.GIVE_UP)  # type: ignore[arg-type]


def open_database_file(
    path: Path,
    parent: QWidget | None = None,
    *,
    create: bool = False,
    at_start: bool = True,
) -> ClusterDatabase | None:
    """Open ``path``; when that fails, ask what to do (see the module) until a
    database is open or the user gives up (then None)."""
    read_only = False
    while True:
        try:
            return ClusterDatabase.open(path, create=create, read_only=read_only)
        except StoreError as problem:
            way_on = _ask(path, problem, parent, read_only=read_only, at_start=at_start)
        if way_on is None:
            return None
        if way_on[0] != path:
            create = False
        path, read_only = way_on


def _ask(
    path: Path, problem: StoreError, parent: QWidget | None, *, read_only: bool, at_start: bool
) -> tuple[Path, bool] | None:
    """The file to open next and whether read-only; None when the user gives up."""
    while True:
        dialog = OpenProblemDialog(path, problem, parent, read_only=read_only, at_start=at_start)
        dialog.exec()
        choice = dialog.choice()
        dialog.deleteLater()
        if choice is Choice.GIVE_UP:
            return None
        if choice is Choice.TRY_AGAIN:
            return path, read_only
        if choice is Choice.READ_ONLY:
            return path, True
        if choice is Choice.OTHER_FILE:
            chosen = _choose_file(parent, _tr("Choose a database"), path.parent)
            if chosen is not None:
                return chosen, False
        if choice is Choice.OPEN_BACKUP:
            folder = paths.backup_dir_for(path)
            chosen = _choose_file(
                parent, _tr("Open a backup"), folder if folder.is_dir() else path.parent
            )
            if chosen is not None and _put_in_place(parent, path, chosen):
                return path, False


def _choose_file(parent: QWidget | None, title: str, folder: Path) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        title,
        str(folder),
        _tr("Secretariat databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
    )
    return Path(chosen) if chosen else None


def _put_in_place(parent: QWidget | None, path: Path, backup: Path) -> bool:
    """Restore ``backup`` over ``path`` after asking; the file as it is now is kept."""
    question = QMessageBox(
        QMessageBox.Icon.Question,
        APP_NAME,
        _tr("Put the backup “{backup}” in place of “{file}”?").format(
            backup=backup.name, file=path.name
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    question.setObjectName("confirm_backup")
    question.setInformativeText(
        _tr("The file as it is now is kept in the backups folder, so nothing is lost.")
    )
    question.setDefaultButton(QMessageBox.StandardButton.No)
    if question.exec() != QMessageBox.StandardButton.Yes:
        return False
    try:
        backups.restore_backup(path, backup)
    except StoreError as problem:
        message, hint = translate_problem(problem)
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message, parent=parent)
        box.setObjectName("backup_problem")
        box.setInformativeText(hint)
        box.exec()
        return False
    return True


def _tr(text: str) -> str:
    return QCoreApplication.translate("OpenProblemDialog", text)
