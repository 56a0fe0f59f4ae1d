"""Phone numbers to E.164 with `phonenumbers`, one implementation for every input path."""

from __future__ import annotations

import re

import phonenumbers

from shared_models.errors import InvalidValue
from shared_models.text import clean_text

DEFAULT_REGION = "KR"
_DIGITS_ONLY = re.compile(r"\d+")


def normalize_phone(value: object, region: str = DEFAULT_REGION) -> str:
    """Return the E.164 form of `value` ('' for an empty value).

    Accepts what staff type or paste: `010-1234-5678`, `01012345678`, `+82 10 1234 5678`,
    and a number that lost its leading zero in Excel (`1012345678`, or the float 1012345678.0).
    Raises InvalidValue with a sentence for anything that is not a valid number.
    """
    text = clean_text(value)
    if not text:
        return ""
    candidates = [text]
    digits = re.sub(r"[\s\-().]", "", text)
    # Excel turns 01012345678 into the number 1012345678: try the lost national prefix too.
    if _DIGITS_ONLY.fullmatch(digits) and not digits.startswith("0"):
        candidates.append("0" + digits)
    for candidate in candidates:
        try:
            parsed = phonenumbers.parse(candidate, region.upper())
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    raise InvalidValue("phone", value, f"'{text}' is not a phone number.")


def phone_digits(value: str) -> str:
    """Digits only, for substring search of a phone typed in any format."""
    return "".join(ch for ch in value if ch.isdigit())


def national_digits(e164: str) -> str:
    """The number as staff write it at home (e.g. 01012345678), digits only, for search."""
    if not e164:
        return ""
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return phone_digits(e164)
    national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phone_digits(national)


def display_phone(e164: str) -> str:
    """How staff read a stored number: national format at home (010-1234-5678), else
    international; '' stays ''."""
    if not e164:
        return ""
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(parsed) == DEFAULT_REGION:
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
