"""`history`, `duplicates`, `influencer merge`, `import undo|list` (issue 20, docs/history.md).

`import undo` and `import list` share the `import` command's name: `import FILE` reads a
file; `import undo [BATCH_ID]` and `import list` (words that are not an existing file) come
here (desktop/commands/excel.py hands them over).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from desktop.changes.duplicates import find_duplicates
from desktop.changes.history import describe_history, export_history, fetch_history, related_ids
from desktop.changes.merge import merge_people
from desktop.changes.undo import NothingToUndo, undo_batch
from desktop.changes.who import who_am_i
from desktop.cli import EXIT_BAD_INPUT, CliContext, CliError
from desktop.commands._common import open_store, sync_errors
from desktop.commands.filters import add_search_filters, query_from_args
from desktop.i18n.language import LANGUAGE_ENV, resolve_language
from desktop.store import NotFound
from shared_models.texts import join_lines, join_texts, sentence_of, user_text

BATCH_WORDS = ("undo", "list")
# What `import list` calls each kind of batch.
_BATCH_WORDS = {"import": user_text("import"), "merge": user_text("merge")}


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    history = subparsers.add_parser(
        "history", parents=[common], help=user_text("who changed what: a record's history"),
        description=user_text(
            "Every change the sync server applied to an influencer (with their "
            "accounts) or an account: field, old and new value, when, who (the "
            "token's name), from which device, and the import or merge. Read from "
            "the server, so this desk must be connected. With --export, the history "
            "of what a search finds, as a workbook."))
    history.add_argument("id", nargs="?", metavar="ID", help=user_text(
        "an influencer or account id"))
    history.add_argument("--export", type=Path, metavar="OUT.xlsx",
                         help=user_text(
                             "write the history of the search's accounts and their people"))
    history.add_argument("--search", default="", metavar="QUERY",
                         help=user_text("with --export: the search (default: everything)"))
    history.add_argument("--platform", metavar="A|B")
    history.add_argument("--limit", type=int, default=1000, metavar="N",
                         help=user_text("at most N entries, newest first"))
    history.set_defaults(func=run_history)

    duplicates = subparsers.add_parser(
        "duplicates", parents=[common], help=user_text(
            "list likely duplicate people, with the reasons"),
        description=user_text(
            "Groups of people that are probably one: same phone, same e-mail, same "
            "handle, names equal after normalisation (spaces and letter case "
            "ignored), similar names with the same phone. Nothing is merged: "
            "`influencer merge KEEP OTHER` does that."))
    duplicates.set_defaults(func=run_duplicates)


def register_merge(actions: argparse._SubParsersAction,
                   common: argparse.ArgumentParser) -> None:
    """`influencer merge`, under the `influencer` command (desktop/commands/influencers.py)."""
    merge = actions.add_parser(
        "merge", parents=[common], help=user_text(
            "merge OTHER into KEEP (undo: `import undo BATCH`)"),
        description=user_text(
            "OTHER's accounts (with their metric history), consent forms and notes "
            "move to KEEP; where both have a different value KEEP's stays and "
            "OTHER's is kept in the history. OTHER is deleted, pointing at KEEP."))
    merge.add_argument("keep", metavar="KEEP")
    merge.add_argument("other", metavar="OTHER")
    merge.set_defaults(func=run_merge)


def run_history(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.export is None and not args.id:
        raise CliError(user_text("Give a record id, or --export OUT.xlsx for a search's "
                                 "history."), EXIT_BAD_INPUT)
    with open_store(ctx) as store, sync_errors():
        if args.export is not None:
            query = query_from_args(_search_args(args))
            with ctx.job(user_text("Reading the history")) as job:
                # Headers and change words in the user's language, as the export's.
                result = export_history(store, args.export, query, job,
                                        resolve_language(os.environ.get(LANGUAGE_ENV)))
            ctx.emit(result.to_json(), user_text(
                "Wrote {count} changes of {records} records to {file}.",
                count=f"{result.entries:,}", records=f"{result.records:,}", file=result.path))
            return 0
        ids = related_ids(store, args.id)
        entries = fetch_history(store, ids, args.limit)
    ctx.emit({"id": args.id, "entries": [e.model_dump(mode="json") for e in entries]},
             lambda: describe_history(entries))
    return 0


def _search_args(args: argparse.Namespace) -> argparse.Namespace:
    parser = argparse.ArgumentParser(add_help=False)
    add_search_filters(parser)
    words = [args.search] + (["--platform", args.platform] if args.platform else [])
    return parser.parse_args(words)


def run_duplicates(args: argparse.Namespace, ctx: CliContext) -> int:
    with open_store(ctx) as store:
        groups = find_duplicates(store)

    def human() -> str:
        if not groups:
            return user_text("No likely duplicates.")
        lines = []
        for group in groups:
            lines.append("; ".join(r.value for r in group.reasons) + ":")
            lines += [f"  {p.name}  {p.phone or '-'}  ({p.id})" for p in group.people]
        return "\n".join(lines)

    ctx.emit({"groups": [g.to_json() for g in groups]}, human)
    return 0


def run_merge(args: argparse.Namespace, ctx: CliContext) -> int:
    with open_store(ctx) as store:
        result = merge_people(store, args.keep, args.other, who=who_am_i())
    ctx.emit(result.to_json(), result.describe)
    return 0


def run_batch_command(args: argparse.Namespace, ctx: CliContext) -> int:
    """`import undo [BATCH_ID]` or `import list`."""
    word = str(args.file)
    with open_store(ctx) as store:
        if word == "list":
            batches = store.batches()
            ctx.emit({"batches": [b.to_json() for b in batches]}, lambda: join_lines([
                join_texts([f"{b.created_at.astimezone():%Y-%m-%d %H:%M}",
                            _BATCH_WORDS.get(b.kind, b.kind), b.source, b.who or "-",
                            str(b.counts), b.id,
                            *([user_text("[undone]")] if b.undone_at else [])], "  ")
                for b in batches]) if batches
                else user_text("No imports or merges on this desk yet."))
            return 0
        try:
            with ctx.job(user_text("Undoing")) as job:
                result = undo_batch(store, args.batch_id, job)
        except NothingToUndo as exc:
            raise CliError(sentence_of(exc), EXIT_BAD_INPUT) from None
        except NotFound as exc:
            raise CliError(exc.message, EXIT_BAD_INPUT) from None
    ctx.emit(result.to_json(), result.describe)
    return 0
