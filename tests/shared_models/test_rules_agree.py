"""Every entry point judges a value the same way: what the desktop accepts (an import row, the
add-influencer form, the account edit form, the CLI) the server accepts, and what the server
refuses the desktop refuses with the same sentence.

The server side is the server's own validation function (`sync_api.sync.push`'s
normalize_fields) and, for fewer examples, a real push to a real server.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop import editing
from desktop.account_editing import AccountEdit, check_account_edit
from desktop.cli import main as cli
from desktop.editing import AccountDraft, InfluencerDraft
from desktop.excel.importing.mapping import ColumnMapping, SheetMapping
from desktop.excel.importing.validate import parse_rows
from desktop.excel.reading.limits import DEFAULT_LIMITS
from desktop.excel.reading.reader import Table
from desktop.store import Store
from shared_models.errors import InvalidValue
from shared_models.platforms import Platform, profile_url
from shared_models.records import Entity
from shared_models.rules import UNSTORABLE_MESSAGE, too_long_message, unstorable
from shared_models.text import clean_text
from sync_api.sync import push as server_push
from tests.support.sync_server import SyncServerHandle

FIELDS = ("name", "phone", "email", "handle", "status", "category", "notes", "tags",
          "profile_url")
# A row always has a person and an account, so account fields are judged, not orphaned.
BASE_NAME, BASE_HANDLE = "김민지", "minji_a"
# Where each field sits: (entity, the import column's field).
IMPORT_FIELD = {"name": "name", "phone": "phone", "tags": "tags", "notes": "notes",
                "email": "email", "category": "category", "status": "status",
                "handle": "a_handle", "profile_url": "a_url"}
INFLUENCER_FIELDS = ("name", "phone", "tags", "notes")

_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=24)
_words = st.sampled_from(["", " ", "김민지", "  Kim \t Min\u00a0ji ", "Ｋｉｍ", "뷰티", "a\nb",
                          "\u200bzero", "#tag", "a, b;c", "x" * 199, "x" * 201, "x" * 500,
                          "x" * 501])
_long = st.builds(lambda part, times: part * times, st.text(min_size=1, max_size=4),
                  st.integers(0, 2600))
_phones = st.one_of(
    st.sampled_from(["010-1234-5678", "01012345678", "+82 10 1234 5678", "1012345678",
                     "010-12", "02-312-3456", "+1 650 253 0000", "０１０-１２３４-５６７８",
                     "010 1234 56789"]),
    st.from_regex(r"\+?[0-9 .\-]{0,16}", fullmatch=True),
    st.integers(0, 10**12).map(float), _text)
_emails = st.one_of(st.emails(), st.sampled_from(
    ["minji@naver.com", "MINJI@Naver.COM", "mailto:a@b.co", "not-an-email", "a@@b", "a@b",
     "postmaster@Example.com", "김@예시.한국"]), _text)
_handles = st.one_of(
    st.from_regex(r"@?[A-Za-z0-9_.\-]{0,45}", fullmatch=True),
    st.sampled_from(["https://a.example.com/minji_blog", "a.example.com/Kim_Min",
                     "https://b.example.com/kim.minji", "https://a.example.com/x/12345",
                     "bad handle!", "@ab"]), _text)
_urls = st.builds(
    lambda scheme, host, path: scheme + host + path,
    st.sampled_from(["", "https://", "http://", "HTTPS://", "javascript:", "ftp://", "//"]),
    st.sampled_from(["a.example.com", "b.example.com", "WWW.A.Example.com", "m.b.example.com",
                     "evil.example.org", "a.example.com:8080", "user@a.example.com",
                     "a.example.com.evil.org", "[a.example.com"]),
    st.one_of(st.sampled_from(["/minji_blog", "/Kim.Minji/", "/@kim.minji", "/minji_blog/123",
                               "/p/AbCdEf123", "/ab", "/x?from=share#top", "", "/a/b/c"]),
              st.from_regex(r"/[A-Za-z0-9_.@/-]{0,30}", fullmatch=True)))
_statuses = st.one_of(
    st.builds(lambda word, upper, sep, pad: pad + (word.upper() if upper else word.title())
              .replace("_", sep) + pad,
              st.sampled_from(["active", "not_found", "inactive"]), st.booleans(),
              st.sampled_from(["_", " ", "-", "  ", "_-"]), st.sampled_from(["", " "])),
    st.sampled_from(["Not Found", "NOT FOUND", "not-found", "deleted", "actives", "not found!",
                     "not__found", "_active_", "NotFound", "Not.Found", "#active", "(inactive)",
                     "활성", "비활성", "찾을 수 없음", "찾을수없음", "비 활성", "찾을 수 없음!"]),
    _text)
_plain = st.one_of(_words, _text, _long)
STRATEGIES: dict[str, st.SearchStrategy[Any]] = {
    "name": _plain, "phone": _phones, "email": _emails, "handle": _handles,
    "status": _statuses, "category": _plain,
    "notes": st.one_of(_plain, _long.map(lambda t: " \n" + t + "\n ")),
    "tags": st.one_of(_plain, st.lists(_text, max_size=8).map(", ".join)),
    "profile_url": st.one_of(_plain, _handles, _urls),
}
FIELD_VALUES = st.one_of(*(st.tuples(st.just(f), s) for f, s in STRATEGIES.items()))


@dataclass(frozen=True)
class Verdict:
    """An entry point's answer: the stored value, or the sentence that refuses it."""

    value: Any = None
    message: str | None = None

    @property
    def accepted(self) -> bool:
        return self.message is None


