"""Each bad cell is reported with its row, column, value and reason; duplicates merge."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.excel import prepare, preview
from desktop.excel.importing.plan import (
    AccountPlan,
    Action,
    ImportPlan,
    InfluencerPlan,
    OnDuplicate,
)
from desktop.i18n.catalog import render
from shared_models.platforms import Platform
from tests.desktop.excel.conftest import HEADER, make_xlsx


def errors_of(path: Path) -> list[tuple[int, str, str, str]]:
    plan = preview(prepare(path), None)
    return [(e.row, e.column, e.value, e.message) for e in plan.errors]


def test_each_invalid_cell_is_reported_with_row_column_value_and_reason(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "bad.xlsx", [
        HEADER,
        ["김민지", "010-1234-5678", "minji@naver.com", "뷰티",
         "https://a.example.com/minji_blog", ""],
        ["이서준", "010-12", "", "", "https://a.example.com/seojun_log", ""],
        ["박하늘", "", "not-an-email", "", "https://a.example.com/haneul_a", ""],
        ["최유나", "", "", "", "https://example.org/yuna", ""],
        ["정도윤", "", "", "", "https://b.example.com/doyun", ""],
        ["", "010-1111-2222", "", "", "https://a.example.com/noname_a", ""],
        ["한지우", "", "", "", "", "https://b.example.com/p/AbCdEf123"],
        ["오하린", "", "harin@naver.com", "", "", ""],
    ])
    assert errors_of(path) == [
        (3, "연락처", "010-12", "'010-12' is not a phone number."),
        (4, "이메일", "not-an-email",
         "'not-an-email' is not an e-mail address."),
        (5, "블로그 URL", "https://example.org/yuna",
         "'https://example.org/yuna' is not a Platform A or Platform B URL."),
        (6, "블로그 URL", "https://b.example.com/doyun",
         "'https://b.example.com/doyun' is a Platform B URL, not a Platform A one."),
        (7, "이름", "", "A name is required."),
        (8, "인스타 URL", "https://b.example.com/p/AbCdEf123",
         "'https://b.example.com/p/AbCdEf123' is a post URL, not a profile URL."),
        (9, "이메일", "harin@naver.com",
         "Email belongs to an account: give a platform URL or handle on this row."),
    ]
    plan = preview(prepare(path), None)
    assert (plan.rows, len(plan.invalid_rows)) == (8, 7)
    assert plan.count(Action.CREATE).influencers == 1


def test_the_sentence_a_user_reads_names_row_and_column(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "bad.xlsx", [["이름", "휴대폰"], *([["x", "010-1234-5678"]] * 12),
                                             ["김민지", "010-12"]])
    plan = preview(prepare(path), None)
    assert [e.sentence() for e in plan.errors] == [
        "Row 14, column 휴대폰: '010-12' is not a phone number."]


def test_over_long_cells_are_refused_not_truncated(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "long.xlsx", [["이름", "카테고리", "블로그 URL"],
                                              ["김민지", "뷰" * 600,
                                               "https://a.example.com/minji_blog"]])
    assert [(r, c, m) for r, c, _, m in errors_of(path)] == [
        (2, "카테고리", "The value is too long (600 characters; at most 500).")]


def test_rows_describing_the_same_influencer_merge_into_one(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "dupes.xlsx", [
        HEADER,
        ["김민지", "010-1234-5678", "", "뷰티", "https://a.example.com/minji_blog", ""],
        ["김민지", "01012345678", "", "", "", "https://b.example.com/minji.daily"],
        ["김민지", "010-1234-5678", "", "뷰티", "https://a.example.com/minji_blog", ""],
        ["김민지", "", "", "", "https://a.example.com/minji_second", ""],
    ])
    plan = preview(prepare(path), None)
    assert not plan.invalid_rows
    assert plan.rows == 4
    assert plan.duplicate_rows == 1  # row 4 repeats row 2
    # The phone-less row 5 is a different natural key: a separate influencer.
    assert [(g.name, g.phone, sorted(h for _, h in g.accounts), g.rows)
            for g in plan.influencers] == [
        ("김민지", "+821012345678", ["minji.daily", "minji_blog"], [2, 3, 4]),
        ("김민지", "", ["minji_second"], [5])]
    assert plan.count(Action.CREATE).to_json() == {"influencers": 2, "accounts": 3}


def test_a_row_without_phone_joins_the_influencer_of_its_known_account(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "join.xlsx", [
        HEADER,
        ["김민지", "010-1234-5678", "", "", "https://a.example.com/minji_blog", ""],
        ["김민지", "", "", "", "https://a.example.com/minji_blog",
         "https://b.example.com/minji.daily"],
    ])
    plan = preview(prepare(path), None)
    assert [(g.phone, len(g.accounts)) for g in plan.influencers] == [("+821012345678", 2)]


def test_rows_with_a_name_and_no_phone_are_different_people(tmp_path: Path) -> None:
    # A name alone is no natural key (shared_models.keys), in a file as on the server.
    path = make_xlsx(tmp_path / "namesakes.xlsx", [
        HEADER,
        ["김민지", "", "", "", "https://a.example.com/minji_one", ""],
        ["김 민지", "", "", "", "", "https://b.example.com/minji.two"],
        ["김민지", "", "", "", "", ""],
    ])
    plan = preview(prepare(path), None)
    assert not plan.invalid_rows and plan.duplicate_rows == 0
    assert [(g.name, sorted(h for _, h in g.accounts), g.rows) for g in plan.influencers] == [
        ("김민지", ["minji_one"], [2]), ("김 민지", ["minji.two"], [3]), ("김민지", [], [4])]


def test_conflicting_rows_for_one_account_make_the_later_row_invalid(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "conflict.xlsx", [
        HEADER,
        ["김민지", "010-1234-5678", "a@minji.kr", "", "https://a.example.com/minji_blog", ""],
        ["김민지", "010-1234-5678", "b@minji.kr", "", "https://a.example.com/minji_blog", ""],
        ["이서준", "010-9999-8888", "", "", "https://a.example.com/minji_blog", ""],
    ])
    assert errors_of(path) == [
        (3, "블로그 URL", "minji_blog",
         "Row 2 gives the account A/minji_blog a different email ('a@minji.kr')."),
        (4, "이름", "이서준",
         "The account A/minji_blog belongs to 김민지 (+821012345678), not to 이서준."),
    ]


def test_a_plan_has_changes_when_any_person_or_account_is_created_or_updated() -> None:
    """`has_changes` decides whether an import keeps an undo batch; it stops at the first
    change it finds, so every place a change can sit is tried."""
    def person(action: Action, *accounts: Action) -> InfluencerPlan:
        return InfluencerPlan("p", "", "", [], [1], action=action, accounts={
            (Platform.A, f"h{i}"): AccountPlan(Platform.A, f"h{i}", {}, [1], action=a)
            for i, a in enumerate(accounts)})

    def plan(*people: InfluencerPlan) -> ImportPlan:
        return ImportPlan(len(people), [], list(people), OnDuplicate.UPDATE)

    quiet = (Action.UNCHANGED, Action.SKIP)
    assert not plan().has_changes
    assert not plan(*(person(a, *quiet) for a in quiet)).has_changes
    for change in (Action.CREATE, Action.UPDATE):
        assert plan(person(Action.SKIP, *quiet), person(change)).has_changes
        assert plan(person(Action.UNCHANGED, Action.SKIP, change)).has_changes


@pytest.mark.parametrize(("header", "row", "korean"), [
    (["이름", "이메일"], ["김민지", "minji@naver.com"],
     "이메일은(는) 계정의 항목입니다. 이 행에 플랫폼 URL이나 아이디를 입력해 주세요."),
    (["이름", "블로그 이메일"], ["김민지", "minji@naver.com"],
     "이 플랫폼 A 값에는 같은 행에 플랫폼 A URL이나 아이디가 있어야 합니다."),
    (["이름", "블로그 URL", "블로그 아이디"],
     ["김민지", "https://a.example.com/minji_a", "other_a"],
     "아이디 'other_a'이(가) URL의 아이디 'minji_a'와(과) 다릅니다."),
    (["이름", "아이디"], ["김민지", "minji_a"],
     "아이디에는 플랫폼이 필요합니다. 플랫폼 열을 채우거나 플랫폼 A/B 아이디 열을 사용해 주세요."),
    (["이름", "블로그 URL"], ["김민지", "https://b.example.com/kim.minji"],
     "'https://b.example.com/kim.minji'은(는) 플랫폼 B 주소입니다. 플랫폼 A 주소를 입력해 주세요."),
])
def test_each_cell_problem_reads_korean_in_a_korean_desk(tmp_path: Path, header: list[str],
                                                         row: list[str], korean: str) -> None:
    [error] = preview(prepare(make_xlsx(tmp_path / "ko.xlsx", [header, row])), None).errors
    assert render(error.message, "ko").startswith(korean), error.message
