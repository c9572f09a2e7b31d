"""Where things are: the user's data folders, and the files shipped with the program.

The one place that knows folders. platformdirs gives the data, log and cache
folders; ``--db`` and the ``SECRETARIAT_DB`` variable override the database path.
Shipped files (``resources/`` and ``db/``) are found the same way in a checkout,
an installed wheel and a frozen (PyInstaller) app: through :func:`shipped`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_DIR_NAME = "Secretariat"
DB_ENV_VAR = "SECRETARIAT_DB"
DEFAULT_DB_NAME = "cluster.sqlite3"


def data_dir() -> Path:
    """The user's data folder for Secretariat (not created here)."""
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))


def backup_dir_for(database: Path) -> Path:
    """Automatic backups of a database live in a folder beside it."""
    return database.parent / "backups"


def database_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The database to open: ``--db`` first, then ``SECRETARIAT_DB``, then the default."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(DB_ENV_VAR, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    return data_dir() / DEFAULT_DB_NAME


def _shipped_roots() -> list[Path]:
    package = Path(__file__).resolve().parent
    roots = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen))
    roots.append(package)  # a wheel: secretariat/resources, secretariat/db
    roots.append(package.parent)  # a checkout or an editable install
    return roots


def shipped(*parts: str) -> Path:
    """A file or folder shipped with the program, e.g. ``shipped("db", "migrations")``.

    Raises FileNotFoundError naming what is missing: an incomplete installation.
    """
    for root in _shipped_roots():
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    raise FileNotFoundError(
        f"{'/'.join(parts)} is missing from this installation of Secretariat; reinstall it."
    )
