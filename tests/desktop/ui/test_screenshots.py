"""Render the main window, the detail pane and the import wizard over the demo data set to
PNGs in docs/screenshots/ (the README shows them). Also checks they really show content."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage

from desktop.demo_data import seed_demo
from desktop.store import Store
from desktop.ui.main_window import MainWindow
from platform_sim.config import SimConfig
from platform_sim.dataset import Dataset
from shared_models.platforms import Platform

SHOTS = Path(__file__).resolve().parents[3] / "docs" / "screenshots"


def distinct_colours(image: QImage, step: int = 7) -> int:
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
    return len(seen)


@pytest.fixture
def demo_window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    store = Store.open(tmp_path / "desk")
    seed_demo(store, Dataset(SimConfig(seed=7, profiles=160)).listing(), people=120)
    window = MainWindow(store, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    window.resize(1440, 860)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    store.close()


def save(widget, name: str) -> QImage:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    image = widget.grab().toImage()
    assert image.save(str(SHOTS / name))
    return image


def test_main_window_and_detail_pane_screenshots(demo_window, qtbot) -> None:
    demo_window.tabs.setCurrentIndex(1)
    table = demo_window.tables[Platform.B]
    model = demo_window.models[Platform.B]
    followers = next(i for i, c in enumerate(model.columns) if c.key == "followers")
    table.sortByColumn(followers, Qt.SortOrder.DescendingOrder)
    table.selectRow(2)
    qtbot.wait(50)
    assert demo_window.detail.title.text() == table.current_row().name
    image = save(demo_window, "main-window.png")
    assert image.width() >= 1400 and distinct_colours(image) > 50
    pane = save(demo_window.detail, "detail-pane.png")
    assert distinct_colours(pane) > 20


def test_import_wizard_screenshot(demo_window, tmp_path: Path, qtbot) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["캠페인 인플루언서 목록"])
    sheet.append(["이름", "휴대폰", "블로그 URL", "인스타 URL", "카테고리"])
    sheet.append(["윤아름", "010-2345-6789", "https://a.example.com/areum_log",
                  "https://b.example.com/@areum.yoon", "뷰티"])
    sheet.append(["Grace Kim", "010-12", "", "https://b.example.com/grace.kim", "패션"])
    path = tmp_path / "campaign.xlsx"
    book.save(path)
    wizard = demo_window.excel_actions.open_wizard(path)
    qtbot.addWidget(wizard)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10_000)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
    image = save(wizard, "import-wizard.png")
    assert distinct_colours(image) > 10
    assert wizard.preview_page.invalid.rowCount() == 1
