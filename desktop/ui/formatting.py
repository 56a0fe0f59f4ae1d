"""How values read in the window, in the user's locale (QLocale's default, set with the
language): numbers with separators, dates like '2026. 12. 2. 오후 2:30', ages like '3 h ago'."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale


def locale() -> QLocale:
    """The window's locale (install_language sets it); the bare "C" locale of a test machine
    or a minimal container reads as US English, with separators."""
    current = QLocale()
    if current.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return current


def as_utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def age(moment: datetime | None, now: datetime | None = None) -> str:
    """'just now', '5 min ago', '3 h ago', '2 d ago'; '' for never."""
    if moment is None:
        return ""
    now = now or datetime.now(UTC)
    seconds = max(0.0, (now - as_utc(moment)).total_seconds())
    if seconds < 60:
        return QCoreApplication.translate("Formatting", "just now")
    if seconds < 3600:
        count, text = seconds // 60, QCoreApplication.translate("Formatting", "{count} min ago")
    elif seconds < 86400 * 2:
        count, text = seconds // 3600, QCoreApplication.translate("Formatting", "{count} h ago")
    else:
        count, text = seconds // 86400, QCoreApplication.translate("Formatting", "{count} d ago")
    return text.format(count=number(int(count)))


def number(value: float | None) -> str:
    """1234567 -> '1,234,567'; 12.34 -> '12.3' (the locale's separators)."""
    if value is None:
        return ""
    if float(value).is_integer():
        return locale().toString(int(value))
    return locale().toString(float(value), "f", 1)


def _date_time_format() -> str:
    """The locale's short date and time, with a four-digit year (Korean: 'yyyy. M. d. a h:mm')."""
    pattern = locale().dateTimeFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def local_time(moment: datetime | None) -> str:
    """A moment in the user's time zone and locale: '2026. 12. 2. 오후 2:30' in Korean,
    '12/2/2026 2:30 PM' in US English."""
    if moment is None:
        return ""
    local = QDateTime.fromSecsSinceEpoch(int(as_utc(moment).timestamp()))
    return locale().toString(local, _date_time_format())


def local_date(moment: datetime | None) -> str:
    if moment is None:
        return ""
    local = QDateTime.fromSecsSinceEpoch(int(as_utc(moment).timestamp()))
    pattern = locale().dateFormat(QLocale.FormatType.ShortFormat)
    return locale().toString(local.date(), pattern if "yyyy" in pattern
                              else pattern.replace("yy", "yyyy"))
