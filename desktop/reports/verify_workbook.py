"""The verification as a workbook: the input sheet with its columns and values unchanged, the
result columns to the right (or in place, when the input is an earlier verification's
output), with each post's title, date and comment count; rows that are not `public`
highlighted, and a "Summary" sheet of counts per status.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from desktop.collect.errors import format_until
from desktop.excel.exporting.xlsx import column_widths
from desktop.excel.exporting.xlsxstream import Link, StreamingWorkbook, atomic_workbook
from desktop.excel.reading.hyperlinks import column_letter
from desktop.reports.verify_input import VerifyInput
from desktop.reports.verify_progress import RowResult
from desktop.reports.verify_result import STATUSES, VerifyResult
from desktop.reports.workbook import excel_number, write_sheet
from shared_models.platforms import PLATFORMS, Platform
from shared_models.text import clean_text

RESULT_HEADERS = ("Checked platform", "Checked handle", "Daily visitors", "Followers",
                  "Post status", "Reason", "checked_at", "Post title", "Post date",
                  "Comments")
STATUS_COLUMN = RESULT_HEADERS.index("Post status")


def write_verification(sheet: VerifyInput, result: VerifyResult) -> None:
    with atomic_workbook(result.out_path) as workbook:
        _write_rows(workbook, sheet, result)
        write_sheet(workbook, "Summary", ("Status", "Rows"), summary_rows(result))


def result_columns(sheet: VerifyInput) -> list[int]:
    """Where the result columns go: in place when the header already has all of them
    (the input is an earlier output), else to the right of the sheet's last column."""
    headers = [clean_text(h) for h in sheet.headers()]
    if "Post status" not in headers:  # a fresh input: every result column to the right
        return list(range(sheet.table.width, sheet.table.width + len(RESULT_HEADERS)))
    # An earlier output (perhaps from before a column was added): its columns in place,
    # any newer ones to the right.
    columns, next_free = [], sheet.table.width
    for header in RESULT_HEADERS:
        if header in headers:
            columns.append(headers.index(header))
        else:
            columns.append(next_free)
            next_free += 1
    return columns


def _write_rows(workbook: StreamingWorkbook, sheet: VerifyInput, result: VerifyResult) -> None:
    name = sheet.table.sheet[:31]
    if name.casefold() == "summary":
        name = "Rows"
    writer = workbook.add_sheet(name)
    columns = result_columns(sheet)
    width = max(sheet.table.width, max(columns) + 1)
    url_columns = (sheet.profile_col, sheet.post_col)
    first_data = sheet.first_data_row
    if sheet.header_row < 0:  # no header row in the input: give the results one
        writer.header([str(v) for v in _placed([""] * width, columns, RESULT_HEADERS)])
    sample: list[list[object]] = []
    for r, source in enumerate(sheet.table.rows):
        values: list[object] = list(source) + [""] * (width - len(source))
        labels = {c: label for (lr, c), label in sheet.table.link_labels.items() if lr == r}
        for c, label in labels.items():
            # A label ("링크") over a hyperlink stays that, and stays clickable.
            values[c] = Link(str(source[c]), label)
        if r == sheet.header_row:
            values = _placed(values, columns, RESULT_HEADERS)
        elif r >= first_data and r in result.results:
            values = _placed(values, columns, _result_values(result.results[r]))
        if r == sheet.header_row:
            writer.header([clean_text(v.label if isinstance(v, Link) else v) for v in values])
        else:
            writer.row(values, url_columns if r >= first_data else ())
        if len(sample) < 500:
            sample.append([v.label if isinstance(v, Link) else v for v in values])
    header_texts = [str(v or "") for v in (sample[max(sheet.header_row, 0)]
                                           if sample and sheet.header_row >= 0 else [])]
    status_col = columns[STATUS_COLUMN]
    first = first_data + (1 if sheet.header_row < 0 else 0)
    cell = _cell_ref(first, status_col)
    writer.highlight_rows(first, writer.next_row - 1, width,
                          f'AND({cell}<>"",{cell}<>"public")')
    writer.finish(column_widths(header_texts + [""] * (width - len(header_texts)), sample))


def _placed(values: Sequence[object], columns: Sequence[int],
            extra: Sequence[object]) -> list[object]:
    out = list(values) + [""] * (max(columns) + 1 - len(values))
    for col, value in zip(columns, extra, strict=True):
        out[col] = value
    return out


def _result_values(r: RowResult) -> list[object]:
    try:
        checked: object = datetime.fromisoformat(r.checked_at)
    except ValueError:
        checked = r.checked_at
    try:
        posted: object = datetime.fromisoformat(r.post_date) if r.post_date else ""
    except ValueError:
        posted = r.post_date
    return [r.platform, r.handle, excel_number(r.daily_visitors), excel_number(r.followers),
            r.status, r.reason, checked, r.post_title, posted,
            "" if r.comments is None else r.comments]


def _cell_ref(row: int, col: int) -> str:
    return f"${column_letter(col)}{row + 1}"


def summary_rows(result: VerifyResult) -> list[list[object]]:
    counts = result.counts()
    rows: list[list[object]] = [[status, counts[status]] for status in STATUSES]
    rows.append(["Total", len(result.results)])
    rows += [[], ["Input", str(result.in_path.name)], ["Sheet", result.sheet],
             ["Columns", result.columns], ["Requests", result.requests]]
    if result.resumed:
        rows.append(["Rows checked by the interrupted run", result.resumed])
    for platform, until in result.blocked_until.items():
        rows.append([f"{PLATFORMS[Platform(platform)].label} blocked until",
                     format_until(until)])
    if not result.finished:
        rows.append(["Note", "Rows marked blocked are checked when you run the verification "
                             "again with the same files."])
    return rows

