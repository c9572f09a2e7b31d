"""Everything SQL: the database gateway, migrations, repositories, search,
the audit log and backups. sqlite-utils underneath; no Qt.
"""

from secretariat.store.database import ClusterDatabase, Health, inspect, restore
from secretariat.store.errors import (
    ConflictError,
    NotFoundError,
    RefusedError,
    StorageError,
    StoreError,
    UnusableFileError,
)

__all__ = [
    "ClusterDatabase",
    "ConflictError",
    "Health",
    "NotFoundError",
    "RefusedError",
    "StorageError",
    "StoreError",
    "UnusableFileError",
    "inspect",
    "restore",
]
