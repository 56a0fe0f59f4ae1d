"""The import pipeline writes while it plans (stream.py): a chunk of rows is checked and
planned, its new records are written by a writer thread or process, and groups a later chunk
adds to are amended at the end. Whatever the chunking and wherever the writer runs, the store
must end up exactly as when the whole file is planned before anything is written, and a
stopped or failed import must leave nothing behind and the store writable."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from desktop.excel import Action, ImportOptions, ImportPipeline, run_import
from desktop.excel.importing import pipeline
from desktop.excel.importing.sinks import WriteFailed, wait_for_writers
from desktop.jobs import Cancelled, JobContext, ProgressEvent
from desktop.store import SearchQuery, Store
from tests.desktop.excel.conftest import make_xlsx, store_state
from tests.desktop.excel.store_views import found, pushed, records

HEADER = ["이름", "연락처", "메모", "태그", "이메일", "카테고리", "블로그 URL", "인스타 URL"]
A, B = "https://a.example.com/", "https://b.example.com/"
# Two rows per chunk below: rows 4, 8 and 9 add to groups written in earlier chunks.
ROWS = [
    HEADER,
    ["김민지", "010-1234-5678", "", "뷰티", "m@naver.com", "뷰티", A + "minji_blog", ""],
    ["이서준", "010-2222-3333", "VIP", "", "", "", A + "seojun_log", ""],
    # chunk 2: 김민지 again through her blog: notes, a tag and an Instagram account
    ["김민지", "", "협찬", "캠핑", "", "", A + "minji_blog", B + "minji.daily"],
    ["김민지", "010-1234-5678", "", "", "", "", "", B + "minji.daily"],  # says nothing new
    # chunk 3: someone the store has, and an invalid row
    ["박지훈", "010-5555-6666", "", "여행", "", "", A + "jihoon", B + "jihoon.trip"],
    ["최유나", "010-12", "", "", "", "", A + "yuna_note", ""],
    # chunk 4: 이서준 gets an Instagram account and his blog a category
    ["이서준", "010-2222-3333", "", "", "s@x.com", "", "", B + "seojun.gram"],
    ["이서준", "010-2222-3333", "", "", "", "IT", A + "seojun_log", ""],
    # chunk 5: a new person after all that
    ["정하늘", "010-7777-8888", "", "신규", "", "", "", B + "haneul.sky"],
]


def seed(store: Store) -> None:
    jihoon = store.create_influencer(name="박지훈", phone="010-5555-6666", tags=["사진"])
    store.create_account(influencer_id=jihoon.id, platform="A", handle="jihoon",
                         category="사진")


def summary_counts(summary: dict[str, object]) -> tuple[object, ...]:
    return tuple(summary[k] for k in ("rows", "created", "updated", "unchanged", "invalid",
                                      "duplicate_rows", "errors"))


def planned_whole_then_written(path: Path, data_dir: Path, writer: str,
                               monkeypatch: pytest.MonkeyPatch
                               ) -> tuple[Store, dict[str, object]]:
    """The file in one chunk: planned whole before its first write, nothing amended."""
    monkeypatch.setattr(pipeline, "CHUNK_ROWS", 10_000)
    store = Store.open(data_dir)
    seed(store)
    return store, run_import(path, store, ImportOptions(writer=writer)).to_json()


@pytest.fixture
def two_rows_a_chunk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "CHUNK_ROWS", 2)


@pytest.mark.parametrize("writer", ["thread", "process"])
def test_writing_while_planning_ends_exactly_like_planning_first(
        tmp_path: Path, two_rows_a_chunk: None, writer: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_xlsx(tmp_path / "in.xlsx", ROWS)
    with Store.open(tmp_path / "streamed") as store:
        seed(store)
        summary = run_import(path, store, ImportOptions(writer=writer)).to_json()
        wait_for_writers()
        assert summary["applied"] is True
        assert (summary["rows"], summary["created"], summary["updated"], summary["invalid"],
                summary["duplicate_rows"]) == (
            9, {"influencers": 3, "accounts": 6}, 1, 1, 1)
        # What the later rows added reached the records written before them ...
        minji = store.find_influencer("김민지", "010-1234-5678")
        assert minji is not None and (minji.notes, minji.tags) == ("협찬", ["뷰티", "캠핑"])
        blog = store.find_account("A", "seojun_log")
        assert blog is not None and blog.category == "IT"
        # ... their search rows (a tag from a later row finds both of her accounts) ...
        assert found(store, "캠핑") == ["minji.daily", "minji_blog"]
        assert found(store, "seojun") == ["seojun.gram", "seojun_log"]
        assert found(store, "여행") == ["jihoon", "jihoon.trip"]
        # ... and what sync will push.
        entries = pushed(store)
        streamed = (records(store), entries, summary_counts(summary),
                    [found(store, t) for t in ("협찬", "VIP", "IT", "2222", "신규", "사진")])
    assert sum(e[0] == "influencer" for e in entries) == 4  # 3 new + 박지훈's new tag
    serial, counts = planned_whole_then_written(path, tmp_path / "serial", writer,
                                                monkeypatch)
    with serial:
        wait_for_writers()
        again = run_import(path, serial, dry_run=True).to_json()  # same counts as a preview
        assert (records(serial), pushed(serial)) == streamed[:2]
        assert [found(serial, t) for t in ("협찬", "VIP", "IT", "2222", "신규", "사진")] \
            == streamed[3]
    assert summary_counts(counts) == streamed[2]
    assert (counts["rows"], counts["invalid"]) == (9, 1)
    assert again["invalid"] == 1


@pytest.mark.parametrize("writer", ["thread", "process"])
def test_an_import_previewed_before_someone_added_its_person_updates_that_person(
        tmp_path: Path, store: Store, writer: str) -> None:
    """The wizard previews, the user waits, and meanwhile someone adds one of the file's
    people (another window, a sync): "Import" plans again under the write lock, so it
    merges into that person instead of adding a twin."""
    path = make_xlsx(tmp_path / "in.xlsx", ROWS[:3])
    importer = ImportPipeline(store)
    prepared = importer.read(path)
    assert importer.preview(prepared).count(Action.CREATE).influencers == 2
    added = store.create_influencer(name="이서준", phone="010-2222-3333")
    summary = importer.apply(prepared, ImportOptions(writer=writer)).to_json()
    wait_for_writers()
    assert (summary["created"], summary["details"]["updated"]) == (
        {"influencers": 1, "accounts": 2}, {"influencers": 1, "accounts": 0})
    blog = store.find_account("A", "seojun_log")
    assert blog is not None and blog.influencer_id == added.id
    assert store.get_influencer(added.id).notes == "VIP"


def test_a_process_writer_gets_a_file_with_thousands_of_rows_right(tmp_path: Path) -> None:
    rows = [HEADER] + [
        [f"인플루언서{i:05d}", f"010-{3000 + i // 10000:04d}-{i % 10000:04d}", "",
         "여름" if i % 2 else "", f"u{i}@example.com", "뷰티", A + f"blog_{i:05d}",
         B + f"insta.{i}"] for i in range(12_000)]
    rows.append(["인플루언서00007", "", "나중에", "겨울", "", "", A + "blog_00007", ""])
    path = make_xlsx(tmp_path / "many.xlsx", rows)
    with Store.open(tmp_path / "store") as store:
        summary = run_import(path, store, ImportOptions(writer="process")).to_json()
        wait_for_writers()
        assert summary["created"] == {"influencers": 12_000, "accounts": 24_000}
        assert store.search(SearchQuery(platform="B")).total == 12_000
        late = store.find_influencer("인플루언서00007", "010-3000-0007")
        assert late is not None and (late.notes, late.tags) == ("나중에", ["여름", "겨울"])
        assert found(store, "겨울") == ["blog_00007", "insta.7"]
        assert store.outbox_counts()[0] == 36_000


def cancel_after_first_write(job: JobContext) -> JobContext:
    def on_progress(event: ProgressEvent) -> None:
        if event.done >= 2:
            job.cancel()
    job.on_progress = on_progress
    return job


@pytest.mark.parametrize("writer", ["thread", "process"])
def test_cancel_while_writing_leaves_the_store_as_it_was_and_writable(
        tmp_path: Path, store: Store, two_rows_a_chunk: None, writer: str) -> None:
    seed(store)
    before = store_state(store)
    path = make_xlsx(tmp_path / "in.xlsx", ROWS)
    with pytest.raises(Cancelled):
        run_import(path, store, ImportOptions(writer=writer),
                   job=cancel_after_first_write(JobContext()))
    assert store_state(store) == before
    start = time.monotonic()
    store.create_influencer(name="새사람", phone="010-9999-0000")  # the write lock is free
    assert time.monotonic() - start < 2


@pytest.mark.parametrize("writer", ["thread", "process"])
def test_all_or_nothing_rolls_back_chunks_already_written(
        tmp_path: Path, store: Store, two_rows_a_chunk: None, writer: str) -> None:
    seed(store)
    before = store_state(store)
    path = make_xlsx(tmp_path / "in.xlsx", ROWS)  # the invalid row is in the third chunk
    result = run_import(path, store, ImportOptions(writer=writer, all_or_nothing=True))
    assert result.applied is False and "Nothing was imported" in result.message
    assert result.to_json()["created"] == {"influencers": 3, "accounts": 6}  # the preview
    assert store_state(store) == before
    assert found(store, "minji") == []


def test_a_failed_write_is_reported_and_leaves_nothing_behind(
        tmp_path: Path, store: Store, two_rows_a_chunk: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A disk that fails under the writer (simulated: a real one cannot be made to fail
    here) ends the import with a clear message, not a traceback from another thread."""
    import sqlite3

    from desktop.store import bulk

    calls = {"n": 0}
    insert = bulk.insert_accounts

    def failing(*args: object, **kwargs: object) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise sqlite3.OperationalError("disk I/O error")
        insert(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(bulk, "insert_accounts", failing)
    seed(store)
    before = store_state(store)
    path = make_xlsx(tmp_path / "in.xlsx", ROWS)
    with pytest.raises(WriteFailed, match=r"disk I/O error.*nothing was written"):
        run_import(path, store, ImportOptions(writer="thread"))
    assert store_state(store) == before
    store.create_influencer(name="새사람", phone="010-9999-0000")


def test_a_writer_whose_planner_died_rolls_back_and_frees_the_store(tmp_path: Path) -> None:
    """The planning process is killed mid-import (the window crashed): its writer process
    must not keep the store's write lock, and nothing it wrote may stay."""
    rows = [HEADER] + [[f"사람{i:04d}", "", "", "", "", "", A + f"b_{i:04d}", ""]
                       for i in range(3000)]
    path = make_xlsx(tmp_path / "in.xlsx", rows)
    data_dir = tmp_path / "store"
    Store.open(data_dir).close()
    script = textwrap.dedent(f"""
        import os
        from pathlib import Path
        from desktop.excel import ImportOptions, run_import
        from desktop.excel.importing import pipeline
        from desktop.jobs import JobContext
        from desktop.store import Store

        pipeline.CHUNK_ROWS = 500

        def die(event):
            if event.done >= 1000:  # a few batches sent: the writer holds them, uncommitted
                os._exit(3)

        if __name__ == "__main__":
            store = Store.open({str(data_dir)!r})
            run_import(Path({str(path)!r}), store, ImportOptions(writer="process"),
                       job=JobContext(on_progress=die))
    """)
    done = subprocess.run([sys.executable, "-c", script], cwd=Path.cwd(), timeout=120)
    assert done.returncode == 3
    with Store.open(data_dir) as store:
        start = time.monotonic()
        store.create_influencer(name="새사람", phone="010-9999-0000")
        assert time.monotonic() - start < 8  # the orphaned writer let go of the lock
        assert store.search(SearchQuery()).total == 0
        assert store.outbox_counts()[0] == 1


def test_a_bulk_transaction_restores_the_connection_settings(store: Store) -> None:
    with store.bulk_transaction() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar_one() == 2  # FULL
        conn.exec_driver_sql("INSERT INTO settings (key, value) VALUES ('k', '1')")
    store.checkpoint()
    with store.transaction() as conn:  # the same pooled connection, back to normal
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar_one() == 1  # NORMAL
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar_one() == 4000
    assert store.get_setting("k") == 1
    with store.transaction(), pytest.raises(RuntimeError), store.bulk_transaction():
        pass
