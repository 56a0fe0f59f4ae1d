"""How values read in the window, in the user's locale (set with the language by
desktop/ui/translation.py): numbers with separators, dates like '2026. 12. 2. 오후 2:30',
ages like '3 h ago'. The table calls these for every visible cell, so the locale's
separators and the translated words are looked up once per language, not per cell."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from functools import cache

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale


def locale() -> QLocale:
    """The window's locale; the bare "C" locale of a test machine or a minimal container
    reads as US English, with separators."""
    return _locale()


@cache
def _locale() -> QLocale:
    current = QLocale()
    if current.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return current


@cache
def _separators() -> tuple[str, str]:
    return _locale().groupSeparator(), _locale().decimalPoint()


@cache
def _age_words() -> tuple[str, str, str, str]:
    return (QCoreApplication.translate("Formatting", "just now"),
            QCoreApplication.translate("Formatting", "{count} min ago"),
            QCoreApplication.translate("Formatting", "{count} h ago"),
            QCoreApplication.translate("Formatting", "{count} d ago"))


def language_changed() -> None:
    """The language (and so the locale and the words) changed: look them up again."""
    for cached in (_locale, _separators, _age_words):
        cached.cache_clear()


def as_utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def age(moment: datetime | None, now: datetime | None = None) -> str:
    """'just now', '5 min ago', '3 h ago', '2 d ago'; '' for never."""
    if moment is None:
        return ""
    now = now or datetime.now(UTC)
    seconds = max(0.0, (now - as_utc(moment)).total_seconds())
    just_now, minutes, hours, days = _age_words()
    if seconds < 60:
        return just_now
    if seconds < 3600:
        count, text = seconds // 60, minutes
    elif seconds < 86400 * 2:
        count, text = seconds // 3600, hours
    else:
        count, text = seconds // 86400, days
    return text.format(count=number(int(count)))


def number(value: float | None) -> str:
    """1234567 -> '1,234,567'; 12.34 -> '12.3' (the locale's separators)."""
    if value is None:
        return ""
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    group, decimal = _separators()
    if (group, decimal) == (",", "."):
        return text
    return text.replace(",", "\0").replace(".", decimal).replace("\0", group)


def _with_full_year(pattern: str) -> str:
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def local_time(moment: datetime | None) -> str:
    """A moment in the user's time zone and locale: '2026. 12. 2. 오후 2:30' in Korean,
    '12/2/2026 2:30 PM' in US English."""
    if moment is None:
        return ""
    local = QDateTime.fromSecsSinceEpoch(int(as_utc(moment).timestamp()))
    pattern = _with_full_year(locale().dateTimeFormat(QLocale.FormatType.ShortFormat))
    return locale().toString(local, pattern)


def local_date(moment: datetime | None) -> str:
    if moment is None:
        return ""
    local = QDateTime.fromSecsSinceEpoch(int(as_utc(moment).timestamp()))
    pattern = _with_full_year(locale().dateFormat(QLocale.FormatType.ShortFormat))
    return locale().toString(local.date(), pattern)


def month_day_pattern() -> str:
    """The locale's short date without the year, for chart axes: 'M. d.' in Korean, 'M/d'
    in US English, 'dd.MM.' in German."""
    pattern = re.sub(r"y+[^dMy]*", "", locale().dateFormat(QLocale.FormatType.ShortFormat))
    return pattern.strip(" /-,") or "M/d"


def stamped_name(stem: str, suffix: str = ".xlsx", now: datetime | None = None) -> str:
    """A default file name that does not overwrite the last one: `stem-2026-12-03-0930.xlsx`
    (local time, to the minute)."""
    return f"{stem}-{(now or datetime.now()).strftime('%Y-%m-%d-%H%M')}{suffix}"

