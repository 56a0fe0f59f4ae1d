"""Child process for bench_window: start, show a window, say READY once it has painted.

    python -m benchmarks.window_probe app DATA_DIR   # the real main window over the store
    python -m benchmarks.window_probe bare           # QApplication + empty QMainWindow
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    mode = sys.argv[1]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    if mode == "bare":
        window = QMainWindow()
        rows = 0
    else:
        from pathlib import Path

        from desktop.store import Store
        from desktop.ui.app import settings_for
        from desktop.ui.main_window import MainWindow

        data_dir = Path(sys.argv[2])
        store = Store.open(data_dir)
        window = MainWindow(store, settings_for(data_dir))
        rows = window.models[window.platform].total
    window.resize(1400, 860)
    window.show()

    def ready() -> None:
        window.grab()  # the first frame, painted with its rows
        print(f"READY {rows}", flush=True)
        app.quit()

    QTimer.singleShot(0, ready)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
