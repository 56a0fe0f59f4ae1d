"""Field normalisation per entity: the one place both the desktop and the server check values.

`normalize_fields` returns the cleaned fields or raises InvalidValue naming the field.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any
from uuid import UUID

from shared_models.emails import normalize_email
from shared_models.errors import InvalidValue
from shared_models.phones import DEFAULT_REGION, normalize_phone
from shared_models.platforms import Platform, normalize_handle, parse_platform
from shared_models.records import EDITABLE_FIELDS, REQUIRED_ON_CREATE, AccountStatus, Entity
from shared_models.text import clean_text, normalize_name, normalize_tags

MAX_TEXT = 10_000


def _text(field: str, value: Any, limit: int = 500) -> str:
    text = clean_text(value) if field != "notes" else ("" if value is None else str(value).strip())
    if len(text) > (MAX_TEXT if field == "notes" else limit):
        raise InvalidValue(field, value, f"The {field} is too long.")
    return text


def _uuid(field: str, value: Any) -> str:
    try:
        return str(UUID(str(value)))
    except ValueError:
        raise InvalidValue(field, value, f"'{value}' is not a record id.") from None


def _datetime(field: str, value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    try:
        return datetime.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise InvalidValue(field, value, f"'{value}' is not a date and time.") from None


def _number(field: str, value: Any) -> float:
    if isinstance(value, bool):
        raise InvalidValue(field, value, f"'{value}' is not a number.")
    try:
        return float(value)
    except (TypeError, ValueError):
        raise InvalidValue(field, value, f"'{value}' is not a number.") from None


def normalize_fields(
    entity: Entity,
    fields: Mapping[str, Any],
    *,
    creating: bool,
    region: str = DEFAULT_REGION,
    platform: Platform | None = None,
) -> dict[str, Any]:
    """Clean `fields` for `entity`; unknown fields and missing required ones are errors.

    `platform` gives the context for an account handle when the op changes only the handle.
    """
    unknown = set(fields) - EDITABLE_FIELDS[entity]
    if unknown:
        raise InvalidValue(sorted(unknown)[0], None,
                           f"Unknown field(s) for {entity.value}: {', '.join(sorted(unknown))}.")
    if creating:
        missing = REQUIRED_ON_CREATE[entity] - {k for k, v in fields.items() if v not in (None, "")}
        if missing:
            first = sorted(missing)[0]
            raise InvalidValue(first, None, f"The {first} is required.")
    out: dict[str, Any] = {}
    if "platform" in fields:
        platform = parse_platform(fields["platform"])
        out["platform"] = platform.value
    for field, value in fields.items():
        if field == "platform":
            continue
        if field == "name":
            out[field] = normalize_name(value)
        elif field == "phone":
            out[field] = normalize_phone(value, region)
        elif field == "email":
            out[field] = normalize_email(value)
        elif field == "tags":
            out[field] = normalize_tags(value)
        elif field == "handle":
            if platform is None:
                raise InvalidValue("handle", value, "A handle needs its platform.")
            out[field] = normalize_handle(platform, value)
        elif field == "status":
            text = clean_text(value) or AccountStatus.ACTIVE.value
            if text not in {s.value for s in AccountStatus}:
                raise InvalidValue(field, value, f"'{value}' is not an account status.")
            out[field] = text
        elif field in {"influencer_id", "account_id"}:
            out[field] = _uuid(field, value)
        elif field == "observed_at":
            out[field] = _datetime(field, value)
        elif field == "value":
            out[field] = _number(field, value)
        elif field == "size":
            out[field] = int(_number(field, value))
        else:
            out[field] = _text(field, value)
    return out
