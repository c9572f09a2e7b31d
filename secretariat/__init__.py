"""Secretariat: the back office of a business-cluster secretariat.

The package is layered: ``domain`` (records, enums, validation) at the bottom,
``store`` (everything SQL) above it, feature packages above that, and ``ui`` (Qt)
on top. Nothing below ``ui`` imports Qt, so every job also runs headless.
"""

from importlib import metadata

try:
    __version__ = metadata.version("secretariat")
except metadata.PackageNotFoundError:  # running from a plain checkout or a frozen app
    __version__ = "0.1.0"

APP_NAME = "Secretariat"
