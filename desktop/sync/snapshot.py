"""Reading the server's initial-pull snapshot (`GET /v1/sync/snapshot`).

The body (shared_models/snapshot.py) is read in large chunks, cut at line ends and split
into rows of plain strings, a batch at a time (the engine reads it ahead with
`desktop.sync.prefetch.prefetched` while the store writes the previous batch).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from desktop.sync.errors import ServerFailed
from shared_models.snapshot import (
    COLUMNS,
    END,
    FORMAT_VERSION,
    HEADER,
    MARK,
    parse_rows,
)
from shared_models.texts import user_text

BATCH_ROWS = 10_000
Rows = list[tuple[str | None, ...]]


class SnapshotStream:
    """Iterating gives (section, rows) batches; `cursor` is known after the first."""

    def __init__(self, chunks: Iterable[bytes], batch_rows: int = BATCH_ROWS) -> None:
        self.chunks = chunks
        self.batch_rows = batch_rows
        self.cursor: int | None = None
        self.rows = 0
        self.complete = False

    def __iter__(self) -> Iterator[tuple[str, Rows]]:
        section: str | None = ""  # "": before the first section
        width = 0
        lines: list[str] = []
        for line_block in self._blocks():
            for line in line_block:
                if line[:1] != MARK:
                    lines.append(line)
                    continue
                if lines:
                    if not section:  # rows before the first section: not a snapshot
                        raise _broken("rows before any section")
                    yield section, self._parse(lines, width)
                    lines = []
                section, width = self._mark(line)
                if section is None:
                    return
            if section and len(lines) >= self.batch_rows:
                yield section, self._parse(lines, width)
                lines = []
        raise _broken("the snapshot was cut off")

    def _blocks(self) -> Iterator[list[str]]:
        """The body's complete lines, a received chunk at a time."""
        tail = b""
        for chunk in self.chunks:
            data = tail + chunk if tail else chunk
            cut = data.rfind(b"\n")
            if cut < 0:
                tail = data
                continue
            tail = data[cut + 1 :]
            yield data[:cut].decode("utf-8").split("\n")

    def _parse(self, lines: list[str], width: int) -> Rows:
        try:
            rows = parse_rows(lines, width)
        except ValueError as exc:
            raise _broken(str(exc)) from exc
        self.rows += len(rows)
        return rows

    def _mark(self, line: str) -> tuple[str | None, int]:
        """A framing line: the next section and its width ("" after the header, None at
        the end)."""
        parts = line.split("\t")
        if parts[0] == HEADER:
            if len(parts) != 3 or parts[1] != str(FORMAT_VERSION) or not parts[2].isdigit():
                raise _broken(f"unknown snapshot header {line[:80]!r}")
            self.cursor = int(parts[2])
            return "", 0  # no section yet
        if self.cursor is None:
            raise _broken("no snapshot header")
        if parts[0] == END:
            if len(parts) != 2 or parts[1] != str(self.rows):
                raise _broken(f"{self.rows} rows received, the server sent {parts[1:]}")
            self.complete = True
            return None, 0
        section = parts[0][1:]
        if section not in COLUMNS:
            raise _broken(f"unknown section {section[:40]!r}")
        return section, len(COLUMNS[section])


def _broken(what: str) -> ServerFailed:
    return ServerFailed(user_text("The sync server's snapshot could not be read ({what}); "
                                  "nothing of it was kept. Sync again.", what=what))
