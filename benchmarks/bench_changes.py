"""Issue 20: the reviewable dry run, undo of a large import, history reads.

- Dry run of a 100,000-row workbook against a store that holds 50,000 of its people (the
  file changes their notes and category: 50,000 updates). Baseline, same run, same store:
  the plain dry run (validate + plan + the counts, what `--dry-run` printed before issue 20).
  Ours: the same plus the per-row plan with every field's old and new value, as the JSON
  `--dry-run --json` prints. Target: within 1.5x.
- Undo of a 100,000-row import (100,000 people, 200,000 accounts created). Target: < 60 s.
- History reads for one record over HTTP (`POST /v1/history`) with 1,000,000 history rows
  on the server (10,000 records x 100 entries). Target: p95 < 50 ms.

Each desktop task runs in its own process (python -m benchmarks.bench_changes TASK ...).
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import psycopg

from benchmarks.bench_excel import make_workbook

ROUNDS = 2  # alternating rounds of each side (the machine is shared)


# -- the measured tasks (each runs in a child process) -------------------------------------

def task_seed(path: str, data_dir: str) -> dict[str, float]:
    from desktop.excel import run_import
    from desktop.excel.importing.sinks import wait_for_writers
    from desktop.store import Store

    with Store.open(data_dir) as store:
        start = time.perf_counter()
        result = run_import(Path(path), store)
        seconds = time.perf_counter() - start
        wait_for_writers()
        return {"seconds": seconds, "batch": 0.0 if result.batch_id is None else 1.0}


def task_dry_run(path: str, data_dir: str, with_rows: str) -> dict[str, float]:
    from desktop.excel import ImportPipeline
    from desktop.store import Store

    with Store.open(data_dir) as store:
        start = time.perf_counter()
        result = ImportPipeline(store).run(Path(path), dry_run=True)
        body = json.dumps(result.to_json() if with_rows == "1"
                          else result.summary_json(),  # what the dry run printed before
                          ensure_ascii=False)
        seconds = time.perf_counter() - start
    updated = sum(1 for row in result.to_json()["plan"]  # type: ignore[union-attr]
                  if row["action"] == "update")
    return {"seconds": seconds, "bytes": float(len(body)), "updated_rows": float(updated)}


def task_undo(data_dir: str) -> dict[str, float]:
    from desktop.changes.undo import undo_batch
    from desktop.store import Store

    with Store.open(data_dir) as store:
        start = time.perf_counter()
        result = undo_batch(store)
        seconds = time.perf_counter() - start
        return {"seconds": seconds, "influencers": float(result.deleted["influencer"]),
                "accounts": float(result.deleted["account"]),
                "skipped": float(len(result.skipped))}


def _child(task: str, *args: str) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-m", "benchmarks.bench_changes", task, *args],
                          check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _median(runs: list[dict[str, float]]) -> dict[str, float]:
    return sorted(runs, key=lambda r: r["seconds"])[len(runs) // 2]


# -- the history read (server) -------------------------------------------------------------

def history_reads(records: int, per_record: int, reads: int) -> dict[str, float]:
    from sync_api.core.db import libpq_url
    from tests.support.postgres import fresh_database, postgres_server
    from tests.support.sync_server import running_sync_server

    with postgres_server() as server_url, fresh_database(server_url) as url, \
            running_sync_server(url) as server:
        with psycopg.connect(libpq_url(url), autocommit=True) as conn:
            start = time.perf_counter()
            conn.execute(
                "INSERT INTO change_history (entity, record_id, action, field, old_value, "
                " new_value, changed_at, actor, device_id) "
                "SELECT 'influencer', r.id, 'update', 'notes', to_jsonb('old ' || k), "
                " to_jsonb('new ' || k), now() - make_interval(secs => k), 'staff-' || (k %% 7), "
                " 'desk-' || (k %% 3) "
                "FROM (SELECT gen_random_uuid() AS id FROM generate_series(1, %s)) AS r "
                "CROSS JOIN generate_series(1, %s) AS k", (records, per_record))
            conn.execute("ANALYZE change_history")
            seeded = time.perf_counter() - start
            total = conn.execute("SELECT count(*) FROM change_history").fetchone()[0]
            ids = [str(r[0]) for r in conn.execute(
                "SELECT DISTINCT record_id FROM change_history LIMIT 2000")]
        token = server.create_token(name="bench")
        times = []
        with httpx.Client(base_url=server.url, timeout=30,
                          headers={"Authorization": f"Bearer {token}"}) as http:
            for n in range(reads + 20):
                record = random.choice(ids)
                start = time.perf_counter()
                response = http.post("/v1/history", json={"record_ids": [record]})
                elapsed = time.perf_counter() - start
                assert response.status_code == 200 and len(response.json()["entries"]) == \
                    per_record
                if n >= 20:  # warm-up
                    times.append(elapsed * 1000)
    times.sort()
    return {"rows": float(total), "seed_s": seeded, "p50": statistics.median(times),
            "p95": times[int(len(times) * 0.95) - 1], "max": times[-1], "reads": len(times)}


def run(quick: bool) -> str:
    rows = 5_000 if quick else 100_000
    stored = rows // 2
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        first_half = root / "stored.xlsx"
        make_workbook(first_half, stored)
        book = root / "influencers.xlsx"
        make_workbook(book, rows)
        # The stored half then gets other notes and categories from the file: rewrite the
        # first half's notes so every one of those rows updates a stored value.
        _child("seed", str(first_half), str(root / "store"))
        plain, ours = [], []
        changed = root / "changed.xlsx"
        _changed_workbook(book, changed, stored)
        for _ in range(1 if quick else ROUNDS):
            plain.append(_child("dry_run", str(changed), str(root / "store"), "0"))
            ours.append(_child("dry_run", str(changed), str(root / "store"), "1"))
            print(f"dry run plain {plain[-1]} / with rows {ours[-1]}", file=sys.stderr)
        fresh = root / "fresh"
        imported = _child("seed", str(book), str(fresh))
        undone = _child("undo", str(fresh))
        print(f"import {imported} undo {undone}", file=sys.stderr)
    history = history_reads(1_000 if quick else 10_000, 100, 200 if quick else 1000)
    print(f"history {history}", file=sys.stderr)
    base, mine = _median(plain), _median(ours)
    ratio = mine["seconds"] / base["seconds"]
    load = os.getloadavg()[0]
    return "\n".join([
        f"Workbook: {rows:,} rows x 8 columns; the store holds the first {stored:,} rows' "
        f"people, and the file gives each of them other notes ({mine['updated_rows']:,.0f} "
        f"rows update a stored record). Median of {len(plain)} alternating rounds, each task "
        f"in its own process. Load average at the end: {load:.1f} on {os.cpu_count()} cores.",
        "",
        "| measure | value | target |",
        "|---|---:|---:|",
        f"| plain dry run (validate, plan, counts: the baseline) | {base['seconds']:.1f} s | |",
        f"| dry run with every row's old/new values as JSON ({mine['bytes'] / 2**20:.0f} MB) "
        f"| {mine['seconds']:.1f} s | |",
        f"| ratio | **{ratio:.2f}x** | <= 1.5x: {'met' if ratio <= 1.5 else 'NOT met'} |",
        f"| import of {rows:,} rows (for the undo) | {imported['seconds']:.1f} s | |",
        f"| **undo** of that import ({undone['influencers']:,.0f} people, "
        f"{undone['accounts']:,.0f} accounts deleted, {undone['skipped']:.0f} skipped) | "
        f"{undone['seconds']:.1f} s | < 60 s: {'met' if undone['seconds'] < 60 else 'NOT met'} |",
        f"| history read of one record, {history['rows']:,.0f} history rows on the server, "
        f"HTTP included ({history['reads']} reads): p50 / p95 / max | {history['p50']:.1f} / "
        f"**{history['p95']:.1f}** / {history['max']:.1f} ms | p95 < 50 ms: "
        f"{'met' if history['p95'] < 50 else 'NOT met'} |",
    ])


def _changed_workbook(source: Path, target: Path, stored: int) -> None:
    """The workbook with new notes on the rows whose people are stored."""
    import openpyxl
    import xlsxwriter

    book = openpyxl.load_workbook(source, read_only=True)
    out = xlsxwriter.Workbook(str(target), {"constant_memory": True, "strings_to_urls": False})
    sheet = out.add_worksheet("명단")
    for n, row in enumerate(book.active.iter_rows(values_only=True)):
        values = ["" if v is None else v for v in row]
        if 1 <= n <= stored:
            values[4] = f"새 메모 {n}"  # notes
        sheet.write_row(n, 0, values)
    out.close()


if __name__ == "__main__":
    name, *arguments = sys.argv[1:]
    print(json.dumps(globals()[f"task_{name}"](*arguments)))
