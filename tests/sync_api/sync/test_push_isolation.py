"""One bad op never voids a batch; op ids carry a fingerprint of what the op says."""

from __future__ import annotations

import uuid

import pytest

from shared_models.sync import OpStatus
from tests.support.sync_server import SyncServerHandle
from tests.sync_api.conftest import SyncClient, server_rows, upsert
from tests.sync_api.sync.conftest import INF, new_influencer

pytestmark = pytest.mark.postgres


def test_a_value_the_database_cannot_store_is_refused_alone(office: SyncClient,
                                                            sync_server: SyncServerHandle
                                                            ) -> None:
    good = uuid.uuid4()
    bad = uuid.uuid4()
    after = uuid.uuid4()
    results = office.push(upsert(INF, good, {"name": "Alex Kim"}),
                          upsert(INF, bad, {"name": "Bad", "notes": "nul \x00 here"}),
                          upsert(INF, after, {"name": "Lee Jiwoo"}))
    assert [r.status for r in results] == [OpStatus.APPLIED, OpStatus.REJECTED,
                                           OpStatus.APPLIED]
    assert results[1].reason  # a sentence for the user
    names = {r[0] for r in server_rows(sync_server, "SELECT name FROM influencer")}
    assert names == {"Alex Kim", "Lee Jiwoo"}
    # The next push of this desk is not cut off by the bad op.
    [again] = office.push(upsert(INF, good, {"notes": "still fine"}, base_version=1))
    assert again.status == OpStatus.APPLIED


def test_an_op_id_replayed_with_other_content_is_refused(office: SyncClient) -> None:
    inf = new_influencer(office)
    op = upsert(INF, inf, {"notes": "first"}, base_version=1)
    [first] = office.push(op)
    [same] = office.push(op)  # a lost reply: the same op again
    assert first.status == same.status == OpStatus.APPLIED and same.version == first.version
    forged = op.model_copy(update={"fields": {"notes": "something else"}})
    [refused] = office.push(forged)
    assert refused.status == OpStatus.REJECTED and "already used" in (refused.reason or "")
    latest = office.latest()[inf]
    assert latest.data["notes"] == "first"


def test_two_ops_with_one_op_id_in_a_batch_apply_once(office: SyncClient) -> None:
    inf = new_influencer(office)
    op = upsert(INF, inf, {"notes": "once"}, base_version=1)
    twin = op.model_copy(update={"fields": {"notes": "twice"}})
    first, second = office.push(op, twin)
    assert first.status == OpStatus.APPLIED
    assert second.status == OpStatus.REJECTED and "twice" in (second.reason or "")
    assert office.latest()[inf].data["notes"] == "once"
