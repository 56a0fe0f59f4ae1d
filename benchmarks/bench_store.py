"""Local store: search latency at 100,000 accounts, and the initial / no-op sync.

Baseline in the same run: a plain `LIKE '%q%'` scan over the same joined tables (what a
store without the search index would do). Target: p95 <= 20 ms for the typical queries.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop.store import SearchQuery, Store
from desktop.store.searchindex import fold
from shared_models.records import Entity
from shared_models.sync import Change, ChangesPage

SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
SYLLABLES = "민지서연수현준우하은도윤예진성훈영희다인채원태호유나소미재석"
ENGLISH_FIRST = ["Emma", "Olivia", "Liam", "Noah", "Ava", "Mia", "Lucas", "Ethan", "Grace",
                 "Chloe", "Daniel", "Hannah", "Ryan", "Sophie", "Jack", "Lily"]
ENGLISH_LAST = ["Kim", "Lee", "Park", "Smith", "Brown", "Jones", "Taylor", "Wilson", "Choi",
                "Martin", "Clark", "Walker"]
TAGS = ["beauty", "food", "travel", "fashion", "tech", "육아", "맛집", "여행", "뷰티", "게임",
        "fitness", "pets"]
CATEGORIES = ["beauty", "food", "travel", "fashion", "tech", "lifestyle", "parenting"]


@dataclass
class Dataset:
    influencers: list[dict[str, Any]]
    accounts: list[dict[str, Any]]
    snapshots: list[dict[str, Any]]

    def changes(self) -> Iterator[Change]:
        seq = 0
        for entity, rows in ((Entity.INFLUENCER, self.influencers),
                             (Entity.ACCOUNT, self.accounts),
                             (Entity.METRIC_SNAPSHOT, self.snapshots)):
            for row in rows:
                seq += 1
                yield Change(entity=entity, id=row["id"], server_seq=seq, version=1, data=row)


def make_dataset(influencers: int, seed: int = 7) -> Dataset:
    """`influencers` people with two accounts each (A and B) and two metrics per account."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    people, accounts, snapshots = [], [], []
    phones = rng.sample(range(10_000_000, 99_999_999), influencers)
    for n in range(influencers):
        if n % 2:
            name = rng.choice(SURNAMES) + "".join(rng.choices(SYLLABLES, k=2))
        else:
            name = f"{rng.choice(ENGLISH_FIRST)} {rng.choice(ENGLISH_LAST)}"
        person = {"id": str(uuid.UUID(int=rng.getrandbits(128))), "name": name,
                  "phone": f"+8210{phones[n]}",
                  "tags": rng.sample(TAGS, k=rng.randint(0, 3)),
                  "notes": "협찬 가능" if rng.random() < 0.2 else ""}
        people.append(person)
        for platform in ("A", "B"):
            handle = f"{'ab'[platform == 'B']}{n:06d}_{rng.choice(ENGLISH_LAST).lower()}"
            account = {"id": str(uuid.UUID(int=rng.getrandbits(128))),
                       "influencer_id": person["id"], "platform": platform, "handle": handle,
                       "profile_url": f"https://{platform.lower()}.example.com/{handle}",
                       "email": f"{handle}@mail{n % 7}.example.com",
                       "category": rng.choice(CATEGORIES), "status": "active", "notes": ""}
            accounts.append(account)
            for metric in ("followers", "daily_visitors"):
                snapshots.append({
                    "id": str(uuid.UUID(int=rng.getrandbits(128))), "account_id": account["id"],
                    "metric": metric, "value": float(int(rng.lognormvariate(7, 1.5))),
                    "observed_at": (now - timedelta(hours=rng.uniform(0, 96))).isoformat(),
                    "source": "bench"})
    return Dataset(people, accounts, snapshots)


def load_local(store: Store, data: Dataset, page: int = 5000) -> None:
    """Fill a store the way a pull does (same code path, no server)."""
    batch: list[Change] = []
    cursor = 0
    for change in data.changes():
        batch.append(change)
        cursor = change.server_seq
        if len(batch) == page:
            store.apply_changes(ChangesPage(changes=batch, cursor=cursor, more=True))
            batch = []
    store.apply_changes(ChangesPage(changes=batch, cursor=cursor, more=False))


def _timed(fn: Callable[[], Any], repeat: int) -> list[float]:
    fn()  # warm the page cache
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def _like_scan(store: Store, query: SearchQuery) -> Callable[[], Any]:
    """The baseline: LIKE '%q%' over the joined columns, same filters, same page."""
    text = fold(query.text)
    digits = "".join(c for c in text if c.isdigit())
    phone_like = text and all(c.isdigit() or c in " -+()." for c in text)

    def run() -> Any:
        clauses = ["a.deleted_at IS NULL AND i.deleted_at IS NULL"]
        params: list[Any] = []
        if text:
            if phone_like:
                clauses.append("replace(replace(i.phone, '+', ''), '-', '') LIKE ?")
                params.append(f"%{digits}%")
            else:
                clauses.append("(i.name LIKE ? OR a.handle LIKE ? OR a.email LIKE ? OR "
                               "i.tags LIKE ? OR i.notes LIKE ? OR a.notes LIKE ?)")
                params += [f"%{text}%"] * 6
        if query.platform:
            clauses.append("a.platform = ?")
            params.append(query.platform)
        if query.category:
            clauses.append("a.category = ?")
            params.append(query.category)
        for metric, bound in query.metric_min.items():
            clauses.append("EXISTS (SELECT 1 FROM metric_snapshot m WHERE m.account_id = a.id "
                           "AND m.metric = ? AND m.value >= ?)")
            params += [metric, bound]
        where = " AND ".join(clauses)
        with store.snapshot() as conn:
            conn.exec_driver_sql(f"SELECT count(*) FROM account a JOIN influencer i ON "
                                 f"i.id = a.influencer_id WHERE {where}",
                                 tuple(params)).scalar_one()
            conn.exec_driver_sql(f"SELECT a.id, i.name FROM account a JOIN influencer i ON "
                                 f"i.id = a.influencer_id WHERE {where} ORDER BY i.name "
                                 f"LIMIT 100 OFFSET ?", (*params, query.offset)).all()
    return run


