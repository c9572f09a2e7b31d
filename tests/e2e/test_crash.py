"""A process killed (SIGKILL: no clean-up of any kind) in the middle of an import,
a merge and an export: the database passes its integrity check and holds all of
that work or none of it, every backup listed is a sound one, and no half-written
export lies under the name asked for.

The moment of the kill is not a time — on a busy machine a kill after a measured
time falls before the work has begun or after it has ended, and the test passes
without having tested anything — but a point the work reaches:
``SECRETARIAT_CRASH_AT=<point>:<n>`` (:mod:`secretariat.store.crash_points`) makes
the program kill itself the n-th time it gets there: a page of the backup taken
first, a row written, a batch finished but not yet committed, a step of a merge, a
page or a row of an export, a piece of the export's file. Every point of each job
is tried, with n drawn from a seeded random generator, and every run must end
killed at that point; nothing here waits a time or measures one.

What a kill may leave: the database's -wal/-shm (SQLite repairs from them), a
backup's ``NAME.partial`` in the backups folder and an export's hidden
``.NAME.<8 hex>.part`` beside the target — named as temporary, never mistaken
for the real thing.
"""

from __future__ import annotations

import csv
import math
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from secretariat.demo import build_demo
from secretariat.formats.files import _PIECE as PIECE  # bytes an export writes at a time
from secretariat.store import ClusterDatabase, inspect, sqlite
from secretariat.store.backups import list_backups
from secretariat.store.crash_points import CRASH_ENV
from secretariat.store.errors import ReadOnlyFileError
from tests.pdf_readers import pdf_pages, run

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

SEED = 20261129


def finished(*arguments: str) -> None:
    """Run to the end, without a crash point."""
    result = subprocess.run(
        [sys.executable, *arguments], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr


def killed_at(point: str, count: int, *arguments: str) -> None:
    """Run with the crash point ``point:count``; it must die there."""
    result = subprocess.run(
        [sys.executable, *arguments],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, CRASH_ENV: f"{point}:{count}"},
    )
    assert result.returncode == -signal.SIGKILL, (
        f"{point}:{count} was not reached (exit {result.returncode}): {result.stderr}"
    )
    assert f"crash point {point} reached {count} times" in result.stderr


def chosen_points(rng: random.Random, reached: dict[str, int]) -> list[tuple[str, int]]:
    """Each point (in a shuffled order) with a count between 1 and the number of
    times the whole job reaches it."""
    chosen = [(point, rng.randint(1, most)) for point, most in sorted(reached.items())]
    rng.shuffle(chosen)
    return chosen


def page_count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA page_count").fetchone()[0])
    finally:
        conn.close()


def fresh_copy(pristine: Path, folder: Path) -> Path:
    folder.mkdir()
    path = folder / pristine.name
    shutil.copy2(pristine, path)
    return path


def after_the_crash(path: Path) -> None:
    """``secretariat check``'s reading of the file as the kill left it, then the
    app's next opening (which repairs from the log): both find it sound; and every
    backup the program lists is sound too (a copy cut short stays ``.partial``)."""
    try:
        assert inspect(path).intact
    except ReadOnlyFileError:  # with the rollback journal: the unfinished save is undone first
        assert sqlite.journal(path, "-journal").exists()
    with ClusterDatabase.open(path, create=False) as db:
        assert not sqlite.integrity_problems(db._conn)
    for backup in list_backups(path):
        assert inspect(backup.path).intact, backup.path


# -- an import ---------------------------------------------------------------------------------

CONTACTS, FIRMS = 3000, 300


def import_counts(path: Path) -> tuple[int, int, int]:
    with ClusterDatabase.open(path, create=False) as db:
        return tuple(
            int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in ("contacts", "organisations", "import_batches")
        )


