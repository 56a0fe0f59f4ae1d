"""Search over accounts and their influencers: text, filters, sort, paging.

Everything reads the denormalised `search_row` table (see searchindex.py): text terms of
three or more characters go through the trigram index, one- and two-character non-Latin
fragments (`민지`) through the gram index, other short fragments scan the documents. Every
term must match (AND). Filters and the common sort keys are indexed columns of search_row;
only the page's rows are then read from the account and influencer tables.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import timedelta
from typing import Any
from uuid import UUID

from sqlalchemy.engine import Connection

from desktop.store.db import Database
from desktop.store.metrics import latest_for
from desktop.store.models import AccountRow, SearchQuery, SearchResult, parse_ts, ts, utc_now
from desktop.store.searchindex import METRIC_COLUMNS, SEP, fold, query_terms
from shared_models.errors import InvalidValue
from shared_models.platforms import parse_platform

# Sort keys read from search_row (indexed where it matters) or, for the rare ones, from the
# account/influencer row.
SORT_COLUMNS: dict[str, str] = {
    "name": "s.name",
    "phone": "s.phone",
    "platform": "s.platform",
    "handle": "s.handle",
    "email": "s.email",
    "category": "s.category",
    "status": "s.status",
    "tags": "s.tags",
    "updated_at": "s.updated_at",
    "deleted_at": "s.deleted_at",
    "id": "(SELECT id FROM account WHERE rid = s.rid)",
    "influencer_id": "(SELECT influencer_id FROM account WHERE rid = s.rid)",
    "profile_url": "(SELECT profile_url FROM account WHERE rid = s.rid)",
    "notes": "(SELECT notes FROM account WHERE rid = s.rid)",
    "created_at": "(SELECT created_at FROM account WHERE rid = s.rid)",
    "influencer_notes": "(SELECT i.notes FROM account a JOIN influencer i "
                        "ON i.id = a.influencer_id WHERE a.rid = s.rid)",
}

_ROW_COLUMNS = ("a.id, a.influencer_id, i.name, i.phone, a.platform, a.handle, a.profile_url, "
                "a.email, a.category, a.status, i.tags, a.notes, "
                "coalesce(a.deleted_at, i.deleted_at), i.notes")
_PAGE = 1000


def _metric_name(name: str) -> str:
    if not name or not all(c.isalnum() or c == "_" for c in name):
        raise InvalidValue("metric", name, f"'{name}' is not a metric name.")
    return name


def _metric_value(metric: str) -> str:
    """The SQL for an account's latest value of `metric` (a column for the known ones)."""
    column = METRIC_COLUMNS.get(metric)
    if column is not None:
        return f"s.{column}"
    return ("(SELECT m.value FROM latest_metric m JOIN account a ON a.id = m.account_id "
            f"WHERE a.rid = s.rid AND m.metric = '{_metric_name(metric)}')")


def _where(query: SearchQuery) -> tuple[str, list[Any]]:
    terms = query_terms(query.text)
    # '+' keeps SQLite from driving the query from a column's index: never for `live`
    # (nearly every row is live), and not for the filters when the text index narrows more.
    p = "+" if terms else ""
    clauses: list[str] = ["+s.live = ?"]
    params: list[Any] = [0 if query.deleted else 1]
    fts = [t for t in terms if t.kind == "fts"]
    if fts:
        clauses.append("s.rid IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)")
        params.append(" AND ".join(t.quoted() for t in fts))
    gram = [t for t in terms if t.kind == "gram"]
    if gram:
        clauses.append("s.rid IN (SELECT rowid FROM search_gram WHERE search_gram MATCH ?)")
        params.append(" AND ".join(t.quoted() for t in gram))
    for term in (t for t in terms if t.kind == "scan"):
        clauses.append("instr((SELECT doc FROM search_doc d WHERE d.rid = s.rid), ?) > 0")
        params.append(term.text)
    if query.platform:
        clauses.append(f"{p}s.platform = ?")
        params.append(parse_platform(query.platform).value)
    if query.category:
        clauses.append(f"{p}s.category = ?")
        params.append(fold(query.category))
    if query.tag:
        clauses.append("instr(s.tags, ?) > 0")
        params.append(SEP + fold(query.tag).lstrip("#") + SEP)
    for op, bounds in ((">=", query.metric_min), ("<=", query.metric_max)):
        for metric, bound in bounds.items():
            clauses.append(f"{p}{_metric_value(metric)} {op} ?")
            params.append(float(bound))
    if query.stale_hours is not None:
        if query.stale_hours < 0:
            raise InvalidValue("stale_hours", query.stale_hours,
                               "The number of hours cannot be negative.")
        clauses.append("(s.last_observed IS NULL OR s.last_observed < ?)")
        params.append(ts(utc_now() - timedelta(hours=query.stale_hours)))
    if query.account_ids is not None:
        ids = [str(i) for i in query.account_ids]
        clauses.append(f"s.rid IN (SELECT rid FROM account WHERE id IN "
                       f"({','.join('?' * len(ids))}))" if ids else "0")
        params += ids
    return " AND ".join(clauses), params


def _narrowing(query: SearchQuery) -> bool:
    """Filters that usually leave a small part of the list."""
    return bool(query.category or query.tag or query.metric_min or query.metric_max
                or query.account_ids is not None)


