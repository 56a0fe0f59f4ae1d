"""A field added to Influencer or Account reaches every place a user meets it: the local
store's tables, the export's columns, the import's field list and the CLI's JSON output
(docs/dev/adding-a-field.md). When one of these fails, that place retypes a field list
instead of deriving it from the model."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main
from desktop.excel.exporting.export import export_search
from desktop.excel.importing.fields import FIELDS, URL, field_for_header
from desktop.store import SearchQuery, Store
from desktop.store import rows as store_rows
from shared_models.records import Entity, field_rules, record_columns, user_fields

# The search row names the influencer's notes `influencer_notes` (its `notes` are the
# account's); every other field keeps its model name.
SEARCH_KEY = {(Entity.INFLUENCER, "notes"): "influencer_notes"}
PEOPLE_FIELDS = [(entity, name) for entity in (Entity.INFLUENCER, Entity.ACCOUNT)
                 for name in user_fields(entity)]


@pytest.fixture
def filled_store(tmp_path: Path) -> Iterator[Store]:
    """One influencer with one account, every field a user types filled in."""
    with Store.open(tmp_path / "desk") as store:
        person = store.create_influencer(name="김민지", phone="010-1234-5678", notes="단골",
                                         tags="뷰티, 맛집")
        given = {"email": "minji@naver.com", "category": "뷰티", "status": "Not Found",
                 "notes": "답장 빠름"}
        more = {name: f"{name} 값" for name in user_fields(Entity.ACCOUNT)  # added since
                if name not in (*given, "platform", "handle", "profile_url")}
        store.create_account(influencer_id=person.id, platform="A", handle="minji_a",
                             **given, **more)
    store = Store.open(tmp_path / "desk")
    yield store
    store.close()


@pytest.mark.parametrize("entity", [Entity.INFLUENCER, Entity.ACCOUNT])
def test_every_model_field_is_a_store_column(filled_store: Store, entity: Entity) -> None:
    with filled_store.db.read() as conn:
        columns = {row[1] for row in conn.exec_driver_sql(f"PRAGMA table_info({entity.value})")}
    read = (store_rows.INFLUENCER_COLUMNS if entity == Entity.INFLUENCER
            else store_rows.ACCOUNT_COLUMNS)
    assert set(record_columns(entity)) <= columns
    assert set(record_columns(entity)) == set(read)


def test_every_field_a_user_types_is_an_export_column_the_import_reads_back(
        filled_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    export_search(filled_store, path, SearchQuery())
    sheet = openpyxl.load_workbook(path, read_only=True)["Platform A"]
    header, values = (list(r) for r in sheet.iter_rows(min_row=1, max_row=2, values_only=True))
    for entity, name in PEOPLE_FIELDS:
        label = field_rules(entity)[name].label
        assert label in header, f"{entity.value}.{name} has no export column"
        assert values[header.index(label)] not in (None, ""), name
        imported = FIELDS[field_for_header(label) or ""]
        fills = imported.account_field if entity == Entity.ACCOUNT else imported.name
        assert fills in (name, URL if name == "profile_url" else name), (label, fills)


def test_every_field_a_user_types_has_an_import_field() -> None:
    influencer = {spec.name for spec in FIELDS.values()
                  if spec.account_field is None and spec.rule is not None}
    account = {spec.account_field for spec in FIELDS.values() if spec.account_field}
    assert set(user_fields(Entity.INFLUENCER)) <= influencer
    # A profile URL column gives the handle (and the profile URL).
    assert set(user_fields(Entity.ACCOUNT)) - {"profile_url"} <= account
    assert URL in account


def test_every_field_is_in_the_json_output(filled_store: Store, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str],
                                           keyring_sandbox: None) -> None:
    filled_store.close()
    data_dir = str(tmp_path / "desk")
    assert main(["--data-dir", data_dir, "search", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    for entity, name in PEOPLE_FIELDS:
        assert SEARCH_KEY.get((entity, name), name) in row, f"search row lacks {name}"
    assert main(["--data-dir", data_dir, "influencer", "show", row["influencer_id"],
                 "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert set(record_columns(Entity.INFLUENCER)) <= set(shown)
    assert set(record_columns(Entity.ACCOUNT)) <= set(shown["accounts"][0])
    assert shown["accounts"][0]["status"] == "not_found"
