"""Writing report workbooks: complete or not at all (`atomic_workbook`), every cell through
the one formula-safe .xlsx writer (`desktop.excel.exporting.xlsxstream`), as the export does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from desktop.excel.exporting.xlsx import column_widths
from desktop.excel.exporting.xlsxstream import SheetWriter, StreamingWorkbook
from shared_models.texts import user_text

MAX_CELL_CHARS = 32_767  # Excel's limit per cell


def write_sheet(workbook: StreamingWorkbook, name: str, header: Sequence[str],
                rows: Sequence[Sequence[object]],
                url_columns: Sequence[int] = ()) -> SheetWriter:
    """A sheet with a bold header, the rows, widths that fit and an autofilter."""
    writer = workbook.add_sheet(name)
    writer.header(header)
    links = tuple(url_columns)
    for values in rows:
        writer.row(values, links)
    writer.finish(column_widths(header, rows[:500]))
    return writer


def cell_text(parts: Sequence[str], separator: str = "\n",
              say: Callable[[str], str] = str) -> str:
    """Join texts for one cell, cut to what Excel holds (saying how many were left out, in
    the workbook's language through `say`)."""
    text = separator.join(parts)
    if len(text) <= MAX_CELL_CHARS:
        return text
    kept: list[str] = []
    length = 0
    for part in parts:
        if length + len(part) + len(separator) > MAX_CELL_CHARS - 40:
            break
        kept.append(part)
        length += len(part) + len(separator)
    more = say(user_text("... and {count} more", count=f"{len(parts) - len(kept):,}"))
    return separator.join(kept) + separator + more


def excel_number(value: float | None) -> object:
    """A metric for a cell: whole numbers as integers, nothing as an empty cell."""
    if value is None:
        return ""
    return int(value) if float(value).is_integer() else value
