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

from shared_models.sync import MAX_CHANGES_PER_PAGE
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


def changes_page(conn: Connection, since: int, limit: int) -> Page:
    """The changes with server_seq > since (at most `limit`), as a ChangesPage JSON body."""
    limit = max(1, min(limit, MAX_CHANGES_PER_PAGE))
    rows = conn.execute(_PAGE_SQL, {"since": since, "n": limit + 1}).all()
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = rows[-1][0] if rows else since
    docs = ",".join(row[1] for row in rows)
    body = f'{{"changes":[{docs}],"cursor":{cursor},"more":{"true" if more else "false"}}}'
    return Page(body.encode(), len(rows), cursor, more)
