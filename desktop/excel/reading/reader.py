"""Reads one sheet of a workbook (or a CSV file) into rows of cell values.

.xlsx/.xls/.ods go through python-calamine (the fast path), which gives every formula
cell's saved result; a formula cell whose result was not saved is put in the table as a
`FormulaWithoutValue` (formulacells.py), which the import reports as a problem of its row
rather than reading "" or 0. Hyperlink targets of .xlsx cells whose text is only a label
("profile", "link", "바로가기") are filled in from the package (hyperlinks.py). CSV is read
as UTF-8 (with or without BOM), UTF-16 or CP949/EUC-KR.
"""

from __future__ import annotations

import csv
import io
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from python_calamine import CalamineError, CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

from desktop.excel.reading.extent import check_extent
from desktop.excel.reading.formulacells import FormulaWithoutValue, formulas_without_values
from desktop.excel.reading.hyperlinks import Cell, sheet_hyperlinks
from desktop.excel.reading.limits import DEFAULT_LIMITS, FileRefused, ImportLimits
from desktop.excel.reading.safety import FileKind, inspect_file
from shared_models.texts import user_text

# str | float | int | bool | datetime | date | time | timedelta | FormulaWithoutValue
CellValue = object
MergedRange = tuple[tuple[int, int], tuple[int, int]]


@dataclass
class Table:
    """One sheet as read: `rows[i]` is the row Excel shows as number i + 1."""

    file_name: str
    sheet: str
    rows: list[list[CellValue]]
    merged: list[MergedRange] = field(default_factory=list)
    # Cells whose label text was replaced by their hyperlink target: {(row, col): label}.
    link_labels: dict[Cell, str] = field(default_factory=dict)

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def sheet_names(path: Path, limits: ImportLimits = DEFAULT_LIMITS) -> list[str]:
    """The visible worksheets of a workbook, in order (['CSV'] stands for a CSV file)."""
    kind = inspect_file(path, limits)
    if kind is FileKind.CSV:
        return [path.stem]
    with _open_workbook(path) as wb:
        return _visible_sheets(wb)


def read_table(path: Path, sheet: str | None = None,
               limits: ImportLimits = DEFAULT_LIMITS) -> Table:
    """Read `sheet` (default: the first visible worksheet); FileRefused says what is wrong."""
    path = Path(path)
    kind = inspect_file(path, limits)
    if kind is FileKind.CSV:
        return _read_csv(path, limits)
    with ThreadPoolExecutor(max_workers=1) as scans, _open_workbook(path) as wb:
        names = _visible_sheets(wb)
        if sheet is None:
            if not names:
                raise FileRefused(user_text("{file} has no worksheet to import.",
                                            file=path.name))
            sheet = names[0]
        elif sheet not in wb.sheet_names:
            raise FileRefused(user_text("{file} has no sheet named '{sheet}' (it has: "
                                        "{names}).", file=path.name, sheet=sheet,
                                        names=", ".join(names) or "-"))
        # The scans of the raw package run while calamine parses the sheet (it lets go of
        # the GIL), so they cost next to nothing on a machine with a second core.
        check_extent(path, kind, sheet, limits)  # before calamine builds the dense grid
        unsaved = scans.submit(formulas_without_values, path, kind, sheet)
        links = scans.submit(sheet_hyperlinks, path, sheet) if kind is FileKind.XLSX else None
        try:
            data = wb.get_sheet_by_name(sheet)
            end = data.end
            height = 0 if end is None else end[0] + 1
            if height > limits.max_rows + 50:
                raise FileRefused(user_text(
                    "Sheet '{sheet}' has {rows} rows; at most {limit} rows can be imported at "
                    "once. Split the file.", sheet=sheet, rows=f"{height:,}",
                    limit=f"{limits.max_rows:,}"))
            width = 0 if end is None else end[1] + 1
            if width > limits.max_columns:
                raise FileRefused(user_text(
                    "Sheet '{sheet}' has {columns} columns; at most {limit} can be imported.",
                    sheet=sheet, columns=width, limit=limits.max_columns))
            rows = data.to_python(skip_empty_area=False) if height else []
            merged = list(data.merged_cell_ranges or [])
        except CalamineError as exc:
            raise _damaged(path, exc) from None
        except BaseException as exc:
            if not _is_panic(exc):
                raise
            raise _damaged(path, exc) from None
        found_unsaved = unsaved.result()
        found_links = links.result() if links is not None else {}
    table = Table(path.name, sheet, rows, merged)
    _mark_formulas_without_values(table, found_unsaved, limits.max_rows + 50)
    _apply_hyperlinks(table, found_links)
    return table


class _Workbook:
    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.wb = CalamineWorkbook.from_path(str(path))
        except CalamineError as exc:
            raise _damaged(path, exc) from None
        except (OSError, ValueError) as exc:
            raise _damaged(path, exc) from None
        except BaseException as exc:
            if not _is_panic(exc):
                raise
            raise _damaged(path, exc) from None

    def __enter__(self) -> CalamineWorkbook:
        return self.wb

    def __exit__(self, *exc: object) -> None:
        self.wb.close()


def _open_workbook(path: Path) -> _Workbook:
    return _Workbook(path)


def _is_panic(exc: BaseException) -> bool:
    """calamine stops on some damaged files with a Rust panic, which reaches Python as
    pyo3's PanicException (a BaseException, and not importable by name)."""
    return type(exc).__name__ == "PanicException"


