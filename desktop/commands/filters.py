"""The search filters as command-line flags, shared by `search` and `export`.

`add_search_filters(parser)` adds QUERY and the filter flags; `query_from_args(args)` turns
them into the store's SearchQuery. One definition, so `export` always exports exactly what
the same `search` shows.
"""

from __future__ import annotations

import argparse

from desktop.store import SearchQuery
from shared_models.texts import user_text


def add_search_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", nargs="?", default="", metavar="QUERY",
                        help=user_text(
                            "text to find in the name, handle, e-mail, phone, tags or notes"))
    parser.add_argument("--platform", metavar="A|B")
    parser.add_argument("--category")
    parser.add_argument("--tag")
    parser.add_argument("--min-followers", type=float, metavar="N")
    parser.add_argument("--max-followers", type=float, metavar="N")
    parser.add_argument("--min-visitors", type=float, metavar="N",
                        help=user_text("daily visitors at least N"))
    parser.add_argument("--max-visitors", type=float, metavar="N")
    parser.add_argument("--stale-hours", type=float, metavar="H",
                        help=user_text("only accounts whose latest metrics are older than H hours "
                                       "(or that have none)"))
    parser.add_argument("--deleted", action="store_true",
                        help=user_text("the deleted accounts instead"))
    parser.add_argument("--sort", default="name",
                        help=user_text(
                            "a column (name, handle, platform, email, category, ...) or a "
                            "metric (followers, daily_visitors, ...)"))
    parser.add_argument("--desc", action="store_true", help=user_text("largest first"))


def query_from_args(args: argparse.Namespace, *, limit: int | None = None,
                    offset: int = 0) -> SearchQuery:
    metric_min = {k: v for k, v in (("followers", args.min_followers),
                                    ("daily_visitors", args.min_visitors)) if v is not None}
    metric_max = {k: v for k, v in (("followers", args.max_followers),
                                    ("daily_visitors", args.max_visitors)) if v is not None}
    return SearchQuery(text=args.query, platform=args.platform, category=args.category,
                       tag=args.tag, metric_min=metric_min, metric_max=metric_max,
                       stale_hours=args.stale_hours, deleted=args.deleted, sort=args.sort,
                       descending=args.desc, offset=offset, limit=limit)
