"""An applied import as a batch the store keeps for undo (desktop/store/batches.py)."""

from __future__ import annotations

from collections.abc import Iterator

from desktop.excel.importing.plan import ACCOUNT_FIELDS, Action, ImportPlan
from desktop.store.batches import CHANGED, CREATED, BatchItem
from shared_models.records import Account

# What a created account holds where the file said nothing (undo compares every field).
_CREATED_DEFAULTS = {name: info.default for name, info in Account.model_fields.items()
                     if name in ACCOUNT_FIELDS}


def import_batch_items(plan: ImportPlan) -> Iterator[BatchItem]:
    """What the plan created (with the values it created) and changed ([old, new])."""
    for group in plan.influencers:
        if group.action is Action.CREATE:
            yield BatchItem("influencer", group.id, CREATED, {
                "name": [None, group.name], "phone": [None, group.phone],
                "notes": [None, group.notes], "tags": [None, list(group.tags)]})
        elif group.action is Action.UPDATE and group.existing is not None:
            stored = group.existing
            yield BatchItem("influencer", group.id, CHANGED, {
                name: [getattr(stored, name), new] for name, new in group.changes.items()})
        for account in group.accounts.values():
            if account.action is Action.CREATE:
                values = {"influencer_id": group.id, "platform": account.platform.value,
                          "handle": account.handle, **_CREATED_DEFAULTS, **account.fields}
                yield BatchItem("account", account.id, CREATED,
                                {name: [None, value] for name, value in values.items()})
            elif account.action is Action.UPDATE and account.existing is not None:
                stored_account = account.existing
                yield BatchItem("account", account.id, CHANGED, {
                    name: [str(getattr(stored_account, name)), new]
                    for name, new in account.changes.items()})
