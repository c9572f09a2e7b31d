"""A process killed (SIGKILL: no clean-up of any kind) at random moments in the
middle of an import, a merge and an export: the database passes its integrity
check and holds all of that work or none of it, and no half-written export lies
under the name asked for.

What a kill may leave: the database's -wal/-shm (SQLite repairs from them), a
backup's ``NAME.partial`` in the backups folder and an export's hidden
``.NAME.<8 hex>.part`` beside the target — named as temporary, never mistaken
for the real thing. The moments are drawn from a seeded random generator,
spread over the time a whole run takes on this machine; no time is asserted.
"""

from __future__ import annotations

import csv
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from secretariat.demo import build_demo
from secretariat.store import ClusterDatabase, inspect, sqlite
from secretariat.store.errors import ReadOnlyFileError
from tests.pdf_readers import pdf_pages, run

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

SEED = 20261129
MOMENTS = 2  # kills at any moment per kind of work, and one once it writes


def started(*arguments: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, *arguments],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def measured(*arguments: str) -> float:
    """Run to the end; how long a whole run takes here (to spread the kills over)."""
    begun = time.monotonic()
    process = started(*arguments)
    _, err = process.communicate(timeout=300)
    assert process.returncode == 0, err
    return time.monotonic() - begun


def kill_at(process: subprocess.Popen, wait: Callable[[], None]) -> bool:
    """SIGKILL ``process`` once ``wait()`` returns; whether it was still running."""
    wait()
    running = process.poll() is None
    if running:
        os.kill(process.pid, signal.SIGKILL)
    process.communicate(timeout=60)
    if not running:
        assert process.returncode == 0, process.stderr
    return running


def after(seconds: float) -> Callable[[], None]:
    return lambda: time.sleep(seconds)


def once_there(folder: Path, pattern: str, then: float, process) -> Callable[[], None]:
    """Wait until a file matching ``pattern`` is in ``folder`` (the work has begun
    writing), then ``then`` seconds more."""

    def wait() -> None:
        deadline = time.monotonic() + 120
        while process.poll() is None and time.monotonic() < deadline:
            if folder.is_dir() and any(folder.glob(pattern)):
                break
            time.sleep(0.002)
        time.sleep(then)

    return wait


def fresh_copy(pristine: Path, folder: Path) -> Path:
    folder.mkdir()
    path = folder / pristine.name
    shutil.copy2(pristine, path)
    return path


def after_the_crash(path: Path) -> None:
    """``secretariat check``'s reading of the file as the kill left it, then the
    app's next opening (which repairs from the log): both find it sound."""
    try:
        assert inspect(path).intact
    except ReadOnlyFileError:  # with the rollback journal: the unfinished save is undone first
        assert sqlite.journal(path, "-journal").exists()
    with ClusterDatabase.open(path, create=False) as db:
        assert not sqlite.integrity_problems(db._conn)


# -- an import ---------------------------------------------------------------------------------


def import_counts(path: Path) -> tuple[int, int, int]:
    with ClusterDatabase.open(path, create=False) as db:
        return tuple(
            int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in ("contacts", "organisations", "import_batches")
        )


@pytest.mark.parametrize("network_share", [False, True], ids=["local", "network-share"])
def test_an_import_killed_at_random_moments_is_all_there_or_not_at_all(
    tmp_path, monkeypatch, network_share
):
    if network_share:  # the rollback journal instead of the write-ahead log
        monkeypatch.setenv(sqlite.NETWORK_SHARE_ENV, "1")
    members = tmp_path / "Mitglieder.csv"
    with members.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Vorname", "Nachname", "E-Mail", "Firma"])
        for number in range(3000):
            writer.writerow(
                [
                    f"Jörg{number}",
                    f"Özdemir{number}",
                    f"p{number}@beispiel.de",
                    f"Firma {number % 300}",
                ]
            )
    pristine = tmp_path / "cluster.sqlite3"
    with ClusterDatabase.open(pristine) as db:
        db.organisations.create({"name": "Schon da GmbH"})
    nothing = import_counts(pristine)
    whole = fresh_copy(pristine, tmp_path / "whole")
    arguments = ("-m", "secretariat", "import", "contacts", str(members), "--db")
    duration = measured(*arguments, str(whole))
    everything = import_counts(whole)
    assert everything == (nothing[0] + 3000, nothing[1] + 300, nothing[2] + 1)

    rng = random.Random(SEED + network_share)
    outcomes = []
    for moment in range(MOMENTS + 1):
        path = fresh_copy(pristine, tmp_path / f"kill{moment}")
        process = started(*arguments, str(path))
        if moment < MOMENTS:  # anywhere in the run
            wait = after(rng.uniform(0, duration))
        else:  # once the backup before the import is there: while it writes
            backups = path.parent / "backups"
            wait = once_there(backups, "*before-import*3", rng.uniform(0, 0.2), process)
        killed = kill_at(process, wait)
        after_the_crash(path)
        counts = import_counts(path)
        assert counts in (nothing, everything), f"half an import after a kill: {counts}"
        outcomes.append((killed, counts == everything))
    assert any(killed for killed, _ in outcomes), "no kill came before the end"


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


