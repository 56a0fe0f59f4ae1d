"""The answers the contract promises (docs/platform-contract.md), checked strictly.

A body that does not match fails that one item with a sentence naming the problem.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from desktop.collect.errors import ItemFailed
from shared_models.errors import InvalidValue
from shared_models.records import Entity, field_rules
from shared_models.texts import user_text

log = logging.getLogger(__name__)

Count = Field(ge=0, strict=True)
Visibility = Literal["public", "private", "restricted"]


class _Body(BaseModel):
    model_config = ConfigDict(extra="ignore", strict=True)


def _iso(value: str) -> str:
    datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value


class AProfile(_Body):
    handle: str
    display_name: str
    daily_visitors: int = Count
    total_visitors: int = Count
    followers: int = Count
    post_count: int = Count


class BProfile(_Body):
    handle: str
    display_name: str
    followers: int = Count
    following: int = Count
    post_count: int = Count


class APost(_Body):
    post_id: str
    handle: str
    title: str
    visibility: Visibility
    published_at: str
    _check = field_validator("published_at")(_iso)


class BPost(_Body):
    post_id: str
    handle: str
    visibility: Visibility
    published_at: str
    _check = field_validator("published_at")(_iso)


class AComment(_Body):
    id: str
    author_handle: str | None
    author_name: str
    text: str
    created_at: str
    _check = field_validator("created_at")(_iso)


class ACommentsPage(_Body):
    comments: list[AComment]
    next_cursor: str | None


Model = TypeVar("Model", bound=_Body)


def _off_contract(label: str, field: str) -> ItemFailed:
    """The one item's failure when a platform's answer breaks the contract at `field`."""
    return ItemFailed(user_text(
        "{platform} answered with data that does not match the platform contract "
        "(field: {field}).", platform=label, field=field))


def validate(model: type[Model], body: Any, label: str, what: str) -> Model:
    try:
        return model.model_validate(body)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(p) for p in error["loc"]) or "the body"
        log.warning("%s %s answer does not match the contract: %s: %s", label, what, where,
                    error["msg"])
        raise _off_contract(label, where) from None


_METRIC_VALUE = field_rules(Entity.METRIC_SNAPSHOT)["value"]


def checked_metrics(metrics: Mapping[str, float], label: str) -> dict[str, float]:
    """An adapter's counts as the shared rule takes them (finite, 0 to 1e15): a count the
    server would refuse fails its account here, before it is stored, shown or queued."""
    out: dict[str, float] = {}
    for metric, value in metrics.items():
        try:
            out[metric] = _METRIC_VALUE.clean("value", value)
        except InvalidValue as exc:
            log.warning("%s profile answer: %s = %r: %s", label, metric, value, exc.message)
            raise _off_contract(label, metric) from None
    return out
