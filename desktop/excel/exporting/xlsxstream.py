"""The one .xlsx writer: exports, reports and the import's error report write through it.
The sheet XML is written directly, a row at a time.

XlsxWriter spends ~15 us of Python per cell (checks, format lookups, a write call per
cell); an export of 100,000 accounts x 20 columns spent most of its time there. This writer
does only what the export needs, a row at a time:

- strings as inline strings (escaped like XlsxWriter: & < >, control characters as
  _xHHHH_, literal _xHHHH_ text protected), never formulas: there is no formula cell type
  here at all, and text starting with = + - @, tab or CR also gets Excel's quote prefix;
- numbers as numbers (non-finite ones as text), booleans, dates and datetimes as Excel
  serial numbers with a date format (aware datetimes in local time, as XlsxWriter's
  `remove_timezone` after `astimezone()`);
- a bold, shaded, bordered header row that is frozen, an autofilter over the data, column
  widths, and clickable URLs up to Excel's 65,530 links per sheet (plain text beyond);
  a `Link` value shows a label over its link ("링크" over the profile URL);
- rows highlighted by a condition (`highlight_rows`: a conditional format whose formula the
  writer's caller gives, never a cell's content).

`atomic_workbook(path)` makes the file appear only once it is complete.

Memory stays flat: rows go to a temporary file (the column widths and the dimension must
precede the rows in the sheet XML but are known only at the end) and are copied into the
zip when the sheet is finished.
"""

from __future__ import annotations

import math
import os
import re
import tempfile
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import IO

from desktop.excel.exporting.xlsx import FORMULA_STARTS, MAX_URL_LENGTH, MAX_URLS_PER_SHEET
from desktop.excel.reading.hyperlinks import column_letter
from shared_models.texts import user_text

_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# Cell styles (indexes into cellXfs of STYLES below).
HEADER, QUOTED, DATETIME, DATE, LINK = 1, 2, 3, 4, 5

STYLES = (
    _XML_HEAD + f'<styleSheet xmlns="{_MAIN_NS}">'
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/>'
    '<numFmt numFmtId="165" formatCode="yyyy-mm-dd"/></numFmts>'
    '<fonts count="3">'
    '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/>'
    '<scheme val="minor"/></font>'
    '<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/>'
    '<scheme val="minor"/></font>'
    '<font><u/><sz val="11"/><color rgb="FF0000FF"/><name val="Calibri"/><family val="2"/>'
    '<scheme val="minor"/></font></fonts>'
    '<fills count="3"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFEEF2F7"/>'
    '<bgColor indexed="64"/></patternFill></fill></fills>'
    '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
    '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/>'
    '</right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/>'
    '</bottom><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
    '</cellStyleXfs>'
    '<cellXfs count="6">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" '
    'applyFill="1" applyBorder="1"/>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '</cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    '<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill>'
    '<bgColor rgb="FFFDE2E1"/></patternFill></fill></dxf></dxfs>'
    '<tableStyles count="0" defaultTableStyle="TableStyleMedium9" '
    'defaultPivotStyle="PivotStyleLight16"/></styleSheet>')

# What needs escaping in cell text; most cells have none of it (one C-speed search).
_SPECIAL = re.compile(r"[&<>\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9a-fA-F]{4}_")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f]")
_LITERAL_ESCAPE = re.compile(r"(_x[0-9a-fA-F]{4}_)")
_SPACE_EDGE = re.compile(r"^\s|\s$")
_EPOCH = datetime(1899, 12, 31)
_DAY = 86400.0
_ROWS_PER_FLUSH = 500
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class Link:
    """A cell that shows `label` and opens `target` (plain label text past the link limit)."""

    target: str
    label: str


@contextmanager
def atomic_workbook(path: Path | str) -> Iterator[StreamingWorkbook]:
    """A workbook that appears at `path` only once complete: an error or a cancel while it
    is written leaves no file (and any earlier file at `path` as it was)."""
    path = Path(path)
    if not path.parent.is_dir():
        raise FileNotFoundError(user_text("The folder {folder} does not exist.",
                                          folder=path.parent))
    handle, temp_name = tempfile.mkstemp(suffix=".xlsx", dir=path.parent)
    os.close(handle)
    try:
        with StreamingWorkbook(temp_name) as workbook:
            yield workbook
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def escape_text(value: str) -> str:
    """Cell text as XML character data, escaped the way Excel and XlsxWriter do it."""
    if _SPECIAL.search(value) is None:
        return value
    value = _LITERAL_ESCAPE.sub(r"_x005F\1", value)  # literal "_x0041_" stays literal
    value = _CONTROL.sub(lambda m: f"_x{ord(m.group(0)):04X}_", value)
    value = value.replace("\ufffe", "_xFFFE_").replace("\uffff", "_xFFFF_")
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_attribute(value: str) -> str:
    return (value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
            .replace(">", "&gt;").replace("\n", "&#xA;"))


