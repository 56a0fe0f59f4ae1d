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


def test_a_push_batch_takes_the_oldest_waiting_edits_and_skips_refused_ones(
        store: Store) -> None:
    """A batch is claimed as a range of the queue: a refused edit inside it stays out (it
    waits for the user), the batch still holds `limit` edits, oldest first, and each claimed
    edit counts one attempt; edits after the batch are not touched."""
    people = [store.create_influencer(name=f"Person {n}", phone=f"010-2000-{n:04d}")
              for n in range(6)]
    refused = store.outbox_entries()[1]
    with store.transaction() as conn:
        outbox.mark_rejected(conn, refused.op_id, "The server refused this change.")
    batch = store.claim_outbox(3)
    assert [e.id for e in batch] == [people[0].id, people[2].id, people[3].id]
    assert [e.fields["name"] for e in batch] == ["Person 0", "Person 2", "Person 3"]
    attempts = {e.id: e.attempts for e in store.outbox_entries()}
    assert attempts == {p.id: (1 if n in (0, 2, 3) else 0) for n, p in enumerate(people)}
    assert [e.id for e in store.claim_outbox(10)] == [p.id for p in people if p.id != refused.id]
