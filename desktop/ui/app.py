"""Start the window: the QApplication, the store, and (with --demo) the demo environment."""

from __future__ import annotations

import argparse
import gc
import logging
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from desktop import __version__
from desktop.settings import resolve_data_dir
from desktop.store import SearchQuery, Store
from desktop.ui.dialogs.first_run import FirstRunDialog
from desktop.ui.icons import app_icon
from desktop.ui.main_window import MainWindow
from desktop.ui.translation import install_language, korean_problem

log = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("InfluencerDesk")
    QCoreApplication.setApplicationName("Influencer Desk")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(True)
    return app


def settle_after_start() -> None:
    """Once the window is up: move start-up objects out of the collector's way and collect
    young objects less often. Scrolling creates many short-lived wrappers; without this, a
    full collection now and then stalls a frame for ~100 ms (benchmarks/bench_window.py)."""
    gc.freeze()
    gc.set_threshold(20_000, 50, 100)


def settings_for(data_dir: Path) -> QSettings:
    """Window layout lives beside the data, so a demo or a second data dir has its own."""
    return QSettings(str(data_dir / "window.ini"), QSettings.Format.IniFormat)


def setup_logging(data_dir: Path) -> None:
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=[logging.FileHandler(data_dir / "influencer-desk.log", encoding="utf-8")],
    )


def self_check(data_dir: Path) -> int:
    """Open the store, load Qt offscreen, render the main window, load the adapters."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_application()
    install_language(app)
    with Store.open(data_dir) as store:
        window = MainWindow(store, settings_for(data_dir))
        window.show()
        app.processEvents()
        image = window.grab()
        window.close()
        if image.isNull():
            print("self-check: the main window did not render", file=sys.stderr)
            return 1
    # Self-check only: the adapters, the import pipeline and the keyring add ~0.5 s to
    # opening the window.
    from desktop.checks import CheckFailed, run_checks

    try:
        done = run_checks()
    except CheckFailed as failed:
        print(f"self-check: {failed}", file=sys.stderr)
        return 1
    problem = korean_problem(app)
    if problem:
        print(f"self-check: {problem}", file=sys.stderr)
        return 1
    print(f"self-check ok: store, Qt ({app.platformName()}), main window, "
          f"Korean translations, {done}")
    return 0


def is_first_run(store: Store) -> bool:
    # Unconnected, no accounts and nothing typed yet (an influencer without accounts is
    # still waiting in the outbox, as this desk never synced).
    return (not store.sync_state().server_url
            and store.search(SearchQuery(limit=0)).total == 0
            and store.outbox_counts() == (0, 0)
            and not store.get_setting("welcome_done", False))


def welcome(window: MainWindow) -> bool:
    """The first-run choice: connect, try the demo, or start offline. False: quit."""
    import subprocess

    dialog = FirstRunDialog(window)
    dialog.exec()
    window.store.set_setting("welcome_done", True)
    if dialog.choice == FirstRunDialog.DEMO:
        frozen = getattr(sys, "frozen", False)  # the installed app is its own executable
        command = [sys.executable] if frozen else [sys.executable, "-m", "desktop"]
        subprocess.Popen([*command, "--demo"])
        return False
    if dialog.choice == FirstRunDialog.CONNECT:
        window.show_connect()
    return True


def quit_on_signals(app: QApplication) -> QTimer:
    """Ctrl-C in the terminal (or a service manager's SIGTERM) closes the window cleanly,
    so running work stops resumably and the demo cleans up after itself. Python only runs
    signal handlers when it gets control, hence the idle timer."""
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: app.closeAllWindows())
    timer = QTimer()
    timer.start(250)
    timer.timeout.connect(lambda: None)
    return timer


def _interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


def run(args: argparse.Namespace) -> int:
    if getattr(args, "self_check", False):
        return self_check(resolve_data_dir(getattr(args, "data_dir", None)))
    demo = None
    if getattr(args, "demo", False):
        import importlib.util

        parts = ("sync_api", "platform_sim")
        if getattr(sys, "frozen", False) or not all(importlib.util.find_spec(p) for p in parts):
            print("The demo needs the sync service and the platform simulator, which the "
                  "installed app does not include. Run it from a source checkout with "
                  "`python3 dev.py demo`.", file=sys.stderr)
            return 1
        # Only in a source checkout: the installed app has no sync service or simulator.
        from desktop.demo import start_demo

        # Until the window takes over the signals: SIGTERM unwinds like Ctrl-C, so a demo
        # stopped while starting takes its sync service and database down with it.
        signal.signal(signal.SIGTERM, _interrupt)
        demo = start_demo(say=lambda text: print(text, file=sys.stderr, flush=True))
        data_dir = demo.data_dir
    else:
        data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    setup_logging(data_dir)
    owned = QApplication.instance() is None
    app = make_application()
    install_language(app)  # before any widget reads its texts
    try:
        with Store.open(data_dir) as store:
            window = MainWindow(store, settings_for(data_dir))
            if demo is not None:
                demo_title = QCoreApplication.translate("MainWindow", "{title} — demo")
                window.setWindowTitle(demo_title.format(title=window.windowTitle()))
            window.show()
            settle_after_start()
            if demo is None and is_first_run(store) and not welcome(window):
                return 0  # the demo was started in its own process instead
            keep_alive = quit_on_signals(app)
            if demo is not None:
                print("The demo is ready. Close the window (or press Ctrl-C here) to stop it; "
                      "its data is then deleted.", file=sys.stderr, flush=True)
            try:
                return app.exec()
            finally:
                keep_alive.stop()
                # The window goes now, while the store it reads is open; a late signal is
                # ignored rather than calling into a window that is being torn down.
                for signum in (signal.SIGINT, signal.SIGTERM):
                    signal.signal(signum, signal.SIG_IGN)
                window.deleteLater()
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    finally:
        if demo is not None:
            demo.stop()
        if owned:
            # Destroy the application now, not in the interpreter's teardown, where
            # PySide6 may crash walking objects Python already freed (PYSIDE-2254): a
            # stopped demo then exits 0, not with a segmentation fault.
            app.shutdown()
