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


# DESIGN.md §3: each package imports only those of a lower rank; packages of one rank
# (imports and exports) do not import each other. Imports inside functions and under
# TYPE_CHECKING count too.
LAYERS = {
    "domain": 0,
    "store": 1,
    "formats": 2,
    "planning": 3,
    "privacy": 4,
    "insight": 5,
    "imports": 6,
    "exports": 6,
    "mailing": 7,
    "demo": 8,
    "ui": 9,
    "cli": 10,
}
# demo stands beside ui and uses only the store and the domain
ONLY = {"demo": {"domain", "store"}}
# a module of the store that still reaches up to the facade, inside one function
STORE_FACADE_EXCEPTIONS = {("backups", "restore_backup")}


def _imports(path: Path) -> list[tuple[str, int, str | None]]:
    """(module imported, line, enclosing function) for every import in ``path``."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    found = []

    def visit(node: ast.AST, function: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.FunctionDef) else function
            if isinstance(child, ast.ImportFrom):
                if child.level:
                    base = parts[: len(parts) - child.level]
                    if path.name == "__init__.py":
                        base = parts[: len(parts) - child.level + 1][:-1] or parts[:1]
                    name = ".".join(base) + ("." + child.module if child.module else "")
                else:
                    name = child.module or ""
                found.append((name, child.lineno, function))
                found.extend(
                    (f"{name}.{alias.name}", child.lineno, function) for alias in child.names
                )
            elif isinstance(child, ast.Import):
                found.extend((alias.name, child.lineno, function) for alias in child.names)
            visit(child, inner)

    visit(tree, None)
    return found


def test_packages_import_only_the_layers_below_them():
    arrows: dict[tuple[str, str], str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).parts
        if len(parts) < 2:  # paths.py, __main__.py: beside the packages
            continue
        source = parts[0]
        for name, line, _function in _imports(path):
            if not name.startswith("secretariat."):
                continue
            target = name.split(".")[1]
            if target in LAYERS and target != source:
                arrows.setdefault((source, target), f"{path.relative_to(PACKAGE)}:{line}")
    assert set(LAYERS) >= {s for s, _ in arrows}, "a package DESIGN.md does not place"
    wrong = [
        f"{source} -> {target} ({where})"
        for (source, target), where in sorted(arrows.items())
        if LAYERS[target] >= LAYERS[source]
        or (source in ONLY and target not in ONLY[source])
    ]
    cycles = [f"{a} <-> {b}" for (a, b) in arrows if (b, a) in arrows and a < b]
    assert wrong == [] and cycles == [], "\n".join(wrong + cycles)


def test_the_stores_parts_do_not_import_its_facade():
    reaching_up = [
        f"{path.name}:{line}"
        for path in sorted((PACKAGE / "store").glob("*.py"))
        if path.name not in ("database.py", "__init__.py")
        for name, line, function in _imports(path)
        if name.startswith("secretariat.store.database")
        and (path.stem, function) not in STORE_FACADE_EXCEPTIONS
    ]
    assert reaching_up == []
