"""The search side of each account: the `search_row` table and the two text indexes.

`search_row` holds, per account, what the filters and sort keys read (folded name,
platform, category, tags, the latest value of each known metric, ...) and the search
document: case-folded, everything the search box looks at -- the influencer's name and its
Korean initial consonants (김민지 -> ㄱㅁㅈ, see hangul.py), tags and notes, the account's
handle, e-mail, category and notes, and the phone as digits in the E.164 form (821012345678)
and the national one (01012345678), so `010 1234`, `1234-5678` and `+82 10` all find it.
Fields are separated by a newline, which a search term never contains.

`search_doc` keeps the document; `search_fts` (trigram, contentless) answers terms of
three or more characters. `search_gram` answers
one- and two-character fragments of non-Latin words (민지, 김): it indexes every character
and every neighbouring pair of them as a token. Shorter Latin or digit fragments fall back to
a scan of the documents.

Both text indexes key a row by `text_key(rid, live, platform)`: the rid in the low 40 bits,
`live` and the platform above it. "Live rows of Platform A" is then a rowid range the text
index answers alone, so a search's total is counted without reading search_row.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from functools import lru_cache
from operator import itemgetter
from typing import Any

from desktop.store.connection import Connection, sql_text
from desktop.store.hangul import (
    glob_pattern,
    initials,
    needs_pattern,
    syllable_runs,
    term_initials,
)
from shared_models.phones import national_digits, phone_digits
from shared_models.records import METRICS
from shared_models.text import clean_text

SEP = "\n"
_CHUNK = 500
# The text indexes' rowid: (live << 4 | platform code) << 40 | rid (migration 4).
KEY_SHIFT = 40
RID_MASK = (1 << KEY_SHIFT) - 1
PLATFORM_CODES = {"A": 0, "B": 1}
_OTHER_PLATFORM = 15
# Past this many documents, the rows are written once, after every chunk is built.
_BULK = 2000
_PHONE_LIKE = re.compile(r"^[\d\s\-+().]*\d[\d\s\-+().]*$")
_WIDE_WORD = re.compile(r"[^\x00-\x7f\W]+")  # runs of non-ASCII letters/digits
# The metric columns of search_row (migration 1); a new shared metric needs a migration
# adding its column (a test checks the table has one for each).
METRIC_COLUMNS = {m: f"m_{m}" for m in METRICS}


def fold(text: str) -> str:
    return clean_text(text).casefold()


@lru_cache(maxsize=200_000)
def _phone_doc(phone: str) -> str:
    if phone.startswith("+82"):  # the common case, without a phonenumbers round trip
        return f"{phone_digits(phone)}{SEP}0{phone[3:]}"
    return f"{phone_digits(phone)}{SEP}{national_digits(phone)}"


def build_doc(name: str, phone: str, tags: Sequence[str], influencer_notes: str, handle: str,
              email: str, category: str, account_notes: str) -> str:
    parts = [name, initials(name), handle, email, category, " ".join(tags), influencer_notes,
             account_notes]
    doc = SEP.join(filter(None, parts)).casefold()  # casefold maps each character alone
    return f"{doc}{SEP}{_phone_doc(phone)}" if phone else doc


def grams(doc: str) -> str:
    """The 1- and 2-character tokens of the non-ASCII words of a document."""
    return _words_grams(tuple(_WIDE_WORD.findall(doc)))


@lru_cache(maxsize=100_000)  # documents share most of their words (names, tags, notes)
def _words_grams(words: tuple[str, ...]) -> str:
    """`grams` of a document with these non-ASCII words, in order."""
    if len(words) == 1:
        return " ".join(_word_grams(words[0]))
    tokens: dict[str, None] = {}
    for word in words:
        tokens.update(_word_grams(word))
    return " ".join(tokens)


@lru_cache(maxsize=100_000)
def _wide_words(text: str) -> tuple[str, ...]:
    """The non-ASCII words of a part of a document that repeats (category, tags, notes)."""
    return tuple(_WIDE_WORD.findall(text))


@lru_cache(maxsize=100_000)
def _word_grams(word: str) -> dict[str, None]:
    """One word's tokens in order (names, tags and notes repeat: an import's documents share
    most words). Callers must not change the returned dict."""
    tokens: dict[str, None] = {}
    for i, ch in enumerate(word):
        tokens[ch] = None
        if i + 1 < len(word):
            tokens[word[i:i + 2]] = None
    return tokens


# (text key, rid, document, its 1-2 character grams): one account's text-index entries.
TextEntry = tuple[int, int, str, str]


def text_key(rid: int, live: int, platform: str) -> int:
    """The rowid of an account's entries in search_fts and search_gram."""
    return ((live << 4 | PLATFORM_CODES.get(platform, _OTHER_PLATFORM)) << KEY_SHIFT) | rid


