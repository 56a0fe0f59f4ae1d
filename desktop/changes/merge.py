"""Merge two people who are one (`influencer-desk influencer merge KEEP OTHER`, the window's
"Find duplicates…" → Merge).

OTHER's accounts (with their metric history) and consent forms move to KEEP; OTHER's notes
are added to KEEP's, tags are united, and a field KEEP leaves empty takes OTHER's value. A
field both fill differently keeps KEEP's value; OTHER's stays on OTHER's tombstone and in
the history, and the result lists it. OTHER is then deleted with a pointer to KEEP
(`merged_into`, synced to every desk, cleared by the undo); `follow_merged` leads anyone who
opens OTHER to KEEP. All of it is ordinary edits in one transaction, so every desk
follows with its next sync, and the merge is a batch that undo takes back like an import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.store import NotFound, Store
from desktop.store.attachments import AttachmentRecords
from desktop.store.batches import CHANGED, DELETED, BatchInfo, BatchItem
from shared_models.errors import InvalidValue
from shared_models.records import Entity, Influencer, jsonable, label_of
from shared_models.text import normalize_tags
from shared_models.texts import Text, join_lines, user_text

# Scalar fields a merge compares (the others are united: notes, tags).
_SCALARS = ("name", "phone")


@dataclass(frozen=True)
class KeptValue:
    """A field both people fill differently: KEEP's value stays, OTHER's is shown here."""

    field: str
    kept: object
    other: object

    def to_json(self) -> dict[str, object]:
        return {"field": self.field, "kept": self.kept, "other": self.other}


@dataclass
class MergeResult:
    keep: Influencer
    other_id: str
    batch: BatchInfo
    accounts_moved: int = 0
    forms_moved: int = 0
    filled: dict[str, Any] = field(default_factory=dict)
    conflicts: list[KeptValue] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {"keep": str(self.keep.id), "other": self.other_id, "batch_id": self.batch.id,
                "accounts_moved": self.accounts_moved, "forms_moved": self.forms_moved,
                "filled": self.filled, "conflicts": [c.to_json() for c in self.conflicts]}

    def describe(self) -> Text:
        lines: list[str] = [user_text(
            "Merged {other} into {keep} ({id}): {accounts} accounts and {forms} consent forms "
            "moved.", other=self.other_id, keep=self.keep.name, id=str(self.keep.id),
            accounts=self.accounts_moved, forms=self.forms_moved)]
        lines += [user_text("  {field}: kept '{kept}'; the other person's '{other}' stays in "
                            "the history.", field=label_of(Entity.INFLUENCER, c.field),
                            kept=c.kept, other=c.other) for c in self.conflicts]
        lines.append(user_text("Undo with `influencer-desk import undo {id}`.",
                               id=self.batch.id))
        return join_lines(lines)


def _live(store: Store, record_id: str, role: str) -> Influencer:
    person = store.get_influencer(record_id)
    if person is None:
        raise NotFound(role, record_id, user_text(
            "There is no influencer {id} to merge (deleted, or not on this desk).",
            id=record_id))
    return person


def _combined(keep: Influencer, other: Influencer) -> tuple[dict[str, Any], list[KeptValue]]:
    changes: dict[str, Any] = {}
    conflicts: list[KeptValue] = []
    for name in _SCALARS:
        mine, theirs = getattr(keep, name), getattr(other, name)
        if not theirs or mine == theirs:
            continue
        if not mine:
            changes[name] = theirs
        else:
            conflicts.append(KeptValue(name, mine, theirs))
    if other.notes and other.notes not in keep.notes:
        changes["notes"] = f"{keep.notes}\n\n{other.notes}" if keep.notes else other.notes
    tags = normalize_tags([*keep.tags, *other.tags])
    if len(tags) > len(keep.tags):  # the other person brings a tag of their own
        changes["tags"] = tags
    return changes, conflicts


def merge_people(store: Store, keep_id: str, other_id: str, who: str = "") -> MergeResult:
    """Merge OTHER into KEEP (NotFound, InvalidValue for the same person twice)."""
    keep, other = _live(store, keep_id, "keep"), _live(store, other_id, "other")
    if keep.id == other.id:
        raise InvalidValue("other", other_id,
                           user_text("KEEP and OTHER are the same person."))
    forms = AttachmentRecords(store)
    changes, conflicts = _combined(keep, other)
    items: list[BatchItem] = []
    moved_accounts = moved_forms = 0
    with store.transaction():
        # Moves first, the delete after: the server soft-deletes a deleted person's accounts.
        for account in store.accounts_of(other.id):
            store.move_account(account.id, keep.id)
            items.append(BatchItem("account", str(account.id), CHANGED,
                                   {"influencer_id": [str(other.id), str(keep.id)]}))
            moved_accounts += 1
        for form in forms.of_influencer(other.id):
            forms.move(form.id, keep.id)
            items.append(BatchItem("attachment", str(form.id), CHANGED,
                                   {"influencer_id": [str(other.id), str(keep.id)]}))
            moved_forms += 1
        store.delete_influencer(other.id, merged_into=keep.id)
        items.append(BatchItem("influencer", str(other.id), DELETED,
                               {"merged_into": [None, str(keep.id)]}))
        if changes:  # after the delete: OTHER's phone may now join KEEP's name
            store.update_influencer(keep.id, **changes)
            items.append(BatchItem("influencer", str(keep.id), CHANGED, {
                name: [jsonable(getattr(keep, name)), value] for name, value in changes.items()}))
        batch = store.record_batch("merge", f"{other.name} → {keep.name}", who, items)
    kept = store.get_influencer(keep.id)
    assert kept is not None
    return MergeResult(kept, str(other.id), batch, moved_accounts, moved_forms, changes,
                       conflicts)


@dataclass(frozen=True)
class Followed:
    """Where a person's id leads: `person` is the live person (None: nobody live), `passed`
    the merged tombstones on the way (empty: the id was live itself)."""

    person: Influencer | None
    passed: tuple[Influencer, ...] = ()

    @property
    def message(self) -> Text | None:
        """What to tell someone who opened a merged person (None: nothing happened)."""
        if not self.passed:
            return None
        other = self.passed[0].name
        if self.person is None:
            return user_text("{other} was merged into another person, who is deleted too.",
                             other=other)
        return user_text("{other} was merged into {keep}; showing {keep}.", other=other,
                         keep=self.person.name)

    def to_json(self) -> dict[str, object]:
        return {"id": str(self.person.id) if self.person else None,
                "followed_from": [str(p.id) for p in self.passed]}


def follow_merged(store: Store, person_id: str | object) -> Followed:
    """The person `person_id` leads to: itself when live or deleted without a merge, else
    the live person its merge pointers lead to (docs/history.md, "Merging")."""
    person, passed = store.follow_merged(str(person_id))
    if not passed:
        return Followed(store.get_influencer(str(person_id), include_deleted=True))
    return Followed(person, tuple(passed))
