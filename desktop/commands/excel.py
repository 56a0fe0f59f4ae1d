"""`import FILE ...` and `export OUT.xlsx [QUERY] [filters]`: the Excel workflows."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from desktop.changes.who import who_am_i
from desktop.cli import (
    EXIT_BAD_INPUT,
    EXIT_CANCELLED,
    EXIT_ERROR,
    CliContext,
    CliError,
    sentence_of,
)
from desktop.commands._common import open_store
from desktop.commands.changes import BATCH_WORDS, run_batch_command
from desktop.commands.filters import add_search_filters, query_from_args
from desktop.excel import (
    FileRefused,
    ImportOptions,
    ImportPipeline,
    MappingError,
    OnDuplicate,
    WriteFailed,
    export_search,
    load_preset,
    save_preset,
)
from desktop.excel.importing.fields import FIELDS
from desktop.i18n.language import LANGUAGE_ENV, resolve_language
from desktop.jobs import Cancelled
from shared_models.platforms import parse_platform
from shared_models.texts import join_lines, user_text


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    fields = ", ".join(FIELDS)
    imp = subparsers.add_parser(
        "import", parents=[common], help=user_text(
            "import influencers and accounts from Excel or CSV"),
        description=user_text(
            "Reads .xlsx, .xls, .ods or .csv (UTF-8 or CP949), finds the header row, "
            "maps the columns (shown before the summary), checks every cell and "
            "imports the valid rows in one transaction. Exit status 2 when some rows "
            "are invalid. `import undo [BATCH_ID]` takes an import (or a merge) "
            "back, default the last one from this desk; `import list` lists them."))
    imp.add_argument("file", type=Path, metavar="FILE|undo|list")
    imp.add_argument("batch_id", nargs="?", metavar="BATCH_ID",
                     help=user_text("with undo: the batch (see `import list`)"))
    imp.add_argument("--sheet", metavar="NAME", help=user_text(
        "the sheet to read (default: the first)"))
    imp.add_argument("--dry-run", action="store_true",
                     help=user_text("only show what would be created, updated and refused"))
    imp.add_argument("--on-duplicate", choices=[p.value for p in OnDuplicate],
                     default=OnDuplicate.UPDATE.value,
                     help=user_text("records already in the store: update (fill in and change "
                                    "non-empty values; default), fill (only fill fields that are "
                                    "empty in the store) or skip (leave them as they are)"))
    imp.add_argument("--all-or-nothing", action="store_true",
                     help=user_text("import nothing if any row is invalid"))
    imp.add_argument("--report", type=Path, metavar="OUT.xlsx",
                     help=user_text("write the invalid rows, with their reasons, to this workbook"))
    imp.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                     help=user_text(
                         "map a column (its header or letter) to a field; fields: {fields}",
                         fields=fields))
    imp.add_argument("--preset", metavar="NAME", help=user_text(
        "start from a saved column mapping"))
    imp.add_argument("--save-preset", metavar="NAME",
                     help=user_text("save the mapping used as a preset under this name"))
    imp.set_defaults(func=run_import_command)

    exp = subparsers.add_parser(
        "export", parents=[common], help=user_text("export a search to an Excel workbook"),
        description=user_text(
            "Writes the accounts the same search would show, one sheet per platform "
            "(or only --platform), with the other platform's handles and the latest "
            "metrics."))
    exp.add_argument("out", type=Path, metavar="OUT.xlsx")
    add_search_filters(exp)
    exp.set_defaults(func=run_export_command)


def _parse_maps(values: list[str]) -> list[tuple[str, str]]:
    out = []
    for value in values:
        column, sep, field = value.rpartition("=")
        if not sep or not column.strip():
            raise CliError(user_text("--map needs COLUMN=FIELD, not '{value}'.", value=value),
                           EXIT_BAD_INPUT)
        out.append((column.strip(), field.strip()))
    return out


def run_import_command(args: argparse.Namespace, ctx: CliContext) -> int:
    if str(args.file) in BATCH_WORDS and not args.file.exists():
        return run_batch_command(args, ctx)
    if args.batch_id is not None:
        raise CliError(user_text("Unexpected '{value}': `import FILE` takes one file.",
                                 value=args.batch_id), EXIT_BAD_INPUT)
    try:
        preset = load_preset(ctx.data_dir, args.preset) if args.preset else None
        options = ImportOptions(sheet=args.sheet, on_duplicate=OnDuplicate(args.on_duplicate),
                                all_or_nothing=args.all_or_nothing,
                                overrides=_parse_maps(args.map), preset=preset,
                                who=who_am_i())
        with open_store(ctx) as store, ctx.job(user_text("Importing")) as job:
            result = ImportPipeline(store).run(args.file, options, dry_run=args.dry_run,
                                               report=args.report, job=job)
        if args.save_preset:
            where = save_preset(ctx.data_dir, args.save_preset, result.mapping.as_preset())
            ctx.say(user_text("Mapping saved as preset '{name}' ({file}).",
                              name=args.save_preset, file=where))
    except (FileRefused, MappingError) as exc:
        raise CliError(sentence_of(exc), EXIT_BAD_INPUT) from None
    except WriteFailed as exc:
        raise CliError(sentence_of(exc), EXIT_ERROR) from None
    except Cancelled:  # unlike a collection run, an import keeps nothing of a stopped run
        raise CliError(user_text("Import cancelled: nothing was written (an import is all or "
                                 "nothing per run); run the command again to import the "
                                 "file."), EXIT_CANCELLED) from None
    if not ctx.json:
        ctx.say(result.mapping.describe())
    ctx.emit(result.to_json(), result.describe)
    return EXIT_BAD_INPUT if result.plan.invalid_rows else 0


def run_export_command(args: argparse.Namespace, ctx: CliContext) -> int:
    out: Path = args.out
    if out.suffix.lower() != ".xlsx":
        raise CliError(user_text("The export file must end in .xlsx (got '{file}').",
                                 file=out.name), EXIT_BAD_INPUT)
    if not out.parent.exists():
        raise CliError(user_text("The folder {folder} does not exist.", folder=out.parent),
                       EXIT_BAD_INPUT)
    platforms = [parse_platform(args.platform)] if args.platform else None
    query = query_from_args(args)
    with open_store(ctx) as store, ctx.job(user_text("Exporting")) as job:
        # Headers and status values in the user's language (the OS locale, or the
        # environment variable), like the window's export.
        result = export_search(store, out, query, platforms, job,
                               language=resolve_language(os.environ.get(LANGUAGE_ENV)))
    sheets = ", ".join(f"{name}: {n}" for name, n in result.sheets.items())

    def human() -> str:
        lines: list[str] = [user_text("Exported {count} accounts to {file} ({sheets}).",
                                      count=f"{result.rows:,}", file=out, sheets=sheets)]
        if result.plain_links:
            lines.append(user_text("{count} URLs are plain text: Excel allows 65,530 links "
                                   "per sheet.", count=f"{result.plain_links:,}"))
        return join_lines(lines)

    ctx.emit(result.to_json(), human)
    return 0
