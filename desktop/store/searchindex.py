"""The search side of each account: the `search_row` table and the two text indexes.

`search_row` holds, per account, what the filters and sort keys read (folded name,
platform, category, tags, the latest value of each known metric, ...) and the search
document: case-folded, everything the search box looks at -- the influencer's name, tags and
notes, the account's handle, e-mail, category and notes, and the phone as digits in the
E.164 form (821012345678) and the national one (01012345678), so `010 1234`, `1234-5678` and
`+82 10` all find it. Fields are separated by a newline, which a search term never contains.

`search_doc` keeps the document; `search_fts` (trigram, external content) answers terms of
three or more characters. `search_gram` answers
one- and two-character fragments of non-Latin words (민지, 김): it indexes every character
and every neighbouring pair of them as a token. Shorter Latin or digit fragments fall back to
a scan of the documents.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from desktop.store.db import Connection
from shared_models.phones import national_digits, phone_digits
from shared_models.text import clean_text

SEP = "\n"
_CHUNK = 500
_PHONE_LIKE = re.compile(r"^[\d\s\-+().]*\d[\d\s\-+().]*$")
_WIDE_WORD = re.compile(r"[^\x00-\x7f\W]+")  # runs of non-ASCII letters/digits
# The metric columns of search_row (migration 1): shared_models.records.METRICS, spelled out
# so the store loads without pydantic (a test checks they agree).
METRIC_COLUMNS = {m: f"m_{m}" for m in ("daily_visitors", "total_visitors", "followers",
                                          "following", "post_count")}


def fold(text: str) -> str:
    return clean_text(text).casefold()


@lru_cache(maxsize=200_000)
def _phone_doc(phone: str) -> str:
    if phone.startswith("+82"):  # the common case, without a phonenumbers round trip
        return f"{phone_digits(phone)}{SEP}0{phone[3:]}"
    return f"{phone_digits(phone)}{SEP}{national_digits(phone)}"


def build_doc(name: str, phone: str, tags: Sequence[str], influencer_notes: str, handle: str,
              email: str, category: str, account_notes: str) -> str:
    parts = [name, handle, email, category, " ".join(tags), influencer_notes, account_notes]
    doc = SEP.join(p.casefold() for p in parts if p)
    return f"{doc}{SEP}{_phone_doc(phone)}" if phone else doc


def grams(doc: str) -> str:
    """The 1- and 2-character tokens of the non-ASCII words of a document."""
    tokens: dict[str, None] = {}
    for word in _WIDE_WORD.findall(doc):
        for i, ch in enumerate(word):
            tokens[ch] = None
            if i + 1 < len(word):
                tokens[word[i:i + 2]] = None
    return " ".join(tokens)


@dataclass(frozen=True)
class Term:
    text: str

    @property
    def kind(self) -> str:
        """'fts' (trigram index), 'gram' (short non-Latin) or 'scan'."""
        if len(self.text) >= 3:
            return "fts"
        if all(ord(c) > 127 and c.isalnum() for c in self.text):
            return "gram"
        return "scan"

    def quoted(self) -> str:
        return '"' + self.text.replace('"', '""') + '"'


def query_terms(text: str) -> list[Term]:
    """The search box's text as terms that must all match (phone-looking text as digits)."""
    cleaned = clean_text(text)
    if not cleaned:
        return []
    if _PHONE_LIKE.match(cleaned):
        return [Term(phone_digits(cleaned))]
    terms: list[Term] = []
    for word in cleaned.split(" "):
        if _PHONE_LIKE.match(word) and any(not c.isdigit() for c in word):
            word = phone_digits(word)
        folded = word.casefold()
        if folded and Term(folded) not in terms:
            terms.append(Term(folded))
    return terms


_SOURCE = (
    "SELECT a.rid, a.id, i.name, i.phone, i.tags, i.notes, a.handle, a.email, a.category, "
    "a.notes, a.platform, a.status, a.updated_at, a.deleted_at, i.deleted_at "
    "FROM account a JOIN influencer i ON i.id = a.influencer_id ")
_ROW_INSERT = (
    "INSERT OR REPLACE INTO search_row (rid, live, platform, category, tags, name, phone, "
    "handle, email, status, updated_at, deleted_at, "
    + ", ".join(METRIC_COLUMNS.values()) + ", last_observed) VALUES ("
    + ", ".join("?" * (13 + len(METRIC_COLUMNS))) + ")")


