"""The crash points the kill tests choose their moment with (secretariat.store.crash_points):
the process dies at exactly the n-th time the named point is reached, never otherwise,
and a value that names no point stops the program instead of letting a test pass
because nothing happened."""

from __future__ import annotations

import ast
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from secretariat.store import crash_points
from secretariat.store.crash_points import CRASH_ENV, POINTS, parse

PACKAGE = Path(crash_points.__file__).resolve().parent.parent

COUNTING = """
from secretariat.store import crash_points
for number in range(1, 6):
    crash_points.reached("row-write")
    crash_points.reached("merge-step")
    print(number, flush=True)
"""


def counting(value: str | None) -> subprocess.CompletedProcess[str]:
    env = {key: text for key, text in os.environ.items() if key != CRASH_ENV}
    if value is not None:
        env[CRASH_ENV] = value
    return subprocess.run(
        [sys.executable, "-c", COUNTING], capture_output=True, text=True, env=env, timeout=120
    )


def test_the_value_names_a_point_and_a_count():
    assert parse("row-write:120") == ("row-write", 120)
    assert parse(" export-page ") == ("export-page", 1)
    assert parse("") is None


@pytest.mark.parametrize("value", ["row-writes:3", "nowhere", "row-write:0", "row-write:x"])
def test_a_value_naming_no_point_or_no_count_is_refused(value):
    with pytest.raises(ValueError, match=CRASH_ENV):
        parse(value)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_the_process_is_killed_the_nth_time_the_point_is_reached():
    result = counting("merge-step:3")
    assert result.returncode == -signal.SIGKILL
    assert result.stdout.split() == ["1", "2"]  # killed before the third line
    assert result.stderr == "crash point merge-step reached 3 times: killed\n"


def test_without_the_variable_or_at_another_point_nothing_happens():
    for value in (None, "", "export-row:1"):
        result = counting(value)
        assert result.returncode == 0, result.stderr
        assert result.stdout.split() == ["1", "2", "3", "4", "5"]


def test_a_wrong_value_stops_the_program_with_the_reason():
    result = counting("row-writes:3")
    assert result.returncode == 1
    assert "there is no crash point “row-writes”" in result.stderr
    assert result.stdout == ""


def test_items_are_handed_on_as_they_are_unless_armed():
    rows = [(1,), (2,)]
    assert crash_points.each("row-write", rows) is rows  # nothing in between when not armed


def points_called() -> dict[str, list[str]]:
    """Every point named in a call of reached/armed/each in the package, and where."""
    found: dict[str, list[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "crash_points"
            ):
                first = node.args[0]
                assert isinstance(first, ast.Constant), f"{path}: a point's name is written out"
                found.setdefault(first.value, []).append(path.name)
    return found


def test_every_point_is_reached_somewhere_and_none_is_unknown():
    assert set(points_called()) == POINTS


def test_the_hook_needs_nothing_but_the_standard_library():
    """So that every layer may call it (DESIGN.md §3): no Qt, no store, no domain."""
    tree = ast.parse(Path(crash_points.__file__).read_text(encoding="utf-8"))
    imported = {
        alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    } | {node.module.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert imported <= {"__future__", "os", "signal", "collections", "typing"}, imported
