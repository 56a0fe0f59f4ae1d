"""The outbox a store edit leaves: edits before a push fold into one op, and a record is never
written without its outbox row."""

from __future__ import annotations

import pytest

from desktop.store import Store, outbox


def test_edits_before_a_push_fold_into_one_op_with_only_changed_fields(store: Store) -> None:
    person = store.create_influencer(name="Kim", phone="010-1111-2222")
    store.claim_outbox(10)  # the create was sent once: it must never change again
    store.update_influencer(person.id, notes="first")
    store.update_influencer(person.id, notes="second", name="Kim")  # name unchanged
    store.update_influencer(person.id, tags=["vip"])
    ops = store.outbox_entries()
    assert len(ops) == 2
    assert ops[1].fields == {"notes": "second", "tags": ["vip"]}
    assert ops[1].base_version == 0


def test_a_failure_between_record_and_outbox_leaves_nothing_half_written(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    person = store.create_influencer(name="Kim", phone="010-1111-2222")

    def crash(*args: object, **kwargs: object) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr(outbox, "enqueue", crash)
    with pytest.raises(RuntimeError):
        store.update_influencer(person.id, notes="lost?")
    with pytest.raises(RuntimeError):
        store.create_influencer(name="Lee", phone="010-3333-4444")
    monkeypatch.undo()
    assert store.get_influencer(person.id).notes == ""
    assert store.find_influencer("Lee", "010-3333-4444") is None
    assert len(store.outbox_entries()) == 1
