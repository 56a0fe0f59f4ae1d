"""Every web address in a piece of free text (a comment), classified.

People type addresses every way: with or without `https://`, with `www.` or `m.`, in capitals,
glued to Korean words ("주소는a.example.com/minji로"), in brackets, followed by "!!", "~" or
"?". `find_urls` finds them all and `shared_models.platforms.recognize_url` says what each is:
a Platform A/B profile or post, or some other address.

Rules:
- A candidate starts at `http://`/`https://`, at `www.`, or at a bare host name
  (`a.example.com/...`); a bare host counts only when it is a configured platform host or
  ends in a common top-level domain, so "Mr.Kim" or "3.5" are not addresses.
- It runs over ASCII address characters only: Korean text (or any non-ASCII character)
  ends it, so do spaces.
- Trailing punctuation (. , ! ? ~ ; : ' " and their runs) is not part of it, nor is a
  closing bracket without its opening one inside the address.
- An address inside an e-mail ("me@a.example.com") is not one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from shared_models.errors import InvalidValue
from shared_models.platforms import (
    PLATFORMS,
    Platform,
    bare_host,
    has_web_scheme,
    recognize_url,
    with_default_bases,
)
from shared_models.texts import Text, user_text


class UrlKind(StrEnum):
    A_PROFILE = "a_profile"
    A_POST = "a_post"
    B_PROFILE = "b_profile"
    B_POST = "b_post"
    OTHER = "other"

    @property
    def label(self) -> Text:
        if self is UrlKind.OTHER:
            return user_text("Other")
        platform, kind = self.value.split("_")
        label = PLATFORMS[Platform(platform.upper())].label
        if kind == "profile":
            return user_text("{platform} profile", platform=label)
        return user_text("{platform} post", platform=label)


@dataclass(frozen=True)
class FoundUrl:
    text: str  # exactly as it stands in the text, trailing punctuation removed
    url: str  # canonical form for platform addresses, else the address with a scheme
    kind: UrlKind
    platform: Platform | None = None
    handle: str = ""  # lower-case; empty for others and for Platform B posts
    post_id: str = ""


# Common top-level domains for bare host names without a scheme or "www.".
COMMON_TLDS = frozenset({
    "com", "net", "org", "kr", "io", "me", "co", "ly", "be", "gl", "tv", "info", "biz", "app",
    "dev", "page", "site", "shop", "store", "blog", "link", "us", "uk", "jp", "cn", "de",
    "fr", "eu", "to", "gg", "so", "ai", "xyz", "kakao", "naver",
})
_ADDRESS_CHARS = r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]"
_HOST = r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}"
_CANDIDATE = re.compile(
    r"(?<![A-Za-z0-9@.\-_/])"  # not inside a word, an e-mail or another address
    rf"(?:(?P<scheme>https?://){_ADDRESS_CHARS}+"
    rf"|(?P<host>{_HOST})(?::\d{{1,5}})?(?:[/?#]{_ADDRESS_CHARS}*)?)",
    re.IGNORECASE)
_TRAILING = ".,!?~;:'\"*"
_PAIRS = {")": "(", "]": "[", "}": "{", ">": "<"}


def find_urls(text: str, web_bases: Mapping[Platform, str] | None = None) -> list[FoundUrl]:
    """The addresses in `text`, in order of appearance (repeats included)."""
    if not text:
        return []
    platform_hosts = _platform_hosts(web_bases)
    found: list[FoundUrl] = []
    for match in _CANDIDATE.finditer(text):
        candidate = strip_trailing(match.group(0))
        if match.group("scheme") is None:
            host = (match.group("host") or "").lower()
            if not _plausible_host(host, platform_hosts):
                continue
        elif len(candidate) <= len(match.group("scheme")):
            continue
        found.append(classify(candidate, web_bases))
    return found


def strip_trailing(candidate: str) -> str:
    """Drop sentence punctuation and unbalanced closing brackets from the end."""
    while candidate:
        last = candidate[-1]
        unbalanced = last in _PAIRS and candidate.count(last) > candidate.count(_PAIRS[last])
        if last not in _TRAILING and not unbalanced:
            break
        candidate = candidate[:-1]
    return candidate


def classify(address: str, web_bases: Mapping[Platform, str] | None = None) -> FoundUrl:
    """What one address is: a Platform A/B profile or post (canonical URL), or other."""
    try:
        recognized = recognize_url(address, web_bases)
    except InvalidValue:
        with_scheme = address if has_web_scheme(address) else "https://" + address
        return FoundUrl(address, with_scheme, UrlKind.OTHER)
    kind = UrlKind(f"{recognized.platform.value.lower()}_{recognized.kind}")
    return FoundUrl(address, recognized.url, kind, recognized.platform, recognized.handle,
                    recognized.post_id or "")


def _platform_hosts(web_bases: Mapping[Platform, str] | None) -> set[str]:
    return {bare_host(urlsplit(base).hostname or "")
            for base in with_default_bases(web_bases).values()}


def _plausible_host(host: str, platform_hosts: set[str]) -> bool:
    bare = bare_host(host)
    if bare in platform_hosts or host.startswith("www."):
        return True
    return host.rsplit(".", 1)[-1] in COMMON_TLDS
