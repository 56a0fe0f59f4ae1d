"""Any URL staff paste is recognised as the platform contract says, or refused with a reason."""

from __future__ import annotations

import pytest

from shared_models.errors import InvalidValue
from shared_models.platforms import (
    Platform,
    has_web_scheme,
    normalize_handle,
    page_base,
    parse_platform,
    recognize_url,
)
from shared_models.validation import link_account_fields


@pytest.mark.parametrize(
    ("url", "platform", "kind", "handle", "post_id"),
    [
        ("https://a.example.com/kim_01", Platform.A, "profile", "kim_01", None),
        ("http://WWW.A.Example.com/Kim_01/", Platform.A, "profile", "kim_01", None),
        ("https://m.a.example.com/kim-01?from=share#top", Platform.A, "profile", "kim-01", None),
        ("a.example.com/kim_01/123456", Platform.A, "post", "kim_01", "123456"),
        ("https://b.example.com/kim.minji", Platform.B, "profile", "kim.minji", None),
        ("https://www.b.example.com/@Kim.Minji/", Platform.B, "profile", "kim.minji", None),
        ("https://b.example.com/p/AbC_12-3?igsh=x", Platform.B, "post", "", "AbC_12-3"),
    ],
)
def test_pasted_urls_are_recognised(url, platform, kind, handle, post_id) -> None:
    got = recognize_url(url)
    assert (got.platform, got.kind, got.handle, got.post_id) == (platform, kind, handle, post_id)


def test_recognised_url_is_canonical_on_the_configured_base() -> None:
    got = recognize_url("http://blog.office.test/Kim_01/", {Platform.A: "https://blog.office.test"})
    assert got.platform is Platform.A
    assert got.url == "https://blog.office.test/kim_01"


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("https://c.example.com/kim", "is not a Platform A or Platform B URL"),
        ("ftp://a.example.com/kim_01", "is not a web address"),
        ("https://a.example.com/ab", "not a profile or post URL"),  # handle too short
        ("https://a.example.com/kim_01/notdigits", "not a profile or post URL"),
        ("https://b.example.com/p/abc", "not a profile or post URL"),  # post id too short
        ("", "A URL is required"),
    ],
)
def test_unrecognised_urls_say_why(url: str, reason: str) -> None:
    with pytest.raises(InvalidValue, match=reason):
        recognize_url(url)


def test_bare_handles_take_the_platform_from_context() -> None:
    assert normalize_handle(Platform.B, "@Kim.Minji") == "kim.minji"
    assert normalize_handle(Platform.A, "Kim_01") == "kim_01"
    assert normalize_handle(Platform.A, "https://a.example.com/Kim_01") == "kim_01"


def test_a_url_of_the_other_platform_is_not_a_handle() -> None:
    with pytest.raises(InvalidValue, match="is a Platform B URL, not a Platform A one"):
        normalize_handle(Platform.A, "https://b.example.com/kim")


def test_a_handle_breaking_the_platform_rule_is_refused() -> None:
    with pytest.raises(InvalidValue, match="not a Platform A handle"):
        normalize_handle(Platform.A, "kim.minji")  # dots are Platform B only


@pytest.mark.parametrize("typed", ["A", "a", "Platform A", "platform_a", " A "])
def test_platform_names(typed: str) -> None:
    assert parse_platform(typed) is Platform.A


@pytest.mark.parametrize(("text", "expected"), [
    ("https://x.example", True), ("HTTP://x", True), ("hTtPs://", True),
    ("http:/x", False), ("ftp://x", False), ("x.example", False), ("", False),
    (" https://x", False)])
def test_has_web_scheme(text: str, expected: bool) -> None:
    assert has_web_scheme(text) is expected


SIM = frozenset({"127.0.0.1"})


@pytest.mark.parametrize(("current", "expected"), [
    ("http://127.0.0.1:8765/kim_01", "http://127.0.0.1:8765"),  # a server's extra host
    ("https://a.example.com/kim_01", "https://b.example.com"),
    ("javascript:alert(1)", "https://b.example.com"),  # stored before the rule: not kept
    ("http://[127.0.0.1/kim", "https://b.example.com"),
    ("", "https://b.example.com"),
])
def test_a_profile_url_is_made_again_on_its_extra_host_or_the_platforms_site(
        current: str, expected: str) -> None:
    assert page_base(Platform.B, current, web_hosts=SIM) == expected


def test_a_platform_change_on_a_simulator_keeps_the_simulators_address() -> None:
    current = {"platform": "A", "handle": "kim_01", "profile_url": "http://127.0.0.1:8765/kim_01"}
    assert link_account_fields({"platform": "B"}, current, web_hosts=SIM) == {
        "platform": "B", "handle": "kim_01", "profile_url": "http://127.0.0.1:8765/kim_01"}
    with pytest.raises(InvalidValue, match="is not a Platform B handle"):
        link_account_fields({"platform": "B"}, {**current, "handle": "kim-01"}, web_hosts=SIM)
