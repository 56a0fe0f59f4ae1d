"""E-mail addresses: validated syntax, domain lower-cased (the local part is kept as typed)."""

from __future__ import annotations

from email_validator import EmailNotValidError, validate_email

from shared_models.errors import InvalidValue
from shared_models.text import clean_text


def normalize_email(value: object) -> str:
    """Return the normalised address ('' for an empty value) or raise InvalidValue."""
    text = clean_text(value)
    if not text:
        return ""
    if text.lower().startswith("mailto:"):
        text = text[len("mailto:"):]
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise InvalidValue("email", value, f"'{text}' is not an e-mail address ({exc}).") from None
    local, _, domain = result.normalized.rpartition("@")
    return f"{local}@{domain.lower()}"
