"""`influencer-desk connect`, `sync` and `status` end to end: a server that is not there, a
refused token, a sync that pushes, edits kept when the server goes away."""

from __future__ import annotations

import socket

import pytest

from tests.desktop.commands.conftest import run
from tests.support.sync_server import running_sync_server


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_unreachable_server_exits_3(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "connect", "--server", f"http://127.0.0.1:{_free_port()}",
                       "--token", "t")
    assert code == 3 and "Cannot reach the sync server" in err
    assert run(capsys, "sync")[0] == 1  # not connected: says so


@pytest.mark.postgres
def test_connect_sync_status_and_bad_token(capsys: pytest.CaptureFixture[str],
                                           database_url: str,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    with running_sync_server(database_url) as server:
        token = server.create_token(name="front desk")
        code, _, err = run(capsys, "connect", "--server", server.url, "--token", "wrong")
        assert code == 4 and "refused the token" in err
        code, connected, _ = run(capsys, "connect", "--server", server.url, "--token", token,
                                 "--json")
        assert code == 0 and connected["token_name"] == "front desk"
        run(capsys, "influencer", "add", "--name", "Kim", "--phone", "010-1234-5678")
        code, report, _ = run(capsys, "sync", "--json")
        assert code == 0 and report["pushed"] == 1 and report["errors"] == []
        code, status, _ = run(capsys, "status", "--json")
        assert status["pending_ops"] == 0 and status["last_sync"] is not None
        monkeypatch.setenv("INFLUENCER_DESK_TOKEN", "revoked-or-wrong")
        code, _, err = run(capsys, "sync")
        assert code == 4 and "token" in err
        monkeypatch.delenv("INFLUENCER_DESK_TOKEN")
        code, listed, _ = run(capsys, "conflicts", "--json")
        assert code == 0 and listed == []
    code, _, err = run(capsys, "sync")
    assert code == 3 and "kept" in err  # the server is gone: edits are kept, exit 3
