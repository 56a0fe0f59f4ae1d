"""Per-row checkpoint of a verification, so a large file resumes after an interruption.

A JSON Lines file next to the output (`OUT.xlsx.progress.jsonl`): the first line names the
input (its sha256, sheet and columns), every further line is one finished row, appended and
flushed as soon as the row is checked (a crash loses at most the rows in flight). Rows that
were blocked are not written, so the next run checks them again. A run that finishes with no
row blocked removes the file; a different input (or other columns) starts afresh.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any

VERSION = 1


@dataclass(frozen=True)
class RowResult:
    row: int  # 0-based row of the input sheet
    status: str  # one of verify.STATUSES
    platform: str = ""
    handle: str = ""
    daily_visitors: float | None = None
    followers: float | None = None
    reason: str = ""
    checked_at: str = ""  # ISO 8601, UTC
    post_title: str = ""  # as the platform shows it (Platform A posts have titles)
    post_date: str = ""  # when the post was published, ISO 8601
    comments: int | None = None  # a public Platform A post's comment count

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RowResult:
        return cls(**data)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def progress_path(out_path: Path) -> Path:
    return out_path.with_name(out_path.name + ".progress.jsonl")


class VerifyProgress:
    def __init__(self, out_path: Path, identity: dict[str, Any]) -> None:
        self.path = progress_path(Path(out_path))
        self.identity = {"kind": "verify-progress", "version": VERSION, **identity}
        self._fh: IO[str] | None = None

    def load(self) -> dict[int, RowResult]:
        """The rows an interrupted run finished (empty when none, or for another input)."""
        if not self.path.is_file():
            return {}
        done: dict[int, RowResult] = {}
        with self.path.open(encoding="utf-8") as fh:
            try:
                if json.loads(fh.readline() or "null") != self.identity:
                    return {}
            except ValueError:
                return {}
            for line in fh:
                try:
                    result = RowResult.from_json(json.loads(line))
                except (ValueError, TypeError):
                    continue  # a line cut short by a crash
                done[result.row] = result
        return done

    def open(self, keep: dict[int, RowResult]) -> None:
        """Start writing; rewrites the file with the identity and the rows kept."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = self.path.open("w", encoding="utf-8")
        self._write(self.identity)
        for result in keep.values():
            self._write(result.to_json())
        self._fh.flush()

    def append(self, result: RowResult) -> None:
        self._write(result.to_json())
        assert self._fh is not None
        self._fh.flush()

    def close(self, finished: bool) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        if finished:
            self.path.unlink(missing_ok=True)

    def _write(self, data: dict[str, Any]) -> None:
        assert self._fh is not None
        self._fh.write(json.dumps(data, ensure_ascii=False) + "\n")
