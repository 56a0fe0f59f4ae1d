"""The rule of every field a person or a desk can set: how its value is cleaned, how long it
may be, which values it allows, and what users call it.

Each rule is declared once, as the metadata of an annotated type (`Name`, `Phone`,
`Status` ...) that the record models in `shared_models/records.py` use for their fields.
`shared_models.validation.normalize_fields` (the server, the store, the CLI), the Excel
import and the forms all clean a value with `rule.clean(field, value, context)`, so one
value gets one answer and one message everywhere.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from functools import lru_cache
from typing import Annotated, Any
from uuid import UUID

from pydantic import AfterValidator, Field, StringConstraints

from shared_models.attachments import ACCEPTED, safe_file_name
from shared_models.emails import normalize_email
from shared_models.errors import InvalidValue
from shared_models.phones import DEFAULT_REGION, normalize_phone
from shared_models.platforms import (
    Platform,
    normalize_handle,
    parse_platform,
    read_profile_url,
)
from shared_models.text import clean_text, normalize_name, normalize_tags, without_controls
from shared_models.texts import user_text

MAX_TEXT_CHARS = 500  # a one-line field (category, profile URL, phone, e-mail ...)
MAX_NAME_CHARS = 200
MAX_NOTES_CHARS = 10_000
# Wire bounds (docs/sync-protocol.md, "Limits"): what a push, a pull page or a report may hold.
MAX_TAGS = 100
MAX_TAG_CHARS = 100
MIN_YEAR, MAX_YEAR = 2000, 2100  # dates outside are typos or attacks, never real
MAX_METRIC_VALUE = 1e15  # more than any platform's count; finite and non-negative
MAX_FILE_BYTES = 10 * 1024**3  # a consent form's declared size (the server's cap is lower)
MAX_COUNT = 100_000_000  # a collection run's totals (fits the 32-bit columns with room)
# NUL cannot be stored in PostgreSQL text and an unpaired surrogate cannot be encoded as
# UTF-8: either would fail a whole transaction, so the wire refuses them by name.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
UNSTORABLE_MESSAGE = user_text("The value contains a character that cannot be stored (a NUL "
                               "or an unpaired surrogate); remove it and try again.")


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
    platform: Platform | None = None  # for a handle and a profile URL
    # Hosts a profile URL may point at for either platform besides the platforms' public
    # sites (a server's `platform_web_hosts`, e.g. the simulator's).
    web_hosts: frozenset[str] = frozenset()
    # The platforms' web sites as a desk is configured (the defaults for those not given).
    web_bases: Mapping[Platform, str] | None = None


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
    server_set: bool = False  # True: the server sets it; a client's value is dropped

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
        if unstorable(value):
            raise InvalidValue(field, None, UNSTORABLE_MESSAGE)
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
    return normalize_handle(context.platform, value, context.web_bases, context.web_hosts)


def _tags(value: object, context: Context) -> list[str]:
    tags = list(_tags_of_text(value)) if isinstance(value, str) else normalize_tags(value)
    if len(tags) > MAX_TAGS:
        raise InvalidValue("tags", None, user_text(
            "There are {count} tags; at most {limit} are kept per person.",
            count=f"{len(tags):,}", limit=MAX_TAGS))
    longest = max(tags, key=len, default="")
    if len(longest) > MAX_TAG_CHARS:
        raise InvalidValue("tags", None, user_text(
            "The tag '{tag}...' is too long ({length} characters; at most {limit}).",
            tag=longest[:40], length=f"{len(longest):,}", limit=MAX_TAG_CHARS))
    return tags


@lru_cache(maxsize=4096)
def _tags_of_text(value: str) -> tuple[str, ...]:
    return tuple(normalize_tags(value))  # a few tag lists repeat on most rows


_STATUS_SEPARATORS = re.compile(r"[\s_-]+")
STATUS_CHOICES = tuple(sorted(s.value for s in AccountStatus))
# Each status as the Korean desk labels it: what a Korean export writes and the Korean
# sentence below suggests (the catalog's translations of STATUS_LABELS; a test checks that
# they agree).
STATUS_LABELS_KO = {
    AccountStatus.ACTIVE: "활성",
    AccountStatus.NOT_FOUND: "찾을 수 없음",
    AccountStatus.INACTIVE: "비활성",
}


def _status_key(text: str) -> str:
    return _STATUS_SEPARATORS.sub("", text.casefold())


# A status by its code or its label in either language, in any case, with or without
# spaces, hyphens or underscores.
_STATUS_WORDS = {_status_key(word): status.value for status in AccountStatus
                 for word in (status.value, STATUS_LABELS[status], STATUS_LABELS_KO[status])}


def normalize_status(value: object) -> str:
    """'Not Found', 'not-found', 'NOT_FOUND', '찾을 수 없음' ... to 'not_found'; empty means
    'active'."""
    text = clean_text(value)
    if not text:
        return AccountStatus.ACTIVE.value
    status = _STATUS_WORDS.get(_status_key(text))
    if status is None:
        raise InvalidValue("status", value, user_text(
            "'{value}' is not an account status (use {active}, {inactive} or {not_found}).",
            value=text, **{s.value: STATUS_LABELS[s] for s in AccountStatus}))
    return status


def _status(value: object, context: Context) -> str:
    return normalize_status(value)


def _record_id(value: object, context: Context) -> str:
    try:
        return str(UUID(str(value)))
    except ValueError:
        raise InvalidValue("id", value, user_text("'{value}' is not a record id.",
                                                  value=value)) from None


def unstorable(value: object) -> bool:
    """True when `value` (a text, or a list of texts) holds a NUL or an unpaired surrogate."""
    if type(value) is str:
        if value.isascii():  # the common case: only a NUL can be wrong, found at C speed
            return "\x00" in value
        return _UNSTORABLE.search(value) is not None
    if isinstance(value, list | tuple):
        return any(isinstance(v, str) and _UNSTORABLE.search(v) is not None for v in value)
    return False


def check_moment(field: str, value: datetime) -> datetime:
    """A date and time the service stores: with a time zone, in the years 2000..2100."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidValue(field, value.isoformat(), user_text(
            "'{value}' has no time zone (write it like 2024-05-01T09:30:00+09:00).",
            value=value.isoformat()))
    if not MIN_YEAR <= value.year <= MAX_YEAR or not MIN_YEAR <= _utc_year(value) <= MAX_YEAR:
        raise InvalidValue(field, value.isoformat(), user_text(
            "'{value}' is not between the years {first} and {last}.",
            value=value.isoformat(), first=MIN_YEAR, last=MAX_YEAR))
    return value


