"""`influencer-desk`: the desktop app (no command) and its headless commands.

Each area registers its commands from `desktop/commands/<area>.py` (a `register(subparsers)`
function). Every command takes `--data-dir DIR` and `--json`: with `--json` the result is
JSON on stdout, while progress and messages go to stderr.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.i18n.terminal import TerminalParser, in_user_language
from desktop.jobs import Cancelled, JobContext, ProgressEvent
from desktop.settings import resolve_data_dir
from shared_models.errors import InvalidValue
from shared_models.texts import sentence_of as sentence_of  # the commands use it
from shared_models.texts import user_text

# Modules under desktop/commands that add subcommands, in the order `--help` lists them.
COMMAND_MODULES = (
    "sync", "influencers", "accounts", "search", "conflicts", "refused", "collect", "excel",
    "reports", "consent", "changes",
)

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_BAD_INPUT = 2
EXIT_UNREACHABLE = 3
EXIT_AUTH = 4
EXIT_CANCELLED = 130


class CliError(Exception):
    """A failure the user can act on; printed as one sentence, never as a traceback."""

    def __init__(self, message: str, exit_code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.exit_code = exit_code


@dataclass
class CliContext:
    args: argparse.Namespace
    json: bool
    data_dir: Path

    def say(self, message: str) -> None:
        """A message for the person at the terminal (stderr, so stdout stays machine-readable)."""
        print(in_user_language(message), file=sys.stderr)

    def emit(self, result: Any, human: str | Callable[[], str] | None = None) -> None:
        """The command's result: JSON with --json, else the human text (or JSON if none)."""
        if self.json or human is None:
            print(json.dumps(result, ensure_ascii=False, indent=2, default=str))
        else:
            print(in_user_language(human() if callable(human) else human))

    @contextmanager
    def job(self, label: str = "") -> Iterator[JobContext]:
        """A JobContext with a progress line on stderr; Ctrl-C cancels it cleanly."""
        ctx = JobContext(on_progress=_stderr_progress(label))
        previous = signal.getsignal(signal.SIGINT)

        def _on_sigint(signum: int, frame: object) -> None:
            if ctx.cancelled:  # a second Ctrl-C: stop at once
                signal.signal(signal.SIGINT, previous)
                raise KeyboardInterrupt
            print("\n" + in_user_language(user_text(
                "Stopping after the current item (Ctrl-C again to stop at once) …")),
                file=sys.stderr)
            ctx.cancel()

        in_main = _in_main_thread()
        if in_main:
            signal.signal(signal.SIGINT, _on_sigint)
        try:
            yield ctx
        finally:
            if in_main:
                signal.signal(signal.SIGINT, previous)
            if sys.stderr.isatty():
                print(file=sys.stderr)


def _in_main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def _stderr_progress(label: str) -> Callable[[ProgressEvent], None]:
    tty = sys.stderr.isatty()
    last_printed = [-1.0]
    last_finished: list[tuple[int, int | None, object]] = []

    def show(event: ProgressEvent) -> None:
        import time

        now = time.monotonic()
        finished = event.total is not None and event.done >= event.total
        if not finished and now - last_printed[0] < (0.1 if tty else 2.0):
            return
        if finished:  # a step may report its end more than once: one line for it
            step = (event.done, event.total, event.message)
            if last_finished == [step]:
                return
            last_finished[:] = [step]
        last_printed[0] = now
        total = "?" if event.total is None else f"{event.total:,}"
        parts = [f"{in_user_language(label)} {event.done:,}/{total}".strip()]
        if event.total:
            parts.append(f"{100 * event.done / event.total:5.1f}%")
        if event.rate_per_s:
            parts.append(f"{event.rate_per_s:.1f}/s")
        if event.eta_s is not None:
            parts.append(in_user_language(user_text(
                "{time} left", time=f"{int(event.eta_s // 60)}:{int(event.eta_s % 60):02d}")))
        if event.message:
            parts.append(in_user_language(event.message))
        line = "  ".join(parts)
        if tty:
            print("\r" + line[:150].ljust(150), end="", file=sys.stderr, flush=True)
        else:
            print(line, file=sys.stderr, flush=True)

    return show


def common_options() -> argparse.ArgumentParser:
    """--data-dir and --json, accepted before or after the command name."""
    parent = TerminalParser(add_help=False)
    parent.add_argument("--data-dir", default=argparse.SUPPRESS, metavar="DIR",
                        help=user_text("where the local store lives (default: the user's data dir; "
                                       "or INFLUENCER_DESK_DATA_DIR)"))
    parent.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help=user_text("machine-readable output on stdout"))
    return parent


def _app_parser() -> argparse.ArgumentParser:
    """The options of the app itself (no command)."""
    parser = TerminalParser(
        prog="influencer-desk",
        description=user_text("Influencer Desk. With no command, opens the desktop app."),
        parents=[common_options()],
    )
    parser.add_argument("--version", action="version", version=f"influencer-desk {__version__}")
    parser.add_argument("--demo", action="store_true",
                        help=user_text(
                            "open the app on demo data (embedded sync service, simulated "
                            "platforms, throwaway data dir)"))
    parser.add_argument("--self-check", action="store_true",
                        help=user_text(
                            "check the store, Qt and the platform adapters load, then exit"))
    return parser


def _opens_the_app(argv: Sequence[str]) -> bool:
    """No command word and no --help: the window opens, and the commands' modules (HTTP,
    Excel, reports) need not be imported, which keeps the start quick."""
    words = list(argv)
    for number, word in enumerate(words):
        if word in {"-h", "--help"}:
            return False
        previous = words[number - 1] if number else ""
        if not word.startswith("-") and previous != "--data-dir":
            return False
    return True


def build_parser() -> argparse.ArgumentParser:
    parser = _app_parser()
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"desktop.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"desktop.commands.{name}":
                continue  # that area has not landed yet
            raise
        module.register(subparsers, common_options())
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    if _opens_the_app(words):
        args = _app_parser().parse_args(words)
        args.command = None
    else:
        args = build_parser().parse_args(words)
    try:
        if args.command is None:
            return _run_app(args)
        ctx = CliContext(args=args, json=getattr(args, "json", False),
                         data_dir=resolve_data_dir(getattr(args, "data_dir", None)))
        result = args.func(args, ctx)
        return int(result or EXIT_OK)
    except CliError as exc:
        print(f"error: {in_user_language(exc.args[0] if exc.args else str(exc))}",
              file=sys.stderr)
        return exc.exit_code
    except InvalidValue as exc:
        print(f"error: {in_user_language(exc.message)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Cancelled:
        print(in_user_language(user_text("Cancelled. Work done so far is kept; run the "
                                         "command again to continue.")), file=sys.stderr)
        return EXIT_CANCELLED
    except KeyboardInterrupt:
        print(in_user_language(user_text("Stopped.")), file=sys.stderr)
        return EXIT_CANCELLED


def _run_app(args: argparse.Namespace) -> int:
    """Open the window (or run the self-check); the UI package is imported only here."""
    os.environ.setdefault("QT_API", "pyside6")
    try:
        # Window only: Qt and the window add ~190 ms to every headless command (and a build
        # without the window has no desktop.ui).
        from desktop.ui import app
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("desktop.ui"):
            raise CliError(user_text("The desktop window is not part of this build yet; "
                                     "use the headless commands (influencer-desk --help).")
                           ) from exc
        raise
    return app.run(args)
