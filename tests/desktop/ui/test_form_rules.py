"""The add-influencer and add-account forms judge every field by the shared rules and show
each problem next to its field, in the words the import and the server use."""

from __future__ import annotations

from desktop.app_settings import PLATFORM_BASES_KEY
from desktop.store import SearchQuery
from desktop.ui.dialogs.account_dialog import AccountDialog
from desktop.ui.dialogs.influencer_dialog import InfluencerDialog
from desktop.ui.dialogs.settings_dialog import SettingsDialog
from shared_models.pace import MAX_PACE, MIN_PACE
from shared_models.platforms import Platform

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


def test_a_pasted_url_of_the_desks_own_site_names_the_platform(window, store, qtbot,
                                                               monkeypatch) -> None:
    """A desk set to other web sites (an office's own, the simulator's) fills the platform
    from a pasted URL of those sites, in both forms, as the check on save reads it."""
    monkeypatch.delenv("INFLUENCER_DESK_PLATFORM_B_WEB", raising=False)
    store.set_setting(PLATFORM_BASES_KEY, {"B": {"web_base": "https://social.office.test"}})
    pasted = "https://social.office.test/@kim.minji"
    dialog = AccountDialog(store, window, platform=Platform.A)
    qtbot.addWidget(dialog)
    dialog.handle.setText(pasted)
    assert dialog.platform.currentData() == "B"
    person = InfluencerDialog(store, window, first_platform=Platform.A)
    qtbot.addWidget(person)
    row = person.rows[0]
    row.handle.setText(pasted)
    assert row.platform.currentData() == "B"
