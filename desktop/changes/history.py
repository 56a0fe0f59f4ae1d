"""A record's change history, read from the server on demand (docs/history.md).

The history is fetched when asked (`influencer-desk history ID`, the detail pane's History
tab, the export), not synced: it only grows, most of it is never read, and who changed a
value is the server's fact. Offline, the desk says so instead of showing a partial history.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

from desktop.excel.exporting.xlsx import column_widths
from desktop.excel.exporting.xlsxstream import atomic_workbook
from desktop.i18n.catalog import render
from desktop.jobs import JobContext, quiet
from desktop.store import SearchQuery, Store
from desktop.sync.connection import open_client
from desktop.sync.errors import NotConnected
from shared_models.history import (
    CHANGE_WORDS,
    MAX_HISTORY_ENTRIES,
    MAX_HISTORY_RECORDS,
    HistoryEntry,
    HistoryPage,
    HistoryQuery,
    display_value,
)
from shared_models.records import label_of
from shared_models.texts import Moment, Text, join_lines, user_text

# The records a history line names, as users call them.
_RECORD_WORDS = {"influencer": user_text("influencer"), "account": user_text("account"),
                 "attachment": user_text("consent form")}

# The export's columns and change words, in the language asked for (desktop/i18n/catalog).
HISTORY_HEADER: list[Text] = [
    user_text("When"), user_text("Who"), user_text("Device"), user_text("Record"),
    user_text("Record id"), user_text("Change"), user_text("Field"), user_text("Old value"),
    user_text("New value"), user_text("Import or merge")]
# Record ids per history request of an export: small enough to show progress and to
# cancel between requests, large enough to keep the requests few.
EXPORT_CHUNK = 1000


def related_ids(store: Store, record_id: str) -> list[str]:
    """The record and, for a person, their accounts (deleted ones too): a person's history
    shows what happened to their accounts."""
    ids = [record_id]
    if store.get_influencer(record_id, include_deleted=True) is not None:
        ids += [str(a.id) for a in store.accounts_of(record_id, include_deleted=True)]
    return ids


def fetch_history(store: Store, record_ids: Sequence[str], limit: int = 1000,
                  job: JobContext | None = None,
                  chunk: int = MAX_HISTORY_RECORDS) -> list[HistoryEntry]:
    """The entries of these records, newest first (NotConnected, SyncError; Cancelled
    between requests). `job` hears the records read so far."""
    job = job or quiet()
    client = open_client(store)
    if client is None:
        raise NotConnected(user_text("The history is kept on the sync server, and this desk "
                                     "is not connected to one: run `influencer-desk connect` "
                                     "first."))
    entries: list[HistoryEntry] = []
    step = max(1, min(chunk, MAX_HISTORY_RECORDS))
    with client:
        for start in range(0, len(record_ids), step):
            job.check_cancelled()
            job.progress(start, len(record_ids), user_text("reading the history"))
            query = HistoryQuery(record_ids=[UUID(i) for i in record_ids[start:start + step]],
                                 limit=min(limit, MAX_HISTORY_ENTRIES))
            response = client.send("POST", "/v1/history", content=query.model_dump_json(),
                                   headers={"Content-Type": "application/json"})
            entries += HistoryPage.model_validate_json(response.content).entries
    job.progress(len(record_ids), len(record_ids), user_text("reading the history"))
    entries.sort(key=lambda e: e.id, reverse=True)
    return entries[:limit]


@dataclass
class HistoryExport:
    path: Path
    records: int
    entries: int

    def to_json(self) -> dict[str, object]:
        return {"out": str(self.path), "records": self.records, "entries": self.entries}


def export_history(store: Store, path: Path, query: SearchQuery,
                   job: JobContext | None = None, language: str = "en") -> HistoryExport:
    """The history of every account a search finds and of their people, as a workbook
    (`influencer-desk history --export`, the window's "Export history of the results").
    Progress: the records read; Cancel between requests leaves no file behind."""
    job = job or quiet()
    rows = list(store.iter_search(query))
    ids = list(dict.fromkeys(i for r in rows for i in (str(r.id),
                                                       str(r.influencer_id))))
    entries = fetch_history(store, ids, MAX_HISTORY_ENTRIES, job, EXPORT_CHUNK)
    job.check_cancelled()
    names = {str(r.influencer_id): r.name for r in rows}
    names.update({str(r.id): f"{r.name} ({r.platform}/{r.handle})" for r in rows})
    header = [render(h, language) for h in HISTORY_HEADER]
    words = {key.value: render(word, language) for key, word in CHANGE_WORDS.items()}
    with atomic_workbook(path) as book:
        sheet = book.add_sheet(render(user_text("History"), language))
        sheet.header(header)
        cells = [_cells(e, names, words) for e in entries]
        for values in cells:
            sheet.row(values)
        sheet.finish(column_widths(header, cells[:200]))
    return HistoryExport(Path(path), len(ids), len(entries))


def _cells(entry: HistoryEntry, names: dict[str, str], words: dict[str, str]) -> list[object]:
    return [entry.changed_at.astimezone().replace(tzinfo=None), entry.actor, entry.device_id,
            names.get(str(entry.record_id), entry.entity), str(entry.record_id),
            words.get(entry.action.value, entry.action.value), entry.field,
            display_value(entry.old), display_value(entry.new),
            str(entry.batch_id) if entry.batch_id else ""]


def describe_history(entries: Iterable[HistoryEntry]) -> Text:
    """`influencer-desk history`: one line per change, in the user's language."""
    lines: list[str] = []
    for e in entries:
        values = {"when": Moment(e.changed_at.timestamp(), "%Y-%m-%d %H:%M"),
                  "who": e.actor or "?", "device": e.device_id or "?",
                  "record": _RECORD_WORDS.get(e.entity, e.entity)}
        if e.action == "update":
            line = user_text("{when}  {who} on {device}  {record} {field}: '{old}' -> '{new}'",
                             field=label_of(e.entity, e.field or ""),
                             old=display_value(e.old), new=display_value(e.new), **values)
        else:
            line = user_text("{when}  {who} on {device}  {record} {change}",
                             change=CHANGE_WORDS.get(e.action, e.action.value), **values)
        lines.append(user_text("{line} (batch {batch})", line=line, batch=str(e.batch_id))
                     if e.batch_id else line)
    return join_lines(lines) if lines else user_text("No history yet.")
