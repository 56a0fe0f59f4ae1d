"""`refused` (changes the server refused, with why), `refused retry ID [--set F=V]`,
`refused discard ID`."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop.changes.refused import describe
from desktop.cli import CliContext, CliError
from desktop.commands._common import open_store
from shared_models.texts import join_lines, user_text


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "refused", parents=[common],
        help=user_text("changes the server refused: see why, then edit and retry, or discard"))
    parser.set_defaults(func=run_list)
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    retry = actions.add_parser(
        "retry", parents=[common], help=user_text(
            "send a refused change again, corrected with --set"))
    retry.add_argument("id", help=user_text("the change's id (or its first characters)"))
    retry.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                       help=user_text(
                           "correct a field first (repeatable), e.g. --set notes='shorter'"))
    retry.set_defaults(func=run_retry)
    discard = actions.add_parser(
        "discard", parents=[common],
        help=user_text("drop a refused change; the next sync brings the server's values back"))
    discard.add_argument("id", help=user_text("the change's id (or its first characters)"))
    discard.set_defaults(func=run_discard)


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    with open_store(ctx) as store:
        found = store.refused_changes()

    def human() -> str:
        if not found:
            return user_text("No refused changes.")
        lines: list[str] = [user_text("{id}  {what}\n          why: {reason}",
                                      id=str(c.op_id)[:8], what=describe(c), reason=c.reason)
                            for c in found]
        lines.append(user_text("Then: influencer-desk refused retry ID [--set FIELD=VALUE] | "
                               "refused discard ID"))
        return join_lines(lines)

    ctx.emit([{**c.to_dict(), "what": describe(c)} for c in found], human)
    return 0


def _fields(pairs: list[str]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise CliError(user_text("'{value}' is not FIELD=VALUE.", value=pair), 2)
        fields[name.strip()] = json.loads(value) if name.strip() == "tags" and \
            value.startswith("[") else value
    return fields


def run_retry(args: argparse.Namespace, ctx: CliContext) -> int:
    with open_store(ctx) as store:
        store.retry_refused(args.id, **_fields(args.set))
    ctx.emit({"retried": args.id}, user_text("The change will be sent again with the next "
                                             "sync."))
    return 0


def run_discard(args: argparse.Namespace, ctx: CliContext) -> int:
    with open_store(ctx) as store:
        store.discard_refused(args.id)
    ctx.emit({"discarded": args.id}, user_text("Discarded: the next sync brings the server's "
                                               "values back."))
    return 0
