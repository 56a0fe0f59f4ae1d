"""Search over accounts and their influencers: text, filters, sort, paging.

Everything reads the denormalised `search_row` table (see searchindex.py): text terms of
three or more characters go through the trigram index, one- and two-character non-Latin
fragments (`민지`, and initial consonants `ㅁㅈ`) through the gram index, other short fragments
scan the documents. A Korean term ending in a half-typed syllable (`김민ㅈ`) narrows by its
syllables (`김민`) through the indexes, then matches a GLOB pattern (see hangul.py). Every
term must match (AND). Filters and the common sort keys are indexed columns of search_row;
only the page's rows are then read from the account and influencer tables.
"""

from __future__ import annotations

import json
import threading
from array import array
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from datetime import timedelta
from operator import itemgetter
from typing import Any
from uuid import UUID

from desktop.store.connection import Connection
from desktop.store.db import Database
from desktop.store.hangul import glob_pattern
from desktop.store.metrics import latest_for
from desktop.store.models import AccountRow, SearchQuery, SearchResult, parse_ts, ts, utc_now
from desktop.store.searchindex import (
    METRIC_COLUMNS,
    RID_MASK,
    SEP,
    Term,
    fold,
    key_range,
    query_terms,
)
from shared_models.errors import InvalidValue
from shared_models.fieldnames import ACCOUNT, EDITABLE
from shared_models.platforms import Platform, parse_platform
from shared_models.texts import user_text

# The account's settable fields AccountRow has no attribute for: its `more_fields`.
_MORE_FIELDS = AccountRow.not_named(EDITABLE[ACCOUNT])

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
    "deleted_at": "s.deleted_at",
    "id": "(SELECT id FROM account WHERE rid = s.rid)",
    "influencer_id": "(SELECT influencer_id FROM account WHERE rid = s.rid)",
    "profile_url": "(SELECT profile_url FROM account WHERE rid = s.rid)",
    "notes": "(SELECT notes FROM account WHERE rid = s.rid)",
    "created_at": "(SELECT created_at FROM account WHERE rid = s.rid)",
    # From the account row: a push answer moves it to the server's time without touching
    # the search row (desktop/store/pushresults.py).
    "updated_at": "(SELECT updated_at FROM account WHERE rid = s.rid)",
    "influencer_notes": "(SELECT i.notes FROM account a JOIN influencer i "
                        "ON i.id = a.influencer_id WHERE a.rid = s.rid)",
    **{name: f"(SELECT {name} FROM account WHERE rid = s.rid)" for name in _MORE_FIELDS},
}

_ROW_COLUMNS = ("a.id, a.influencer_id, i.name, i.phone, a.platform, a.handle, a.profile_url, "
                "a.email, a.category, a.status, i.tags, a.notes, "
                "coalesce(a.deleted_at, i.deleted_at), i.notes"
                + "".join(f", a.{name}" for name in _MORE_FIELDS))
_PAGE = 1000
_CACHE_SIZE = 8
# Past this offset a sort no index serves materialises the whole order once (cached): the
# window scrolling through the table then pages from memory.
_DEEP = 2_000
_INDEXED_ORDER = frozenset({"name"})
# Sort keys that are never NULL (ORDER BY without the `IS NULL` term).
_NOT_NULL = frozenset({"s.name", "s.phone", "s.platform", "s.handle", "s.email", "s.category",
                       "s.status", "s.tags"})


def _metric_name(name: str) -> str:
    if not name or not all(c.isalnum() or c == "_" for c in name):
        raise InvalidValue("metric", name, user_text("'{name}' is not a metric name.",
                                                      name=name))
    return name


def _metric_value(metric: str) -> str:
    """The SQL for an account's latest value of `metric` (a column for the known ones)."""
    column = METRIC_COLUMNS.get(metric)
    if column is not None:
        return f"s.{column}"
    return ("(SELECT m.value FROM latest_metric m JOIN account a ON a.id = m.account_id "
            f"WHERE a.rid = s.rid AND m.metric = '{_metric_name(metric)}')")


