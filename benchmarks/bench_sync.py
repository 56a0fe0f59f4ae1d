"""Sync service: initial pull vs PostgreSQL COPY, push throughput, no-op sync time.

A real `influencer-sync serve` process on loopback, a client in this process that parses
every page into dicts (what the desktop does before writing them to SQLite), and in the
same run PostgreSQL's own `COPY (SELECT ...) TO STDOUT` of the same rows: the physical floor
for getting those rows out of the database. Targets (issue 2): pull >= 20 % of COPY's rate;
a no-op sync (handshake + empty push + empty pull) under 50 ms.
"""

from __future__ import annotations

import json
import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import httpx
import psycopg

from desktop.store import Store
from desktop.sync.client import SyncClient
from desktop.sync.engine import SNAPSHOT_CHUNK, SyncEngine
from desktop.sync.snapshot import SnapshotStream
from shared_models.snapshot import LATEST
from shared_models.sync import MAX_CHANGES_PER_PAGE, PROTOCOL_VERSION, SCHEMA_VERSION
from sync_api import launch
from sync_api.core.db import libpq_url, make_engine, session_scope
from sync_api.core.migrate import upgrade
from sync_api.sync.entities import PULL_ORDER, SPECS
from sync_api.tokens import create_token
from tests.support.postgres import fresh_database, postgres_server

FULL = {"influencers": 50_000, "accounts_per": 2, "snapshots_per": 3, "push_ops": 10_000}
QUICK = {"influencers": 1_000, "accounts_per": 2, "snapshots_per": 3, "push_ops": 1_000}
PUSH_BATCH = 500
RUNS = 3


def _seed(conn: psycopg.Connection[Any], influencers: int, accounts_per: int,
          snapshots_per: int) -> dict[str, int]:
    """Fill the tables straight from SQL (server_seq from the real sequence)."""
    conn.execute(
        "INSERT INTO influencer (id, name, name_key, phone, notes, tags, version, "
        " field_versions, server_seq) "
        "SELECT gen_random_uuid(), '인플루언서 ' || g, '인플루언서 ' || g, "
        " '+8210' || lpad(g::text, 8, '0'), 'notes about ' || g, '[\"beauty\", \"travel\"]', 1,"
        " '{\"name\": 1, \"phone\": 1}', nextval('sync_server_seq') "
        "FROM generate_series(1, %s) AS g", (influencers,))
    conn.execute(
        "INSERT INTO account (id, influencer_id, platform, handle, profile_url, email, "
        " category, status, version, field_versions, server_seq) "
        "SELECT gen_random_uuid(), i.id, CASE WHEN k = 1 THEN 'A' ELSE 'B' END, "
        " 'h' || i.server_seq || '_' || k, 'https://a.example.com/h' || i.server_seq, "
        " 'p' || i.server_seq || '@example.com', 'food', 'active', 1, '{}', "
        " nextval('sync_server_seq') "
        "FROM influencer AS i CROSS JOIN generate_series(1, %s) AS k "
        "ORDER BY i.server_seq, k", (accounts_per,))
    conn.execute(
        "INSERT INTO metric_snapshot (id, account_id, metric, value, observed_at, source, "
        " server_seq) "
        "SELECT gen_random_uuid(), a.id, (ARRAY['followers','daily_visitors','post_count'])[k],"
        " (a.server_seq * 7 + k) %% 100000, now() - make_interval(days => k), 'bench', "
        " nextval('sync_server_seq') "
        "FROM account AS a CROSS JOIN generate_series(1, %s) AS k "
        "ORDER BY a.server_seq, k", (snapshots_per,))
    conn.execute("ANALYZE")
    counts = {}
    for entity in PULL_ORDER:
        table = SPECS[entity].table.name
        row = conn.execute(f"SELECT count(*) FROM {table}").fetchone()
        counts[table] = int(row[0]) if row else 0
    return counts


