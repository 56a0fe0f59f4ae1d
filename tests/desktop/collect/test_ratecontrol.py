"""The rate controller's rules, on a clock the test controls."""

from __future__ import annotations

import json
from email.utils import formatdate

import pytest

from desktop.collect.errors import PlatformBlocked
from desktop.collect.ratecontrol import RateController, RatePolicy, RateState
from desktop.collect.transport import parse_retry_after


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def _controller(policy: RatePolicy | None = None, state: RateState | None = None,
                ) -> tuple[RateController, Clock]:
    clock = Clock()
    return RateController(policy or RatePolicy(), state=state, clock=clock), clock


def test_sends_are_paced_at_the_current_rate() -> None:
    controller, clock = _controller(RatePolicy(initial_rate=4.0))
    assert controller.reserve(clock.now) == 0.0
    assert controller.reserve(clock.now) == pytest.approx(0.25)
    clock.now += 0.25
    assert controller.reserve(clock.now) == 0.0


def test_slow_start_grows_until_the_first_429_then_backs_off_below_it() -> None:
    controller, clock = _controller(RatePolicy(initial_rate=2.0, ceiling=100.0))
    for _ in range(40):
        clock.now += 0.05
        controller.on_success()
    assert controller.s.rate > 8.0
    before = controller.s.rate
    controller.on_rate_limited(retry_after=None)
    assert controller.s.rate < before
    assert controller.s.limit_estimate is not None and controller.s.slow_start is False


def test_a_429_pauses_for_retry_after_and_slows_down_once_per_burst() -> None:
    controller, clock = _controller(RatePolicy(initial_rate=10.0),
                                    RateState(rate=10.0, ceiling=50.0, slow_start=False,
                                              limit_estimate=12.0, estimate_firm=True))
    controller.on_rate_limited(retry_after=3.0)
    slowed = controller.s.rate
    assert slowed == pytest.approx(9.0)
    controller.on_rate_limited(retry_after=3.0)  # another answer of the same burst
    assert controller.s.rate == slowed
    assert controller.reserve(clock.now) == pytest.approx(3.0)
    clock.now += 3.0
    assert controller.reserve(clock.now) == 0.0


def test_without_retry_after_the_own_back_off_doubles_while_429s_continue() -> None:
    controller, clock = _controller(RatePolicy(default_pause=1.0, max_limited_per_window=99))
    controller.on_rate_limited(None)
    first = controller.s.pause_until - clock.now
    clock.now = controller.s.pause_until
    controller.on_rate_limited(None)
    second = controller.s.pause_until - clock.now
    assert (first, second) == (1.0, 2.0)


def test_many_429s_in_a_window_halve_the_pace_and_pause_longer() -> None:
    policy = RatePolicy(max_limited_per_window=3, window_pause=15.0)
    controller, clock = _controller(policy, RateState(rate=8.0, ceiling=50.0))
    for _ in range(3):
        clock.now += 1.0
        controller.on_rate_limited(0.5)
    assert controller.s.rate < 4.0
    assert controller.s.pause_until - clock.now >= 15.0


def test_success_streaks_creep_back_up_but_never_above_the_ceiling() -> None:
    state = RateState(rate=5.0, ceiling=6.0, slow_start=False, limit_estimate=10.0,
                      estimate_firm=True)
    controller, clock = _controller(RatePolicy(ceiling=6.0), state)
    for _ in range(500):
        clock.now += 0.2
        controller.on_success()
    assert controller.s.rate == 6.0


def test_a_block_refuses_every_request_until_it_ends() -> None:
    controller, clock = _controller()
    controller.on_blocked(clock.now + 60)
    with pytest.raises(PlatformBlocked, match="blocked requests from this network until"):
        controller.reserve(clock.now + 59)
    assert controller.reserve(clock.now + 61) == 0.0


def test_a_block_without_an_end_time_lasts_the_default() -> None:
    controller, clock = _controller(RatePolicy(default_block=1800.0))
    controller.on_blocked(None)
    assert controller.s.blocked_until == clock.now + 1800.0


def test_the_state_is_a_plain_value_that_round_trips_through_json() -> None:
    controller, clock = _controller()
    controller.on_rate_limited(2.0)
    controller.on_blocked(clock.now + 100)
    stored = json.loads(json.dumps(controller.s.to_dict()))
    again = RateController(RatePolicy(), state=RateState.from_dict(stored), clock=clock)
    assert again.s.rate == controller.s.rate
    assert again.s.limit_estimate == controller.s.limit_estimate
    assert again.blocked()


def test_retry_after_is_read_in_both_forms() -> None:
    now = 1_700_000_000.0
    assert parse_retry_after("7", now) == 7.0
    assert parse_retry_after(formatdate(now + 30, usegmt=True), now) == pytest.approx(30.0)
    assert parse_retry_after(formatdate(now - 30, usegmt=True), now) == 0.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None


def test_in_an_office_run_each_429_is_told_with_the_office_pace_it_was_sent_at() -> None:
    controller, clock = _controller()
    controller.follower = True
    controller.adopt(2.0, 0.0, 0.0, collectors=3)  # this desk's share of 6/s
    pace = controller.sending()
    assert pace == pytest.approx(6.0)
    controller.adopt(1.0, 0.0, 0.0, collectors=3)  # the office slowed down meanwhile
    controller.on_rate_limited(1.0, sent_rate=pace)
    controller.on_rate_limited(None)  # a caller that does not know: the pace now
    _, limited, paces, _ = controller.feedback.drain()
    assert limited == [1.0, None] and paces == pytest.approx([6.0, 2.7])
    assert controller.s.pause_until == pytest.approx(clock.now + 1.0)  # at once, locally


def test_desks_leaving_the_offices_pause_together_do_not_send_together() -> None:
    starts = []
    for _ in range(20):
        controller, clock = _controller()
        controller.follower = True
        controller.adopt(1.0, clock.now + 2.0, 0.0, collectors=3)
        clock.now += 2.0
        starts.append(controller.reserve(clock.now))
    assert all(0.0 <= s < 1.0 for s in starts)  # within one interval of the pause's end
    assert len({round(s, 3) for s in starts}) > 10  # and not all at its first moment


def test_a_desk_collecting_alone_leaves_a_pause_at_once() -> None:
    controller, clock = _controller(RatePolicy(initial_rate=4.0))
    controller.on_rate_limited(1.0)
    clock.now += 1.0
    assert controller.reserve(clock.now) == 0.0


def test_heartbeats_without_a_pause_keep_the_desks_share_steady() -> None:
    controller, clock = _controller()
    controller.follower = True
    controller.adopt(2.0, clock.now, 0.0, collectors=3)
    clock.now += controller.reserve(clock.now)  # the start's random phase
    assert controller.reserve(clock.now) == 0.0
    sent = 1
    for _ in range(40):  # 10 s of heartbeats every 0.25 s, none with a pause
        clock.now += 0.25
        controller.adopt(2.0, clock.now, 0.0, collectors=3)
        while controller.reserve(clock.now) == 0.0:
            sent += 1
    assert sent == 21  # 2 requests/s, no delay added
