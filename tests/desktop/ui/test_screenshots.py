"""The README's screenshots (`python3 dev.py screenshots` writes them to docs/screenshots/):
the same windows rendered into a temporary folder, each PNG a real picture of its content."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from desktop.ui.main_window import MainWindow
from desktop.ui.screenshots import (
    ADMIN_VIEW,
    DETAIL_PANE,
    EDIT_FORM,
    IMPORT_WIZARD,
    MAIN_WINDOW,
    demo_window,
    open_admin_view,
    open_edit_form_with_problems,
    open_wizard_at_preview,
    render_screenshots,
    save_png,
    show_top_accounts,
    write_campaign_workbook,
)
from shared_models.platforms import Platform


def distinct_colours(image: QImage, step: int = 7) -> int:
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
    return len(seen)


def written_png(path: Path) -> QImage:
    """The PNG as a viewer would open it from disk."""
    assert path.stat().st_size > 1000, path
    image = QImage(str(path))
    assert not image.isNull() and image.format() != QImage.Format.Format_Invalid, path
    return image


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    with demo_window(tmp_path / "work") as opened:
        qtbot.addWidget(opened)
        yield opened


def test_main_window_and_detail_pane_screenshots(window: MainWindow, tmp_path: Path) -> None:
    show_top_accounts(window)
    table = window.tables[Platform.B]
    assert window.detail.title.text() == table.current_row().name
    shots = tmp_path / "shots"
    image = save_png(window, shots, MAIN_WINDOW)
    assert image.width() >= 1400 and distinct_colours(image) > 50
    pane = save_png(window.detail, shots, DETAIL_PANE)
    assert distinct_colours(pane) > 20
    on_disk = written_png(shots / MAIN_WINDOW)
    assert (on_disk.width(), on_disk.height()) == (image.width(), image.height())
    assert distinct_colours(written_png(shots / DETAIL_PANE)) > 20


def test_import_wizard_screenshot(window: MainWindow, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard_at_preview(window, write_campaign_workbook(tmp_path / "campaign.xlsx"))
    qtbot.addWidget(wizard)
    image = save_png(wizard, tmp_path / "shots", IMPORT_WIZARD)
    assert distinct_colours(image) > 10
    assert wizard.preview_page.invalid.rowCount() == 1
    assert distinct_colours(written_png(tmp_path / "shots" / IMPORT_WIZARD)) > 10


def test_the_screenshot_command_writes_the_five_pictures_to_the_folder_it_is_given(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shots = tmp_path / "shots"
    written = render_screenshots(shots, tmp_path / "work")
    assert written == [shots / MAIN_WINDOW, shots / DETAIL_PANE, shots / EDIT_FORM,
                       shots / IMPORT_WIZARD, shots / ADMIN_VIEW]
    assert sorted(p.name for p in shots.iterdir()) == sorted(p.name for p in written)
    main, pane, form, wizard, admin = (written_png(p) for p in written)
    assert (main.width(), main.height()) == (1440, 860)
    assert 200 <= pane.width() < main.width() and pane.height() >= 200
    assert wizard.width() >= 400 and wizard.height() >= 300
    assert form.width() >= 400 and admin.width() >= 600
    assert [distinct_colours(i) > 10 for i in (main, pane, form, wizard, admin)] == [True] * 5


def test_the_edit_form_picture_shows_its_problems_next_to_the_fields(
        window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    show_top_accounts(window)
    form = open_edit_form_with_problems(window)
    qtbot.addWidget(form)
    assert "already in the list" in form.boxes["handle"].message.text()
    assert form.boxes["email"].message.isVisible()
    view = open_admin_view(window)
    qtbot.addWidget(view)
    assert view.devices.rowCount() == 3 and view.tokens.rowCount() == 3