def _damaged(path: Path, exc: BaseException) -> FileRefused:
    text = str(exc).lower()
    if "password" in text or "encrypt" in text or type(exc).__name__ == "PasswordError":
        return FileRefused(user_text("{file} is protected with a password. Open it in "
                                     "Excel, remove the password and save it again.",
                                     file=path.name))
    return FileRefused(user_text("{file} could not be read: the file is damaged or is not a "
                                 "{kind} file. Open it in Excel and save it again.",
                                 file=path.name, kind=path.suffix.lstrip(".") or "spreadsheet"))


def _visible_sheets(wb: CalamineWorkbook) -> list[str]:
    return [m.name for m in wb.sheets_metadata
            if m.visible == SheetVisibleEnum.Visible and m.typ == SheetTypeEnum.WorkSheet]


def _mark_formulas_without_values(table: Table, found: dict[Cell, FormulaWithoutValue],
                                  max_rows: int) -> None:
    """Put each formula that has no saved result where calamine read "" or 0."""
    for (r, c), problem in found.items():
        if r > max_rows:
            continue
        while len(table.rows) <= r:
            table.rows.append([])
        row = table.rows[r]
        if len(row) <= c:
            row.extend([""] * (c + 1 - len(row)))
        row[c] = problem


_LABEL_MAX = 40


def _apply_hyperlinks(table: Table, links: dict[Cell, str]) -> None:
    """Replace label-only cell text ("profile", "링크") by the cell's hyperlink target."""
    for (r, c), target in links.items():
        if r >= len(table.rows) or c >= len(table.rows[r]):
            continue
        value = table.rows[r][c]
        text = value.strip() if isinstance(value, str) else ""
        if isinstance(value, str) and (
                not text or (len(text) <= _LABEL_MAX and "/" not in text and "@" not in text
                             and "." not in text)):
            table.rows[r][c] = target
            table.link_labels[(r, c)] = value


def _read_csv(path: Path, limits: ImportLimits) -> Table:
    raw = path.read_bytes()
    text = _decode(path, raw)
    sample = text[:65536]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, ",;\t")
    except csv.Error:
        dialect = csv.excel
    rows: list[list[CellValue]] = []
    cells = 0
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        for row in reader:
            if len(rows) > limits.max_rows + 50:
                raise FileRefused(user_text("{file} has more than {limit} rows; split the "
                                            "file.", file=path.name,
                                            limit=f"{limits.max_rows:,}"))
            if len(row) > limits.max_columns:
                raise FileRefused(user_text(
                    "{file} has {count} columns on line {line}; at most {limit} can be "
                    "imported.", file=path.name, count=len(row), line=reader.line_num,
                    limit=limits.max_columns))
            cells += len(row)
            if cells > limits.max_cells:
                raise FileRefused(user_text(
                    "{file} holds more than {limit} cells; delete the columns the import "
                    "does not need, or split the file.", file=path.name,
                    limit=f"{limits.max_cells:,}"))
            rows.append(list(row))
    except csv.Error as exc:
        # The csv module's words are for the log; the line number is what helps.
        raise FileRefused(user_text("{file} is not a well-formed CSV file (line {line}).",
                                    file=path.name, line=reader.line_num)) from exc
    return Table(path.name, path.stem, rows)


_UTF16_BOMS = ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def _decode(path: Path, raw: bytes) -> str:
    """CSV text as Excel and Korean office tools save it: UTF-8 (with or without BOM),
    UTF-16 ("Unicode text", with its BOM, or without one when every other byte is NUL), or
    CP949/EUC-KR. NUL characters are dropped (they end strings in other programs and are
    never data); a file that is mostly NULs is not text."""
    for bom, encoding in _UTF16_BOMS:
        if raw.startswith(bom):
            return _text_without_nul(path, _decoded(raw[2:], encoding))
    head = raw[:65536]
    if len(head) >= 4 and head.count(b"\x00") * 4 >= len(head):
        even, odd = head[0::2].count(b"\x00"), head[1::2].count(b"\x00")
        if odd > len(head) // 4 and even == 0:
            return _text_without_nul(path, _decoded(raw, "utf-16-le"))
        if even > len(head) // 4 and odd == 0:
            return _text_without_nul(path, _decoded(raw, "utf-16-be"))
        raise FileRefused(user_text("{file} is not a text (CSV) file.", file=path.name))
    for encoding in ("utf-8-sig", "cp949"):
        try:
            return _text_without_nul(path, raw.decode(encoding))
        except UnicodeDecodeError:
            continue
    raise FileRefused(user_text("{file} is neither UTF-8, UTF-16 nor CP949/EUC-KR text; save "
                                "it from Excel as 'CSV UTF-8'.", file=path.name))


def _decoded(raw: bytes, encoding: str) -> str:
    # A broken UTF-16 code unit (a lone surrogate) becomes U+FFFD rather than refusing the
    # whole file for one character.
    return raw.decode(encoding, errors="replace")


def _text_without_nul(path: Path, text: str) -> str:
    nuls = text.count("\x00")
    if nuls and nuls * 100 > len(text):
        raise FileRefused(user_text("{file} is not a text (CSV) file.", file=path.name))
    return text.replace("\x00", "") if nuls else text
