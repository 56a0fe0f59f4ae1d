"""Finding and classifying addresses in comment text."""

from __future__ import annotations

import pytest

from desktop.reports.urls import UrlKind, find_urls, strip_trailing
from platform_sim.config import SimConfig
from platform_sim.dataset import Dataset
from shared_models.platforms import Platform


def kinds(text: str) -> list[tuple[str, str, str]]:
    return [(f.kind.value, f.handle, f.post_id) for f in find_urls(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("제 블로그도 놀러오세요 https://a.example.com/kim_minji",
     [("a_profile", "kim_minji", "")]),
    ("놀러와요 a.example.com/kim_minji, 감사합니다", [("a_profile", "kim_minji", "")]),
    ("비슷한 후기 여기 있어요(https://a.example.com/kim_minji/123456))",
     [("a_post", "kim_minji", "123456")]),
    ("See WWW.A.EXAMPLE.COM/Kim_Minji/42.", [("a_post", "kim_minji", "42")]),
    ("모바일 m.b.example.com/@Kim.Minji~", [("b_profile", "kim.minji", "")]),
    ("인스타 http://b.example.com/p/AbC_d-12345/?!", [("b_post", "", "AbC_d-12345")]),
    ("주소는a.example.com/minji_park로 오세요", [("a_profile", "minji_park", "")]),
    ("a.example.com/lee-jiho?utm_source=comment!!", [("a_profile", "lee-jiho", "")]),
    ("https://b.example.com/seoyeon.kang#top?", [("b_profile", "seoyeon.kang", "")]),
    ("두 개: a.example.com/aaa_1 그리고 b.example.com/bbb", [
        ("a_profile", "aaa_1", ""), ("b_profile", "bbb", "")]),
])
def test_platform_addresses_in_every_form_people_type_them(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("협찬 문의 www.naver.com 으로", ["https://www.naver.com"]),
    ("자세한 건 https://en.wikipedia.org/wiki/Seoul_(city) 참고", [
        "https://en.wikipedia.org/wiki/Seoul_(city)"]),
    ("shop: smartstore.naver.com/minji-shop.", ["https://smartstore.naver.com/minji-shop"]),
    ("https://example.org/tag/여행", ["https://example.org/tag/"]),  # Korean ends it
    ("https://a.example.com/minji/posts/12", ["https://a.example.com/minji/posts/12"]),
])
def test_other_addresses_are_found_and_called_other(text: str, expected: list[str]) -> None:
    found = find_urls(text)
    assert [f.url for f in found] == expected
    assert all(f.kind is UrlKind.OTHER and f.platform is None for f in found)


@pytest.mark.parametrize("text", [
    "감사합니다!!", "Mr.Kim 최고", "가격은 3.5만원", "메일 주세요 kim@a.example.com",
    "https:// 빈 주소", "버전 1.2.3 출시", "",
])
def test_text_without_an_address_gives_none(text: str) -> None:
    assert find_urls(text) == []


def test_trailing_punctuation_and_unbalanced_brackets_are_stripped() -> None:
    assert strip_trailing("a.example.com/minji)!!") == "a.example.com/minji"
    assert strip_trailing("x.com/a_(b)") == "x.com/a_(b)"
    assert strip_trailing("x.com/a~?,;:'\"") == "x.com/a"


def test_configured_web_bases_are_recognised() -> None:
    bases = {Platform.A: "https://blog.example.kr", Platform.B: "https://insta.example.kr"}
    found = find_urls("blog.example.kr/minji 와 insta.example.kr/p/abcdef1", bases)
    assert [(f.kind, f.url) for f in found] == [
        (UrlKind.A_PROFILE, "https://blog.example.kr/minji"),
        (UrlKind.B_POST, "https://insta.example.kr/p/abcdef1")]


def test_every_address_the_simulator_hides_in_comments_is_found() -> None:
    dataset = Dataset(SimConfig(seed=5, profiles=30, comments_per_post=120))
    checked = 0
    for post_id in list(dataset.a.posts)[:40]:
        for comment in dataset.comments(post_id):
            found = [(f.platform.value if f.platform else None, f.kind.value.split("_")[-1],
                      f.handle, f.post_id or None) for f in find_urls(comment.text)]
            truth = [(m.platform, m.kind, m.handle, m.post_id) for m in comment.mentions]
            assert found == truth, comment.text
            checked += len(truth)
    assert checked > 1000


def test_a_configured_site_is_found_under_its_bare_host_with_any_tld() -> None:
    bases = {Platform.A: "https://www.blog.example.zz"}
    for typed in ("blog.example.zz/minji", "m.blog.example.zz/minji"):
        [found] = find_urls(f"블로그 {typed} 참고", bases)
        assert (found.kind, found.handle) == (UrlKind.A_PROFILE, "minji")
    assert find_urls("other.example.zz/minji", bases) == []  # not a known host or TLD


def test_an_other_address_keeps_its_scheme_in_any_case() -> None:
    [found] = find_urls("HTTP://Example.org/x")
    assert (found.kind, found.url) == (UrlKind.OTHER, "HTTP://Example.org/x")
