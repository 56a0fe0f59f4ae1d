"""Text clean-up shared by every input path (forms, CLI, Excel import, sync)."""

from __future__ import annotations

import re
import unicodedata

from shared_models.errors import InvalidValue
from shared_models.texts import user_text

_SPACES = re.compile(r"\s+")
# Zero-width and BOM characters Excel and chat apps leave behind.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
_FULL_WIDTH = re.compile("[\uff01-\uff5e\u3000]")
# Anything clean_text would change in NFC text: white space other than single inner spaces,
# invisible characters, full-width forms.
_UNCLEAN = re.compile("[^\\S ]|  |^ | $|[\u200b\u200c\u200d\u2060\ufeff\uff01-\uff5e\u3000]"
                      "|[\x00-\x08\x0e-\x1b\x7f\ud800-\udfff]")
# Characters no field holds: NUL and the other control characters that are not white space
# (Excel's `_x0000_` escapes, a NUL in a CSV), and lone surrogates (UTF-16 halves, which no
# encoder can write). Removed wherever text comes in; the wire refuses them (rules.py).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x7f\ud800-\udfff]")


def without_controls(value: str) -> str:
    """`value` without NUL, non-space control characters and lone surrogates."""
    return _CONTROL.sub("", value)


def collapse_spaces(value: str) -> str:
    """Trim and collapse inner runs of white space (including NBSP and ideographic space)."""
    return _SPACES.sub(" ", value.translate(_INVISIBLE)).strip()


def to_half_width(value: str) -> str:
    """Full-width ASCII forms (ＡＢＣ１２３＠) to plain ASCII; Hangul and CJK are untouched.

    NFKC would do this too, but it also rewrites compatibility jamo and circled digits in
    names, so only the full-width block U+FF01..U+FF5E and the ideographic space are mapped.
    """
    if not _FULL_WIDTH.search(value):  # the common case, checked at C speed
        return value
    out = []
    for ch in value:
        code = ord(ch)
        if 0xFF01 <= code <= 0xFF5E:
            out.append(chr(code - 0xFEE0))
        elif code == 0x3000:
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def clean_text(value: object) -> str:
    """Any cell or field value to a clean single-line-trimmed string ('' for None)."""
    if type(value) is str:
        if value.isascii() and value.isprintable() and (
                "  " not in value and value[:1] != " " and value[-1:] != " "):
            # Fast path (URLs, e-mails, phones): printable ASCII has no white space but ' ',
            # nothing to NFC-normalise and no full-width forms, so the text is already clean.
            return value
        if _UNCLEAN.search(value) is None and unicodedata.is_normalized("NFC", value):
            return value  # already clean (most Korean cells): the steps below change nothing
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = without_controls(str(value))
    return collapse_spaces(to_half_width(unicodedata.normalize("NFC", text)))


def normalize_name(value: object) -> str:
    """Names: Unicode NFC, full-width forms cleaned, trimmed, inner white space collapsed.

    The length limit is the Name rule's (shared_models/rules.py)."""
    name = clean_text(value)
    if not name:
        raise InvalidValue("name", value, user_text("A name is required."))
    return name


def name_key(name: str) -> str:
    """The comparison form of a name for the natural key: spaces and letter case ignored,
    so "김 하늘" and "김하늘", "Park  Jisoo" and "park jisoo" are one person's name.

    Changing this rule changes stored keys: the store (desktop/store/migrations.py) and the
    server (an Alembic revision) recompute theirs in a migration."""
    return normalize_name(name).casefold().replace(" ", "")


def normalize_tags(value: object) -> list[str]:
    """Tags from a list or a comma/semicolon separated string; cleaned, de-duplicated, in order."""
    if value is None:
        return []
    parts = value if isinstance(value, list | tuple) else re.split(r"[,;]", str(value))
    seen: dict[str, str] = {}
    for part in parts:
        tag = clean_text(part).lstrip("#")
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return list(seen.values())