def key_range(live: int, platform: str | None) -> tuple[int, int]:
    """The text-index rowids of the rows with this `live` (and platform, if given)."""
    if platform is None:
        return (live << 4) << KEY_SHIFT, ((live << 4 | 15) << KEY_SHIFT) | RID_MASK
    low = text_key(0, live, platform)
    return low, low | RID_MASK


@dataclass(frozen=True)
class Term:
    text: str

    @property
    def kind(self) -> str:
        """'fts' (trigram index), 'gram' (short non-Latin), 'scan' or 'pattern' (Korean
        syllables mixed with lone initial consonants, matched by `hangul.glob_pattern`)."""
        if needs_pattern(self.text):
            return "pattern"
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
        # A pattern (김민ㅈ) is tried only on rows whose name has its initials (ㄱㅁㅈ) and
        # that have its syllables as typed (김민): both answered by the text indexes.
        parts = ([term_initials(folded), *syllable_runs(folded), folded]
                 if needs_pattern(folded) else [folded])
        for part in parts:
            if part and Term(part) not in terms:
                terms.append(Term(part))
    return terms


def doc_matches(doc: str, terms: Sequence[Term]) -> bool:
    """Whether a search document matches every term, as the indexes would answer: for the
    few documents that are not indexed (people without accounts)."""
    return all(fnmatchcase(doc, glob_pattern(t.text)) if t.kind == "pattern" else t.text in doc
               for t in terms)


SOURCE = (  # the source row of each account's search entry (new_entries' input)
    "SELECT a.rid, a.id, i.name, i.phone, i.tags, i.notes, a.handle, a.email, a.category, "
    "a.notes, a.platform, a.status, a.updated_at, a.deleted_at, i.deleted_at "
    "FROM account a JOIN influencer i ON i.id = a.influencer_id ")
