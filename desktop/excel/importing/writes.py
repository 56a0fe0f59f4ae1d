"""What an import writes, built from plan groups (pure Python: no store, no connection).

Built where the plan is made as the store's typed bulk records (desktop/store/bulkrecords.py),
then handed to the store's writer (desktop/store/bulkwriter.py), which may run in another
process:

- `new_records`: a batch of new influencers and their new accounts (`NewRecords`, with the
  accounts' search rows and text-index entries ready to insert).
- `closing_writes`: what only the finished plan knows -- the final values of groups a later
  row of the file added to after they were written, and the changes to records the store had.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from desktop.excel.importing.plan import Action, InfluencerPlan
from desktop.store import bulk
from desktop.store.bulkrecords import (
    ACCOUNT_DEFAULTS,
    ACCOUNT_VALUES,
    ClosingWrites,
    NewAccount,
    NewInfluencer,
    NewRecords,
    RecordChange,
)
from shared_models.platforms import Platform, profile_url
from shared_models.text import name_key


class Rids:
    """Hands out account row ids, each platform from its own block, so every platform's
    text-index keys (platform above the rid) grow in one ascending run."""

    def __init__(self, base: int, span: int) -> None:
        self._next = {p.value: base + i * span for i, p in enumerate(sorted(Platform))}

    def take(self, platform: str) -> int:
        rid = self._next[platform]
        self._next[platform] = rid + 1
        return rid


_VALUE = {p: p.value for p in Platform}  # an enum's .value is a descriptor call


def _influencer(group: InfluencerPlan, key: Callable[[str], str] = name_key) -> NewInfluencer:
    return NewInfluencer(group.id, group.name, key(group.name), group.phone, group.notes,
                         tuple(group.tags))


def _account(group_id: str, rid: int, platform: Platform, handle: str, account_id: str,
             fields: Mapping[str, str], web_base: Mapping[Platform, str]) -> NewAccount:
    return NewAccount(rid, account_id, group_id, _VALUE[platform], handle,
                      profile_url(platform, handle, web_base[platform]),
                      *map(fields.get, ACCOUNT_VALUES, ACCOUNT_DEFAULTS))


def new_records(groups: Iterable[InfluencerPlan], rids: Rids,
                web_base: Mapping[Platform, str], now: str,
                key: Callable[[str], str] = name_key) -> NewRecords:
    """New groups (ids given) and their new accounts, with search rows built from these
    values (bulk.new_records). `key`: name_key, or the planner's memo of it (Planner.name_key)."""
    influencers: list[NewInfluencer] = []
    accounts: list[NewAccount] = []
    for group in groups:
        influencers.append(_influencer(group, key))
        for account in group.accounts.values():
            if account.existing is None:
                platform = _VALUE[account.platform]
                accounts.append(_account(group.id, rids.take(platform), account.platform,
                                         account.handle, account.id, account.fields, web_base))
    return bulk.new_records(now, influencers, accounts)


def closing_writes(groups: Iterable[InfluencerPlan], written: Mapping[str, set[str]],
                   rids: Rids, web_base: Mapping[Platform, str], now: str) -> ClosingWrites:
    """The writes left once the plan is final. `written`: {group id: ids of its accounts
    already inserted} for the new groups a later row added to after they were written."""
    out = ClosingWrites(now)
    for group in groups:
        amended = written.get(group.id) if group.existing is None else None
        if amended is not None:
            out.amended_influencers.append(_influencer(group))
        elif group.action is Action.UPDATE:
            out.influencer_changes.append(RecordChange(group.id, dict(group.changes)))
        for account in group.accounts.values():
            if account.existing is not None:
                if account.action is Action.UPDATE:
                    out.account_changes.append(RecordChange(account.id, dict(account.changes)))
                continue
            if group.existing is None and amended is None:
                continue  # written with its new group
            record = _account(group.id, 0, account.platform, account.handle, account.id,
                              account.fields, web_base)
            if amended is not None and account.id in amended:
                out.amended_accounts.append(record)
            else:
                out.new_accounts.append(record._replace(rid=rids.take(record.platform)))
    return out
