"""Moments of events as people read them: local wall-clock times and dates.

Events are stored in UTC with their time zone beside them. Moving an event keeps
its local wall-clock time (a 10:00 workshop stays at 10:00 across a daylight-saving
change), so shifts are made on local times and turned back into UTC.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from secretariat.domain import records
from secretariat.domain.validation import DEFAULT_TIME_ZONE, clean, moment_in_zone

_STORED = "%Y-%m-%dT%H:%M:%SZ"


def now() -> str:
    """This moment as stored (UTC text)."""
    return datetime.now(UTC).strftime(_STORED)


def as_stored(value: Any, time_zone: str = DEFAULT_TIME_ZONE, field: str = "starts_at") -> str:
    """``value`` (UTC text, an aware datetime, or a local time in ``time_zone``) as
    stored. Raises ValidationError naming the event's field when it is no moment."""
    cleaned = clean(records.EVENT, {field: value}, existing={"time_zone": time_zone})
    return str(cleaned[field])


def wall_clock(stored: str, time_zone: str) -> datetime:
    """The local wall-clock time (naive) of a stored moment in ``time_zone``."""
    return moment_in_zone(stored, time_zone).replace(tzinfo=None)


def from_wall_clock(local: datetime, time_zone: str) -> str:
    """A local wall-clock time in ``time_zone`` as stored."""
    return local.replace(tzinfo=ZoneInfo(time_zone)).astimezone(UTC).strftime(_STORED)


def local_date(stored: str, time_zone: str) -> date:
    """The date of a stored moment where the event takes place."""
    return moment_in_zone(stored, time_zone).date()


def shifted(stored: str, delta: timedelta, time_zone: str, new_time_zone: str | None = None) -> str:
    """``stored`` moved by ``delta`` of local wall-clock time (kept in ``new_time_zone``)."""
    return from_wall_clock(wall_clock(stored, time_zone) + delta, new_time_zone or time_zone)


def local_days(stored_start: str, stored_end: str, time_zone: str) -> list[date]:
    """Every local date a span touches (an end at midnight does not touch the next day)."""
    first = local_date(stored_start, time_zone)
    end = wall_clock(stored_end, time_zone)
    last = end.date()
    if last > first and end.time() == datetime.min.time():
        last -= timedelta(days=1)
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def span_text(stored_start: str, stored_end: str, time_zone: str) -> str:
    """A span as the secretariat writes it: '12.06.2026 14:00–16:00', or with both
    dates when it runs over midnight."""
    start = wall_clock(stored_start, time_zone)
    end = wall_clock(stored_end, time_zone)
    if start.date() == end.date():
        return f"{start:%d.%m.%Y %H:%M}–{end:%H:%M}"
    return f"{start:%d.%m.%Y %H:%M} – {end:%d.%m.%Y %H:%M}"


def date_text(day: date) -> str:
    return f"{day:%d.%m.%Y}"
