"""`conflicts` (open conflicts) and `conflicts resolve ID --keep mine|theirs`."""

from __future__ import annotations

import argparse
import json

from desktop.cli import CliContext
from desktop.commands._common import open_store
from desktop.store.conflicts import DELETED_FIELD
from desktop.store.models import StoredConflict
from shared_models.records import label_of
from shared_models.sync import Resolution
from shared_models.texts import Text, join_lines, user_text


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "conflicts", parents=[common],
        help=user_text("fields changed here and elsewhere at once: list them, or resolve one"))
    parser.add_argument("--all", action="store_true", help=user_text("include resolved ones"))
    parser.set_defaults(func=run_list)
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    resolve = actions.add_parser(
        "resolve", parents=[common], help=user_text("keep your value (a new edit) or the server's"))
    resolve.add_argument("id", help=user_text("the conflict id (or its first characters)"))
    resolve.add_argument("--keep", required=True, choices=[r.value for r in Resolution])
    resolve.set_defaults(func=run_resolve)


def _show(value: object) -> str:
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)


_SIDES: dict[str, Text] = {Resolution.MINE: user_text("mine"),
                           Resolution.THEIRS: user_text("the server's")}


def _field(conflict: StoredConflict) -> str:
    """The field as users name it; a deletion on one side is a field of its own."""
    if conflict.field == DELETED_FIELD:
        return user_text("deleted elsewhere")
    return label_of(conflict.entity, conflict.field)


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    with open_store(ctx) as store:
        found = store.conflicts(include_resolved=args.all)

    def human() -> str:
        if not found:
            return user_text("No open conflicts.")
        lines: list[str] = []
        for c in found:
            lines.append(user_text(
                "{id}  {what}: {field}: yours {yours}, server's {theirs}  ({when})",
                id=str(c.id)[:8], what=c.label or str(c.record_id), field=_field(c),
                yours=_show(c.your_value), theirs=_show(c.server_value),
                when=c.created_at.isoformat(timespec="minutes")))
            if c.resolution:
                lines.append(user_text("          resolved: kept {side}",
                                       side=_SIDES.get(c.resolution, c.resolution)))
            if c.reason:
                lines.append(user_text("          {reason}", reason=c.reason))
        lines.append(user_text("Resolve with: influencer-desk conflicts resolve ID --keep "
                               "mine|theirs"))
        return join_lines(lines)

    ctx.emit([c.to_dict() for c in found], human)
    return 0


def run_resolve(args: argparse.Namespace, ctx: CliContext) -> int:
    with open_store(ctx) as store:
        conflict = store.resolve_conflict(args.id, args.keep)
    done = (user_text("Resolved: your value is saved again and will be sent with the next "
                      "sync.") if args.keep == Resolution.MINE else
            user_text("Resolved: the server's value stays."))
    ctx.emit(conflict.to_dict(), done)
    return 0
