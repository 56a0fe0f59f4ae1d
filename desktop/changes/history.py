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
from desktop.jobs import JobContext, quiet
from desktop.store import SearchQuery, Store
from desktop.sync.connection import open_client
from desktop.sync.errors import NotConnected
from shared_models.history import (
    MAX_HISTORY_ENTRIES,
    MAX_HISTORY_RECORDS,
    HistoryEntry,
    HistoryPage,
    HistoryQuery,
    display_value,
)

HISTORY_HEADER = ["When", "Who", "Device", "Record", "Record id", "Change", "Field",
                  "Old value", "New value", "Import or merge"]


def related_ids(store: Store, record_id: str) -> list[str]:
    """The record and, for a person, their accounts (deleted ones too): a person's history
    shows what happened to their accounts."""
    ids = [record_id]
    if store.get_influencer(record_id, include_deleted=True) is not None:
        ids += [str(a.id) for a in store.accounts_of(record_id, include_deleted=True)]
    return ids


def fetch_history(store: Store, record_ids: Sequence[str],
                  limit: int = 1000) -> list[HistoryEntry]:
    """The entries of these records, newest first (NotConnected, SyncError)."""
    client = open_client(store)
    if client is None:
        raise NotConnected("The history is kept on the sync server, and this desk is not "
                           "connected to one: run `influencer-desk connect` first.")
    entries: list[HistoryEntry] = []
    with client:
        for start in range(0, len(record_ids), MAX_HISTORY_RECORDS):
            query = HistoryQuery(record_ids=[UUID(i) for i in
                                             record_ids[start:start + MAX_HISTORY_RECORDS]],
                                 limit=min(limit, MAX_HISTORY_ENTRIES))
            response = client.send("POST", "/v1/history", content=query.model_dump_json(),
                                   headers={"Content-Type": "application/json"})
            entries += HistoryPage.model_validate_json(response.content).entries
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
                   job: JobContext | None = None) -> HistoryExport:
    """The history of every account a search finds and of their people, as a workbook."""
    job = job or quiet()
    rows = list(store.iter_search(query))
    ids = list(dict.fromkeys(i for r in rows for i in (str(r.id),
                                                       str(r.influencer_id))))
    job.progress(0, len(ids), "reading the history")
    entries = fetch_history(store, ids, MAX_HISTORY_ENTRIES)
    names = {str(r.influencer_id): r.name for r in rows}
    names.update({str(r.id): f"{r.name} ({r.platform}/{r.handle})" for r in rows})
    with atomic_workbook(path) as book:
        sheet = book.add_sheet("History")
        sheet.header(HISTORY_HEADER)
        cells = [_cells(e, names) for e in entries]
        for values in cells:
            sheet.row(values)
        sheet.finish(column_widths(HISTORY_HEADER, cells[:200]))
    job.progress(len(ids), len(ids), "reading the history")
    return HistoryExport(Path(path), len(ids), len(entries))


def _cells(entry: HistoryEntry, names: dict[str, str]) -> list[object]:
    return [entry.changed_at.astimezone().replace(tzinfo=None), entry.actor, entry.device_id,
            names.get(str(entry.record_id), entry.entity), str(entry.record_id),
            entry.action.value, entry.field, display_value(entry.old), display_value(entry.new),
            str(entry.batch_id) if entry.batch_id else ""]


def describe_history(entries: Iterable[HistoryEntry]) -> str:
    lines = []
    for e in entries:
        when = e.changed_at.astimezone().strftime("%Y-%m-%d %H:%M")
        what = (f"{e.field}: '{display_value(e.old)}' -> '{display_value(e.new)}'"
                if e.action == "update" else e.action.value)
        batch = f" (batch {e.batch_id})" if e.batch_id else ""
        lines.append(f"{when}  {e.actor or '?'} on {e.device_id or '?'}  {e.entity} "
                     f"{what}{batch}")
    return "\n".join(lines) or "No history yet."
