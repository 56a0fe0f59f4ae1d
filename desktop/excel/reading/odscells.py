"""The cells of one table in an .ods content.xml, with their positions, read with regular
expressions on bytes (no XML tree: a hostile file's size never becomes a tree's).

Rows and cells may say they repeat (`number-rows-repeated`, `number-columns-repeated`):
a cell is yielded once, with the first row and column it stands in and how many rows and
columns it covers. Used by the extent check (extent.py) and the formula scan
(formulacells.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from html import unescape

_TAG = re.compile(
    rb"<(/?)(table:table|table:table-row|table:table-cell|table:covered-table-cell)(?=[\s/>])"
    rb"([^>]*?)(/?)>")
_NAME = re.compile(rb'\btable:name="([^"]*)"')
_ROWS = re.compile(rb'\btable:number-rows-repeated="(\d+)"')
_COLS = re.compile(rb'\btable:number-columns-repeated="(\d+)"')


@dataclass(frozen=True)
class OdsCell:
    row: int  # 0-based first row
    col: int  # 0-based first column
    rows: int  # how many rows it stands in (its row's repeat count)
    columns: int  # how many columns it covers (its own repeat count)
    attrs: bytes  # the attributes of its opening tag
    body: bytes  # what lies between its tags (b"" for an empty element)


def table_cells(content: bytes, sheet: str) -> Iterator[OdsCell]:
    """Every cell of the table named `sheet`, in document order."""
    wanted = unescape(sheet)
    inside = False
    row = col = 0
    row_repeat = 1
    open_cell: tuple[int, bytes, int] | None = None  # (column, attrs, body start)
    for match in _TAG.finditer(content):
        closing, tag, attrs, empty = match.groups()
        if tag == b"table:table":
            if closing:
                if inside:
                    return
            else:
                name = _NAME.search(attrs)
                inside = name is not None and unescape(name.group(1).decode()) == wanted
                row = 0
            continue
        if not inside:
            continue
        if tag == b"table:table-row":
            if closing:
                row += row_repeat
            else:
                repeat = _ROWS.search(attrs)
                row_repeat = int(repeat.group(1)) if repeat else 1
                col = 0
                if empty:
                    row += row_repeat
            continue
        if closing:
            if open_cell is not None:
                start_col, cell_attrs, body_start = open_cell
                yield OdsCell(row, start_col, row_repeat, _width(cell_attrs), cell_attrs,
                              content[body_start:match.start()])
                open_cell = None
            continue
        if empty:
            yield OdsCell(row, col, row_repeat, _width(attrs), attrs, b"")
        else:
            open_cell = (col, attrs, match.end())
        col += _width(attrs)


def _width(attrs: bytes) -> int:
    repeat = _COLS.search(attrs)
    return int(repeat.group(1)) if repeat else 1
