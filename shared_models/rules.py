"""The rule of every field a person or a desk can set: how its value is cleaned, how long it
may be, which values it allows, and what users call it.

Each rule is declared once, as the metadata of an annotated type (`Name`, `Phone`,
`Status` ...) that the record models in `shared_models/records.py` use for their fields.
`shared_models.validation.normalize_fields` (the server, the store, the CLI), the Excel
import and the forms all clean a value with `rule.clean(field, value, context)`, so one
value gets one answer and one message everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from functools import lru_cache
from typing import Annotated, Any
from uuid import UUID

from shared_models.emails import normalize_email
from shared_models.errors import InvalidValue
from shared_models.phones import DEFAULT_REGION, normalize_phone
from shared_models.platforms import Platform, normalize_handle, parse_platform
from shared_models.text import clean_text, normalize_name, normalize_tags, without_controls
from shared_models.texts import user_text

MAX_TEXT_CHARS = 500  # a one-line field (category, profile URL, phone, e-mail ...)
MAX_NAME_CHARS = 200
MAX_NOTES_CHARS = 10_000


class AccountStatus(StrEnum):
    ACTIVE = "active"
    NOT_FOUND = "not_found"  # the platform says the profile does not exist
    INACTIVE = "inactive"  # staff stopped working with it


# What users read for each status (exports, the window); translated where shown.
STATUS_LABELS = {
    AccountStatus.ACTIVE: user_text("Active"),
    AccountStatus.NOT_FOUND: user_text("Not found"),
    AccountStatus.INACTIVE: user_text("Inactive"),
}


@dataclass(frozen=True)
class Context:
    """What a value is judged against besides itself."""

    region: str = DEFAULT_REGION  # for phone numbers written without a country code
    platform: Platform | None = None  # for a handle


def too_long_message(length: int, limit: int) -> str:
    """The one sentence for a value over its field's (or the import file's) length limit."""
    return user_text("The value is too long ({length} characters; at most {limit}).",
                     length=f"{length:,}", limit=f"{limit:,}")


class Counts(StrEnum):
    """What a field's length limit counts."""

    INPUT = "input"  # the typed text, before it is parsed (phones, e-mails, handles ...)
    TEXT = "text"  # the cleaned text (names, notes, categories ...)
    LIST = "list"  # the cleaned list as the list shows it, "a, b" (tags)


@dataclass(frozen=True)
class Rule:
    """One field's rule. `clean` turns what was typed into the stored value or raises
    InvalidValue with a sentence. `max_length` is checked on what `counts` says: a value
    that is parsed is measured first (a 10,000-character phone is 'too long', not parsed),
    a text or a list once cleaned."""

    label: str  # what users read: form labels, export headers, messages
    normalize: Callable[[object, Context], Any]
    max_length: int | None = MAX_TEXT_CHARS
    counts: Counts = Counts.TEXT
    required_message: str = ""  # said when a create leaves the field out
    user_field: bool = True  # False: a reference or bookkeeping users never type
    multiline: bool = False  # line breaks are kept (notes)

    @property
    def counts_text(self) -> bool:
        """True when the limit is on the characters of the cleaned text itself, so a caller
        holding that text (the import) can compare its length directly."""
        return self.counts != Counts.LIST

    def too_long(self, value: object) -> str | None:
        """The sentence for a value over the limit, or None (other problems are `clean`'s)."""
        if self.max_length is None or value is None:
            return None
        if self.counts == Counts.INPUT:
            return self._over(len(clean_text(value)))
        try:
            return self._over(_shown_length(self.normalize(value, Context())))
        except InvalidValue:
            return None

    def clean(self, field: str, value: object, context: Context = Context()) -> Any:
        limit = self.max_length
        if limit is not None and self.counts is Counts.INPUT and value is not None and not (
                type(value) is str and len(value) * _MAX_GROWTH <= limit):
            message = self._over(len(clean_text(value)))
            if message is not None:
                raise InvalidValue(field, value, message)
        try:
            out = self.normalize(value, context)
        except InvalidValue as err:
            if err.field == field:
                raise
            raise InvalidValue(field, err.value, err.message) from None
        if limit is not None and self.counts is not Counts.INPUT and (
                len(out) if type(out) is str else _shown_length(out)) > limit:
            raise InvalidValue(field, value, too_long_message(_shown_length(out), limit))
        return out

    def _over(self, length: int) -> str | None:
        assert self.max_length is not None
        return too_long_message(length, self.max_length) if length > self.max_length else None

    def missing(self, field: str) -> InvalidValue:
        return InvalidValue(field, None, self.required_message
                            or user_text("{field} is required.", field=self.label))


# A short typed text needs no measuring: cleaning it (NFC writes a few characters as two or
# three) cannot take it over the limit.
_MAX_GROWTH = 3


def _shown_length(value: object) -> int:
    if isinstance(value, str):
        return len(value)
    if isinstance(value, list | tuple):
        return len(", ".join(value))
    return len(str(value))


