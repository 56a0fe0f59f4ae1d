"""The synced records' field names, without pydantic (issue 15, "Not derived yet").

The desktop store must not load pydantic when it is imported (start-up time), so it cannot
read its column lists off the models in `shared_models/records.py`. It reads them here;
`tests/shared_models/test_fieldnames.py` fails when these differ from the models (a field
added to a model and not here, or the other way round). The order is the models'.
"""

from __future__ import annotations

INFLUENCER = "influencer"  # shared_models.records.Entity values
ACCOUNT = "account"
SNAPSHOT = "metric_snapshot"

# What a push may set (shared_models.records.editable_fields), per entity.
EDITABLE: dict[str, tuple[str, ...]] = {
    INFLUENCER: ("name", "phone", "tags", "notes"),
    ACCOUNT: (
        "influencer_id",
        "platform",
        "handle",
        "profile_url",
        "email",
        "category",
        "status",
        "notes",
    ),
    SNAPSHOT: ("account_id", "metric", "value", "observed_at", "source"),
}
# What the server assigns to a versioned record (docs/sync-protocol.md).
RECORD_META = ("version", "created_at", "updated_at", "deleted_at")
# Fields only the server sets (from an op's note, e.g. a merge's delete), per entity.
SERVER: dict[str, tuple[str, ...]] = {INFLUENCER: ("merged_into",), ACCOUNT: (), SNAPSHOT: ()}


def record_columns(entity: str) -> tuple[str, ...]:
    """A record's columns in the store and on the wire: id, its fields, then (versioned
    records) the server's bookkeeping and the fields only the server sets."""
    meta = () if entity == SNAPSHOT else RECORD_META
    return ("id", *EDITABLE[entity], *meta, *SERVER[entity])
