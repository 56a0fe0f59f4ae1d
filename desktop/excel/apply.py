"""Writes an ImportPlan into the store in one transaction (all of it, or nothing).

New records go in bulk (storeio); changed records through the store's `update_*` calls,
which join the same transaction. Cancel (JobContext) or any error rolls everything back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.excel import storeio
from desktop.excel.gcpause import gc_paused
from desktop.excel.ids import new_ids
from desktop.excel.plan import Action, ImportPlan
from desktop.jobs import JobContext, quiet
from desktop.store import Store
from shared_models.platforms import Platform, profile_url
from shared_models.text import name_key

_BATCH = 2000


@dataclass
class Applied:
    created_influencers: int = 0
    created_accounts: int = 0
    updated_influencers: int = 0
    updated_accounts: int = 0


def apply_plan(store: Store, plan: ImportPlan, job: JobContext | None = None) -> Applied:
    with gc_paused():
        return _apply(store, plan, job or quiet())


def _apply(store: Store, plan: ImportPlan, job: JobContext) -> Applied:
    web_base = {p: store.web_base(p) for p in Platform}
    new_influencers: list[storeio.NewInfluencer] = []
    new_accounts: dict[str, list[tuple[str, ...]]] = {p.value: [] for p in Platform}
    updates: list[tuple[str, str, dict[str, object]]] = []  # (entity, id, changes)
    for group in plan.influencers:
        if group.action is Action.CREATE:
            new_influencers.append(storeio.NewInfluencer(
                group.id, group.name, name_key(group.name), group.phone, group.notes,
                tuple(group.tags)))
        elif group.action is Action.UPDATE:
            updates.append(("influencer", group.id, group.changes))
        for account in group.accounts.values():
            if account.action is Action.CREATE:
                fields = account.fields
                new_accounts[account.platform.value].append((
                    account.id, group.id, account.platform.value, account.handle,
                    profile_url(account.platform, account.handle, web_base[account.platform]),
                    fields.get("email", ""), fields.get("category", ""),
                    fields.get("status", "active"), fields.get("notes", "")))
            elif account.action is Action.UPDATE:
                updates.append(("account", account.id, dict(account.changes)))
    with store.transaction() as conn:
        # Row ids one platform after the other: the search index keys its entries by
        # (platform, rid), and FTS5 takes them fastest in ascending order.
        rid = storeio.next_account_rid(conn)
        accounts = [storeio.NewAccount(rid + i, *values) for i, values in enumerate(
            values for platform in sorted(new_accounts) for values in new_accounts[platform])]
        storeio.check_keys_free(conn, new_influencers, accounts)
        _write(conn, store, new_influencers, accounts, updates, job)
    return Applied(
        created_influencers=len(new_influencers), created_accounts=len(accounts),
        updated_influencers=sum(k == "influencer" for k, _, _ in updates),
        updated_accounts=sum(k == "account" for k, _, _ in updates))


def _write(conn: storeio.Connection, store: Store, new_influencers: list[storeio.NewInfluencer],
           new_accounts: list[storeio.NewAccount],
           updates: list[tuple[str, str, dict[str, object]]], job: JobContext) -> None:
    total = len(new_influencers) + len(new_accounts) + len(updates)
    done = 0
    job.progress(0, total, "writing")
    # One run of ascending op ids for the whole import: the outbox's op_id index then grows
    # at one end instead of taking each batch's ids all over the tree.
    op_ids = new_ids(len(new_influencers) + len(new_accounts))

    def in_batches(records: Sequence[Any], insert: Callable[..., None], label: str) -> None:
        nonlocal done
        for start in range(0, len(records), _BATCH):
            job.check_cancelled()
            batch = records[start:start + _BATCH]
            insert(conn, batch, op_ids)
            done += len(batch)
            job.progress(done, total, label)

    in_batches(new_influencers, storeio.insert_influencers, "influencers")
    for kind, record_id, changes in updates:
        if kind == "influencer":
            store.update_influencer(record_id, **changes)
    in_batches(new_accounts, storeio.insert_accounts, "accounts")
    job.check_cancelled()
    job.progress(done, total, "search index")
    storeio.index_accounts(conn, new_accounts, {p.id: p for p in new_influencers})
    for i, (kind, record_id, changes) in enumerate(updates):
        if i % 200 == 0:
            job.check_cancelled()
        if kind == "account":
            store.update_account(record_id, **changes)
    done += len(updates)
    job.progress(done, total, "committing")
