"""The wire format of an import's batches between its planning and writing processes."""

from __future__ import annotations

from desktop.store.bulk import new_records
from desktop.store.bulkrecords import NewAccount, NewInfluencer, pack, unpack


def test_a_packed_batch_unpacks_to_the_same_typed_records() -> None:
    people = [NewInfluencer("p1", "김민지", "김민지", "+821012345678", "메모", ("뷰티", "캠핑")),
              NewInfluencer("p2", "Lee", "lee", "", "", ())]
    accounts = [NewAccount(11, "a1", "p1", "A", "minji", "https://a.example.com/minji",
                           "m@example.com", "뷰티", "active", ""),
                NewAccount(12, "a2", "p2", "B", "lee.b", "https://b.example.com/lee.b", "",
                           "", "paused", "note")]
    batch = new_records("2026-12-03T00:00:00+00:00", people, accounts)
    back = unpack(pack(batch))
    assert back == batch
    assert [type(r) for r in back.influencers] == [NewInfluencer] * 2
    assert [type(r) for r in back.accounts] == [NewAccount] * 2
    assert back.accounts[1].status == "paused" and back.influencers[0].tags == ("뷰티", "캠핑")