def _copy_floor(conn: psycopg.Connection[Any]) -> tuple[int, float, int]:
    """COPY the same columns of every table to this client; (rows, seconds, bytes)."""
    rows = size = 0
    start = time.perf_counter()
    for entity in PULL_ORDER:
        spec = SPECS[entity]
        meta = ", deleted_at" if spec.versioned else ""
        columns = ", ".join(dict.fromkeys(("server_seq", *spec.data_keys))) + meta
        with conn.cursor().copy(
                f"COPY (SELECT {columns} FROM {spec.table.name} ORDER BY server_seq) "
                "TO STDOUT") as copy:
            for chunk in copy:
                size += len(chunk)
                rows += bytes(chunk).count(b"\n")
    return rows, time.perf_counter() - start, size


@contextmanager
def _serve(database_url: str) -> Iterator[str]:
    """A real `influencer-sync serve` process (its own interpreter, as in production)."""
    log = Path(tempfile.gettempdir()) / f"bench-serve-{os.getpid()}.log"
    with launch.serving(["--database-url", database_url, "--allowed-networks",
                         "127.0.0.1/32"], log) as url:
        yield url


def _pull_all(client: httpx.Client, page_size: int) -> tuple[int, float, int, int]:
    """Pull everything, parsing each page into dicts; (rows, seconds, pages, bytes)."""
    since, rows, pages, size = 0, 0, 0, 0
    start = time.perf_counter()
    while True:
        response = client.get("/v1/sync/changes", params={"since": since, "limit": page_size})
        response.raise_for_status()
        size += len(response.content)
        page = json.loads(response.content)
        changes: list[dict[str, Any]] = page["changes"]
        rows += len(changes)
        pages += 1
        since = page["cursor"]
        if not page["more"]:
            return rows, time.perf_counter() - start, pages, size


def _read_snapshot(client: httpx.Client) -> tuple[int, float, int]:
    """The first pull's transfer alone: the snapshot streamed and split into rows, as the
    desk reads it, written nowhere; (rows, seconds, bytes)."""
    start = time.perf_counter()
    size = 0

    def counted(chunks: Iterator[bytes]) -> Iterator[bytes]:
        nonlocal size
        for chunk in chunks:
            size += len(chunk)
            yield chunk

    with client.stream("GET", "/v1/sync/snapshot") as response:
        response.raise_for_status()
        stream = SnapshotStream(counted(response.iter_raw(SNAPSHOT_CHUNK)))
        rows = sum(len(batch) for section, batch in stream if section != LATEST)
    assert stream.complete
    return rows, time.perf_counter() - start, size


def _pull_into_store(url: str, token: str, use_snapshot: bool = True) -> tuple[int, float]:
    """A first sync of an empty desk, as the app does it (the engine, its client, the
    store: every row written, indexed and searchable); (rows, seconds). `use_snapshot`:
    the bulk path (the server's snapshot), else page by page as before issue 15."""
    with tempfile.TemporaryDirectory() as data_dir, Store.open(data_dir) as store:
        engine = SyncEngine(store, SyncClient(url, token), use_snapshot=use_snapshot)
        try:
            start = time.perf_counter()
            report = engine.sync()
            seconds = time.perf_counter() - start
        finally:
            engine.close()
        return report.pulled, seconds


def _push_ops(n: int) -> list[dict[str, Any]]:
    """A desk's typical outbox: new influencers with an account each, then edits."""
    ops: list[dict[str, Any]] = []
    people = n // 4
    ids = [str(uuid.uuid4()) for _ in range(people)]
    for i, rid in enumerate(ids):
        ops.append({"op_id": str(uuid.uuid4()), "entity": "influencer", "id": rid,
                    "fields": {"name": f"Pushed {i}", "phone": f"010{50000000 + i:08d}",
                               "tags": ["new"]}})
        ops.append({"op_id": str(uuid.uuid4()), "entity": "account", "id": str(uuid.uuid4()),
                    "fields": {"influencer_id": rid, "platform": "B", "handle": f"pushed.{i}"}})
    for i, rid in enumerate(ids):
        ops.append({"op_id": str(uuid.uuid4()), "entity": "influencer", "id": rid,
                    "base_version": 1, "fields": {"notes": f"edited {i}"}})
    while len(ops) < n:
        rid = ids[len(ops) % people]
        ops.append({"op_id": str(uuid.uuid4()), "entity": "influencer", "id": rid,
                    "base_version": 2, "fields": {"tags": ["new", "edited"]}})
    return ops