def _entity(field: str) -> Entity:
    return Entity.INFLUENCER if field in INFLUENCER_FIELDS else Entity.ACCOUNT


# The Platform A account a profile URL is typed over (as the edit form and `account edit
# --url` do): its stored platform, handle and page.
EDITED = {"platform": "A", "handle": BASE_HANDLE,
          "profile_url": profile_url(Platform.A, BASE_HANDLE)}


def server_account(value: Any) -> dict[str, Any]:
    """What the server makes of an edit of EDITED carrying the profile URL `value` alone:
    the op's fields, completed as the account will be after it (InvalidValue if refused)."""
    fields = server_push.normalize_fields(
        Entity.ACCOUNT, server_push.edited_account_fields({"profile_url": value}, EDITED),
        creating=False, platform=Platform.A)
    return server_push.link_account_fields(fields, EDITED)


def server_verdict(field: str, value: Any) -> Verdict:
    """The server's validation of a create carrying `value` (besides valid other fields);
    a profile URL, of an edit of an account (a URL gives the account its handle)."""
    entity = _entity(field)
    if field == "profile_url":
        try:
            return Verdict(server_account(value)["profile_url"])
        except InvalidValue as err:
            return Verdict(message=err.message)
    if entity == Entity.INFLUENCER:
        fields: dict[str, Any] = {"name": BASE_NAME, field: value}
    else:
        fields = {"influencer_id": str(uuid.uuid4()), "platform": "A", "handle": BASE_HANDLE,
                  field: value}
    try:
        return Verdict(server_push.normalize_fields(entity, fields, creating=True)[field])
    except InvalidValue as err:
        return Verdict(message=err.message)


