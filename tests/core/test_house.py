"""The house rules that hold the layers apart: the core runs without Qt, folders
come from one module, shipped files are found through one helper."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from secretariat import paths

PACKAGE = Path(paths.__file__).resolve().parent


def core_modules() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        if relative.parts[1:2] == ("ui",) or path.name == "__main__.py":
            continue
        names.append(".".join(relative.parts).removesuffix(".__init__"))
    return names


def test_the_core_imports_no_qt():
    modules = core_modules()
    assert "secretariat.store.database" in modules and "secretariat.cli" in modules
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(loaded)\n"
        "sys.exit(1 if loaded else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, f"Qt was imported by the core: {result.stdout}{result.stderr}"


def test_no_sql_outside_the_store():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "store" in path.relative_to(PACKAGE).parts[:1]:
            continue
        text = path.read_text(encoding="utf-8")
        if any(word in text for word in ("SELECT ", "INSERT INTO", "DELETE FROM", " SET version")):
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_the_database_path_comes_from_option_then_variable_then_default(monkeypatch, tmp_path):
    monkeypatch.delenv(paths.DB_ENV_VAR, raising=False)
    default = paths.database_path()
    assert default == paths.data_dir() / "cluster.sqlite3"
    assert "xdg_data_home" in str(default)  # the per-test folder of conftest.py
    monkeypatch.setenv(paths.DB_ENV_VAR, str(tmp_path / "from-env.sqlite3"))
    assert paths.database_path() == tmp_path / "from-env.sqlite3"
    assert paths.database_path(tmp_path / "explicit.sqlite3") == tmp_path / "explicit.sqlite3"


def test_shipped_files_are_found_through_one_helper():
    assert (paths.shipped("db", "migrations") / "0001_cluster.sql").is_file()
    assert paths.shipped("resources", "fonts").is_dir()
    try:
        paths.shipped("resources", "no-such-file")
    except FileNotFoundError as missing:
        assert "reinstall" in str(missing)
    else:  # pragma: no cover
        raise AssertionError("a missing file must be reported")