def _push(client: httpx.Client, ops: list[dict[str, Any]]) -> tuple[float, dict[str, int]]:
    statuses: dict[str, int] = {}
    start = time.perf_counter()
    for i in range(0, len(ops), PUSH_BATCH):
        response = client.post("/v1/sync/push",
                                json={"device_id": "bench", "ops": ops[i:i + PUSH_BATCH]})
        response.raise_for_status()
        for result in response.json()["results"]:
            statuses[result["status"]] = statuses.get(result["status"], 0) + 1
    return time.perf_counter() - start, statuses


def _noop_sync(client: httpx.Client, cursor: int, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        client.post("/v1/sync/handshake", json={
            "protocol_version": PROTOCOL_VERSION, "schema_version": SCHEMA_VERSION,
            "device_id": "bench"}).raise_for_status()
        client.post("/v1/sync/push", json={"device_id": "bench", "ops": []}).raise_for_status()
        page = client.get("/v1/sync/changes", params={"since": cursor}).json()
        assert page["changes"] == []
        times.append(time.perf_counter() - start)
    return times


def run(quick: bool) -> str:
    sizes = QUICK if quick else FULL
    with ExitStack() as stack:
        server_url = stack.enter_context(postgres_server())
        database_url = stack.enter_context(fresh_database(server_url, prefix="idesk_bench"))
        upgrade(database_url)
        copy_conn = stack.enter_context(psycopg.connect(libpq_url(database_url),
                                                        autocommit=True))
        t0 = time.perf_counter()
        counts = _seed(copy_conn, sizes["influencers"], sizes["accounts_per"],
                       sizes["snapshots_per"])
        seed_s = time.perf_counter() - t0
        engine = make_engine(database_url, pool_size=1)
        with session_scope(engine) as session:
            token = create_token(session, "bench", "staff").token
        engine.dispose()
        url = stack.enter_context(_serve(database_url))
        client = stack.enter_context(httpx.Client(
            base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=120))
        _copy_floor(copy_conn)  # warm both paths: the comparison is of memory, not disk
        _pull_all(client, MAX_CHANGES_PER_PAGE)
        # COPY and pull alternate, so both see the same machine load; best of each.
        copies, pulls = [], []
        for _ in range(RUNS):
            copies.append(_copy_floor(copy_conn))
            pulls.append(_pull_all(client, MAX_CHANGES_PER_PAGE))
        copy_rows, copy_s, copy_bytes = min(copies, key=lambda r: r[1])
        pull_rows, pull_s, pages, pull_bytes = min(pulls, key=lambda r: r[1])
        pair_ratios = [(p[0] / p[1]) / (c[0] / c[1]) for c, p in zip(copies, pulls, strict=True)]
        snaps = []  # the snapshot's transfer alone, each beside a COPY
        for _ in range(RUNS):
            snaps.append((_copy_floor(copy_conn), _read_snapshot(client)))
        snap_copy, snap = min(snaps, key=lambda s: s[1][1])
        assert snap[0] == pull_rows, (snap[0], pull_rows)
        total = sum(counts.values())
        assert pull_rows == total == copy_rows, (pull_rows, total, copy_rows)
        # Into a local store (the slow side), each beside a COPY of the same rows: the
        # bulk path twice (best of two), the page by page path once, for reference.
        bulk = []
        for _ in range(2):
            bulk.append((_copy_floor(copy_conn), _pull_into_store(url, token)))
        store_copy, (store_rows, store_s) = min(bulk, key=lambda b: b[1][1])
        assert store_rows == total, (store_rows, total)
        paged_copy = _copy_floor(copy_conn)
        paged_rows, paged_s = _pull_into_store(url, token, use_snapshot=False)
        assert paged_rows == total, (paged_rows, total)

        ops = _push_ops(sizes["push_ops"])
        push_s, statuses = _push(client, ops)
        cursor = client.get("/v1/sync/changes",
                            params={"since": 0, "limit": 1}).json()["cursor"]
        cursor = _drain_cursor(client, cursor)
        noop = _noop_sync(client, cursor, runs=30)

    copy_rate = copy_rows / copy_s
    pull_rate = pull_rows / pull_s
    ratio = pull_rate / copy_rate
    store_rate = store_rows / store_s
    store_ratio = store_rate / (store_copy[0] / store_copy[1])
    paged_ratio = (paged_rows / paged_s) / (paged_copy[0] / paged_copy[1])
    snap_ratio = (snap[0] / snap[1]) / (snap_copy[0] / snap_copy[1])
    bulk_ratios = ", ".join(f"{(p[0] / p[1]) / (c[0] / c[1]):.0%}" for c, p in bulk)
    noop_median = statistics.median(noop) * 1000
    noop_p95 = sorted(noop)[int(len(noop) * 0.95) - 1] * 1000
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    status_text = ", ".join(f"{k} {v}" for k, v in sorted(statuses.items()))
    return "\n".join([
        f"Data: {counts['influencer']:,} influencers, {counts['account']:,} accounts, "
        f"{counts['metric_snapshot']:,} metric snapshots ({total:,} rows; seeded in "
        f"{seed_s:.1f} s). Server: `influencer-sync serve` (uvicorn, one process) on "
        "loopback; client: httpx, every page parsed with `json.loads` into dicts. "
        f"COPY and pull alternate {RUNS} times after a warm-up; best of each. Load average "
        f"during the run: {load}.",
        "",
        "| measurement | result | baseline / target |",
        "|---|---|---|",
        f"| initial pull, {pages} pages of {MAX_CHANGES_PER_PAGE:,} | **{pull_rate:,.0f} rows/s** "
        f"({pull_s:.2f} s, {pull_bytes / 1e6:.0f} MB of JSON) | COPY TO STDOUT "
        f"{copy_rate:,.0f} rows/s ({copy_s:.2f} s, {copy_bytes / 1e6:.0f} MB) |",
        f"| pull / COPY ratio (best runs) | **{ratio:.0%}** (run pairs: "
        f"{', '.join(f'{r:.0%}' for r in pair_ratios)}) | target >= 20% "
        f"({'met' if ratio >= 0.2 else 'MISSED'}) |",
        f"| snapshot transfer alone (streamed and split into rows, not stored; best of {RUNS}) | "
        f"{snap[0] / snap[1]:,.0f} rows/s ({snap[1]:.2f} s, {snap[2] / 1e6:.0f} MB) | COPY "
        f"beside it {snap_copy[0] / snap_copy[1]:,.0f} rows/s: {snap_ratio:.0%} |",
        f"| initial pull into a local store (a first sync: engine, client, snapshot, store's "
        f"bulk path; best of 2) | **{store_rate:,.0f} rows/s** ({store_s:.2f} s) | COPY TO "
        f"STDOUT beside it {store_copy[0] / store_copy[1]:,.0f} rows/s: **{store_ratio:.0%}** "
        f"(runs: {bulk_ratios}; target >= 35%: "
        f"{'met' if store_ratio >= 0.35 else 'MISSED'}) |",
        f"| the same, page by page (before issue 15; a server without the snapshot) | "
        f"{paged_rows / paged_s:,.0f} rows/s ({paged_s:.2f} s) | COPY beside it "
        f"{paged_copy[0] / paged_copy[1]:,.0f} rows/s: {paged_ratio:.0%} |",
        f"| push {len(ops):,} ops in batches of {PUSH_BATCH} | {len(ops) / push_s:,.0f} ops/s "
        f"({push_s:.2f} s; {status_text}) | - |",
        f"| no-op sync (handshake + empty push + empty pull) | median {noop_median:.1f} ms, "
        f"p95 {noop_p95:.1f} ms | target < 50 ms "
        f"({'met' if noop_median < 50 else 'MISSED'}) |",
    ])


def _drain_cursor(client: httpx.Client, since: int) -> int:
    while True:
        page = client.get("/v1/sync/changes",
                          params={"since": since, "limit": MAX_CHANGES_PER_PAGE}).json()
        since = page["cursor"]
        if not page["more"]:
            return since
