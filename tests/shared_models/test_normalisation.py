"""Names, phones, emails and tags come out the same whichever way staff typed them."""

from __future__ import annotations

import pytest

from shared_models.emails import normalize_email
from shared_models.errors import InvalidValue
from shared_models.phones import national_digits, normalize_phone
from shared_models.text import normalize_name, normalize_tags


@pytest.mark.parametrize(
    "typed",
    ["010-1234-5678", "01012345678", "+82 10 1234 5678", "1012345678", 1012345678.0,
     "０１０-１２３４-５６７８", " 010 1234 5678 "],
)
def test_every_korean_mobile_form_gives_the_same_e164(typed: object) -> None:
    assert normalize_phone(typed) == "+821012345678"


def test_phone_default_region_is_a_setting() -> None:
    assert normalize_phone("(212) 555-0123", region="US") == "+12125550123"


@pytest.mark.parametrize("bad", ["010-12", "hello", "12345"])
def test_a_non_number_is_refused_with_the_value_in_the_message(bad: str) -> None:
    with pytest.raises(InvalidValue) as err:
        normalize_phone(bad)
    assert f"'{bad}' is not a phone number" in str(err.value)
    assert err.value.field == "phone"


def test_empty_phone_is_allowed() -> None:
    assert normalize_phone("") == ""
    assert normalize_phone(None) == ""


def test_national_digits_is_how_staff_write_the_number() -> None:
    assert national_digits("+821012345678") == "01012345678"


def test_names_are_nfc_trimmed_and_collapsed() -> None:
    decomposed = "\u1100\u1175\u11b7 민지"  # 김 written as jamo, as macOS pastes it
    assert normalize_name(decomposed) == "김 민지"
    assert normalize_name("  Kim \t  Min\u00a0ji ") == "Kim Min ji"
    assert normalize_name("Ｋｉｍ") == "Kim"


def test_an_empty_name_is_refused() -> None:
    with pytest.raises(InvalidValue, match="A name is required"):
        normalize_name("   ")


def test_email_domain_is_lower_cased_and_the_local_part_kept() -> None:
    assert normalize_email(" Kim.Minji@Naver.COM ") == "Kim.Minji@naver.com"
    assert normalize_email("mailto:a@b.co") == "a@b.co"


def test_a_broken_email_is_refused() -> None:
    with pytest.raises(InvalidValue, match="'kim@' is not an e-mail address"):
        normalize_email("kim@")


def test_tags_split_dedupe_and_keep_order() -> None:
    assert normalize_tags("뷰티, #food; 뷰티 ,Food") == ["뷰티", "food"]
    assert normalize_tags(["a", " a ", "b"]) == ["a", "b"]
