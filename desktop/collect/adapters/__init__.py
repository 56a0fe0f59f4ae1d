"""Platform adapters: the interface and the two shipped ones (entry points point here)."""

from desktop.collect.adapters.base import (
    Comment,
    CommentsPage,
    PlatformAdapter,
    PostStatus,
    ProfileMetrics,
)
from desktop.collect.adapters.platform_a import PlatformAAdapter
from desktop.collect.adapters.platform_b import PlatformBAdapter

__all__ = [
    "Comment",
    "CommentsPage",
    "PlatformAAdapter",
    "PlatformAdapter",
    "PlatformBAdapter",
    "PostStatus",
    "ProfileMetrics",
]
