"""`search [QUERY] [--platform A|B] [--category C] [--tag T] [--min-followers N] ...`."""

from __future__ import annotations

import argparse

from desktop.cli import CliContext
from desktop.commands._common import open_store
from desktop.commands.filters import add_search_filters, query_from_args
from shared_models.errors import InvalidValue
from shared_models.phones import display_phone
from shared_models.platforms import PLATFORMS, Platform
from shared_models.texts import join_lines, join_texts, user_text


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "search", parents=[common], help=user_text(
            "find accounts (name, handle, e-mail, phone, tags, "
            "notes; Korean too) with filters"),
        description=user_text(
            "Prints the matching accounts. The text matches anywhere in the name, "
            "handle, e-mail, phone (any format), tags and notes; every word must "
            "match. Korean names also match by their initial consonants (ㄱㅁㅈ "
            "finds 김민지) and with the last syllable half typed (김민ㅈ)."))
    add_search_filters(parser)
    parser.add_argument("--limit", type=int, default=50, help=user_text(
        "at most N rows (default 50; "
        "0 for all)"))
    parser.add_argument("--offset", type=int, default=0)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.limit < 0 or args.offset < 0:
        raise InvalidValue("limit", args.limit,
                           user_text("--limit and --offset cannot be negative."))
    query = query_from_args(args, offset=args.offset,
                            limit=None if args.limit == 0 else args.limit)
    with open_store(ctx) as store:
        result = store.search(query)
    rows = [r.to_dict() for r in result.rows]

    def human() -> str:
        if not rows:
            return user_text("No accounts match.")
        lines: list[str] = []
        for r in result.rows:
            headline = r.metrics.get(PLATFORMS[Platform(r.platform)].headline_metric)
            shown = f"{headline.value:>10,.0f}" if headline else " " * 10
            other = ", ".join(r.other_platform_handles)
            also = user_text("other: {handles}", handles=other) if other else ""
            lines.append(join_texts(
                [f"{r.name[:20]:<20} {r.platform} {r.handle[:24]:<24} {shown}  "
                 f"{display_phone(r.phone):<14} {r.email[:28]:<28} {r.category[:12]:<12} ",
                 also, f"  {r.id}"], ""))
        lines.append(user_text("{first}-{last} of {total}", first=f"{args.offset + 1:,}",
                               last=f"{args.offset + len(rows):,}",
                               total=f"{result.total:,}"))
        return join_lines(lines)

    ctx.emit(rows, human)
    return 0