def test_merges_killed_at_random_moments_are_each_whole_or_not_done(tmp_path):
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
    whole = fresh_copy(pristine, tmp_path / "whole")
    duration = measured("-c", MERGES, str(whole), str(PAIRS))
    assert merge_state(whole) == [merged] * PAIRS

    rng = random.Random(SEED + 1)
    killed_any = False
    for moment in range(MOMENTS):
        path = fresh_copy(pristine, tmp_path / f"kill{moment}")
        process = started("-c", MERGES, str(path), str(PAIRS))
        killed_any |= kill_at(process, after(rng.uniform(0.2 * duration, duration)))
        after_the_crash(path)
        state = merge_state(path)
        assert set(state) <= {merged, unmerged}, f"half a merge after a kill: {state}"
        done = state.count(merged)
        assert state == [merged] * done + [unmerged] * (PAIRS - done), "merges in order"
    assert killed_any, "no kill came before the end"


# -- exports -----------------------------------------------------------------------------------


def pdf_whole(path: Path, pages: int) -> None:
    run("qpdf", "--check", str(path))
    assert pdf_pages(path) == pages


def xlsx_whole(path: Path, rows: int) -> None:
    workbook = openpyxl.load_workbook(path, read_only=True)
    assert sum(1 for _ in workbook.active.iter_rows()) == rows
    workbook.close()


def temporary(name: str) -> re.Pattern[str]:
    """The only other file a killed export may leave beside its target."""
    return re.compile(rf"\.{re.escape(name)}\.[0-9a-f]{{8}}\.part")


@pytest.mark.parametrize("name", ["Mitglieder.pdf", "Mitglieder.xlsx"])
def test_an_export_killed_at_random_moments_leaves_no_half_written_file(tmp_path, name):
    database = tmp_path / "cluster.sqlite3"
    with ClusterDatabase.open(database) as db:
        build_demo(db, organisations=40, seed=5, today=date(2026, 11, 1))
    arguments = ("-m", "secretariat", "export", "directory", "--db", str(database))
    complete = tmp_path / "complete" / name
    complete.parent.mkdir()
    duration = measured(*arguments, str(complete))
    if name.endswith(".pdf"):
        pages = pdf_pages(complete)
        check: Callable[[Path], None] = lambda path: pdf_whole(path, pages)  # noqa: E731
    else:
        workbook = openpyxl.load_workbook(complete, read_only=True)
        rows = sum(1 for _ in workbook.active.iter_rows())
        workbook.close()
        check = lambda path: xlsx_whole(path, rows)  # noqa: E731
    check(complete)

    rng = random.Random(f"{SEED}{name}")
    killed_any = False
    for moment in range(MOMENTS + 1):
        folder = tmp_path / f"kill{moment}"
        folder.mkdir()
        target = folder / name
        earlier = None
        if moment % 2:  # an earlier export of the same name is there
            shutil.copy2(complete, target)
            earlier = target.read_bytes()
        process = started(*arguments, str(target))
        if moment < MOMENTS:
            wait = after(rng.uniform(0.2 * duration, duration))
        else:  # as soon as the document is being written
            wait = once_there(folder, ".*.part", 0.0, process)
        killed_any |= kill_at(process, wait)
        if target.exists() and target.read_bytes() != earlier:
            check(target)  # a new file under the name is a whole one
        others = [p.name for p in folder.iterdir() if p.name != name]
        assert all(temporary(name).fullmatch(other) for other in others), others
    assert killed_any, "no kill came before the end"
