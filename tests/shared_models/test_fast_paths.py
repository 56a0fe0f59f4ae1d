"""The normalisers' fast paths give exactly what the general (library) paths give.

Each fast path handles the common shape of a value and hands everything else to the general
path; these tests run both over many generated inputs -- Korean, full-width, odd spacing,
near misses -- and require the same result or the same error message.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable

import pytest

from shared_models import emails, phones, platforms
from shared_models.errors import InvalidValue
from shared_models.platforms import Platform, UrlRecognizer
from shared_models.text import clean_text, collapse_spaces, to_half_width, without_controls

N = 4000


def outcome(fn: Callable[[], object]) -> tuple[str, object]:
    try:
        return ("ok", fn())
    except InvalidValue as exc:
        return ("error", exc.message)


def pick(rnd: random.Random, *choices: str) -> str:
    return rnd.choice(choices)


# -- clean_text -----------------------------------------------------------------------------

def reference_clean_text(value: object) -> str:
    """clean_text without its fast path, as it was written first."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = without_controls(str(value))
    return collapse_spaces(to_half_width(unicodedata.normalize("NFC", text)))


def test_clean_text_fast_path_matches_the_general_one() -> None:
    rnd = random.Random(7)
    alphabet = ["a", "Z", "0", " ", "  ", "\t", "\n", "\r", "\x0b", "\x1f", "\x00", "\u00a0",
                "\u3000", "Ａ", "１", "＠", "김", "민", "\u1100", "\u1161", "\u0301", "\u200b",
                "\ufeff", "-", "_", ".", "/", "@", "~", "é", "e\u0301"]
    values: list[object] = ["", " ", "plain", "two  spaces", " lead", "trail ", "a b c",
                            "https://a.example.com/x", 1012345678.0, 3.5, 7, None, True]
    for _ in range(N):
        values.append("".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12))))
    korean = ["김", "민지", "인플루언서", "뷰티", " ", "\u1100\u1175\u11b7", "·", "0", "Ａ",
              "\u0301", "e"]  # mostly the already-clean non-ASCII shape
    for _ in range(N):
        values.append("".join(rnd.choice(korean) for _ in range(rnd.randint(1, 6))))
    for value in values:
        assert clean_text(value) == reference_clean_text(value), repr(value)


# -- phones ---------------------------------------------------------------------------------

def phone_inputs(rnd: random.Random) -> list[object]:
    out: list[object] = ["010-1234-5678", "01012345678", "+82 10 1234 5678", "1012345678",
                         1012345678.0, "０１０-１２３４-５６７８", " 010 1234 5678 ",
                         "+82 010 1234 5678", "82-10-1234-5678", "010-12", "010-0000-0000",
                         "011-123-4567", "016 1234 5678", "02-123-4567", "+1 212 555 0123",
                         "010–1234–5678", "010 - 1234 - 5678", "(010) 1234-5678",
                         "010-1234-56789", "0101-234-5678", "٠١٠١٢٣٤٥٦٧٨"]
    seps = ["-", " ", ".", "", "  ", "/", "–"]
    for _ in range(N):
        head = f"1{rnd.randint(0, 9)}"
        middle = "".join(rnd.choice("0123456789") for _ in range(rnd.choice([2, 3, 4, 4, 5])))
        tail = "".join(rnd.choice("0123456789") for _ in range(rnd.choice([3, 4, 4, 4, 5])))
        lead = pick(rnd, "0", "0", "0", "", "+82 ", "+82-", "+82", "82", "+820", "00")
        sep = rnd.choice(seps[:4] if rnd.random() < 0.7 else seps)
        text = f"{lead}{head}{sep}{middle}{sep}{tail}"
        if rnd.random() < 0.1:
            text = to_full_width(text)
        if rnd.random() < 0.1:
            text = f" {text} "
        out.append(text)
        if rnd.random() < 0.05 and text.isdigit():
            out.append(float(text))
    return out


