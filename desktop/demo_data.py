"""A realistic demo data set: people taken from the simulated platforms (so collection
works against them), Korean and English names, phones, e-mails, categories, tags, and a
month of metric history per account."""

from __future__ import annotations

import random
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID, uuid5

from desktop.store import Store
from shared_models.platforms import PLATFORMS, Platform
from shared_models.records import MetricSnapshot

CATEGORIES = ("뷰티", "푸드", "여행", "패션", "육아", "테크", "fitness", "lifestyle")
TAGS = ("협찬가능", "VIP", "신규", "재계약", "long-term", "event", "review", "가을캠페인")
DEMO_NAMESPACE = UUID("6f1c1d55-2f6e-4c43-9b4a-1f3a7e9c2d10")
HISTORY_DAYS = 30


def _history(account_id: UUID, metric: str, current: float, rng: random.Random,
             now: datetime) -> list[MetricSnapshot]:
    """Daily values drifting towards today's value, so the chart shows a believable trend."""
    start = current * rng.uniform(0.7, 0.95)
    snapshots = []
    for day in range(HISTORY_DAYS):
        share = day / (HISTORY_DAYS - 1)
        noise = rng.uniform(-0.03, 0.03) * current
        value = max(0, round(start + (current - start) * share + noise))
        observed = now - timedelta(days=HISTORY_DAYS - day, hours=rng.uniform(0, 3))
        snapshots.append(MetricSnapshot(
            id=uuid5(DEMO_NAMESPACE, f"{account_id}:{metric}:{day}"), account_id=account_id,
            metric=metric, value=value, observed_at=observed, source="demo"))
    return snapshots


def seed_demo(store: Store, listing: Mapping[str, Any], people: int = 300,
              seed: int = 7) -> int:
    """Fill an empty store from the simulator's data set listing; returns influencers made."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    a_profiles = list(listing["A"]["profiles"].values())
    b_profiles = list(listing["B"]["profiles"].values())
    made = 0
    with store.transaction():
        for number in range(min(people, len(a_profiles), len(b_profiles))):
            a, b = a_profiles[number], b_profiles[number]
            shape = rng.random()
            name = a["display_name"] if shape < 0.8 else b["display_name"]
            phone = f"010-{rng.randint(2000, 9999)}-{rng.randint(1000, 9999)}"
            person = store.create_influencer(
                name=name, phone=phone if rng.random() < 0.9 else "",
                tags=", ".join(rng.sample(TAGS, rng.randint(0, 2))),
                notes="단가 협의 필요" if rng.random() < 0.1 else "")
            made += 1
            accounts: list[tuple[str, dict[str, Any]]] = []
            if shape < 0.85:
                accounts.append(("A", a))
            if shape > 0.15:
                accounts.append(("B", b))
            if shape > 0.95 and number + people < len(b_profiles):
                accounts.append(("B", b_profiles[number + people]))  # a second B account
            category = rng.choice(CATEGORIES)
            for platform, profile in accounts:
                account = store.create_account(
                    influencer_id=person.id, platform=platform, handle=profile["handle"],
                    email=f"{profile['handle'].replace('.', '_')}@mail.example.com",
                    category=category)
                metric = PLATFORMS[Platform(platform)].headline_metric
                store.add_snapshots(_history(account.id, metric, float(profile[metric]),
                                             rng, now))
    return made
