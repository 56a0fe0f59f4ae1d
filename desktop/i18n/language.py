"""Which language the desk speaks: the user's choice, else the system's, else English."""

from __future__ import annotations

import locale
import os

# Code -> the language's own name (what the language menu shows; never translated).
LANGUAGES: dict[str, str] = {"ko": "한국어", "en": "English"}
DEFAULT_LANGUAGE = "en"
SYSTEM = ""  # the setting's value for "follow the system"
# Overrides the OS locale for the CLI (the window has its own setting): "ko" or "en".
LANGUAGE_ENV = "INFLUENCER_DESK_LANGUAGE"


def language_of(locale_name: str | None) -> str | None:
    """'ko_KR.UTF-8', 'ko-KR', 'Korean_Korea' -> 'ko'; None when not one we speak."""
    if not locale_name:
        return None
    head = locale_name.replace("-", "_").split("_")[0].split(".")[0].lower()
    if head in LANGUAGES:
        return head
    return "ko" if head == "korean" else "en" if head == "english" else None


def system_language() -> str | None:
    """The OS's language without Qt (the CLI): the usual environment, then the C locale."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name, "")
        for part in value.split(":"):
            if part and part not in ("C", "POSIX", "C.UTF-8"):
                return language_of(part)
    try:
        return language_of(locale.getlocale()[0])
    except ValueError:
        return None


def resolve_language(chosen: str | None, system: str | None = None) -> str:
    """The user's setting if it names a language, else the system's, else English.
    `system` is the OS locale name when the caller knows it (the window asks Qt)."""
    picked = language_of(chosen) if chosen else None
    if picked:
        return picked
    return language_of(system) or system_language() or DEFAULT_LANGUAGE
