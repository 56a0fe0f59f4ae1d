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
from shared_models.records import label_of
from shared_models.texts import Text, join_lines, user_text

# The records a skipped line names, as users call them.
_ENTITY_LABELS = {"influencer": user_text("Influencer"), "account": user_text("Account")}


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

    def describe(self) -> Text:
        """'Influencer 3f2a… Notes: changed to … after the import'."""
        what = _ENTITY_LABELS.get(self.entity, self.entity)
        if self.field:
            return user_text("{what} {id} {field}: {reason}", what=what, id=self.id,
                             field=label_of(self.entity, self.field), reason=self.reason)
        return user_text("{what} {id}: {reason}", what=what, id=self.id, reason=self.reason)


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

    def describe(self) -> Text:
        values = {"id": self.batch.id, "source": self.batch.source,
                  "people": self.deleted["influencer"], "accounts": self.deleted["account"],
                  "fields": self.restored_fields, "records": self.restored_records}
        merge = self.batch.kind == "merge"
        if self.restored_records:
            first = user_text(
                "Undid merge {id} ({source}): deleted {people} influencers and {accounts} "
                "accounts it created, gave {fields} fields their previous values, restored "
                "{records} records.", **values) if merge else user_text(
                "Undid import {id} ({source}): deleted {people} influencers and {accounts} "
                "accounts it created, gave {fields} fields their previous values, restored "
                "{records} records.", **values)
        else:
            first = user_text(
                "Undid merge {id} ({source}): deleted {people} influencers and {accounts} "
                "accounts it created, gave {fields} fields their previous values.",
                **values) if merge else user_text(
                "Undid import {id} ({source}): deleted {people} influencers and {accounts} "
                "accounts it created, gave {fields} fields their previous values.", **values)
        lines: list[str] = [first]
        if self.skipped:
            lines.append(user_text("{count} kept as they are now, because they changed after "
                                   "it:", count=len(self.skipped)))
            lines += [user_text("  {line}", line=s.describe()) for s in self.skipped[:50]]
        return join_lines(lines)


Values = dict[str, Any]  # a record's fields as stored, plus `deleted`


def _same(now: Any, then: Any) -> bool:
    return now == then or (now in ("", None, []) and then in ("", None, []))


def _changed_after(current: Values, fields: dict[str, list[Any]]) -> str | None:
    """Why a created record is no longer what the batch made: 'deleted', or the first field
    changed since; None when it is as the batch made it."""
    if current["deleted"]:
        return "deleted"
    for name, (_old, new) in fields.items():
        if not _same(current[name], new):
            return name
    return None


def _kept_changed(kind: str, entity: str, name: str, value: Any) -> Text:
    """Why a record the batch created stays: one of its fields was changed since."""
    field_label = label_of(entity, name)
    if kind == "merge":
        return user_text("kept: {field} was changed to '{value}' since the merge",
                         field=field_label, value=value)
    return user_text("kept: {field} was changed to '{value}' since the import",
                     field=field_label, value=value)


def _changed_later(kind: str, value: Any) -> Text:
    """Why a value the batch changed is not put back: it was changed again since."""
    if kind == "merge":
        return user_text("changed to '{value}' after the merge", value=value)
    return user_text("changed to '{value}' after the import", value=value)


def _account_added(kind: str) -> Text:
    if kind == "merge":
        return user_text("kept: an account was added to this person after the merge")
    return user_text("kept: an account was added to this person after the import")


def undo_batch(store: Store, batch_id: str | None = None,
               job: JobContext | None = None) -> UndoResult:
    """Take back `batch_id` (default: this desk's last import or merge not undone yet)."""
    job = job or quiet()
    batch = store.get_batch(batch_id) if batch_id else store.last_batch()
    if batch is None:
        raise NothingToUndo(user_text("There is no import or merge {id} on this desk.",
                                      id=batch_id)
                            if batch_id else user_text("There is no import or merge to undo."))
    if batch.undone_at is not None:
        raise NothingToUndo(user_text("The merge {id} was already undone.", id=batch.id)
                            if batch.kind == "merge" else
                            user_text("The import {id} was already undone.", id=batch.id))
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
            result.skipped.append(Skipped(item.entity, item.record_id, "",
                                          user_text("not on this desk")))
            continue
        back: dict[str, Any] = {}
        for name, (old, new) in item.fields.items():
            now = record[name]
            if now == old:
                continue  # already back (changed back by someone)
            if now != new:
                result.skipped.append(Skipped(
                    item.entity, item.record_id, name, _changed_later(result.batch.kind, now)))
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
        changed = _changed_after(record, item.fields)
        if changed is not None:
            if not record["deleted"]:  # a deleted one is not listed: it is gone either way
                result.skipped.append(Skipped(item.entity, item.record_id, "", _kept_changed(
                    result.batch.kind, item.entity, changed, record[changed])))
            continue
        doomed[item.entity].append(item.record_id)
    # A person who got an account after the import stays (with that account).
    leaving = set(doomed["account"])
    owners = bulk.live_account_ids(store, doomed["influencer"])
    keep = {pid for pid, accounts in owners.items() if accounts - leaving}
    for pid in keep:
        result.skipped.append(Skipped("influencer", pid, "",
                                      _account_added(result.batch.kind)))
    result.deleted = store.delete_many(
        [p for p in doomed["influencer"] if p not in keep], doomed["account"])
