"""`connect --server URL --token TOKEN`, `status`, `sync`."""

from __future__ import annotations

import argparse
from typing import Any

from desktop import __version__
from desktop.cli import CliContext, CliError
from desktop.collect.runs import merge_offline_runs
from desktop.commands._common import open_store, sync_errors
from desktop.sync import connect, open_engine
from desktop.updates import available_update
from shared_models.texts import join_lines, user_text


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "connect", parents=[common], help=user_text(
            "connect this desktop to the office's sync server"),
        description=user_text("Check the server and the token, then remember them (the token goes "
                              "into the system keyring)."))
    parser.add_argument("--server", required=True, metavar="URL",
                        help=user_text("the sync server, e.g. http://office-pc:8765"))
    parser.add_argument("--token", required=True, metavar="TOKEN",
                        help=user_text("a token from `influencer-sync token create`"))
    parser.set_defaults(func=run_connect)

    parser = subparsers.add_parser(
        "status", parents=[common],
        help=user_text("server, last sync, changes waiting to be sent, open conflicts"))
    parser.set_defaults(func=run_status)

    parser = subparsers.add_parser("sync", parents=[common],
                                   help=user_text("send local changes and receive everyone else's"))
    parser.add_argument("--retry", type=int, default=1, metavar="N",
                        help=user_text(
                            "try up to N times, waiting longer each time, while the server "
                            "cannot be reached (default 1)"))
    parser.set_defaults(func=run_sync)


def run_connect(args: argparse.Namespace, ctx: CliContext) -> int:
    with open_store(ctx) as store, sync_errors():
        answer = connect(store, args.server, args.token)
        url = store.sync_state().server_url
    result = {"server": url, "token_name": answer.token_name, "role": answer.role}
    ctx.emit(result, user_text("Connected to {server} as '{token}' ({role}). Run "
                               "`influencer-desk sync` to bring this desktop up to date.",
                               server=url, token=answer.token_name, role=answer.role))
    return 0


def run_status(args: argparse.Namespace, ctx: CliContext) -> int:
    with open_store(ctx) as store:
        state = store.sync_state()
        waiting, rejected = store.outbox_counts()
        refused = store.outbox_entries(rejected=True)
        conflicts = store.conflicts()
        update = available_update(store)
    result: dict[str, Any] = {
        "server": state.server_url, "connected": state.server_url is not None,
        "device_id": state.device_id,
        "last_sync": state.last_sync_at.isoformat() if state.last_sync_at else None,
        "last_error": state.last_error, "pending_ops": waiting, "rejected_ops": rejected,
        "conflicts": len(conflicts), "cursor": state.cursor,
        "rejected": [{"op_id": str(e.op_id), "entity": e.entity, "id": str(e.id),
                      "kind": e.kind, "fields": e.fields, "reason": e.rejected_reason}
                     for e in refused],
        "version": __version__,
        "update": ({"version": update.version, "download_url": update.download_url}
                   if update else None),
    }

    def human() -> str:
        last = (state.last_sync_at.astimezone().isoformat(sep=" ", timespec="seconds")
                if state.last_sync_at else user_text("never"))
        lines: list[str] = [
            user_text("Server:       {server}", server=state.server_url or user_text(
                "not connected (influencer-desk connect)")),
            user_text("Last sync:    {when}", when=last),
            user_text("Pending:      {count} changes waiting to be sent", count=waiting),
            user_text("Conflicts:    {count} open (influencer-desk conflicts)",
                      count=len(conflicts))]
        if update is not None:
            lines.append(user_text("Update:       {message}", message=update.message()))
        if state.last_error:
            lines.append(user_text("Last error:   {message}", message=state.last_error))
        for e in refused:
            lines.append(user_text("Refused:      {what} {id}: {reason}", what=e.entity,
                                   id=e.id, reason=e.rejected_reason))
        return join_lines(lines)

    ctx.emit(result, human)
    return 0


def run_sync(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.retry < 1:
        raise CliError(user_text("--retry needs a number of at least 1."), 2)
    with open_store(ctx) as store, sync_errors():
        engine = open_engine(store)
        if engine is None:
            raise CliError(user_text("This desktop is not connected to a sync server; run "
                                     "`influencer-desk connect --server URL --token TOKEN` "
                                     "first."))
        try:
            with ctx.job(user_text("Syncing")) as job:
                report = engine.sync_with_retry(job, attempts=args.retry)
        finally:
            engine.close()
        merge_offline_runs(store)  # runs collected offline join the office's now
    ctx.emit(report.to_dict(), report.summary())
    return 0
