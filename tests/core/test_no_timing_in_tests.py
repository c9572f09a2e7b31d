"""The tests themselves depend on no timing, so that they pass on a machine busy with
another job as they do on a quiet one (tools/busy-test.sh shows it).

Read from the tests' source, as a reviewer would: no test sleeps or lets time pass
and then looks (``time.sleep``, ``qtbot.wait``: on a slow machine the work has not
happened yet, and an assertion that something did *not* appear passes without
testing anything); every wait for a condition or a signal has a generous limit
(``WAIT`` in tests/ui/conftest.py — the wait returns as soon as the condition holds,
so a generous limit costs nothing); and Hypothesis gives no example a deadline.
"""

from __future__ import annotations

import ast
from pathlib import Path

from hypothesis import settings

TESTS = Path(__file__).resolve().parent.parent
WAITS = {"waitUntil", "waitSignal", "waitSignals", "waitExposed", "waitActive", "waitCallback"}
GENEROUS = 30_000  # ms: the least a limit written as a number may be


def sources_of_the_tests() -> list[Path]:
    return sorted(p for p in TESTS.rglob("*.py") if "bench" not in p.relative_to(TESTS).parts)


def calls(path: Path) -> list[tuple[ast.Call, str, str]]:
    """Every call in ``path`` as (call, the name it is called on, the attribute)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            name = owner.id if isinstance(owner, ast.Name) else ast.unparse(owner)
            found.append((node, name, node.func.attr))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            found.append((node, "", node.func.id))
    return found


def where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(TESTS)}:{node.lineno}"


def test_no_test_sleeps_or_lets_time_pass():
    offenders = []
    for path in sources_of_the_tests():
        for node, owner, name in calls(path):
            if (owner, name) in {("time", "sleep"), ("qtbot", "wait"), ("QTest", "qWait")}:
                offenders.append(f"{where(path, node)}: {owner}.{name}")
            elif (owner, name) == ("", "sleep"):
                offenders.append(f"{where(path, node)}: sleep")
            elif name == "assertNotEmitted":  # waits a time and then says nothing came
                offenders.append(f"{where(path, node)}: {name}")
    assert offenders == []


def test_every_wait_has_a_generous_limit():
    offenders = []
    for path in sources_of_the_tests():
        for node, _owner, name in calls(path):
            if name not in WAITS:
                continue
            limit = next((k.value for k in node.keywords if k.arg == "timeout"), None)
            if limit is None:
                offenders.append(f"{where(path, node)}: {name} with pytest-qt's 5 s")
            elif isinstance(limit, ast.Constant) and limit.value < GENEROUS:
                offenders.append(f"{where(path, node)}: {name} with {limit.value} ms")
    assert offenders == []


def test_hypothesis_gives_no_example_a_deadline():
    assert settings.default.deadline is None  # the profile of tests/conftest.py
    offenders = []
    for path in sources_of_the_tests():
        for node, _owner, name in calls(path):
            if name != "settings":
                continue
            for keyword in node.keywords:
                if keyword.arg == "deadline" and not (
                    isinstance(keyword.value, ast.Constant) and keyword.value.value is None
                ):
                    offenders.append(f"{where(path, node)}: deadline={ast.unparse(keyword.value)}")
    assert offenders == []
