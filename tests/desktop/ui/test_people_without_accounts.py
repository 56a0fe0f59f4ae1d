"""People added without accounts are listed (and found by the search box, Korean initials
too), and adding a person never replaces what the user searched for."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.ui.dialogs.influencer_dialog import InfluencerDialog


def _search(window, qtbot, text: str) -> None:
    with qtbot.waitSignal(window.search_applied, timeout=5000):
        window.search_box.setText(text)
        window.search_box.flush()


def test_a_person_without_accounts_is_listed_and_found_by_search(window, store,
                                                                 qtbot) -> None:
    store.create_influencer(name="최유나", phone="010-7777-8888", tags="육아")
    window.refresh_after_change()
    panel = window.people_panel
    qtbot.waitUntil(panel.isVisible)
    assert panel.title.text() == "People without accounts (1)"
    assert panel.people.item(0).text().startswith("최유나 · 010-7777-8888")
    for typed in ("ㅊㅇㄴ", "유나", "7777", "육아"):
        _search(window, qtbot, typed)
        qtbot.waitUntil(lambda: panel.people.count() == 1 and panel.isVisible())
    _search(window, qtbot, "김민지")
    qtbot.waitUntil(lambda: not panel.isVisible())


def test_adding_a_person_keeps_the_current_search(window, store, qtbot) -> None:
    _search(window, qtbot, "ㄱㅁㅈ")
    assert window.models[window.platform].total == 1

    def fill_and_save() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, InfluencerDialog)
        dialog.name.setText("한지우")
        dialog.rows[0].platform.setCurrentIndex(dialog.rows[0].platform.findData("A"))
        dialog.rows[0].handle.setText("jiwoo_a")
        dialog.save()

    QTimer.singleShot(0, fill_and_save)
    window.act_new.trigger()
    assert store.find_account("A", "jiwoo_a") is not None
    assert window.search_box.text() == "ㄱㅁㅈ"
    assert window.models[window.platform].total == 1
    assert window.detail.title.text() == "한지우"
    assert "does not include them" in window.statusBar().currentMessage()
