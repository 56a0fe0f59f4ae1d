"""The shipped adapters speak the contract to platform_sim over loopback."""

from __future__ import annotations

import asyncio
from importlib.metadata import EntryPoint, entry_points

import httpx
import pytest

from desktop.collect.adapters import PlatformAAdapter, PlatformBAdapter
from desktop.collect.errors import ItemFailed, NotFound
from desktop.collect.ratecontrol import RateController
from desktop.collect.registry import ENTRY_POINT_GROUP, adapter_class, adapter_classes
from desktop.collect.transport import USER_AGENT
from desktop.settings import PlatformBases, platform_bases
from platform_sim.server import SimHandle
from shared_models.platforms import Platform
from tests.desktop.collect.conftest import FAST


def _bases(sim: SimHandle) -> PlatformBases:
    return PlatformBases(web_base=sim.url, api_base=sim.url)


def _run(coro):  # type: ignore[no-untyped-def]
    return asyncio.run(coro)


def test_platform_a_profile_posts_and_comments_follow_the_contract(sim: SimHandle) -> None:
    handle, profile = next(iter(sim.dataset.a.profiles.items()))
    post = next(p for p in sim.dataset.a.posts.values()
                if p.visibility == "public" and not p.deleted)
    deleted = next(p for p in sim.dataset.a.posts.values() if p.deleted)

    async def scenario() -> None:
        async with PlatformAAdapter(_bases(sim), RateController(FAST)) as adapter:
            metrics = await adapter.profile_metrics(handle.upper())
            assert metrics.metrics == {k: float(v) for k, v in profile.metrics.items()}
            status = await adapter.post_status(post.handle, post.post_id)
            assert (status.state, status.title) == ("public", post.title)
            gone = await adapter.post_status(deleted.handle, deleted.post_id)
            assert gone.state == "deleted"
            comments, cursor = [], None
            while True:
                page = await adapter.comments_page(post.handle, post.post_id, cursor, limit=10)
                comments += page.comments
                if page.next_cursor is None:
                    break
                cursor = page.next_cursor
            assert [c.id for c in comments] == [c.id for c in sim.dataset.comments(post.post_id)]
            with pytest.raises(NotFound):
                await adapter.profile_metrics(sim.dataset.a.missing[0])

    _run(scenario())


def test_platform_b_profile_and_media(sim: SimHandle) -> None:
    handle, profile = next(iter(sim.dataset.b.profiles.items()))
    media = next(p for p in sim.dataset.b.posts.values() if not p.deleted)

    async def scenario() -> None:
        async with PlatformBAdapter(_bases(sim), RateController(FAST)) as adapter:
            metrics = await adapter.profile_metrics(handle)
            assert set(metrics.metrics) == {"followers", "following", "post_count"}
            assert metrics.metrics["followers"] == profile.metrics["followers"]
            status = await adapter.post_status("", media.post_id)
            assert status.state == media.visibility and status.handle == media.handle
            assert (await adapter.post_status("", "nosuchpost1")).state == "not_found"

    _run(scenario())


def test_a_body_that_breaks_the_schema_fails_that_item_with_a_reason(sim: SimHandle) -> None:
    broken, fine = list(sim.dataset.b.profiles)[:2]
    sim.configure(broken_handles={broken: "malformed"})

    async def scenario() -> None:
        async with PlatformBAdapter(_bases(sim), RateController(FAST)) as adapter:
            with pytest.raises(ItemFailed, match="Platform B answered"):
                await adapter.profile_metrics(broken)
            assert (await adapter.profile_metrics(fine)).handle == fine

    _run(scenario())


def test_requests_carry_the_user_agent_and_reuse_connections(sim: SimHandle) -> None:
    seen: list[str] = []

    async def scenario() -> None:
        async def hook(request: httpx.Request) -> None:
            seen.append(request.headers["User-Agent"])

        http = httpx.AsyncClient(headers={"User-Agent": USER_AGENT},
                                 event_hooks={"request": [hook]})
        async with PlatformBAdapter(_bases(sim), RateController(FAST), http=http) as adapter:
            for handle in list(sim.dataset.b.profiles)[:3]:
                await adapter.profile_metrics(handle)
        await http.aclose()

    _run(scenario())
    assert seen and all(ua.startswith("InfluencerDesk/") for ua in seen)


def test_adapters_are_found_through_the_entry_point_group() -> None:
    assert adapter_class(Platform.A) is PlatformAAdapter
    assert adapter_class(Platform.B) is PlatformBAdapter


class _PluginB(PlatformBAdapter):
    pass


def test_a_plugin_entry_point_replaces_the_shipped_adapter() -> None:
    shipped = list(entry_points(group=ENTRY_POINT_GROUP))  # this package's own
    assert {p.name for p in shipped} >= {"A", "B"}
    plugin = EntryPoint("B", f"{__name__}:_PluginB", ENTRY_POINT_GROUP)
    bogus = EntryPoint("Z", f"{__name__}:_PluginB", ENTRY_POINT_GROUP)
    for points in ([plugin, *shipped, bogus], [*shipped, plugin]):
        found = adapter_classes(points)
        assert found[Platform.B] is _PluginB
        assert found[Platform.A] is PlatformAAdapter


def test_bases_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INFLUENCER_DESK_PLATFORM_B_API", "http://127.0.0.1:9/")
    bases = platform_bases(Platform.B, {"web_base": "https://b.example.com"})
    assert bases.api_base == "http://127.0.0.1:9"
