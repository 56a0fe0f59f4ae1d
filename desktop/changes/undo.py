"""Undo an import or a merge done on this desk (`influencer-desk import undo`, the window's
"Undo import…").

Records the batch created are deleted, fields it changed get their previous values back and
people it deleted (a merge's other person) are restored -- as ordinary edits, so they sync to
every desk. A value someone changed after the batch is never taken back: that field (or the
created record) is listed as skipped with the reason. Everything is one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.jobs import JobContext, quiet
from desktop.store import NotFound, Store, bulk
from desktop.store.attachments import AttachmentRecords
from desktop.store.batches import CHANGED, DELETED, BatchInfo, BatchItem, CreatedItems
from shared_models.texts import user_text


class NothingToUndo(LookupError):
    """No such batch, or it was undone already."""


@dataclass(frozen=True)
class Skipped:
    entity: str
    id: str
    field: str  # '' for a whole record
    reason: str

    def to_json(self) -> dict[str, str]:
        return {"entity": self.entity, "id": self.id, "field": self.field,
                "reason": self.reason}


@dataclass
class UndoResult:
    batch: BatchInfo
    deleted: dict[str, int] = field(default_factory=lambda: {"influencer": 0, "account": 0})
    restored_fields: int = 0
    restored_records: int = 0
    skipped: list[Skipped] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {"batch": self.batch.to_json(), "deleted": self.deleted,
                "restored_fields": self.restored_fields,
                "restored_records": self.restored_records,
                "skipped": [s.to_json() for s in self.skipped]}

    def describe(self) -> str:
        lines = [f"Undid {self.batch.kind} {self.batch.id} ({self.batch.source}): deleted "
                 f"{self.deleted['influencer']} influencers and {self.deleted['account']} "
                 f"accounts it created, gave {self.restored_fields} fields their previous "
                 f"values" + (f", restored {self.restored_records} records"
                              if self.restored_records else "") + "."]
        if self.skipped:
            lines.append(f"{len(self.skipped)} kept as they are now, because they changed "
                         "after it:")
            lines += [f"  {s.entity} {s.id}{' ' + s.field if s.field else ''}: {s.reason}"
                      for s in self.skipped[:50]]
        return "\n".join(lines)


Values = dict[str, Any]  # a record's fields as stored, plus `deleted`


def _same(now: Any, then: Any) -> bool:
    return now == then or (now in ("", None, []) and then in ("", None, []))


def _changed_after(current: Values, fields: dict[str, list[Any]]) -> str | None:
    """Why a created record is no longer what the batch made, or None."""
    if current["deleted"]:
        return "deleted since"
    for name, (_old, new) in fields.items():
        if not _same(current[name], new):
            return f"its {name} was changed to '{current[name]}' since"
    return None


def undo_batch(store: Store, batch_id: str | None = None,
               job: JobContext | None = None) -> UndoResult:
    """Take back `batch_id` (default: this desk's last import or merge not undone yet)."""
    job = job or quiet()
    batch = store.get_batch(batch_id) if batch_id else store.last_batch()
    if batch is None:
        raise NothingToUndo(f"There is no import or merge {batch_id} on this desk."
                            if batch_id else "There is no import or merge to undo.")
    if batch.undone_at is not None:
        raise NothingToUndo(f"The {batch.kind} {batch.id} was already undone.")
    items = store.batch_items(batch.id, (CHANGED, DELETED))
    result = UndoResult(batch)
    with store.transaction():
        _restore_deleted(store, [i for i in items if i.action == DELETED], result)
        _restore_changed(store, [i for i in items if i.action == CHANGED], result, job)
        job.check_cancelled()
        # What it created, checked in SQL: only records changed since are looked at here.
        _delete_created(store, store.created_items(batch.id), result)
        store.mark_undone(batch.id)
    return result


def _current(store: Store, items: list[BatchItem]) -> dict[str, Values]:
    """The batch's records as they are now, read in bulk."""
    out: dict[str, Values] = {}
    for entity in ("influencer", "account"):
        mine = [i for i in items if i.entity == entity]
        fields = sorted({name for i in mine for name in i.fields})
        if mine:
            out.update(bulk.field_values(store, entity, [i.record_id for i in mine], fields))
    forms = AttachmentRecords(store)
    for item in items:
        if item.entity == "attachment":
            try:
                form = forms.get(item.record_id, include_deleted=True)
            except NotFound:
                continue
            out[item.record_id] = {"influencer_id": str(form.influencer_id),
                                   "deleted": form.deleted_at is not None}
    return out


def _update(store: Store, entity: str, record_id: str, values: dict[str, Any]) -> None:
    if entity == "influencer":
        store.update_influencer(record_id, **values)
    elif entity == "account":
        store.update_account(record_id, **values)
    else:  # a consent form: only its person changes (a merge)
        AttachmentRecords(store).move(record_id, values["influencer_id"])


def _restore_deleted(store: Store, items: list[BatchItem], result: UndoResult) -> None:
    """A merge's other person comes back first: their accounts and forms move back to them."""
    for item in items:
        person = store.get_influencer(item.record_id, include_deleted=True)
        if person is None or person.deleted_at is None:
            continue
        store.restore_influencer(item.record_id, same_key_ok=True)
        result.restored_records += 1


def _restore_changed(store: Store, items: list[BatchItem], result: UndoResult,
                     job: JobContext) -> None:
    current = _current(store, items)
    for n, item in enumerate(items):
        if n % 200 == 0:
            job.check_cancelled()
            job.progress(n, len(items), user_text("restoring changed values"))
        record = current.get(item.record_id)
        if record is None:
            result.skipped.append(Skipped(item.entity, item.record_id, "", "not on this desk"))
            continue
        back: dict[str, Any] = {}
        for name, (old, new) in item.fields.items():
            now = record[name]
            if now == old:
                continue  # already back (changed back by someone)
            if now != new:
                result.skipped.append(Skipped(
                    item.entity, item.record_id, name,
                    f"changed to '{now}' after the {result.batch.kind}"))
                continue
            back[name] = old
        if back:
            _update(store, item.entity, item.record_id, back)
            result.restored_fields += len(back)


def _delete_created(store: Store, created: CreatedItems, result: UndoResult) -> None:
    doomed = {"account": list(created.intact["account"]),
              "influencer": list(created.intact["influencer"])}
    current = _current(store, created.other)
    for item in created.other:
        record = current.get(item.record_id)
        if record is None:
            continue  # merged into another record by the server: nothing of ours to delete
        reason = _changed_after(record, item.fields)
        if reason is not None:
            if not record["deleted"]:
                result.skipped.append(Skipped(item.entity, item.record_id, "",
                                              f"kept: {reason} the {result.batch.kind}"))
            continue
        doomed[item.entity].append(item.record_id)
    # A person who got an account after the import stays (with that account).
    leaving = set(doomed["account"])
    owners = bulk.live_account_ids(store, doomed["influencer"])
    keep = {pid for pid, accounts in owners.items() if accounts - leaving}
    for pid in keep:
        result.skipped.append(Skipped("influencer", pid, "", (
            f"kept: an account was added to this person after the {result.batch.kind}")))
    result.deleted = store.delete_many(
        [p for p in doomed["influencer"] if p not in keep], doomed["account"])
