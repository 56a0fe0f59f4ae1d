"""`search [QUERY] [--platform A|B] [--category C] [--tag T] [--min-followers N] ...`."""

from __future__ import annotations

import argparse

from desktop.cli import CliContext
from desktop.commands._common import open_store
from desktop.store import SearchQuery
from shared_models.errors import InvalidValue


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "search", parents=[common], help="find accounts (name, handle, e-mail, phone, tags, "
                                         "notes; Korean too) with filters",
        description="Prints the matching accounts. The text matches anywhere in the name, "
                    "handle, e-mail, phone (any format), tags and notes; every word must "
                    "match.")
    parser.add_argument("query", nargs="?", default="", metavar="QUERY")
    parser.add_argument("--platform", metavar="A|B")
    parser.add_argument("--category")
    parser.add_argument("--tag")
    parser.add_argument("--min-followers", type=float, metavar="N")
    parser.add_argument("--max-followers", type=float, metavar="N")
    parser.add_argument("--min-visitors", type=float, metavar="N",
                        help="daily visitors at least N")
    parser.add_argument("--max-visitors", type=float, metavar="N")
    parser.add_argument("--stale-hours", type=float, metavar="H",
                        help="only accounts whose latest metrics are older than H hours "
                             "(or that have none)")
    parser.add_argument("--deleted", action="store_true",
                        help="search the deleted accounts instead")
    parser.add_argument("--sort", default="name",
                        help="a column (name, handle, platform, email, category, ...) or a "
                             "metric (followers, daily_visitors, ...)")
    parser.add_argument("--desc", action="store_true", help="largest first")
    parser.add_argument("--limit", type=int, default=50, help="at most N rows (default 50; "
                                                              "0 for all)")
    parser.add_argument("--offset", type=int, default=0)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.limit < 0 or args.offset < 0:
        raise InvalidValue("limit", args.limit, "--limit and --offset cannot be negative.")
    metric_min = {k: v for k, v in (("followers", args.min_followers),
                                    ("daily_visitors", args.min_visitors)) if v is not None}
    metric_max = {k: v for k, v in (("followers", args.max_followers),
                                    ("daily_visitors", args.max_visitors)) if v is not None}
    query = SearchQuery(text=args.query, platform=args.platform, category=args.category,
                        tag=args.tag, metric_min=metric_min, metric_max=metric_max,
                        stale_hours=args.stale_hours, deleted=args.deleted, sort=args.sort,
                        descending=args.desc, offset=args.offset,
                        limit=None if args.limit == 0 else args.limit)
    with open_store(ctx) as store:
        result = store.search(query)
    rows = [r.to_dict() for r in result.rows]

    def human() -> str:
        if not rows:
            return "No accounts match."
        lines = []
        for r in result.rows:
            headline = r.metrics.get("daily_visitors" if r.platform == "A" else "followers")
            shown = f"{headline.value:>10,.0f}" if headline else " " * 10
            other = ", ".join(r.other_platform_handles)
            lines.append(f"{r.name[:20]:<20} {r.platform} {r.handle[:24]:<24} {shown}  "
                         f"{r.phone:<14} {r.email[:28]:<28} {r.category[:12]:<12} "
                         f"{'other: ' + other if other else ''}  {r.id}")
        shown_to = args.offset + len(rows)
        lines.append(f"{args.offset + 1}-{shown_to} of {result.total}")
        return "\n".join(lines)

    ctx.emit(rows, human)
    return 0
