"""Formula cells whose result was not saved with the file.

A reader gives a formula cell's cached value: the result the spreadsheet program saved
next to the formula. Some files have none: openpyxl and other libraries write formulas
without results, and LibreOffice writes a legacy .xls whose text formulas (CONCATENATE,
`&`) carry the number 0 when it never calculated them (a file built from a CSV, for
example). calamine reads the first kind as an empty cell and every reader reads the second
as 0, so a name would be imported as "" or "0" without a word. This module finds those
cells so that the row is reported instead:

- .xlsx: a cell with an `<f>` element and no `<v>` (or an empty one that is not a text
  result);
- .ods: a cell with `table:formula` and no `office:value-type`;
- .xls: a FORMULA record whose formula yields text (its last operation is `&`, a string,
  or a text function) but whose stored result is a number.

Only the raw package is read, in chunks, with regular expressions on bytes; a sheet without
any formula costs one pass over its XML (or records) and nothing else.
"""

from __future__ import annotations

import re
import struct
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from html import unescape
from pathlib import Path
from typing import IO

from xlrd.compdoc import CompDoc

from desktop.excel.reading.hyperlinks import Cell, column_letter, sheet_part
from desktop.excel.reading.odscells import table_cells
from desktop.excel.reading.safety import FileKind
from shared_models.texts import user_text


@dataclass(frozen=True)
class FormulaWithoutValue:
    """Stands in a Table for a formula cell that has no saved result."""

    cell: str  # "A2"
    formula: str  # as written, without the leading "=" ("" when it cannot be shown)

    def __str__(self) -> str:
        return f"={self.formula}" if self.formula else ""

    @property
    def message(self) -> str:
        if self.formula:
            return user_text(
                "Cell {cell} has the formula {formula} but the file holds no result for it. "
                "Open the file in Excel or LibreOffice Calc, recalculate (Ctrl+Alt+F9 in "
                "Excel, Ctrl+Shift+F9 in Calc), save it as .xlsx and import it again.",
                cell=self.cell, formula=str(self))
        return user_text(
            "Cell {cell} has a formula but the file holds no result for it. Open the file "
            "in Excel or LibreOffice Calc, recalculate (Ctrl+Alt+F9 in Excel, Ctrl+Shift+F9 "
            "in Calc), save it as .xlsx and import it again.", cell=self.cell)


def formulas_without_values(path: Path, kind: FileKind,
                            sheet: str) -> dict[Cell, FormulaWithoutValue]:
    """{(row, col): FormulaWithoutValue} for one sheet; {} when it has none, or when the
    file is too damaged to scan (calamine, which reads it too, is the judge of damage and
    says so in a sentence; a scan of a broken file must not end in a traceback)."""
    try:
        if kind is FileKind.XLSX:
            return _xlsx(path, sheet)
        if kind is FileKind.ODS:
            return _ods(path, sheet)
        if kind is FileKind.XLS:
            return _xls(path, sheet)
    except Exception:  # any damage: calamine has read the file or refuses it
        return {}
    return {}


def _found(row: int, col: int, formula: str) -> tuple[Cell, FormulaWithoutValue]:
    return (row, col), FormulaWithoutValue(f"{column_letter(col)}{row + 1}", formula)


def _complete_parts(member: IO[bytes], boundary: bytes) -> Iterator[bytes]:
    """The member's bytes in pieces that each end at `boundary` (the last piece: the rest)."""
    rest = b""
    while chunk := member.read(1 << 20):
        rest += chunk
        cut = rest.rfind(boundary)
        if cut < 0:
            continue
        cut += len(boundary)
        yield rest[:cut]
        rest = rest[cut:]
    if rest:
        yield rest


# -- .xlsx ------------------------------------------------------------------------------

_X_FORMULA = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")
_X_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c\s([^>]*?)(?<!/)>(.*?)</(?:[A-Za-z_][\w.-]*:)?c>",
                     re.S)
_X_REF = re.compile(rb'\br="\$?([A-Za-z]{1,3})\$?(\d+)"')
_X_TYPE = re.compile(rb'\bt="(\w+)"')
_X_VALUE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?v\s*>(.*?)</(?:[A-Za-z_][\w.-]*:)?v>", re.S)
_X_FORMULA_TEXT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f(?:\s[^>]*)?>(.*?)</", re.S)
_X_ROOT = re.compile(rb"<([A-Za-z_][\w.-]*:)?worksheet[\s>]")


def _prefix(member: IO[bytes]) -> bytes:
    """The namespace prefix of the sheet's elements ("x:" in some files, mostly none)."""
    root = _X_ROOT.search(member.read(1 << 16))
    return (root.group(1) or b"") if root else b""


