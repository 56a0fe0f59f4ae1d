"""Live counters of what the simulator answered, for tests and benchmarks."""

from __future__ import annotations

import threading
import time
from collections import Counter, deque
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class LogEntry:
    at: float  # time.time() when the request arrived
    path: str
    kind: str
    status: int
    retry_after: str | None = None  # the Retry-After header sent with a 429


class Stats:
    def __init__(self, log_size: int = 50_000) -> None:
        self._lock = threading.Lock()
        self._log_size = log_size
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self.requests = 0
            self.by_status: Counter[int] = Counter()
            self.by_kind: dict[str, Counter[str]] = {}
            self.blocks = 0  # blocks that began
            self.blocked_requests = 0  # requests that arrived during a block
            self.malformed = 0
            self.started = time.time()
            self.log: deque[LogEntry] = deque(maxlen=self._log_size)

    def record(self, at: float, path: str, kind: str, status: int, *, block_began: bool = False,
               during_block: bool = False, malformed: bool = False,
               retry_after: str | None = None) -> None:
        with self._lock:
            self.requests += 1
            self.by_status[status] += 1
            per_kind = self.by_kind.setdefault(kind, Counter())
            per_kind["requests"] += 1
            per_kind[str(status)] += 1
            self.blocks += block_began
            self.blocked_requests += during_block
            self.malformed += malformed
            self.log.append(LogEntry(at, path, kind, status, retry_after))

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return {
                "requests": self.requests,
                "ok": self.by_status.get(200, 0),
                "rate_limited": self.by_status.get(429, 0),
                "forbidden": self.by_status.get(403, 0),
                "blocks": self.blocks,
                "blocked_requests": self.blocked_requests,
                "server_errors": sum(n for s, n in self.by_status.items() if s >= 500),
                "malformed": self.malformed,
                "not_found": self.by_status.get(404, 0),
                "gone": self.by_status.get(410, 0),
                "by_status": {str(s): n for s, n in sorted(self.by_status.items())},
                "by_kind": {k: dict(c) for k, c in sorted(self.by_kind.items())},
                "since": self.started,
            }

    def entries(self, since: float = 0.0) -> list[LogEntry]:
        with self._lock:
            return [e for e in self.log if e.at >= since]
