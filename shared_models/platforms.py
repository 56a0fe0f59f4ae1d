"""The platform registry and URL recognition (see docs/platform-contract.md).

Staff paste profile and post URLs into forms and Excel files; `recognize_url` turns any of
them into (platform, kind, handle, post_id) or raises InvalidValue saying why not.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Literal
from urllib.parse import SplitResult, urlsplit

from shared_models.errors import InvalidValue
from shared_models.text import clean_text
from shared_models.texts import user_text


class Platform(StrEnum):
    A = "A"
    B = "B"

    @property
    def other(self) -> Platform:
        """The other platform: an account always shows its person's accounts there."""
        return Platform.B if self is Platform.A else Platform.A


UrlKind = Literal["profile", "post"]


@dataclass(frozen=True)
class PlatformSpec:
    platform: Platform
    label: str
    handle_pattern: re.Pattern[str]
    post_id_pattern: re.Pattern[str]
    headline_metric: str  # the one number the account list shows
    metrics: tuple[str, ...]  # what its profiles show (shared_models.records.METRICS), in order
    default_web_base: str
    handle_rule: str  # said to users when a handle does not fit


PLATFORMS: dict[Platform, PlatformSpec] = {
    Platform.A: PlatformSpec(
        platform=Platform.A,
        label=user_text("Platform A"),
        handle_pattern=re.compile(r"[A-Za-z0-9_-]{3,40}"),
        post_id_pattern=re.compile(r"\d{1,20}"),
        headline_metric="daily_visitors",
        metrics=("daily_visitors", "total_visitors", "followers", "post_count"),
        default_web_base="https://a.example.com",
        handle_rule=user_text("3 to 40 letters, digits, '_' or '-'"),
    ),
    Platform.B: PlatformSpec(
        platform=Platform.B,
        label=user_text("Platform B"),
        handle_pattern=re.compile(r"[A-Za-z0-9_.]{1,30}"),
        post_id_pattern=re.compile(r"[A-Za-z0-9_-]{5,20}"),
        headline_metric="followers",
        metrics=("followers", "following", "post_count"),
        default_web_base="https://b.example.com",
        handle_rule=user_text("1 to 30 letters, digits, '_' or '.'"),
    ),
}

DEFAULT_WEB_BASES: dict[Platform, str] = {p: s.default_web_base for p, s in PLATFORMS.items()}


@dataclass(frozen=True)
class RecognizedUrl:
    platform: Platform
    kind: UrlKind
    handle: str  # normalised (lower-case)
    post_id: str | None
    url: str  # canonical form on the configured web base


def parse_platform(value: object) -> Platform:
    """'A', 'a', 'Platform A', 'platform_b', '플랫폼 A' ... to a Platform, or InvalidValue."""
    text = clean_text(value).upper().replace("PLATFORM", "").replace("플랫폼", "").strip(" _-")
    try:
        return Platform(text)
    except ValueError:
        raise InvalidValue(
            "platform", value, user_text("'{value}' is not a platform (use A or B).",
                                         value=value)) from None


def _host_of(base: str) -> str:
    return bare_host(urlsplit(base).hostname or "")


def bare_host(host: str) -> str:
    """A host as URL recognition compares it: lower case, no 'www.' or 'm.' in front."""
    host = host.lower().rstrip(".")
    for prefix in ("www.", "m."):
        if host.startswith(prefix):
            return host[len(prefix):]
    return host


def normalize_handle(platform: Platform, value: object,
                     web_bases: Mapping[Platform, str] | None = None,
                     web_hosts: frozenset[str] = frozenset()) -> str:
    """A bare handle or a profile URL of `platform` to the stored (lower-case) handle; a URL
    is read as the profile URL rule reads it (`read_profile_url`)."""
    text = clean_text(value)
    if not text:
        raise InvalidValue("handle", value, user_text("A handle is required."))
    if _looks_like_url(text):
        return read_profile_url(text, platform, web_bases, web_hosts).handle
    handle = text.removeprefix("@")
    spec = PLATFORMS[platform]
    if not spec.handle_pattern.fullmatch(handle):
        raise InvalidValue(
            "handle", value, user_text("'{value}' is not a {platform} handle ({rule}).",
                                       value=text, platform=spec.label, rule=spec.handle_rule))
    return handle.lower()


