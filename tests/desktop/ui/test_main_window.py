"""The main window driven as staff use it: search, add, edit, delete and undo, the
cross-platform pane. Real widgets, offscreen, over a real local store."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt

from desktop.store import SearchQuery
from desktop.ui.dialogs.influencer_dialog import InfluencerDialog
from desktop.ui.main_window import MainWindow
from shared_models.platforms import Platform


def visible_names(window, platform: Platform) -> list[str]:
    model = window.models[platform]
    return [model.row_at(row).name for row in range(model.rowCount())]


def test_tabs_show_each_platform_with_counts(window) -> None:
    assert window.tabs.tabText(0) == "Platform A  (3)"
    assert window.tabs.tabText(1) == "Platform B  (4)"
    assert sorted(visible_names(window, Platform.B)) == ["김민지", "김민지", "박지민", "이서준"]


def test_typing_a_korean_fragment_narrows_the_table(window, qtbot) -> None:
    window.search_box.insert("민지")  # as an input method commits it; the table follows
    qtbot.waitUntil(lambda: window.models[Platform.B].total == 2, timeout=2000)
    assert set(visible_names(window, Platform.B)) == {"김민지"}
    assert window.match_count.text() == "3 accounts" or window.platform is Platform.A
    with qtbot.waitSignal(window.search_applied, timeout=5000):
        window.search_box.clear()
        window.search_box.flush()
    assert window.models[Platform.B].total == 4


def test_phone_fragment_typed_with_dashes_finds_the_person(window, qtbot) -> None:
    with qtbot.waitSignal(window.search_applied, timeout=5000):
        window.search_box.setText("2222-3333")
        window.search_box.flush()
    assert visible_names(window, Platform.A) == ["이서준"]


def test_table_shows_latest_metric_and_other_platform_handles(window) -> None:
    model = window.models[Platform.A]
    row = next(r for r in range(model.rowCount()) if model.row_at(r).name == "김민지")
    cells = {model.columns[c].key: model.index(row, c).data() for c in range(model.columnCount())}
    assert cells["handle"] == "@minji_blog"
    assert cells["daily_visitors"] == "1,060"  # the newest of the 7 snapshots
    assert cells["other"] == "@kim.minji, @minji.daily"
    assert cells["phone"] == "010-1234-5678"


def test_detail_pane_lists_accounts_on_both_platforms_and_jumps(window, seeded) -> None:
    window.tabs.setCurrentIndex(0)
    assert window.tables[Platform.A].select_account(seeded["minji_blog"])
    pane = window.detail
    assert pane.title.text() == "김민지"
    items = [pane.accounts.topLevelItem(i) for i in range(pane.accounts.topLevelItemCount())]
    labels = [item.text(0) for item in items]
    assert labels == ["Platform A  @minji_blog", "Platform B  @kim.minji",
                      "Platform B  @minji.daily"]
    pane._jump(pane.accounts.topLevelItem(1))
    assert window.platform is Platform.B
    assert window.table.current_row().handle == "kim.minji"


def test_add_influencer_with_pasted_url_fills_platform_and_saves(window, store, qtbot) -> None:
    dialog = InfluencerDialog(store, window)
    qtbot.addWidget(dialog)
    dialog.name.setText("최유나")
    dialog.phone.setText("01055556666")
    row = dialog.rows[0]
    row.platform.setCurrentIndex(0)
    row.handle.setText("https://www.b.example.com/@Yuna.Choi")
    assert row.platform.currentData() == "B"  # the pasted URL chose the platform
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    person = store.find_influencer("최유나", "+821055556666")
    assert person is not None
    assert [a.handle for a in store.accounts_of(person.id)] == ["yuna.choi"]


def test_invalid_form_shows_messages_next_to_fields_and_saves_nothing(window, store,
                                                                      qtbot) -> None:
    dialog = InfluencerDialog(store, window)
    qtbot.addWidget(dialog)
    dialog.name.setText("  ")
    dialog.phone.setText("010-12")
    dialog.rows[0].platform.setCurrentIndex(dialog.rows[0].platform.findData("A"))
    dialog.rows[0].handle.setText("minji_blog")  # already belongs to 김민지
    before = store.search(SearchQuery(limit=None)).total
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.boxes["name"].message.text() == "A name is required."
    assert dialog.boxes["phone"].message.text() == "'010-12' is not a phone number."
    assert "already in the list (it belongs to 김민지)" in (
        dialog.rows[0].boxes["handle"].message.text())
    assert store.search(SearchQuery(limit=None)).total == before


def test_delete_then_undo_restores_the_account(window, store, seeded, qtbot) -> None:
    window.tabs.setCurrentIndex(1)
    table = window.tables[Platform.B]
    assert table.select_account(seeded["jimin.park"])
    window.act_delete.trigger()
    assert window.models[Platform.B].total == 3
    assert store.get_account(seeded["jimin.park"]) is None
    window.act_undo.trigger()
    assert window.models[Platform.B].total == 4
    assert store.get_account(seeded["jimin.park"]) is not None


def test_recently_deleted_view_restores(window, store, seeded, qtbot) -> None:
    window.tabs.setCurrentIndex(1)
    window.tables[Platform.B].select_account(seeded["seojun.eats"])
    window.act_delete.trigger()
    with qtbot.waitSignal(window.search_applied, timeout=5000):
        window.filters.deleted.setChecked(True)
    assert visible_names(window, Platform.B) == ["이서준"]
    window.tables[Platform.B].selectRow(0)
    assert window.act_restore.isEnabled()
    window.act_restore.trigger()
    with qtbot.waitSignal(window.search_applied, timeout=5000):
        window.filters.deleted.setChecked(False)
    assert store.get_account(seeded["seojun.eats"]) is not None
    assert window.models[Platform.B].total == 4


def test_sorting_by_metric_column_orders_rows(window) -> None:
    table = window.tables[Platform.B]
    model = window.models[Platform.B]
    column = next(i for i, c in enumerate(model.columns) if c.key == "followers")
    before = {model.row_at(r).id for r in range(model.rowCount())}
    table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    values = [model.row_at(r).metrics["followers"].value for r in range(model.rowCount())]
    assert values == sorted(values, reverse=True)
    # The same accounts, all of them, in the new order.
    assert {model.row_at(r).id for r in range(model.rowCount())} == before
    assert model.total == len(before) == 4


def test_column_layout_is_remembered(window, store, data_dir, qtbot) -> None:
    from PySide6.QtCore import QSettings


    window.tables[Platform.A].setColumnWidth(2, 333)
    window.close()
    again = MainWindow(store, QSettings(str(data_dir / "window.ini"),
                                        QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert again.tables[Platform.A].columnWidth(2) == 333



def test_the_shortcuts_staff_expect_are_bound(window) -> None:
    from PySide6.QtGui import QKeySequence

    bound = {a.shortcut().toString(QKeySequence.SequenceFormat.PortableText): a.text()
             for a in window.actions() if not a.shortcut().isEmpty()}
    assert bound["Ctrl+F"] == "Search"
    assert bound["Ctrl+N"] == "Add influencer"
    assert bound["Del"] == "Delete"
    assert bound["Ctrl+Z"].startswith("Undo")
    assert bound["F5"] == "Sync now"
    assert bound["Ctrl+E"] == "Export results to Excel …"
    assert bound["Ctrl+I"] == "Import from Excel …"


def test_row_menu_offers_profile_copy_edit_delete_collect_and_export(window, seeded) -> None:
    window.tabs.setCurrentIndex(1)
    window.tables[Platform.B].select_account(seeded["kim.minji"])
    texts = [a.text() for a in (window.act_open_profile, window.act_copy_handle,
                                window.act_copy_url, *window.row_actions())]
    assert texts == ["Open profile", "Copy handle", "Copy profile URL", "Edit",
                     "Edit account …", "Move to another person …", "Add account", "Delete",
                     "Restore", "Collect selected accounts", "Export results to Excel …"]
    window.act_copy_handle.trigger()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == "kim.minji"


def test_the_match_count_follows_the_tab(window) -> None:
    window.tabs.setCurrentIndex(0)
    assert window.match_count.text() == "3 accounts"
    window.tabs.setCurrentIndex(1)
    assert window.match_count.text() == "4 accounts"


def slowed(store, monkeypatch, text: str, seconds: float, after: bool = False) -> list[bool]:  # type: ignore[no-untyped-def]
    """Make the store's search for `text` take `seconds` (before reading, or after: then the
    result is of the data as it was). Returns, per such search, whether it ran on the
    window's thread."""
    real = store.search
    on_ui_thread: list[bool] = []

    def search(query: SearchQuery):  # type: ignore[no-untyped-def]
        if query.text != text:
            return real(query)
        on_ui_thread.append(threading.current_thread() is threading.main_thread())
        if not after:
            time.sleep(seconds)
        result = real(query)
        if after:
            time.sleep(seconds)
        return result

    monkeypatch.setattr(store, "search", search)
    return on_ui_thread