def _sort_key(query: SearchQuery) -> str:
    """The SQL value the rows are ordered by."""
    sort = query.sort or "name"
    if sort in SORT_COLUMNS:
        return SORT_COLUMNS[sort]
    try:
        return _metric_value(sort)
    except InvalidValue:
        raise InvalidValue("sort", sort, f"Cannot sort by '{sort}'.") from None


def _order(query: SearchQuery) -> str:
    """ORDER BY: the key (empty values last), then platform, handle, rid ascending."""
    key = _sort_key(query)
    tiebreak = "s.platform, s.handle, s.rid"
    if query.descending:  # SQLite puts NULLs last in DESC already, so an index still serves
        return f"{key} DESC, {tiebreak}"
    return f"{key} IS NULL, {key}, {tiebreak}"


def _sorted_rids(found: list[Sequence[Any]], descending: bool) -> list[int]:
    """Rows of (rid, key, platform, handle) in the order _order() gives, sorted in Python."""
    found.sort(key=lambda r: (r[2], r[3], r[0]))
    present = [r for r in found if r[1] is not None]
    present.sort(key=lambda r: r[1], reverse=descending)  # stable: the tiebreak stays
    return [r[0] for r in present] + [r[0] for r in found if r[1] is None]


def _fetch(conn: Connection, rids: Sequence[int]) -> list[AccountRow]:
    """The full rows of these accounts, in the given order."""
    found: dict[int, Sequence[Any]] = {}
    for start in range(0, len(rids), 500):
        chunk = rids[start:start + 500]
        for row in conn.exec_driver_sql(
                f"SELECT a.rid, {_ROW_COLUMNS} FROM account a JOIN influencer i "
                f"ON i.id = a.influencer_id WHERE a.rid IN ({','.join('?' * len(chunk))})",
                tuple(chunk)):
            found[row[0]] = row[1:]
    return _rows(conn, [found[r] for r in rids if r in found])


def _rows(conn: Connection, found: Sequence[Sequence[Any]]) -> list[AccountRow]:
    if not found:
        return []
    account_ids = [r[0] for r in found]
    metrics = latest_for(conn, account_ids)
    influencer_ids = list(dict.fromkeys(r[1] for r in found))
    handles: dict[tuple[str, str], list[str]] = {}
    for start in range(0, len(influencer_ids), 500):
        chunk = influencer_ids[start:start + 500]
        for inf, platform, handle in conn.exec_driver_sql(
                "SELECT influencer_id, platform, handle FROM account WHERE deleted_at IS NULL "
                f"AND influencer_id IN ({','.join('?' * len(chunk))}) ORDER BY handle",
                tuple(chunk)):
            handles.setdefault((inf, platform), []).append(handle)
    out = []
    for r in found:
        other = "B" if r[4] == "A" else "A"
        out.append(AccountRow(
            id=UUID(r[0]), influencer_id=UUID(r[1]), name=r[2], phone=r[3], platform=r[4],
            handle=r[5],
            profile_url=r[6], email=r[7], category=r[8], status=r[9], tags=json.loads(r[10]),
            notes=r[11], deleted_at=parse_ts(r[12]), influencer_notes=r[13],
            other_platform_handles=handles.get((r[1], other), []), metrics=metrics[r[0]]))
    return out


class SearchMixin:
    db: Database

    def search(self, query: SearchQuery) -> SearchResult:
        """One page of matching accounts and the total number of matches."""
        where, params = _where(query)
        offset = max(0, int(query.offset))
        end = None if query.limit is None else offset + max(0, int(query.limit))
        with self.db.read() as conn:
            if query_terms(query.text) or _narrowing(query):
                # Text or a narrowing filter leaves few rows: find them once, count and sort
                # them here rather than running the query twice (count, then page).
                found = conn.exec_driver_sql(
                    f"SELECT s.rid, {_sort_key(query)}, s.platform, s.handle "
                    f"FROM search_row s WHERE {where}", tuple(params)).all()
                rids = _sorted_rids(list(found), query.descending)
                return SearchResult(rows=_fetch(conn, rids[offset:end]), total=len(rids))
            if where == "+s.live = ?":
                total = conn.exec_driver_sql("SELECT count(*) FROM search_row s "
                                             "WHERE s.live = ?", tuple(params)).scalar_one()
            else:
                total = conn.exec_driver_sql(f"SELECT count(*) FROM search_row s WHERE {where}",
                                             tuple(params)).scalar_one()
            limit = -1 if end is None else end - offset
            rids = [r for (r,) in conn.exec_driver_sql(
                f"SELECT s.rid FROM search_row s WHERE {where} ORDER BY {_order(query)} "
                "LIMIT ? OFFSET ?", (*params, limit, offset))]
            return SearchResult(rows=_fetch(conn, rids), total=int(total))

    def iter_search(self, query: SearchQuery) -> Iterator[AccountRow]:
        """Every match in the query's order (offset/limit ignored), a page at a time.

        The matching ids are taken in one snapshot first, so edits made while the caller
        works through the rows neither skip nor repeat any.
        """
        where, params = _where(query)
        with self.db.read() as conn:
            rids = [r for (r,) in conn.exec_driver_sql(
                f"SELECT s.rid FROM search_row s WHERE {where} ORDER BY {_order(query)}",
                tuple(params))]
        for start in range(0, len(rids), _PAGE):
            with self.db.read() as conn:
                rows = _fetch(conn, rids[start:start + _PAGE])
            yield from rows
