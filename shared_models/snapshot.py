"""The initial-pull snapshot's wire format (`GET /v1/sync/snapshot`, docs/sync-protocol.md).

Plain data, no pydantic: the server renders it and the desktop parses it. The body is UTF-8
text, one line per row, in PostgreSQL's COPY text format (fields separated by a tab, `\\N`
for NULL, and backslash escapes for backslash, tab, newline, carriage return, backspace,
form feed and vertical tab). Lines starting with `#` frame it:

    #snapshot<TAB>1<TAB><cursor>      the format's version and the pull cursor it reaches
    #<section>                        the rows of one entity follow (SECTIONS' order)
    ...rows...
    #end<TAB><rows>                   the whole snapshot was sent (rows: how many)

A body without its `#end` line was cut off: the desk discards what it read.
"""

from __future__ import annotations

import re

from shared_models.fieldnames import ACCOUNT, INFLUENCER, SNAPSHOT, record_columns

FORMAT_VERSION = 1
MEDIA_TYPE = "text/x-influencer-snapshot"
HEADER = "#snapshot"
END = "#end"
MARK = "#"

ATTACHMENT = "attachment"
LATEST = "latest_metric"  # derived: the newest snapshot of each account and metric

# Each section's columns, in order (the store's record columns, from
# shared_models/fieldnames.py); timestamps in UTC ISO 8601 with microseconds
# (2026-12-03T11:00:00.000000+00:00). Attachments are sent as their pull document (the
# JSON of a `Change`), one column: they are few and the desk applies them as a pull does.
# `latest_metric` is worked out by the server (PostgreSQL, on its own core) from the same
# picture: of each account's metric, the snapshot with the newest `observed_at` (then the
# largest id), in (account_id, metric) order.
COLUMNS: dict[str, tuple[str, ...]] = {
    INFLUENCER: record_columns(INFLUENCER),
    ACCOUNT: record_columns(ACCOUNT),
    ATTACHMENT: ("change_doc",),
    SNAPSHOT: record_columns(SNAPSHOT),
    LATEST: ("account_id", "metric", "value", "observed_at"),
}
SECTIONS = (INFLUENCER, ACCOUNT, ATTACHMENT, SNAPSHOT, LATEST)  # parents before children

_ESCAPED = re.compile(r"\\(.)")
_UNESCAPE = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r", "b": "\b", "f": "\f", "v": "\v"}


def unescape(field: str) -> str:
    """A COPY text field's value (PostgreSQL never writes octal or hex escapes there)."""
    return _ESCAPED.sub(lambda m: _UNESCAPE.get(m.group(1), m.group(1)), field)


def parse_rows(lines: list[str], width: int) -> list[tuple[str | None, ...]]:
    """A section's lines as tuples of `width` fields (str, or None for NULL). A line
    without a backslash has neither escapes nor NULLs: it is only split."""
    rows = [tuple(line.split("\t")) if "\\" not in line else _parse_escaped(line) for line in lines]
    for row in rows:
        if len(row) != width:
            raise ValueError(f"A snapshot row has {len(row)} fields, not {width}.")
    return rows


def _parse_escaped(line: str) -> tuple[str | None, ...]:
    return tuple(None if f == "\\N" else unescape(f) for f in line.split("\t"))
