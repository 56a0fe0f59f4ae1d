"""The real extent of a sheet's cells, read from the raw file before any parser builds it.

calamine (and every reader that hands out a grid) allocates the dense rectangle from the
first to the last cell holding a value: a 5 KB workbook with one value at XFD250000 asks
for four billion cells and ends the process. A workbook's declared dimension cannot be
trusted (any tool can write a small one), so the cells themselves are looked at:

- .xlsx: the sheet XML, inflated in chunks; the last row that holds a cell and any cell
  with content in a column beyond the limit are found with regular expressions (C speed);
- .ods: content.xml, counting repeated rows and columns as the format declares them;
- .xls: the BIFF cell records of the sheet.

`check_extent` refuses a sheet whose dense rectangle exceeds the import's limits, naming a
cell that lies outside them, so the user knows what to delete.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from xlrd.compdoc import CompDoc, CompDocError

from desktop.excel.reading.hyperlinks import column_letter, sheet_part
from desktop.excel.reading.limits import FileRefused, ImportLimits
from desktop.excel.reading.odscells import table_cells
from desktop.excel.reading.safety import FileKind
from shared_models.texts import user_text

_CHUNK = 1 << 22
# What a damaged package or compound file raises while it is scanned.
_DAMAGE = (zipfile.BadZipFile, zlib.error, OSError, EOFError, KeyError, ValueError,
           IndexError, struct.error, CompDocError)


@dataclass(frozen=True)
class Extent:
    """Rows and columns of the dense rectangle a reader would build (1-based counts), and a
    cell at its far edge (for the message)."""

    rows: int
    columns: int
    far_cell: str = ""

    @property
    def cells(self) -> int:
        return self.rows * self.columns


def check_extent(path: Path, kind: FileKind, sheet: str, limits: ImportLimits) -> Extent:
    """The sheet's extent, or FileRefused when reading it would exceed the limits."""
    try:
        extent = sheet_extent(path, kind, sheet, limits)
    except _DAMAGE:  # the reader that follows is the judge of damage and says so
        return Extent(0, 0)
    where = (user_text(" (a value in cell {cell})", cell=extent.far_cell) if extent.far_cell
             else "")
    if extent.columns > limits.max_columns:
        raise FileRefused(user_text(
            "Sheet '{sheet}' reaches column {column}{where}; at most {limit} columns can be "
            "imported. Delete what lies right of the table, or copy the table into a new "
            "sheet.", sheet=sheet, column=column_letter(extent.columns - 1), where=where,
            limit=limits.max_columns))
    if extent.rows > limits.max_rows + 50:
        raise FileRefused(user_text(
            "Sheet '{sheet}' has {rows} rows{where}; at most {limit} rows can be imported at "
            "once. Split the file.", sheet=sheet, rows=f"{extent.rows:,}", where=where,
            limit=f"{limits.max_rows:,}"))
    if extent.cells > limits.max_cells:
        raise FileRefused(user_text(
            "Sheet '{sheet}' spans {rows} rows x {columns} columns ({cells} cells); at most "
            "{limit} cells can be imported at once. Delete the columns the import does not "
            "need, or split the file.", sheet=sheet, rows=f"{extent.rows:,}",
            columns=extent.columns, cells=f"{extent.cells:,}",
            limit=f"{limits.max_cells:,}"))
    return extent


def sheet_extent(path: Path, kind: FileKind, sheet: str, limits: ImportLimits) -> Extent:
    if kind is FileKind.XLSX:
        return _xlsx(path, sheet, limits)
    if kind is FileKind.ODS:
        return _ods(path, sheet)
    if kind is FileKind.XLS:
        return _xls(path, sheet)
    return Extent(0, 0)


def _column_number(letters: str) -> int:
    number = 0
    for ch in letters.upper():
        number = number * 26 + ord(ch) - 64
    return number


# -- .xlsx ------------------------------------------------------------------------------

