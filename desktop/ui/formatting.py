"""How values read in the window: numbers with separators, ages like '3 h ago'."""

from __future__ import annotations

from datetime import UTC, datetime


def as_utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def age(moment: datetime | None, now: datetime | None = None) -> str:
    """'just now', '5 min ago', '3 h ago', '2 d ago'; '' for never."""
    if moment is None:
        return ""
    now = now or datetime.now(UTC)
    seconds = max(0.0, (now - as_utc(moment)).total_seconds())
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{int(seconds // 60)} min ago"
    if seconds < 86400 * 2:
        return f"{int(seconds // 3600)} h ago"
    return f"{int(seconds // 86400)} d ago"


def number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def local_time(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return as_utc(moment).astimezone().strftime("%Y-%m-%d %H:%M")


def stamped_name(stem: str, suffix: str = ".xlsx", now: datetime | None = None) -> str:
    """A default file name that does not overwrite the last one: `stem-2026-12-03-0930.xlsx`
    (local time, to the minute)."""
    return f"{stem}-{(now or datetime.now()).strftime('%Y-%m-%d-%H%M')}{suffix}"