def excel_serial(moment: datetime) -> float:
    """An (aware: local, naive: as is) datetime as an Excel 1900-system serial number."""
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    delta = moment - _EPOCH
    serial = delta.days + (delta.seconds + delta.microseconds / 1e6) / _DAY
    return serial + 1 if serial > 59 else serial  # Excel's 1900-02-29


def _escape_url(url: str) -> str:
    """Excel's own escaping of a link target (as XlsxWriter does it)."""
    if re.search("%[0-9a-fA-F]{2}", url):
        return url
    for raw, quoted in (("%", "%25"), ('"', "%22"), (" ", "%20"), ("<", "%3c"), (">", "%3e"),
                        ("[", "%5b"), ("]", "%5d"), ("^", "%5e"), ("`", "%60"),
                        ("{", "%7b"), ("}", "%7d")):
        url = url.replace(raw, quoted)
    return url


def _text_cell(ref: str, value: str, style: str) -> str:
    text = escape_text(value)
    space = ' xml:space="preserve"' if _SPACE_EDGE.search(value) else ""
    return f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{text}</t></is></c>'


class StreamingWorkbook:
    """A workbook whose sheets are written one after another, rows in order."""

    def __init__(self, path: Path | str, compresslevel: int = 1) -> None:
        # Level 1: the sheet XML is very repetitive, so it still shrinks ~8x, at a
        # fraction of the default level's time.
        self._zip = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel)
        self._sheets: list[SheetWriter] = []
        self._open: SheetWriter | None = None
        self._closed = False

    def add_sheet(self, name: str, max_links: int = MAX_URLS_PER_SHEET) -> SheetWriter:
        if self._open is not None:
            self._open.close()
        name = _SHEET_NAME_BAD.sub("_", name)[:31] or f"Sheet{len(self._sheets) + 1}"
        taken = {s.name.casefold() for s in self._sheets}
        base, n = name, 1
        while name.casefold() in taken:
            n += 1
            suffix = f" ({n})"
            name = base[:31 - len(suffix)] + suffix
        sheet = SheetWriter(self, name, len(self._sheets) + 1, max_links)
        self._sheets.append(sheet)
        self._open = sheet
        return sheet

    def _write_part(self, name: str, text: str) -> None:
        self._zip.writestr(name, text.encode("utf-8"))

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            if self._open is not None:
                self._open.close()
            if not self._sheets:
                self.add_sheet("Sheet1").close()
            self._write_package()
        finally:
            self._zip.close()

    def abandon(self) -> None:
        """Stop without finishing the package (the caller deletes the file)."""
        self._closed = True
        for sheet in self._sheets:
            sheet.discard()
        self._zip.close()

    def __enter__(self) -> StreamingWorkbook:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if kind is None:
            self.close()
        else:
            self.abandon()

    def _write_package(self) -> None:
        sheets = self._sheets
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{s.index}.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for s in sheets)
        self._write_part("[Content_Types].xml", (
            _XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
            'sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            f'{overrides}</Types>'))
        self._write_part("_rels/.rels", (
            _XML_HEAD + f'<Relationships xmlns="{_PKG_REL_NS}"><Relationship Id="rId1" '
            f'Type="{_REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'))
        rels = "".join(
            f'<Relationship Id="rId{s.index}" Type="{_REL_NS}/worksheet" '
            f'Target="worksheets/sheet{s.index}.xml"/>' for s in sheets)
        rels += (f'<Relationship Id="rId{len(sheets) + 1}" Type="{_REL_NS}/styles" '
                 'Target="styles.xml"/>')
        self._write_part("xl/_rels/workbook.xml.rels", (
            _XML_HEAD + f'<Relationships xmlns="{_PKG_REL_NS}">{rels}</Relationships>'))
        entries = "".join(
            f'<sheet name="{escape_attribute(s.name)}" sheetId="{s.index}" r:id="rId{s.index}"/>'
            for s in sheets)
        names = "".join(
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="{s.index - 1}" '
            f'hidden="1">{escape_text(s.filter_range(absolute=True))}</definedName>'
            for s in sheets if s.filter_ref)
        self._write_part("xl/workbook.xml", (
            _XML_HEAD + f'<workbook xmlns="{_MAIN_NS}" xmlns:r="{_REL_NS}">'
            '<bookViews><workbookView xWindow="240" yWindow="15" windowWidth="16095" '
            f'windowHeight="9660"/></bookViews><sheets>{entries}</sheets>'
            + (f"<definedNames>{names}</definedNames>" if names else "")
            + '<calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>'))
        self._write_part("xl/styles.xml", STYLES)


class SheetWriter:
    """One worksheet: `header`, then `row` after row, then `finish(widths)`."""

    def __init__(self, book: StreamingWorkbook, name: str, index: int, max_links: int) -> None:
        self.book = book
        self.name = name
        self.index = index
        self.max_links = max_links
        self.next_row = 0
        self.width = 0
        self.urls = 0
        self.plain_links = 0  # links written as text once the sheet's limit was reached
        self.filter_ref = ""
        self._frozen = 0
        self._widths: list[float] = []
        self._letters: list[str] = []
        self._links: list[tuple[str, str, str]] = []  # (cell, target, location)
        self._highlights: list[tuple[str, str]] = []  # (area, formula)
        self._pending: list[str] = []
        # Closed in close() or discard(), whichever ends the sheet.
        self._data: IO[bytes] | None = tempfile.TemporaryFile(prefix="export-")  # noqa: SIM115
        self._closed = False

    def _letter(self, col: int) -> str:
        while len(self._letters) <= col:
            self._letters.append(column_letter(len(self._letters)))
        return self._letters[col]

    def header(self, names: Sequence[str]) -> None:
        r = str(self.next_row + 1)
        cells = []
        for col, name in enumerate(names):
            ref = self._letter(col) + r
            cells.append(_text_cell(ref, name, f' s="{HEADER}"') if name
                         else f'<c r="{ref}" s="{HEADER}"/>')
        self._pending.append(f'<row r="{r}">{"".join(cells)}</row>')
        self.width = max(self.width, len(names))
        self.next_row += 1
        self._frozen = self.next_row

    def row(self, values: Sequence[object], url_columns: Iterable[int] = ()) -> None:
        r = str(self.next_row + 1)
        urls = url_columns if isinstance(url_columns, tuple | set | frozenset) \
            else tuple(url_columns)
        letters = self._letters
        if len(letters) < len(values):
            self._letter(len(values) - 1)
        cells = []
        append = cells.append
        for col, value in enumerate(values):
            if value is None:
                continue
            if isinstance(value, str):
                if not value:
                    continue
                ref = letters[col] + r
                if col in urls and self._link(ref, value):
                    append(_text_cell(ref, value, f' s="{LINK}"'))
                elif value.startswith(FORMULA_STARTS):
                    append(_text_cell(ref, value, f' s="{QUOTED}"'))
                elif _SPECIAL.search(value) is None and not (
                        value[0].isspace() or value[-1].isspace()):
                    append(f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>')
                else:
                    append(_text_cell(ref, value, ""))
            elif isinstance(value, bool):
                append(f'<c r="{letters[col]}{r}" t="b"><v>{int(value)}</v></c>')
            elif isinstance(value, int):
                append(f'<c r="{letters[col]}{r}"><v>{value}</v></c>')
            elif isinstance(value, float):
                if math.isfinite(value):
                    append(f'<c r="{letters[col]}{r}"><v>{value!r}</v></c>')
                else:
                    append(_text_cell(letters[col] + r, str(value), ""))
            elif isinstance(value, datetime):
                append(f'<c r="{letters[col]}{r}" s="{DATETIME}"><v>{excel_serial(value)!r}'
                       '</v></c>')
            elif isinstance(value, date):
                serial = excel_serial(datetime(value.year, value.month, value.day))
                append(f'<c r="{letters[col]}{r}" s="{DATE}"><v>{serial!r}</v></c>')
            elif isinstance(value, timedelta):
                append(_text_cell(letters[col] + r, str(value), ""))
            elif isinstance(value, Link):
                ref = letters[col] + r
                if self._link(ref, value.target):
                    append(_text_cell(ref, value.label, f' s="{LINK}"'))
                elif value.label.startswith(FORMULA_STARTS):
                    append(_text_cell(ref, value.label, f' s="{QUOTED}"'))
                elif value.label:
                    append(_text_cell(ref, value.label, ""))
            else:
                text = str(value)
                if text:
                    append(_text_cell(letters[col] + r, text, ""))
        self._pending.append(f'<row r="{r}">{"".join(cells)}</row>')
        if len(values) > self.width:
            self.width = len(values)
        self.next_row += 1
        if len(self._pending) >= _ROWS_PER_FLUSH:
            self._flush()

    def _link(self, ref: str, url: str) -> bool:
        if len(url) > MAX_URL_LENGTH or not url[:8].lower().startswith(("http://", "https://")):
            return False
        if self.urls >= self.max_links:
            self.plain_links += 1
            return False
        target, _, location = url.partition("#")
        target = _escape_url(target)
        if len(target) > MAX_URL_LENGTH:
            return False
        self._links.append((ref, target, location))
        self.urls += 1
        return True

    def highlight_rows(self, first_row: int, last_row: int, width: int, formula: str) -> None:
        """Shade rows `first_row`..`last_row` (0-based) where `formula` is true; the formula
        is written for the first row, with $-anchored columns (Excel's conditional format)."""
        if last_row < first_row or width < 1:
            return
        area = f"A{first_row + 1}:{self._letter(width - 1)}{last_row + 1}"
        self._highlights.append((area, formula))

    def _flush(self) -> None:
        if self._pending and self._data is not None:
            self._data.write("".join(self._pending).encode("utf-8"))
        self._pending.clear()

    def filter_range(self, absolute: bool = False) -> str:
        if not self.filter_ref:
            return ""
        if not absolute:
            return self.filter_ref
        first, last = self.filter_ref.split(":")
        fix = re.compile(r"([A-Z]+)(\d+)")
        return f"'{self.name.replace(chr(39), chr(39) * 2)}'!" + ":".join(
            fix.sub(r"$\1$\2", part) for part in (first, last))

    def finish(self, widths: Sequence[float]) -> None:
        """Column widths (in characters), the autofilter, then the sheet goes into the zip."""
        self._widths = list(widths)
        if self.width:
            self.filter_ref = f"A1:{self._letter(self.width - 1)}{max(self.next_row, 1)}"
        self.close()

    def discard(self) -> None:
        self._closed = True
        if self._data is not None:
            self._data.close()
            self._data = None

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._flush()
        data = self._data
        assert data is not None
        try:
            data.seek(0)
            with self.book._zip.open(f"xl/worksheets/sheet{self.index}.xml", "w",
                                     force_zip64=True) as part:
                part.write(self._head().encode("utf-8"))
                while chunk := data.read(1 << 20):
                    part.write(chunk)
                part.write(self._tail().encode("utf-8"))
        finally:
            data.close()
            self._data = None
        if self._links:
            rels = "".join(
                f'<Relationship Id="rId{i}" Type="{_REL_NS}/hyperlink" '
                f'Target="{escape_attribute(target)}" TargetMode="External"/>'
                for i, (_, target, _) in enumerate(self._links, 1))
            self.book._write_part(
                f"xl/worksheets/_rels/sheet{self.index}.xml.rels",
                _XML_HEAD + f'<Relationships xmlns="{_PKG_REL_NS}">{rels}</Relationships>')
        if self.book._open is self:
            self.book._open = None

    def _head(self) -> str:
        last = f"{self._letter(self.width - 1)}{self.next_row}" if self.width and \
            self.next_row else "A1"
        selected = ' tabSelected="1"' if self.index == 1 else ""
        if self._frozen:
            top = f"A{self._frozen + 1}"
            view = (f'<sheetView{selected} workbookViewId="0"><pane ySplit="{self._frozen}" '
                    f'topLeftCell="{top}" activePane="bottomLeft" state="frozen"/>'
                    f'<selection pane="bottomLeft" activeCell="{top}" sqref="{top}"/>'
                    '</sheetView>')
        else:
            view = f'<sheetView{selected} workbookViewId="0"/>'
        cols = "".join(
            f'<col min="{i}" max="{i}" width="{_stored_width(w)}" customWidth="1"/>'
            for i, w in enumerate(self._widths, 1))
        return (_XML_HEAD + f'<worksheet xmlns="{_MAIN_NS}" xmlns:r="{_REL_NS}">'
                f'<dimension ref="{"A1:" + last if last != "A1" else "A1"}"/>'
                f'<sheetViews>{view}</sheetViews><sheetFormatPr defaultRowHeight="15"/>'
                + (f"<cols>{cols}</cols>" if cols else "") + "<sheetData>")

    def _tail(self) -> str:
        tail = "</sheetData>"
        if self.filter_ref:
            tail += f'<autoFilter ref="{self.filter_ref}"/>'
        for priority, (area, formula) in enumerate(self._highlights, 1):
            tail += (f'<conditionalFormatting sqref="{area}"><cfRule type="expression" '
                     f'dxfId="0" priority="{priority}"><formula>{escape_attribute(formula)}'
                     '</formula></cfRule></conditionalFormatting>')
        if self._links:
            tail += "<hyperlinks>" + "".join(
                f'<hyperlink ref="{ref}" r:id="rId{i}"'
                + (f' location="{escape_attribute(location)}"' if location else "") + "/>"
                for i, (ref, _, location) in enumerate(self._links, 1)) + "</hyperlinks>"
        return tail + ('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" '
                       'header="0.3" footer="0.3"/></worksheet>')


def _stored_width(width: float) -> float:
    """A width in characters as Excel stores it (+ cell padding), as XlsxWriter computes it."""
    if width <= 0:
        return 0
    if width < 1:
        return int((int(width * 12 + 0.5)) / 7 * 256) / 256
    return int((int(width * 7 + 0.5) + 5) / 7 * 256) / 256