def _looks_like_url(text: str) -> bool:
    # B handles may contain dots ("kim.minji"), so only a scheme or a path makes a URL.
    return "://" in text or "/" in text or _SCHEME.match(text) is not None


def recognize_url(
    value: object, web_bases: Mapping[Platform, str] | None = None
) -> RecognizedUrl:
    """Recognise a pasted profile or post URL; InvalidValue says why a URL is not one."""
    recognizer = _DEFAULT_RECOGNIZER if not web_bases else UrlRecognizer(web_bases)
    return recognizer(value)


# A plain profile URL: optional http(s) scheme, a host, one path segment, maybe a final '/'.
# No port, user, query or fragment (those take the general path, _recognize).
_PLAIN_PROFILE = re.compile(r"(?:[Hh][Tt][Tt][Pp][Ss]?://)?([A-Za-z0-9.-]+)/(@?[A-Za-z0-9_.-]+)/?")
_HOST_MEMO = 256


class UrlRecognizer:
    """`recognize_url` with the web bases prepared once, for callers that recognise many
    URLs (the Excel import): plain profile URLs skip urlsplit, the rest go the general way."""

    def __init__(self, web_bases: Mapping[Platform, str] | None = None) -> None:
        # In the order given (where two platforms share a host, the first reads it), then
        # the defaults of the platforms not given.
        bases = dict(web_bases or {})
        for platform, base in DEFAULT_WEB_BASES.items():
            bases.setdefault(platform, base)
        self.bases = bases
        self._by_host: dict[str, Platform] = {}
        for platform, base in bases.items():  # the first platform with a host wins
            self._by_host.setdefault(_host_of(base), platform)
        self._prefix = {p: base.rstrip("/") for p, base in bases.items()}
        self._raw_hosts: dict[str, Platform | None] = {}  # host as typed -> platform

    def __call__(self, value: object) -> RecognizedUrl:
        text = clean_text(value)
        if not text:
            raise InvalidValue("url", value, user_text("A URL is required."))
        fast = self._fast_profile(text)
        if fast is not None:
            return fast
        return _recognize(value, text, self.bases)

    def _fast_profile(self, text: str) -> RecognizedUrl | None:
        """The common pasted profile URL; None means 'ask _recognize' (which also gives
        the reason a URL is refused)."""
        match = _PLAIN_PROFILE.fullmatch(text)
        if match is None:
            return None
        raw = match.group(1)
        try:
            platform = self._raw_hosts[raw]
        except KeyError:
            platform = self._by_host.get(bare_host(raw))
            if len(self._raw_hosts) < _HOST_MEMO:
                self._raw_hosts[raw] = platform
        if platform is None:
            return None
        segment = match.group(2)
        handle = segment if platform is Platform.A else segment.removeprefix("@")
        if not PLATFORMS[platform].handle_pattern.fullmatch(handle):
            return None
        handle = handle.lower()
        return RecognizedUrl(platform, "profile", handle, None,
                             f"{self._prefix[platform]}/{handle}")


WEB_SCHEMES = frozenset({"http", "https"})
_WEB_PREFIXES = tuple(f"{scheme}://" for scheme in sorted(WEB_SCHEMES))


def has_web_scheme(text: str) -> bool:
    """Whether `text` starts with http:// or https:// (in any case)."""
    return text[:8].lower().startswith(_WEB_PREFIXES)


