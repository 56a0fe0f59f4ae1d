"""SQLite rows to the shared_models records, and the column lists that go with them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from desktop.store.models import parse_ts
from shared_models.fieldnames import ACCOUNT, INFLUENCER, record_columns
from shared_models.records import Account, Influencer

INFLUENCER_COLUMNS = record_columns(INFLUENCER)
ACCOUNT_COLUMNS = record_columns(ACCOUNT)
INFLUENCER_SELECT = f"SELECT {', '.join(INFLUENCER_COLUMNS)} FROM influencer"
ACCOUNT_SELECT = f"SELECT {', '.join(ACCOUNT_COLUMNS)} FROM account"


def influencer(row: Sequence[Any]) -> Influencer:
    data = dict(zip(INFLUENCER_COLUMNS, row, strict=True))
    data["tags"] = json.loads(data["tags"])
    for key in ("created_at", "updated_at", "deleted_at"):
        data[key] = parse_ts(data[key])
    return Influencer.model_validate(data)


def account(row: Sequence[Any]) -> Account:
    data = dict(zip(ACCOUNT_COLUMNS, row, strict=True))
    for key in ("created_at", "updated_at", "deleted_at"):
        data[key] = parse_ts(data[key])
    return Account.model_validate(data)
