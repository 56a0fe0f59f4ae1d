"""Issue 17: what the wire bounds cost on the two hot paths they touch.

- Push validation: `normalize_fields` of typical creates (a person with tags and notes, an
  account with a profile URL, a metric snapshot) with every bound, against the same records
  cleaned by the rules' normalisers alone (what the service did before: no NUL/surrogate
  check, no date, metric, tag or URL bounds). Pure Python, no database: the ratio is the
  added cost per op.
- Pull page assembly: the page body built from per-change bytes with the byte cap, against
  the previous single string join of the same documents.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from typing import Any

from shared_models.records import Entity, field_rules
from shared_models.rules import Context
from shared_models.validation import normalize_fields
from sync_api.sync.pull import within_bytes

RUNS = 5


def _records(n: int) -> list[tuple[Entity, dict[str, Any]]]:
    out: list[tuple[Entity, dict[str, Any]]] = []
    for i in range(n):
        out.append((Entity.INFLUENCER, {"name": f"김민지 {i}", "phone": "010-1234-5678",
                                        "tags": ["뷰티", "여행", f"t{i % 50}"],
                                        "notes": "메모 " * 40}))
        out.append((Entity.ACCOUNT, {"influencer_id": str(uuid.uuid4()), "platform": "A",
                                     "handle": f"kim_{i}", "email": f"k{i}@naver.com",
                                     "profile_url": f"https://a.example.com/kim_{i}",
                                     "category": "beauty"}))
        out.append((Entity.METRIC_SNAPSHOT, {"account_id": str(uuid.uuid4()),
                                             "metric": "followers", "value": 1000 + i,
                                             "observed_at": "2024-05-01T09:30:00+09:00"}))
    return out


def _bounded(records: list[tuple[Entity, dict[str, Any]]]) -> None:
    for entity, fields in records:
        normalize_fields(entity, fields, creating=True)


def _normalisers_only(records: list[tuple[Entity, dict[str, Any]]]) -> None:
    """The baseline: each field through its rule's normaliser, no bounds around it."""
    for entity, fields in records:
        rules = field_rules(entity)
        context = Context(platform=None)
        for name, value in fields.items():
            if name == "profile_url":
                continue  # was a plain text field: cleaned like `category`
            if name == "handle":
                context = Context(platform=fields["platform"])
            rules[name].normalize(value, context)
        if "profile_url" in fields:
            rules["category"].normalize(fields["profile_url"], context)


def _best(fn: Callable[[], Any]) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def _docs(n: int) -> list[str]:
    return [json.dumps({"entity": "influencer", "id": str(uuid.uuid4()), "server_seq": i,
                        "version": 1, "data": {"name": f"김민지 {i}", "notes": "메모 " * 30}},
                       ensure_ascii=False) for i in range(n)]


def _page_before(docs: list[str]) -> bytes:
    body = f'{{"changes":[{",".join(docs)}],"cursor":1,"more":false}}'
    return body.encode()


def _page_now(docs: list[str]) -> bytes:
    encoded = [d.encode() for d in docs]
    kept = within_bytes(encoded, 4 * 1024 * 1024)
    return (b'{"changes":[' + b",".join(encoded[:kept]) + b'],"cursor":1,"more":'
            + (b"true" if kept < len(encoded) else b"false") + b"}")


def run(quick: bool) -> str:
    n = 300 if quick else 5000
    records = _records(n)
    _bounded(records)  # warm caches (phone patterns, e-mail domains)
    bounded = _best(lambda: _bounded(records))
    baseline = _best(lambda: _normalisers_only(records))
    docs = _docs(n)
    before = _best(lambda: _page_before(docs))
    now = _best(lambda: _page_now(docs))
    ops = len(records)
    return "\n".join([
        f"Pure Python, best of {RUNS}; {ops:,} ops ({n:,} each of person, account, snapshot);"
        f" a pull page of {n:,} changes ({len(_page_now(docs)) / 1e6:.1f} MB).",
        "",
        "| measurement | result | baseline |",
        "|---|---|---|",
        f"| push validation with every wire bound | **{ops / bounded:,.0f} ops/s** "
        f"({bounded * 1e6 / ops:.1f} µs/op) | normalisers alone {ops / baseline:,.0f} ops/s "
        f"(ratio {bounded / baseline:.2f}x) |",
        f"| pull page assembly with the byte cap | **{now * 1e3:.1f} ms** | one string join "
        f"{before * 1e3:.1f} ms (ratio {now / before:.2f}x) |",
    ])