def test_a_slow_search_never_freezes_the_window(window, store, monkeypatch, qtbot) -> None:
    on_ui_thread = slowed(store, monkeypatch, "민지", 0.5)
    started = time.monotonic()
    window.search_box.setText("민지")
    window.search_box.flush()
    assert time.monotonic() - started < 0.25  # the keystroke did not wait for the store
    assert window.searching
    assert window.models[Platform.B].total == 4  # the old rows stay until the result is in
    qtbot.waitUntil(lambda: not window.searching, timeout=5000)
    assert window.models[Platform.B].total == 2
    assert window.tabs.tabText(1) == "Platform B  (2)"
    assert on_ui_thread and not any(on_ui_thread)


def test_an_overtaken_search_never_reaches_the_table(window, store, monkeypatch,
                                                     qtbot) -> None:
    slowed(store, monkeypatch, "민지", 0.4)
    model = window.models[Platform.B]
    totals: list[int] = []
    model.total_changed.connect(totals.append)
    window.search_box.setText("민지")
    window.search_box.flush()  # on a worker now, and slow
    with qtbot.waitSignal(window.search_applied, timeout=5000):
        window.search_box.setText("이서준")
        window.search_box.flush()
    assert totals == [1]  # 민지's two accounts were never shown
    assert visible_names(window, Platform.B) == ["이서준"]
    assert model.query.text == "이서준"
    assert window.tabs.tabText(1) == "Platform B  (1)"


def test_a_search_that_read_before_a_delete_is_run_again(window, store, seeded, monkeypatch,
                                                         qtbot) -> None:
    slowed(store, monkeypatch, "민지", 0.4, after=True)
    window.search_box.setText("민지")
    window.search_box.flush()
    time.sleep(0.1)  # the worker has read both of 김민지's B accounts by now
    store.delete_account(seeded["minji.daily"])
    window.refresh_after_change()
    qtbot.waitUntil(lambda: not window.searching, timeout=5000)
    assert [window.models[Platform.B].row_at(0).handle] == ["kim.minji"]
    assert window.models[Platform.B].total == 1


def test_jumping_to_an_account_outside_the_result_searches_for_it(window, seeded,
                                                                 qtbot) -> None:
    with qtbot.waitSignal(window.search_applied, timeout=5000):
        window.search_box.setText("이서준")
        window.search_box.flush()
    window.jump_to_account(seeded["minji.daily"])
    qtbot.waitUntil(lambda: not window.searching, timeout=5000)
    assert window.search_box.text() == "minji.daily"
    assert window.platform is Platform.B
    assert window.table.current_row().handle == "minji.daily"
    assert window.detail.title.text() == "김민지"
