"""Platform A (blog-like) as the contract describes it."""

from __future__ import annotations

from urllib.parse import quote

from desktop.collect.adapters.base import (
    Comment,
    CommentsPage,
    PlatformAdapter,
    PostStatus,
    ProfileMetrics,
)
from desktop.collect.errors import NotFound
from desktop.collect.schemas import ACommentsPage, APost, AProfile, validate
from shared_models.platforms import PLATFORMS, Platform
from shared_models.texts import user_text

MAX_COMMENT_PAGE = 100


class PlatformAAdapter(PlatformAdapter):
    platform = Platform.A
    metrics = PLATFORMS[Platform.A].metrics
    has_comments = True

    async def profile_metrics(self, handle: str) -> ProfileMetrics:
        fetched = await self.get_json(f"/a/v1/profiles/{quote(handle, safe='')}")
        if fetched.status != 200:
            raise NotFound(user_text("{platform} has no profile '{handle}'.",
                                     platform=self.label, handle=handle))
        body = validate(AProfile, fetched.body, self.label, "profile")
        return ProfileMetrics(body.handle, body.display_name,
                              {m: float(getattr(body, m)) for m in self.metrics})

    async def post_status(self, handle: str, post_id: str) -> PostStatus:
        fetched = await self.get_json(
            f"/a/v1/posts/{quote(handle, safe='')}/{quote(post_id, safe='')}")
        if fetched.status != 200:
            return PostStatus(post_id, handle, "deleted" if fetched.status == 410 else "not_found")
        body = validate(APost, fetched.body, self.label, "post")
        return PostStatus(body.post_id, body.handle, body.visibility, body.title,
                          body.published_at)

    async def comments_page(self, handle: str, post_id: str, cursor: str | None = None,
                            limit: int = MAX_COMMENT_PAGE) -> CommentsPage:
        params: dict[str, str | int] = {"limit": max(1, min(limit, MAX_COMMENT_PAGE))}
        if cursor:
            params["cursor"] = cursor
        fetched = await self.get_json(
            f"/a/v1/posts/{quote(handle, safe='')}/{quote(post_id, safe='')}/comments", params)
        if fetched.status != 200:
            raise NotFound(user_text("{platform} post {handle}/{post_id} is deleted or does not "
                                     "exist.", platform=self.label, handle=handle,
                                     post_id=post_id))
        body = validate(ACommentsPage, fetched.body, self.label, "comments")
        return CommentsPage([Comment(c.id, c.author_handle, c.author_name, c.text, c.created_at)
                             for c in body.comments], body.next_cursor)
