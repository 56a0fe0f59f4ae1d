"""`influencer-desk refused`: a change the server refused is listed with what and why, then
retried with a correction (`--set`) or discarded."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.store import Store, outbox
from tests.desktop.commands.conftest import run


def _refuse_everything(reason: str) -> None:
    with Store.open(Path(os.environ["INFLUENCER_DESK_DATA_DIR"])) as store:
        for entry in store.outbox_entries():
            with store.db.write() as conn:
                outbox.mark_rejected(conn, entry.op_id, reason)


def test_list_retry_with_a_correction_and_discard(capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "influencer", "add", "--name", "Kim", "--phone", "010-1234-5678")
    _refuse_everything("Notes: too long.")
    code, found, _ = run(capsys, "refused", "--json")
    assert code == 0 and [(c["what"], c["reason"]) for c in found] == [
        ("New influencer Kim", "Notes: too long.")]
    code, text, _ = run(capsys, "refused")
    assert "New influencer Kim" in text and "why: Notes: too long." in text
    op = found[0]["op_id"][:8]
    assert run(capsys, "refused", "retry", op, "--set", "notes=short")[0] == 0
    assert run(capsys, "refused", "--json")[1] == []
    code, status, _ = run(capsys, "status", "--json")
    assert (status["pending_ops"], status["rejected_ops"]) == (1, 0)
    _refuse_everything("Still refused.")
    [again] = run(capsys, "refused", "--json")[1]
    assert run(capsys, "refused", "discard", again["op_id"])[0] == 0
    code, status, _ = run(capsys, "status", "--json")
    assert (status["pending_ops"], status["rejected_ops"]) == (0, 0)
    code, _, err = run(capsys, "refused", "discard", "nonexistent")
    assert code == 2 and "no refused change" in err