def _utc_year(value: datetime) -> int:
    offset = value.utcoffset()
    assert offset is not None
    # Near the ends of the calendar the conversion itself overflows: that is out of range.
    try:
        return (value - offset).year
    except OverflowError:
        return 0


def _datetime(value: object, context: Context) -> str:
    if isinstance(value, datetime):
        return check_moment("observed_at", value).isoformat()
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError:
        raise InvalidValue("observed_at", value, user_text(
            "'{value}' is not a date and time.", value=value)) from None
    return check_moment("observed_at", parsed).isoformat()


def _number(value: object, context: Context) -> float:
    if isinstance(value, bool):
        raise InvalidValue("value", value, user_text("'{value}' is not a number.", value=value))
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        raise InvalidValue("value", value, user_text("'{value}' is not a number.",
                                                     value=value)) from None
    if not math.isfinite(number) or not 0 <= number <= MAX_METRIC_VALUE:
        raise InvalidValue("value", value, user_text(
            "'{value}' is not a number a metric can have (0 to {limit}).", value=value,
            limit=f"{MAX_METRIC_VALUE:.0e}"))
    return number


def _size(value: object, context: Context) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise InvalidValue("size", value, user_text("'{value}' is not a file size.",
                                                    value=value))
    try:
        size = int(value)
    except (TypeError, ValueError, OverflowError):
        raise InvalidValue("size", value, user_text("'{value}' is not a file size.",
                                                    value=value)) from None
    if not 0 <= size <= MAX_FILE_BYTES:
        raise InvalidValue("size", value, user_text(
            "'{value}' is not a file size (0 to {limit} bytes).", value=value,
            limit=f"{MAX_FILE_BYTES:,}"))
    return size


