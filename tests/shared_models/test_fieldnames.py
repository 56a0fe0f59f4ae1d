"""The field lists the store, the wire and the server use are the models' (read off them)."""

from __future__ import annotations

from desktop.collect.adapters.platform_a import PlatformAAdapter
from desktop.collect.adapters.platform_b import PlatformBAdapter
from desktop.excel.exporting.export import sheet_header
from desktop.store import batches, outbox, pushresults, rows
from desktop.store.bulkrecords import NewAccount
from shared_models import fieldnames
from shared_models.platforms import PLATFORMS, Platform
from shared_models.records import METRIC_LABELS, METRICS, RECORD_MODELS, Entity, editable_fields
from sync_api.models import Account as AccountTable


def test_the_field_names_are_the_models_fields_in_the_models_order() -> None:
    for entity in (Entity.INFLUENCER, Entity.ACCOUNT, Entity.METRIC_SNAPSHOT):
        assert fieldnames.EDITABLE[entity.value] == editable_fields(entity), entity
        columns = fieldnames.record_columns(entity.value)
        assert sorted(columns) == sorted(RECORD_MODELS[entity].model_fields), entity
    assert fieldnames.SERVER["influencer"] == ("merged_into",)


def test_the_store_derives_its_columns_from_them() -> None:
    assert fieldnames.record_columns("influencer") == rows.INFLUENCER_COLUMNS
    assert fieldnames.record_columns("account") == rows.ACCOUNT_COLUMNS
    for entity in ("influencer", "account"):
        assert set(outbox.RECORD_FIELDS[entity]) == set(fieldnames.EDITABLE[entity])
        assert set(pushresults.CONTENT[entity]) == set(fieldnames.EDITABLE[entity])
    # the typed record the import's bulk insert writes, one column per field
    assert set(NewAccount._fields) == {"rid", "id", *fieldnames.EDITABLE["account"]}
    assert set(batches.CREATED_FIELDS["influencer"]) == set(fieldnames.EDITABLE["influencer"])
    assert set(batches.CREATED_FIELDS["account"]) == set(fieldnames.EDITABLE["account"]) - {
        "profile_url"}


def test_the_undo_batch_keeps_the_released_order() -> None:
    # Created items are JSON arrays in this order (desktop/store/batches.py): a new field
    # goes after these, or batches kept by the previous release would read shifted values.
    assert batches.CREATED_FIELDS["influencer"][:4] == ("name", "phone", "notes", "tags")
    assert batches.CREATED_FIELDS["account"][:7] == (
        "influencer_id", "platform", "handle", "email", "category", "status", "notes")


def test_the_server_table_has_a_column_for_every_account_field() -> None:
    columns = {column.name for column in AccountTable.__table__.c}  # type: ignore[attr-defined]
    assert set(fieldnames.record_columns("account")) <= columns


def test_each_platforms_metrics_are_named_once_and_collected_and_exported_as_such() -> None:
    for platform, adapter in ((Platform.A, PlatformAAdapter), (Platform.B, PlatformBAdapter)):
        spec = PLATFORMS[platform]
        assert set(spec.metrics) <= set(METRICS) and spec.headline_metric in spec.metrics
        assert adapter.metrics == spec.metrics
        header = [str(h) for h in sheet_header(platform)]
        assert all(any(str(METRIC_LABELS[m]) in h for h in header) for m in spec.metrics)
