"""An account's platform, handle and profile URL are one thing: the profile URL is the
handle's page on the platform. A push that carries only some of them (an update sends the
changed fields; a script or an older desk may send fewer than the desk's store does) is
judged as the account will be after it, and the server completes it the way the desk's
store does (docs/sync-protocol.md, "Push").
"""

from __future__ import annotations

import uuid
from uuid import UUID

import pytest

from shared_models.sync import OpStatus
from tests.support.sync_server import SyncServerHandle
from tests.sync_api.conftest import SyncClient, server_rows, upsert
from tests.sync_api.sync.conftest import ACC, INF, new_influencer

pytestmark = pytest.mark.postgres


def _account(client: SyncClient, handle: str, platform: str = "A") -> UUID:
    """An account as a desk creates it: the handle with its own page."""
    person = new_influencer(client)
    account = uuid.uuid4()
    base = "https://a.example.com" if platform == "A" else "https://b.example.com"
    [made] = client.push(upsert(ACC, account, {
        "influencer_id": str(person), "platform": platform, "handle": handle,
        "profile_url": f"{base}/{handle}"}))
    assert made.status is OpStatus.APPLIED, made
    return account


def _linked(client: SyncClient, account: UUID) -> tuple[str, str, str]:
    """(platform, handle, profile URL) as a desk pulls them."""
    [pulled] = [c for c in client.pull_all() if c.id == account]
    return pulled.data["platform"], pulled.data["handle"], pulled.data["profile_url"]


def test_a_platform_change_alone_moves_the_profile_url_to_the_new_platform(
        office: SyncClient, home: SyncClient) -> None:
    """What the desk's store does when the platform changes: the handle's page is made on
    the new platform (an op with the platform alone no longer keeps the old platform's)."""
    account = _account(office, "kim_minji")
    [moved] = office.push(upsert(ACC, account, {"platform": "B"}, base_version=1))
    assert moved.status is OpStatus.APPLIED, moved
    assert _linked(home, account) == ("B", "kim_minji", "https://b.example.com/kim_minji")


def test_a_platform_change_whose_handle_does_not_fit_the_new_platform_is_refused_alone(
        office: SyncClient, home: SyncClient) -> None:
    account = _account(office, "kim-minji")  # '-' is not in a Platform B handle
    person = uuid.uuid4()
    refused, other = office.push(upsert(ACC, account, {"platform": "B"}, base_version=1),
                                 upsert(INF, person, {"name": "이서연"}))
    assert refused.status is OpStatus.REJECTED
    assert refused.reason == ("'kim-minji' is not a Platform B handle (1 to 30 letters, "
                              "digits, '_' or '.').")
    assert other.status is OpStatus.APPLIED
    assert _linked(home, account) == ("A", "kim-minji", "https://a.example.com/kim-minji")


def test_a_platform_change_with_the_old_platforms_url_is_refused_with_the_desks_sentence(
        office: SyncClient, home: SyncClient) -> None:
    account = _account(office, "kim_minji")
    [refused] = office.push(upsert(ACC, account, {
        "platform": "B", "profile_url": "https://a.example.com/lee_jieun"}, base_version=1))
    assert refused.status is OpStatus.REJECTED
    assert refused.reason == ("'https://a.example.com/lee_jieun' is a Platform A URL, not a "
                              "Platform B one.")
    # The stored URL sent again is no new URL (the desk's store drops it the same way).
    [moved] = office.push(upsert(ACC, account, {
        "platform": "B", "profile_url": "https://a.example.com/kim_minji"}, base_version=1))
    assert moved.status is OpStatus.APPLIED, moved
    assert _linked(home, account) == ("B", "kim_minji", "https://b.example.com/kim_minji")


def test_a_handle_change_alone_gets_the_new_handles_page(office: SyncClient,
                                                         home: SyncClient) -> None:
    account = _account(office, "kim_minji")
    [renamed] = office.push(upsert(ACC, account, {"handle": "@Lee_Jieun"}, base_version=1))
    assert renamed.status is OpStatus.APPLIED, renamed
    assert _linked(home, account) == ("A", "lee_jieun", "https://a.example.com/lee_jieun")


