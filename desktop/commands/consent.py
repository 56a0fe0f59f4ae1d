"""`consent add|list|get|remove`: an influencer's signed consent forms (docs/consent-forms.md)."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli import CliContext
from desktop.commands._common import open_store, sync_errors
from desktop.store import NotFound
from desktop.sync.attachments import ConsentForm, ConsentForms
from shared_models.attachments import ACCEPTED_NAMES, format_size
from shared_models.records import Attachment
from shared_models.texts import join_lines, join_texts, user_text


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("consent", parents=[common],
                                   help=user_text("an influencer's signed consent forms"))
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", parents=[common], help=user_text(
        "keep files ({types}) as the influencer's consent forms; they upload on the next sync",
        types=ACCEPTED_NAMES))
    add.add_argument("--influencer", required=True, metavar="ID")
    add.add_argument("files", nargs="+", metavar="FILE")
    add.set_defaults(func=run_add)

    listing = actions.add_parser("list", parents=[common], help=user_text("the influencer's forms"))
    listing.add_argument("--influencer", required=True, metavar="ID")
    listing.set_defaults(func=run_list)

    get = actions.add_parser("get", parents=[common], help=user_text(
        "save a copy of a form (downloaded and checked by sha256 if not on this computer)"))
    get.add_argument("id")
    get.add_argument("--out", required=True, metavar="PATH",
                     help=user_text("a file name, or a folder to keep the form's own name"))
    get.set_defaults(func=run_get)

    remove = actions.add_parser("remove", parents=[common],
                                help=user_text("remove a form (an administrator can restore it)"))
    remove.add_argument("id")
    remove.set_defaults(func=run_remove)


def form_dict(form: ConsentForm) -> dict[str, Any]:
    record = form.record
    return {**_record_dict(record), "cached": form.cached, "synced": form.synced}


def _record_dict(record: Attachment) -> dict[str, Any]:
    return {"id": str(record.id), "influencer_id": str(record.influencer_id),
            "file_name": record.file_name, "media_type": record.media_type,
            "size": record.size, "sha256": record.sha256, "uploaded_by": record.uploaded_by,
            "uploaded_at": record.created_at.isoformat() if record.created_at else None}


def _check_influencer(forms: ConsentForms, influencer_id: str) -> str:
    person = forms.store.get_influencer(influencer_id)
    if person is None:
        raise NotFound("influencer", influencer_id,
                       user_text("There is no influencer with id {id}.", id=influencer_id))
    return person.name


def run_add(args: argparse.Namespace, ctx: CliContext) -> int:
    with open_store(ctx) as store:
        forms = ConsentForms(store)
        name = _check_influencer(forms, args.influencer)
        added = forms.add(args.influencer, args.files)
    result = [_record_dict(r) for r in added]

    def human() -> str:
        lines = [user_text("Added {file} ({size}) for {name}: {id}", file=r.file_name,
                           size=format_size(r.size), name=name, id=r.id) for r in added]
        return join_lines([*lines, user_text("The forms upload on the next sync.")])

    ctx.emit(result, human)
    return 0


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    with open_store(ctx) as store:
        forms = ConsentForms(store)
        name = _check_influencer(forms, args.influencer)
        found = forms.of_influencer(args.influencer)
    result = [form_dict(f) for f in found]

    def human() -> str:
        if not found:
            return user_text("{name} has no consent forms.", name=name)
        lines: list[str] = []
        for form in found:
            r = form.record
            when = r.created_at.strftime("%Y-%m-%d %H:%M") if r.created_at else "-"
            notes = [""] + ([] if form.synced else [user_text("[not synced yet]")]) + \
                ([] if form.cached else [user_text("[not on this computer]")])
            lines.append(join_texts([f"{r.id}  {r.file_name}  {r.media_type}  {form.size_text}  "
                                     f"{when}  {r.uploaded_by or '-'}", *notes[1:]], "  "))
        return join_lines(lines)

    ctx.emit(result, human)
    return 0


def run_get(args: argparse.Namespace, ctx: CliContext) -> int:
    with open_store(ctx) as store, sync_errors(), ctx.job(user_text("Downloading")) as job:
        out = ConsentForms(store).save_copy(args.id, args.out, job)
    ctx.emit({"id": args.id, "path": str(out)}, user_text("Saved {file}.", file=out))
    return 0


def run_remove(args: argparse.Namespace, ctx: CliContext) -> int:
    with open_store(ctx) as store:
        record = ConsentForms(store).remove(args.id)
    ctx.emit(_record_dict(record), user_text(
        "Removed {file}; it disappears from every desk on the next sync. An administrator can "
        "restore it.", file=record.file_name))
    return 0
