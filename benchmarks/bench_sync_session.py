"""One keep-alive connection per sync session (issue 16) against a fresh connection per
request (the baseline, what the desk did before), both against a real `influencer-sync
serve` process in the same run: the time of a sync's requests (a handshake, an empty
push, a pull page), per request."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

import httpx

from desktop.sync.client import SyncClient
from shared_models.sync import PushRequest
from sync_api import launch
from sync_api.core.db import make_engine, session_scope
from sync_api.core.migrate import upgrade
from sync_api.tokens import create_token
from tests.support.postgres import fresh_database, postgres_server

VARIANTS = {
    "fresh connection per request (baseline)":
        lambda: httpx.HTTPTransport(limits=httpx.Limits(max_keepalive_connections=0)),
    "one keep-alive connection (the desk now)": lambda: httpx.HTTPTransport(),
}


def _session(url: str, token: str, transport: httpx.BaseTransport, syncs: int) -> float:
    """ms per request over `syncs` sync-shaped request rounds."""
    with SyncClient(url, token, transport=transport) as client:
        client.handshake("bench")
        start = time.perf_counter()
        for _ in range(syncs):
            client.handshake("bench")
            client.push(PushRequest(device_id="bench", ops=[]))
            client.changes(0, 100)
        return (time.perf_counter() - start) / (3 * syncs) * 1000


def run(quick: bool) -> str:
    syncs, rounds = (5, 1) if quick else (30, 5)
    with ExitStack() as stack:
        server_url = stack.enter_context(postgres_server())
        database_url = stack.enter_context(fresh_database(server_url, prefix="idesk_bench"))
        upgrade(database_url)
        engine = make_engine(database_url, pool_size=1)
        with session_scope(engine) as session:
            token = create_token(session, "bench", "staff").token
        engine.dispose()
        log = Path(tempfile.gettempdir()) / f"bench-session-{os.getpid()}.log"
        url = stack.enter_context(launch.serving(
            ["--database-url", database_url, "--allowed-networks", "127.0.0.1/32"], log))
        times: dict[str, list[float]] = {name: [] for name in VARIANTS}
        for _ in range(rounds):  # interleaved, so load on the machine hits both alike
            for name, make in VARIANTS.items():
                times[name].append(_session(url, token, make(), syncs))
    base = statistics.median(times[next(iter(VARIANTS))])
    lines = ["Issue 16: one keep-alive connection per sync session, against a real "
             "`influencer-sync serve`.", "",
             "| requests of a sync | median ms / request | ratio to baseline |", "|---|---|---|"]
    for name, found in times.items():
        median = statistics.median(found)
        lines.append(f"| {name} | {median:.1f} | {median / base:.2f}x |")
    return "\n".join(lines)
