"""Phone numbers to E.164 with `phonenumbers`, one implementation for every input path.

`phonenumbers` is imported when a number is first parsed, checked or formatted (~15 ms of
imports and regexes), not with this module: the store imports it on every start, and a
process that only reads or syncs never needs the library.
"""

from __future__ import annotations

import re
from types import ModuleType

from shared_models.errors import InvalidValue
from shared_models.text import clean_text
from shared_models.texts import user_text

DEFAULT_REGION = "KR"
_DIGITS_ONLY = re.compile(r"\d+")
# The common Korean mobile forms: 010-1234-5678, 01012345678, +82 10 1234 5678, and
# 1012345678 (Excel dropped the 0). ASCII digits only: anything else takes the slow path.
_KR_MOBILE = re.compile(r"(?:\+82[ -]?|0)?(1[0-9])[ .-]?([0-9]{3,4})[ .-]?([0-9]{4})")
_kr_patterns: tuple[re.Pattern[str], re.Pattern[str]] | None = None


def _phonenumbers() -> ModuleType:
    import phonenumbers

    return phonenumbers


def _kr_mobile_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """phonenumbers' own KR patterns (general and mobile), so the fast path accepts exactly
    the numbers phonenumbers calls valid mobiles, whatever its metadata version."""
    global _kr_patterns
    if _kr_patterns is None:
        meta = _phonenumbers().PhoneMetadata.metadata_for_region("KR")
        assert meta is not None and meta.general_desc and meta.mobile
        _kr_patterns = (re.compile(meta.general_desc.national_number_pattern or "(?!)"),
                        re.compile(meta.mobile.national_number_pattern or "(?!)"))
    return _kr_patterns


def _fast_kr_mobile(text: str) -> str | None:
    """E.164 of a plainly written Korean mobile number, or None (then phonenumbers decides)."""
    match = _KR_MOBILE.fullmatch(text)
    if match is None:
        return None
    national = "".join(match.groups())
    general, mobile = _kr_mobile_patterns()
    if general.fullmatch(national) and mobile.fullmatch(national):
        return "+82" + national
    return None


def normalize_phone(value: object, region: str = DEFAULT_REGION) -> str:
    """Return the E.164 form of `value` ('' for an empty value).

    Accepts what staff type or paste: `010-1234-5678`, `01012345678`, `+82 10 1234 5678`,
    and a number that lost its leading zero in Excel (`1012345678`, or the float 1012345678.0).
    Raises InvalidValue with a sentence for anything that is not a valid number.
    """
    text = clean_text(value)
    if not text:
        return ""
    if region.upper() == "KR":
        fast = _fast_kr_mobile(text)
        if fast is not None:
            return fast
    return _parse_phone(value, text, region)


def _parse_phone(value: object, text: str, region: str) -> str:
    """The general path: phonenumbers (also the reference the fast path is tested against)."""
    phonenumbers = _phonenumbers()
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
    raise InvalidValue("phone", value, user_text("'{value}' is not a phone number.", value=text))


_NOT_ASCII_DIGIT = re.compile(r"[^0-9]+")


def phone_digits(value: str) -> str:
    """Digits only, for substring search of a phone typed in any format."""
    if value.isascii():  # the search index asks for every stored phone: skip the generator
        return _NOT_ASCII_DIGIT.sub("", value)
    return "".join(ch for ch in value if ch.isdigit())


def national_digits(e164: str) -> str:
    """The number as staff write it at home (e.g. 01012345678), digits only, for search."""
    if not e164:
        return ""
    phonenumbers = _phonenumbers()
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
    if e164.startswith("+821") and DEFAULT_REGION == "KR":
        # Korean mobiles (nearly every stored number) without a phonenumbers round trip.
        national = e164[3:]
        general, mobile = _kr_mobile_patterns()
        if (9 <= len(national) <= 10 and national.isdigit() and national.isascii()
                and general.fullmatch(national) and mobile.fullmatch(national)):
            return f"0{national[:2]}-{national[2:-4]}-{national[-4:]}"
    return _display_phone(e164)


def _display_phone(e164: str) -> str:
    phonenumbers = _phonenumbers()
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(parsed) == DEFAULT_REGION:
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
