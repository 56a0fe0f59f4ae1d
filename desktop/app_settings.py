"""The settings staff can change in the window (and the CLI could): platform bases, the
default phone region, Platform A's daily schedule and the collection ceilings. One typed
view over the store's JSON settings, validated before anything is saved."""

from __future__ import annotations

from dataclasses import dataclass, field

import phonenumbers

from desktop.collect.pace import ceiling_key
from desktop.collect.ratecontrol import RatePolicy
from desktop.collect.schedule import (
    DAILY_AT_KEY,
    DEFAULT_DAILY_AT,
    ENABLED_KEY,
    parse_daily_at,
)
from desktop.store import Store
from shared_models.errors import InvalidValue
from shared_models.pace import MAX_PACE, MIN_PACE
from shared_models.phones import DEFAULT_REGION
from shared_models.platforms import DEFAULT_WEB_BASES, Platform, has_web_scheme
from shared_models.texts import user_text

PHONE_REGION_KEY = "phone_region"  # read by Store.phone_region
PLATFORM_BASES_KEY = "platform_bases"  # read by the store and desktop.collect.runs
DEFAULT_CEILING = RatePolicy().ceiling


@dataclass
class DeskSettings:
    phone_region: str = DEFAULT_REGION
    daily_at: str = DEFAULT_DAILY_AT
    daily_enabled: bool = True
    web_bases: dict[str, str] = field(default_factory=dict)
    api_bases: dict[str, str] = field(default_factory=dict)
    ceilings: dict[str, float] = field(default_factory=dict)


def load_settings(store: Store) -> DeskSettings:
    bases = store.get_setting(PLATFORM_BASES_KEY, {}) or {}
    return DeskSettings(
        phone_region=str(store.get_setting(PHONE_REGION_KEY, DEFAULT_REGION)),
        daily_at=str(store.get_setting(DAILY_AT_KEY, DEFAULT_DAILY_AT)),
        daily_enabled=bool(store.get_setting(ENABLED_KEY, True)),
        web_bases={p.value: bases.get(p.value, {}).get("web_base", DEFAULT_WEB_BASES[p])
                   for p in Platform},
        api_bases={p.value: bases.get(p.value, {}).get("api_base", "") for p in Platform},
        ceilings={p.value: float(store.get_setting(ceiling_key(p), DEFAULT_CEILING))
                  for p in Platform},
    )


def _base(field_name: str, value: str) -> str:
    value = value.strip().rstrip("/")
    if value and not has_web_scheme(value):
        raise InvalidValue(field_name, value, user_text(
            "'{value}' must start with http:// or https://.", value=value))
    return value


def check_settings(settings: DeskSettings) -> dict[str, str]:
    """Every problem, keyed by field, in words; empty when the settings can be saved."""
    errors: dict[str, str] = {}
    region = settings.phone_region.strip().upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        errors["phone_region"] = user_text("'{value}' is not a country code (e.g. KR).",
                                           value=settings.phone_region)
    try:
        parse_daily_at(settings.daily_at)
    except InvalidValue as exc:
        errors["daily_at"] = exc.message
    for platform in Platform:
        for kind, values in (("web", settings.web_bases), ("api", settings.api_bases)):
            key = f"{kind}_base.{platform.value}"
            try:
                _base(key, values.get(platform.value, ""))
            except InvalidValue as exc:
                errors[key] = exc.message
        ceiling = settings.ceilings.get(platform.value, DEFAULT_CEILING)
        if not MIN_PACE <= ceiling <= MAX_PACE:
            errors[f"ceiling.{platform.value}"] = user_text(
                "The pace must be between 0.05 and 1000 requests per second.")
    return errors


def save_settings(store: Store, settings: DeskSettings) -> None:
    errors = check_settings(settings)
    if errors:
        first = next(iter(errors))
        raise InvalidValue(first, None, errors[first])
    with store.transaction():
        store.set_setting(PHONE_REGION_KEY, settings.phone_region.strip().upper())
        store.set_setting(DAILY_AT_KEY, parse_daily_at(settings.daily_at).strftime("%H:%M"))
        store.set_setting(ENABLED_KEY, settings.daily_enabled)
        bases = {}
        for platform in Platform:
            entry = {"web_base": _base("web", settings.web_bases.get(platform.value, ""))
                     or DEFAULT_WEB_BASES[platform]}
            api = _base("api", settings.api_bases.get(platform.value, ""))
            if api:
                entry["api_base"] = api
            bases[platform.value] = entry
            store.set_setting(ceiling_key(platform),
                              float(settings.ceilings.get(platform.value, DEFAULT_CEILING)))
        store.set_setting(PLATFORM_BASES_KEY, bases)
