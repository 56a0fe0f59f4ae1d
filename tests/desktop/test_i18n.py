"""The desk's language without Qt: which language a person gets, and service sentences
rendered in it (the CLI and the workbook writers use this; the window uses Qt's .qm)."""

from __future__ import annotations

import pickle

import pytest

from desktop.cli import main
from desktop.i18n.catalog import render
from desktop.i18n.language import resolve_language
from shared_models.errors import InvalidValue
from shared_models.phones import normalize_phone
from shared_models.texts import Text, join_lines, user_text


@pytest.mark.parametrize(("chosen", "system", "expected"), [
    ("", "ko_KR", "ko"),  # follows the computer
    ("", "ko-Kore-KR", "ko"),
    ("", "Korean_Korea", "ko"),  # Windows' locale names
    ("", "en_GB", "en"),
    ("", "fr_FR", "en"),  # a language the desk does not speak: English
    ("en", "ko_KR", "en"),  # the setting wins
    ("ko", "en_US", "ko"),
])
def test_the_language_follows_the_setting_then_the_computer(
        chosen: str, system: str, expected: str) -> None:
    assert resolve_language(chosen, system) == expected


def test_a_service_sentence_is_english_text_that_renders_in_korean() -> None:
    with pytest.raises(InvalidValue) as caught:
        normalize_phone("010-12", "KR")
    message = caught.value.message
    assert message == "'010-12' is not a phone number."  # logs, the server, English users
    assert render(message, "ko") == "'010-12'은(는) 전화번호가 아닙니다."
    assert render(message, "en") == message
    # Values that are sentences themselves are translated too; a copy in another process
    # (the import's writer) keeps its template.
    nested = user_text("{platform} handle", platform=user_text("Platform B"))
    assert render(nested, "ko") == "플랫폼 B 아이디"
    again = pickle.loads(pickle.dumps(nested))
    assert isinstance(again, Text) and render(again, "ko") == "플랫폼 B 아이디"
    lines = join_lines([user_text("A name is required."), "@minji_blog"])
    assert render(lines, "ko") == "이름을 입력해 주세요.\n@minji_blog"


def test_the_cli_speaks_the_users_language(tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    words = ["--data-dir", str(tmp_path), "influencer", "add", "--name", "김하늘",
             "--phone", "010-12"]
    monkeypatch.setenv("INFLUENCER_DESK_LANGUAGE", "ko")
    assert main(words) == 2
    assert "'010-12'은(는) 전화번호가 아닙니다." in capsys.readouterr().err
    monkeypatch.setenv("INFLUENCER_DESK_LANGUAGE", "en")
    assert main(words) == 2
    assert "'010-12' is not a phone number." in capsys.readouterr().err
