"""The error report: the invalid rows as they were read, plus a column of reasons.

Staff fix the cells in this workbook and import it again; the header row is the original
one (so the mapping is found the same way) and the reasons column is ignored on import.
The sheet name, the reasons header and the reasons are in the language asked for.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path

from desktop.excel.exporting.xlsxstream import atomic_workbook
from desktop.excel.importing.validate import ParsedRow
from desktop.excel.reading.formulacells import FormulaWithoutValue
from desktop.i18n.catalog import render
from shared_models.texts import user_text

REASONS_HEADER = user_text("Errors")  # the import ignores it, in either language


def write_error_report(path: Path, headers: Sequence[str], rows: Sequence[ParsedRow],
                       language: str = "en") -> int:
    """Write the report; returns how many rows it holds."""
    reasons = render(REASONS_HEADER, language)
    with atomic_workbook(path) as workbook:
        writer = workbook.add_sheet(reasons)
        width = max([len(headers)] + [len(r.values) for r in rows])
        header = [*list(headers), *[""] * (width - len(headers)), reasons]
        writer.header(header)
        for parsed in rows:
            values: list[object] = list(parsed.values) + [""] * (width - len(parsed.values))
            values = [_plain(v) for v in values]
            values.append("\n".join(
                render(user_text("Row {row}, column {column}: {message}", row=e.row,
                                 column=e.column, message=e.message), language)
                for e in parsed.errors))
            writer.row(values)
        writer.finish(widths=[18] * width + [70])
    return len(rows)


def _plain(value: object) -> object:
    if isinstance(value, FormulaWithoutValue):
        # Left empty, not written as the formula's text: imported again unfixed, the text
        # would be taken for a name or a note. The reasons column quotes the formula.
        return ""
    if isinstance(value, datetime | date | int | float | str | bool):
        return value
    if isinstance(value, time | timedelta):
        return str(value)
    return "" if value is None else str(value)
