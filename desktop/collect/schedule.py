"""Platform A's daily collection while the app runs (the OS scheduler runs the CLI instead).

`next_run_time` is pure: given the daily time, the last finished run and now, it says when
the next run is due (a time <= now means "due now"). `desktop.collect.daily.run_if_due` is
what the UI calls from a timer (off the UI thread): it runs the collection when due.
Settings: `collect/A/daily_at` ("HH:MM", local time; default 09:00), `collect/A/daily_enabled`
(default true), `collect/A/last_daily_run` (ISO time of the last finished daily run).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from shared_models.errors import InvalidValue
from shared_models.texts import user_text

if TYPE_CHECKING:  # a type only: the window reads the schedule at start, without the collector
    from desktop.collect.pace import SettingsStore

DAILY_AT_KEY = "collect/A/daily_at"
ENABLED_KEY = "collect/A/daily_enabled"
LAST_RUN_KEY = "collect/A/last_daily_run"
DONE_BY_KEY = "collect/A/daily_done_by"  # {"by": desk, "at": epoch}: another desk did it
DEFAULT_DAILY_AT = "09:00"


def parse_daily_at(value: str) -> time:
    try:
        hours, minutes = (int(part) for part in value.strip().split(":"))
        return time(hours, minutes)
    except ValueError:
        raise InvalidValue("daily_at", value,
                           user_text("'{value}' is not a time of day (use HH:MM, e.g. 09:00).",
                                     value=value)) from None


def next_run_time(daily_at: time, last_run: datetime | None, now: datetime) -> datetime:
    """When the daily run is next due, in `now`'s time zone (<= now: due now).

    The most recent daily slot that has passed is due unless a run finished after it;
    otherwise the next slot is.
    """
    slot = now.replace(hour=daily_at.hour, minute=daily_at.minute, second=0, microsecond=0)
    latest_passed = slot if slot <= now else slot - timedelta(days=1)
    if last_run is None or last_run < latest_passed:
        return latest_passed
    return latest_passed + timedelta(days=1)


def schedule_of(store: SettingsStore) -> tuple[bool, time, datetime | None]:
    enabled = bool(store.get_setting(ENABLED_KEY, True))
    daily_at = parse_daily_at(str(store.get_setting(DAILY_AT_KEY, DEFAULT_DAILY_AT)))
    last = store.get_setting(LAST_RUN_KEY)
    return enabled, daily_at, datetime.fromisoformat(last) if last else None


def next_daily_run(store: SettingsStore, now: datetime | None = None) -> datetime | None:
    """The next due time of the daily Platform A run (None when switched off)."""
    enabled, daily_at, last = schedule_of(store)
    if not enabled:
        return None
    now = now or datetime.now().astimezone()
    return next_run_time(daily_at, last, now)


def done_by_other_desk(store: SettingsStore, now: datetime | None = None,
                       ) -> tuple[str, datetime] | None:
    """(desk, local time) when another desk of the office collected today's daily run."""
    stored = store.get_setting(DONE_BY_KEY)
    if not (isinstance(stored, dict) and isinstance(stored.get("by"), str)):
        return None
    try:
        at = datetime.fromtimestamp(float(stored.get("at") or 0)).astimezone()
    except (TypeError, ValueError, OverflowError, OSError):
        return None
    now = now or datetime.now().astimezone()
    return (stored["by"], at) if at.date() == now.date() else None
