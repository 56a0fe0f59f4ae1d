"""The demo's seed: each account gets a history of its platform's headline metric."""

from __future__ import annotations

from desktop.demo_data import seed_demo
from desktop.store import Store
from desktop.store.models import SearchQuery
from shared_models.platforms import PLATFORMS, Platform


def _profile(handle: str) -> dict[str, object]:
    return {"handle": handle, "display_name": "Kim", "daily_visitors": 1000, "followers": 2000}


def test_each_account_gets_its_platforms_headline_metric(store: Store) -> None:
    listing = {p: {"profiles": {f"kim{i}": _profile(f"kim{i}{p.lower()}") for i in range(8)}}
               for p in ("A", "B")}
    assert seed_demo(store, listing, people=8) == 8
    rows = store.search(SearchQuery()).rows
    assert {r.platform for r in rows} == {"A", "B"}
    for row in rows:
        assert set(row.metrics) == {PLATFORMS[Platform(row.platform)].headline_metric}