def _metrics(conn: Connection, account_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for account_id, metric, value, observed in conn.exec_driver_sql(
            "SELECT account_id, metric, value, observed_at FROM latest_metric "
            f"WHERE account_id IN ({','.join('?' * len(account_ids))})", tuple(account_ids)):
        entry = out.setdefault(account_id, {"last": observed})
        entry[metric] = value
        entry["last"] = max(entry["last"], observed)
    return out


def _search_row(r: Sequence[Any], metrics: dict[str, Any]) -> tuple[tuple[Any, ...], str]:
    """(the search_row values, the search document) of one account."""
    tags = json.loads(r[4])
    doc = build_doc(r[2], r[3], tags, r[5], r[6], r[7], r[8], r[9])
    folded_tags = SEP + SEP.join(t.casefold() for t in tags) + SEP if tags else ""
    return (r[0], int(r[13] is None and r[14] is None), r[10], r[8].casefold(), folded_tags,
            r[2].casefold(), r[3], r[6], r[7].casefold(), r[11], r[12], r[13] or r[14],
            *(metrics.get(m) for m in METRIC_COLUMNS), metrics.get("last")), doc


def reindex_accounts(conn: Connection, account_ids: Iterable[str]) -> None:
    """Rebuild the search rows of these accounts (and the text indexes where text changed)."""
    ids = list(dict.fromkeys(account_ids))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        source = conn.exec_driver_sql(_SOURCE + f"WHERE a.id IN ({marks})", tuple(chunk)).all()
        metrics = _metrics(conn, chunk)
        built = [_search_row(r, metrics.get(r[1], {})) for r in source]
        rids = [row[0] for row, _ in built]
        old = dict(conn.exec_driver_sql(
            f"SELECT rid, doc FROM search_doc WHERE rid IN ({','.join('?' * len(rids))})",
            tuple(rids)).all()) if rids else {}
        if built:
            conn.exec_driver_sql(_ROW_INSERT, [row for row, _ in built])
        _write_text(conn, [(row[0], old.get(row[0]), doc) for row, doc in built
                           if old.get(row[0]) != doc])


def drop_accounts(conn: Connection, rids: Iterable[int]) -> None:
    """Forget the search rows of accounts that no longer exist locally."""
    for rid in rids:
        old = conn.exec_driver_sql("SELECT doc FROM search_doc WHERE rid = ?", (rid,)).first()
        if old is not None:
            _write_text(conn, [(rid, old[0], None)])
        conn.exec_driver_sql("DELETE FROM search_row WHERE rid = ?", (rid,))


def _write_text(conn: Connection, changed: Sequence[tuple[int, str | None, str | None]]) -> None:
    deletes = [(rid, doc) for rid, doc, _ in changed if doc is not None]
    inserts = [(rid, doc) for rid, _, doc in changed if doc is not None]
    if deletes:
        conn.exec_driver_sql("INSERT INTO search_fts (search_fts, rowid, doc) "
                             "VALUES ('delete', ?, ?)", deletes)
        conn.exec_driver_sql("INSERT INTO search_gram (search_gram, rowid, grams) "
                             "VALUES ('delete', ?, ?)", [(r, grams(d)) for r, d in deletes])
    gone = [(rid,) for rid, _, doc in changed if doc is None]
    if gone:
        conn.exec_driver_sql("DELETE FROM search_doc WHERE rid = ?", gone)
    if inserts:
        conn.exec_driver_sql("INSERT OR REPLACE INTO search_doc (rid, doc) VALUES (?, ?)",
                             inserts)
        conn.exec_driver_sql("INSERT INTO search_fts (rowid, doc) VALUES (?, ?)", inserts)
        conn.exec_driver_sql("INSERT INTO search_gram (rowid, grams) VALUES (?, ?)",
                             [(r, grams(d)) for r, d in inserts])


def refresh_metrics(conn: Connection, account_ids: Iterable[str]) -> None:
    """Copy the latest metric values into the search rows (text indexes untouched)."""
    ids = list(dict.fromkeys(account_ids))
    sets = ", ".join(
        f"{col} = (SELECT value FROM latest_metric WHERE account_id = a.id AND metric = '{m}')"
        for m, col in METRIC_COLUMNS.items())
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        conn.exec_driver_sql(
            f"UPDATE search_row AS s SET {sets}, last_observed = (SELECT max(observed_at) FROM "
            "latest_metric WHERE account_id = a.id) FROM account a WHERE a.rid = s.rid "
            f"AND a.id IN ({','.join('?' * len(chunk))})", tuple(chunk))


def accounts_of_influencers(conn: Connection, influencer_ids: Iterable[str]) -> list[str]:
    ids = list(dict.fromkeys(influencer_ids))
    out: list[str] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        out += [r for (r,) in conn.exec_driver_sql(
            f"SELECT id FROM account WHERE influencer_id IN ({','.join('?' * len(chunk))})",
            tuple(chunk))]
    return out


def reindex_influencers(conn: Connection, influencer_ids: Iterable[str]) -> None:
    reindex_accounts(conn, accounts_of_influencers(conn, influencer_ids))
