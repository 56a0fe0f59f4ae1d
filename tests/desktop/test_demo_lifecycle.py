"""`influencer-desk --demo` (and `python3 dev.py demo`, which runs it) takes its sync service
and embedded PostgreSQL down with it when the window is closed, on SIGTERM and on Ctrl-C
(real processes, offscreen window)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import EXIT_CANCELLED
from tests.support.processes import processes_of, survivors

pytestmark = [pytest.mark.postgres, pytest.mark.e2e]
READY = "The demo is ready"
ROOT = Path(__file__).resolve().parents[2]
# Closes the window as a user would, once it is on screen (the app's own event loop runs).
CLOSE_WHEN_SHOWN = """
import sys
from PySide6.QtCore import QTimer
from desktop.cli import main
from desktop.ui.app import make_application

app = make_application()
def close_when_shown():
    if any(w.isVisible() for w in app.topLevelWidgets()):
        app.closeAllWindows()
timer = QTimer()
timer.timeout.connect(close_when_shown)
timer.start(300)
sys.exit(main(["--demo"]))
"""
# `python3 dev.py demo` without its venv step: dev.py's own runner, which passes SIGTERM on.
DEV_PY_DEMO = """
import os, sys
import dev
sys.exit(dev._run_forwarding_signals([sys.executable, "-m", "desktop", "--demo"],
                                     dict(os.environ)))
"""


@pytest.fixture
def temp_root() -> Iterator[Path]:
    # The demo makes its folder with tempfile; TMPDIR puts it where this test can look.
    # Not tmp_path: as root the embedded server runs as another user (see test_cli.py).
    with tempfile.TemporaryDirectory(prefix="idesk-demo-life-") as directory:
        yield Path(directory)


def start_demo(temp_root: Path, *command: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("INFLUENCER_SYNC_", "INFLUENCER_DESK_"))}
    env.update(TMPDIR=str(temp_root), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, *command], env=env, text=True, cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_until_ready(demo: subprocess.Popen[str], timeout: float = 240,
                     ready: str = READY) -> None:
    assert demo.stderr is not None
    deadline = time.monotonic() + timeout
    said = []
    for line in demo.stderr:
        said.append(line)
        if ready in line:
            return
        assert time.monotonic() < deadline, "".join(said)
    pytest.fail(f"the demo ended before it was ready (exit {demo.wait()}):\n{''.join(said)}")


def exit_code(demo: subprocess.Popen[str], timeout: float = 90) -> int:
    """The demo's exit code. What it says meanwhile is read (a full pipe would block it) and
    printed, so a failed assertion shows why it ended as it did."""
    _, said = demo.communicate(timeout=timeout)
    print(f"exit {demo.returncode}; the demo said after it was ready:\n{said}")
    return demo.returncode


def demo_folders(temp_root: Path) -> list[Path]:
    return sorted(temp_root.glob("influencer-desk-demo-*"))


@pytest.mark.parametrize(("command", "signum"), [
    (["-m", "desktop", "--demo"], signal.SIGTERM), (["-m", "desktop", "--demo"], signal.SIGINT),
    (["-c", DEV_PY_DEMO], signal.SIGTERM)], ids=["SIGTERM", "SIGINT", "dev.py-SIGTERM"])
def test_a_signal_stops_the_demo_and_everything_it_started(temp_root: Path, command: list[str],
                                                           signum: int) -> None:
    demo = start_demo(temp_root, *command)
    try:
        wait_until_ready(demo)
        running = processes_of(demo.pid, temp_root)
        assert any(p.name() == "postgres" for p in running), "no embedded PostgreSQL found"
        demo.send_signal(signum)
        assert exit_code(demo) == 0
        assert survivors(running) == []
        assert processes_of(None, temp_root) == set()
        assert demo_folders(temp_root) == []  # the throwaway data is gone too
    finally:
        demo.kill()


def test_closing_the_window_stops_the_demo_and_everything_it_started(
        temp_root: Path) -> None:
    demo = start_demo(temp_root, "-c", CLOSE_WHEN_SHOWN)
    try:
        wait_until_ready(demo)
        running = processes_of(demo.pid, temp_root)  # may be stopping already: that is fine
        assert exit_code(demo) == 0
        assert survivors(running) == []
        assert processes_of(None, temp_root) == set()
        assert demo_folders(temp_root) == []
    finally:
        demo.kill()


def test_a_demo_stopped_while_it_starts_leaves_nothing(temp_root: Path) -> None:
    """SIGTERM while the demo seeds its data and the sync service is still starting."""
    demo = start_demo(temp_root, "-m", "desktop", "--demo")
    try:
        wait_until_ready(demo, ready="demo influencers")
        running = processes_of(demo.pid, temp_root)
        demo.send_signal(signal.SIGTERM)
        assert exit_code(demo) == EXIT_CANCELLED
        assert survivors(running | processes_of(None, temp_root)) == []
        assert processes_of(None, temp_root) == set()
        assert demo_folders(temp_root) == []
    finally:
        demo.kill()