@pytest.mark.parametrize("network_share", [False, True], ids=["local", "network-share"])
def test_an_import_killed_in_the_middle_is_all_there_or_not_at_all(
    tmp_path, monkeypatch, network_share
):
    if network_share:  # the rollback journal instead of the write-ahead log
        monkeypatch.setenv(sqlite.NETWORK_SHARE_ENV, "1")
    members = tmp_path / "Mitglieder.csv"
    with members.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Vorname", "Nachname", "E-Mail", "Firma"])
        for number in range(CONTACTS):
            writer.writerow(
                [
                    f"Jörg{number}",
                    f"Özdemir{number}",
                    f"p{number}@beispiel.de",
                    f"Firma {number % FIRMS}",
                ]
            )
    pristine = tmp_path / "cluster.sqlite3"
    with ClusterDatabase.open(pristine) as db:
        db.organisations.create({"name": "Schon da GmbH"})
    nothing = import_counts(pristine)
    whole = fresh_copy(pristine, tmp_path / "whole")
    arguments = ("-m", "secretariat", "import", "contacts", str(members), "--db")
    finished(*arguments, str(whole))
    everything = import_counts(whole)
    assert everything == (nothing[0] + CONTACTS, nothing[1] + FIRMS, nothing[2] + 1)

    reached = {
        "backup-copy": page_count(pristine),  # the backup before the import
        "row-write": FIRMS + CONTACTS,  # the new organisations, then the contacts
        "batch-finish": 1,  # all written, not yet committed
    }
    for moment, (point, count) in enumerate(chosen_points(random.Random(SEED), reached)):
        path = fresh_copy(pristine, tmp_path / f"kill{moment}")
        killed_at(point, count, *arguments, str(path))
        after_the_crash(path)
        assert import_counts(path) == nothing, f"a part of an import after a kill at {point}"
        for backup in list_backups(path):  # the one before the import, whole
            assert import_counts(backup.path) == nothing


# -- merges ------------------------------------------------------------------------------------

PAIRS = 20
CONTACTS_EACH = 15

MERGES = """
import sys
from secretariat.imports.merge import merge
from secretariat.store import ClusterDatabase
with ClusterDatabase.open(sys.argv[1], create=False) as db:
    for pair in range(int(sys.argv[2])):
        merge(db, "organisations", 1 + 2 * pair, 2 + 2 * pair)
"""


def merge_state(path: Path) -> list[tuple[bool, int, int]]:
    """Per pair: whether the second organisation is still there, and how many
    contacts each of the two has."""
    with ClusterDatabase.open(path, create=False) as db:
        state = []
        for pair in range(PAIRS):
            survivor, other = 1 + 2 * pair, 2 + 2 * pair
            at = [
                int(
                    db.execute(
                        "SELECT count(*) FROM contacts WHERE organisation_id = ?", (org,)
                    ).fetchone()[0]
                )
                for org in (survivor, other)
            ]
            there = db.execute("SELECT 1 FROM organisations WHERE id = ?", (other,)).fetchone()
            state.append((there is not None, at[0], at[1]))
        merged = int(
            db.execute("SELECT count(*) FROM import_batches WHERE kind = 'merge'").fetchone()[0]
        )
    assert merged == sum(1 for there, _, _ in state if not there), "a merge without its batch"
    return state


