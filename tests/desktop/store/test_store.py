"""The `Store` object: transactions that commit together or not at all, what survives a
reopen, and a package that imports light."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.store import Store


def test_a_bulk_transaction_commits_together_or_not_at_all(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.create_influencer(name="One", phone="010-1000-0001")
        store.create_influencer(name="Two", phone="010-1000-0002")
        raise RuntimeError("import stopped")
    assert store.find_influencer("One", "010-1000-0001") is None
    assert store.outbox_entries() == []


def test_unsynced_edits_survive_closing_and_reopening(tmp_path: Path) -> None:
    with Store.open(tmp_path) as first:
        person = first.create_influencer(name="Kim", phone="010-1111-2222")
        first.set_setting("phone_region", "KR")
    with Store.open(tmp_path) as again:
        assert again.get_influencer(person.id).name == "Kim"
        assert len(again.outbox_entries()) == 1
        assert again.get_setting("phone_region") == "KR"
        assert again.get_setting("missing", 5) == 5


def test_importing_the_store_loads_no_sqlalchemy() -> None:
    # (It loads pydantic: the models in shared_models/records.py are its field lists.)
    code = "import sys, desktop.store\nprint([m for m in ('sqlalchemy',) if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True).stdout.strip()
    assert out == "[]"
