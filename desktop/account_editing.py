"""Edit one account's fields and move an account to another person, as services.

The window's "Edit account…" and "Move to another person…" call these, as do the CLI and
tests. Every problem of the form comes back at once, keyed by field (FormErrors, like the
influencer forms in editing.py). Each save returns an `AccountChange`: what the account and
its person looked like before and after, so Undo puts back exactly what the save changed.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from desktop.editing import FormErrors, check_fields, handle_taken
from desktop.store import Store
from desktop.store.models import MoreFields
from shared_models.errors import InvalidValue
from shared_models.platforms import Platform, profile_url
from shared_models.records import Account, Entity, user_fields
from shared_models.text import clean_text
from shared_models.validation import clean_field

# The account's own fields the form edits besides the handle and profile URL: the model's
# (a field added to Account is edited here too, on a line of its own).
ACCOUNT_FIELDS = tuple(name for name in user_fields(Entity.ACCOUNT)
                       if name not in ("platform", "handle", "profile_url"))


@dataclass
class AccountEdit(MoreFields):
    """The edit form's values, as typed."""

    handle: str = ""
    profile_url: str = ""
    email: str = ""
    category: str = ""
    status: str = "active"
    notes: str = ""
    tags: str = ""  # the person's tags, shown with each of their accounts
    # The account's fields added to the model since: a line of the form each.
    more_fields: dict[str, Any] = dataclasses.field(default_factory=dict)


MORE_FIELDS = AccountEdit.not_named(ACCOUNT_FIELDS)


@dataclass(frozen=True)
class AccountChange:
    """One saved edit: the fields to write to undo it (`before`) or redo it (`after`)."""

    account_id: UUID
    influencer_id: UUID
    before: dict[str, object]
    after: dict[str, object]
    tags_before: list[str]
    tags_after: list[str]


def account_form(store: Store, account_id: UUID) -> AccountEdit:
    """The form's starting values: the account as stored."""
    account = _account(store, account_id)
    person = store.get_influencer(account.influencer_id, include_deleted=True)
    return AccountEdit(handle=account.handle, profile_url=account.profile_url,
                       email=account.email, category=account.category, status=account.status,
                       notes=account.notes, tags=", ".join(person.tags) if person else "",
                       more_fields={name: getattr(account, name) for name in MORE_FIELDS})


def _account(store: Store, account_id: UUID) -> Account:
    account = store.get_account(account_id)
    if account is None:
        raise FormErrors({"handle": "This account was deleted; it cannot be edited."})
    return account


def _new_handle(store: Store, account_id: UUID, platform: Platform, edit: AccountEdit,
                errors: dict[str, str]) -> str | None:
    """The handle (or profile URL) to save when the user changed either, checked for
    another account with the same handle; None when neither changed."""
    current = _account(store, account_id)
    bases = store.web_bases()
    if clean_text(edit.profile_url) not in ("", current.profile_url):
        # The profile URL rule's own check and sentence; the handle is the URL's.
        field = "profile_url"
        try:
            typed = clean_field(Entity.ACCOUNT, field, edit.profile_url, platform=platform,
                                web_bases=bases)
            handle = clean_field(Entity.ACCOUNT, "handle", typed, platform=platform,
                                 web_bases=bases)
        except InvalidValue as exc:
            errors[field] = exc.message
            return None
    elif clean_text(edit.handle) != current.handle:
        field, typed = "handle", edit.handle
        try:
            handle = clean_field(Entity.ACCOUNT, "handle", typed, platform=platform,
                                 web_bases=bases)
        except InvalidValue as exc:
            errors[field] = exc.message
            return None
    elif not clean_text(edit.profile_url) and current.profile_url:
        # The address cleared: the handle's own address is made again.
        field, handle = "profile_url", current.handle
        typed = profile_url(platform, handle, bases[platform])
    else:
        return None
    twin = store.find_account(platform, handle)
    if twin is not None and twin.id != account_id:
        errors[field] = handle_taken(store, twin)
        return None
    return typed


def _checked(store: Store, account_id: UUID,
             edit: AccountEdit) -> tuple[Account, str | None, dict[str, str]]:
    """(the account, the new handle or URL if changed, every problem keyed by field)."""
    errors: dict[str, str] = {}
    account = _account(store, account_id)
    handle = _new_handle(store, account_id, Platform(account.platform), edit, errors)
    check_fields(Entity.ACCOUNT, edit, ACCOUNT_FIELDS, "", errors)
    check_fields(Entity.INFLUENCER, edit, ("tags",), "", errors)
    return account, handle, errors


def check_account_edit(store: Store, account_id: UUID, edit: AccountEdit) -> dict[str, str]:
    """Every problem of the form, keyed by field; empty when it can be saved."""
    return _checked(store, account_id, edit)[2]


def save_account_edit(store: Store, account_id: UUID, edit: AccountEdit) -> AccountChange:
    """Save the form in one transaction, or nothing (FormErrors with every problem)."""
    account, handle, errors = _checked(store, account_id, edit)
    if errors:
        raise FormErrors(errors)
    fields: dict[str, object] = {name: getattr(edit, name) for name in ACCOUNT_FIELDS}
    if handle is not None:
        fields["handle"] = handle
    person = store.get_influencer(account.influencer_id, include_deleted=True)
    tags_before = list(person.tags) if person else []
    with store.transaction():
        saved = store.update_account(account_id, **fields)
        tags_after = tags_before
        if person is not None:
            tags_after = list(store.update_influencer(person.id, tags=edit.tags).tags)
    return AccountChange(account_id, account.influencer_id, _stored(account), _stored(saved),
                         tags_before, tags_after)


def _stored(account: object) -> dict[str, object]:
    """The account's editable values as `update_account` takes them back."""
    return {name: getattr(account, name) for name in ("handle", "profile_url", *ACCOUNT_FIELDS)}


def apply_account_change(store: Store, change: AccountChange, undo: bool) -> None:
    """Put the account and its person's tags back as before the edit (undo) or after it."""
    fields = change.before if undo else change.after
    with store.transaction():
        store.update_account(change.account_id, **fields)
        store.update_influencer(change.influencer_id,
                                tags=change.tags_before if undo else change.tags_after)


def move_account(store: Store, account_id: UUID, to_influencer_id: UUID) -> UUID:
    """Give the account to another person; returns the person it belonged to (for Undo)."""
    account = _account(store, account_id)
    if account.influencer_id == to_influencer_id:
        raise FormErrors({"influencer": "The account already belongs to this person; pick "
                                        "someone else."})
    if store.get_influencer(to_influencer_id) is None:
        raise FormErrors({"influencer": "That person was deleted; pick someone else."})
    store.move_account(account_id, to_influencer_id)
    return account.influencer_id
