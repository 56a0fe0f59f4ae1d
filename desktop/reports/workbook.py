"""Writing report workbooks: complete or not at all, every cell through the Excel export's
formula-safe writer (`desktop.excel.xlsx.SafeWriter`).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import xlsxwriter
from xlsxwriter.workbook import Workbook

from desktop.excel.xlsx import SafeWriter, column_widths

MAX_CELL_CHARS = 32_767  # Excel's limit per cell


@contextmanager
def atomic_workbook(path: Path) -> Iterator[Workbook]:
    """An XlsxWriter workbook that appears at `path` only once it is complete."""
    path = Path(path)
    if not path.parent.is_dir():
        raise FileNotFoundError(f"The folder {path.parent} does not exist.")
    handle, temp_name = tempfile.mkstemp(suffix=".xlsx", dir=path.parent)
    os.close(handle)
    try:
        workbook = xlsxwriter.Workbook(temp_name, SafeWriter.OPTIONS)
        try:
            yield workbook
        finally:
            workbook.close()
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def write_sheet(workbook: Workbook, name: str, header: Sequence[str],
                rows: Sequence[Sequence[object]], url_columns: Sequence[int] = ()) -> SafeWriter:
    """A sheet with a bold header, the rows, widths that fit and an autofilter."""
    writer = SafeWriter(workbook, name)
    writer.header(header)
    for values in rows:
        writer.row(values, url_columns)
    writer.finish(column_widths(header, rows[:500]))
    return writer


def cell_text(parts: Sequence[str], separator: str = "\n") -> str:
    """Join texts for one cell, cut to what Excel holds (saying how many were left out)."""
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
    return separator.join(kept) + f"{separator}... and {len(parts) - len(kept)} more"


def excel_number(value: float | None) -> object:
    """A metric for a cell: whole numbers as integers, nothing as an empty cell."""
    if value is None:
        return ""
    return int(value) if float(value).is_integer() else value
