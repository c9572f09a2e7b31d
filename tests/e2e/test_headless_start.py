"""A start-up without anyone at the screen (how start-up is timed, and how the
bundle is checked) must end by itself, also on a new install."""

from __future__ import annotations

from .command import secretariat


def test_a_headless_first_start_leaves_after_the_first_paint(tmp_path):
    """No database yet: the first-start dialog is painted, then the program leaves,
    creating nothing (before, it waited for an answer for ever)."""
    path = tmp_path / "new" / "cluster.sqlite3"
    path.parent.mkdir()
    result = secretariat(
        "--db",
        str(path),
        env={"SECRETARIAT_EXIT_AFTER_FIRST_PAINT": "1", "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert list(path.parent.iterdir()) == []
