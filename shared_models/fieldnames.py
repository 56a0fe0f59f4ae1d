"""The synced records' field lists as the store and the wire name them, read off the models.

`shared_models/records.py` declares every field once; the desktop store (its columns, its
SQL), the snapshot's wire format and the server's entity specs take their lists from here,
keyed by the entity's plain name, in the models' order.
"""

from __future__ import annotations

from shared_models.records import RECORD_MODELS, Entity, editable_fields

INFLUENCER = Entity.INFLUENCER.value
ACCOUNT = Entity.ACCOUNT.value
SNAPSHOT = Entity.METRIC_SNAPSHOT.value
_SYNCED = (Entity.INFLUENCER, Entity.ACCOUNT, Entity.METRIC_SNAPSHOT)

# What a push may set, per entity.
EDITABLE: dict[str, tuple[str, ...]] = {e.value: editable_fields(e) for e in _SYNCED}
# What the server assigns to a versioned record (docs/sync-protocol.md).
RECORD_META = ("version", "created_at", "updated_at", "deleted_at")
# Fields only the server sets (from an op's note, e.g. a merge's delete), per entity: the
# model's fields that are neither the id, bookkeeping nor settable.
SERVER: dict[str, tuple[str, ...]] = {
    e.value: tuple(name for name in RECORD_MODELS[e].model_fields
                   if name not in ("id", *RECORD_META, *EDITABLE[e.value]))
    for e in _SYNCED}


def record_columns(entity: str) -> tuple[str, ...]:
    """A record's columns in the store and on the wire: id, its fields, then (versioned
    records) the server's bookkeeping and the fields only the server sets."""
    meta = () if entity == SNAPSHOT else RECORD_META
    return ("id", *EDITABLE[entity], *meta, *SERVER[entity])
