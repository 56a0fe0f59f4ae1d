"""The store's pydantic-free field lists agree with the models they stand for."""

from __future__ import annotations

import subprocess
import sys

from desktop.store import outbox, pushresults, rows
from shared_models import fieldnames
from shared_models.records import RECORD_MODELS, Entity, editable_fields


def test_the_field_names_are_the_models_fields_in_the_models_order() -> None:
    for entity in (Entity.INFLUENCER, Entity.ACCOUNT, Entity.METRIC_SNAPSHOT):
        assert fieldnames.EDITABLE[entity.value] == editable_fields(entity), entity
        columns = fieldnames.record_columns(entity.value)
        assert sorted(columns) == sorted(RECORD_MODELS[entity].model_fields), entity


def test_the_store_derives_its_columns_from_them() -> None:
    assert fieldnames.record_columns("influencer") == rows.INFLUENCER_COLUMNS
    assert fieldnames.record_columns("account") == rows.ACCOUNT_COLUMNS
    for entity in ("influencer", "account"):
        assert set(outbox.RECORD_FIELDS[entity]) == set(fieldnames.EDITABLE[entity])
        assert set(pushresults.CONTENT[entity]) == set(fieldnames.EDITABLE[entity])


def test_importing_the_store_still_loads_no_pydantic() -> None:
    code = "import sys, desktop.store, shared_models.fieldnames; print('pydantic' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
