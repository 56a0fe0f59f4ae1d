"""The terminal's language: `influencer-desk` output, `--help` and argparse's own messages
("usage:", "the following arguments are required") in the OS language, or the one
INFLUENCER_DESK_LANGUAGE names."""

from __future__ import annotations

import argparse
import os
from typing import Any

from desktop.i18n.catalog import render
from desktop.i18n.language import LANGUAGE_ENV, resolve_language
from shared_models.texts import Text, user_text


def in_user_language(text: str) -> str:
    """A user_text sentence in the terminal's language; plain strings stay as they are."""
    return render(text, resolve_language(os.environ.get(LANGUAGE_ENV)))


# argparse marks its own words for gettext (`_`) and formats them with `%` afterwards; these
# are the ones a user of our commands meets, as user_text so they land in the catalog.
_ARGPARSE_WORDS: dict[str, Text] = {str(t): t for t in (
    user_text("usage: "),
    user_text("options"),
    user_text("positional arguments"),
    user_text("show this help message and exit"),
    user_text("show program's version number and exit"),
    user_text("%(prog)s: error: %(message)s\n"),
    user_text("the following arguments are required: %s"),
    user_text("unrecognized arguments: %s"),
    user_text("invalid choice: %(value)r (choose from %(choices)s)"),
    user_text("argument %(argument_name)s: %(message)s"),
    user_text("expected one argument"),
    user_text("expected at least one argument"),
    user_text("expected at most one argument"),
    user_text("invalid %(type)s value: %(value)r"),
    user_text("not allowed with argument %s"),
    user_text("one of the arguments %s is required"),
    user_text("ambiguous option: %(option)s could match %(matches)s"),
)}


def _argparse_word(message: str) -> str:
    word = _ARGPARSE_WORDS.get(message)
    return in_user_language(word) if word is not None else message


# argparse looks its `_` up at each call, so this one replacement translates every word
# above wherever argparse uses it (the gettext domain it would otherwise read is not ours).
argparse._ = _argparse_word  # type: ignore[attr-defined]


class HelpInUserLanguage(argparse.HelpFormatter):
    """`--help` with the commands' descriptions and option help (user_text) translated."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return in_user_language(action.help) if action.help else action.help

    def _format_text(self, text: str) -> str:
        return super()._format_text(in_user_language(text))


class TerminalParser(argparse.ArgumentParser):
    """An ArgumentParser that speaks the terminal's language; its subcommands' parsers are
    TerminalParsers too (argparse makes them of the parent's class)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpInUserLanguage)
        super().__init__(*args, **kwargs)
