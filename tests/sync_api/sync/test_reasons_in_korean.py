"""Why the server refused a change, or kept it apart, reaches a Korean desk in Korean.

The wire carries the English sentence (desks of every release read it); the desk recognises
it among its catalog's templates and shows it in the user's language. Each reason is taken
here from the server's JSON answer, as the desk receives it.
"""

from __future__ import annotations

import uuid

import pytest

from desktop.i18n.catalog import recognised, render
from shared_models.sync import OpStatus
from tests.sync_api.conftest import SyncClient, restore, upsert
from tests.sync_api.sync.conftest import ACC, INF, new_influencer

pytestmark = pytest.mark.postgres


def _korean(reason: str | None) -> str:
    assert reason is not None and type(reason) is str  # plain English on the wire
    return render(recognised(reason), "ko")


def test_a_refused_restore_and_a_missing_person_read_in_korean(office: SyncClient) -> None:
    ghost, orphan = uuid.uuid4(), uuid.uuid4()
    gone, parentless = office.push(
        restore(INF, ghost),
        upsert(ACC, orphan, {"influencer_id": str(ghost), "platform": "A", "handle": "minji"}))
    assert gone.status is parentless.status is OpStatus.REJECTED
    assert gone.reason == f"There is no influencer {ghost} on the server to restore."
    assert _korean(gone.reason) == f"복원할 인플루언서 {ghost}이(가) 서버에 없습니다."
    assert _korean(parentless.reason) == (f"이 계정이 속한 인플루언서 {ghost}이(가) 서버에 "
                                          "없습니다. 인플루언서를 먼저 보내세요.")


def test_a_taken_name_and_phone_reads_in_korean(office: SyncClient) -> None:
    holder = new_influencer(office, phone="010-1234-5678")
    other = new_influencer(office, name="이서연")
    [edit] = office.push(upsert(INF, other, {"name": "김민지", "phone": "010-1234-5678"},
                                base_version=1))
    assert edit.status is OpStatus.CONFLICT
    assert _korean(edit.reason) == (
        f"다른 인플루언서 김민지(+821012345678)이(가) 이미 이 이름과 연락처를 쓰고 있습니다"
        f"(ID {holder}). 둘 중 하나를 바꾸거나 두 사람을 합치세요.")


def test_a_reason_holding_a_field_problem_reads_in_korean_throughout(
        office: SyncClient) -> None:
    [lost] = office.push(upsert(INF, uuid.uuid4(), {"name": "  "}, base_version=4))
    assert lost.status is OpStatus.REJECTED
    assert _korean(lost.reason) == ("이 인플루언서는 서버에 없고, 이 변경으로 새로 만들 수도 "
                                    "없습니다: " + render(recognised("A name is required."),
                                                         "ko"))
    assert _korean(lost.reason).endswith("없습니다: 이름을 입력해 주세요.")