_ROW_INSERT = (  # after "INSERT" or "INSERT OR REPLACE"
    " INTO search_row (rid, live, platform, category, tags, name, phone, "
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


_NO_METRICS = (None,) * len(METRIC_COLUMNS)


@lru_cache(maxsize=10_000)
def _tags(tags_json: str) -> tuple[list[str], str]:
    """(the tags, their folded column value) of an influencer's tags JSON (lists repeat)."""
    tags = json.loads(tags_json)
    return tags, SEP + SEP.join(t.casefold() for t in tags) + SEP if tags else ""


def _search_row(r: Sequence[Any], metrics: dict[str, Any]) -> tuple[tuple[Any, ...], str]:
    """(the search_row values, the search document) of one account."""
    tags, folded_tags = _tags(r[4])
    doc = build_doc(r[2], r[3], tags, r[5], r[6], r[7], r[8], r[9])
    return (r[0], int(r[13] is None and r[14] is None), r[10], r[8].casefold(), folded_tags,
            r[2].casefold(), r[3], r[6], r[7].casefold(), r[11], r[12], r[13] or r[14],
            *((metrics.get(m) for m in METRIC_COLUMNS) if metrics else _NO_METRICS),
            metrics.get("last")), doc


def reindex_accounts(conn: Connection, account_ids: Iterable[str]) -> None:
    """Rebuild the search rows of these accounts (and the text indexes where text changed).

    Cheap per account in bulk (an import's 200,000 new accounts): rows without a search row
    yet go in with a plain INSERT in rid order, and the text indexes get one statement each.
    """
    ids = list(dict.fromkeys(account_ids))
    new_rows: list[tuple[Any, ...]] = []
    changed_rows: list[tuple[Any, ...]] = []
    deletes: list[tuple[int, str]] = []  # (text key, document) of entries to remove
    inserts: list[TextEntry] = []  # to add
    for source, metrics in _sources(conn, ids):
        rids = [r[0] for r in source]
        old = {rid: (doc, live, platform) for rid, doc, live, platform in conn.exec_driver_sql(
            "SELECT d.rid, d.doc, s.live, s.platform FROM search_doc d JOIN search_row s "
            f"ON s.rid = d.rid WHERE d.rid IN ({','.join('?' * len(rids))})", tuple(rids))}
        for r in source:
            row, doc = _search_row(r, metrics.get(r[1], {}))
            rid = row[0]
            key = text_key(rid, row[1], row[2])
            before = old.get(rid)
            if before is None:
                new_rows.append(row)
                inserts.append(_entry(key, rid, doc))
                continue
            changed_rows.append(row)
            old_key = text_key(rid, before[1], before[2])
            if (old_key, before[0]) != (key, doc):
                deletes.append((old_key, before[0]))
                inserts.append(_entry(key, rid, doc))
        if len(ids) <= _BULK:  # small edits: write as we go (one chunk anyway)
            _write(conn, new_rows, changed_rows, deletes, inserts)
            new_rows, changed_rows, deletes, inserts = [], [], [], []
    _write(conn, new_rows, changed_rows, deletes, inserts)


# A new account's search row as an import writes it (`new_entries(..., created=True)`):
# only the columns its values fill. The others are the batch's own (live, its time) or
# empty (no metrics yet), written by `insert_created_rows` as constants of the statement:
# fewer values to build, pack and bind per row.
CREATED_ROW = ("rid", "platform", "category", "tags", "name", "phone", "handle", "email",
               "status")


def new_entries(sources: Iterable[Sequence[Any]], *, created: bool = False
                ) -> tuple[list[tuple[Any, ...]], list[TextEntry]]:
    """(search rows, text entries) of accounts that have none yet, from source rows shaped
    like SOURCE's: the same values `_search_row`, `build_doc` and `grams` give (a test
    compares them), built faster for a batch. Pure Python, no connection: the streaming
    import builds them in one process while another writes the previous batch.
    `created`: the sources are live accounts created at one moment (an import's): the
    rows are CREATED_ROW's columns, for `insert_created_rows`.

    An influencer's accounts share its folded name, tags, notes and phone, so those are
    folded once per influencer; the document is folded part by part (casefold maps each
    character alone). Its grams come only from non-ASCII words, so when the handle and
    e-mail are ASCII they are those of the other parts, shared by accounts that agree on
    them."""
    new_rows: list[tuple[Any, ...]] = []
    texts: list[TextEntry] = []
    people: dict[tuple[str, str, str, str], tuple[Any, ...]] = {}
    for r in sources:
        rid, name, phone, tags_json, notes = r[0], r[2], r[3], r[4], r[5]
        person = people.get((name, phone, tags_json, notes))
        if person is None:
            tags, folded_tags = _tags(tags_json)
            name_f, initials_f = name.casefold(), initials(name)
            tags_f, notes_f = " ".join(tags).casefold(), notes.casefold()
            person = people[(name, phone, tags_json, notes)] = (
                name_f, initials_f, tags_f, notes_f,
                f"{SEP}{_phone_doc(phone)}" if phone else "", folded_tags,
                # the non-ASCII words of the parts before and after the account's category
                (*_WIDE_WORD.findall(name_f), *_WIDE_WORD.findall(initials_f)),
                _wide_words(tags_f) + _wide_words(notes_f))
        name_f, initials_f, tags_f, notes_f, phone_part, folded_tags, words_before, \
            words_after = person
        handle, email, platform = r[6], r[7], r[10]
        email_f, category_f, account_notes_f = r[7].casefold(), r[8].casefold(), r[9].casefold()
        doc = SEP.join(filter(None, (name_f, initials_f, handle.casefold(), email_f, category_f,
                                     tags_f, notes_f, account_notes_f))) + phone_part
        if handle.isascii() and email.isascii():  # then only these parts have such words
            doc_grams = _words_grams(words_before + _wide_words(category_f) + words_after
                                     + _wide_words(account_notes_f))
        else:
            doc_grams = grams(doc)
        if created:
            live = 1
            new_rows.append((rid, platform, category_f, folded_tags, name_f, phone, handle,
                             email_f, r[11]))
        else:
            live = int(r[13] is None and r[14] is None)
            new_rows.append((rid, live, platform, category_f, folded_tags, name_f, phone,
                             handle, email_f, r[11], r[12], r[13] or r[14], *_NO_METRICS,
                             None))
        texts.append((text_key(rid, live, platform), rid, doc, doc_grams))
    return new_rows, texts


def begin_bulk(conn: Connection, new_accounts: int) -> list[tuple[str, str]]:
    """Before inserting search rows for this many new accounts: drops search_row's indexes
    when building them again at the end is cheaper. Pass the result to `end_bulk`."""
    return _drop_row_indexes(conn) if _rebuild_pays(conn, new_accounts) else []


def end_bulk(conn: Connection, rebuilt: Sequence[tuple[str, str]]) -> None:
    for _, sql in rebuilt:
        conn.exec_driver_sql(sql)


def insert_entries(conn: Connection, new_rows: Sequence[tuple[Any, ...]],
                   texts: list[TextEntry]) -> None:
    """Write `new_entries`' output (accounts that have no search row yet)."""
    if new_rows:
        conn.exec_driver_sql("INSERT" + _ROW_INSERT, new_rows)
    if texts:
        texts.sort()  # FTS5 writes out its pending terms whenever a rowid goes backwards
        _insert_text(conn, texts)


def insert_created_rows(conn: Connection, rows: Sequence[tuple[Any, ...]], now: str) -> None:
    """Write the search rows `new_entries(..., created=True)` built for accounts created
    at `now` (live, no metrics yet)."""
    if rows:
        conn.exec_driver_sql(
            f"INSERT INTO search_row ({', '.join(CREATED_ROW)}, live, updated_at) "
            f"VALUES ({', '.join('?' for _ in CREATED_ROW)}, 1, {sql_text(now)})", rows)


def _sources(conn: Connection, ids: Sequence[str]
             ) -> Iterator[tuple[list[Any], dict[str, dict[str, Any]]]]:
    """The source rows of these accounts and their latest metrics, a chunk at a time."""
    if len(ids) > _BULK:
        accounts = conn.exec_driver_sql("SELECT count(*) FROM account").scalar_one()
        if len(ids) * 3 >= accounts:
            # Most of the table (an import into a young store): one pass in rid order costs
            # half the index lookups of `id IN (...)`.
            wanted = set(ids)
            rows = [r for r in conn.exec_driver_sql(SOURCE + "ORDER BY a.rid") if r[1] in wanted]
            metrics: dict[str, dict[str, Any]] = {}
            for account_id, metric, value, observed in conn.exec_driver_sql(
                    "SELECT account_id, metric, value, observed_at FROM latest_metric"):
                if account_id in wanted:
                    entry = metrics.setdefault(account_id, {"last": observed})
                    entry[metric] = value
                    entry["last"] = max(entry["last"], observed)
            for start in range(0, len(rows), _CHUNK):
                yield rows[start:start + _CHUNK], metrics
            return
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        source = conn.exec_driver_sql(SOURCE + f"WHERE a.id IN ({marks})", tuple(chunk)).all()
        if source:
            yield source, _metrics(conn, chunk)


def _write(conn: Connection, new_rows: list[tuple[Any, ...]],
           changed_rows: Sequence[tuple[Any, ...]], deletes: Sequence[tuple[int, str]],
           inserts: list[TextEntry]) -> None:
    if deletes:
        _delete_text(conn, deletes)
    if changed_rows:
        conn.exec_driver_sql("INSERT OR REPLACE" + _ROW_INSERT, changed_rows)
    if new_rows:  # REPLACE costs ~3x a plain INSERT with search_row's indexes
        new_rows.sort(key=itemgetter(0))
        rebuilt = _drop_row_indexes(conn) if _rebuild_pays(conn, len(new_rows)) else []
        conn.exec_driver_sql("INSERT" + _ROW_INSERT, new_rows)
        for _, sql in rebuilt:
            conn.exec_driver_sql(sql)
    if inserts:
        inserts.sort()
        _insert_text(conn, inserts)


def _rebuild_pays(conn: Connection, new_rows: int) -> bool:
    """More new rows than old ones: building search_row's indexes once, sorted, is cheaper
    than inserting into them row by row."""
    return new_rows > _BULK and new_rows > conn.exec_driver_sql(
        "SELECT count(*) FROM search_row").scalar_one()


def _drop_row_indexes(conn: Connection) -> list[tuple[str, str]]:
    """Drop search_row's indexes; returns (name, CREATE statement) to build them again."""
    indexes = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
        "AND tbl_name = 'search_row' AND sql IS NOT NULL").all()
    for name, _ in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    return [(name, sql) for name, sql in indexes]


