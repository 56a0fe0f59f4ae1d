"""The answers the contract promises (docs/platform-contract.md), checked strictly.

A body that does not match fails that one item with a sentence naming the problem.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from desktop.collect.errors import ItemFailed
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


def validate(model: type[Model], body: Any, label: str, what: str) -> Model:
    try:
        return model.model_validate(body)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(p) for p in error["loc"]) or "the body"
        log.warning("%s %s answer does not match the contract: %s: %s", label, what, where,
                    error["msg"])
        raise ItemFailed(user_text(
            "{platform} answered with data that does not match the platform contract "
            "(field: {field}).", platform=label, field=where)) from None