def is_web_address(url: str) -> bool:
    """Whether `url` is an http(s) address with a host: the only kind a desk ever opens
    (a pushed or imported `file:`, `javascript:` or `ms-msdt:` link is never handed to the
    operating system)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in WEB_SCHEMES and bool(parts.hostname)


# A scheme written without '//' (javascript:, ms-msdt:, mailto:); 'host:8080/x' is a host
# and a port, not a scheme.
_SCHEME = re.compile(r"(?i)[a-z][a-z0-9+.-]*:(?![0-9])")


def _web_parts(value: object, text: str) -> SplitResult:
    """`text` split as a web address (https:// assumed when no scheme is written), or
    InvalidValue: another scheme; or no host, a user or password, a broken host or port."""
    has_scheme = "://" in text or _SCHEME.match(text) is not None
    candidate = text if has_scheme else "https://" + text
    broken = InvalidValue("url", value, user_text("'{value}' is not a web address.",
                                                  value=text))
    try:
        parts = urlsplit(candidate)
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        raise broken from None
    if parts.scheme.lower() not in WEB_SCHEMES:
        raise InvalidValue("url", value, user_text(
            "'{value}' is not a web address (it should start with https://).", value=text))
    if not parts.hostname or parts.username is not None or parts.password is not None:
        raise broken
    return parts


def _recognize(value: object, text: str, bases: Mapping[Platform, str]) -> RecognizedUrl:
    parts = _web_parts(value, text)
    host = bare_host(parts.hostname or "")
    platform = next((p for p, base in bases.items() if _host_of(base) == host), None)
    if platform is None:
        raise InvalidValue("url", value, user_text(
            "'{value}' is not a Platform A or Platform B URL.", value=text))
    spec = PLATFORMS[platform]
    segments = [s for s in parts.path.split("/") if s]
    base = bases[platform].rstrip("/")
    if platform is Platform.A:
        if len(segments) == 1 and spec.handle_pattern.fullmatch(segments[0]):
            handle = segments[0].lower()
            return RecognizedUrl(platform, "profile", handle, None, f"{base}/{handle}")
        if (len(segments) == 2 and spec.handle_pattern.fullmatch(segments[0])
                and spec.post_id_pattern.fullmatch(segments[1])):
            handle = segments[0].lower()
            return RecognizedUrl(platform, "post", handle, segments[1],
                                 f"{base}/{handle}/{segments[1]}")
    else:
        is_post = len(segments) == 2 and segments[0] == "p"
        if is_post and spec.post_id_pattern.fullmatch(segments[1]):
            return RecognizedUrl(platform, "post", "", segments[1], f"{base}/p/{segments[1]}")
        if len(segments) == 1:
            handle = segments[0].removeprefix("@")
            if spec.handle_pattern.fullmatch(handle):
                handle = handle.lower()
                return RecognizedUrl(platform, "profile", handle, None, f"{base}/{handle}")
    raise InvalidValue(
        "url", value, user_text("'{value}' is a {platform} address but not a profile or post "
                                "URL.", value=text, platform=spec.label))


def profile_url(platform: Platform, handle: str, web_base: str | None = None) -> str:
    base = (web_base or DEFAULT_WEB_BASES[platform]).rstrip("/")
    return f"{base}/{handle}"


def with_default_bases(web_bases: Mapping[Platform, str] | None) -> dict[Platform, str]:
    """Every platform's web base: the ones given, the public sites for the rest."""
    return {**DEFAULT_WEB_BASES, **(web_bases or {})}


def page_base(platform: Platform, current_url: str,
              web_bases: Mapping[Platform, str] | None = None,
              web_hosts: frozenset[str] = frozenset()) -> str:
    """The web base an account's profile URL is made again on (its platform or handle
    changed): the origin of its current URL when that is one of a server's extra hosts
    (read as either platform's, e.g. a simulator serving both), else the platform's site."""
    try:
        extra = _extra_host_base(current_url, clean_text(current_url), web_hosts)
    except InvalidValue:  # a value stored before the rule: not a base to keep
        extra = None
    return extra or with_default_bases(web_bases)[platform]


def handle_mismatch(handle: str, url_handle: str) -> str:
    """The sentence for an account whose handle is not the one its profile URL names."""
    return user_text("The handle '{handle}' does not match the URL's handle '{url_handle}'.",
                     handle=handle, url_handle=url_handle)


def post_url(platform: Platform, handle: str, post_id: str, web_base: str | None = None) -> str:
    base = (web_base or DEFAULT_WEB_BASES[platform]).rstrip("/")
    if platform is Platform.A:
        return f"{base}/{handle}/{post_id}"
    return f"{base}/p/{post_id}"


_DEFAULT_RECOGNIZER = UrlRecognizer()


def read_profile_url(value: object, platform: Platform | None,
                     web_bases: Mapping[Platform, str] | None = None,
                     web_hosts: frozenset[str] = frozenset()) -> RecognizedUrl:
    """The account profile URL rule (see ProfileUrlReader) on the desk's `web_bases`."""
    return _reader(tuple(sorted((web_bases or {}).items())), web_hosts)(value, platform)


class ProfileUrlReader:
    """The account profile URL rule, with the web bases prepared once (the import reads many).

    A value is read as `recognize_url` reads it and must be a profile page of the account's
    platform (any platform when None); otherwise InvalidValue with one sentence per case:
    not a web address, not on a platform's site, a URL of the other platform, a post, a
    platform address that is neither. `web_hosts`: hosts a server accepts for either
    platform besides the bases (e.g. a simulator's); a URL there is read as the account's
    platform's. The result's `url` is the canonical form that is stored."""

    def __init__(self, web_bases: Mapping[Platform, str] | None = None,
                 web_hosts: frozenset[str] = frozenset()) -> None:
        bases = with_default_bases(web_bases)
        # Where both platforms share a host (a simulator), the account's platform reads it.
        self._recognizers: dict[Platform | None, UrlRecognizer] = {None: UrlRecognizer(bases)}
        for platform in Platform:
            self._recognizers[platform] = UrlRecognizer(
                {platform: bases[platform],
                 **{p: base for p, base in bases.items() if p != platform}})
        self.web_hosts = web_hosts

    def __call__(self, value: object, platform: Platform | None) -> RecognizedUrl:
        text = clean_text(value)
        if not text:
            raise InvalidValue("url", value, user_text("A URL is required."))
        try:
            recognized = self._recognizers[platform](text)
        except InvalidValue:
            host_base = _extra_host_base(value, text, self.web_hosts)
            if host_base is None:
                raise
            recognized = UrlRecognizer({platform or Platform.A: host_base})(text)
        if platform is not None and recognized.platform != platform:
            raise InvalidValue("url", value, user_text(
                "'{value}' is a {found} URL, not a {wanted} one.", value=text,
                found=PLATFORMS[recognized.platform].label, wanted=PLATFORMS[platform].label))
        if recognized.kind != "profile":
            raise InvalidValue("url", value, user_text(
                "'{value}' is a post URL, not a profile URL.", value=text))
        return recognized


@lru_cache(maxsize=32)
def _reader(bases: tuple[tuple[Platform, str], ...],
            web_hosts: frozenset[str]) -> ProfileUrlReader:
    return ProfileUrlReader(dict(bases), web_hosts)


def _extra_host_base(value: object, text: str, web_hosts: frozenset[str]) -> str | None:
    """'scheme://host[:port]' of a web address on one of `web_hosts`, else None."""
    if not web_hosts:
        return None
    parts = _web_parts(value, text)
    host = bare_host(parts.hostname or "")
    if host not in web_hosts:
        return None
    port = f":{parts.port}" if parts.port is not None else ""
    return f"{parts.scheme.lower()}://{parts.hostname}{port}"
