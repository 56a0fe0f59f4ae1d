"""Reports over the platforms: Platform A comment analysis and Platform A/B post verification.

Services for the window, the CLI and tests (no Qt here):

    analysis = analyze_comments(store, post_urls, ctx, out_path=..., fresh_hours=24)
    result = verify_posts(store, in_path, out_path, ctx)

Both use the collection engine's adapters and rate controllers (`desktop.collect`).
"""

from desktop.reports.comments import analyze_comments
from desktop.reports.comments_result import CommentAnalysis
from desktop.reports.inputs import ColumnNotFound, column_values
from desktop.reports.urls import FoundUrl, UrlKind, find_urls
from desktop.reports.verify import verify_posts
from desktop.reports.verify_input import VerifyInputError
from desktop.reports.verify_result import STATUSES, VerifyResult

__all__ = [
    "STATUSES",
    "ColumnNotFound",
    "CommentAnalysis",
    "FoundUrl",
    "UrlKind",
    "VerifyInputError",
    "VerifyResult",
    "analyze_comments",
    "column_values",
    "find_urls",
    "verify_posts",
]
