"""Resolving a kept conflict: the choices are shared_models.sync.Resolution's values."""

from __future__ import annotations

from uuid import uuid4

import pytest

from desktop.store import Store
from desktop.store.conflicts import record_conflicts
from shared_models.errors import InvalidValue
from shared_models.sync import FieldConflict, Resolution


def _conflict(store: Store, mine: str, theirs: str) -> str:
    person = store.create_influencer(name="Kim", notes=theirs)
    conflict = FieldConflict(conflict_id=uuid4(), field="notes", your_value=mine,
                             server_value=theirs)
    with store.db.write() as conn:
        record_conflicts(conn, "influencer", str(person.id), [conflict])
    return str(conflict.conflict_id)


def test_keep_mine_or_theirs_as_text_or_enum(store: Store) -> None:
    for keep in ("mine", Resolution.MINE, "theirs", Resolution.THEIRS):
        done = store.resolve_conflict(_conflict(store, "mine", "server"), keep)
        assert done.resolution == Resolution(keep).value and done.resolved_at is not None


def test_any_other_choice_is_refused_with_a_sentence(store: Store) -> None:
    conflict = _conflict(store, "mine", "server")
    with pytest.raises(InvalidValue, match="is not a choice"):
        store.resolve_conflict(conflict, "ours")
    assert store.get_conflict(conflict).resolved_at is None