def import_verdict(field: str, value: Any) -> Verdict | None:
    """The import's answer for a row holding `value` in the field's column; None when the
    import reads the cell as empty (then the field is simply not set)."""
    column = IMPORT_FIELD[field]
    cells: dict[str, Any] = {"name": BASE_NAME, "a_handle": BASE_HANDLE, column: value}
    if field == "profile_url":  # the URL column gives the handle (and the stored URL)
        del cells["a_handle"]
    names = list(cells)
    table = Table("rules.xlsx", "Sheet1", [names, [cells[n] for n in names]])
    mapping = SheetMapping(0, [ColumnMapping(i, n, n, "header") for i, n in enumerate(names)])
    parsed = list(parse_rows(table, mapping))
    if not parsed:
        return None
    row = parsed[0]
    if row.errors:
        assert len(row.errors) == 1, row.errors
        return Verdict(message=row.errors[0].message)
    draft = row.draft
    assert draft is not None
    if field in INFLUENCER_FIELDS:
        return Verdict(getattr(draft, field))
    if not draft.accounts:  # an empty handle cell: the row has no account
        return None
    account = draft.accounts[0]
    if field == "handle":
        return Verdict(account.handle)
    if field == "profile_url":  # what the import writes (excel/importing/writes.py)
        return Verdict(profile_url(account.platform, account.handle))
    if field not in account.fields:
        return None
    return Verdict(account.fields[field])


def form_verdict(store: Store, field: str, value: Any) -> Verdict | None:
    """The add-influencer form's answer (None: the form has no such field)."""
    if field in INFLUENCER_FIELDS:
        draft = InfluencerDraft(**{"name": BASE_NAME, field: value})
        errors = editing.check_influencer(store, draft)
        key = field
    elif field == "handle" and not clean_text(value):
        return None  # the form ignores an account row left empty
    elif field in ("handle", "email", "category", "notes"):
        account = AccountDraft(platform="A", handle=BASE_HANDLE)
        setattr(account, field, value)
        draft = InfluencerDraft(name=BASE_NAME, accounts=[account])
        errors = editing.check_influencer(store, draft)
        key = f"accounts.0.{field}"
    elif field == "profile_url":
        return edit_form_verdict(store, value)
    else:
        return None
    if errors:
        assert set(errors) == {key}, errors
        return Verdict(message=errors[key])
    return Verdict()


def edit_form_verdict(store: Store, value: Any) -> Verdict | None:
    """The account edit form's answer for a profile URL typed over an account's (None: the
    form sees no change)."""
    account = store.find_account("A", "edited_a") or store.create_account(
        influencer_id=store.create_influencer(name="편집").id, platform="A",
        handle="edited_a")
    if clean_text(value) in ("", account.profile_url):
        return None
    errors = check_account_edit(store, account.id, AccountEdit(
        handle=account.handle, profile_url=value))
    if errors:
        assert set(errors) == {"profile_url"}, errors
        return Verdict(message=errors["profile_url"])
    return Verdict()


def cli_verdict(capsys: pytest.CaptureFixture[str], desk: tuple[Path, str],
                value: Any) -> Verdict | None:
    """`account edit ID --url VALUE`'s answer: the stored URL or the error's sentence (None:
    an empty --url changes nothing)."""
    if not clean_text(value):
        return None
    data_dir, account_id = desk
    capsys.readouterr()
    code = cli(["--data-dir", str(data_dir), "--json", "account", "edit", account_id,
                f"--url={value}"])
    out, err = capsys.readouterr()
    if code == 0:
        return Verdict(json.loads(out)["profile_url"])
    assert code == 2 and err.startswith("error: "), (code, out, err)
    return Verdict(message=err.removeprefix("error: ").strip())


@pytest.fixture(scope="module")
def empty_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with Store.open(tmp_path_factory.mktemp("rules")) as store:
        yield store


