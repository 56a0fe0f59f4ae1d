"""What the store and the change services tell a user (errors, the merge's and the undo's
summaries) reads in Korean for a Korean user, in the CLI as in the window."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import httpx
import pytest

from desktop.changes.history import describe_history
from desktop.changes.merge import merge_people
from desktop.changes.refused import describe
from desktop.changes.undo import NothingToUndo, undo_batch
from desktop.cli import main
from desktop.i18n.catalog import recognised, render
from desktop.store import Store
from desktop.store.refused import RefusedChange
from desktop.sync.attachments import NotOnServer
from desktop.sync.client import SyncClient, detail
from desktop.sync.errors import SyncError
from shared_models import reasons
from shared_models.errors import InvalidValue
from shared_models.history import HistoryAction, HistoryEntry
from shared_models.records import Entity
from shared_models.texts import sentence_of, user_text
from shared_models.validation import normalize_fields


def test_a_taken_id_and_an_unknown_field_read_in_korean(store: Store) -> None:
    record_id = uuid.uuid4()
    store.create_influencer(name="김민지", id=record_id)
    with pytest.raises(InvalidValue) as taken:
        store.create_influencer(name="이서연", id=record_id)
    assert taken.value.message == f"The id {record_id} is already in use."
    assert render(taken.value.message, "ko") == f"ID {record_id}은(는) 이미 사용 중입니다."
    with pytest.raises(InvalidValue) as unknown:
        normalize_fields(Entity.INFLUENCER, {"nickname": "민지"}, creating=False)
    assert render(unknown.value.message, "ko") == "인플루언서에 없는 항목입니다: nickname."
    with pytest.raises(NothingToUndo) as nothing:
        undo_batch(store)
    assert render(sentence_of(nothing.value), "ko") == "되돌릴 가져오기나 합치기가 없습니다."


def test_a_merge_and_its_undo_are_summed_up_in_korean(store: Store) -> None:
    keep = store.create_influencer(name="김민지", phone="010-1234-5678", notes="VIP")
    other = store.create_influencer(name="김민지", phone="010-8765-4321", notes="여름 협찬")
    merged = merge_people(store, str(keep.id), str(other.id))
    summary = render(merged.describe(), "ko")
    assert summary.startswith(f"{other.id}을(를) 김민지({keep.id})에 합쳤습니다. 계정 0개와 "
                              "동의서 0개를 옮겼습니다.")
    assert summary.endswith(f"되돌리려면: `influencer-desk import undo {merged.batch.id}`")
    undone = render(undo_batch(store, merged.batch.id).describe(), "ko")
    assert undone.startswith(f"합치기 {merged.batch.id}(")
    assert "을(를) 되돌렸습니다." in undone and "Undid" not in undone


def test_the_cli_says_a_missing_refused_change_in_korean(
        tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("INFLUENCER_DESK_LANGUAGE", "ko")
    assert main(["--data-dir", str(tmp_path), "refused", "discard", "abc123"]) != 0
    assert "거부된 변경 abc123이(가) 없습니다." in capsys.readouterr().err


def test_why_the_server_cannot_send_a_consent_form_reads_in_korean() -> None:
    """The server's `detail` travels as English; a desk shows the sentences it knows in
    Korean, and any other one as it came."""
    answer = httpx.Response(404, json={"detail": str(reasons.FORM_GONE)})
    missing = NotOnServer(user_text("The sync server has no file for '{file}' ({detail}).",
                                    file="동의서.pdf", detail=detail(answer)))
    assert str(missing) == ("The sync server has no file for '동의서.pdf' (This consent form "
                            "was removed; an administrator can restore it).")
    assert render(sentence_of(missing), "ko") == (
        "동기화 서버에 '동의서.pdf' 파일이 없습니다 (이 동의서는 삭제되었습니다. 관리자가 "
        "복원할 수 있습니다.).")
    unknown = httpx.Response(404, json={"detail": "Gone fishing."})
    assert detail(unknown) == "Gone fishing"


def test_the_history_listing_reads_in_korean() -> None:
    record, batch = uuid.uuid4(), uuid.uuid4()
    at = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)  # 2 December in every office
    entries = [
        HistoryEntry(id=2, entity="influencer", record_id=record, action=HistoryAction.UPDATE,
                     field="phone", old="+821012345678", new="+821087654321", changed_at=at,
                     actor="minji", device_id="desk-1", batch_id=batch),
        HistoryEntry(id=1, entity="influencer", record_id=record, action=HistoryAction.CREATE,
                     changed_at=at, actor="minji", device_id="desk-1")]
    english, korean = str(describe_history(entries)), render(describe_history(entries), "ko")
    assert english.splitlines()[1].endswith("minji on desk-1  influencer added")
    first, second = korean.splitlines()
    assert first.endswith(f"minji (desk-1)  인플루언서 연락처: '+821012345678' -> "
                          f"'+821087654321' (묶음 {batch})")
    assert second.endswith("minji (desk-1)  인플루언서 추가됨")
    assert second.startswith(("2026. 12. 2. 오전", "2026. 12. 2. 오후"))
    assert render(describe_history([]), "ko") == "아직 변경 이력이 없습니다."


def test_a_refused_metric_snapshot_is_named_in_korean() -> None:
    snapshot = uuid.uuid4()
    change = RefusedChange(uuid.uuid4(), "metric_snapshot", snapshot, "upsert",
                           {"value": "NaN"}, str(reasons.not_a_metric_value("NaN")), True,
                           str(snapshot))
    assert describe(change) == f"New metric snapshot {snapshot}"
    assert render(describe(change), "ko") == f"새 지표 기록 {snapshot}"
    assert render(recognised(change.reason), "ko") == (
        "'NaN'은(는) 지표가 가질 수 있는 숫자가 아닙니다.")


@pytest.mark.parametrize(("answer", "english", "korean"), [
    (httpx.Response(403, json={"detail": str(reasons.network_refused("10.0.0.7"))}),
     "The sync server does not allow this (Requests from 10.0.0.7 are not allowed. Ask the "
     "administrator to add your network to INFLUENCER_SYNC_ALLOWED_NETWORKS).",
     "동기화 서버가 이 작업을 허용하지 않습니다(10.0.0.7에서 온 요청은 허용되지 않습니다. "
     "관리자에게 이 네트워크를 INFLUENCER_SYNC_ALLOWED_NETWORKS에 추가해 달라고 요청하세요.)."),
    (httpx.Response(503, headers={"Retry-After": "5"},
                    json={"detail": str(reasons.SERVER_BUSY)}),
     "The sync server at http://sync.test cannot answer just now (The sync server is receiving "
     "other large requests; the app tries again shortly). Your changes are kept; it will be "
     "tried again in 5 seconds.",
     "동기화 서버(http://sync.test)가 지금은 응답할 수 없습니다(동기화 서버가 다른 큰 요청을 "
     "받는 중입니다. 앱이 곧 다시 시도합니다.). 변경 내용은 저장되어 있으며 5초 후에 다시 "
     "시도합니다."),
])
def test_why_the_server_refused_a_request_reads_in_korean(answer: httpx.Response, english: str,
                                                          korean: str) -> None:
    """The desk's own sentence around the server's: English as it always read, Korean whole."""
    client = SyncClient("http://sync.test", "token",
                        transport=httpx.MockTransport(lambda _request: answer))
    with client, pytest.raises(SyncError) as refused:
        client.send("GET", "/v1/sync/changes")
    assert str(refused.value) == english
    assert render(sentence_of(refused.value), "ko") == korean
