"""Platform B (social) as the contract describes it."""

from __future__ import annotations

from urllib.parse import quote

from desktop.collect.adapters.base import PlatformAdapter, PostStatus, ProfileMetrics
from desktop.collect.errors import NotFound
from desktop.collect.schemas import BPost, BProfile, validate
from shared_models.platforms import PLATFORMS, Platform
from shared_models.texts import user_text


class PlatformBAdapter(PlatformAdapter):
    platform = Platform.B
    metrics = PLATFORMS[Platform.B].metrics

    async def profile_metrics(self, handle: str) -> ProfileMetrics:
        fetched = await self.get_json(f"/b/v1/users/{quote(handle, safe='')}")
        if fetched.status != 200:
            raise NotFound(user_text("{platform} has no profile '{handle}'.",
                                     platform=self.label, handle=handle))
        body = validate(BProfile, fetched.body, self.label, "profile")
        return ProfileMetrics(body.handle, body.display_name,
                              {m: float(getattr(body, m)) for m in self.metrics})

    async def post_status(self, handle: str, post_id: str) -> PostStatus:
        fetched = await self.get_json(f"/b/v1/media/{quote(post_id, safe='')}")
        if fetched.status != 200:
            return PostStatus(post_id, handle, "deleted" if fetched.status == 410 else "not_found")
        body = validate(BPost, fetched.body, self.label, "post")
        return PostStatus(body.post_id, body.handle, body.visibility, "", body.published_at)