def _has_formula(member: IO[bytes], prefix: bytes) -> bool:
    """One literal search (C speed) over the sheet for its `<f` tag: most sheets have no
    formula at all, and then this is all the scan costs (besides inflating)."""
    marker = re.compile(re.escape(b"<" + prefix + b"f"))
    tail = b""
    chunk = member.read(1 << 22)
    while chunk:
        if marker.search(tail + chunk[:8]) or marker.search(chunk):
            return True
        tail = chunk[-8:]
        chunk = member.read(1 << 22)
    return False


def _xlsx(path: Path, sheet: str) -> dict[Cell, FormulaWithoutValue]:
    found: dict[Cell, FormulaWithoutValue] = {}
    with zipfile.ZipFile(path) as zf:
        part = sheet_part(zf, sheet)
        if part is None:
            return found
        with zf.open(part) as member:
            prefix = _prefix(member)
        with zf.open(part) as member:
            if not _has_formula(member, prefix):
                return found
        with zf.open(part) as member:
            for piece in _complete_parts(member, b"</" + prefix + b"row>"):
                if _X_FORMULA.search(piece) is None:
                    continue
                for match in _X_CELL.finditer(piece):
                    body = match.group(2)
                    if _X_FORMULA.search(body) is None:
                        continue
                    attrs = match.group(1)
                    value = _X_VALUE.search(body)
                    kind = _X_TYPE.search(attrs)
                    text_result = kind is not None and kind.group(1) in (b"str", b"inlineStr")
                    if value is not None and (value.group(1).strip() or text_result):
                        continue
                    ref = _X_REF.search(attrs)
                    if ref is None:
                        continue
                    formula = _X_FORMULA_TEXT.search(body)
                    text = unescape(formula.group(1).decode("utf-8")) if formula else ""
                    col = 0
                    for ch in ref.group(1).decode().upper():
                        col = col * 26 + ord(ch) - 64
                    cell, problem = _found(int(ref.group(2)) - 1, col - 1, text)
                    found[cell] = problem
    return found


# -- .ods -------------------------------------------------------------------------------

_O_SUSPECT = re.compile(rb"<table:table-cell\b[^>]*\btable:formula=\"[^\"]*\"[^>]*>")
_O_FORMULA = re.compile(rb'\btable:formula="([^"]*)"')
_O_VALUE_TYPE = re.compile(rb"\boffice:value-type=")


def _ods(path: Path, sheet: str) -> dict[Cell, FormulaWithoutValue]:
    with zipfile.ZipFile(path) as zf:
        content = zf.read("content.xml")
    if not any(_O_VALUE_TYPE.search(m.group(0)) is None for m in _O_SUSPECT.finditer(content)):
        return {}
    found: dict[Cell, FormulaWithoutValue] = {}
    for cell in table_cells(content, sheet):
        formula = _O_FORMULA.search(cell.attrs)
        if formula is None or _O_VALUE_TYPE.search(cell.attrs) is not None:
            continue
        text = unescape(formula.group(1).decode("utf-8"))
        text = re.sub(r"^(?:of:)?=", "", text)
        for offset in range(min(cell.columns, 1000)):
            position, problem = _found(cell.row, cell.col + offset, text)
            found[position] = problem
    return found


# -- .xls (BIFF8) -----------------------------------------------------------------------

_BOF, _EOF, _BOUNDSHEET, _FORMULA, _SHRFMLA = 0x0809, 0x000A, 0x0085, 0x0006, 0x04BC
# Functions (BIFF function numbers) whose result is text.
_TEXT_FUNCTIONS = frozenset({
    13,  # DOLLAR
    14,  # FIXED
    30,  # REPT
    31,  # MID
    48,  # TEXT
    111,  # CHAR
    112,  # LOWER
    113,  # UPPER
    114,  # PROPER
    115,  # LEFT
    116,  # RIGHT
    118,  # TRIM
    119,  # REPLACE
    120,  # SUBSTITUTE
    130,  # T
    162,  # CLEAN
    336,  # CONCATENATE
})
# Sizes of the formula tokens that carry no text meaning (a token class's three variants,
# reference/value/array, share a size).
_FIXED_SIZES = {0x01: 5, 0x02: 5, 0x1C: 2, 0x1D: 2, 0x1E: 3, 0x1F: 9}
for _base, _size in ((0x20, 8), (0x23, 5), (0x24, 5), (0x25, 9), (0x26, 7), (0x27, 7),
                     (0x28, 7), (0x29, 3), (0x2A, 5), (0x2B, 9), (0x2C, 5), (0x2D, 9),
                     (0x39, 7), (0x3A, 7), (0x3B, 11), (0x3C, 7), (0x3D, 11)):
    for _variant in (0x00, 0x20, 0x40):
        _FIXED_SIZES[_base + _variant] = _size


