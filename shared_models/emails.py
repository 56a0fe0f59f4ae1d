"""E-mail addresses: validated syntax, domain lower-cased (the local part is kept as typed)."""

from __future__ import annotations

import re
from functools import lru_cache

from email_validator import EmailNotValidError, validate_email

try:  # the role mailboxes (info@, postmaster@ ...) email_validator lower-cases
    from email_validator.rfc_constants import CASE_INSENSITIVE_MAILBOX_NAMES
except ImportError:  # pragma: no cover - moved in another version: keep them on the slow path
    CASE_INSENSITIVE_MAILBOX_NAMES = [
        "info", "marketing", "sales", "support", "abuse", "noc", "security", "postmaster",
        "hostmaster", "usenet", "news", "webmaster", "www", "uucp", "ftp"]

from shared_models.errors import InvalidValue
from shared_models.text import clean_text
from shared_models.texts import user_text

# A plain ASCII dot-atom local part and an ASCII domain: the common case. The domain is still
# judged by email_validator (once per domain, cached); anything else takes the full path so
# the messages stay email_validator's.
_PLAIN = re.compile(r"([A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*)"
                    r"@([A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)")
_MAX_PLAIN = 200  # well under the 254-character limit, so no length check is skipped


def normalize_email(value: object) -> str:
    """Return the normalised address ('' for an empty value) or raise InvalidValue."""
    text = clean_text(value)
    if not text:
        return ""
    if text.lower().startswith("mailto:"):
        text = text[len("mailto:"):]
    fast = _fast_email(text)
    if fast is not None:
        return fast
    return _validate(value, text)


def _validate(value: object, text: str) -> str:
    """The general path: email_validator (also the reference the fast path is tested on)."""
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError:  # its English reason is the library's, not the user's
        raise InvalidValue("email", value, user_text(
            "'{value}' is not an e-mail address.", value=text)) from None
    local, _, domain = result.normalized.rpartition("@")
    return f"{local}@{domain.lower()}"


def _fast_email(text: str) -> str | None:
    if len(text) > _MAX_PLAIN:
        return None
    match = _PLAIN.fullmatch(text)
    if match is None:
        return None
    local, domain = match.groups()
    if "xn--" in domain.lower():
        return None  # IDNA: the normalised (Unicode) form has its own length rules
    if len(local) > 64 or local.lower() in CASE_INSENSITIVE_MAILBOX_NAMES:
        return None  # too long, or postmaster@ & co. (which email_validator lower-cases)
    normalized_domain = _plain_domain(domain)
    if normalized_domain is None:
        return None
    return f"{local}@{normalized_domain}"


@lru_cache(maxsize=4096)
def _plain_domain(domain: str) -> str | None:
    """The lower-cased normalised domain if email_validator accepts it, else None."""
    try:
        result = validate_email("a@" + domain, check_deliverability=False)
    except EmailNotValidError:
        return None
    return result.domain.lower()
