"""Writing cells safely with XlsxWriter: the export and the error report share this.

- No cell ever becomes a formula: every string goes through `write_string` (and the
  workbook is opened with `strings_to_formulas=False`); text starting with = + - @, a tab
  or CR also gets Excel's quote prefix, so editing the cell later keeps it text.
- Numbers as numbers, dates as dates; URLs clickable up to Excel's limit of 65,530 links
  per sheet, plain text after that.
- Rows are written in order (constant_memory mode), so memory stays flat for big exports.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import ClassVar

from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_URLS_PER_SHEET = 65_530
MAX_URL_LENGTH = 2_079


class SafeWriter:
    OPTIONS: ClassVar[dict[str, bool]] = {
        "constant_memory": True,
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
        "remove_timezone": True,
    }

    def __init__(self, workbook: Workbook, sheet_name: str,
                 max_links: int = MAX_URLS_PER_SHEET) -> None:
        self.max_links = max_links
        self.ws: Worksheet = workbook.add_worksheet(sheet_name[:31])
        self.bold = workbook.add_format({"bold": True, "bg_color": "#EEF2F7", "border": 1})
        self.text_prefixed = workbook.add_format({"quote_prefix": True})
        self.date_fmt = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm"})
        self.day_fmt = workbook.add_format({"num_format": "yyyy-mm-dd"})
        self.link_fmt = workbook.add_format({"font_color": "blue", "underline": 1})
        self.next_row = 0
        self.width = 0
        self.urls = 0
        self.plain_links = 0  # links written as text once the sheet's limit was reached

    def header(self, names: Sequence[str]) -> None:
        for col, name in enumerate(names):
            self.ws.write_string(self.next_row, col, name, self.bold)
        self.width = max(self.width, len(names))
        self.next_row += 1
        self.ws.freeze_panes(self.next_row, 0)

    def row(self, values: Sequence[object], url_columns: Iterable[int] = ()) -> None:
        urls = set(url_columns)
        r = self.next_row
        ws = self.ws
        for col, value in enumerate(values):
            if value is None or value == "":
                continue
            if isinstance(value, str):
                if col in urls and self._link(r, col, value):
                    continue
                if value.startswith(FORMULA_STARTS):
                    ws.write_string(r, col, value, self.text_prefixed)
                else:
                    ws.write_string(r, col, value)
            elif isinstance(value, bool):
                ws.write_boolean(r, col, value)
            elif isinstance(value, int | float):
                if math.isfinite(value):
                    ws.write_number(r, col, value)
                else:
                    ws.write_string(r, col, str(value))
            elif isinstance(value, datetime):
                moment = value.astimezone().replace(tzinfo=None) if value.tzinfo else value
                ws.write_datetime(r, col, moment, self.date_fmt)
            elif isinstance(value, date):
                ws.write_datetime(r, col, datetime(value.year, value.month, value.day),
                                  self.day_fmt)
            else:
                ws.write_string(r, col, str(value))
        self.width = max(self.width, len(values))
        self.next_row += 1

    def _link(self, r: int, col: int, url: str) -> bool:
        if len(url) > MAX_URL_LENGTH or not url.lower().startswith(("http://", "https://")):
            return False
        if self.urls >= self.max_links:
            self.plain_links += 1
            return False
        if self.ws.write_url(r, col, url, self.link_fmt, url) != 0:
            return False
        self.urls += 1
        return True

    def finish(self, widths: Sequence[float]) -> None:
        for col, width in enumerate(widths):
            self.ws.set_column(col, col, width)
        if self.width:
            self.ws.autofilter(0, 0, max(self.next_row - 1, 0), self.width - 1)


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
