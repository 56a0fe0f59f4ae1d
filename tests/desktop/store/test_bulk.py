"""The store's bulk writes (desktop/store/bulk.py): what an import inserts, and the outbox
ops it leaves for the sync."""

from __future__ import annotations

import time
import uuid

import pytest

from desktop.store import Store, bulk, outbox
from desktop.store import ids as ids_module
from desktop.store.bulkrecords import NewAccount, NewInfluencer
from desktop.store.ids import id_block, new_ids
from shared_models.text import name_key


def test_bulk_created_records_push_what_the_store_would_queue(store: Store) -> None:
    """The bulk inserts queue each created record as an upsert of the whole record (the
    fields are read when the op is claimed, not stored twice); what sync claims must be
    exactly the fields the store's own create_* would have queued, for awkward text too, and
    a claimed op keeps its payload even if the record changes before a retry."""
    people = [NewInfluencer(str(uuid.uuid4()), name, name_key(name), phone, notes, tuple(tags))
              for name, phone, notes, tags in [
                  ("김민지", "+821012345678", 'say "hi"\\n\n\ttab', ["뷰티", "캠핑"]),
                  ("O'Brien 😀", "", "", []), ("odd\u2028", "+12125550123", "ü", ["a\"b"])]]
    accounts = [NewAccount(100 + i, str(uuid.uuid4()), people[0].id, "A", f"user_{i}",
                           f"https://a.example.com/user_{i}", email, "뷰티 & \"x\"", "active",
                           notes)
                for i, (email, notes) in enumerate([("a@b.co", ""), ("", "메모\r\n</script>")])]
    with store.transaction() as conn:
        bulk.insert_influencers(conn, people)
        bulk.insert_accounts(conn, accounts)
    with store.snapshot() as conn:
        stored = conn.exec_driver_sql("SELECT fields FROM outbox").all()
    assert stored == [(outbox.WHOLE_RECORD,)] * 5  # nothing written twice
    expected = [("influencer", p.id, {"name": p.name, "phone": p.phone, "notes": p.notes,
                                      "tags": list(p.tags)}) for p in people]
    expected += [("account", a.id, {k: v for k, v in a._asdict().items() if k not in ("rid", "id")})
                 for a in accounts]
    claimed = store.claim_outbox(10)
    assert [(e.entity, str(e.id), e.kind, e.base_version, e.fields) for e in claimed] == [
        (entity, record_id, "upsert", None, fields) for entity, record_id, fields in expected]
    assert all(e.op_id.version == 7 and e.op_id.variant == uuid.RFC_4122 for e in claimed)
    assert len({e.op_id for e in claimed}) == 5
    # Claimed once, the payload is fixed: a retry sends the same fields, and a later edit
    # becomes an op of its own.
    store.update_influencer(people[0].id, notes="changed after the push began")
    again = [e for e in store.outbox_entries() if str(e.id) == people[0].id]
    assert [e.fields for e in again] == [expected[0][2], {"notes": "changed after the push began"}]


def test_bulk_ops_follow_the_rows_with_rising_op_ids_across_runs_and_a_gap(
        store: Store) -> None:
    """The op ids of created records are made in SQL from each row's key: the ops follow
    the rows in key order (each run of rids apart), and the ids rise one by one within a
    statement."""
    people = [NewInfluencer(str(uuid.uuid4()), f"p{i}", f"p{i}", "", "", ()) for i in range(4)]
    rids = [7, 8, 9, 20, 21]  # two runs
    accounts = [NewAccount(rid, str(uuid.uuid4()), people[0].id, "A", f"h{rid}", "", "", "",
                           "active", "") for rid in rids]
    with store.transaction() as conn:
        bulk.insert_influencers(conn, people[:1])
        bulk.insert_influencers(conn, people[1:])
        bulk.insert_accounts(conn, list(reversed(accounts)))
        ops = conn.exec_driver_sql("SELECT op_id, entity, id FROM outbox ORDER BY seq").all()
    assert [(e, i) for _, e, i in ops] == (
        [("influencer", p.id) for p in people] + [("account", a.id) for a in accounts])
    op_ids = [op_id for op_id, _, _ in ops]
    for statement in (op_ids[1:4], op_ids[4:7], op_ids[7:]):
        numbers = [int(op_id[-12:], 16) for op_id in statement]
        assert numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    assert len(set(op_ids)) == len(op_ids)


def test_an_edit_before_the_push_travels_inside_the_whole_record_upsert(store: Store) -> None:
    person = NewInfluencer(str(uuid.uuid4()), "김민지", name_key("김민지"), "+821012345678", "",
                           ("뷰티",))
    with store.transaction() as conn:
        bulk.insert_influencers(conn, [person])
    store.update_influencer(person.id, notes="VIP", tags=["뷰티", "캠핑"])
    [entry] = store.outbox_entries()
    assert entry.fields == {"name": "김민지", "phone": "+821012345678", "notes": "VIP",
                            "tags": ["뷰티", "캠핑"]}


def test_bulk_ids_are_time_ordered_uuid7_strings_rising_from_call_to_call() -> None:
    ids = list(new_ids(5000))
    time.sleep(0.002)
    later = list(new_ids(5000))
    assert len(set(ids + later)) == 10_000
    # One ascending run across calls: see new_ids (the id indexes grow at one end).
    assert ids + later == sorted(ids + later)
    for text in ids + later:
        parsed = uuid.UUID(text)
        assert str(parsed) == text and parsed.version == 7 and parsed.variant == uuid.RFC_4122
    stamp = int(ids[0].replace("-", "")[:12], 16) / 1000
    assert abs(stamp - time.time()) < 60  # the first 48 bits: milliseconds since 1970


def test_bulk_ids_carry_into_the_fourth_group_like_one_128_bit_counter(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """new_ids writes the last 12 digits per id and the group before them once per run: a
    block that starts just below a carry must still count up as one number."""
    start = (1 << 48) - 3  # the random counter's start: three ids before the carry
    monkeypatch.setattr(ids_module.os, "urandom", lambda n: (
        start.to_bytes(8, "big") if n == 8 else b"\x00" * n))
    got = list(new_ids(6))
    prefix = got[0][:18]
    value = start | (0b10 << 62)
    assert got == [f"{prefix}-{v >> 48:04x}-{v & 0xFFFFFFFFFFFF:012x}"
                   for v in range(value, value + 6)]
    assert got[2].endswith("-8000-ffffffffffff") and got[3].endswith("-8001-000000000000")


def test_id_blocks_give_the_same_kind_of_ids_as_new_ids() -> None:
    """The import's outbox op ids are made in SQL from a block (prefix + 12 hex digits)."""
    prefix, first = id_block(5000)
    ids = [f"{prefix}{first + n:012x}" for n in range(5000)]
    assert ids == sorted(ids) and len(set(ids)) == 5000
    for text in ids[:3] + ids[-3:]:
        parsed = uuid.UUID(text)
        assert str(parsed) == text and parsed.version == 7 and parsed.variant == uuid.RFC_4122
    stamp = int(ids[0].replace("-", "")[:12], 16) / 1000
    assert abs(stamp - time.time()) < 60
