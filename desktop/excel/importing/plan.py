"""Parsed rows -> what the import would do: duplicates inside the file and against the store.

An influencer is matched by natural key (normalised name + phone) or through an account it
already owns (platform + handle), in the file first and then in the store. Several rows for
one influencer merge; values that disagree between rows make the later row invalid rather
than silently winning. Nothing is written here: the plan is the preview.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from desktop.excel.importing.validate import AccountDraft, CellError, ParsedRow, RowDraft
from desktop.store import bulk
from desktop.store.ids import new_ids
from shared_models.keys import influencer_key
from shared_models.platforms import PLATFORMS, Platform
from shared_models.records import Account, Entity, Influencer, user_fields
from shared_models.text import name_key, normalize_tags


class OnDuplicate(StrEnum):
    UPDATE = "update"  # merge the file's non-empty values into the stored record
    FILL = "fill"  # only fill fields that are empty in the store
    SKIP = "skip"  # leave stored records as they are


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    SKIP = "skip"


_CHANGES = frozenset({Action.CREATE, Action.UPDATE})

# What an import row sets on an account: every field people type except what finds the
# account (its platform, handle and address).
ACCOUNT_FIELDS = tuple(name for name in user_fields(Entity.ACCOUNT)
                       if name not in ("platform", "handle", "profile_url"))


@dataclass
class AccountPlan:
    platform: Platform
    handle: str
    fields: dict[str, str]
    rows: list[int]
    existing: Account | None = None
    action: Action = Action.CREATE
    changes: dict[str, str] = field(default_factory=dict)
    id: str = ""
    overwrites: tuple[str, ...] = ()  # fields `update` would change from a non-empty value

    @property
    def label(self) -> str:
        return f"{self.platform.value}/{self.handle}"


@dataclass
class InfluencerPlan:
    name: str
    phone: str
    notes: str
    tags: list[str]
    rows: list[int]
    existing: Influencer | None = None
    accounts: dict[tuple[Platform, str], AccountPlan] = field(default_factory=dict)
    action: Action = Action.CREATE
    changes: dict[str, object] = field(default_factory=dict)
    id: str = ""
    overwrites: tuple[str, ...] = ()  # fields `update` would change from a non-empty value


@dataclass
class Counts:
    influencers: int = 0
    accounts: int = 0

    @property
    def total(self) -> int:
        return self.influencers + self.accounts

    def to_json(self) -> dict[str, int]:
        return {"influencers": self.influencers, "accounts": self.accounts}


@dataclass
class ImportPlan:
    rows: int  # non-empty data rows read
    invalid_rows: list[ParsedRow]
    influencers: list[InfluencerPlan]
    on_duplicate: OnDuplicate
    duplicate_rows: int = 0  # rows that repeated what earlier rows already said

    def count(self, action: Action) -> Counts:
        counts = Counts()
        for inf in self.influencers:
            counts.influencers += inf.action is action
            counts.accounts += sum(a.action is action for a in inf.accounts.values())
        return counts

    @property
    def errors(self) -> list[CellError]:
        return [e for row in self.invalid_rows for e in row.errors]

    @property
    def has_changes(self) -> bool:
        """Whether any record is created or updated (stops at the first: it is asked on the
        way to the import's commit)."""
        return any(g.action in _CHANGES or any(a.action in _CHANGES for a in g.accounts.values())
                   for g in self.influencers)

    @property
    def overwrites(self) -> int:
        """Stored records whose non-empty values `update` would change (the wizard asks,
        with `fill` preselected, when this is not 0)."""
        return sum(bool(g.overwrites) + sum(bool(a.overwrites) for a in g.accounts.values())
                   for g in self.influencers)


class _Stored:
    """What the store already holds for the file's keys (looked up in bulk)."""

    def __init__(self, accounts: dict[tuple[str, str], Account],
                 influencers_by_key: dict[tuple[str, str], Influencer],
                 influencers_by_id: dict[str, Influencer]) -> None:
        self.accounts = accounts
        self.by_key = influencers_by_key
        self.by_id = influencers_by_id

    def extend(self, other: _Stored) -> None:
        self.accounts.update(other.accounts)
        self.by_key.update(other.by_key)
        self.by_id.update(other.by_id)


def person_key(name: str, phone: str, key: Callable[[str], str] = name_key
               ) -> tuple[str, str] | None:
    """shared_models.keys.influencer_key as the (name_key, phone) the lookups use: None
    without a phone (a name alone never makes two rows, or a row and a stored person, one)."""
    found = influencer_key(name, phone, key)
    return (found.name_key, found.phone) if found is not None else None


class StoreLookup:
    """The three bulk questions the planner asks the store (desktop/store/bulk.py)."""

    def __init__(self, store: object) -> None:
        self.store = store

    def load(self, drafts: list[RowDraft], key: Callable[[str], str] = name_key) -> _Stored:
        store = self.store
        account_keys = [(a.platform.value, a.handle) for d in drafts for a in d.accounts]
        accounts = bulk.find_accounts(store, account_keys)  # type: ignore[arg-type]
        owners = bulk.get_influencers(  # type: ignore[arg-type]
            store, [str(a.influencer_id) for a in accounts.values()])
        by_key = bulk.find_influencers(  # type: ignore[arg-type]
            store, [k for d in drafts if (k := person_key(d.name, d.phone, key)) is not None])
        return _Stored({k: v for k, v in accounts.items()}, by_key, owners)


class EmptyLookup:
    """Plans against an empty store (tests of the planner alone, previews with no store)."""

    def load(self, drafts: list[RowDraft], key: Callable[[str], str] = name_key) -> _Stored:
        return _Stored({}, {}, {})


def plan_rows(parsed: Iterable[ParsedRow], lookup: StoreLookup | EmptyLookup,
              on_duplicate: OnDuplicate = OnDuplicate.UPDATE) -> ImportPlan:
    planner = Planner(lookup, on_duplicate)
    planner.add(list(parsed))
    return planner.finish()


def redecide(plan: ImportPlan, on_duplicate: OnDuplicate) -> ImportPlan:
    """The same plan under another duplicate policy, without planning the rows again (the
    policy only decides what happens to records the store has). It shares its groups with
    `plan`, which is then spent."""
    again = ImportPlan(plan.rows, plan.invalid_rows, plan.influencers, on_duplicate,
                       plan.duplicate_rows)
    _decide(again)
    return again


@dataclass
class PlannedChunk:
    """What one chunk of rows did to the plan."""

    started: list[InfluencerPlan]  # groups its rows started (file order)
    changed: list[InfluencerPlan]  # earlier groups its rows added something to
    invalid: int  # its invalid rows


class Planner:
    """Plans a file a chunk of rows at a time, with the same result as planning it whole.

    The store is asked about each chunk's keys before its rows are planned. The streaming
    import (stream.py) writes the groups a chunk started while the next chunk is planned,
    and amends, at the end, those a later chunk changed.
    """

    def __init__(self, lookup: StoreLookup | EmptyLookup,
                 on_duplicate: OnDuplicate = OnDuplicate.UPDATE) -> None:
        self._lookup = lookup
        self.on_duplicate = on_duplicate
        self._keys = _NameKeys()
        self._stored = _Stored({}, {}, {})
        self._merger = _Planner(self._stored, self._keys)
        self._invalid: list[ParsedRow] = []
        self._rows = 0

    def add(self, parsed: list[ParsedRow]) -> PlannedChunk:
        drafts = [p.draft for p in parsed if p.draft is not None]
        self._stored.extend(self._lookup.load(drafts, self._keys.__getitem__))
        merger = self._merger
        first_new = len(merger.groups)
        merger.changed.clear()
        invalid_before = len(self._invalid)
        for row in parsed:
            self._rows += 1
            if row.draft is None:
                self._invalid.append(row)
                continue
            errors = merger.add(row)
            if errors:
                row.errors.extend(errors)
                row.draft = None
                self._invalid.append(row)
        started = merger.groups[first_new:]
        new = {id(g) for g in started}
        changed = [g for g in merger.changed.values() if id(g) not in new]
        return PlannedChunk(started, changed, len(self._invalid) - invalid_before)

    def name_key(self, name: str) -> str:
        """shared_models.text.name_key, remembered per name (the planner asked already)."""
        return self._keys[name]

    def finish(self) -> ImportPlan:
        """The whole plan: every group decided (ids already given are kept)."""
        merger = self._merger
        plan = ImportPlan(self._rows, self._invalid, merger.groups, self.on_duplicate,
                          merger.duplicates)
        _decide(plan)
        return plan


def give_ids(groups: Sequence[InfluencerPlan]) -> None:
    """Ids for new groups and their new accounts now (the streaming import writes them
    before the plan is finished); `Planner.finish` keeps them."""
    missing = sum((not g.id) + sum(not a.id and a.existing is None
                                   for a in g.accounts.values()) for g in groups)
    ids = iter(new_ids(missing))
    for group in groups:
        group.id = group.id or next(ids)
        for account in group.accounts.values():
            if account.existing is None:
                account.id = account.id or next(ids)


class _NameKeys(dict[str, str]):
    """name -> name_key, each name normalised once per plan (a row asks up to five times)."""

    def __missing__(self, name: str) -> str:
        key = self[name] = name_key(name)
        return key


class _Planner:
    def __init__(self, stored: _Stored, keys: _NameKeys) -> None:
        self.stored = stored
        self.keys = keys
        self.groups: list[InfluencerPlan] = []
        self.by_key: dict[tuple[str, str], InfluencerPlan] = {}
        self.by_account: dict[tuple[Platform, str], InfluencerPlan] = {}
        self.by_existing: dict[str, InfluencerPlan] = {}
        self.duplicates = 0
        self.changed: dict[int, InfluencerPlan] = {}  # groups a row added something to

    def _stored_account(self, account: AccountDraft) -> Account | None:
        accounts = self.stored.accounts  # only the file's accounts the store has: often none
        return accounts.get((account.platform.value, account.handle)) if accounts else None

    def _group_for_existing(self, record: Influencer) -> InfluencerPlan:
        group = self.by_existing.get(str(record.id))
        if group is None:  # registered at once; joins `groups` when a valid row uses it
            group = InfluencerPlan(record.name, "", "", [], [], existing=record)
            self.by_existing[str(record.id)] = group
        return group

    def add(self, row: ParsedRow) -> list[CellError]:
        draft = row.draft
        assert draft is not None
        errors: list[CellError] = []
        target: InfluencerPlan | None = None
        via: AccountDraft | None = None
        for account in draft.accounts:
            key = (account.platform, account.handle)
            candidate = self.by_account.get(key)
            if candidate is None:
                stored = self._stored_account(account)
                if stored is not None:
                    owner = self.stored.by_id.get(str(stored.influencer_id))
                    if owner is not None:
                        candidate = self._group_for_existing(owner)
            if candidate is None:
                continue
            if target is not None and candidate is not target:
                errors.append(_err(row, account.column, account.handle,
                                   f"The accounts on this row belong to different influencers "
                                   f"({_who(target)} and {_who(candidate)})."))
                return errors
            target, via = candidate, account
        if target is not None and via is not None:
            known_name = target.existing.name if target.existing else target.name
            known_phone = _phone_of(target)
            if self.keys[known_name] != self.keys[draft.name]:
                errors.append(_err(row, draft.name_column, draft.name,
                                   f"The account {via.platform.value}/{via.handle} belongs to "
                                   f"{_who(target)}, not to {draft.name}."))
                return errors
            if draft.phone and known_phone and draft.phone != known_phone:
                errors.append(_err(row, via.column, via.handle,
                                   f"The account {via.platform.value}/{via.handle} belongs to "
                                   f"{_who(target)}, whose phone is not {draft.phone}."))
                return errors
        elif (key := person_key(draft.name, draft.phone, self.keys.__getitem__)) is not None:
            # Without a phone only an account they own makes a row someone already known.
            target = self.by_key.get(key)
            if target is None:
                existing = self.stored.by_key.get(key)
                if existing is not None:
                    target = self._group_for_existing(existing)
        if target is None:
            target = InfluencerPlan(draft.name, "", "", [], [])
        errors = self._conflicts(row, draft, target)
        if errors:
            return errors
        repeated = bool(target.rows)
        added = self._merge(row.row, draft, target)
        if not target.rows:
            self.groups.append(target)
        elif repeated and not added:
            self.duplicates += 1
        if added:
            self.changed[id(target)] = target
        target.rows.append(row.row)
        for person in (draft, target.existing):
            if person is not None and (key := person_key(
                    person.name, person.phone, self.keys.__getitem__)) is not None:
                self.by_key.setdefault(key, target)
        for account in draft.accounts:
            self.by_account[(account.platform, account.handle)] = target
        return []

    def _conflicts(self, row: ParsedRow, draft: RowDraft,
                   target: InfluencerPlan) -> list[CellError]:
        errors: list[CellError] = []
        first = target.rows[0] if target.rows else None
        if first is not None:
            if draft.phone and target.phone and draft.phone != target.phone:
                errors.append(_err(row, draft.name_column, draft.name,
                                   f"Row {first} gives {target.name} another phone "
                                   f"({target.phone})."))
            if draft.notes and target.notes and draft.notes != target.notes:
                errors.append(_err(row, draft.name_column, draft.name,
                                   f"Row {first} gives {target.name} different notes; "
                                   "keep one version."))
        for account in draft.accounts:
            known = target.accounts.get((account.platform, account.handle))
            if known is None:
                continue
            for name, value in account.fields.items():
                other = known.fields.get(name)
                if other is not None and other != value:
                    errors.append(_err(
                        row, account.column, account.handle,
                        f"Row {known.rows[0]} gives the account "
                        f"{account.platform.value}/{account.handle} a different {name} "
                        f"('{other}')."))
        return errors

    def _merge(self, row: int, draft: RowDraft, target: InfluencerPlan) -> bool:
        """Fold the row into the group; True when it added anything new."""
        added = False
        if draft.phone and not target.phone:
            target.phone, added = draft.phone, True
        if draft.notes and not target.notes:
            target.notes, added = draft.notes, True
        tags = normalize_tags([*target.tags, *draft.tags])
        if len(tags) > len(target.tags):
            target.tags, added = tags, True
        for account in draft.accounts:
            key = (account.platform, account.handle)
            plan = target.accounts.get(key)
            if plan is None:
                stored = self._stored_account(account)
                target.accounts[key] = AccountPlan(account.platform, account.handle,
                                                   dict(account.fields), [row], stored)
                added = True
                continue
            plan.rows.append(row)
            for name, value in account.fields.items():
                if name not in plan.fields:
                    plan.fields[name] = value
                    added = True
        return added


def _phone_of(group: InfluencerPlan) -> str:
    if group.phone:
        return group.phone
    return group.existing.phone if group.existing else ""


def _who(group: InfluencerPlan) -> str:
    name = group.existing.name if group.existing else group.name
    phone = _phone_of(group)
    return f"{name} ({phone})" if phone else name


def _err(row: ParsedRow, column: str, value: str, message: str) -> CellError:
    return CellError(row.sheet, row.row, column, value, message)


def _filled(changes: dict[str, object], stored: object, fill: bool) -> tuple[
        dict[str, object], tuple[str, ...]]:
    """(the changes the policy keeps, the fields whose non-empty stored value they change)."""
    overwrites = tuple(name for name in changes if getattr(stored, name) not in ("", [], None))
    if fill:
        changes = {k: v for k, v in changes.items() if k not in overwrites}
    return changes, overwrites


def _decide(plan: ImportPlan) -> None:
    skip = plan.on_duplicate is OnDuplicate.SKIP
    fill = plan.on_duplicate is OnDuplicate.FILL
    ids = iter(new_ids(sum((not g.id) + sum(not a.id for a in g.accounts.values())
                           for g in plan.influencers)))
    for group in plan.influencers:
        if group.existing is None:
            group.action = Action.CREATE
            group.id = group.id or next(ids)
        else:
            group.id = str(group.existing.id)
            stored = group.existing
            changes: dict[str, object] = {}
            if group.phone and not stored.phone:
                changes["phone"] = group.phone
            if group.notes and group.notes != stored.notes:
                changes["notes"] = group.notes
            merged = normalize_tags([*stored.tags, *group.tags])
            if merged != stored.tags:
                changes["tags"] = merged
            group.changes, group.overwrites = _filled(changes, stored, fill)
            changes = group.changes
            group.action = (Action.UNCHANGED if not changes
                            else Action.SKIP if skip else Action.UPDATE)
        for account in group.accounts.values():
            if account.existing is None:
                account.action = Action.CREATE
                account.id = account.id or next(ids)
                continue
            account.id = str(account.existing.id)
            acc_changes = {name: value for name, value in account.fields.items()
                           if value and str(getattr(account.existing, name)) != value}
            account.changes, account.overwrites = _filled(acc_changes, account.existing, fill)
            acc_changes = account.changes
            account.action = (Action.UNCHANGED if not acc_changes
                              else Action.SKIP if skip else Action.UPDATE)


def platform_label(platform: Platform) -> str:
    return PLATFORMS[platform].label