def test_a_profile_url_alone_gives_the_account_its_handle(office: SyncClient,
                                                          home: SyncClient) -> None:
    """As the desk's store reads a URL given without a handle; the handle is then a key
    like any other (another account holding it is a conflict, not a second account)."""
    account = _account(office, "kim_minji")
    [edited] = office.push(upsert(ACC, account, {"profile_url": "a.example.com/Lee_Jieun/"},
                                  base_version=1))
    assert edited.status is OpStatus.APPLIED, edited
    assert edited.record is not None and edited.record["handle"] == "lee_jieun"
    assert _linked(home, account) == ("A", "lee_jieun", "https://a.example.com/lee_jieun")
    other = _account(office, "park_sua")
    [taken] = office.push(upsert(ACC, other, {"profile_url": "https://a.example.com/lee_jieun"},
                                 base_version=1))
    assert taken.status is OpStatus.CONFLICT
    assert {c.field for c in taken.conflicts} == {"handle", "profile_url"}
    assert _linked(home, other) == ("A", "park_sua", "https://a.example.com/park_sua")


def test_a_handle_its_profile_url_does_not_name_is_refused_alone(
        office: SyncClient, home: SyncClient) -> None:
    account = _account(office, "kim_minji")
    person = new_influencer(office, name="박수아")
    created = uuid.uuid4()
    edit, create, fine = office.push(
        upsert(ACC, account, {"handle": "lee_jieun",
                              "profile_url": "https://a.example.com/park_sua"}, base_version=1),
        upsert(ACC, created, {"influencer_id": str(person), "platform": "B",
                              "handle": "park.sua", "profile_url": "b.example.com/sua"}),
        upsert(ACC, account, {"email": "kim@example.com"}, base_version=1))
    assert (edit.status, edit.reason) == (
        OpStatus.REJECTED, "The handle 'lee_jieun' does not match the URL's handle 'park_sua'.")
    assert (create.status, create.reason) == (
        OpStatus.REJECTED, "The handle 'park.sua' does not match the URL's handle 'sua'.")
    assert fine.status is OpStatus.APPLIED
    assert _linked(home, account) == ("A", "kim_minji", "https://a.example.com/kim_minji")


def test_a_handle_and_url_that_cannot_both_apply_apply_neither(
        sync_server: SyncServerHandle, office: SyncClient, home: SyncClient) -> None:
    """Another desk changed the URL since this desk's edit was made: the handle alone is
    not applied beside the other URL (the account would name one handle and link another)."""
    account = _account(office, "kim_minji")
    server_rows(sync_server, "UPDATE account SET profile_url = 'HTTP://A.example.com/Kim_Minji' "
                             "WHERE id = %s RETURNING id", account)
    [tidied] = home.push(upsert(ACC, account, {"profile_url": "https://a.example.com/kim_minji"},
                                base_version=1))
    assert tidied.status is OpStatus.APPLIED, tidied
    [late] = office.push(upsert(ACC, account, {
        "handle": "park_sua", "profile_url": "https://a.example.com/park_sua"}, base_version=1))
    assert late.status is OpStatus.CONFLICT
    assert {c.field: c.your_value for c in late.conflicts} == {
        "handle": "park_sua", "profile_url": "https://a.example.com/park_sua"}
    assert _linked(home, account) == ("A", "kim_minji", "https://a.example.com/kim_minji")


def test_a_handle_another_account_holds_leaves_the_url_as_it_was(
        office: SyncClient, home: SyncClient) -> None:
    _account(office, "park_sua")
    account = _account(office, "kim_minji")
    [taken] = office.push(upsert(ACC, account, {
        "handle": "park_sua", "profile_url": "https://a.example.com/park_sua"}, base_version=1))
    assert taken.status is OpStatus.CONFLICT
    assert taken.reason is not None and "already exists" in taken.reason
    assert {c.field for c in taken.conflicts} == {"handle", "profile_url"}
    assert _linked(home, account) == ("A", "kim_minji", "https://a.example.com/kim_minji")


def test_values_stored_before_the_rule_stay_until_an_op_changes_them(
        sync_server: SyncServerHandle, office: SyncClient, home: SyncClient) -> None:
    """An old row (another platform's URL, another handle's) never stops an op that leaves
    the three alone, nor one that sends them as they are stored; a pull brings it as it is."""
    account = _account(office, "kim_minji")
    server_rows(sync_server, "UPDATE account SET profile_url = 'https://b.example.com/lee' "
                             "WHERE id = %s RETURNING id", account)
    [other] = office.push(upsert(ACC, account, {"email": "kim@example.com",
                                                "platform": "A", "handle": "kim_minji"},
                                 base_version=1))
    assert other.status is OpStatus.APPLIED, other
    assert _linked(home, account) == ("A", "kim_minji", "https://b.example.com/lee")
    [renamed] = office.push(upsert(ACC, account, {"handle": "kim_mj"}, base_version=2))
    assert renamed.status is OpStatus.APPLIED, renamed
    assert _linked(home, account) == ("A", "kim_mj", "https://a.example.com/kim_mj")