def _entry(key: int, rid: int, doc: str) -> TextEntry:
    return key, rid, doc, grams(doc)


def _insert_text(conn: Connection, inserts: Sequence[TextEntry]) -> None:
    """Add entries to search_doc and both text indexes."""
    conn.exec_driver_sql("INSERT OR REPLACE INTO search_doc (rid, doc) VALUES (?, ?)",
                         [(rid, doc) for _, rid, doc, _ in inserts])
    conn.exec_driver_sql("INSERT INTO search_fts (rowid, doc) VALUES (?, ?)",
                         [(key, doc) for key, _, doc, _ in inserts])
    gram_rows = [(key, g) for key, _, _, g in inserts if g]
    if gram_rows:
        conn.exec_driver_sql("INSERT INTO search_gram (rowid, grams) VALUES (?, ?)",
                             gram_rows)


def _delete_text(conn: Connection, deletes: Sequence[tuple[int, str]]) -> None:
    """Remove entries from the contentless text indexes (FTS5 wants the old text back)."""
    conn.exec_driver_sql("INSERT INTO search_fts (search_fts, rowid, doc) "
                         "VALUES ('delete', ?, ?)", list(deletes))
    gram_rows = [(key, g) for key, doc in deletes if (g := grams(doc))]
    if gram_rows:
        conn.exec_driver_sql("INSERT INTO search_gram (search_gram, rowid, grams) "
                             "VALUES ('delete', ?, ?)", gram_rows)


