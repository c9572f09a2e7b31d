"""Secretariat: the back office of a business-cluster secretariat.

The package is layered: ``domain`` (records, enums, validation) at the bottom,
``store`` (everything SQL) above it, feature packages above that, and ``ui`` (Qt)
on top. Nothing below ``ui`` imports Qt, so every job also runs headless.

``__version__`` is looked up the first time it is asked for (reading the package's
metadata takes longer than opening the app's window should wait for).
"""

from __future__ import annotations

import functools

APP_NAME = "Secretariat"


@functools.cache
def version() -> str:
    """The one version number, from pyproject.toml.

    Installed (also editable) and in the frozen app, which carries the package's
    metadata: from the metadata. In a plain checkout run without installing: from
    pyproject.toml itself. Nowhere is there a second copy that could drift.
    """
    from importlib import metadata

    try:
        return metadata.version("secretariat")
    except metadata.PackageNotFoundError:
        pass
    import tomllib
    from pathlib import Path

    try:
        with (Path(__file__).resolve().parent.parent / "pyproject.toml").open("rb") as file:
            return tomllib.load(file)["project"]["version"]
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "0+unknown"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