def to_full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@pytest.mark.parametrize("region", ["KR", "kr", "US"])
def test_phone_fast_path_matches_phonenumbers(region: str) -> None:
    rnd = random.Random(11)
    for value in phone_inputs(rnd):
        text = clean_text(value)
        fast = outcome(lambda v=value: phones.normalize_phone(v, region))  # type: ignore[misc]
        slow = outcome(lambda v=value, t=text: phones._parse_phone(v, t, region)  # type: ignore[misc]
                       ) if text else ("ok", "")
        assert fast == slow, repr(value)


def test_display_phone_fast_path_matches_phonenumbers() -> None:
    rnd = random.Random(3)
    numbers = ["+821012345678", "+82101234567", "+8210123456789", "+8211234567",
               "+82212345678", "+12125550123", "+821", "+82abc", "+82١٠١٢٣٤٥٦٧٨", "garbage"]
    for _ in range(N):
        numbers.append("+821" + "".join(rnd.choice("0123456789")
                                        for _ in range(rnd.randint(6, 10))))
    for number in numbers:
        assert phones.display_phone(number) == phones._display_phone(number), number


def test_phone_digits_fast_path_matches_isdigit() -> None:
    rnd = random.Random(9)
    alphabet = "0123456789 +-().#*/abcXYZ\t\n" + "٠١٢٣４５²³①"
    values = ["", "+82 10-1234-5678", "(02) 123-4567", "٠١٠١٢٣", "１２３", "x²"]
    values += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 16)))
               for _ in range(N)]
    for value in values:
        assert phones.phone_digits(value) == "".join(c for c in value if c.isdigit()), value


# -- e-mails ---------------------------------------------------------------------------------

def email_inputs(rnd: random.Random) -> list[str]:
    out = ["Kim.Minji@Naver.COM", "a@b.co", "Postmaster@X.com", "INFO@x.com", "kim@",
           "@naver.com", "a..b@x.com", ".a@x.com", "a.@x.com", "a@x", "a@localhost",
           "a@x.test", "a@x.local", "a@x.invalid", "a@example.com", "a@123.com", "a@x.123",
           "a@-x.com", "a@x-.com", "a@x..com", "a@xn--bcher-kva.com", "a@XN--BCHER-KVA.com",
           "김@x.com", "a@네이버.com", '"a b"@x.com', "a b@x.com", "a@x.com.",
           "x" * 64 + "@x.com", "x" * 65 + "@x.com", "a@" + "b" * 63 + ".com",
           "a@" + "b" * 64 + ".com", "a@" + ".".join(["abcdefghij"] * 24) + ".com",
           "o'brien+tag@mail.co.kr", "a{b}|c~d@x.io", "a@x_y.com", "a@[1.2.3.4]",
           "a@x.c", "a@x.museum", "a@arpa", "a@x.onion", "user@mail.example.com"]
    local_chars = "abcXYZ019._+-'!#$%&*/=?^`{|}~ \"(),:;<>@[\\]김é"
    domains = ["naver.com", "Gmail.COM", "daum.net", "x.co.kr", "sub-domain.example.org",
               "ex_ample.com", "x", "x.test", "localhost", "a.b", "xn--p39a.com", "123.45",
               "-bad.com", "b.c-", "UPPER.CASE", "nate.com.", "kakao.com", "mail.x.museum"]
    for _ in range(N):
        local = "".join(rnd.choice(local_chars[:19] if rnd.random() < 0.7 else local_chars)
                        for _ in range(rnd.randint(1, 20)))
        out.append(f"{local}@{rnd.choice(domains)}")
    return out


def test_email_fast_path_matches_email_validator() -> None:
    rnd = random.Random(5)
    for value in email_inputs(rnd):
        text = clean_text(value)
        if text.lower().startswith("mailto:"):
            text = text[len("mailto:"):]
        fast = outcome(lambda v=value: emails.normalize_email(v))  # type: ignore[misc]
        slow = outcome(lambda v=value, t=text: emails._validate(v, t))  # type: ignore[misc]
        assert fast == slow, repr(value)


