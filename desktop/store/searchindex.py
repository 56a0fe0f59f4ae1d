"""The search document of each account and the trigram index over it.

One document per account holds, case-folded, everything the search box looks at: the
influencer's name, tags and notes, the account's handle, e-mail, category and notes, and
the phone as digits in both the E.164 form (821012345678) and the national one
(01012345678), so `010 1234`, `1234-5678` and `+82 10` all find it. Fields are separated by
a newline, which a search term never contains, so a term cannot match across two fields.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Connection

from shared_models.phones import national_digits, phone_digits
from shared_models.text import clean_text

SEP = "\n"
_CHUNK = 500
_PHONE_LIKE = re.compile(r"^[\d\s\-+().]*\d[\d\s\-+().]*$")


def fold(text: str) -> str:
    return clean_text(text).casefold()


def build_doc(name: str, phone: str, tags: Sequence[str], influencer_notes: str, handle: str,
              email: str, category: str, account_notes: str) -> str:
    parts = [name, handle, email, category, " ".join(tags), influencer_notes, account_notes]
    folded = [fold(p) for p in parts if p]
    if phone:
        folded += [phone_digits(phone), national_digits(phone)]
    return SEP.join(folded)


@dataclass(frozen=True)
class Term:
    text: str

    @property
    def indexed(self) -> bool:
        """Terms of three or more characters can use the trigram index."""
        return len(self.text) >= 3

    def fts(self) -> str:
        return '"' + self.text.replace('"', '""') + '"'


def query_terms(text: str) -> list[Term]:
    """The search box's text as terms that must all match (phone-looking text as digits)."""
    cleaned = clean_text(text)
    if not cleaned:
        return []
    if _PHONE_LIKE.match(cleaned):
        return [Term(phone_digits(cleaned))]
    terms = []
    for word in cleaned.split(" "):
        if _PHONE_LIKE.match(word) and any(not c.isdigit() for c in word):
            word = phone_digits(word)
        folded = word.casefold()
        if folded and Term(folded) not in terms:
            terms.append(Term(folded))
    return terms


_DOC_SELECT = (
    "SELECT a.rid, i.name, i.phone, i.tags, i.notes, a.handle, a.email, a.category, a.notes "
    "FROM account a JOIN influencer i ON i.id = a.influencer_id ")


def _doc(row: Sequence[Any]) -> tuple[int, str]:
    return row[0], build_doc(row[1], row[2], json.loads(row[3]), row[4], row[5], row[6], row[7],
                             row[8])


def reindex_accounts(conn: Connection, account_ids: Iterable[str]) -> None:
    ids = list(dict.fromkeys(account_ids))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        rids = [r for (r,) in conn.exec_driver_sql(
            f"SELECT rid FROM account WHERE id IN ({marks})", tuple(chunk))]
        _write(conn, rids, conn.exec_driver_sql(
            _DOC_SELECT + f"WHERE a.id IN ({marks})", tuple(chunk)).all())


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


def reindex_all(conn: Connection) -> None:
    conn.exec_driver_sql("DELETE FROM search_fts")
    conn.exec_driver_sql("INSERT INTO search_fts (rowid, doc) VALUES (?, ?)",
                         [_doc(r) for r in conn.exec_driver_sql(_DOC_SELECT).all()] or [(0, "")])
    conn.exec_driver_sql("DELETE FROM search_fts WHERE rowid = 0")


def _write(conn: Connection, rids: list[int], rows: Sequence[Sequence[Any]]) -> None:
    if rids:
        conn.exec_driver_sql("DELETE FROM search_fts WHERE rowid = ?", [(r,) for r in rids])
    if rows:
        conn.exec_driver_sql("INSERT INTO search_fts (rowid, doc) VALUES (?, ?)",
                             [_doc(r) for r in rows])
