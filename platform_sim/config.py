"""The simulator's knobs: hidden rate limit, block policy, injected faults, data set size.

One plain dataclass so the command line, `POST /_sim/config` and `running_sim(**config)`
all speak the same names.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

RetryAfterForm = Literal["seconds", "http-date", "none", "mixed"]
RETRY_AFTER_FORMS: tuple[str, ...] = ("seconds", "http-date", "none", "mixed")
BlockStyle = Literal["json", "bare"]


@dataclass
class SimConfig:
    seed: int = 1
    # Hidden per-client-IP limit: a token bucket of `burst` tokens refilled at `rate`/s.
    # rate <= 0 switches limiting off.
    rate: float = 0.0
    burst: int = 5
    retry_after: RetryAfterForm = "seconds"
    # Block policy: `block_after` 429s within `block_window` seconds -> 403 for `block_seconds`.
    # block_after <= 0 switches blocking off.
    block_after: int = 20
    block_window: float = 60.0
    block_seconds: float = 300.0
    # "json": 403 {"error": "blocked", "until": ISO}; "bare": 403 with an empty body.
    block_style: BlockStyle = "json"
    # Faults, decided by a hash of (seed, path, attempt), so a retry can succeed.
    error_rate: float = 0.0  # share of answers that are 503
    malformed_rate: float = 0.0  # share of 200s whose body breaks the schema
    latency: float = 0.0  # seconds added to every platform answer
    # Handles (either platform) that always fail: {"handle": "error" | "malformed"}.
    broken_handles: dict[str, str] = field(default_factory=dict)
    # Data set size.
    profiles: int = 200  # per platform, including the missing ones
    posts_per_profile: int = 5
    comments_per_post: int = 30
    # > 0: comment authors come from only the first N Platform A handles (a fixed pool of
    # commenters who write many comments each); 0: from every handle.
    commenter_pool: int = 0
    missing_share: float = 0.05  # handles listed in the data set that answer 404
    # The public sites whose URLs appear in comments.
    web_base_a: str = "https://a.example.com"
    web_base_b: str = "https://b.example.com"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def updated(self, changes: dict[str, Any]) -> SimConfig:
        """A copy with `changes` applied; unknown names or bad values raise ValueError."""
        known = {f.name: f for f in fields(self)}
        values = self.to_dict()
        for name, value in changes.items():
            if name not in known:
                raise ValueError(f"unknown setting {name!r}")
            values[name] = value
        config = SimConfig(**values)
        config.validate()
        return config

    def validate(self) -> None:
        if self.retry_after not in RETRY_AFTER_FORMS:
            raise ValueError(f"retry_after must be one of {RETRY_AFTER_FORMS}")
        if self.block_style not in ("json", "bare"):
            raise ValueError("block_style must be 'json' or 'bare'")
        if self.burst < 1:
            raise ValueError("burst must be at least 1")
        for name in ("error_rate", "malformed_rate", "missing_share"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1")
        for handle, kind in self.broken_handles.items():
            if kind not in ("error", "malformed"):
                raise ValueError(f"broken_handles[{handle!r}] must be 'error' or 'malformed'")

    @property
    def data_shape(self) -> tuple[Any, ...]:
        """What the generated data set depends on (a change regenerates it)."""
        return (self.seed, self.profiles, self.posts_per_profile, self.comments_per_post,
                self.missing_share, self.web_base_a, self.web_base_b, self.commenter_pool)
