"""An applied import as a batch the store keeps for undo (desktop/store/batches.py).

The import's writer keeps the batch in the import's transaction: it reads the records the
import created back from the store itself (set-based), so the plan only hands over the
stored records it changed, with each field's old and new value.
"""

from __future__ import annotations

from desktop.excel.importing.plan import Action, ImportPlan
from desktop.store.batches import CHANGED, BatchItem, ImportBatch


def import_batch(plan: ImportPlan, batch_id: str, source: str, who: str) -> ImportBatch | None:
    """The batch of an import that changes something (None when it changes nothing), under
    the id its writer began with (StreamingWrites.batch_id)."""
    if not plan.has_changes:
        return None
    return ImportBatch(batch_id, source, who, changed_items(plan))


def changed_items(plan: ImportPlan) -> list[BatchItem]:
    """The stored records the plan changes, {field: [old, new]}."""
    items: list[BatchItem] = []
    for group in plan.influencers:
        if group.action is Action.UPDATE and group.existing is not None:
            stored = group.existing
            items.append(BatchItem("influencer", group.id, CHANGED, {
                name: [getattr(stored, name), new] for name, new in group.changes.items()}))
        for account in group.accounts.values():
            if account.action is Action.UPDATE and account.existing is not None:
                stored_account = account.existing
                items.append(BatchItem("account", account.id, CHANGED, {
                    name: [str(getattr(stored_account, name)), new]
                    for name, new in account.changes.items()}))
    return items
