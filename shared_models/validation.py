"""Field normalisation per entity: the one place both the desktop and the server check values.

`normalize_fields` cleans every field with the rule its model type names
(shared_models/rules.py) and returns the cleaned fields, or raises InvalidValue naming the
field. `clean_field` does the same for one field, for callers that check a form or a row
field by field and want every problem, not the first.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from shared_models.errors import InvalidValue
from shared_models.phones import DEFAULT_REGION
from shared_models.platforms import (
    Platform,
    handle_mismatch,
    normalize_handle,
    page_base,
    profile_url,
    read_profile_url,
)
from shared_models.records import EDITABLE_FIELDS, REQUIRED_ON_CREATE, Entity, field_rules
from shared_models.rules import Context
from shared_models.text import clean_text
from shared_models.texts import Text, user_text


def unknown_fields(entity: Entity, names: list[str]) -> Text:
    """The sentence for field names `entity` does not have (a typo in `--set`, a wire op)."""
    fields = ", ".join(names)
    if entity == Entity.INFLUENCER:
        return user_text("Unknown field(s) for influencer: {fields}.", fields=fields)
    if entity == Entity.ACCOUNT:
        return user_text("Unknown field(s) for account: {fields}.", fields=fields)
    if entity == Entity.ATTACHMENT:
        return user_text("Unknown field(s) for consent form: {fields}.", fields=fields)
    return user_text("Unknown field(s) for metric snapshot: {fields}.", fields=fields)


def clean_field(entity: Entity, field: str, value: Any, *, region: str = DEFAULT_REGION,
                platform: Platform | None = None,
                web_bases: Mapping[Platform, str] | None = None) -> Any:
    """One field's value cleaned by its rule, or InvalidValue with the rule's sentence."""
    rules = field_rules(entity)
    if field not in rules:
        raise InvalidValue(field, value, unknown_fields(entity, [field]))
    return rules[field].clean(field, value, Context(region, platform, web_bases=web_bases))


def normalize_fields(
    entity: Entity,
    fields: Mapping[str, Any],
    *,
    creating: bool,
    region: str = DEFAULT_REGION,
    platform: Platform | None = None,
    web_hosts: frozenset[str] = frozenset(),
    web_bases: Mapping[Platform, str] | None = None,
) -> dict[str, Any]:
    """Clean `fields` for `entity`; unknown fields and missing required ones are errors.

    `platform` gives the context for an account handle or profile URL when the op does not
    change the platform; `web_hosts` the hosts a profile URL may use for either platform
    besides the platforms' sites (the server's); `web_bases` the platforms' sites as a desk
    is configured. Fields the
    server sets (`uploaded_by`) are dropped: whoever sends them, they are not theirs to say.
    """
    unknown = set(fields) - EDITABLE_FIELDS[entity]
    if unknown:
        raise InvalidValue(sorted(unknown)[0], None, unknown_fields(entity, sorted(unknown)))
    rules = field_rules(entity)
    if creating:
        missing = REQUIRED_ON_CREATE[entity] - {k for k, v in fields.items() if v not in (None, "")}
        if missing:
            first = sorted(missing)[0]
            raise rules[first].missing(first)
    out: dict[str, Any] = {}
    if "platform" in fields:  # first: a handle and a profile URL are judged on their platform
        out["platform"] = rules["platform"].clean("platform", fields["platform"])
        platform = Platform(out["platform"])
    context = Context(region, platform, web_hosts, web_bases)
    for field, value in fields.items():
        if field != "platform" and not rules[field].server_set:
            out[field] = rules[field].clean(field, value, context)
    if entity == Entity.ACCOUNT and out.get("profile_url") and "handle" in out:
        # One account: its profile URL is its handle's page (as the import says per row).
        url_handle = read_profile_url(out["profile_url"], platform, web_bases,
                                      web_hosts).handle
        if url_handle != out["handle"]:
            raise InvalidValue("handle", fields["handle"],
                               handle_mismatch(out["handle"], url_handle))
    return out


# An account's fields that say one thing together: the profile URL is the page of the handle
# on the platform. An edit changes them as one.
LINKED_ACCOUNT_FIELDS = ("platform", "handle", "profile_url")


def edited_account_fields(fields: Mapping[str, Any],
                          current: Mapping[str, Any]) -> dict[str, Any]:
    """An account edit's fields without a handle or profile URL equal to the stored one:
    such a value is not judged again (one stored before a rule changed stays until it is
    edited; an undo of another field's edit puts it back as it was). An empty handle beside
    a profile URL is no handle: the URL names it."""
    out = {name: value for name, value in fields.items()
           if name not in ("handle", "profile_url") or value != current[name]}
    if "handle" in out and not clean_text(out["handle"]) and clean_text(out.get("profile_url")):
        del out["handle"]
    return out


def link_account_fields(fields: Mapping[str, Any], current: Mapping[str, Any], *,
                        web_bases: Mapping[Platform, str] | None = None,
                        web_hosts: frozenset[str] = frozenset()) -> dict[str, Any]:
    """An account edit's cleaned `fields` completed as the desktop's store completes them,
    so that the account after the edit (`current`, its stored values, with `fields`) is
    one whole: a new profile URL without a handle gives the handle; a new platform or
    handle without a profile URL gets the handle's page on the platform (the stored handle
    judged on a new platform, InvalidValue with the handle rule's sentence). An edit that
    changes none of them leaves them, and any value stored before a rule, as they are."""
    out = dict(fields)
    platform = Platform(out.get("platform") or current["platform"])
    url = out.get("profile_url")
    if url:
        if "handle" not in out and url != current["profile_url"]:
            out["handle"] = read_profile_url(url, platform, web_bases, web_hosts).handle
        return out
    if "profile_url" in out:  # the address cleared: no page, nothing to agree with
        return out
    moved = platform.value != str(current["platform"])
    renamed = "handle" in out and out["handle"] != current["handle"]
    if not moved and not renamed:
        return out
    if "handle" not in out:
        out["handle"] = normalize_handle(platform, current["handle"], web_bases, web_hosts)
    out["profile_url"] = profile_url(
        platform, out["handle"], page_base(platform, current["profile_url"] or "", web_bases,
                                           web_hosts))
    return out
