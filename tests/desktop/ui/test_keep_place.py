"""Background work (a sync bringing other desks' changes, a finished import) keeps the
user's place: the selected rows, the scroll position, the detail pane and an open form."""

from __future__ import annotations

from desktop.ui.dialogs.influencer_dialog import InfluencerDialog
from shared_models.platforms import Platform


def _many(store, count: int = 300) -> None:
    with store.transaction():
        for n in range(count):
            person = store.create_influencer(name=f"Person {n:03d}")
            store.create_account(influencer_id=person.id, platform="B", handle=f"p{n:03d}")


def test_a_background_refresh_keeps_selection_scroll_detail_and_open_form(
        window, store, seeded, qtbot) -> None:
    _many(store)
    window.refresh_after_change()
    window.tabs.setCurrentIndex(list(Platform).index(Platform.B))
    table = window.tables[Platform.B]
    qtbot.waitUntil(lambda: table.account_model.total > 300)
    person = store.find_account("B", "p150")
    assert table.select_account(person.id)
    scroll = table.verticalScrollBar().value()
    assert scroll > 0
    assert window.detail.title.text() == "Person 150"
    form = InfluencerDialog(store, window, influencer_id=person.influencer_id)
    qtbot.addWidget(form)
    form.show()
    form.notes.setPlainText("half-typed note")

    # Another desk's new person arrives (what a sync's pull writes), then the window
    # refreshes as it does after every sync and import.
    other = store.create_influencer(name="Aaron First")
    store.create_account(influencer_id=other.id, platform="B", handle="aaron")
    window.refresh_after_change()

    assert [r.handle for r in table.selected_rows()] == ["p150"]
    assert table.current_row().handle == "p150"
    assert abs(table.verticalScrollBar().value() - scroll) <= 1
    assert window.detail.title.text() == "Person 150"
    assert form.isVisible() and form.notes.toPlainText() == "half-typed note"
    assert table.account_model.total == 305