# -- the normalisers the rules name ---------------------------------------------------------

def _text(value: object, context: Context) -> str:
    return clean_text(value)


def _raw_text(value: object, context: Context) -> str:
    """Notes keep their line breaks and inner spacing; only the ends are trimmed."""
    if value is None:
        return ""
    if isinstance(value, str):
        return without_controls(value).strip()
    return clean_text(value)


def _name(value: object, context: Context) -> str:
    return normalize_name(value)


def _phone(value: object, context: Context) -> str:
    return normalize_phone(value, context.region)


def _email(value: object, context: Context) -> str:
    return normalize_email(value)


def _platform(value: object, context: Context) -> str:
    return parse_platform(value).value


def _handle(value: object, context: Context) -> str:
    if context.platform is None:
        raise InvalidValue("handle", value, user_text("A handle needs its platform."))
    return normalize_handle(context.platform, value)


def _tags(value: object, context: Context) -> list[str]:
    if isinstance(value, str):
        return list(_tags_of_text(value))
    return normalize_tags(value)


@lru_cache(maxsize=4096)
def _tags_of_text(value: str) -> tuple[str, ...]:
    return tuple(normalize_tags(value))  # a few tag lists repeat on most rows


_STATUS_SEPARATORS = re.compile(r"[\s_-]+")
STATUS_CHOICES = tuple(sorted(s.value for s in AccountStatus))


def normalize_status(value: object) -> str:
    """'Not Found', 'not-found', 'NOT_FOUND' ... to 'not_found'; empty means 'active'."""
    text = clean_text(value)
    if not text:
        return AccountStatus.ACTIVE.value
    folded = _STATUS_SEPARATORS.sub("_", text.casefold()).strip("_")
    if folded not in STATUS_CHOICES:
        raise InvalidValue("status", value, user_text(
            "'{value}' is not an account status (use {active}, {inactive} or {not_found}).",
            value=text, **{s.value: STATUS_LABELS[s] for s in AccountStatus}))
    return folded


def _status(value: object, context: Context) -> str:
    return normalize_status(value)


def _record_id(value: object, context: Context) -> str:
    try:
        return str(UUID(str(value)))
    except ValueError:
        raise InvalidValue("id", value, user_text("'{value}' is not a record id.",
                                                  value=value)) from None


def _datetime(value: object, context: Context) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    try:
        return datetime.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise InvalidValue("observed_at", value, user_text(
            "'{value}' is not a date and time.", value=value)) from None


def _number(value: object, context: Context) -> float:
    if isinstance(value, bool):
        raise InvalidValue("value", value, user_text("'{value}' is not a number.", value=value))
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise InvalidValue("value", value, user_text("'{value}' is not a number.",
                                                     value=value)) from None


def _size(value: object, context: Context) -> int:
    return int(_number(value, context))


# -- the rules ------------------------------------------------------------------------------

TEXT = Rule(user_text("Text"), _text)
NOTES = Rule(user_text("Notes"), _raw_text, MAX_NOTES_CHARS, multiline=True)
REFERENCE = Rule(user_text("Record"), _record_id, None, user_field=False)

Name = Annotated[str, Rule(user_text("Name"), _name, MAX_NAME_CHARS,
                           required_message=user_text("A name is required."))]
Phone = Annotated[str, Rule(user_text("Phone"), _phone, counts=Counts.INPUT)]
Email = Annotated[str, Rule(user_text("Email"), _email, counts=Counts.INPUT)]
Tags = Annotated[list[str], Rule(user_text("Tags"), _tags, counts=Counts.LIST)]
Notes = Annotated[str, NOTES]
AccountNotes = Annotated[str, replace(NOTES, label=user_text("Account notes"))]
PlatformCode = Annotated[Platform, Rule(user_text("Platform"), _platform, counts=Counts.INPUT)]
Handle = Annotated[str, Rule(user_text("Handle"), _handle, counts=Counts.INPUT,
                             required_message=user_text("A handle is required."))]
ProfileUrl = Annotated[str, Rule(user_text("Profile URL"), _text)]
Category = Annotated[str, Rule(user_text("Category"), _text)]
Status = Annotated[str, Rule(user_text("Status"), _status, counts=Counts.INPUT)]
InfluencerRef = Annotated[UUID, replace(REFERENCE, label=user_text("Influencer"))]
AccountRef = Annotated[UUID, replace(REFERENCE, label=user_text("Account"))]
ShortText = Annotated[str, TEXT]
MetricName = Annotated[str, replace(TEXT, label=user_text("Metric"))]
MetricValue = Annotated[float, Rule(user_text("Value"), _number, None)]
ObservedAt = Annotated[datetime, Rule(user_text("Observed at"), _datetime, None)]
ByteSize = Annotated[int, Rule(user_text("Size"), _size, None)]


def rule_in(metadata: list[Any]) -> Rule | None:
    """The Rule among a field's annotation metadata (pydantic's FieldInfo.metadata)."""
    return next((m for m in metadata if isinstance(m, Rule)), None)
