"""Search over accounts and their influencers: text, filters, sort, paging.

Text terms of three or more characters go through the FTS5 trigram index; shorter ones
(`민지`, `k`) are matched with instr() over the compact search documents. Every term must
match (AND). Filters are plain indexed SQL over the account, influencer and latest_metric
tables.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy.engine import Connection

from desktop.store.db import Database
from desktop.store.metrics import latest_for
from desktop.store.models import AccountRow, SearchQuery, SearchResult, parse_ts, ts, utc_now
from desktop.store.searchindex import query_terms
from shared_models.errors import InvalidValue
from shared_models.platforms import parse_platform
from shared_models.records import METRICS

SORT_COLUMNS: dict[str, str] = {
    "name": "i.name COLLATE NOCASE",
    "phone": "i.phone",
    "tags": "i.tags",
    "influencer_notes": "i.notes",
    "id": "a.id",
    "influencer_id": "a.influencer_id",
    "platform": "a.platform",
    "handle": "a.handle",
    "profile_url": "a.profile_url",
    "email": "a.email COLLATE NOCASE",
    "category": "a.category COLLATE NOCASE",
    "status": "a.status",
    "notes": "a.notes COLLATE NOCASE",
    "created_at": "a.created_at",
    "updated_at": "a.updated_at",
    "deleted_at": "coalesce(a.deleted_at, i.deleted_at)",
}

_ROW_COLUMNS = ("a.id, a.influencer_id, i.name, i.phone, a.platform, a.handle, a.profile_url, "
                "a.email, a.category, a.status, i.tags, a.notes, "
                "coalesce(a.deleted_at, i.deleted_at), i.notes")
_PAGE = 1000


def _metric_name(name: str) -> str:
    if not name or not all(c.isalnum() or c == "_" for c in name):
        raise InvalidValue("metric", name, f"'{name}' is not a metric name.")
    return name


def _where(query: SearchQuery) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if query.deleted:
        clauses.append("(a.deleted_at IS NOT NULL OR i.deleted_at IS NOT NULL)")
    else:
        clauses.append("a.deleted_at IS NULL AND i.deleted_at IS NULL")
    terms = query_terms(query.text)
    if terms:
        indexed = [t for t in terms if t.indexed]
        short = [t for t in terms if not t.indexed]
        inner: list[str] = []
        if indexed:
            inner.append("search_fts MATCH ?")
            params.append(" AND ".join(t.fts() for t in indexed))
        for term in short:
            inner.append("instr(doc, ?) > 0")
            params.append(term.text)
        clauses.append(f"a.rid IN (SELECT rowid FROM search_fts WHERE {' AND '.join(inner)})")
    if query.platform:
        clauses.append("a.platform = ?")
        params.append(parse_platform(query.platform).value)
    if query.category:
        clauses.append("a.category = ? COLLATE NOCASE")
        params.append(query.category.strip())
    if query.tag:
        clauses.append("EXISTS (SELECT 1 FROM json_each(i.tags) WHERE lower(json_each.value) = "
                       "lower(?))")
        params.append(query.tag.strip().lstrip("#"))
    for op, bounds in ((">=", query.metric_min), ("<=", query.metric_max)):
        for metric, bound in bounds.items():
            clauses.append("EXISTS (SELECT 1 FROM latest_metric m WHERE m.account_id = a.id "
                           f"AND m.metric = ? AND m.value {op} ?)")
            params += [_metric_name(metric), float(bound)]
    if query.stale_hours is not None:
        if query.stale_hours < 0:
            raise InvalidValue("stale_hours", query.stale_hours,
                               "The number of hours cannot be negative.")
        cutoff = ts(utc_now() - timedelta(hours=query.stale_hours))
        clauses.append("NOT EXISTS (SELECT 1 FROM latest_metric m WHERE m.account_id = a.id "
                       "AND m.observed_at >= ?)")
        params.append(cutoff)
    if query.account_ids is not None:
        ids = [str(i) for i in query.account_ids]
        if not ids:
            clauses.append("0")
        else:
            clauses.append(f"a.id IN ({','.join('?' * len(ids))})")
            params += ids
    return " AND ".join(clauses), params


def _order(query: SearchQuery) -> tuple[str, str, list[Any]]:
    """(extra join, ORDER BY, params) for the requested sort."""
    direction = "DESC" if query.descending else "ASC"
    tiebreak = f"a.platform {direction}, a.handle {direction}, a.rid"
    sort = query.sort or "name"
    if sort in SORT_COLUMNS:
        return "", f"{SORT_COLUMNS[sort]} {direction}, {tiebreak}", []
    if sort in METRICS or sort.replace("_", "").isalnum():
        join = "LEFT JOIN latest_metric sm ON sm.account_id = a.id AND sm.metric = ?"
        return join, f"sm.value IS NULL, sm.value {direction}, {tiebreak}", [_metric_name(sort)]
    raise InvalidValue("sort", sort, f"Cannot sort by '{sort}'.")


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
            id=r[0], influencer_id=r[1], name=r[2], phone=r[3], platform=r[4], handle=r[5],
            profile_url=r[6], email=r[7], category=r[8], status=r[9], tags=json.loads(r[10]),
            notes=r[11], deleted_at=parse_ts(r[12]), influencer_notes=r[13],
            other_platform_handles=handles.get((r[1], other), []), metrics=metrics[r[0]]))
    return out


class SearchMixin:
    db: Database

    def search(self, query: SearchQuery) -> SearchResult:
        """One page of matching accounts and the total number of matches."""
        where, params = _where(query)
        join, order, order_params = _order(query)
        limit = -1 if query.limit is None else max(0, int(query.limit))
        offset = max(0, int(query.offset))
        with self.db.read() as conn:
            total = conn.exec_driver_sql(
                "SELECT count(*) FROM account a JOIN influencer i ON i.id = a.influencer_id "
                f"WHERE {where}", tuple(params)).scalar_one()
            found = conn.exec_driver_sql(
                f"SELECT {_ROW_COLUMNS} FROM account a JOIN influencer i "
                f"ON i.id = a.influencer_id {join} WHERE {where} ORDER BY {order} "
                "LIMIT ? OFFSET ?", (*order_params, *params, limit, offset)).all()
            return SearchResult(rows=_rows(conn, found), total=int(total))

    def iter_search(self, query: SearchQuery) -> Iterator[AccountRow]:
        """Every match in the query's order (offset/limit ignored), a page at a time.

        The matching ids are taken in one snapshot first, so edits made while the caller
        works through the rows neither skip nor repeat any.
        """
        where, params = _where(query)
        join, order, order_params = _order(query)
        with self.db.read() as conn:
            ids = [r for (r,) in conn.exec_driver_sql(
                f"SELECT a.rid FROM account a JOIN influencer i ON i.id = a.influencer_id "
                f"{join} WHERE {where} ORDER BY {order}", (*order_params, *params))]
        for start in range(0, len(ids), _PAGE):
            chunk = ids[start:start + _PAGE]
            with self.db.read() as conn:
                found = conn.exec_driver_sql(
                    f"SELECT a.rid, {_ROW_COLUMNS} FROM account a JOIN influencer i "
                    f"ON i.id = a.influencer_id WHERE a.rid IN ({','.join('?' * len(chunk))})",
                    tuple(chunk)).all()
                by_rid = {r[0]: r[1:] for r in found}
                rows = _rows(conn, [by_rid[rid] for rid in chunk if rid in by_rid])
            yield from rows
