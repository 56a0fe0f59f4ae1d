"""The initial-pull snapshot: every record as PostgreSQL's COPY writes it, streamed.

A desk that has never synced would otherwise pull page after page of JSON change documents.
Here the server runs one COPY per entity inside one REPEATABLE READ transaction (one
consistent picture of the database) and relays PostgreSQL's own text rows: no JSON is
built, parsed or validated per row on either side. The cursor it reports is the largest
`server_seq` in that picture; writers commit in `server_seq` order (push.py takes one
advisory lock before drawing any), so the picture holds every change up to the cursor and
an incremental pull from it misses nothing. Format: shared_models/snapshot.py.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import Engine

from shared_models.snapshot import (
    ATTACHMENT,
    COLUMNS,
    END,
    FORMAT_VERSION,
    HEADER,
    LATEST,
    MARK,
    SECTIONS,
)
from sync_api.sync.entities import SPECS, Entity

CHUNK_BYTES = 256 * 1024  # bytes handed to the web server at a time
_TABLES = {section: SPECS[Entity(section)].table.name for section in SECTIONS if section != LATEST}
_TIMESTAMPS = frozenset({"created_at", "updated_at", "deleted_at", "observed_at"})


def _column(name: str) -> str:
    if name in _TIMESTAMPS:  # the desk's stored form (desktop/store/models.py `ts`)
        return f"to_char({name} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"+00:00\"')"
    if name == "tags":
        return "tags::text"
    return name


def section_sql(section: str) -> str:
    """The COPY statement of one section, in id order (the desk's primary key order)."""
    if section == ATTACHMENT:
        select = "SELECT change_doc FROM attachment"
    elif section == LATEST:
        return (
            f"COPY (SELECT DISTINCT ON (account_id, metric) "
            f"{', '.join(_column(c) for c in COLUMNS[LATEST])} FROM metric_snapshot "
            "ORDER BY account_id, metric, observed_at DESC, id DESC) TO STDOUT"
        )
    else:
        select = f"SELECT {', '.join(_column(c) for c in COLUMNS[section])} FROM {_TABLES[section]}"
    return f"COPY ({select} ORDER BY id) TO STDOUT"


_CURSOR_SQL = (
    "SELECT greatest(0, "
    + ", ".join(f"(SELECT max(server_seq) FROM {table})" for table in _TABLES.values())
    + ")"
)


def snapshot_body(engine: Engine) -> Iterator[bytes]:
    """The snapshot's body, a chunk at a time (the connection is held until the end)."""
    raw = engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert conn is not None
        with conn.cursor() as cur:
            cur.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            cur.execute(_CURSOR_SQL)
            row = cur.fetchone()
            cursor = int(row[0] or 0) if row else 0
            buffer = bytearray(f"{HEADER}\t{FORMAT_VERSION}\t{cursor}\n".encode())
            rows = 0
            for section in SECTIONS:
                buffer += f"{MARK}{section}\n".encode()
                with cur.copy(section_sql(section)) as copy:
                    for data in copy:
                        buffer += data
                        if len(buffer) >= CHUNK_BYTES:
                            rows += buffer.count(b"\n")
                            yield bytes(buffer)
                            buffer.clear()
            rows += buffer.count(b"\n")
            rows -= 1 + len(SECTIONS)  # the header and section lines
            buffer += f"{END}\t{rows}\n".encode()
            yield bytes(buffer)
    finally:
        raw.rollback()
        raw.close()
