"""Start the window: the QApplication, the store, and (with --demo) the demo environment."""

from __future__ import annotations

import argparse
import gc
import logging
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from desktop import __version__
from desktop.settings import resolve_data_dir
from desktop.store import SearchQuery, Store
from desktop.ui.dialogs.first_run import FirstRunDialog
from desktop.ui.icons import app_icon
from desktop.ui.main_window import MainWindow
from desktop.ui.translation import install_language, korean_problem
from shared_models.platforms import PLATFORMS, Platform, profile_url

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
    # Self-check only: the adapters and their HTTP stack add ~190 ms to opening the window.
    from desktop.collect.registry import adapter_classes

    found = adapter_classes()
    missing = [p.value for p in PLATFORMS if p not in found]
    if missing:
        print(f"self-check: no adapter for platform(s) {missing}", file=sys.stderr)
        return 1
    adapters = sorted(f"{p.value}={cls.__name__}" for p, cls in found.items())
    problem = korean_problem(app) or _import_writer_problem()
    if problem:
        print(f"self-check: {problem}", file=sys.stderr)
        return 1
    print(f"self-check ok: store, Qt ({app.platformName()}), main window, "
          f"adapters {adapters}, Korean translations, import writer process")
    return 0


def _import_writer_problem() -> str | None:
    """Import one row through a writer process (how large imports run), into a throwaway
    store: a bundle that cannot start it (multiprocessing in a frozen app) fails here."""
    import tempfile

    # Self-check only: the import pipeline adds ~220 ms to opening the window.
    from desktop.excel import ImportOptions, run_import
    from desktop.excel.importing.sinks import wait_for_writers

    with (tempfile.TemporaryDirectory(prefix="idesk-self-check-") as temp,
          Store.open(Path(temp) / "store") as store):
        url = profile_url(Platform.A, "self_check", store.web_base(Platform.A))
        sheet = Path(temp) / "one.csv"
        sheet.write_text(f"이름,블로그 URL\n점검,{url}\n", encoding="utf-8")
        created = run_import(sheet, store, ImportOptions(writer="process")).to_json()
        wait_for_writers()
    if created["created"] != {"influencers": 1, "accounts": 1}:
        return f"the import writer process wrote {created['created']}"
    return None


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

        demo = start_demo(say=lambda text: print(text, file=sys.stderr, flush=True))
        data_dir = demo.data_dir
    else:
        data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    setup_logging(data_dir)
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
            try:
                return app.exec()
            finally:
                keep_alive.stop()
    finally:
        if demo is not None:
            demo.stop()