def test_merges_killed_in_the_middle_are_each_whole_or_not_done(tmp_path):
    pristine = tmp_path / "cluster.sqlite3"
    with ClusterDatabase.open(pristine) as db, db.transaction():
        for pair in range(PAIRS):
            db.insert_rows(
                "organisations",
                [{"name": f"Paar {pair} GmbH"}, {"name": f"Paar {pair} G.m.b.H."}],
            )
        db.insert_rows(
            "contacts",
            (
                {"organisation_id": org, "first_name": "Anna", "last_name": f"Kontakt {n}"}
                for org in range(1, 2 * PAIRS + 1)
                for n in range(CONTACTS_EACH)
            ),
        )
    unmerged = (True, CONTACTS_EACH, CONTACTS_EACH)
    merged = (False, 2 * CONTACTS_EACH, 0)
    arguments = ("-c", MERGES)
    whole = fresh_copy(pristine, tmp_path / "whole")
    finished(*arguments, str(whole), str(PAIRS))
    assert merge_state(whole) == [merged] * PAIRS

    reached = {
        # a backup before each merge, each at least as big as the file at the start
        "backup-copy": PAIRS * page_count(pristine),
        "merge-step": PAIRS * CONTACTS_EACH,  # one step per contact moved
        "batch-finish": PAIRS,  # a merge written, not yet committed
    }
    for moment, (point, count) in enumerate(chosen_points(random.Random(SEED + 1), reached)):
        path = fresh_copy(pristine, tmp_path / f"kill{moment}")
        killed_at(point, count, *arguments, str(path), str(PAIRS))
        after_the_crash(path)
        state = merge_state(path)
        assert set(state) <= {merged, unmerged}, f"half a merge after a kill at {point}: {state}"
        done = state.count(merged)
        assert state == [merged] * done + [unmerged] * (PAIRS - done), "merges in order"
        if point == "merge-step":  # the merge of that step is undone, those before it stay
            assert done == (count - 1) // CONTACTS_EACH
        elif point == "batch-finish":
            assert done == count - 1


# -- exports -----------------------------------------------------------------------------------


def pdf_whole(path: Path, pages: int) -> None:
    run("qpdf", "--check", str(path))
    assert pdf_pages(path) == pages


def xlsx_rows(path: Path) -> list[int]:
    """The rows of each sheet, headers included."""
    workbook = openpyxl.load_workbook(path, read_only=True)
    rows = [sum(1 for _ in sheet.iter_rows()) for sheet in workbook.worksheets]
    workbook.close()
    return rows


def temporary(name: str) -> re.Pattern[str]:
    """The only other file a killed export may leave beside its target."""
    return re.compile(rf"\.{re.escape(name)}\.[0-9a-f]{{8}}\.part")


@pytest.mark.parametrize("name", ["Mitglieder.pdf", "Mitglieder.xlsx"])
def test_an_export_killed_in_the_middle_leaves_no_half_written_file(tmp_path, name):
    database = tmp_path / "cluster.sqlite3"
    with ClusterDatabase.open(database) as db:
        build_demo(db, organisations=40, seed=5, today=date(2026, 11, 1))
    arguments = ("-m", "secretariat", "export", "directory", "--db", str(database))
    complete = tmp_path / "complete" / name
    complete.parent.mkdir()
    finished(*arguments, str(complete))
    if name.endswith(".pdf"):
        pages = pdf_pages(complete)
        check: Callable[[Path], None] = lambda path: pdf_whole(path, pages)  # noqa: E731
        reached = {
            "export-page": pages,
            # each piece of the file, then once when it is whole, before its renaming
            "export-write": math.ceil(complete.stat().st_size / PIECE) + 1,
        }
    else:
        rows = xlsx_rows(complete)
        check = lambda path: xlsx_whole(path, rows)  # noqa: E731
        reached = {"export-row": sum(rows) - len(rows), "export-write": 1}
    check(complete)

    rng = random.Random(f"{SEED}{name}")
    # each point twice: into an empty folder, and over an earlier export of the same name
    moments = [(*chosen, over) for over in (False, True) for chosen in chosen_points(rng, reached)]
    for moment, (point, count, over_an_earlier_one) in enumerate(moments):
        folder = tmp_path / f"kill{moment}"
        folder.mkdir()
        target = folder / name
        earlier = None
        if over_an_earlier_one:
            shutil.copy2(complete, target)
            earlier = target.read_bytes()
        killed_at(point, count, *arguments, str(target))
        if earlier is None:
            assert not target.exists(), f"a file under the name after a kill at {point}"
        else:
            assert target.read_bytes() == earlier, f"the earlier export changed ({point})"
            check(target)
        others = [p.name for p in folder.iterdir() if p.name != name]
        assert all(temporary(name).fullmatch(other) for other in others), others
        if point == "export-write":  # killed while its file was being written
            assert others, "the kill came before the export wrote anything"


def xlsx_whole(path: Path, rows: list[int]) -> None:
    assert xlsx_rows(path) == rows
