"""Natural keys: what makes two records, made on two desks, the same person or account.

An influencer is (the name's comparison form, phone); a name alone is not enough to say
it is the same person, so an influencer without a phone has no natural key. An account is
(platform, normalised handle). The store's and the server's unique lookups and the
import's duplicate check all ask these functions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from shared_models.platforms import Platform
from shared_models.text import name_key


@dataclass(frozen=True)
class InfluencerKey:
    name_key: str  # shared_models.text.name_key of the name
    phone: str  # E.164


@dataclass(frozen=True)
class AccountKey:
    platform: str  # Platform value
    handle: str  # normalised (lower-case)


def influencer_key(name: str, phone: str, key: Callable[[str], str] = name_key
                   ) -> InfluencerKey | None:
    """The key of a person with a normalised `name` and `phone`; None without a phone.
    `key`: name_key, or a memo of it (an import asks for the same names many times)."""
    if not phone:
        return None
    return InfluencerKey(key(name), phone)


def account_key(platform: Platform | str, handle: str) -> AccountKey:
    """The key of an account with a normalised `handle`."""
    return AccountKey(Platform(platform).value, handle)


def natural_key(entity: str, values: Mapping[str, Any]) -> InfluencerKey | AccountKey | None:
    """The natural key of a record's normalised fields (`entity` is an Entity value)."""
    if entity == "influencer":
        return influencer_key(values["name"], values.get("phone") or "")
    if entity == "account":
        return account_key(values["platform"], values["handle"])
    return None
