"""Every field of an account is editable in the window (Edit account…, Move to another
person…), with Undo, and the forms behave as staff expect (Tab leaves the notes)."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt

from desktop.ui.dialogs import account_edit_dialog
from desktop.ui.dialogs.influencer_dialog import InfluencerDialog
from shared_models.platforms import Platform
from shared_models.rules import STATUS_LABELS, AccountStatus


def _select(window, seeded, handle: str, platform: Platform = Platform.B) -> None:
    window.tabs.setCurrentIndex(list(Platform).index(platform))
    assert window.tables[platform].select_account(seeded[handle])


def test_editing_an_accounts_fields_shows_in_the_table_and_undo_puts_them_back(
        window, store, seeded, qtbot) -> None:
    _select(window, seeded, "kim.minji")
    assert window.account_actions.act_edit_account.isEnabled()
    dialog = window.account_actions.edit_account()
    qtbot.addWidget(dialog)
    assert dialog.email.text() == "kim.minji@mail.example.com"
    dialog.email.setText("minji@new.example.com")
    dialog.category.setText("beauty")
    dialog.status.setCurrentIndex(dialog.status.findData("inactive"))
    dialog.notes.setPlainText("계약 만료")
    dialog.tags.setText("뷰티, 여행, 맛집")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    row = window.tables[Platform.B].current_row()
    qtbot.waitUntil(lambda: window.tables[Platform.B].current_row().email
                    == "minji@new.example.com")
    account = store.get_account(seeded["kim.minji"])
    assert (account.category, account.status, account.notes) == ("beauty", "inactive",
                                                                 "계약 만료")
    assert store.get_influencer(row.influencer_id).tags == ["뷰티", "여행", "맛집"]
    window.act_undo.trigger()
    account = store.get_account(seeded["kim.minji"])
    assert (account.email, account.status, account.notes) == (
        "kim.minji@mail.example.com", "active", "")
    assert store.get_influencer(row.influencer_id).tags == ["뷰티", "여행"]
    qtbot.waitUntil(lambda: window.tables[Platform.B].current_row().email
                    == "kim.minji@mail.example.com")


def test_the_account_form_shows_every_problem_next_to_its_field(window, store, seeded,
                                                                qtbot) -> None:
    _select(window, seeded, "kim.minji")
    dialog = window.account_actions.edit_account()
    qtbot.addWidget(dialog)
    dialog.handle.setText("minji.daily")  # 김민지's other Platform B account
    dialog.email.setText("not an address")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "@minji.daily on Platform B is already in the list" in (
        dialog.boxes["handle"].message.text())
    assert dialog.boxes["email"].message.isVisibleTo(dialog)
    assert dialog.boxes["email"].message.text()
    assert not dialog.boxes["category"].message.isVisibleTo(dialog)
    assert store.get_account(seeded["kim.minji"]).email == "kim.minji@mail.example.com"


def test_moving_an_account_to_another_person_and_undo(window, store, seeded, qtbot) -> None:
    _select(window, seeded, "jimin.park")
    dialog = window.account_actions.move_account()
    qtbot.addWidget(dialog)
    dialog.picker.text.setText("이서준")
    qtbot.waitUntil(lambda: dialog.picker.choices.count() == 1)  # after typing settles
    dialog.picker.choices.setCurrentRow(0)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert store.get_account(seeded["jimin.park"]).influencer_id == seeded["이서준"]
    qtbot.waitUntil(lambda: window.tables[Platform.B].current_row().name == "이서준")
    window.act_undo.trigger()
    assert store.get_account(seeded["jimin.park"]).influencer_id == seeded["박지민"]


def test_tab_leaves_the_notes_field_and_ctrl_tab_types_a_tab(window, store, qtbot) -> None:
    dialog = InfluencerDialog(store, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.notes.setFocus()
    dialog.notes.setPlainText("협찬")
    dialog.notes.moveCursor(dialog.notes.textCursor().MoveOperation.End)
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert dialog.notes.toPlainText() == "협찬\t"
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Tab)
    assert dialog.notes.toPlainText() == "협찬\t"
    assert not dialog.notes.hasFocus()


def _status_items(dialog) -> list[tuple[str, str]]:
    return [(dialog.status.itemData(i), dialog.status.itemText(i))
            for i in range(dialog.status.count())]


def test_the_status_drop_down_offers_every_account_status(window, seeded, qtbot) -> None:
    _select(window, seeded, "kim.minji")
    dialog = window.account_actions.edit_account()
    qtbot.addWidget(dialog)
    assert _status_items(dialog) == [
        ("active", "Active"), ("inactive", "Inactive (we stopped working with it)"),
        ("not_found", "Not found on the platform")]
    assert {value for value, _ in _status_items(dialog)} == {s.value for s in AccountStatus}


def test_a_status_added_to_shared_models_shows_in_the_drop_down(window, seeded, qtbot,
                                                                monkeypatch) -> None:
    wider = StrEnum("AccountStatus", {**{s.name: s.value for s in AccountStatus},
                                      "PAUSED": "paused"})
    monkeypatch.setattr(account_edit_dialog, "AccountStatus", wider)
    monkeypatch.setattr(account_edit_dialog, "STATUS_LABELS",
                        {**STATUS_LABELS, wider.PAUSED: "Paused"})
    _select(window, seeded, "kim.minji")
    dialog = window.account_actions.edit_account()
    qtbot.addWidget(dialog)
    assert _status_items(dialog)[-1] == ("paused", "Paused")
    assert dialog.status.count() == len(wider)
