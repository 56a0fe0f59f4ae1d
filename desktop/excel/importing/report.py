"""The error report: the invalid rows as they were read, plus a column of reasons.

Staff fix the cells in this workbook and import it again; the header row is the original
one (so the mapping is found the same way) and the reasons column is ignored on import.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path

from desktop.excel.exporting.xlsxstream import atomic_workbook
from desktop.excel.importing.validate import ParsedRow

REASONS_HEADER = "Errors"


def write_error_report(path: Path, headers: Sequence[str], rows: Sequence[ParsedRow]) -> int:
    """Write the report; returns how many rows it holds."""
    with atomic_workbook(path) as workbook:
        writer = workbook.add_sheet("Errors")
        width = max([len(headers)] + [len(r.values) for r in rows])
        header = [*list(headers), *[""] * (width - len(headers)), REASONS_HEADER]
        writer.header(header)
        for parsed in rows:
            values: list[object] = list(parsed.values) + [""] * (width - len(parsed.values))
            values = [_plain(v) for v in values]
            values.append("\n".join(f"Row {e.row}, column {e.column}: {e.message}"
                                    for e in parsed.errors))
            writer.row(values)
        writer.finish(widths=[18] * width + [70])
    return len(rows)


def _plain(value: object) -> object:
    if isinstance(value, datetime | date | int | float | str | bool):
        return value
    if isinstance(value, time | timedelta):
        return str(value)
    return "" if value is None else str(value)
