"""Pacing for one platform host: admit requests at the learned pace, never earn a block.

The learning (slow start, back-off on 429, creeping towards the limit, blocks) is
`shared_models.pace.PaceLearner`, shared with the sync service, which runs it for the whole
office. This controller adds the token bucket that admits each request, the bound on
requests in flight, and the exception that stops every waiter during a block.

Two ways to run it:
* alone (`follower=False`, offline or a single desk without a server): it learns the pace
  from its own answers, as it always did;
* in an office run (`follower=True`): the sync service learns the office's pace from every
  desk's answers and hands this desk its share (`adopt`); locally a 429 still pauses and
  slows down at once (the server's word arrives a heartbeat later), but successes do not
  raise the pace: only the server does.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.collect.errors import PlatformBlocked
from desktop.jobs import Cancelled
from shared_models.pace import PaceLearner, RatePolicy, RateState

__all__ = ["RateController", "RatePolicy", "RateState"]


@dataclass
class Feedback:
    """What the host answered since the last heartbeat, for the office's learner."""

    ok: int = 0
    limited: list[float | None] = field(default_factory=list)  # Retry-After of each 429
    limited_pace: list[float] = field(default_factory=list)  # the office pace it was sent at
    blocked_until: float = 0.0
    wake: Callable[[], None] | None = None  # a 429 or a block is told at once, not later

    def urgent(self) -> None:
        if self.wake is not None:
            self.wake()

    def drain(self) -> tuple[int, list[float | None], list[float], float]:
        taken = (self.ok, self.limited, self.limited_pace, self.blocked_until)
        self.ok, self.limited, self.limited_pace, self.blocked_until = 0, [], [], 0.0
        return taken

    def put_back(self, ok: int, limited: list[float | None], limited_pace: list[float],
                 blocked_until: float) -> None:
        """A heartbeat that did not reach the server: told with the next one."""
        self.ok += ok
        self.limited[:0] = limited
        self.limited_pace[:0] = limited_pace
        self.blocked_until = max(self.blocked_until, blocked_until)


@dataclass
class RateController(PaceLearner):
    label: str = "the platform"  # for messages ("Platform B has blocked ...")
    follower: bool = False  # in an office run: the server sets the pace

    def __post_init__(self) -> None:
        super().__post_init__()
        self._next_slot = 0.0
        self._slots: asyncio.Semaphore | None = None
        self.feedback = Feedback()
        self.in_flight = 0
        self.latency = 0.0  # seconds an answer takes (moving average)
        self.collectors = 1  # desks sharing the office's pace (follower)
        self._dephase = True  # the next send waits a random part of an interval

    # -- admission --------------------------------------------------------------------

    def reserve(self, now: float) -> float:
        """0.0: send now (the slot is taken); else seconds to wait before asking again.

        Raises PlatformBlocked while a block lasts.
        """
        s = self.s
        if s.blocked_until > now:
            raise PlatformBlocked(self.label, s.blocked_until)
        start = max(self._next_slot, s.pause_until)
        if start > now:
            return start - now
        interval = 1.0 / s.rate
        # Catch up at most one interval of lateness (timer slop), never bank a burst.
        base = self._next_slot if now - self._next_slot < interval else now
        if self._dephase and self.follower and self.collectors > 1:
            # Starting, or after the office's pause: the other desks start at the same
            # moment; a random phase keeps their requests from reaching the host together.
            self._dephase = False
            base = max(base, s.pause_until) + random.uniform(0.0, interval)
            self._next_slot = base
            return base - now
        self._next_slot = max(base, s.pause_until) + interval
        s.requests += 1
        return 0.0

    def allowed_in_flight(self) -> int:
        """In an office run, no more requests in flight than the pace needs: a block seen
        by any desk must stop this one within one request, not a volley already sent."""
        if not self.follower:
            return self.policy.max_concurrency
        return min(self.policy.max_concurrency, 1 + int(self.s.rate * self.latency * 1.5))

    def sending(self) -> float:
        """A request leaves now; returns the (office's) pace it is sent at."""
        self.in_flight += 1
        return self.s.rate * (self.collectors if self.follower else 1)

    def answered(self, seconds: float) -> None:
        self.in_flight -= 1
        self.latency = seconds if self.latency == 0.0 else 0.8 * self.latency + 0.2 * seconds

    async def acquire(self, cancelled: Callable[[], bool] | None = None) -> None:
        """Wait for a send slot (pace, pauses); PlatformBlocked during a block."""
        while True:
            if self.in_flight >= self.allowed_in_flight() and not self.blocked():
                await asyncio.sleep(0.002)
                if cancelled is not None and cancelled():
                    raise Cancelled()
                continue
            wait = self.reserve(self.clock())
            if wait <= 0:
                return
            await asyncio.sleep(min(wait, 0.25))
            if cancelled is not None and cancelled():
                raise Cancelled()

    def concurrency(self) -> asyncio.Semaphore:
        """Bounds the requests in flight to this host (one per event loop)."""
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.policy.max_concurrency)
        return self._slots

    # -- feedback ---------------------------------------------------------------------

    def on_success(self, now: float | None = None) -> None:
        if self.follower:  # counted by the office's learner on the server
            self.feedback.ok += 1
            self.s.consecutive_limited = 0
            return
        super().on_success(now)

    def on_rate_limited(self, retry_after: float | None, now: float | None = None,
                        sent_rate: float | None = None) -> None:
        if not self.follower:
            super().on_rate_limited(retry_after, now)  # no lag to correct for: as always
            return
        # The office's learner decides the pace and the long pauses; here only what cannot
        # wait for the next beat: honour Retry-After and slow down a little at once.
        now = self.clock() if now is None else now
        s, p = self.s, self.policy
        self.feedback.limited.append(retry_after)
        self.feedback.limited_pace.append(
            sent_rate if sent_rate is not None else s.rate * self.collectors)
        self.feedback.urgent()
        s.limited += 1
        pause = p.default_pause if retry_after is None else min(max(retry_after, 0.0),
                                                                p.max_pause)
        s.pause_until = max(s.pause_until, now + pause)
        s.rate = max(p.floor, s.rate * p.backoff)

    def on_blocked(self, until: float | None, now: float | None = None) -> PlatformBlocked:
        """The host blocks this client; returns the exception every caller should raise."""
        blocked = PlatformBlocked(self.label, self.note_block(until, now))
        if self.follower:
            self.feedback.blocked_until = self.s.blocked_until
            self.feedback.urgent()
        return blocked

    def adopt(self, rate: float, pause_until: float, blocked_until: float,
              collectors: int = 1) -> None:
        """The office's word (server heartbeat): this desk's share of the pace, the office's
        pause and block (epoch seconds), how many desks share the pace."""
        s = self.s
        self.collectors = max(1, collectors)
        if pause_until > max(s.pause_until, self.clock()):  # a new pause of the office's
            self._dephase = True
        s.rate = min(max(rate, self.policy.floor), s.ceiling)
        s.pause_until = max(s.pause_until, pause_until)
        s.blocked_until = max(s.blocked_until, blocked_until)
