"""Pull: every change after a cursor, in `server_seq` order, as one ready-made JSON page.

Each row carries its change already rendered as JSON (`change_doc`, kept by a trigger, see
migration 0002), so neither database nor service builds JSON per row per pull: a page is one
index-ordered query whose documents are joined into the body. One statement sees one
snapshot, and writers commit in sequence order (see push.py), so the snapshot never holds a
change N+1 without change N.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from shared_models.sync import MAX_CHANGES_PER_PAGE, MAX_PAGE_BYTES
from sync_api.sync.entities import PULL_ORDER, SPECS

# Each table's rows after the cursor come off its server_seq index already in order; the
# Merge Append reads them lazily, so a page touches about `limit` rows however the entities
# interleave. One extra row tells whether there is more.
_PAGE_SQL = text(
    "SELECT server_seq, change_doc FROM ("
    + " UNION ALL ".join(
        f"(SELECT server_seq, change_doc FROM {SPECS[e].table.name} "
        f"WHERE server_seq > :since ORDER BY server_seq LIMIT :n)" for e in PULL_ORDER)
    + ") AS c ORDER BY server_seq LIMIT :n")


@dataclass(frozen=True)
class Page:
    body: bytes  # a ChangesPage as JSON
    count: int
    cursor: int
    more: bool


def changes_page(conn: Connection, since: int, limit: int,
                 max_bytes: int = MAX_PAGE_BYTES) -> Page:
    """The changes with server_seq > since (at most `limit` and, past the first change,
    about `max_bytes` of JSON), as a ChangesPage JSON body."""
    limit = max(1, min(limit, MAX_CHANGES_PER_PAGE))
    rows = conn.execute(_PAGE_SQL, {"since": since, "n": limit + 1}).all()
    more = len(rows) > limit
    rows = rows[:limit]
    docs = [row[1].encode() for row in rows]  # once each: the body is these bytes joined
    kept = within_bytes(docs, max_bytes)
    if kept < len(rows):
        rows, docs, more = rows[:kept], docs[:kept], True
    cursor = rows[-1][0] if rows else since
    body = (b'{"changes":[' + b",".join(docs) + b'],"cursor":' + str(cursor).encode()
            + b',"more":' + (b"true" if more else b"false") + b"}")
    return Page(body, len(rows), cursor, more)


def within_bytes(docs: list[bytes], max_bytes: int) -> int:
    """How many of `docs` fit in `max_bytes` (at least one, so a pull always moves on)."""
    total = 0
    for n, doc in enumerate(docs):
        total += len(doc) + 1
        if total > max_bytes and n > 0:
            return n
    return len(docs)
