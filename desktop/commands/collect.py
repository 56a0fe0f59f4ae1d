"""`influencer-desk collect --platform A|B [--stale-hours H] [--accounts ID,...] [--json]`."""

from __future__ import annotations

import argparse

from desktop.cli import EXIT_CANCELLED, EXIT_ERROR, EXIT_OK, CliContext
from desktop.collect.daily import run_if_due
from desktop.collect.runs import collect
from desktop.store import Store
from shared_models.platforms import PLATFORMS, Platform, parse_platform
from shared_models.texts import user_text


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "collect", parents=[common],
        help=user_text("collect platform metrics for the accounts (resumes an interrupted run)"),
        description=user_text(
            "Collect the latest metrics of every selected account from the platform, "
            "store them as snapshots and sync them. An interrupted run (Ctrl-C, "
            "crash, network loss, platform block) continues where it stopped the "
            "next time this command runs."))
    parser.add_argument("--platform", required=True, type=parse_platform, metavar="A|B")
    parser.add_argument("--stale-hours", type=float, metavar="H",
                        help=user_text("only accounts whose latest metrics are older than H hours "
                                       "(or that have none yet)"))
    parser.add_argument("--accounts", metavar="ID,...",
                        help=user_text("only these account ids (comma-separated)"))
    parser.add_argument("--daily", action="store_true",
                        help=user_text("the day's scheduled Platform A run (what the OS scheduler "
                                       "runs): the office's, collected by the first desk to ask; "
                                       "does nothing when it is not due"))
    parser.add_argument("--restart", action="store_true",
                        help=user_text("drop an interrupted run instead of continuing it"))
    parser.add_argument("--no-sync", action="store_true",
                        help=user_text(
                            "leave the new snapshots queued instead of syncing them now"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    accounts = ([a for a in args.accounts.split(",") if a.strip()]
                if args.accounts else None)
    if args.daily and args.platform != Platform.A:
        ctx.emit({"error": "--daily is Platform A's run of the day."},
                 lambda: user_text("--daily is Platform A's run of the day; use --platform A."))
        return EXIT_ERROR
    with Store.open(ctx.data_dir) as store, \
            ctx.job(PLATFORMS[args.platform].label) as job:
        if args.daily:
            daily = run_if_due(store, job)
            if daily is None:
                ctx.emit({"due": False},
                         lambda: user_text("The daily Platform A run is not due yet."))
                return EXIT_OK
            result = daily
        else:
            result = collect(store, args.platform, job, stale_hours=args.stale_hours,
                             account_ids=accounts, restart=args.restart,
                             sync=not args.no_sync)
    ctx.emit(result.to_dict(), result.summary)
    if result.cancelled:
        return EXIT_CANCELLED
    if result.blocked_until is not None:
        return EXIT_ERROR
    return EXIT_OK
