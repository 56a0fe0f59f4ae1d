"""The desk's language without Qt: which language a person gets, and service sentences
rendered in it (the CLI and the workbook writers use this; the window uses Qt's .qm)."""

from __future__ import annotations

import pickle
from datetime import datetime
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.collect.errors import PlatformBlocked, format_until
from desktop.i18n.build import QM_DIR, compile_translations, qm_path
from desktop.i18n.catalog import render
from desktop.i18n.language import LANGUAGES, resolve_language
from shared_models.errors import InvalidValue
from shared_models.phones import normalize_phone
from shared_models.platforms import PLATFORMS, Platform
from shared_models.rules import STATUS_LABELS, STATUS_LABELS_KO, normalize_status
from shared_models.texts import Text, join_lines, sentence_of, user_text


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


def test_a_block_reads_korean_dates_in_a_korean_sentence() -> None:
    until = datetime(2026, 12, 2, 14, 30).astimezone().timestamp()
    blocked = PlatformBlocked(PLATFORMS[Platform.A].label, until)
    sentence = sentence_of(blocked)
    assert "2026-12-02 14:30:00" in sentence  # the log and --json keep the plain form
    assert render(sentence, "ko") == (
        "플랫폼 A이(가) 2026. 12. 2. 오후 2:30까지 이 네트워크의 요청을 차단했습니다. 수집을 "
        "멈추고 그 뒤에 이어서 합니다.")
    morning = datetime(2026, 12, 3, 0, 5).astimezone().timestamp()
    assert render(format_until(morning), "ko") == "2026. 12. 3. 오전 12:05"
    assert pickle.loads(pickle.dumps(format_until(morning))).epoch == morning


def test_translations_compile_into_the_folder_given(tmp_path: Path) -> None:
    app_files = {p: p.stat().st_mtime_ns for p in QM_DIR.glob("*.qm")}
    written = compile_translations(folder=tmp_path)
    assert sorted(written) == sorted(qm_path(code, tmp_path) for code in LANGUAGES)
    assert all(path.stat().st_size > 0 for path in written)
    assert compile_translations(folder=tmp_path) == []  # up to date: nothing rewritten
    assert {p: p.stat().st_mtime_ns for p in QM_DIR.glob("*.qm")} == app_files
    assert qm_path("ko") == QM_DIR / "influencer_desk_ko.qm"  # where the app looks


def test_the_status_rule_takes_each_status_as_the_korean_catalog_labels_it() -> None:
    """The Korean words the shared status rule accepts are the catalog's, so a Korean export
    imports back and a Korean refusal's suggestions are accepted everywhere."""
    for status, label in STATUS_LABELS.items():
        korean = render(label, "ko")
        assert korean == STATUS_LABELS_KO[status]
        assert normalize_status(korean) == status.value

