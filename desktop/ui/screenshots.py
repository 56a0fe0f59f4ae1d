"""The README's screenshots: the main window, the detail pane and the import wizard over the
demo data set, rendered offscreen to PNG files.

`python3 dev.py screenshots` writes them to docs/screenshots/; the test suite renders the
same windows through the same functions into a temporary folder and checks the images.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import openpyxl
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop.demo_data import seed_demo
from desktop.store import Store
from desktop.ui.dialogs.import_wizard import ImportWizard
from desktop.ui.main_window import MainWindow
from platform_sim.config import SimConfig
from platform_sim.dataset import Dataset
from shared_models.platforms import Platform

MAIN_WINDOW = "main-window.png"
DETAIL_PANE = "detail-pane.png"
IMPORT_WIZARD = "import-wizard.png"
WAIT_MS = 10_000


def wait_until(done: Callable[[], bool], timeout_ms: int = WAIT_MS) -> None:
    """Let Qt run its event loop until `done()` (the window finished loading something)."""
    deadline = time.monotonic() + timeout_ms / 1000
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("The window did not finish loading in time.")
        QTest.qWait(20)


@contextmanager
def demo_window(work_dir: Path) -> Iterator[MainWindow]:
    """The main window over the demo data set (a fresh store in work_dir), shown at the
    size the README uses."""
    store = Store.open(work_dir / "desk")
    try:
        seed_demo(store, Dataset(SimConfig(seed=7, profiles=160)).listing(), people=120)
        window = MainWindow(store, QSettings(str(work_dir / "w.ini"),
                                             QSettings.Format.IniFormat))
        window.resize(1440, 860)
        window.show()
        QTest.qWaitForWindowExposed(window)
        try:
            yield window
        finally:
            window.close()
    finally:
        store.close()


def show_top_accounts(window: MainWindow) -> None:
    """Platform B's tab sorted by followers, the third row selected (the detail pane shows it)."""
    window.tabs.setCurrentIndex(1)
    table = window.tables[Platform.B]
    model = window.models[Platform.B]
    followers = next(i for i, c in enumerate(model.columns) if c.key == "followers")
    table.sortByColumn(followers, Qt.SortOrder.DescendingOrder)
    table.selectRow(2)
    QTest.qWait(50)


def write_campaign_workbook(path: Path) -> Path:
    """A campaign sheet as staff send them: a title row above the header, one bad phone."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["캠페인 인플루언서 목록"])
    sheet.append(["이름", "휴대폰", "블로그 URL", "인스타 URL", "카테고리"])
    sheet.append(["윤아름", "010-2345-6789", "https://a.example.com/areum_log",
                  "https://b.example.com/@areum.yoon", "뷰티"])
    sheet.append(["Grace Kim", "010-12", "", "https://b.example.com/grace.kim", "패션"])
    book.save(path)
    return path


def open_wizard_at_preview(window: MainWindow, workbook: Path) -> ImportWizard:
    """The import wizard on `workbook`, moved on to its preview of valid and invalid rows."""
    wizard = window.excel_actions.open_wizard(workbook)
    wait_until(wizard.file_page.isComplete)
    wizard.next()
    wizard.next()
    wait_until(wizard.preview_page.isComplete)
    return wizard


def save_png(widget: QWidget, folder: Path, name: str) -> QImage:
    """The widget as it is drawn now, written to folder/name."""
    folder.mkdir(parents=True, exist_ok=True)
    image = widget.grab().toImage()
    if not image.save(str(folder / name)):
        raise OSError(f"Could not write {folder / name}.")
    return image


def render_screenshots(folder: Path, work_dir: Path) -> list[Path]:
    """Write the three README screenshots to `folder`; the demo store lives in `work_dir`."""
    with demo_window(work_dir) as window:
        show_top_accounts(window)
        save_png(window, folder, MAIN_WINDOW)
        save_png(window.detail, folder, DETAIL_PANE)
        wizard = open_wizard_at_preview(window,
                                        write_campaign_workbook(work_dir / "campaign.xlsx"))
        save_png(wizard, folder, IMPORT_WIZARD)
        wizard.close()
    return [folder / name for name in (MAIN_WINDOW, DETAIL_PANE, IMPORT_WIZARD)]


def main(argv: list[str]) -> int:
    """`python -m desktop.ui.screenshots FOLDER` (run offscreen by `dev.py screenshots`)."""
    if len(argv) != 1:
        print("usage: python -m desktop.ui.screenshots FOLDER", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as work_dir:
        written = render_screenshots(Path(argv[0]), Path(work_dir))
    for path in written:
        print(path)
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
