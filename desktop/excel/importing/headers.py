"""Finds the header row: below title rows, and across a merged group row above it.

Each of the first rows is scored by how many of its cells name a known field; the best row
wins (the earliest on a tie). A row above it with merged cells ("플랫폼A" spanning "URL" and
"이메일") is folded in, giving "플랫폼A URL" and "플랫폼A 이메일".
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.excel.importing.fields import IGNORE, field_for_header
from desktop.excel.reading.hyperlinks import column_letter
from desktop.excel.reading.reader import Table
from shared_models.text import clean_text

SCAN_ROWS = 30


@dataclass(frozen=True)
class HeaderRow:
    row: int  # 0-based index of the (lower) header row; data starts below it
    headers: list[str]  # one display header per column ("" when the cell is empty)
    recognised: int  # how many headers named a field

    def display(self, col: int) -> str:
        text = self.headers[col] if col < len(self.headers) else ""
        return text or f"Column {column_letter(col)}"


def find_header_row(table: Table) -> HeaderRow:
    width = table.width
    best: HeaderRow | None = None
    for r in range(min(SCAN_ROWS, len(table.rows))):
        row = _filled_row(table, r, width)
        if not any(row):
            continue
        candidates = [row]
        if r > 0:
            above = _filled_row(table, r - 1, width)
            if any(above):
                candidates.append(_combine(above, row))
        for headers in candidates:
            score = _score(headers)
            if best is None or score > best.recognised:
                best = HeaderRow(r, headers, score)
    if best is None:
        return HeaderRow(0, [""] * width, 0)
    if best.recognised == 0:
        first = next(r for r in range(len(table.rows)) if any(_filled_row(table, r, width)))
        return HeaderRow(first, _filled_row(table, first, width), 0)
    return best


def _score(headers: list[str]) -> int:
    """2 per distinct field named, 1 per column named 'not imported' (번호, Errors ...)."""
    fields: set[str] = set()
    ignored = 0
    for text in headers:
        field = field_for_header(text) if text else None
        if field == IGNORE:
            ignored += 1
        elif field is not None:
            fields.add(field)
    return 2 * len(fields) + ignored


def _filled_row(table: Table, r: int, width: int) -> list[str]:
    """Row r's texts, with merged ranges covering it filled from their top-left cell."""
    source = table.rows[r] if r < len(table.rows) else []
    texts = [clean_text(v) for v in source] + [""] * (width - len(source))
    for (r1, c1), (r2, c2) in table.merged:
        if r1 <= r <= r2 and r1 < len(table.rows):
            top = table.rows[r1]
            value = clean_text(top[c1]) if c1 < len(top) else ""
            for c in range(c1, min(c2, width - 1) + 1):
                texts[c] = value
    return texts


def _combine(above: list[str], row: list[str]) -> list[str]:
    """Group row + header row: '플랫폼A' over 'URL' gives '플랫폼A URL'."""
    out = []
    for group, sub in zip(above, row, strict=True):
        if not group or group == sub:
            out.append(sub)
        elif not sub:
            out.append(group)
        else:
            out.append(f"{group} {sub}")
    return out