def _where(query: SearchQuery, drive: str = "filters") -> tuple[str, list[Any]]:
    """The WHERE clause and its parameters.

    A '+' keeps SQLite from driving the query from a column's index. With text, the text
    index drives. Otherwise `drive` says what should: "filters" (the covering indexes that
    lead with `live`, platform, category: counts and narrowing filters), "order" (the index
    that serves the sort: pages of the plain list) or "scan" (the sort key's own index, or a
    plain scan when everything is read).
    """
    terms = query_terms(query.text)
    live_p = "+" if (terms and drive != "order") or drive == "scan" else ""
    p = "+" if terms or drive != "filters" else ""
    live = 0 if query.deleted else 1
    platform = parse_platform(query.platform).value if query.platform else None
    clauses: list[str] = [f"{live_p}s.live = ?"]
    params: list[Any] = [live]
    matched, text_params = _text_matches(terms, live, platform)
    if matched:
        # "order": the name index drives and only probes the text matches (`+`: not the
        # primary key, which would fetch every match first).
        clauses.append(f"{'+' if drive == 'order' else ''}s.rid IN "
                       f"(SELECT rowid & {RID_MASK} FROM ({matched}))")
        params += text_params
    for term in (t for t in terms if t.kind == "scan"):
        clauses.append("instr((SELECT doc FROM search_doc d WHERE d.rid = s.rid), ?) > 0")
        params.append(term.text)
    for term in (t for t in terms if t.kind == "pattern"):
        clauses.append("(SELECT doc FROM search_doc d WHERE d.rid = s.rid) GLOB ?")
        params.append(glob_pattern(term.text))
    if platform:
        clauses.append(f"{p}s.platform = ?")
        params.append(platform)
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
                               user_text("The number of hours cannot be negative."))
        clauses.append("(s.last_observed IS NULL OR s.last_observed < ?)")
        params.append(ts(utc_now() - timedelta(hours=query.stale_hours)))
    if query.account_ids is not None:
        ids = [str(i) for i in query.account_ids]
        clauses.append(f"s.rid IN (SELECT rid FROM account WHERE id IN "
                       f"({','.join('?' * len(ids))}))" if ids else "0")
        params += ids
    return " AND ".join(clauses), params


def _text_matches(terms: Sequence[Term], live: int,
                  platform: str | None) -> tuple[str, list[Any]]:
    """SQL for the text-index rowids (see searchindex.text_key) of the rows matching every
    indexed term, restricted to `live` and the platform by rowid range; "" if no term is
    indexed."""
    low, high = key_range(live, platform)
    parts: list[str] = []
    params: list[Any] = []
    for table, kind in (("search_fts", "fts"), ("search_gram", "gram")):
        mine = [t for t in terms if t.kind == kind]
        if mine:
            parts.append(f"SELECT rowid FROM {table} WHERE {table} MATCH ? "
                         "AND rowid BETWEEN ? AND ?")
            params += [" AND ".join(t.quoted() for t in mine), low, high]
    return " INTERSECT ".join(parts), params


def _text_only(query: SearchQuery, terms: Sequence[Term]) -> bool:
    """Whether the text index alone (with its live/platform ranges) decides the matches."""
    return (all(t.kind in ("fts", "gram") for t in terms) and not _narrowing(query)
            and query.stale_hours is None)


def _count_text(conn: Connection, query: SearchQuery, terms: Sequence[Term]) -> int:
    platform = parse_platform(query.platform).value if query.platform else None
    matched, params = _text_matches(terms, 0 if query.deleted else 1, platform)
    return int(conn.exec_driver_sql(f"SELECT count(*) FROM ({matched})",
                                    tuple(params)).scalar_one())


def _walk_name_order(conn: Connection, query: SearchQuery, total: int, end: int | None) -> bool:
    """Whether walking the name index to this page's end beats sorting all `total` matches.

    The walk passes about end * rows / total index entries (~0.2 us each, probing the
    matches); sorting reads every match's row (~1 us each) and is kept for later pages.
    """
    if (query.sort or "name") != "name" or query.descending or end is None or total == 0:
        return False
    rows = conn.exec_driver_sql("SELECT max(rid) FROM search_row").scalar() or 0
    return end * rows / total <= 5 * total


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
        raise InvalidValue("sort", sort, user_text("Cannot sort by '{sort}'.",
                                                  sort=sort)) from None


def _order(query: SearchQuery) -> str:
    """ORDER BY: the key (empty values last), then platform, handle, rid ascending."""
    key = _sort_key(query)
    tiebreak = "s.platform, s.handle, s.rid"
    if query.descending:  # SQLite puts NULLs last in DESC already, so an index still serves
        return f"{key} DESC, {tiebreak}"
    if key in _NOT_NULL:  # no `IS NULL` term, so ix_search_order_name serves the order
        return f"{key}, {tiebreak}"
    return f"{key} IS NULL, {key}, {tiebreak}"


def _sorted_rids(found: list[Sequence[Any]], descending: bool) -> list[int]:
    """Rows of (key, platform, handle, rid) in the order _order() gives, sorted in Python.

    Python orders str by code point, which is SQLite's BINARY (UTF-8 byte) order.
    """
    present = [r for r in found if r[0] is not None]
    if descending:
        present.sort(key=itemgetter(1, 2, 3))
        present.sort(key=itemgetter(0), reverse=True)  # stable: the tiebreak stays
    else:
        present.sort()  # tuples: key, then the tiebreak, all in C
    absent = sorted(r[1:] for r in found if r[0] is None) if len(present) < len(found) else []
    return [r[3] for r in present] + [r[2] for r in absent]


def _cache_key(query: SearchQuery) -> tuple[Any, ...] | None:
    """What a search's matches depend on (not the page); None: not cacheable."""
    if query.stale_hours is not None:  # depends on the clock
        return None
    return (query.text, query.platform, query.category, query.tag,
            tuple(sorted(query.metric_min.items())), tuple(sorted(query.metric_max.items())),
            query.deleted, None if query.account_ids is None else tuple(query.account_ids),
            query.sort or "name", query.descending)


