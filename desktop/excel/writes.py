"""What an import writes, built from plan groups (pure Python: no store, no connection).

Built where the plan is made, then handed to `desktop.excel.writer`, which may run in another
process: plain tuples and dataclasses, cheap to pickle.

- `NewRecords`: a batch of new influencers and their new accounts, with the accounts' search
  rows and text-index entries ready to insert.
- `ClosingWrites`: what only the finished plan knows -- the final values of groups a later row
  of the file added to after they were written, and the changes to records the store had.
"""

from __future__ import annotations

import marshal
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.excel.plan import Action, InfluencerPlan
from desktop.excel.storeio import NewAccount, NewInfluencer, tags_json
from desktop.store import searchindex
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


@dataclass
class NewRecords:
    now: str
    influencers: list[NewInfluencer] = field(default_factory=list)
    accounts: list[NewAccount] = field(default_factory=list)
    search_rows: list[tuple[Any, ...]] = field(default_factory=list)
    texts: list[searchindex.TextEntry] = field(default_factory=list)

    @property
    def records(self) -> int:
        return len(self.influencers) + len(self.accounts)


@dataclass
class ClosingWrites:
    now: str
    amended_influencers: list[NewInfluencer] = field(default_factory=list)  # already inserted
    amended_accounts: list[NewAccount] = field(default_factory=list)  # already inserted
    new_accounts: list[NewAccount] = field(default_factory=list)  # search rows read back
    influencer_changes: list[tuple[str, dict[str, object]]] = field(default_factory=list)
    account_changes: list[tuple[str, dict[str, object]]] = field(default_factory=list)


def pack(records: NewRecords) -> bytes:
    """`records` as bytes for a writer process. Packed here, on the planning thread: left
    to the queue's feeder thread, pickling fought the planner for the interpreter lock and
    slowed it ~1.7x. marshal of plain tuples takes ~60 % of pickle's time."""
    return marshal.dumps((records.now, [tuple(r) for r in records.influencers],
                          [tuple(a) for a in records.accounts], records.search_rows,
                          records.texts))


def unpack(data: bytes) -> NewRecords:
    now, influencers, accounts, search_rows, texts = marshal.loads(data)
    return NewRecords(now, list(map(NewInfluencer._make, influencers)),
                      list(map(NewAccount._make, accounts)), search_rows, texts)


_VALUE = {p: p.value for p in Platform}  # an enum's .value is a descriptor call


def _influencer(group: InfluencerPlan, key: Callable[[str], str] = name_key) -> NewInfluencer:
    return NewInfluencer(group.id, group.name, key(group.name), group.phone, group.notes,
                         tuple(group.tags))


def _account(group_id: str, rid: int, platform: Platform, handle: str, account_id: str,
             fields: Mapping[str, str], web_base: Mapping[Platform, str]) -> NewAccount:
    return NewAccount(rid, account_id, group_id, _VALUE[platform], handle,
                      profile_url(platform, handle, web_base[platform]),
                      fields.get("email", ""), fields.get("category", ""),
                      fields.get("status", "active"), fields.get("notes", ""))


def new_records(groups: Iterable[InfluencerPlan], rids: Rids,
                web_base: Mapping[Platform, str], now: str,
                key: Callable[[str], str] = name_key) -> NewRecords:
    """New groups (ids given) and their new accounts, with search rows built from these
    values. Accounts come in rid order: the account table and the text indexes then grow
    at their ends. `key`: name_key, or the planner's memo of it (Planner.name_key)."""
    out = NewRecords(now)
    people: dict[str, NewInfluencer] = {}
    for group in groups:
        person = _influencer(group, key)
        out.influencers.append(person)
        people[group.id] = person
        for account in group.accounts.values():
            if account.existing is None:
                platform = _VALUE[account.platform]
                out.accounts.append(_account(group.id, rids.take(platform), account.platform,
                                             account.handle, account.id, account.fields,
                                             web_base))
    out.accounts.sort()
    out.search_rows, out.texts = searchindex.new_entries(
        (a.rid, a.id, p.name, p.phone, tags_json(p.tags), p.notes, a.handle, a.email,
         a.category, a.notes, a.platform, a.status, now, None, None)
        for a in out.accounts for p in (people[a.influencer_id],))
    return out


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
            out.influencer_changes.append((group.id, group.changes))
        for account in group.accounts.values():
            if account.existing is not None:
                if account.action is Action.UPDATE:
                    out.account_changes.append((account.id, dict(account.changes)))
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
