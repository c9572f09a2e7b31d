"""``secretariat check`` on every kind of file the app cannot simply open: one line
saying what is wrong, a non-zero exit, and the file left exactly as it was (not
even a -wal or -shm beside it)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from secretariat.demo import build_demo
from secretariat.store import ClusterDatabase, sqlite
from secretariat.store.migrations import latest_version
from tests.databases import from_a_newer_version, held_by_a_long_write, untouched

from .command import one_line, secretariat


@pytest.fixture
def cluster(tmp_path) -> Path:
    path = tmp_path / "cluster.sqlite3"
    with ClusterDatabase.open(path) as db:
        build_demo(db, organisations=6, seed=3, today=date(2026, 11, 1))
    return path


def check(path: Path, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = secretariat("check", "--db", str(path), env=env)
    return result.returncode, one_line(result.stdout + result.stderr)


def test_a_sound_file_is_ok_and_nothing_is_left_beside_it(cluster):
    before = untouched(cluster)
    code, line = check(cluster)
    assert code == 0
    assert line.startswith(f"OK: {cluster}: schema {latest_version()} of {latest_version()}")
    assert untouched(cluster) == before == (before[0], before[1], ["cluster.sqlite3"])


@pytest.mark.parametrize(
    ("spoil", "expected"),
    [
        (lambda data: data[: len(data) // 2], "is cut short: it holds"),
        (lambda data: os.urandom(len(data)), "is not an SQLite file"),
        (lambda data: b"", "is an empty file, not a Secretariat database"),
        (lambda data: data[:16] + b"\xff" * 84 + data[100:], "its first bytes are not those"),
    ],
    ids=["truncated", "random", "empty", "scribbled-header"],
)
def test_a_spoilt_file(cluster, spoil, expected):
    cluster.write_bytes(spoil(cluster.read_bytes()))
    before = untouched(cluster)
    code, line = check(cluster)
    assert code == 1
    assert line.startswith("secretariat check: ") and expected in line
    assert "open a backup" in line.lower()
    assert untouched(cluster) == before


def test_a_file_from_a_newer_version(cluster):
    from_a_newer_version(cluster)
    before = untouched(cluster)
    code, line = check(cluster)
    assert code == 1
    assert "was made by a newer version of Secretariat" in line
    assert untouched(cluster) == before


def test_a_read_only_file_and_a_file_in_a_read_only_folder(cluster, closed_to_writing):
    closed_to_writing(cluster)
    before = untouched(cluster)
    code, line = check(cluster)
    assert code == 1
    assert line.startswith(f"READ-ONLY: {cluster}: “{cluster}” is read-only")
    assert "It can be opened read-only" in line and "integrity check passed" in line
    cluster.chmod(0o600)
    closed_to_writing(cluster.parent)
    code, line = check(cluster)
    assert code == 1
    assert line.startswith(f"READ-ONLY: {cluster}: The folder “{cluster.parent}” is read-only")
    assert untouched(cluster)[::2] == before[::2]


def test_a_folder_that_is_gone(tmp_path):
    code, line = check(tmp_path / "Netzlaufwerk" / "cluster.sqlite3")
    assert code == 1
    assert f"The folder “{tmp_path / 'Netzlaufwerk'}” does not exist (any more)." in line
    assert not (tmp_path / "Netzlaufwerk").exists()


FULL_DISK = """
import shutil, sys
from collections import namedtuple
Usage = namedtuple("Usage", "total used free")
shutil.disk_usage = lambda path: Usage(10_000_000_000, 10_000_000_000 - 4096, 4096)
from secretariat.cli import main
sys.exit(main(["check", "--db", sys.argv[1]]))
"""


def test_a_full_disk(cluster):
    """The disk's free space as the operating system would report it when full."""
    result = subprocess.run(
        [sys.executable, "-c", FULL_DISK, str(cluster)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert result.returncode == 1
    line = one_line(result.stdout + result.stderr)
    assert line.startswith(f"DISK FULL: {cluster}: The disk holding it is full (4,096 bytes free)")


def test_a_file_held_by_a_long_write_elsewhere(tmp_path, monkeypatch):
    """With the rollback journal (a network share), a long write keeps readers out."""
    monkeypatch.setenv(sqlite.NETWORK_SHARE_ENV, "1")
    monkeypatch.setenv(sqlite.LOCK_WAIT_ENV, "0.5")
    path = tmp_path / "cluster.sqlite3"
    with held_by_a_long_write(path):
        code, line = check(path)
    assert code == 1
    assert f"The database “{path}” is busy: another copy of Secretariat" in line
    assert line.endswith("Nothing was lost. Wait a little, then try again.")
    assert check(path)[0] == 0