# -- URLs ------------------------------------------------------------------------------------

def url_inputs(rnd: random.Random) -> list[str]:
    out = ["https://a.example.com/blog_000001", "https://b.example.com/insta.1",
           "a.example.com/minji", "HTTPS://WWW.A.EXAMPLE.COM/Minji/", "http://m.b.example.com/@kim",
           "https://a.example.com/@kim", "https://a.example.com/ab", "https://b.example.com/p",
           "https://b.example.com/p/ABCDE12345", "https://a.example.com/minji/12345",
           "https://a.example.com:8080/minji", "https://user@a.example.com/minji",
           "https://a.example.com/minji?x=1", "https://a.example.com/minji#top",
           "ftp://a.example.com/minji", "https://a.example.com./minji", "https://evil.com/minji",
           "https://a.example.com//minji", "https://a.example.com/..", "https://b.example.com/..",
           "https://a.example.com/" + "x" * 41, "https://b.example.com/" + "x" * 31,
           "https://a.example.com", "https://a.example.com/", "//a.example.com/minji",
           "https://ａ.example.com/minji", "https://a.example.com/민지", "a.example.com/x/y/z",
           "https://blog.example.com/minji", "https://a.example.co/minji"]
    hosts = ["a.example.com", "A.Example.Com", "www.a.example.com", "m.a.example.com",
             "b.example.com", "WWW.B.EXAMPLE.COM", "blog.example.com", "c.example.com",
             "a.example.com.", "example.com", "a-example.com", "localhost", "blog.naver.com"]
    segment_chars = "abcXYZ019_.-@%~+김"
    for _ in range(N):
        scheme = pick(rnd, "https://", "http://", "", "HTTP://", "ftp://", "https:/")
        chars = segment_chars if rnd.random() < 0.3 else segment_chars[:12]
        segments = ["".join(rnd.choice(chars) for _ in range(rnd.choice([0, 2, 3, 8, 30, 41])))
                    for _ in range(rnd.choice([1, 1, 1, 2, 3]))]
        if rnd.random() < 0.2:
            segments = ["p", *segments]
        out.append(f"{scheme}{rnd.choice(hosts)}/{'/'.join(segments)}"
                   + pick(rnd, "", "", "/", "?q=1", "#x"))
    for _ in range(N // 2):  # near the common shape: mostly recognisable profiles
        handle = "".join(rnd.choice("abcXYZ019_.-@") for _ in range(rnd.randint(1, 42)))
        out.append(f"{pick(rnd, 'https://', 'http://', '')}{rnd.choice(hosts[:6])}/{handle}"
                   + pick(rnd, "", "/"))
    return out


@pytest.mark.parametrize("bases", [None, {Platform.A: "https://blog.example.com/"},
                                   {Platform.A: "https://same.example.com",
                                    Platform.B: "https://same.example.com"}])
def test_url_fast_path_matches_urlsplit_recognition(bases: dict[Platform, str] | None) -> None:
    rnd = random.Random(13)
    recognizer = UrlRecognizer(bases)
    full = dict(platforms.DEFAULT_WEB_BASES)
    full.update(bases or {})
    for value in url_inputs(rnd):
        text = clean_text(value)
        fast = outcome(lambda v=value: recognizer(v))  # type: ignore[misc]
        via_function = outcome(lambda v=value: platforms.recognize_url(v, bases))  # type: ignore[misc]
        try:
            slow = outcome(lambda v=value, t=text: platforms._recognize(v, t, full))  # type: ignore[misc]
        except ValueError:  # urlsplit refuses some hosts outright; so does the fast path's caller
            continue
        assert fast == slow == via_function, repr(value)
