"""What the add/edit forms do, as services: check a whole form at once (every field's
problem, in words, keyed by field so the window can show it next to the field), then create
an influencer with their accounts in one transaction. The CLI and tests call the same code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from desktop.store import SearchQuery, Store
from shared_models.errors import InvalidValue
from shared_models.keys import AccountKey, account_key, influencer_key
from shared_models.platforms import (
    PLATFORMS,
    Platform,
    parse_platform,
    recognize_url,
)
from shared_models.records import Account, Entity, Influencer
from shared_models.text import clean_text
from shared_models.texts import user_text
from shared_models.validation import clean_field


@dataclass
class AccountDraft:
    platform: str = ""  # "A" / "B"; may be left empty when a URL says it
    handle: str = ""  # a bare handle or a pasted profile URL
    email: str = ""
    category: str = ""
    notes: str = ""


@dataclass
class InfluencerDraft:
    name: str = ""
    phone: str = ""
    tags: str = ""
    notes: str = ""
    accounts: list[AccountDraft] = field(default_factory=list)


class FormErrors(Exception):
    """Every problem of a form: {"name": "...", "accounts.0.handle": "..."}."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        super().__init__("; ".join(errors.values()))
        self.errors = dict(errors)


def platform_from_paste(text: str,
                        web_bases: Mapping[Platform, str] | None = None) -> Platform | None:
    """The platform a pasted profile URL belongs to (to fill the form's platform field)."""
    try:
        recognized = recognize_url(text, web_bases)
    except InvalidValue:
        return None
    return recognized.platform if recognized.kind == "profile" else None


def _account_platform(draft: AccountDraft, web_bases: Mapping[Platform, str]) -> Platform:
    if clean_text(draft.platform):
        return parse_platform(draft.platform)
    found = platform_from_paste(draft.handle, web_bases)
    if found is None:
        raise InvalidValue("platform", draft.platform,
                           user_text("Choose the platform, or paste the account's profile "
                                     "URL."))
    return found


def check_fields(entity: Entity, draft: object, names: tuple[str, ...], prefix: str,
             errors: dict[str, str], **context: Any) -> dict[str, Any]:
    """The draft's `names` cleaned by the shared rules; each problem goes to `errors` under
    `prefix + name`, in the rule's words."""
    clean: dict[str, Any] = {}
    for name in names:
        try:
            clean[name] = clean_field(entity, name, getattr(draft, name), **context)
        except InvalidValue as exc:
            errors[f"{prefix}{name}"] = exc.message
    return clean


# The fields each form edits besides the platform and handle (also the drafts' fields).
INFLUENCER_FORM_FIELDS = ("name", "phone", "tags", "notes")
ACCOUNT_FORM_FIELDS = ("email", "category", "notes")


def check_account(store: Store, draft: AccountDraft, prefix: str,
                  errors: dict[str, str], seen: set[AccountKey]) -> None:
    bases = store.web_bases()
    try:
        platform = _account_platform(draft, bases)
    except InvalidValue as exc:
        errors[f"{prefix}platform"] = exc.message
    else:
        # A pasted URL is read by the profile URL rule (shared_models.platforms).
        handle = check_fields(Entity.ACCOUNT, draft, ("handle",), prefix, errors,
                              platform=platform, web_bases=bases).get("handle")
        if handle is not None:
            key = account_key(platform, handle)
            existing = store.find_account(platform, handle)
            if existing is not None:
                errors[f"{prefix}handle"] = handle_taken(store, existing)
            elif key in seen:
                errors[f"{prefix}handle"] = user_text("@{handle} is entered twice.", handle=handle)
            seen.add(key)
    check_fields(Entity.ACCOUNT, draft, ACCOUNT_FORM_FIELDS, prefix, errors)


def handle_taken(store: Store, existing: Account) -> str:
    """The form's sentence for a handle another account already has."""
    platform = PLATFORMS[Platform(existing.platform)].label
    owner = store.get_influencer(existing.influencer_id)
    if owner is None:
        return user_text("@{handle} on {platform} is already in the list.",
                         handle=existing.handle, platform=platform)
    return user_text("@{handle} on {platform} is already in the list (it belongs to {name}).",
                     handle=existing.handle, platform=platform, name=owner.name)


