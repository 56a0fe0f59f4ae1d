"""Issue 6: the window with 100,000 accounts in the store.

1. Cold start to a shown, populated main window, measured as a whole process (spawn to the
   first painted frame), median of several runs, against a bare QApplication + empty
   QMainWindow started the same way. Targets: < 1.5 s and < 3x the bare window.
2. Scrolling through the whole table and typing searches: the slowest frame / response.
   Target: < 100 ms.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.bench_store import load_local, make_dataset

WORK = Path(__file__).resolve().parent / ".work"
RUNS = 7


def prepared_store(influencers: int) -> Path:
    """A local store with `influencers` people (2 accounts each); built once, then reused."""
    from desktop.store import Store

    data_dir = WORK / f"window-{influencers}"
    marker = data_dir / "READY"
    if marker.exists():
        with Store.open(data_dir):  # bring a store built by older code up to date, untimed
            pass
        return data_dir
    data_dir.mkdir(parents=True, exist_ok=True)
    with Store.open(data_dir) as store:
        load_local(store, make_dataset(influencers))
        store.optimize()
    marker.write_text("ok")
    return data_dir


def cold_start(args: list[str]) -> tuple[float, int]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "benchmarks.window_probe", *args], env=env,
                         capture_output=True, text=True, check=True)
    elapsed = time.perf_counter() - started
    line = next(ln for ln in out.stdout.splitlines() if ln.startswith("READY"))
    return elapsed, int(line.split()[1])


def interaction(data_dir: Path) -> dict[str, float]:
    """Slowest frame while scrolling the whole table, slowest search response."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.store import Store
    from desktop.ui.app import settings_for, settle_after_start
    from desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    store = Store.open(data_dir)
    window = MainWindow(store, settings_for(data_dir))
    window.resize(1400, 860)
    window.show()
    app.processEvents()
    settle_after_start()  # as `influencer-desk` does once its window is up
    table = window.table
    bar = table.verticalScrollBar()
    frames: list[float] = []
    step = max(1, bar.pageStep())
    for value in range(0, bar.maximum() + step, step):
        started = time.perf_counter()
        bar.setValue(value)
        table.viewport().repaint()
        app.processEvents()
        frames.append(time.perf_counter() - started)
    searches: list[float] = []
    for text in ("kim", "민지", "김민", "1234-5", "a00012", "emma brown", ""):
        started = time.perf_counter()
        window.search_box.setText(text)
        window.search_box.flush()
        table.viewport().repaint()
        app.processEvents()
        searches.append(time.perf_counter() - started)
    window.close()
    store.close()
    return {"frames": len(frames), "frame_max": max(frames), "frame_p95":
            sorted(frames)[int(len(frames) * 0.95)], "frame_median": statistics.median(frames),
            "search_max": max(searches), "search_median": statistics.median(searches)}


def run(quick: bool) -> str:
    influencers = 2_000 if quick else 50_000
    data_dir = prepared_store(influencers)
    runs = 2 if quick else RUNS
    app_times, bare_times, rows = [], [], 0
    for _ in range(runs):  # interleaved, so machine noise hits both alike
        elapsed, rows = cold_start(["app", str(data_dir)])
        app_times.append(elapsed)
        bare_times.append(cold_start(["bare"])[0])
    app_median, bare_median = statistics.median(app_times), statistics.median(bare_times)
    ui = interaction(data_dir)
    return "\n".join([
        f"Store: {influencers * 2:,} accounts ({influencers:,} influencers); the first tab "
        f"shows {rows:,} rows. Offscreen Qt, whole-process timing, median of {runs} runs.",
        "",
        "| measure | value | target |",
        "|---|---:|---:|",
        f"| cold start, main window populated | {app_median:.2f} s | < 1.5 s |",
        f"| cold start, bare QMainWindow (baseline) | {bare_median:.2f} s | |",
        f"| ratio to the bare window | {app_median / bare_median:.2f}x | < 3x |",
        f"| scroll through the table: frames | {ui['frames']:,.0f} | |",
        f"| slowest frame / p95 / median | {ui['frame_max'] * 1000:.1f} / "
        f"{ui['frame_p95'] * 1000:.1f} / {ui['frame_median'] * 1000:.1f} ms | < 100 ms |",
        f"| slowest search response (7 queries) / median | {ui['search_max'] * 1000:.1f} / "
        f"{ui['search_median'] * 1000:.1f} ms | < 100 ms |",
    ])
