"""Batches for undo (desktop/store/batches.py): the records a batch created are checked
against the store in SQL, whichever way the batch was kept."""

from __future__ import annotations

from desktop.store import Store
from desktop.store.batches import CREATED, BatchItem


def test_created_records_kept_item_by_item_are_checked_like_an_imports(store: Store) -> None:
    """A batch kept with `record_batch` (as an earlier release kept imports): records still
    as created are intact; one edited since, deleted since or gone is for undo to look at."""
    people = [store.create_influencer(name=f"사람{n}", phone=f"010-2000-000{n}",
                                      tags=["여름"] if n else []) for n in range(4)]
    account = store.create_account(influencer_id=people[0].id, platform="A", handle="kept")
    items = [BatchItem("influencer", str(p.id), CREATED, {
        "name": [None, p.name], "phone": [None, p.phone], "notes": [None, p.notes],
        "tags": [None, list(p.tags)]}) for p in people]
    items.append(BatchItem("account", str(account.id), CREATED, {
        "influencer_id": [None, str(account.influencer_id)], "platform": [None, "A"],
        "handle": [None, "kept"], "email": [None, ""], "category": [None, ""],
        "status": [None, "active"], "notes": [None, ""]}))
    items.append(BatchItem("influencer", "00000000-0000-7000-8000-000000000000", CREATED,
                           {"name": [None, "gone"]}))
    batch = store.record_batch("import", "old.xlsx", "", items)
    store.update_influencer(people[1].id, tags=["겨울"])
    store.delete_influencer(people[2].id)

    created = store.created_items(batch.id)
    assert created.intact == {"influencer": [str(people[0].id), str(people[3].id)],
                              "account": [str(account.id)]}
    assert [i.record_id for i in created.other] == [
        str(people[1].id), str(people[2].id), "00000000-0000-7000-8000-000000000000"]
    assert created.other[0].fields["tags"] == [None, ["여름"]]
