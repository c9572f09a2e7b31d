"""Shared test set-up: Qt without a screen, every user folder in a temp dir, no
time limits that a busy machine would break, and files made read-only for a test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Before any QApplication exists: no screen here, and none in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Before the program is imported (it reads the variable once): a crash point left set
# in the shell would kill the suite itself. The kill tests set it for their children.
os.environ.pop("SECRETARIAT_CRASH_AT", None)

# Hypothesis gives each example 200 ms and fails a test whose examples take longer, or
# whose data come slowly: on a shared two-core machine running another job, both
# happen without anything being wrong. No test here depends on time.
settings.register_profile(
    "no-time-limits", deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("no-time-limits")

REPOSITORY = Path(__file__).resolve().parent.parent
SHARED_CORPUS = REPOSITORY.parent / "shared" / "corpus"


@pytest.fixture(autouse=True)
def _user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point platformdirs (data, config, cache, logs) at a fresh folder per test."""
    home = tmp_path_factory.mktemp("home")
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(variable, str(home / variable.lower()))
    monkeypatch.delenv("SECRETARIAT_DB", raising=False)
    monkeypatch.setenv("SECRETARIAT_STAFF", "tester")
    return home


@pytest.fixture
def closed_to_writing():
    """``close(path)`` marks a file or folder read-only; undone after the test."""
    closed = []

    def close(path: Path) -> None:
        closed.append((path, path.stat().st_mode))
        path.chmod(0o555 if path.is_dir() else 0o444)

    yield close
    for path, mode in reversed(closed):
        path.chmod(mode)