def _profile_url(value: object, context: Context) -> str:
    """A profile page of the account's platform, stored in its canonical form
    (`read_profile_url`): so a click in any desk's window can only open a platform's page."""
    text = clean_text(value)
    if not text:
        return ""
    return read_profile_url(text, context.platform, context.web_bases, context.web_hosts).url


def _file_name(value: object, context: Context) -> str:
    if not clean_text(value):
        raise InvalidValue("file_name", value, user_text("A file name is required."))
    return safe_file_name(str(value))


def _media_type(value: object, context: Context) -> str:
    text = clean_text(value).lower()
    if text not in ACCEPTED:
        raise InvalidValue("media_type", value, user_text(
            "'{value}' is not a type of consent form this app keeps.", value=text))
    return text


_SHA256 = re.compile(r"[0-9a-f]{64}")


def is_sha256(text: str) -> bool:
    """A sha256 as stored: exactly 64 lower-case hex digits (so it is safe as a file name)."""
    return _SHA256.fullmatch(text) is not None


def _sha256(value: object, context: Context) -> str:
    text = clean_text(value).lower()
    if not is_sha256(text):
        raise InvalidValue("sha256", value, user_text("'{value}' is not a file checksum.",
                                                      value=text[:80]))
    return text


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
ProfileUrl = Annotated[str, Rule(user_text("Profile URL"), _profile_url, counts=Counts.INPUT)]
Category = Annotated[str, Rule(user_text("Category"), _text)]
Status = Annotated[str, Rule(user_text("Status"), _status, counts=Counts.INPUT)]
InfluencerRef = Annotated[UUID, replace(REFERENCE, label=user_text("Influencer"))]
AccountRef = Annotated[UUID, replace(REFERENCE, label=user_text("Account"))]
ShortText = Annotated[str, TEXT]
MetricName = Annotated[str, replace(TEXT, label=user_text("Metric"))]
MetricValue = Annotated[float, Rule(user_text("Value"), _number, None)]
ObservedAt = Annotated[datetime, Rule(user_text("Observed at"), _datetime, None)]
ByteSize = Annotated[int, Rule(user_text("Size"), _size, None)]
FileName = Annotated[str, Rule(user_text("File name"), _file_name, counts=Counts.INPUT)]
MediaType = Annotated[str, Rule(user_text("Type"), _media_type, counts=Counts.INPUT)]
Sha256 = Annotated[str, Rule(user_text("Checksum"), _sha256, counts=Counts.INPUT,
                             user_field=False)]
UploadedBy = Annotated[str, Rule(user_text("Uploaded by"), _text, user_field=False,
                                 server_set=True)]


# -- plain wire texts (ids, names of devices, versions): bounded and storable ----------------

def storable_text(value: str) -> str:
    """A pydantic validator: the text itself, or ValueError for a NUL or a lone surrogate."""
    if _UNSTORABLE.search(value) is not None:
        raise ValueError(UNSTORABLE_MESSAGE)
    return value


MAX_DEVICE_ID_CHARS = 200  # a device id, and a token's name (shown as the device's)
DeviceId = Annotated[str, StringConstraints(min_length=1, max_length=MAX_DEVICE_ID_CHARS),
                     AfterValidator(storable_text)]
WireText = Annotated[str, StringConstraints(max_length=MAX_TEXT_CHARS),
                     AfterValidator(storable_text)]
FieldName = Annotated[str, StringConstraints(max_length=64), AfterValidator(storable_text)]


def _moment(value: datetime) -> datetime:
    try:
        return check_moment("date", value)
    except InvalidValue as err:
        raise ValueError(err.message) from None


Moment = Annotated[datetime, AfterValidator(_moment)]
Count = Annotated[int, Field(ge=0, le=MAX_COUNT)]


def rule_in(metadata: list[Any]) -> Rule | None:
    """The Rule among a field's annotation metadata (pydantic's FieldInfo.metadata)."""
    return next((m for m in metadata if isinstance(m, Rule)), None)
