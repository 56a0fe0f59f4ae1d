"""The store's SQLite connection class: a plain `sqlite3` connection with the call shape the
store's modules use (`exec_driver_sql` and the result helpers). It sits below every other
store module (db.py opens these connections; the migrations and the search index run on
them), so none of them has to import db.py for it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, TypeVar

Params = Sequence[Any] | Mapping[str, Any] | list[Sequence[Any]] | None
T = TypeVar("T")


def chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    """`items` a slice of `size` at a time: the keys one statement asks about (SQLite caps
    the parameters of a statement, and a bounded list keeps each one cheap)."""
    for start in range(0, len(items), size):
        yield items[start:start + size]


def sql_text(text: str) -> str:
    """`text` as an SQL string literal: a value shared by every row of a bulk statement is
    written into it once instead of bound per row."""
    return "'" + text.replace("'", "''") + "'"


class Result(sqlite3.Cursor):
    """A cursor with the result helpers the store's call sites use."""

    def all(self) -> list[Any]:
        return self.fetchall()

    def first(self) -> Any | None:
        row = self.fetchone()
        self.close()
        return row

    def one(self) -> Any:
        rows = self.fetchmany(2)
        self.close()
        if len(rows) != 1:
            raise LookupError(f"Expected one row, got {len(rows)}.")
        return rows[0]

    def scalar(self) -> Any:
        row = self.first()
        return None if row is None else row[0]

    def scalar_one(self) -> Any:
        return self.one()[0]


class Connection(sqlite3.Connection):
    """A SQLite connection in autocommit mode: the transaction is ours (see Database)."""

    seen_data_version: int | None = None  # last PRAGMA data_version this connection read

    def exec_driver_sql(self, sql: str, params: Params = None) -> Result:
        cursor = self.cursor(Result)
        if isinstance(params, list) and (not params or isinstance(params[0], (tuple, list,
                                                                              Mapping))):
            cursor.executemany(sql, params)
        else:
            cursor.execute(sql, () if params is None else params)
        return cursor
