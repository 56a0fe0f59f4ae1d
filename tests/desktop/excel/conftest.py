"""Real workbooks built in the tests, and a real store in a temporary data dir."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import openpyxl

from desktop.store import Store


def make_xlsx(path: Path, rows: Sequence[Sequence[object]], *,
              links: dict[str, str] | None = None, merges: Sequence[str] = (),
              title: str = "명단") -> Path:
    """A workbook as staff make them: rows from A1, optional hyperlinks and merged cells."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    for cell, target in (links or {}).items():
        sheet[cell].hyperlink = target
    for merged in merges:
        sheet.merge_cells(merged)
    workbook.save(path)
    return path


def store_state(store: Store) -> tuple[object, ...]:
    """Everything an import could touch, to prove a refused import changed nothing."""
    with store.snapshot() as conn:
        return tuple(
            tuple(conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY 1").all())
            for table in ("influencer", "account", "outbox"))


HEADER = ["이름", "연락처", "이메일", "카테고리", "블로그 URL", "인스타 URL"]
