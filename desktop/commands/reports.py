"""`analyze-comments POST_URL... [--from-excel FILE --column NAME] --out OUT.xlsx` and
`verify-posts IN.xlsx OUT.xlsx`: the reports over the platforms."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from desktop.cli import EXIT_BAD_INPUT, EXIT_ERROR, EXIT_OK, CliContext, CliError, sentence_of
from desktop.commands._common import open_store
from desktop.excel import FileRefused
from desktop.i18n.language import LANGUAGE_ENV, resolve_language
from desktop.reports.comments import analyze_comments
from desktop.reports.inputs import ColumnNotFound, column_values
from desktop.reports.profiles import DEFAULT_FRESH_HOURS
from desktop.reports.verify import verify_posts
from desktop.reports.verify_input import VerifyInputError
from shared_models.texts import user_text


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    fresh = argparse.ArgumentParser(add_help=False)
    fresh.add_argument("--fresh-hours", type=float, default=DEFAULT_FRESH_HOURS, metavar="H",
                       help=user_text("reuse a stored snapshot of a known account younger "
                                      "than H hours instead of asking the platform (default "
                                      "{hours})", hours=f"{DEFAULT_FRESH_HOURS:g}"))

    comments = subparsers.add_parser(
        "analyze-comments", parents=[common, fresh],
        help=user_text(
            "analyse the comments of Platform A posts (commenters, their metrics, URLs)"),
        description=user_text(
            "Fetches every comment of the given Platform A posts, the metrics of each "
            "distinct commenter (once each; recent snapshots are reused) and every "
            "address in the comments, and writes a workbook with the sheets Comments, "
            "Commenters, URLs and Summary. URLs that are not Platform A posts are "
            "reported and skipped."))
    comments.add_argument("posts", nargs="*", metavar="POST_URL",
                          help=user_text("Platform A post URLs"))
    comments.add_argument("--from-excel", type=Path, metavar="FILE",
                          help=user_text("also take the post URLs from a column of this workbook"))
    comments.add_argument("--column", metavar="NAME",
                          help=user_text("the column with the post URLs (its header or letter)"))
    comments.add_argument("--sheet", metavar="NAME", help=user_text(
        "the sheet to read (default: first)"))
    comments.add_argument("--out", type=Path, required=True, metavar="OUT.xlsx")
    comments.set_defaults(func=run_analyze)

    verify = subparsers.add_parser(
        "verify-posts", parents=[common, fresh],
        help=user_text("check that the posts in a workbook are public and on the right profile"),
        description=user_text(
            "For each row with a profile URL and a post URL (Platform A or B), adds "
            "the profile's current metrics, the post's status (public, private, "
            "restricted, deleted, not_found, wrong_profile, invalid_url, blocked, "
            "error) and checked_at to a copy of the sheet, with a Summary sheet. An "
            "interrupted run (Ctrl-C, crash, block) continues when run again with the "
            "same files; rows marked blocked are checked again."))
    verify.add_argument("input", type=Path, metavar="IN.xlsx")
    verify.add_argument("out", type=Path, metavar="OUT.xlsx")
    verify.add_argument("--sheet", metavar="NAME", help=user_text(
        "the sheet to read (default: first)"))
    verify.add_argument("--profile-column", metavar="COLUMN",
                        help=user_text(
                            "the column with the profile URLs (found automatically if not "
                            "given)"))
    verify.add_argument("--post-column", metavar="COLUMN",
                        help=user_text(
                            "the column with the post URLs (found automatically if not given)"))
    verify.add_argument("--restart", action="store_true",
                        help=user_text(
                            "check every row again instead of continuing an interrupted run"))
    verify.set_defaults(func=run_verify)


def run_analyze(args: argparse.Namespace, ctx: CliContext) -> int:
    urls = list(args.posts)
    if args.from_excel is not None:
        if not args.column:
            raise CliError(user_text("--from-excel needs --column NAME (the column with the "
                                     "post URLs)."), EXIT_BAD_INPUT)
        try:
            urls += column_values(args.from_excel, args.column, sheet=args.sheet)
        except (FileRefused, ColumnNotFound) as exc:
            raise CliError(sentence_of(exc), EXIT_BAD_INPUT) from None
    elif args.column:
        raise CliError(user_text("--column needs --from-excel FILE."), EXIT_BAD_INPUT)
    if not urls:
        raise CliError(user_text("Give at least one Platform A post URL, or --from-excel FILE "
                                 "--column NAME."), EXIT_BAD_INPUT)
    _check_out(args.out)
    with open_store(ctx) as store, ctx.job(user_text("Comments")) as job:
        analysis = analyze_comments(store, urls, job, out_path=args.out,
                                    fresh_hours=args.fresh_hours, language=_language())
    ctx.emit(analysis.to_dict(), analysis.summary)
    if analysis.blocked_until is not None:
        return EXIT_ERROR
    if not any(p.state == "ok" for p in analysis.posts):
        return EXIT_ERROR
    return EXIT_OK


def run_verify(args: argparse.Namespace, ctx: CliContext) -> int:
    _check_out(args.out)
    with open_store(ctx) as store, ctx.job(user_text("Rows")) as job:
        try:
            result = verify_posts(store, args.input, args.out, job, sheet=args.sheet,
                                  profile_column=args.profile_column,
                                  post_column=args.post_column, fresh_hours=args.fresh_hours,
                                  restart=args.restart, language=_language())
        except (FileRefused, VerifyInputError) as exc:
            raise CliError(sentence_of(exc), EXIT_BAD_INPUT) from None
    ctx.emit(result.to_dict(), result.summary)
    return EXIT_OK if result.finished else EXIT_ERROR


def _language() -> str:
    """The workbook's headers and labels: the OS language (or INFLUENCER_DESK_LANGUAGE)."""
    return resolve_language(os.environ.get(LANGUAGE_ENV))


def _check_out(out: Path) -> None:
    if out.suffix.lower() != ".xlsx":
        raise CliError(user_text("The output must be an .xlsx file, not '{file}'.",
                                 file=out.name), EXIT_BAD_INPUT)
    if not out.parent.resolve().is_dir():
        raise CliError(user_text("The folder {folder} does not exist.", folder=out.parent),
                       EXIT_BAD_INPUT)
