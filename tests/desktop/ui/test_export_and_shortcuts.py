"""Export… asks what to export (the tab, both platforms one sheet each, the selected rows),
and the window's shortcuts work wherever the focus is (Ctrl+E in the search box)."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop.ui.dialogs.export_dialog import ExportDialog, ExportScope
from shared_models.platforms import Platform


def _export(window, qtbot, path, scope: ExportScope) -> None:
    with qtbot.waitSignal(window.excel_actions.exported, timeout=20000):
        window.excel_actions.export(path=path, scope=scope)


def test_export_of_both_platforms_writes_one_sheet_each(window, tmp_path, qtbot) -> None:
    out = tmp_path / "both.xlsx"
    _export(window, qtbot, out, ExportScope.BOTH)
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == ["Platform A", "Platform B"]
    rows = {name: list(book[name].iter_rows(min_row=2, values_only=True))
            for name in book.sheetnames}
    assert len(rows["Platform A"]) == 3 and len(rows["Platform B"]) == 4
    assert any("jimin.park" in row for row in rows["Platform B"])


def test_export_of_the_selected_rows_writes_only_them(window, seeded, tmp_path,
                                                      qtbot) -> None:
    window.tabs.setCurrentIndex(list(Platform).index(Platform.B))
    assert window.tables[Platform.B].select_account(seeded["jimin.park"])
    out = tmp_path / "one.xlsx"
    _export(window, qtbot, out, ExportScope.SELECTED)
    rows = list(load_workbook(out, read_only=True)["Platform B"].iter_rows(min_row=2,
                                                                           values_only=True))
    assert len(rows) == 1 and "jimin.park" in rows[0]


def test_the_export_dialog_offers_tab_both_and_selection_with_counts(window, seeded,
                                                                     qtbot) -> None:
    window.tabs.setCurrentIndex(list(Platform).index(Platform.B))
    chosen: list[ExportScope | None] = []

    def pick_both() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        texts = [b.text() for b in dialog.choices.values()]
        assert texts == ["Platform B as shown (4 accounts)",
                         "Both platforms, one sheet each (7 accounts)",
                         "Only the selected rows (0)"]
        assert not dialog.choices[ExportScope.SELECTED].isEnabled()
        dialog.choices[ExportScope.BOTH].setChecked(True)
        dialog.accept()

    QTimer.singleShot(0, pick_both)
    chosen.append(window.excel_actions.choose_scope())
    assert chosen == [ExportScope.BOTH]


class X11LineEditKeys(QObject):
    """What Qt's line edit does under an X11 desktop theme (not under the offscreen test
    platform): it claims Ctrl+E ("end of line") before any window shortcut sees it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.keyCombination() == QKeyCombination(
                    Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_E)):
            event.accept()
        return False


def test_ctrl_e_exports_even_while_typing_in_the_search_box(window, qtbot,
                                                           monkeypatch) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(window.excel_actions, "choose_scope", lambda: asked.append(True))
    x11 = X11LineEditKeys(window)
    window.search_box.installEventFilter(x11)
    window.search_box.setFocus()
    qtbot.waitUntil(window.search_box.hasFocus)
    qtbot.keyClick(window.search_box, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked == [True]
    # Editing keys stay the text box's: Ctrl+A selects the typed text, Del deletes in it.
    with qtbot.waitSignal(window.search_applied, timeout=5000):
        window.search_box.setText("kim")
        window.search_box.flush()
    qtbot.keyClick(window.search_box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.selectedText() == "kim"
