"""Secretariat: the back office of a business-cluster secretariat.

The package is layered: ``domain`` (records, enums, validation) at the bottom,
``store`` (everything SQL) above it, feature packages above that, and ``ui`` (Qt)
on top. Nothing below ``ui`` imports Qt, so every job also runs headless.
"""

from importlib import metadata
from pathlib import Path


def _version() -> str:
    """The one version number, from pyproject.toml.

    Installed (also editable) and in the frozen app, which carries the package's
    metadata: from the metadata. In a plain checkout run without installing: from
    pyproject.toml itself. Nowhere is there a second copy that could drift.
    """
    try:
        return metadata.version("secretariat")
    except metadata.PackageNotFoundError:
        pass
    import tomllib

    try:
        with (Path(__file__).resolve().parent.parent / "pyproject.toml").open("rb") as file:
            return tomllib.load(file)["project"]["version"]
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "0+unknown"


__version__ = _version()

APP_NAME = "Secretariat"
