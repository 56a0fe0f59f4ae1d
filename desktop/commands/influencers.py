"""`influencer add|edit|delete|restore|show`."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.changes.merge import follow_merged
from desktop.cli import CliContext
from desktop.commands import changes
from desktop.commands._common import account_dict, influencer_dict, open_store
from desktop.store import NotFound
from shared_models.phones import display_phone
from shared_models.platforms import PLATFORMS, Platform
from shared_models.records import METRIC_LABELS, Entity, field_rules, user_fields
from shared_models.texts import join_lines, join_texts, user_text

# Every influencer field a user types is a flag named after the model field (--phone ...).
FLAG_FIELDS = tuple(name for name in user_fields(Entity.INFLUENCER) if name != "name")
_HELP = {"phone": "any format: 010-1234-5678, +82 10 1234 5678, ...",
         "tags": "comma-separated tags"}


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("influencer", parents=[common],
                                   help=user_text(
                                       "add, edit, delete, restore or show an influencer"))
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", parents=[common], help=user_text(
        "add an influencer; prints the id"))
    add.add_argument("--name", required=True)
    _fields(add)
    add.set_defaults(func=run_add)

    edit = actions.add_parser("edit", parents=[common], help=user_text(
        "change an influencer's fields"))
    edit.add_argument("id")
    edit.add_argument("--name")
    _fields(edit)
    edit.set_defaults(func=run_edit)

    for name, help_text, func in (
            ("delete", user_text("delete (restorable)"), run_delete),
            ("restore", user_text("bring a deleted influencer back"), run_restore),
            ("show", user_text("the influencer with all accounts on both platforms"), run_show)):
        sub = actions.add_parser(name, parents=[common], help=help_text)
        sub.add_argument("id")
        sub.set_defaults(func=func)
    changes.register_merge(actions, common)


def _fields(parser: argparse.ArgumentParser) -> None:
    rules = field_rules(Entity.INFLUENCER)
    for name in FLAG_FIELDS:
        parser.add_argument(f"--{name.replace('_', '-')}", dest=name,
                            metavar="T,..." if name == "tags" else None,
                            help=_HELP.get(name, rules[name].label))


def _changes(args: argparse.Namespace) -> dict[str, Any]:
    """The flags given, as typed: the shared rules read them as the form and the import do
    (`--tags "뷰티; #VIP"` is split and cleaned by the Tags rule)."""
    return {name: value for name in ("name", *FLAG_FIELDS)
            if (value := getattr(args, name, None)) is not None}


def run_add(args: argparse.Namespace, ctx: CliContext) -> int:
    with open_store(ctx) as store:
        record = store.create_influencer(**_changes(args))
    ctx.emit({"id": str(record.id)}, str(record.id))
    return 0


def run_edit(args: argparse.Namespace, ctx: CliContext) -> int:
    with open_store(ctx) as store:
        record = store.update_influencer(args.id, **_changes(args))
    ctx.emit(influencer_dict(record), user_text("Saved {name} ({id}).", name=record.name,
                                                id=record.id))
    return 0


def run_delete(args: argparse.Namespace, ctx: CliContext) -> int:
    with open_store(ctx) as store:
        record = store.delete_influencer(args.id)
    ctx.emit(influencer_dict(record), user_text("Deleted {name}; `influencer restore {id}` "
                                                "brings it back.", name=record.name,
                                                id=record.id))
    return 0


def run_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    with open_store(ctx) as store:
        record = store.restore_influencer(args.id)
    ctx.emit(influencer_dict(record), user_text("Restored {name}.", name=record.name))
    return 0


def run_show(args: argparse.Namespace, ctx: CliContext) -> int:
    with open_store(ctx) as store:
        followed = follow_merged(store, args.id)
        record = followed.person or store.get_influencer(args.id, include_deleted=True)
        if record is None:
            raise NotFound("id", args.id, user_text("There is no influencer with id {id}.",
                                                    id=args.id))
        accounts = store.accounts_of(record.id, include_deleted=True)
        metrics = {a.id: store.latest_metrics(a.id) for a in accounts}
    if followed.message:  # a merged person: led to the one they were merged into
        ctx.say(followed.message)
    result = influencer_dict(record)
    result["followed_from"] = [str(p.id) for p in followed.passed]
    result["accounts"] = [
        {**account_dict(a), "metrics": {k: v.to_dict() for k, v in metrics[a.id].items()}}
        for a in accounts]

    def human() -> str:
        # Lines of the user's words and the record's values: join_texts keeps each word
        # translatable ("[deleted]" reads "[삭제됨]" in Korean).
        deleted = user_text("  [deleted]")
        lines: list[str] = [
            join_texts([f"{record.name}  ({record.id})",
                        deleted if record.deleted_at else ""], ""),
            user_text("  phone: {phone}   tags: {tags}", phone=display_phone(record.phone) or "-",
                      tags=", ".join(record.tags) or "-")]
        if record.notes:
            lines.append(user_text("  notes: {notes}", notes=record.notes))
        for platform in Platform:
            mine = [a for a in accounts if a.platform == platform]
            lines.append(join_texts(["  ", PLATFORMS[platform].label, ": " if mine else ": -"],
                                    ""))
            for a in mine:
                shown = join_texts([join_texts([METRIC_LABELS.get(k, k), f"{v.value:,.0f}"], " ")
                                    for k, v in metrics[a.id].items()], ", ")
                lines.append(join_texts(
                    [f"    {a.handle}  {a.profile_url}  {a.email or ''}  {a.category or ''}  ",
                     shown, deleted if a.deleted_at else "", f"  ({a.id})"], ""))
        return join_lines(lines)

    ctx.emit(result, human)
    return 0
