"""What a month or week calendar shows: the events in a span of time."""

from __future__ import annotations

from datetime import datetime

from secretariat.domain.fields import Record
from secretariat.planning.moments import as_stored
from secretariat.store.database import ClusterDatabase


def events_between(db: ClusterDatabase, start: datetime, end: datetime) -> list[Record]:
    """Every event (whatever its status) that overlaps ``start``–``end`` or starts
    inside it, ordered by start, each with ``venue_name``. ``start`` and ``end`` are
    aware datetimes (naive ones are read as Europe/Berlin)."""
    return db.planning.events_between(as_stored(start), as_stored(end, field="ends_at"))