def _yields_text(rgce: bytes) -> bool:
    """Whether a formula's last operation gives text; False whenever in doubt."""
    last_text = False
    i = 0
    while i < len(rgce):
        ptg = rgce[i]
        if 0x03 <= ptg <= 0x14 or ptg == 0x16:  # operators, missing argument
            last_text = ptg == 0x08  # & (concatenation)
            i += 1
        elif ptg == 0x15:  # parentheses: the value inside stays what it was
            i += 1
        elif ptg == 0x17:  # a string constant
            length, flags = rgce[i + 1], rgce[i + 2]
            last_text = True
            i += 3 + length * (2 if flags & 1 else 1)
        elif ptg == 0x19:  # tAttr: IF/CHOOSE jumps, spaces, or a SUM
            kind = rgce[i + 1]
            if kind & 0x04:  # CHOOSE: a jump table follows
                count = struct.unpack_from("<H", rgce, i + 2)[0]
                i += 4 + 2 * (count + 1)
            else:
                i += 4
            if kind & 0x10:  # SUM of one argument
                last_text = False
        elif ptg in (0x21, 0x41, 0x61):  # a function with a fixed number of arguments
            last_text = struct.unpack_from("<H", rgce, i + 1)[0] in _TEXT_FUNCTIONS
            i += 3
        elif ptg in (0x22, 0x42, 0x62):  # a function with a variable number of arguments
            last_text = struct.unpack_from("<H", rgce, i + 2)[0] & 0x7FFF in _TEXT_FUNCTIONS
            i += 4
        elif ptg in _FIXED_SIZES:
            last_text = False
            i += _FIXED_SIZES[ptg]
        else:
            return False  # a token this scan does not know: do not guess
    return last_text


_WANTED = frozenset({_BOF, _BOUNDSHEET, _FORMULA, _SHRFMLA})
_HEADER = struct.Struct("<HH")


def _records(stream: bytes, start: int) -> Iterator[tuple[int, bytes]]:
    """(type, body) of the records this scan reads, in one substream from its BOF to its
    EOF (the bodies of all other records are skipped, not copied)."""
    pos = start
    end = len(stream)
    unpack = _HEADER.unpack_from
    while pos + 4 <= end:
        kind, length = unpack(stream, pos)
        if kind in _WANTED:
            yield kind, stream[pos + 4:pos + 4 + length]
        elif kind == _EOF:
            return
        pos += 4 + length


def _xls(path: Path, sheet: str) -> dict[Cell, FormulaWithoutValue]:
    data = path.read_bytes()
    doc = CompDoc(data, logfile=_Silent())
    stream, offset, length = doc.locate_named_stream("Workbook")
    if stream is None:
        return {}  # "Book": Excel 95 or older, which stores no text results this way
    stream = stream[offset:offset + length]
    position = None
    for kind, body in _records(stream, 0):
        if kind == _BOF and struct.unpack_from("<H", body, 0)[0] != 0x0600:
            return {}  # not BIFF8
        if kind == _BOUNDSHEET:
            count, high = body[6], body[7] & 1
            name = (body[8:8 + 2 * count].decode("utf-16-le") if high
                    else body[8:8 + count].decode("latin-1"))
            if name == sheet and body[5] == 0:
                position = struct.unpack_from("<I", body, 0)[0]
    if position is None:
        return {}
    found: dict[Cell, FormulaWithoutValue] = {}
    shared_numeric: dict[Cell, list[Cell]] = {}  # anchor -> cells with a numeric result
    shared_text: set[Cell] = set()  # anchors whose shared formula yields text
    for kind, body in _records(stream, position):
        if kind == _FORMULA and len(body) >= 22:
            row, col = struct.unpack_from("<HH", body, 0)
            if body[12:14] == b"\xff\xff":
                continue  # text, boolean, error or empty result: a value is there
            size = struct.unpack_from("<H", body, 20)[0]
            rgce = body[22:22 + size]
            if rgce[:1] == b"\x01" and len(rgce) >= 5:  # part of a shared formula
                anchor = struct.unpack_from("<HH", rgce, 1)
                shared_numeric.setdefault(anchor, []).append((row, col))
            elif _yields_text(rgce):
                cell, problem = _found(row, col, "")
                found[cell] = problem
        elif kind == _SHRFMLA and len(body) >= 10:
            first_row, _, first_col = struct.unpack_from("<HHB", body, 0)
            size = struct.unpack_from("<H", body, 8)[0]
            if _yields_text(body[10:10 + size]):
                shared_text.add((first_row, first_col))
    for anchor in shared_text:
        for row, col in shared_numeric.get(anchor, []):
            cell, problem = _found(row, col, "")
            found[cell] = problem
    return found


class _Silent:
    """CompDoc reports oddities to a log file; they are the reader's business, not ours."""

    def write(self, text: str) -> int:
        return len(text)
