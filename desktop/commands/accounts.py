"""`account add|edit|delete|restore|move`."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli import CliContext, CliError
from desktop.commands._common import account_dict, open_store
from shared_models.platforms import recognize_url
from shared_models.records import Account, Entity, field_rules, user_fields
from shared_models.rules import STATUS_CHOICES
from shared_models.texts import user_text

# The fields `--url`/`--handle` and `--platform` set; every other field a user types is a flag
# of its own (--email, --category, --status, --notes ...), named after the model field.
_WHERE = ("platform", "handle", "profile_url")
FLAG_FIELDS = tuple(name for name in user_fields(Entity.ACCOUNT) if name not in _WHERE)
_HELP = {"status": f"{', '.join(STATUS_CHOICES)} (case, spaces and hyphens do not matter)"}


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("account", parents=[common],
                                   help=user_text(
                                       "add, edit, delete, restore or move a platform account"))
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", parents=[common],
                             help=user_text("add an account to an influencer; prints the id"))
    add.add_argument("--influencer", required=True, metavar="ID")
    add.add_argument("--platform", metavar="A|B",
                     help=user_text("A or B; a profile URL (--url) gives it"))
    where = add.add_mutually_exclusive_group(required=True)
    where.add_argument("--url", help=user_text("the profile URL"))
    where.add_argument("--handle")
    _fields(add)
    add.set_defaults(func=run_add)

    edit = actions.add_parser("edit", parents=[common], help=user_text(
        "change an account's fields"))
    edit.add_argument("id")
    edit.add_argument("--platform", metavar="A|B")
    where = edit.add_mutually_exclusive_group()
    where.add_argument("--url", help=user_text("the profile URL"))
    where.add_argument("--handle")
    _fields(edit)
    edit.set_defaults(func=run_edit)

    for name, help_text, func in (("delete", "delete (restorable)", run_delete),
                                  ("restore", "bring a deleted account back", run_restore)):
        sub = actions.add_parser(name, parents=[common], help=help_text)
        sub.add_argument("id")
        sub.set_defaults(func=func)

    move = actions.add_parser("move", parents=[common],
                              help=user_text("attach the account to another influencer"))
    move.add_argument("id")
    move.add_argument("--to", required=True, metavar="INFLUENCER_ID")
    move.set_defaults(func=run_move)


def _fields(parser: argparse.ArgumentParser) -> None:
    rules = field_rules(Entity.ACCOUNT)
    for name in FLAG_FIELDS:
        parser.add_argument(f"--{name.replace('_', '-')}", dest=name,
                            help=_HELP.get(name, rules[name].label))


def _changes(args: argparse.Namespace) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for name in ("platform", *FLAG_FIELDS):
        if getattr(args, name, None) is not None:
            fields[name] = getattr(args, name)
    if args.url is not None:  # judged by the profile URL rule; it gives the handle
        fields["profile_url"] = args.url
    if args.handle is not None:
        fields["handle"] = args.handle
    return fields


def run_add(args: argparse.Namespace, ctx: CliContext) -> int:
    fields = _changes(args)
    if "platform" not in fields and args.url is None:
        raise CliError(user_text("Give --platform A or B with --handle, or the profile URL "
                                 "with --url."), 2)
    with open_store(ctx) as store:
        if "platform" not in fields:  # the URL says which platform (as the forms do)
            fields["platform"] = recognize_url(args.url, store.web_bases()).platform
        record = store.create_account(influencer_id=args.influencer, **fields)
    ctx.emit({"id": str(record.id)}, str(record.id))
    return 0


def run_edit(args: argparse.Namespace, ctx: CliContext) -> int:
    fields = _changes(args)
    if not fields:
        flags = ", ".join(f"--{name.replace('_', '-')}" for name in FLAG_FIELDS)
        raise CliError(user_text("Nothing to change: give at least one of --platform, --url, "
                                 "--handle, {flags}.", flags=flags), 2)
    with open_store(ctx) as store:
        record = store.update_account(args.id, **fields)
    ctx.emit(account_dict(record), user_text("Saved {account}.", account=_name(record)))
    return 0


def run_delete(args: argparse.Namespace, ctx: CliContext) -> int:
    with open_store(ctx) as store:
        record = store.delete_account(args.id)
    ctx.emit(account_dict(record), user_text("Deleted {account}; `account restore {id}` brings "
                                             "it back.", account=_name(record), id=record.id))
    return 0


def run_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    with open_store(ctx) as store:
        record = store.restore_account(args.id)
    ctx.emit(account_dict(record), user_text("Restored {account}.", account=_name(record)))
    return 0


def run_move(args: argparse.Namespace, ctx: CliContext) -> int:
    with open_store(ctx) as store:
        record = store.move_account(args.id, args.to)
        owner = store.get_influencer(record.influencer_id)
    ctx.emit(account_dict(record), user_text(
        "Moved {account} to {person}.", account=_name(record),
        person=owner.name if owner else record.influencer_id))
    return 0


def _name(record: Account) -> str:
    """'A/minji_blog': how the terminal names an account."""
    return f"{record.platform.value}/{record.handle}"
