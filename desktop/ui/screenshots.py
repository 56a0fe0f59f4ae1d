"""The README's screenshots: the main window, the detail pane, an edit form showing its
problems, the import wizard and the administration view over the demo data set, rendered
offscreen to PNG files, once per language.

`python3 dev.py screenshots` writes them to docs/screenshots/<language>/; the test suite
renders the same windows through the same functions into a temporary folder and checks the
images.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import openpyxl
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop.demo_data import seed_demo
from desktop.store import Store
from desktop.ui.dialogs.account_edit_dialog import AccountEditDialog
from desktop.ui.dialogs.admin_dialog import AdminDialog
from desktop.ui.dialogs.import_wizard import ImportWizard
from desktop.ui.main_window import MainWindow
from platform_sim.config import SimConfig
from platform_sim.dataset import Dataset
from shared_models.admin import AdminStatus
from shared_models.platforms import Platform

try:  # the translation system (issue 19, h19i18n); without it the pictures are English
    from desktop.ui.translation import install_language
except ImportError:  # pragma: no cover - until that branch is merged
    install_language = None

MAIN_WINDOW = "main-window.png"
DETAIL_PANE = "detail-pane.png"
IMPORT_WIZARD = "import-wizard.png"
EDIT_FORM = "edit-form-errors.png"
ADMIN_VIEW = "admin-view.png"
LANGUAGES = ("ko", "en")
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


def open_edit_form_with_problems(window: MainWindow) -> AccountEditDialog:
    """The selected account's edit form after Save with a taken handle and a bad e-mail."""
    row = window.table.current_row()
    assert row is not None
    other = window.models[window.platform].row_at(0 if window.table.currentIndex().row() else 1)
    assert other is not None
    dialog = AccountEditDialog(window.store, row.id, window)
    dialog.handle.setText(other.handle)  # another account's handle: already in the list
    dialog.email.setText("minji@@mail")
    dialog.show()
    dialog.save()
    QTest.qWait(50)
    return dialog


def demo_admin_overview(now: datetime) -> AdminStatus:
    """What an office's server reports: three desks, their tokens, yesterday's runs."""
    hour = timedelta(hours=1)
    tokens = [{"id": 1, "name": "사무실 관리자", "role": "admin", "created_at": now - 900 * hour,
               "last_used_at": now, "devices": 1},
              {"id": 2, "name": "프런트 데스크", "role": "staff", "created_at": now - 800 * hour,
               "last_used_at": now - 0.2 * hour, "devices": 1},
              {"id": 3, "name": "인턴 노트북", "role": "staff", "created_at": now - 300 * hour,
               "last_used_at": now - 50 * hour, "revoked_at": now - 2 * hour, "devices": 1}]
    devices = [{"device_id": f"{n}f3a9c2e7b1d4", "token_name": t["name"], "app_version": "0.9.0",
                "first_seen_at": t["created_at"], "last_push_at": t["last_used_at"],
                "last_pull_at": t["last_used_at"], "last_seen_at": t["last_used_at"]}
               for n, t in enumerate(tokens)]
    run = {"device_id": "1f3a9c2e7b1d4", "token_name": "프런트 데스크",
           "started_at": now - 3 * hour, "finished_at": now - 2.5 * hour, "total": 120,
           "ok": 117, "not_found": 2, "error": 1, "blocked": 0, "left": 0, "finished": True,
           "cancelled": False}
    counts = {"collected_24h": 117, "not_found_24h": 2, "blocked_24h": 0, "runs_24h": 1}
    return AdminStatus.model_validate({
        "generated_at": now, "devices": devices, "tokens": tokens,
        "database": {"name": "influencer_sync", "size_bytes": 48_000_000,
                     "schema_revision": "0009"},
        "records": {"influencer": {"live": 300, "deleted": 4},
                    "account": {"live": 410, "deleted": 6}},
        "metric_snapshots": 12_300, "release": {},
        "collection": [{"platform": "A", "label": "Platform A", "accounts": 120,
                        "errors_24h": 1, "last_run": run, **counts},
                       {"platform": "B", "label": "Platform B", "accounts": 80,
                        "errors_24h": 0, **counts,
                        "last_run": {**run, "total": 80, "ok": 80, "not_found": 0,
                                     "error": 0}}],
        "conflicts": {"open": 1, "last_24h": 1, "recent": [
            {"entity": "influencer", "record_id": "8d0c4a52-5b7e-4f55-9a3e-3f1e2d9b7c10",
             "field": "phone", "token_name": "프런트 데스크", "device_id": "1f3a9c2e7b1d4",
             "created_at": now - hour}]}})


def open_admin_view(window: MainWindow) -> AdminDialog:
    """The administration view showing a demo office (the demo desk has no server)."""
    dialog = AdminDialog(window.store, window.runner, window, autoload=False)
    dialog.show_overview(demo_admin_overview(datetime.now(UTC)))
    dialog.show()
    QTest.qWaitForWindowExposed(dialog)
    return dialog


def render_screenshots(folder: Path, work_dir: Path,
                       language: str | None = None) -> list[Path]:
    """Write the README screenshots to `folder` in `language` (None: as the app is set
    up); the demo store lives in `work_dir`."""
    app = QApplication.instance()
    if language is not None and install_language is not None and app is not None:
        install_language(app, language)
    with demo_window(work_dir) as window:
        show_top_accounts(window)
        save_png(window, folder, MAIN_WINDOW)
        save_png(window.detail, folder, DETAIL_PANE)
        form = open_edit_form_with_problems(window)
        save_png(form, folder, EDIT_FORM)
        form.close()
        wizard = open_wizard_at_preview(window,
                                        write_campaign_workbook(work_dir / "campaign.xlsx"))
        save_png(wizard, folder, IMPORT_WIZARD)
        wizard.close()
        admin_view = open_admin_view(window)
        save_png(admin_view, folder, ADMIN_VIEW)
        admin_view.close()
    return [folder / name for name in (MAIN_WINDOW, DETAIL_PANE, EDIT_FORM, IMPORT_WIZARD,
                                       ADMIN_VIEW)]


def main(argv: list[str]) -> int:
    """`python -m desktop.ui.screenshots FOLDER` (run offscreen by `dev.py screenshots`)."""
    if len(argv) != 1:
        print("usage: python -m desktop.ui.screenshots FOLDER", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication([])
    written: list[Path] = []
    for language in LANGUAGES:
        with tempfile.TemporaryDirectory() as work_dir:
            written += render_screenshots(Path(argv[0]) / language, Path(work_dir), language)
    for path in written:
        print(path)
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