_X_ROW = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row\s[^>]*?\br=\"(\d+)\"[^>]*?(?<!/)>")
_X_CONTENT_CELL = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?c\s[^>]*?\br=\"\$?([A-Za-z]{1,3})\$?\d+\"[^>]*?(?<!/)>")
_X_LAST_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c\s[^>]*?\br=\"\$?([A-Za-z]{1,3})\$?(\d+)\"")


class _FarCells:
    """Finds a cell element WITH content (not `<c .../>`) in a column beyond `max_columns`.

    The full pattern is tried only where a reference names such a column: a literal-led
    pattern (`r="` then the column) finds those places ~15x faster than the full one walks
    every tag, and in the usual sheet there are none. Where they are common (a sheet past
    the limit), the full pattern runs over the piece as before."""

    _DENSE = 1000  # candidates in one piece past which the full pattern scans it whole

    def __init__(self, max_columns: int) -> None:
        last = column_letter(max_columns - 1)  # the last allowed column, e.g. "GR" for 200
        longer = f"[A-Za-z]{{{len(last) + 1},3}}" if len(last) < 3 else "(?!)"
        same = _letters_above(last)
        columns = f"(?:{longer}|{same})"
        self.full = re.compile(
            rf"<(?:[A-Za-z_][\w.-]*:)?c\s[^>]*?\br=\"\$?({columns})\$?(\d+)\""
            rf"[^>]*?(?<!/)>".encode())
        self.candidate = re.compile(rf"r=\"\$?{columns}".encode())

    def search(self, piece: bytes) -> tuple[str, str] | None:
        """(column letters, row) of the first such cell in `piece`, or None."""
        found = None
        for count, hit in enumerate(self.candidate.finditer(piece)):
            if count == self._DENSE:
                found = self.full.search(piece)
                break
            # The tag holding the reference: a match cannot cross a '>'.
            start = piece.rfind(b">", 0, hit.start()) + 1
            end = piece.find(b">", hit.end())
            found = self.full.search(piece, start, len(piece) if end < 0 else end + 1)
            if found is not None:
                break
        if found is None:
            return None
        return found.group(1).decode(), found.group(2).decode()


def _letters_above(last: str) -> str:
    """A regex for column letters of the same length as `last` that sort after it."""
    options = []
    for i, ch in enumerate(last):
        if ch != "Z":
            options.append(re.escape(last[:i]) + f"[{chr(ord(ch) + 1)}-Z]" + "[A-Z]" * (
                len(last) - i - 1))
    return "|".join(options) or "(?!)"


