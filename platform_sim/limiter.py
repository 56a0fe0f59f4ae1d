"""The hidden per-client-IP limit: a token bucket, and a block for clients that keep pushing.

A request either passes (one token spent), is refused with 429 (no token spent; the answer
says how long until the next token), or hits an active block (403). Enough 429s inside the
block window turn into a block. Time comes from `time.monotonic` unless a clock is given.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from platform_sim.config import SimConfig


@dataclass
class _Client:
    tokens: float
    updated: float
    recent_429s: deque[float] = field(default_factory=deque)
    blocked_until: float = 0.0


@dataclass(frozen=True)
class Decision:
    verdict: str  # "pass" | "limited" | "blocked" | "newly_blocked"
    wait: float = 0.0  # limited: seconds until a token; blocked: seconds until the block ends


class Limiter:
    def __init__(self, config: SimConfig, clock: Callable[[], float] = time.monotonic) -> None:
        self._config = config
        self._clock = clock
        self._clients: dict[str, _Client] = {}
        self._lock = threading.Lock()

    def reconfigure(self, config: SimConfig, reset: bool = False) -> None:
        with self._lock:
            self._config = config
            if reset:
                self._clients.clear()
            else:
                for client in self._clients.values():
                    client.tokens = min(client.tokens, float(config.burst))

    def decide(self, client_ip: str) -> Decision:
        cfg = self._config
        now = self._clock()
        with self._lock:
            client = self._clients.get(client_ip)
            if client is None:
                client = self._clients[client_ip] = _Client(tokens=float(cfg.burst), updated=now)
            if client.blocked_until > now:
                return Decision("blocked", client.blocked_until - now)
            if cfg.rate <= 0:
                return Decision("pass")
            client.tokens = min(float(cfg.burst),
                                client.tokens + (now - client.updated) * cfg.rate)
            client.updated = now
            if client.tokens >= 1.0:
                client.tokens -= 1.0
                return Decision("pass")
            wait = (1.0 - client.tokens) / cfg.rate
            if cfg.block_after > 0:
                window = client.recent_429s
                window.append(now)
                while window and window[0] <= now - cfg.block_window:
                    window.popleft()
                if len(window) >= cfg.block_after:
                    window.clear()
                    client.blocked_until = now + cfg.block_seconds
                    client.tokens = float(cfg.burst)
                    return Decision("newly_blocked", cfg.block_seconds)
            return Decision("limited", wait)

    def blocked_until(self, client_ip: str) -> float:
        with self._lock:
            client = self._clients.get(client_ip)
            return client.blocked_until if client else 0.0
