"""The office's pace learner against what a shared run really tells it: answers that reach
it a heartbeat late and in batches, each 429 with the pace its request was sent at."""

from __future__ import annotations

import pytest

from shared_models.pace import PaceLearner, RateState
from sync_api.collect.pace import OFFICE_POLICY

BEAT = 0.3  # seconds between a desk's heartbeats


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0
        self.owed = 0.0  # answers due at the next heartbeat

    def __call__(self) -> float:
        return self.now


def _learner(state: RateState | None = None) -> tuple[PaceLearner, Clock]:
    clock = Clock()
    return PaceLearner(OFFICE_POLICY, state, clock=clock), clock


def _beats(learner: PaceLearner, clock: Clock, seconds: float) -> None:
    """Heartbeats carrying the successes of the last beat at the pace of that time."""
    for _ in range(max(1, round(seconds / BEAT))):
        clock.owed += learner.s.rate * BEAT
        clock.now += BEAT
        for _ in range(int(clock.owed)):
            learner.on_success(clock.now)
        clock.owed -= int(clock.owed)


def _slow_start_to(learner: PaceLearner, clock: Clock, rate: float) -> None:
    while learner.s.rate < rate:
        _beats(learner, clock, BEAT)


def test_a_late_429_is_judged_by_the_pace_its_request_was_sent_at() -> None:
    learner, clock = _learner()
    _slow_start_to(learner, clock, 16.0)
    at_eight = clock.now
    _slow_start_to(learner, clock, 32.0)  # the 429 of a request sent at 16 arrives late
    assert clock.now - at_eight < 1.0
    learner.on_rate_limited(1.0, clock.now, sent_rate=16.0)
    s = learner.s
    assert s.limit_estimate == pytest.approx(8.0)  # the highest pace that had no 429
    assert s.rate == pytest.approx(8.0) and not s.slow_start and not s.estimate_firm
    assert s.pause_until == pytest.approx(clock.now + 1.0)  # Retry-After still honoured


def test_without_the_sent_pace_the_estimate_is_the_pace_the_answer_arrived_at() -> None:
    """What an older desk (no `limited_pace`) gets: the lagged pace, as before."""
    learner, clock = _learner()
    _slow_start_to(learner, clock, 32.0)
    learner.on_rate_limited(1.0, clock.now)
    assert learner.s.limit_estimate is not None and learner.s.limit_estimate >= 16.0


def test_429s_sent_before_the_decrease_do_not_lower_the_pace_again() -> None:
    learner, clock = _learner()
    _slow_start_to(learner, clock, 32.0)
    learner.on_rate_limited(1.0, clock.now, sent_rate=16.0)
    rate, estimate = learner.s.rate, learner.s.limit_estimate
    clock.now += BEAT
    for _ in range(3):  # the rest of the volley sent at 16
        learner.on_rate_limited(1.0, clock.now, sent_rate=16.0)
    assert (learner.s.rate, learner.s.limit_estimate) == (rate, estimate)
    assert learner.s.limited == 4  # still counted (and paused for)
    assert learner.s.pause_until == pytest.approx(clock.now + 1.0)


def test_the_climb_from_the_first_estimate_settles_between_it_and_the_overshoot() -> None:
    learner, clock = _learner()
    _slow_start_to(learner, clock, 8.0)
    learner.on_rate_limited(1.0, clock.now, sent_rate=8.0)
    first = learner.s.limit_estimate
    assert first is not None and first <= 4.0 and not learner.s.estimate_firm
    clock.now += 1.0
    _beats(learner, clock, 12.0)  # no 429 for a while: the limit is higher, climb
    climbed = learner.s.rate
    assert climbed > first * 1.1
    learner.on_rate_limited(1.0, clock.now, sent_rate=climbed)
    s = learner.s
    assert s.estimate_firm and first < s.limit_estimate < climbed  # type: ignore[operator]
    assert s.rate < s.limit_estimate  # type: ignore[operator]


def test_a_first_estimate_that_overshoots_at_once_is_halved_geometrically() -> None:
    learner, clock = _learner()
    _slow_start_to(learner, clock, 8.0)
    learner.on_rate_limited(1.0, clock.now, sent_rate=8.0)
    first = learner.s.limit_estimate
    assert first is not None
    clock.now += 1.5  # its 429 comes soon: that pace was too fast already
    learner.on_rate_limited(1.0, clock.now, sent_rate=first)
    assert learner.s.limit_estimate == pytest.approx(first / 2 ** 0.5)
    assert not learner.s.estimate_firm


def test_one_429_at_the_starting_pace_does_not_end_slow_start() -> None:
    """Desks that start together send their first requests at the same moment."""
    learner, clock = _learner()
    learner.on_rate_limited(1.0, clock.now, sent_rate=2.0)
    assert learner.s.slow_start and learner.s.limit_estimate is None
    learner.on_rate_limited(1.0, clock.now + 1.0, sent_rate=2.0)
    assert not learner.s.slow_start  # a second one is the limit


def test_a_firm_estimate_falls_below_a_429_under_it_and_stays_after_one_over_it() -> None:
    state = RateState(rate=8.4, ceiling=50.0, limit_estimate=8.0, estimate_firm=True,
                      slow_start=False)
    learner, clock = _learner(state)
    learner.on_rate_limited(1.0, clock.now, sent_rate=8.4)  # crept past it: it was right
    assert learner.s.limit_estimate == pytest.approx(8.0)
    assert learner.s.rate == pytest.approx(8.0 * OFFICE_POLICY.plateau)
    clock.now += 10.0
    learner.on_rate_limited(1.0, clock.now, sent_rate=learner.s.rate)  # under it: too high
    assert learner.s.limit_estimate < 8.0 * OFFICE_POLICY.plateau  # type: ignore[operator]