class _Matches:
    """A search's total and, once materialised, every match's rid in order."""

    __slots__ = ("rids", "total")

    def __init__(self, total: int, rids: array[int] | None) -> None:
        self.total = total
        self.rids = rids


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
        other = Platform(r[4]).other.value
        out.append(AccountRow(
            id=UUID(r[0]), influencer_id=UUID(r[1]), name=r[2], phone=r[3], platform=r[4],
            handle=r[5],
            profile_url=r[6], email=r[7], category=r[8], status=r[9], tags=json.loads(r[10]),
            notes=r[11], deleted_at=parse_ts(r[12]), influencer_notes=r[13],
            other_platform_handles=handles.get((r[1], other), []), metrics=metrics[r[0]],
            more_fields=dict(zip(_MORE_FIELDS, r[14:], strict=True))))
    return out


class Search:
    """Search with a small cache of recent queries' matches, so the pages that follow a
    query (the window's table asks page after page) neither count nor sort again. The cache
    is keyed by the data version, which every commit (in any process) changes."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._search_cache: OrderedDict[tuple[Any, ...], _Matches] = OrderedDict()
        self._search_lock = threading.Lock()

    def _cached(self, key: tuple[Any, ...]) -> _Matches | None:
        with self._search_lock:
            found = self._search_cache.get(key)
            if found is not None:
                self._search_cache.move_to_end(key)
            return found

    def _remember(self, key: tuple[Any, ...], matches: _Matches) -> None:
        with self._search_lock:
            cache = self._search_cache
            stale = [k for k in cache if k[1] != key[1]]  # older data versions
            for k in stale:
                del cache[k]
            cache[key] = matches
            while len(cache) > _CACHE_SIZE:
                cache.popitem(last=False)

    def search(self, query: SearchQuery) -> SearchResult:
        """One page of matching accounts and the total number of matches."""
        where, params = _where(query)
        sort = query.sort or "name"
        offset = max(0, int(query.offset))
        end = None if query.limit is None else offset + max(0, int(query.limit))
        # Inside a caller's transaction the data can change under the cache: no cache there.
        use_cache = not self.db.in_transaction()
        with self.db.read() as conn:
            key = None
            cached = None
            query_key = _cache_key(query) if use_cache else None
            if query_key is not None:
                key = (query_key, self.db.data_version(conn))
                cached = self._cached(key)
                if cached is not None and cached.rids is not None:
                    return SearchResult(rows=_fetch(conn, cached.rids[offset:end]),
                                        total=cached.total)
            terms = query_terms(query.text)
            if terms and _text_only(query, terms):
                # The text index counts alone; a page the name order reaches soon is read by
                # walking that index (stops after the page), else every match is sorted here.
                total = cached.total if cached is not None else _count_text(conn, query, terms)
                if _walk_name_order(conn, query, total, end):
                    if key is not None and cached is None:
                        self._remember(key, _Matches(total, None))
                    return SearchResult(rows=_fetch(conn, self._page(conn, query, offset, end)),
                                        total=total)
            elif cached is not None and (offset < _DEEP or sort in _INDEXED_ORDER):
                return SearchResult(rows=_fetch(conn, self._page(conn, query, offset, end)),
                                    total=cached.total)
            deep = offset >= _DEEP and sort not in _INDEXED_ORDER
            if terms or _narrowing(query) or deep:
                # Few rows (text, a narrowing filter), or a deep page the index cannot reach:
                # find them all once, sort here, keep the order for the next pages.
                if deep and not _narrowing(query) and not terms:
                    where, params = _where(query, "scan")
                found = conn.exec_driver_sql(
                    f"SELECT {_sort_key(query)}, s.platform, s.handle, s.rid "
                    f"FROM search_row s WHERE {where}", tuple(params)).fetchall()
                rids = array("q", _sorted_rids(found, query.descending))
                if key is not None:
                    self._remember(key, _Matches(len(rids), rids))
                return SearchResult(rows=_fetch(conn, rids[offset:end]), total=len(rids))
            total = int(conn.exec_driver_sql(f"SELECT count(*) FROM search_row s WHERE {where}",
                                             tuple(params)).scalar_one())
            if key is not None:
                self._remember(key, _Matches(total, None))
            return SearchResult(rows=_fetch(conn, self._page(conn, query, offset, end)),
                                total=total)

    @staticmethod
    def _page(conn: Connection, query: SearchQuery, offset: int, end: int | None) -> list[int]:
        """One page's rids straight from SQLite, in the order an index serves."""
        where, params = _where(query, "order" if (query.sort or "name") in _INDEXED_ORDER
                               else "scan")
        limit = -1 if end is None else end - offset
        return [r for (r,) in conn.exec_driver_sql(
            f"SELECT s.rid FROM search_row s WHERE {where} ORDER BY {_order(query)} "
            "LIMIT ? OFFSET ?", (*params, limit, offset))]

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
