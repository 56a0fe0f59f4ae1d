"""What a user (and sync) sees of a store after an import, keyed by natural keys: record
ids and timestamps differ from one import to the next, everything else must not."""

from __future__ import annotations

from desktop.store import SearchQuery, Store

TIMESTAMPS = ("created_at", "updated_at", "deleted_at")


def records(store: Store) -> list[tuple[object, ...]]:
    """Every live account with its influencer's fields, sorted."""
    out = []
    for row in store.iter_search(SearchQuery(limit=None)):
        account = store.find_account(row.platform, row.handle)
        assert account is not None
        person = store.get_influencer(account.influencer_id)
        assert person is not None
        out.append((person.name, person.phone, person.notes, tuple(person.tags),
                    person.version, account.platform.value, account.handle,
                    account.profile_url, account.email, account.category, account.status,
                    account.notes, account.version))
    return sorted(out)


def found(store: Store, text: str) -> list[str]:
    """The handles a search for `text` shows."""
    return sorted(r.handle for r in store.search(SearchQuery(text=text, limit=200)).rows)


def pushed(store: Store, entities: tuple[str, ...] = ("influencer", "account")
           ) -> list[tuple[object, ...]]:
    """The edits to `entities` sync would push, with the fields it would send (sorted; ids
    replaced by the records' natural keys)."""
    people = {}
    for row in store.iter_search(SearchQuery(limit=None)):
        account = store.find_account(row.platform, row.handle)
        assert account is not None
        person = store.get_influencer(account.influencer_id)
        assert person is not None
        people[str(person.id)] = (person.name, person.phone)
        people[str(account.id)] = (account.platform.value, account.handle)
    out = []
    for entry in store.outbox_entries():
        if entry.entity not in entities:
            continue
        fields = {k: (people.get(str(v), v) if k == "influencer_id" else v)
                  for k, v in entry.fields.items() if k != "id" and k not in TIMESTAMPS}
        out.append((entry.entity, people.get(str(entry.id), str(entry.id)), entry.kind,
                    entry.base_version, tuple(sorted((k, str(v)) for k, v in fields.items()))))
    return sorted(out)
