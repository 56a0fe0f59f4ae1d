"""The add-influencer and add-account forms judge every field by the shared rules and show
each problem next to its field, in the words the import and the server use."""

from __future__ import annotations

from desktop.store import SearchQuery
from desktop.ui.dialogs.account_dialog import AccountDialog
from desktop.ui.dialogs.influencer_dialog import InfluencerDialog
from desktop.ui.dialogs.settings_dialog import SettingsDialog
from shared_models.pace import MAX_PACE, MIN_PACE

TOO_LONG_CATEGORY = "The value is too long (600 characters; at most 500)."


def test_over_long_tags_notes_and_category_are_shown_next_to_their_fields(window, store,
                                                                           qtbot) -> None:
    dialog = InfluencerDialog(store, window)
    qtbot.addWidget(dialog)
    dialog.name.setText("정하늘")
    dialog.tags.setText(", ".join(f"태그{n}" for n in range(120)))
    dialog.notes.setPlainText("메" * 10_001)
    row = dialog.rows[0]
    row.platform.setCurrentIndex(row.platform.findData("A"))
    row.handle.setText("haneul_blog")
    row.category.setText("뷰" * 600)
    before = store.search(SearchQuery(limit=None)).total
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.boxes["tags"].message.text() == (
        "There are 120 tags; at most 100 are kept per person.")
    assert dialog.boxes["notes"].message.text() == (
        "The value is too long (10,001 characters; at most 10,000).")
    assert row.boxes["category"].message.text() == TOO_LONG_CATEGORY
    assert store.search(SearchQuery(limit=None)).total == before


def test_the_form_labels_are_the_field_labels_the_export_uses(window, store, qtbot) -> None:
    dialog = AccountDialog(store, window)
    qtbot.addWidget(dialog)
    dialog.handle.setText("https://a.example.com/new_blog")
    dialog.category.setText("뷰" * 600)
    dialog.picker.choices.setCurrentRow(0)
    dialog.save()
    assert dialog.boxes["category"].message.text() == TOO_LONG_CATEGORY
    form = dialog.layout().itemAt(1).layout()
    labels = [form.itemAt(i, form.ItemRole.LabelRole).widget().text()
              for i in range(form.rowCount()) if form.itemAt(i, form.ItemRole.LabelRole)]
    assert labels[-4:] == ["Platform", "Handle", "Email", "Category"]


def test_the_settings_pace_box_takes_exactly_the_shared_pace_limits(window, store,
                                                                     qtbot) -> None:
    dialog = SettingsDialog(store, window)
    qtbot.addWidget(dialog)
    for spin in dialog.ceiling.values():
        assert (spin.minimum(), spin.maximum()) == (MIN_PACE, MAX_PACE)
