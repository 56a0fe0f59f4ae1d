"""The verification as a workbook: the input sheet with its columns and values unchanged, the
result columns to the right (or in place, when the input is an earlier verification's
output, in either language), with each post's title, date and comment count; rows that are
not `public` highlighted, and a "Summary" sheet of counts per status. Headers, status
values, the summary sheet and its labels are in the language asked for (Korean or English).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from desktop.collect.errors import format_until
from desktop.excel.exporting.xlsx import column_widths
from desktop.excel.exporting.xlsxstream import Link, StreamingWorkbook, atomic_workbook
from desktop.excel.reading.hyperlinks import column_letter
from desktop.i18n.catalog import render
from desktop.i18n.language import LANGUAGES
from desktop.reports.verify_input import VerifyInput
from desktop.reports.verify_progress import RowResult
from desktop.reports.verify_result import STATUS_LABELS, STATUSES, VerifyResult
from desktop.reports.workbook import excel_number, write_sheet
from shared_models.platforms import PLATFORMS, Platform
from shared_models.text import clean_text
from shared_models.texts import Text, user_text

RESULT_HEADERS: tuple[Text, ...] = (
    user_text("Checked platform"), user_text("Checked handle"), user_text("Daily visitors"),
    user_text("Followers"), user_text("Post status"), user_text("Reason"),
    user_text("checked_at"), user_text("Post title"), user_text("Post date"),
    user_text("Comments"))
STATUS_COLUMN = 4  # "Post status"


def _folded(text: object) -> str:
    return clean_text(text).casefold()


# Each result header as it reads in any language the desk speaks: an earlier output in
# Korean or English is recognised whatever the language of this run.
_KNOWN_HEADERS: list[frozenset[str]] = [
    frozenset(_folded(render(header, language)) for language in LANGUAGES)
    for header in RESULT_HEADERS]


def write_verification(sheet: VerifyInput, result: VerifyResult, language: str = "en") -> None:
    def say(text: str) -> str:
        return render(text, language)

    with atomic_workbook(result.out_path) as workbook:
        _write_rows(workbook, sheet, result, language)
        write_sheet(workbook, say(user_text("Summary")),
                    (say(user_text("Status")), say(user_text("Rows"))),
                    [[say(v) if isinstance(v, str) else v for v in row]
                     for row in summary_rows(result)])


def result_columns(sheet: VerifyInput) -> list[int]:
    """Where the result columns go: in place when the header already has them (the input
    is an earlier output, in either language), else to the right of the sheet's last
    column."""
    headers = [_folded(h) for h in sheet.headers()]
    if not _KNOWN_HEADERS[STATUS_COLUMN] & set(headers):
        # A fresh input: every result column to the right.
        return list(range(sheet.table.width, sheet.table.width + len(RESULT_HEADERS)))
    # An earlier output (perhaps from before a column was added): its columns in place,
    # any newer ones to the right.
    columns, next_free = [], sheet.table.width
    for names in _KNOWN_HEADERS:
        found = [c for c, h in enumerate(headers) if h in names]
        if found:
            columns.append(found[0])
        else:
            columns.append(next_free)
            next_free += 1
    return columns


def _write_rows(workbook: StreamingWorkbook, sheet: VerifyInput, result: VerifyResult,
                language: str) -> None:
    summary_name = render(user_text("Summary"), language)
    name = sheet.table.sheet[:31]
    if name.casefold() == summary_name.casefold():
        name = render(user_text("Rows"), language)
    writer = workbook.add_sheet(name)
    columns = result_columns(sheet)
    width = max(sheet.table.width, max(columns) + 1)
    url_columns = (sheet.profile_col, sheet.post_col)
    first_data = sheet.first_data_row
    headers = [render(h, language) for h in RESULT_HEADERS]
    if sheet.header_row < 0:  # no header row in the input: give the results one
        writer.header([str(v) for v in _placed([""] * width, columns, headers)])
    sample: list[list[object]] = []
    for r, source in enumerate(sheet.table.rows):
        values: list[object] = list(source) + [""] * (width - len(source))
        labels = {c: label for (lr, c), label in sheet.table.link_labels.items() if lr == r}
        for c, label in labels.items():
            # A label ("링크") over a hyperlink stays that, and stays clickable.
            values[c] = Link(str(source[c]), label)
        if r == sheet.header_row:
            values = _placed(values, columns, headers)
        elif r >= first_data and r in result.results:
            values = _placed(values, columns, _result_values(result.results[r], language))
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
    public = render(STATUS_LABELS["public"], language).replace('"', '""')
    writer.highlight_rows(first, writer.next_row - 1, width,
                          f'AND({cell}<>"",{cell}<>"{public}")')
    writer.finish(column_widths(header_texts + [""] * (width - len(header_texts)), sample))


def _placed(values: Sequence[object], columns: Sequence[int],
            extra: Sequence[object]) -> list[object]:
    out = list(values) + [""] * (max(columns) + 1 - len(values))
    for col, value in zip(columns, extra, strict=True):
        out[col] = value
    return out


def _result_values(r: RowResult, language: str = "en") -> list[object]:
    try:
        checked: object = datetime.fromisoformat(r.checked_at)
    except ValueError:
        checked = r.checked_at
    try:
        posted: object = datetime.fromisoformat(r.post_date) if r.post_date else ""
    except ValueError:
        posted = r.post_date
    return [r.platform, r.handle, excel_number(r.daily_visitors), excel_number(r.followers),
            status_label(r.status, language), render(r.reason, language), checked,
            r.post_title, posted,
            "" if r.comments is None else r.comments]


def _cell_ref(row: int, col: int) -> str:
    return f"${column_letter(col)}{row + 1}"


def status_label(status: str, language: str = "en") -> str:
    """'private' -> 'private' / '비공개'; an unknown code stays as it is."""
    label = STATUS_LABELS.get(status)
    return render(label, language) if label is not None else status


def summary_rows(result: VerifyResult) -> list[list[object]]:
    """The Summary sheet: its labels are user_text (English until rendered); the input's
    file and sheet names are plain str and stay as they are."""
    counts = result.counts()
    rows: list[list[object]] = [[STATUS_LABELS[status], counts[status]]
                                for status in STATUSES]
    rows.append([user_text("Total"), len(result.results)])
    rows += [[], [user_text("Input"), result.in_path.name],
             [user_text("Sheet"), result.sheet],
             [user_text("Columns"), result.columns], [user_text("Requests"), result.requests]]
    if result.resumed:
        rows.append([user_text("Rows checked by the interrupted run"), result.resumed])
    for platform, until in result.blocked_until.items():
        rows.append([user_text("{platform} blocked until",
                               platform=PLATFORMS[Platform(platform)].label),
                     format_until(until)])
    if not result.finished:
        rows.append([user_text("Note"), user_text(
            "Rows marked blocked are checked when you run the verification again with the "
            "same files.")])
    return rows