def mark_deleted(conn: Connection, account_ids: Iterable[str]) -> None:
    """`reindex_accounts` for accounts just soft-deleted (themselves or with their person),
    as an undo of a large import deletes them: their documents stay as they are, so the rows
    only get the deletion's columns and the text entries move to the not-live keys (each
    document's grams built once, for its removal and its new entry). An account without a
    search row yet gets one from `reindex_accounts`."""
    ids = list(dict.fromkeys(account_ids))
    found: set[str] = set()
    changed: list[tuple[Any, ...]] = []
    moves: list[tuple[int, int, str, str]] = []  # (old key, new key, document, grams)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        for account_id, rid, updated, deleted, live, platform, doc in conn.exec_driver_sql(
                "SELECT a.id, a.rid, a.updated_at, coalesce(a.deleted_at, i.deleted_at), "
                "s.live, s.platform, d.doc FROM account a "
                "JOIN influencer i ON i.id = a.influencer_id "
                "JOIN search_row s ON s.rid = a.rid JOIN search_doc d ON d.rid = a.rid "
                f"WHERE a.id IN ({','.join('?' * len(chunk))})", tuple(chunk)):
            found.add(account_id)
            now_live = int(deleted is None)
            changed.append((now_live, updated, deleted, rid))
            if now_live != live:
                moves.append((text_key(rid, live, platform), text_key(rid, now_live, platform),
                              doc, grams(doc)))
    conn.exec_driver_sql("UPDATE search_row SET live = ?, updated_at = ?, deleted_at = ? "
                         "WHERE rid = ?", changed)
    if moves:
        moves.sort()
        conn.exec_driver_sql("INSERT INTO search_fts (search_fts, rowid, doc) "
                             "VALUES ('delete', ?, ?)", [(old, doc) for old, _, doc, _ in moves])
        conn.exec_driver_sql("INSERT INTO search_gram (search_gram, rowid, grams) "
                             "VALUES ('delete', ?, ?)", [(old, g) for old, _, _, g in moves if g])
        moves.sort(key=itemgetter(1))
        conn.exec_driver_sql("INSERT INTO search_fts (rowid, doc) VALUES (?, ?)",
                             [(new, doc) for _, new, doc, _ in moves])
        conn.exec_driver_sql("INSERT INTO search_gram (rowid, grams) VALUES (?, ?)",
                             [(new, g) for _, new, _, g in moves if g])
    missing = [i for i in ids if i not in found]
    if missing:
        reindex_accounts(conn, missing)


def drop_accounts(conn: Connection, rids: Iterable[int]) -> None:
    """Forget the search rows of accounts that no longer exist locally."""
    for rid in rids:
        old = conn.exec_driver_sql(
            "SELECT d.doc, s.live, s.platform FROM search_doc d JOIN search_row s "
            "ON s.rid = d.rid WHERE d.rid = ?", (rid,)).first()
        if old is not None:
            _delete_text(conn, [(text_key(rid, old[1], old[2]), old[0])])
        conn.exec_driver_sql("DELETE FROM search_doc WHERE rid = ?", (rid,))
        conn.exec_driver_sql("DELETE FROM search_row WHERE rid = ?", (rid,))


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