def _xlsx(path: Path, sheet: str, limits: ImportLimits) -> Extent:
    """Rows up to the last row holding cells; columns up to the farthest cell with content,
    found exactly only where it matters: beyond the column limit, or beyond the width at
    which the rows would exceed the cell budget (a second pass, for long sheets only)."""
    with zipfile.ZipFile(path) as zf:
        part = sheet_part(zf, sheet)
        if part is None:
            return Extent(0, 0)
        last_row, far = _xlsx_scan(zf, part, limits.max_columns)
        if far is not None:
            return Extent(last_row, _column_number(far[0]), far[0].upper() + far[1])
        budget_width = max(limits.max_cells // max(last_row, 1), 1)
        if budget_width >= limits.max_columns:
            return Extent(last_row, 1)  # no cell lies beyond the column limit: within budget
        _, far = _xlsx_scan(zf, part, budget_width)
        if far is None:
            return Extent(last_row, budget_width)
        # Over budget: refused, so the exact width (for the message) is worth a full pass.
        return Extent(last_row, _xlsx_widest(zf, part), far[0].upper() + far[1])


def _xlsx_widest(zf: zipfile.ZipFile, part: str) -> int:
    widest = 0
    with zf.open(part) as member:
        tail = b""
        while chunk := member.read(_CHUNK):
            piece = tail + chunk
            cut = piece.rfind(b"<")
            piece, tail = (piece[:cut], piece[cut:]) if cut > 0 else (piece, b"")
            for letters in set(_X_CONTENT_CELL.findall(piece)):
                widest = max(widest, _column_number(letters.decode()))
    return widest


def _xlsx_scan(zf: zipfile.ZipFile, part: str, columns: int) -> tuple[int, tuple[str, str] | None]:
    """(the last row number holding cells, the first cell with content beyond `columns`)."""
    beyond = _FarCells(columns)
    last_row = 0
    far: tuple[str, str] | None = None
    with zf.open(part) as member:
        tail = b""
        while chunk := member.read(_CHUNK):
            piece = tail + chunk
            cut = piece.rfind(b"<")  # an incomplete tag waits for the next chunk
            piece, tail = (piece[:cut], piece[cut:]) if cut > 0 else (piece, b"")
            if far is None:
                far = beyond.search(piece)
            end = piece[-65536:]
            rows = _X_ROW.findall(end) or _X_ROW.findall(piece)
            if rows:
                last_row = max(last_row, int(rows[-1]))
            cells = _X_LAST_CELL.findall(end)
            if cells:
                last_row = max(last_row, int(cells[-1][1]))
    return last_row, far


# -- .ods -------------------------------------------------------------------------------

_O_VALUE = re.compile(rb"\boffice:value-type=")


def _ods(path: Path, sheet: str) -> Extent:
    """Rows and columns up to the last cell that holds a value (a typed value, or text)."""
    with zipfile.ZipFile(path) as zf:
        content = zf.read("content.xml")
    last_row = last_col = 0
    for cell in table_cells(content, sheet):
        if _O_VALUE.search(cell.attrs) or b"<text:" in cell.body:
            last_row = max(last_row, cell.row + cell.rows)
            last_col = max(last_col, cell.col + cell.columns)
    far = f"{column_letter(last_col - 1)}{last_row}" if last_row and last_col else ""
    return Extent(last_row, last_col, far)


# -- .xls (BIFF8) -----------------------------------------------------------------------

_BOF, _EOF, _BOUNDSHEET = 0x0809, 0x000A, 0x0085
# Records that hold one cell's value: row (2 bytes), column (2 bytes) first.
_ONE_CELL = frozenset({0x0006, 0x00FD, 0x0203, 0x027E, 0x0204, 0x0205, 0x00D6})
_MULRK = 0x00BD
_HEADER = struct.Struct("<HH")


def _xls(path: Path, sheet: str) -> Extent:
    data = path.read_bytes()
    doc = CompDoc(data, logfile=_Silent())
    stream, offset, length = doc.locate_named_stream("Workbook")
    if stream is None:
        return Extent(0, 0)
    stream = stream[offset:offset + length]
    position = None
    pos = 0
    while pos + 4 <= len(stream):
        kind, size = _HEADER.unpack_from(stream, pos)
        if kind == _BOUNDSHEET:
            body = stream[pos + 4:pos + 4 + size]
            count, high = body[6], body[7] & 1
            name = (body[8:8 + 2 * count].decode("utf-16-le") if high
                    else body[8:8 + count].decode("latin-1"))
            if name == sheet:
                position = struct.unpack_from("<I", body, 0)[0]
        elif kind == _EOF:
            break
        pos += 4 + size
    if position is None:
        return Extent(0, 0)
    last_row = last_col = 0
    pos = position
    while pos + 4 <= len(stream):
        kind, size = _HEADER.unpack_from(stream, pos)
        if kind == _EOF:
            break
        if kind in _ONE_CELL and size >= 4:
            row, col = _HEADER.unpack_from(stream, pos + 4)
            last_row, last_col = max(last_row, row + 1), max(last_col, col + 1)
        elif kind == _MULRK and size >= 6:
            row, first = _HEADER.unpack_from(stream, pos + 4)
            col = struct.unpack_from("<H", stream, pos + 4 + size - 2)[0]
            last_row, last_col = max(last_row, row + 1), max(last_col, col + 1, first + 1)
        pos += 4 + size
    far = f"{column_letter(last_col - 1)}{last_row}" if last_row and last_col else ""
    return Extent(last_row, last_col, far)


class _Silent:
    """CompDoc reports oddities to a log file; they are the reader's business, not ours."""

    def write(self, text: str) -> int:
        return len(text)