QUERIES: list[tuple[str, SearchQuery]] = [
    ("name fragment `emma`", SearchQuery(text="emma")),
    ("Korean fragment `민지`", SearchQuery(text="민지")),
    ("Korean 3 chars `김민지`", SearchQuery(text="김민지")),
    ("phone fragment `1234-5`", SearchQuery(text="1234-5")),
    ("handle `a0123`", SearchQuery(text="a0123")),
    ("filters: B + beauty + followers>=1000", SearchQuery(
        platform="B", category="beauty", metric_min={"followers": 1000})),
    ("text + filter: `kim` on A", SearchQuery(text="kim", platform="A")),
    ("no filter, sort by followers desc", SearchQuery(sort="followers", descending=True)),
    ("no filter, deep page: offset 99,500 by name", SearchQuery(offset=99_500)),
]


def _cold(store: Store, query: SearchQuery) -> Callable[[], Any]:
    """A search as after any write: the store's cached count and order are gone."""
    def run() -> Any:
        store.db.version += 1  # what every commit does
        return store.search(query)
    return run


def _search_section(store: Store, repeat: int) -> str:
    lines = ["| query | matches | p50 ms | p95 ms | next page p50 ms | LIKE p50 ms | LIKE p95 ms "
             "| speed-up (p95) |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for label, query in QUERIES:
        total = store.search(query).total
        ours = _timed(_cold(store, query), repeat)
        store.search(query)
        following = replace(query, offset=query.offset + 100)
        warm = _timed(lambda q=following: store.search(q), repeat)
        base = _timed(_like_scan(store, query), max(5, repeat // 4))
        lines.append(f"| {label} | {total} | {_pct(ours, 50):.1f} | {_pct(ours, 95):.1f} | "
                     f"{_pct(warm, 50):.1f} | {_pct(base, 50):.1f} | {_pct(base, 95):.1f} | "
                     f"{_pct(base, 95) / max(_pct(ours, 95), 1e-6):.1f}x |")
    return "\n".join(lines)


def run(quick: bool) -> str:
    people = 2_000 if quick else 50_000
    repeat = 10 if quick else 60
    data = make_dataset(people)
    out = [f"Dataset: {len(data.influencers):,} influencers, {len(data.accounts):,} accounts, "
           f"{len(data.snapshots):,} metric snapshots (Korean and English names)."]
    with tempfile.TemporaryDirectory(prefix="bench-store-") as tmp:
        store = Store.open(Path(tmp) / "local")
        start = time.perf_counter()
        load_local(store, data)
        load_s = time.perf_counter() - start
        rows = len(data.influencers) + len(data.accounts) + len(data.snapshots)
        out.append(f"\nLocal load through the pull path (no server): {load_s:.1f} s, "
                   f"{rows / load_s:,.0f} rows/s.\n")
        out.append("### Search (page of 100 + total count)\n")
        out.append("p50/p95: a new query (nothing cached: the store's cache of a query's count "
                   "and order is dropped as after any write). *Next page*: the following page of "
                   "the same query, as the window's table asks while scrolling.\n")
        out.append(_search_section(store, repeat))
        store.close()
        out.append(_sync_section(Path(tmp), people))
    return "\n".join(out) + "\n"


def _sync_section(tmp: Path, people: int) -> str:
    """Initial sync from a real server into an empty store, then a no-op sync."""
    import psycopg

    from benchmarks.bench_sync import _seed  # the server's own seeding (same schema rules)
    from desktop.sync import SyncClient, SyncEngine
    from tests.support.postgres import _libpq, fresh_database, postgres_server
    from tests.support.sync_server import running_sync_server

    with postgres_server() as pg, fresh_database(pg, prefix="idesk_bench_store") as db, \
            running_sync_server(db) as server:
        with psycopg.connect(_libpq(db), autocommit=True) as conn:
            counts = _seed(conn, people, 2, 3)
        rows = sum(counts.values())
        token = server.create_token(name="bench")
        store = Store.open(tmp / "synced")
        store.set_server(server.url)
        engine = SyncEngine(store, SyncClient(server.url, token))
        start = time.perf_counter()
        report = engine.sync()
        initial = time.perf_counter() - start
        noop = []
        for _ in range(10):
            start = time.perf_counter()
            engine.sync()
            noop.append((time.perf_counter() - start) * 1000)
        hits = store.search(SearchQuery(text="인플루언서 123")).total
        engine.close()
        store.close()
    return (f"\n### Sync from a real server (loopback, PostgreSQL)\n\n"
            f"Server seeded with {rows:,} rows ({counts}).\n\n"
            f"| measure | value |\n|---|---:|\n"
            f"| initial sync into an empty store (pull + apply + index) | {initial:.1f} s, "
            f"**{report.pulled / initial:,.0f} rows/s** |\n"
            f"| no-op sync (handshake + empty push + empty pull), median | "
            f"{statistics.median(noop):.1f} ms |\n"
            f"| no-op sync, max of 10 | {max(noop):.1f} ms |\n"
            f"| search right after the sync finds `인플루언서 123` | {hits} accounts |\n")
