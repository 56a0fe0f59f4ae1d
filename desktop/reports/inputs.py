"""Report inputs taken from a spreadsheet column (read like an import: `desktop.excel`)."""

from __future__ import annotations

from pathlib import Path

from desktop.excel.importing.fields import normalize_header
from desktop.excel.importing.headers import find_header_row
from desktop.excel.reading.limits import DEFAULT_LIMITS, ImportLimits
from desktop.excel.reading.reader import read_table
from shared_models.errors import InvalidValue
from shared_models.platforms import recognize_url
from shared_models.text import clean_text
from shared_models.texts import user_text


class ColumnNotFound(ValueError):
    """The named column is not in the sheet; the message lists the columns there are."""


def find_column(ref: str, headers: list[str]) -> int:
    """A column by its header (exact, or ignoring case, spaces and punctuation) or letter."""
    text = clean_text(ref)
    key = normalize_header(text)
    for exact in (True, False):
        for col, header in enumerate(headers):
            if header and (header == text if exact else normalize_header(header) == key):
                return col
    if text.isascii() and text.isalpha() and len(text) <= 3:
        index = 0
        for ch in text.upper():
            index = index * 26 + ord(ch) - 64
        return index - 1
    named = ", ".join(h for h in headers if h) or "-"
    raise ColumnNotFound(user_text("There is no column '{column}' in the sheet (columns: "
                                   "{columns}).", column=ref, columns=named))


def column_values(path: Path, column: str, *, sheet: str | None = None,
                  limits: ImportLimits = DEFAULT_LIMITS) -> list[str]:
    """The non-empty texts below the header of one column (FileRefused, ColumnNotFound)."""
    table = read_table(Path(path), sheet, limits)
    header = find_header_row(table)
    headers = [clean_text(h) for h in header.headers]
    col = find_column(column, headers)
    title = headers[col] if col < len(headers) else ""
    start = header.row + 1 if title and not _is_url(title) else header.row
    values = []
    for row in table.rows[start:]:
        text = clean_text(row[col]) if col < len(row) else ""
        if text:
            values.append(text)
    return values


def _is_url(text: str) -> bool:
    try:
        recognize_url(text)
    except InvalidValue:
        return "://" in text
    return True
