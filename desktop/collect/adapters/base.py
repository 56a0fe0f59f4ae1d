"""The one interface every platform adapter offers (shipped or plugged in).

An adapter turns a handle into metric values, a post into its status and (where the
platform has them) a post's comments into pages. It raises `NotFound` (the profile does not
exist), `PlatformBlocked` (stop this platform) or `ItemFailed` (this item only, with a
sentence saying why). Pacing, retries and block detection live in `HostClient` and the
`RateController`, so a third-party adapter gets them by calling `self.get_json`.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

import httpx

from desktop.collect.ratecontrol import RateController
from desktop.collect.transport import Fetched, HostClient
from desktop.settings import PlatformBases
from shared_models.platforms import PLATFORMS, Platform

PostState = Literal["public", "private", "restricted", "deleted", "not_found"]


@dataclass(frozen=True)
class ProfileMetrics:
    handle: str
    display_name: str
    metrics: dict[str, float]  # metric name (shared_models.records.METRICS) -> value


@dataclass(frozen=True)
class PostStatus:
    post_id: str
    handle: str
    state: PostState
    title: str = ""
    published_at: str | None = None


@dataclass(frozen=True)
class Comment:
    id: str
    author_handle: str | None
    author_name: str
    text: str
    created_at: str


@dataclass(frozen=True)
class CommentsPage:
    comments: list[Comment] = field(default_factory=list)
    next_cursor: str | None = None


class PlatformAdapter(ABC):
    """Subclass per platform; register it in the `influencer_desk.platforms` entry points."""

    platform: ClassVar[Platform]
    metrics: ClassVar[tuple[str, ...]]  # what `profile_metrics` fills in
    has_comments: ClassVar[bool] = False

    def __init__(self, bases: PlatformBases, controller: RateController | None = None, *,
                 http: httpx.AsyncClient | None = None,
                 cancelled: Callable[[], bool] | None = None) -> None:
        self.bases = bases
        self.label = PLATFORMS[self.platform].label
        self.controller = controller or RateController(label=self.label)
        self.host = HostClient(bases.api_base, self.controller, label=self.label, http=http,
                               cancelled=cancelled)

    async def get_json(self, path: str, params: dict[str, Any] | None = None) -> Fetched:
        return await self.host.get_json(path, params)

    @abstractmethod
    async def profile_metrics(self, handle: str) -> ProfileMetrics:
        """The profile's current metric values; NotFound when it does not exist."""

    @abstractmethod
    async def post_status(self, handle: str, post_id: str) -> PostStatus:
        """Whether the post is public, private, restricted, deleted or unknown."""

    async def comments_page(self, handle: str, post_id: str, cursor: str | None = None,
                            limit: int = 100) -> CommentsPage:
        """One page of a post's comments (platforms without comments raise)."""
        raise NotImplementedError(f"{self.label} has no comments to collect.")

    async def aclose(self) -> None:
        await self.host.aclose()

    async def __aenter__(self) -> PlatformAdapter:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
