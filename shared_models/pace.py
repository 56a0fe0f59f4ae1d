"""Learning the pace a platform host tolerates, from what it answers (see DESIGN.md).

The learning half of the desktop's rate controller, apart from sending: the desktop's
`RateController` adds the token bucket that admits requests; the sync service runs the same
learner for the whole office (one per platform), fed by every collecting desktop's answers,
because all desks leave through one IP and the platform counts them as one client.

* slow start: from the initial (or learned) pace, grow by a factor every round of successes
  until the host first says 429;
* on a 429: remember the pace it happened at (`limit_estimate`), drop below it
  (multiplicative decrease, and never above the pace the host actually accepted lately),
  and pause for `Retry-After` (seconds or HTTP-date) or an own doubling back-off;
* after that: close the gap to just under the remembered limit quickly, then creep up
  slowly (additive increase), so the pace sits just under the limit most of the time and
  probes above it rarely; if it creeps well past the old limit without a 429, the limit
  was raised and slow start resumes;
* too many 429s in a minute: halve and pause longer (what turns into a block never comes);
* a block: nothing is sent until it ends.

The office's learner hears answers a heartbeat late, so desks tell it the pace each 429'd
request was sent at (`sent_rate`); such a 429 is judged by that pace and the learner's short
pace history (`_lower_to_sent_pace`), and one sent before the last decrease lowers nothing.

A round is about `round_seconds` worth of successes at the current pace, so the growth per
second is the same at any pace. Times are epoch seconds (`time.time`) so a stored state
means the same after a restart (and on another machine).
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from typing import Any

# The paces (requests/s) a user may set as a platform's ceiling; the slowest is also the
# learner's floor.
MIN_PACE = 0.05
MAX_PACE = 1000.0


@dataclass(frozen=True)
class RatePolicy:
    initial_rate: float = 1.0  # requests/s when nothing was learned yet
    ceiling: float = 50.0  # never faster than this
    floor: float = MIN_PACE
    slow_start_factor: float = 1.5
    backoff: float = 0.9  # multiplicative decrease on a 429
    plateau: float = 0.94  # share of the remembered limit to return to quickly
    approach: float = 0.5  # share of the gap to the plateau closed per round
    creep: float = 0.003  # growth per round between the plateau and the remembered limit
    max_creep: float = 0.05  # growth per round, at most, past the remembered limit
    relearn_above: float = 2.0  # this far past the old limit without a 429: slow start again
    round_seconds: float = 1.0
    slow_start_round_seconds: float = 0.5
    accept_window: float = 4.0  # seconds of successes that estimate what the host accepts
    default_pause: float = 1.0  # a 429 without Retry-After; doubles while 429s continue
    max_pause: float = 600.0
    window_seconds: float = 60.0  # per-window accounting of 429s
    max_limited_per_window: int = 6  # reaching this many halves the pace and pauses longer
    window_pause: float = 15.0
    default_block: float = 1800.0  # a block signal without an end time
    max_concurrency: int = 8
    # On the first 429 of slow start, take the previous round's pace as the estimate (not
    # the measured accepted rate): answers that arrive in batches (the office's learner
    # hears them a heartbeat late) and the host's burst make the measurement too high.
    previous_round_on_overshoot: bool = False
    # When 429s come with the pace their request was sent at (the office's learner):
    # the first 429 of slow start makes the pace `probe_lookback` seconds before it (the
    # highest pace with no 429 that had time to show one) the estimate, not firm; the pace
    # then climbs by `probe_growth` per round until the next 429, whose estimate is again
    # the pace `probe_lookback` before it; after that, each 429 lowers the estimate a bit.
    probe_growth: float = 0.0  # the office's learner: 0.03
    probe_lookback: float = 1.0  # seconds: the host's burst hides an overshoot this long


@dataclass
class RateState:
    """The learned pace of one platform host (stored per platform between runs)."""

    rate: float
    ceiling: float
    limit_estimate: float | None = None  # the pace at which the host last answered 429
    estimate_firm: bool = False  # False: only a lower bound (slow start overshot past it)
    slow_start: bool = True
    pause_until: float = 0.0  # Retry-After / own back-off (epoch seconds)
    blocked_until: float = 0.0  # epoch seconds; 0 = not blocked
    streak: int = 0  # successes since the pace last changed
    consecutive_limited: int = 0
    requests: int = 0
    limited: int = 0
    updated_at: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RateState:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass
class PaceLearner:
    policy: RatePolicy = field(default_factory=RatePolicy)
    state: RateState | None = None
    clock: Callable[[], float] = time.time

    def __post_init__(self) -> None:
        if self.state is None:
            self.state = RateState(rate=self.policy.initial_rate, ceiling=self.policy.ceiling)
        self.state.ceiling = self.policy.ceiling  # the configured ceiling, raised or lowered
        self.state.rate = min(max(self.state.rate, self.policy.floor), self.state.ceiling)
        self.state.streak = 0
        self._successes: deque[float] = deque()
        self._limited_times: deque[float] = deque()
        self._last_decrease = 0.0
        self._rounds_above = 0
        self._started = self.clock()
        self._history: deque[tuple[float, float]] = deque([(self._started, self.state.rate)])
        self._probe_started = 0.0  # when the climb from the slow start's estimate began
        self._forgiven = False

    @property
    def s(self) -> RateState:
        assert self.state is not None
        return self.state

    def blocked(self, now: float | None = None) -> bool:
        return self.s.blocked_until > (self.clock() if now is None else now)

    # -- feedback ---------------------------------------------------------------------

    def on_success(self, now: float | None = None) -> None:
        now = self.clock() if now is None else now
        s, p = self.s, self.policy
        self._successes.append(now)
        while self._successes and self._successes[0] < now - p.accept_window:
            self._successes.popleft()
        s.consecutive_limited = 0
        s.streak += 1
        s.updated_at = now
        round_seconds = p.slow_start_round_seconds if s.slow_start else p.round_seconds
        if s.streak < max(2.0, s.rate * round_seconds):
            return
        s.streak = 0
        estimate = s.limit_estimate
        if s.slow_start or estimate is None:
            s.rate *= p.slow_start_factor
        elif s.rate < p.plateau * estimate:
            gap = p.plateau * estimate - s.rate
            s.rate += max(gap * p.approach, s.rate * p.creep)
        elif s.rate < estimate and s.estimate_firm:
            s.rate *= 1.0 + p.creep  # just under the last 429: probe gently
            self._rounds_above = 0
        else:
            # Past the last 429 without a new one: the estimate was low or the limit rose.
            self._rounds_above += 1
            growth = min(p.creep * (1 + self._rounds_above), p.max_creep)
            if not s.estimate_firm:
                growth = max(growth, p.probe_growth)  # climbing from the slow start's 429
            s.rate *= 1.0 + growth
            if s.rate > p.relearn_above * estimate:
                s.limit_estimate = None  # the host accepts far more now: learn it again
                s.slow_start = True
        s.rate = min(s.rate, s.ceiling)
        self._changed(now)

    def on_rate_limited(self, retry_after: float | None, now: float | None = None,
                        sent_rate: float | None = None) -> None:
        """The host answered 429; `retry_after` in seconds from now, if it said;
        `sent_rate`, when known, the pace the refused request was sent at."""
        now = self.clock() if now is None else now
        s, p = self.s, self.policy
        pause = self._count_limited(retry_after, now)
        if sent_rate is not None and sent_rate > 0 and math.isfinite(sent_rate):
            self._lower_to_sent_pace(now, sent_rate)
        # One decrease per burst of answers: requests already in flight also come back 429.
        elif now - self._last_decrease >= max(0.5, 2.0 / s.rate):
            self._last_decrease = now
            level = s.rate
            accepted = self._accepted_rate(now) if s.slow_start else None
            if s.slow_start and p.previous_round_on_overshoot:
                # The round before the last growth went through whole; what got through
                # since is inflated by the host's burst allowance: the lower of the two.
                previous = max(p.floor, level / p.slow_start_factor)
                accepted = previous if accepted is None else min(accepted, previous)
            if accepted is not None:  # slow start overshoots: trust what got through
                level = min(level, max(accepted, level * 0.5))
            elif s.limit_estimate is not None and level > s.limit_estimate:
                # Above the old estimate: the limit lies between the two.
                level = (level + s.limit_estimate) / 2
            self._rounds_above = 0
            s.estimate_firm = accepted is None
            s.limit_estimate = level
            s.slow_start = False
            s.rate = max(p.floor, level * p.backoff)
        if len(self._limited_times) >= p.max_limited_per_window:
            s.rate = max(p.floor, s.rate * 0.5)
            pause = max(pause, p.window_pause)
            self._limited_times.clear()
        s.pause_until = max(s.pause_until, now + pause)
        self._changed(now)

    def _count_limited(self, retry_after: float | None, now: float) -> float:
        """Count a 429; the pause it asks for (Retry-After, or the own doubling back-off)."""
        s, p = self.s, self.policy
        s.limited += 1
        s.streak = 0
        s.updated_at = now
        self._limited_times.append(now)
        while self._limited_times and self._limited_times[0] < now - p.window_seconds:
            self._limited_times.popleft()
        if retry_after is None:
            pause = min(p.max_pause, p.default_pause * 2 ** s.consecutive_limited)
        else:
            pause = min(max(retry_after, 0.0), p.max_pause)
        s.consecutive_limited += 1
        return pause

    def _lower_to_sent_pace(self, now: float, sent: float) -> None:
        """A 429 whose request was sent at pace `sent` (answers reach the office's learner
        late and in batches, so the pace now says little about the pace that overshot)."""
        s, p = self.s, self.policy
        stale = not s.slow_start and sent > s.rate * 1.001
        if s.slow_start and sent <= p.initial_rate and not self._forgiven:
            # Desks starting together send their first requests at once: one 429 at the
            # starting pace is that, not the limit (a second one is).
            self._forgiven = stale = True
        if stale:  # sent before the last decrease: already answered by it
            return
        self._rounds_above = 0
        estimate = s.limit_estimate
        if s.slow_start or estimate is None:
            # The highest pace with no 429 (the round before the one that overshot,
            # or earlier: the host's burst hides an overshoot for a while).
            level = max(p.floor, min(sent / p.slow_start_factor,
                                     self._pace_at(now - p.probe_lookback)))
            s.estimate_firm = False
            rate = level
            self._probe_started = now
        elif not s.estimate_firm and now - self._probe_started < 4 * p.probe_lookback:
            # That pace overshot too: halfway (geometrically) down to the round before.
            level = max(p.floor, estimate / math.sqrt(p.slow_start_factor))
            rate = level
            self._probe_started = now
        elif not s.estimate_firm:
            # Climbing from that pace: the limit lies between it and the pace the
            # climb had a while before the 429 (the overshoot is small, so the burst
            # hides it longer): the middle.
            overshot = min(sent, self._pace_at(now - 3 * p.probe_lookback))
            level = max(estimate, (estimate + overshot) / 2)
            s.estimate_firm = True
            rate = level * p.plateau
        elif sent > estimate:
            level = estimate  # crept past the estimate: it was right
            rate = level * p.plateau
        else:
            level = sent * p.backoff ** 0.5  # under the estimate: it was too high
            rate = level * p.plateau
        s.limit_estimate = level
        s.slow_start = False
        s.rate = max(p.floor, min(rate, s.ceiling))

    def _pace_at(self, when: float) -> float:
        """The pace in effect at `when` (as far as the short history goes back)."""
        pace = self.s.rate
        for at, rate in reversed(self._history):
            pace = rate
            if at <= when:
                break
        return pace

    def _changed(self, now: float) -> None:
        history = self._history
        if not history or history[-1][1] != self.s.rate:
            history.append((now, self.s.rate))
        while len(history) > 2 and history[1][0] < now - 30.0:
            history.popleft()

    def note_block(self, until: float | None, now: float | None = None) -> float:
        """The host blocks this client; returns when the block ends (epoch seconds)."""
        now = self.clock() if now is None else now
        s, p = self.s, self.policy
        s.blocked_until = max(s.blocked_until, until if until and until > now
                              else now + p.default_block)
        s.rate = max(p.floor, s.rate * 0.5)
        s.limit_estimate = s.rate / p.backoff
        s.slow_start = False
        s.updated_at = now
        return s.blocked_until

    def _accepted_rate(self, now: float) -> float | None:
        first = self._successes[0] if self._successes else now
        window = min(self.policy.accept_window, now - max(self._started, first))
        if window < 1.0:
            return None
        recent = sum(1 for t in self._successes if t >= now - window)
        return recent / window
