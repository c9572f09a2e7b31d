"""An installed Secretariat speaks German under a German desktop: a wheel built with
pip, and an editable install, each in a fresh venv, from a source tree that holds no
.qm file (nobody ran make there). The build backend must compile the translations.

The source tree is a copy of this checkout's files as git sees them (tracked, and new
ones not ignored: so what is tested is the work tree, uncommitted changes included;
``*.qm`` is git-ignored and therefore left out, as in a fresh clone).

The fresh venvs get Secretariat alone (``pip install --no-deps``). The project's
dependencies (PySide6 and the rest) are made visible through a ``.pth`` file naming the
test's own site-packages; it comes after the venv's own site-packages on sys.path, so
the ``secretariat`` imported is the one just installed. pip builds in an isolated
environment with the hatchling pinned in pyproject.toml, fetched from the package index.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
QM_FILES = ("secretariat_de.qm", "secretariat_pseudo.qm")
MENUS = ("&File", "&Edit", "&View", "&Help")

# Run by the fresh venv's python: the app as secretariat.ui.app.run starts it (the
# language installed before any window), the main window on a new database, and what
# its menu bar says.
SHOW_MENUS = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QSettings
import secretariat
from secretariat.store import ClusterDatabase
from secretariat.ui import language
from secretariat.ui.app import application
from secretariat.ui.main_window import MainWindow

app = application()
settings = QSettings()
spoken = language.install(app, settings)
db = ClusterDatabase.open(Path(sys.argv[1]))
window = MainWindow(db, settings)
print(json.dumps({
    "spoken": spoken,
    "package": secretariat.__file__,
    "qm": [t.filePath() for t in language._installed if t.objectName().startswith("secretariat")],
    "menus": [action.text() for action in window.menuBar().actions()],
}))
db.close()
"""


def run(*command: str | Path, **options) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(part) for part in command],
        capture_output=True,
        text=True,
        encoding="utf-8",
        stdin=subprocess.DEVNULL,
        timeout=600,
        **options,
    )
    assert result.returncode == 0, f"{command} failed:\n{result.stdout}\n{result.stderr}"
    return result


def source_tree(destination: Path) -> Path:
    """The checkout's files as git sees them, without anything git ignores."""
    listing = run(
        "git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT
    ).stdout
    for name in filter(None, listing.split("\0")):
        source = ROOT / name
        if source.is_file():
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    assert not list(destination.rglob("*.qm")), "the copy must start without .qm files"
    return destination


def fresh_venv(path: Path) -> Path:
    """A new venv whose own site-packages is empty; the test's packages come after it."""
    run(sys.executable, "-m", "venv", "--without-pip", path)
    python = path / "bin" / "python"
    purelib = run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])")
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(purelib.stdout.strip()) / "secretariat_test_dependencies.pth").write_text(
        "".join(f"{folder}\n" for folder in sorted(ours)), encoding="utf-8"
    )
    return python


def pip_install(python: Path, *arguments: str | Path) -> None:
    run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", *arguments)


def german_desktop(home: Path) -> dict[str, str]:
    """The environment of a German desktop with a new user (no language chosen yet)."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("LC_", "SECRETARIAT_", "XDG_", "PYTHON"))
        and key not in ("LANG", "LANGUAGE", "VIRTUAL_ENV", "HOME")
    }
    for name in ("config", "data", "state", "cache"):
        (home / name).mkdir(parents=True)
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700)
    return {
        **env,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_RUNTIME_DIR": str(runtime),
        "LANG": "de_DE.UTF-8",
        "LANGUAGE": "de",
        "QT_QPA_PLATFORM": "offscreen",
    }


def german_menus() -> list[str]:
    """What resources/translations/secretariat_de.ts says for the menu titles."""
    root = ET.parse(ROOT / "resources" / "translations" / "secretariat_de.ts").getroot()
    words = {}
    for context in root.iter("context"):
        if context.findtext("name") == "MainWindow":
            for message in context.iter("message"):
                words[message.findtext("source")] = message.findtext("translation")
    return [words[menu] for menu in MENUS]


def shown_menus(python: Path, tmp_path: Path) -> dict:
    home = tmp_path / "home"
    result = run(
        python,
        "-c",
        SHOW_MENUS,
        tmp_path / "cluster.sqlite3",
        env=german_desktop(home),
        cwd=home,  # not the source tree: the installed package must be the one imported
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_wheel_installed_in_a_fresh_venv_shows_german_menus(tmp_path):
    source = source_tree(tmp_path / "source")
    wheels = tmp_path / "wheels"
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--wheel-dir", wheels, source)
    (wheel,) = wheels.glob("secretariat-*.whl")
    venv = tmp_path / "venv"
    python = fresh_venv(venv)
    pip_install(python, wheel)
    shown = shown_menus(python, tmp_path)

    assert Path(shown["package"]).is_relative_to(venv), shown
    assert shown["spoken"] == "de", shown
    assert len(shown["qm"]) == 1, f"no German translation loaded: {shown}"
    qm = Path(shown["qm"][0])
    assert qm.is_relative_to(venv) and qm.name == "secretariat_de.qm", shown
    assert shown["menus"] == german_menus(), shown
    with zipfile.ZipFile(wheel) as archive:  # the pseudo-locale's too
        names = set(archive.namelist())
    for name in QM_FILES:
        assert f"secretariat/resources/translations/{name}" in names, sorted(names)


def test_an_editable_install_in_a_fresh_venv_shows_german_menus(tmp_path):
    source = source_tree(tmp_path / "source")
    python = fresh_venv(tmp_path / "venv")
    pip_install(python, "--editable", source)
    shown = shown_menus(python, tmp_path)

    assert Path(shown["package"]).is_relative_to(source), shown
    assert shown["spoken"] == "de", shown
    assert len(shown["qm"]) == 1, f"no German translation loaded: {shown}"
    folder = source / "resources" / "translations"
    assert Path(shown["qm"][0]) == folder / "secretariat_de.qm", shown
    assert shown["menus"] == german_menus(), shown
    for name in QM_FILES:  # the pseudo-locale's too (SECRETARIAT_LANGUAGE=pseudo)
        assert (folder / name).is_file()
