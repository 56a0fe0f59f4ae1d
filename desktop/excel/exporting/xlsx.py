"""The rules every written workbook follows, whatever writes it (xlsxstream.py does):

- text starting with = + - @, a tab or CR is a formula to Excel when typed: such cells are
  written as text with Excel's quote prefix, so editing the cell later keeps it text;
- URLs are clickable up to Excel's limit of 65,530 links per sheet (and 2,079 characters),
  plain text after that;
- column widths fit the header and a sample of the rows (East Asian characters count
  double).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_URLS_PER_SHEET = 65_530
MAX_URL_LENGTH = 2_079


def column_widths(header: Sequence[str], sample: Iterable[Sequence[object]],
                  minimum: float = 8, maximum: float = 50) -> list[float]:
    """Widths that fit the header and the sample rows (East Asian characters count double)."""
    widths = [_display_len(h) + 2 for h in header]
    for values in sample:
        for col, value in enumerate(values[:len(widths)]):
            if isinstance(value, datetime):
                length = 16
            elif isinstance(value, float):
                length = len(f"{value:,.0f}") + 2
            else:
                length = _display_len(str(value)) if value not in (None, "") else 0
            widths[col] = max(widths[col], length + 1)
    return [min(max(w, minimum), maximum) for w in widths]


def _display_len(text: str) -> int:
    first_line = text.split("\n", 1)[0]
    return sum(2 if ord(ch) >= 0x1100 else 1 for ch in first_line)
