"""Korean initial-consonant search (issue 19) at 100,000 accounts.

Baseline in the same run: today's plain search for whole syllables (`김민지`, `민지`) on the
same store. Target: p95 <= 20 ms for every query (page of 100 + total count, nothing cached).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.bench_store import _cold, _pct, _timed, load_local, make_dataset
from desktop.store import SearchQuery, Store

BASELINES = [("plain `김민지` (baseline)", "김민지"), ("plain `민지` (baseline)", "민지"),
             ("plain one syllable `이` (baseline, broad)", "이"),
             ("plain English `kim` (baseline, broad)", "kim")]
QUERIES = [
    ("initials `ㄱㅁㅈ`", "ㄱㅁㅈ"),
    ("initials inside a name `ㅁㅈ`", "ㅁㅈ"),
    ("half-typed last syllable `김민ㅈ`", "김민ㅈ"),
    ("syllable + initials `김ㅁㅈ`", "김ㅁㅈ"),
    ("one initial `ㅇ` (broad)", "ㅇ"),
    ("initials + English word `ㄱㅁ kim`", "ㄱㅁ kim"),
]


def run(quick: bool) -> str:
    people = 2_000 if quick else 50_000
    repeat = 10 if quick else 60
    data = make_dataset(people)
    lines = [f"Dataset: {len(data.accounts):,} accounts (bench_store's: half Korean names). "
             "Each query: a page of 100 + the total, the store's cache dropped as after any "
             "write. Ratio: p95 over the p95 of the plain `김민지` search in the same run.\n",
             "| query | matches | p50 ms | p95 ms | p95 / plain `김민지` |",
             "|---|---:|---:|---:|---:|"]
    with tempfile.TemporaryDirectory(prefix="bench-korean-") as tmp:
        store = Store.open(Path(tmp) / "local")
        load_local(store, data)
        # Round-robin: every query is timed in each round, so a busy machine slows them
        # all alike and the ratios stay meaningful.
        queries = [(label, SearchQuery(text=text, limit=100)) for label, text in
                   BASELINES + QUERIES]
        totals = {label: store.search(query).total for label, query in queries}
        times: dict[str, list[float]] = {label: [] for label, _ in queries}
        for _ in range(repeat):
            for label, query in queries:
                times[label] += _timed(_cold(store, query), 1)
        base_p95 = _pct(times[queries[0][0]], 95)
        for label, _ in queries:
            p95 = _pct(times[label], 95)
            lines.append(f"| {label} | {totals[label]} | {_pct(times[label], 50):.1f} | "
                         f"{p95:.1f} | {p95 / max(base_p95, 1e-6):.1f}x |")
        # The "people without accounts" list under the tables: a scan of the people table
        # once per data change (cold: as after any write), then each letter filters it.
        for label, text, cold in (("after a write", "", True), ("typing `ㄱㅁ`", "ㄱㅁ", False)):
            def lookup(t: str = text, c: bool = cold) -> object:
                if c:
                    store.db.version += 1  # what every commit does
                return store.people_without_accounts(t)
            spent = _timed(lookup, repeat)
            lines.append(f"| people without accounts, {label} | "
                         f"{len(store.people_without_accounts(text))} | "
                         f"{_pct(spent, 50):.1f} | {_pct(spent, 95):.1f} | "
                         f"{_pct(spent, 95) / max(base_p95, 1e-6):.1f}x |")
        store.close()
    return "\n".join(lines) + "\n"
