"""Fixtures for core tests: no Qt, an in-memory or temp-file database."""

from __future__ import annotations

import pytest

from secretariat.store import ClusterDatabase


@pytest.fixture
def db():
    database = ClusterDatabase.in_memory(staff="anna")
    yield database
    database.close()


@pytest.fixture
def db_file(tmp_path):
    """A fresh database file on disk; yields (path, open database)."""
    path = tmp_path / "cluster.sqlite3"
    database = ClusterDatabase.open(path, staff="anna")
    yield path, database
    database.close()
