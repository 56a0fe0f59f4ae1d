"""The welcome choice appears only for a new, empty, unconnected desk."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from desktop.ui.app import is_first_run
from desktop.ui.dialogs.first_run import FirstRunDialog


def test_welcome_only_for_an_empty_unconnected_desk(store) -> None:
    assert is_first_run(store)
    store.set_server("http://127.0.0.1:1")
    assert not is_first_run(store)
    store.set_server(None)
    store.create_influencer(name="누군가")
    assert not is_first_run(store)


def test_each_welcome_button_says_what_the_user_chose(qtbot) -> None:
    for label, choice in (("Connect to your office's server …", FirstRunDialog.CONNECT),
                          ("Try it with demo data", FirstRunDialog.DEMO),
                          ("Start without a server for now", FirstRunDialog.OFFLINE)):
        dialog = FirstRunDialog()
        qtbot.addWidget(dialog)
        button = next(b for b in dialog.findChildren(QPushButton) if b.text() == label)
        button.click()
        assert dialog.choice == choice and dialog.result() == dialog.DialogCode.Accepted