@pytest.fixture(scope="module")
def cli_desk(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A desk for the CLI with one Platform A account: (its data dir, the account's id)."""
    desk = tmp_path_factory.mktemp("cli")
    with Store.open(desk) as store:
        person = store.create_influencer(name=BASE_NAME)
        account = store.create_account(influencer_id=person.id, platform=Platform.A,
                                       handle=BASE_HANDLE)
    return desk, str(account.id)


def _as_cell(field: str, value: Any) -> Any:
    """Only phones reach the import as numbers (Excel keeps typed digits as numbers)."""
    return value


@settings(max_examples=300, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(FIELD_VALUES)
# Borders: each field's limit, and the import's own cap on a cell (10,000 characters).
@example(("name", "가" * 10_001))
@example(("name", "x" * 201))
@example(("category", "x" * 501))
@example(("phone", "1" * 501))
@example(("notes", "x" * 10_001))
@example(("tags", "a," * 250))
@example(("tags", "ab, " * 3000))
@example(("status", "Not Found"))
@example(("status", "NOT-FOUND"))
@example(("status", "찾을 수 없음"))
@example(("status", "NotFound"))
@example(("status", "#active"))
@example(("handle", "x" * 600))
# A profile URL: of the other platform, a post, another scheme, another site, as typed.
@example(("profile_url", "https://b.example.com/kim.minji"))
@example(("profile_url", "https://a.example.com/minji_blog/123"))
@example(("profile_url", "javascript:alert(1)"))
@example(("profile_url", "https://evil.example.org/minji"))
@example(("profile_url", "HTTP://WWW.A.Example.com/Minji_Blog/"))
@example(("profile_url", "http://user:pw@a.example.com/kim"))
@example(("profile_url", "https://[a.example.com/kim"))
@example(("profile_url", "a.example.com/" + "x" * 600))
def test_the_desktop_and_the_server_give_the_same_answer(
        empty_store: Store, cli_desk: tuple[Path, str], capsys: pytest.CaptureFixture[str],
        field_value: tuple[str, Any]) -> None:
    field, value = field_value
    server = server_verdict(field, value)
    if unstorable(value):
        # Refused on the wire by name; a file's NUL is the import's to clean (issue 17).
        assert server.message == UNSTORABLE_MESSAGE
    else:
        imported = import_verdict(field, value)
        if imported is not None and not _over_the_file_cap(imported, value):
            assert imported.message == server.message
            if imported.accepted:
                # What the desktop would push is stored as it is.
                assert server_verdict(field, imported.value) == imported
    form = form_verdict(empty_store, field, value)
    if form is not None:
        assert form.message == server.message
    if field == "profile_url" and not unstorable(value):
        typed = cli_verdict(capsys, cli_desk, value)
        assert typed is None or typed == server
    # The store (the CLI's and the window's edits) cleans with the same function.
    if server.accepted and server.value and field in ("status", "profile_url", "category"):
        account = _store_account(empty_store, field, value)
        assert getattr(account, field) == server.value
        if field == "profile_url":  # the handle the URL names, on the desk as on the server
            assert account.handle == server_account(value)["handle"]


def _over_the_file_cap(imported: Verdict, value: Any) -> bool:
    """A workbook cell over the import's cap is refused whatever its field would make of it
    (an untrusted file; e.g. 12,000 characters of repeated tags that the rule folds into
    one): the server may take that value, it never takes one the import refused for any
    other reason."""
    cap = DEFAULT_LIMITS.max_cell_chars
    return (imported.message == too_long_message(len(str(value).strip()), cap)
            and len(str(value).strip()) > cap)


def _store_account(store: Store, field: str, value: Any) -> Any:
    person = store.create_influencer(name=f"사람 {uuid.uuid4().hex[:8]}")
    if field == "profile_url":
        # The URL gives the account its handle; deleted afterwards, so that the next
        # example may name the same handle.
        account = store.create_account(influencer_id=person.id, platform="A",
                                       profile_url=value)
        store.delete_account(account.id)
        return account
    handle = f"h{uuid.uuid4().hex[:12]}"
    return store.create_account(influencer_id=person.id, platform="A", handle=handle,
                                **{field: value})


@pytest.mark.parametrize("status", ["active", "Not Found", "not_found", "NOT FOUND",
                                    "not-found", " Inactive ", "NOT_FOUND"])
def test_every_entry_point_accepts_a_status_however_it_is_written(
        empty_store: Store, status: str) -> None:
    expected = status.strip().lower().replace(" ", "_").replace("-", "_")
    assert server_verdict("status", status) == Verdict(expected)
    assert import_verdict("status", status) == Verdict(expected)
    assert _store_account(empty_store, "status", status).status == expected


@pytest.mark.parametrize(("status", "expected"), [
    ("활성", "active"), ("비활성", "inactive"), ("찾을 수 없음", "not_found"),
    ("찾을수없음", "not_found"), ("NotFound", "not_found"), ("not found", "not_found")])
def test_every_entry_point_accepts_a_status_by_its_label_in_either_language(
        empty_store: Store, status: str, expected: str) -> None:
    """As a Korean export writes it, and as the Korean sentence refusing a status says."""
    assert server_verdict("status", status) == Verdict(expected)
    assert import_verdict("status", status) == Verdict(expected)
    assert _store_account(empty_store, "status", status).status == expected


@pytest.mark.parametrize("status", ["#active", "Not.Found", "(inactive)", "비활성!"])
def test_a_status_with_other_marks_is_refused_by_every_entry_point_alike(
        empty_store: Store, status: str) -> None:
    server = server_verdict("status", status)
    assert server.message is not None and "is not an account status" in server.message
    assert import_verdict("status", status) == server
    with pytest.raises(InvalidValue) as refused:
        _store_account(empty_store, "status", status)
    assert refused.value.message == server.message


def test_every_entry_point_refuses_an_unknown_status_with_the_same_sentence(
        empty_store: Store) -> None:
    sentence = "'gone' is not an account status (use Active, Inactive or Not found)."
    assert server_verdict("status", "gone") == Verdict(message=sentence)
    assert import_verdict("status", "gone") == Verdict(message=sentence)
    with pytest.raises(InvalidValue, match=r"'gone' is not an account status \(use Active"):
        _store_account(empty_store, "status", "gone")


def test_an_over_long_value_gets_the_same_sentence_from_form_import_and_server(
        empty_store: Store) -> None:
    sentence = "The value is too long (201 characters; at most 200)."
    assert server_verdict("name", "가" * 201) == Verdict(message=sentence)
    assert import_verdict("name", "가" * 201) == Verdict(message=sentence)
    assert form_verdict(empty_store, "name", "가" * 201) == Verdict(message=sentence)


# -- a real push to a real server -----------------------------------------------------------

def _push(server: SyncServerHandle, token: str, field: str, value: Any) -> dict[str, Any]:
    person_id = str(uuid.uuid4())
    fields: dict[str, Any] = {"name": f"사람 {person_id[:8]}"}
    ops: list[dict[str, Any]] = []
    if field in INFLUENCER_FIELDS:
        fields[field] = value
    else:
        account_id = str(uuid.uuid4())
        account = {"influencer_id": person_id, "platform": "A", "handle": f"h{person_id[:8]}"}
        if field == "profile_url":
            # Typed over the account's (it gives the account its handle), then deleted so
            # that the next example may name the same handle.
            ops += [_account_op(account_id, account),
                    _account_op(account_id, {field: value}, base_version=1),
                    _account_op(account_id, {}, kind="delete")]
        else:
            ops.append(_account_op(account_id, {**account, field: value}))
    ops.insert(0, {"op_id": str(uuid.uuid4()), "entity": "influencer", "id": person_id,
                   "fields": fields})
    response = httpx.post(f"{server.url}/v1/sync/push", json={"device_id": "rules", "ops": ops},
                          headers={"Authorization": f"Bearer {token}"}, timeout=30)
    response.raise_for_status()
    result: dict[str, Any] = response.json()["results"][-2 if field == "profile_url" else -1]
    return result


def _account_op(account_id: str, fields: dict[str, Any], base_version: int | None = None,
                kind: str = "upsert") -> dict[str, Any]:
    return {"op_id": str(uuid.uuid4()), "entity": "account", "id": account_id, "kind": kind,
            "base_version": base_version, "fields": fields}


@settings(max_examples=20, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(FIELD_VALUES.filter(lambda fv: fv[0] != "name" and isinstance(fv[1], str)))
def test_a_real_server_takes_what_the_import_takes(sync_server: SyncServerHandle,
                                                   field_value: tuple[str, Any]) -> None:
    field, value = field_value
    token = _token(sync_server)
    imported = import_verdict(field, value)
    if imported is None or _over_the_file_cap(imported, value):
        return
    result = _push(sync_server, token, field, value)
    if imported.accepted:
        assert result["status"] == "applied", result
        assert result["record"][field] == imported.value
    else:
        assert (result["status"], result["reason"]) == ("rejected", imported.message)


_TOKENS: dict[str, str] = {}


def _token(server: SyncServerHandle) -> str:
    if server.url not in _TOKENS:
        _TOKENS[server.url] = server.create_token(role="staff")
    return _TOKENS[server.url]


def test_the_import_field_list_covers_the_properties_checked_here() -> None:
    assert set(IMPORT_FIELD) == set(FIELDS) == set(STRATEGIES)
    assert Path(__file__).name == "test_rules_agree.py"


# -- the profile URL, case by case ----------------------------------------------------------

PROFILE_URL_CASES = [
    ("https://b.example.com/kim.minji",
     "'https://b.example.com/kim.minji' is a Platform B URL, not a Platform A one."),
    ("https://a.example.com/minji_blog/123",
     "'https://a.example.com/minji_blog/123' is a post URL, not a profile URL."),
    ("javascript:alert(1)",
     "'javascript:alert(1)' is not a web address (it should start with https://)."),
    ("https://evil.example.org/minji",
     "'https://evil.example.org/minji' is not a Platform A or Platform B URL."),
    ("https://a.example.com/ab",
     "'https://a.example.com/ab' is a Platform A address but not a profile or post URL."),
    ("http://user:pw@a.example.com/kim", "'http://user:pw@a.example.com/kim' is not a web "
                                         "address."),
]


@pytest.mark.parametrize(("url", "sentence"), PROFILE_URL_CASES)
def test_every_entry_point_refuses_a_platform_a_profile_url_with_the_same_sentence(
        empty_store: Store, cli_desk: tuple[Path, str], capsys: pytest.CaptureFixture[str],
        url: str, sentence: str) -> None:
    refused = Verdict(message=sentence)
    assert server_verdict("profile_url", url) == refused
    assert import_verdict("profile_url", url) == refused  # a Platform A URL column
    assert edit_form_verdict(empty_store, url) == refused
    assert cli_verdict(capsys, cli_desk, url) == refused  # account edit --url
    with pytest.raises(InvalidValue) as stored:
        _store_account(empty_store, "profile_url", url)
    assert stored.value.message == sentence
    # Pasted where a handle or URL goes: the add form, `account add --platform A --url`.
    form = editing.check_influencer(empty_store, InfluencerDraft(
        name=BASE_NAME, accounts=[AccountDraft(platform="A", handle=url)]))
    assert form == {"accounts.0.handle": sentence}
    capsys.readouterr()
    code = cli(["--data-dir", str(cli_desk[0]), "account", "add", "--influencer",
                str(uuid.uuid4()), "--platform", "A", f"--url={url}"])
    assert (code, capsys.readouterr().err) == (2, f"error: {sentence}\n")


def test_every_entry_point_stores_a_profile_url_in_its_canonical_form(
        empty_store: Store, cli_desk: tuple[Path, str],
        capsys: pytest.CaptureFixture[str]) -> None:
    typed, canonical = "HTTP://WWW.A.Example.com/Minji_Blog/", "https://a.example.com/minji_blog"
    assert server_verdict("profile_url", typed) == Verdict(canonical)
    assert import_verdict("profile_url", typed) == Verdict(canonical)
    assert cli_verdict(capsys, cli_desk, typed) == Verdict(canonical)
    assert _store_account(empty_store, "profile_url", typed).profile_url == canonical


def test_a_server_reads_a_profile_url_on_its_extra_hosts_as_the_accounts_platform() -> None:
    fields = {"influencer_id": str(uuid.uuid4()), "platform": "B", "handle": "kim.minji",
              "profile_url": "HTTP://127.0.0.1:8765/@Kim.Minji"}
    clean = server_push.normalize_fields(Entity.ACCOUNT, fields, creating=True,
                                         web_hosts=frozenset({"127.0.0.1"}))
    assert clean["profile_url"] == "http://127.0.0.1:8765/kim.minji"
    with pytest.raises(InvalidValue, match="is a post URL"):
        server_push.normalize_fields(Entity.ACCOUNT, {**fields, "profile_url":
                                                      "http://127.0.0.1:8765/p/AbCdEf123"},
                                     creating=True, web_hosts=frozenset({"127.0.0.1"}))


# -- an account's platform, handle and profile URL together ---------------------------------

LINKED = ("platform", "handle", "profile_url")
_edits = st.fixed_dictionaries({}, optional={
    "platform": st.sampled_from(["A", "B", "b", "Platform A", "C"]),
    "handle": st.one_of(_handles, st.sampled_from(["kim-minji", "kim.minji", "minji_a"])),
    "profile_url": st.one_of(_handles, _urls).filter(lambda text: bool(clean_text(text))),
}).filter(bool)


@pytest.fixture(scope="module")
def linked_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with Store.open(tmp_path_factory.mktemp("linked")) as store:
        yield store


@settings(max_examples=200, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.sampled_from([("A", "minji_a"), ("A", "kim-minji"), ("B", "kim.minji")]), _edits)
@example(("A", "minji_a"), {"platform": "B"})
@example(("A", "kim-minji"), {"platform": "B"})
@example(("A", "minji_a"), {"handle": "lee_jieun"})
@example(("A", "minji_a"), {"profile_url": "https://a.example.com/Lee_Jieun/"})
@example(("A", "minji_a"), {"handle": "lee_jieun", "profile_url": "a.example.com/park_sua"})
@example(("A", "minji_a"), {"platform": "B", "profile_url": "https://a.example.com/minji_a"})
def test_the_server_completes_an_account_edit_as_the_desks_store_does(
        linked_store: Store, account: tuple[str, str], edit: dict[str, str]) -> None:
    """Any part of an edit of the platform, handle and profile URL (what a script or an
    older desk may push), and the fields the desk's own op carries, give on the server the
    account the desk's store made of the same edit, or the same sentence refusing it."""
    platform, handle = account
    person = linked_store.create_influencer(name=f"사람 {uuid.uuid4().hex[:8]}")
    made = linked_store.create_account(influencer_id=person.id, platform=platform,
                                       handle=handle)
    before = {name: str(getattr(made, name)) for name in LINKED}
    try:
        try:
            saved = linked_store.update_account(made.id, **edit)
        except InvalidValue as err:
            assert _server_edit(before, edit) == Verdict(message=err.message)
            return
        after = {name: str(getattr(saved, name)) for name in LINKED}
        assert _server_edit(before, edit) == Verdict(after)
        sent = {name: after[name] for name in LINKED if after[name] != before[name]}
        if sent:  # the desk's op: only what changed
            assert _server_edit(before, sent) == Verdict(after)
    finally:
        linked_store.delete_account(made.id)


def _server_edit(before: dict[str, str], edit: dict[str, str]) -> Verdict:
    """The account after the server applies `edit` to `before` (its three fields)."""
    try:
        fields = server_push.normalize_fields(
            Entity.ACCOUNT, server_push.edited_account_fields(edit, before), creating=False,
            platform=Platform(before["platform"]))
        fields = server_push.link_account_fields(fields, before)
    except InvalidValue as err:
        return Verdict(message=err.message)
    return Verdict({name: str(fields.get(name, before[name])) for name in LINKED})