def check_influencer(store: Store, draft: InfluencerDraft,
                     editing: UUID | None = None) -> dict[str, str]:
    """All problems of the form, keyed by field; empty when it can be saved."""
    errors: dict[str, str] = {}
    clean = check_fields(Entity.INFLUENCER, draft, INFLUENCER_FORM_FIELDS, "", errors,
                     region=store.phone_region)
    name, phone = clean.get("name", ""), clean.get("phone", "")
    if name and "phone" not in errors and influencer_key(name, phone) is not None:
        twin = store.find_influencer(name, phone)
        if twin is not None and twin.id != editing:
            errors["name"] = user_text("{name} with this phone number is already in the list; "
                                       "add the accounts to them instead.", name=twin.name)
    seen: set[AccountKey] = set()
    for number, account in enumerate(draft.accounts):
        if not clean_text(account.handle) and not clean_text(account.email):
            continue  # an empty account row is simply ignored
        check_account(store, account, f"accounts.{number}.", errors, seen)
    return errors


def create_influencer(store: Store, draft: InfluencerDraft) -> tuple[Influencer, list[Account]]:
    """Create the influencer and their accounts together, or nothing (FormErrors)."""
    errors = check_influencer(store, draft)
    if errors:
        raise FormErrors(errors)
    bases = store.web_bases()
    with store.transaction():
        influencer = store.create_influencer(name=draft.name, phone=draft.phone,
                                             notes=draft.notes, tags=draft.tags)
        accounts = [
            store.create_account(influencer_id=influencer.id,
                                 platform=_account_platform(a, bases),
                                 handle=a.handle, email=a.email, category=a.category,
                                 notes=a.notes)
            for a in draft.accounts if clean_text(a.handle)
        ]
    return influencer, accounts


def add_account(store: Store, influencer_id: UUID, draft: AccountDraft) -> Account:
    """Add one account to an existing influencer (FormErrors keyed without a prefix)."""
    errors: dict[str, str] = {}
    check_account(store, draft, "", errors, set())
    if errors:
        raise FormErrors(errors)
    return store.create_account(influencer_id=influencer_id,
                                platform=_account_platform(draft, store.web_bases()),
                                handle=draft.handle, email=draft.email,
                                category=draft.category, notes=draft.notes)


def update_influencer(store: Store, influencer_id: UUID, draft: InfluencerDraft) -> Influencer:
    """Save the edit form's influencer fields (accounts are edited one by one)."""
    errors = check_influencer(store, InfluencerDraft(draft.name, draft.phone, draft.tags,
                                                     draft.notes), editing=influencer_id)
    if errors:
        raise FormErrors(errors)
    return store.update_influencer(influencer_id, name=draft.name, phone=draft.phone,
                                   tags=draft.tags, notes=draft.notes)


@dataclass(frozen=True)
class InfluencerChoice:
    id: UUID
    name: str
    phone: str
    handles: tuple[str, ...]


def find_influencers(store: Store, text: str, limit: int = 30) -> list[InfluencerChoice]:
    """Influencers matching `text` for the add-account picker: by name or phone (people
    with no account yet included), then by handle or e-mail through the account search."""
    handles: dict[UUID, list[str]] = {}
    names: dict[UUID, tuple[str, str]] = {}
    for person in store.search_influencers(text, limit):
        names[person.id] = (person.name, person.phone)
    for row in store.search(SearchQuery(text=text.strip(), limit=limit * 4)).rows:
        handles.setdefault(row.influencer_id, []).append(f"{row.platform}:@{row.handle}")
        if len(names) < limit:
            names.setdefault(row.influencer_id, (row.name, row.phone))
    for person_id in names:
        if person_id not in handles:
            handles[person_id] = [f"{a.platform}:@{a.handle}"
                                  for a in store.accounts_of(person_id)]
    return [InfluencerChoice(person_id, name, phone, tuple(handles[person_id]))
            for person_id, (name, phone) in names.items()]
