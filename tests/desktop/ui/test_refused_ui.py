"""Changes the server refused, in the window: what and why, then "Edit and retry…" or
"Discard" (the same store services `influencer-desk refused` calls)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from desktop.store import Store, outbox
from desktop.ui.dialogs import refused_dialog
from desktop.ui.dialogs.refused_dialog import RefusedDialog

TOO_LONG = "This change is too large for the sync server (12.0 MB). Shorten it, then retry."


def _refuse_last(store: Store, reason: str) -> None:
    [entry] = [e for e in store.outbox_entries(rejected=False)][-1:]
    with store.db.write() as conn:
        outbox.mark_rejected(conn, entry.op_id, reason)


def test_a_refused_change_shows_what_and_why_and_is_edited_then_retried(
        qtbot, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    person = store.create_influencer(name="김민지", phone="010-1234-5678", notes="x" * 500)
    _refuse_last(store, TOO_LONG)
    dialog = RefusedDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "New influencer 김민지"
    assert dialog.table.item(0, 1).text() == TOO_LONG

    def correct(editor: refused_dialog.EditRefusedDialog) -> int:
        editor.edits["notes"].setText("short")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(refused_dialog.EditRefusedDialog, "exec", correct)
    dialog.retry_button.click()
    assert dialog.table.rowCount() == 0 and dialog.changed == 1
    assert store.outbox_counts() == (1, 0)
    [waiting] = store.outbox_entries()
    assert waiting.base_version is None and waiting.fields["notes"] == "short"
    assert waiting.fields["name"] == "김민지"  # still the whole create
    assert store.get_influencer(person.id).notes == "short"


def test_discard_drops_the_refused_change(qtbot, store: Store) -> None:
    person = store.create_influencer(name="Alex Kim", phone="010-1111-2222")
    store.claim_outbox(10)  # the create was sent ...
    store.update_influencer(person.id, notes="refused edit")
    with store.db.write() as conn:  # the create went through; the edit was refused
        conn.exec_driver_sql("DELETE FROM outbox WHERE base_version IS NULL")
    _refuse_last(store, "Notes: too long.")
    dialog = RefusedDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 0).text() == "Change to influencer Alex Kim: Notes"
    dialog.discard_button.click()
    assert dialog.table.rowCount() == 0
    assert store.outbox_counts() == (0, 0)
