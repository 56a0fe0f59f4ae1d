"""Pull: every change after a cursor, in `server_seq` order, as one ready-made JSON page.

Each row carries its change already rendered as JSON (`change_doc`, kept by a trigger, see
migration 0002); PostgreSQL joins a page's documents (`string_agg`), so neither database nor
service builds JSON per row per pull, and the page leaves the service as one string. Both
queries run in one REPEATABLE READ snapshot. Writers commit in sequence order (see push.py),
so the snapshot never holds a change N+1 without change N.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from shared_models.sync import MAX_CHANGES_PER_PAGE
from sync_api.sync.entities import PULL_ORDER, SPECS

_SEQS_SQL = text(
    "SELECT server_seq FROM ("
    + " UNION ALL ".join(
        f"(SELECT server_seq FROM {SPECS[e].table.name} WHERE server_seq > :since "
        f"ORDER BY server_seq LIMIT :n)" for e in PULL_ORDER)
    + ") AS s ORDER BY server_seq LIMIT :n")

_PAGE_SQL = text(
    "SELECT coalesce(string_agg(change_doc, ',' ORDER BY server_seq), '') FROM ("
    + " UNION ALL ".join(
        f"SELECT server_seq, change_doc FROM {SPECS[e].table.name} "
        f"WHERE server_seq > :since AND server_seq <= :upto" for e in PULL_ORDER)
    + ") AS c")


@dataclass(frozen=True)
class Page:
    body: bytes  # a ChangesPage as JSON
    count: int
    cursor: int
    more: bool


def changes_page(conn: Connection, since: int, limit: int) -> Page:
    """The changes with server_seq > since (at most `limit`), as a ChangesPage JSON body.

    Run it inside a REPEATABLE READ transaction so both queries see one snapshot.
    """
    limit = max(1, min(limit, MAX_CHANGES_PER_PAGE))
    seqs = conn.execute(_SEQS_SQL, {"since": since, "n": limit + 1}).scalars().all()
    more = len(seqs) > limit
    seqs = seqs[:limit]
    if not seqs:
        return Page(f'{{"changes":[],"cursor":{since},"more":false}}'.encode(), 0, since, False)
    cursor = seqs[-1]
    docs = conn.execute(_PAGE_SQL, {"since": since, "upto": cursor}).scalar_one()
    body = f'{{"changes":[{docs}],"cursor":{cursor},"more":{"true" if more else "false"}}}'
    return Page(body.encode(), len(seqs), cursor, more)
