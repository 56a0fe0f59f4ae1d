"""One bad op never voids a batch; op ids carry a fingerprint of what the op says."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from shared_models.sync import OpStatus
from sync_api.core.db import libpq_url
from tests.support.sync_server import SyncServerHandle
from tests.sync_api.conftest import SyncClient, server_rows, upsert
from tests.sync_api.sync.conftest import INF, new_influencer

pytestmark = pytest.mark.postgres


def test_a_value_the_database_cannot_store_is_refused_alone(office: SyncClient,
                                                            sync_server: SyncServerHandle
                                                            ) -> None:
    # A value the rules let through but PostgreSQL refuses (here: a constraint of this
    # test's database; in the field: NUL bytes and the like before the wire rules).
    with psycopg.connect(libpq_url(sync_server.database_url), autocommit=True) as conn:
        conn.execute("ALTER TABLE influencer ADD CONSTRAINT test_refuses "
                     "CHECK (notes <> 'the database refuses this')")
    good, bad, after = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    results = office.push(upsert(INF, good, {"name": "Alex Kim"}),
                          upsert(INF, bad, {"name": "Bad", "notes": "the database refuses this"}),
                          upsert(INF, after, {"name": "Lee Jiwoo"}))
    assert [r.status for r in results] == [OpStatus.APPLIED, OpStatus.REJECTED,
                                           OpStatus.APPLIED]
    assert "could not store this change" in (results[1].reason or "")
    names = {r[0] for r in server_rows(sync_server, "SELECT name FROM influencer")}
    assert names == {"Alex Kim", "Lee Jiwoo"}
    # The refusal is final for that op, and the desk's next push is not cut off.
    [replayed] = office.push(upsert(INF, good, {"notes": "still fine"}, base_version=1))
    assert replayed.status == OpStatus.APPLIED


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
