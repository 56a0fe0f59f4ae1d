"""The one import pipeline: read -> map headers -> validate -> plan -> apply.

`influencer-desk import` and the window's wizard run this same object, so the same file
with the same choices gives the same result either way:

    pipeline = ImportPipeline(store)
    prepared = pipeline.read(path, options)             # the sheet, its header row, a mapping
    prepared = pipeline.remap(prepared, overrides)      # the user's column choices
    plan = pipeline.preview(prepared, options, job)     # validate + plan: nothing written
    result = pipeline.apply(prepared, options, job)     # validate + plan + write, committed
    result = pipeline.run(path, options, dry_run=..., report=..., job=...)  # the CLI

The wizard shows `preview`'s plan and then asks for `apply` with the same choices; the CLI
calls `run`, which is `read` then `preview` (--dry-run) or `apply`. Both validate and plan
with one loop (`_plan`) a chunk of rows at a time; when applying, each chunk's new records
go to the writer while the next chunk is planned (stream.py), under the store's write lock
from before the plan's first lookup, so the plan always describes the store it is written
into. Progress and Cancel go through the JobContext (desktop/jobs.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TypeVar

from desktop.excel.importing.batch import import_batch
from desktop.excel.importing.gcpause import gc_paused
from desktop.excel.importing.headers import HeaderRow, find_header_row
from desktop.excel.importing.mapping import SheetMapping, build_mapping
from desktop.excel.importing.plan import (
    EmptyLookup,
    ImportPlan,
    OnDuplicate,
    Planner,
    StoreLookup,
    redecide,
)
from desktop.excel.importing.report import write_error_report
from desktop.excel.importing.result import ImportResult
from desktop.excel.importing.sinks import ImportSink, open_sink
from desktop.excel.importing.stream import StreamingWrites
from desktop.excel.importing.validate import parse_rows
from desktop.excel.reading.limits import DEFAULT_LIMITS, ImportLimits
from desktop.excel.reading.reader import Table, read_table, sheet_names
from desktop.jobs import JobContext, quiet
from desktop.store import Store
from desktop.store.batches import ImportBatch
from shared_models.phones import DEFAULT_REGION
from shared_models.platforms import Platform
from shared_models.texts import user_text

CHUNK_ROWS = 5000  # rows validated and planned (and, when applying, written) at a time
# From this file size on (~7,000 rows of 8 columns) the writer is a second process: it
# takes ~0.3 s to start, and pays for itself from a few thousand rows on (sinks.py).
PROCESS_MIN_BYTES = 300_000

T = TypeVar("T")


@dataclass
class ImportOptions:
    """The choices of one import: the CLI's flags, the wizard's pages."""

    sheet: str | None = None
    on_duplicate: OnDuplicate = OnDuplicate.UPDATE
    all_or_nothing: bool = False
    overrides: list[tuple[str, str]] = field(default_factory=list)  # (column, field)
    preset: Mapping[str, str] | None = None
    limits: ImportLimits = DEFAULT_LIMITS
    writer: str = "auto"  # "thread" or "process": where the writes run (see open_sink)
    exclude_rows: frozenset[int] = frozenset()  # Excel row numbers the user left out
    who: str = ""  # who imports (the batch's "who"; the server's history has the token)


@dataclass
class PreparedImport:
    """A sheet read and mapped; nothing validated yet."""

    path: Path
    table: Table
    header: HeaderRow
    mapping: SheetMapping

    @property
    def data_rows(self) -> int:
        """Rows under the header (empty ones included)."""
        return max(0, len(self.table.rows) - self.mapping.header_row - 1)


class ImportPipeline:
    """Imports spreadsheets into `store` (None: plan against an empty store, write nothing)."""

    def __init__(self, store: Store | None) -> None:
        self.store = store

    # -- the steps ---------------------------------------------------------------------------

    def sheet_names(self, path: Path, options: ImportOptions | None = None) -> list[str]:
        """The sheets a user can pick (FileRefused)."""
        return sheet_names(Path(path), (options or ImportOptions()).limits)

    def read(self, path: Path, options: ImportOptions | None = None) -> PreparedImport:
        """Read the sheet, find its header row and map its columns (FileRefused,
        MappingError)."""
        options = options or ImportOptions()
        path = Path(path)
        table = read_table(path, options.sheet, options.limits)
        header = find_header_row(table)
        mapping = build_mapping(table, header, preset=options.preset,
                                overrides=options.overrides, web_bases=self._web_bases())
        return PreparedImport(path, table, header, mapping)

    def remap(self, prepared: PreparedImport, overrides: Iterable[tuple[str, str]]
              ) -> PreparedImport:
        """The same sheet with the user's column choices, (column header or letter, field);
        columns without one are recognised again (MappingError if the result is unusable)."""
        mapping = build_mapping(prepared.table, prepared.header, overrides=list(overrides),
                                web_bases=self._web_bases())
        return PreparedImport(prepared.path, prepared.table, prepared.header, mapping)

    def preview(self, prepared: PreparedImport, options: ImportOptions | None = None,
                job: JobContext | None = None) -> ImportPlan:
        """Validate and plan against the store: what `apply` would do. Nothing is written."""
        options = options or ImportOptions()
        with gc_paused():
            return self._plan(prepared, options, job or quiet(), None)

    def redecide(self, plan: ImportPlan, on_duplicate: OnDuplicate) -> ImportPlan:
        """A previewed plan under another duplicate policy (no need to check the rows
        again). `plan` is spent: use the one returned."""
        return redecide(plan, on_duplicate)

    def apply(self, prepared: PreparedImport, options: ImportOptions | None = None,
              job: JobContext | None = None, *, report: Path | None = None) -> ImportResult:
        """Validate, plan and write, in one transaction; nothing is written when
        --all-or-nothing finds an invalid row (Cancelled, WriteFailed: nothing written)."""
        options = options or ImportOptions()
        sink = self._open_sink(prepared.path, options)
        return self._write(prepared, options, sink, job or quiet(), report)

    def run(self, path: Path, options: ImportOptions | None = None, *, dry_run: bool = False,
            report: Path | None = None, job: JobContext | None = None) -> ImportResult:
        """The whole import in one call (the CLI): `read`, then `preview` on a dry run or
        `apply` otherwise; `report` receives the invalid rows."""
        options = options or ImportOptions()
        job = job or quiet()
        if dry_run or self.store is None:
            prepared = self.read(path, options)
            result = self._result(prepared, self.preview(prepared, options, job), report,
                                  dry_run=True)
            result.message = user_text("Dry run: nothing was written.")
            return result
        # The writer starts (and takes the write lock) while the file is read.
        sink = self._open_sink(Path(path), options)
        try:
            prepared = self.read(path, options)
        except BaseException:
            sink.abort()
            raise
        return self._write(prepared, options, sink, job, report)

    def write_report(self, prepared: PreparedImport, plan: ImportPlan, path: Path,
                     language: str = "en") -> Path:
        """The invalid rows as they were read, with their reasons, to fix and import again."""
        write_error_report(path, list(prepared.header.headers), plan.invalid_rows, language)
        return path

    # -- the one loop ------------------------------------------------------------------------

    def _plan(self, prepared: PreparedImport, options: ImportOptions, job: JobContext,
              writes: StreamingWrites | None) -> ImportPlan:
        """Validate and plan a chunk of rows at a time; `writes` (when applying) writes what
        each chunk starts while the next is planned."""
        store = self.store
        total = prepared.data_rows
        if writes is not None:
            writes.start(total, len(prepared.mapping.columns))
        region = store.phone_region if store is not None else DEFAULT_REGION
        planner = Planner(StoreLookup(store) if store is not None else EmptyLookup(),
                          options.on_duplicate)
        rows = parse_rows(prepared.table, prepared.mapping, region=region,
                          web_bases=self._web_bases(), limits=options.limits)
        message = (user_text("checking and writing rows") if writes is not None
                   else user_text("checking rows"))
        header_row = prepared.mapping.header_row
        if options.exclude_rows:
            rows = (r for r in rows if r.row not in options.exclude_rows)
        for chunk in _chunks(rows, CHUNK_ROWS):
            job.check_cancelled()
            planned = planner.add(chunk)
            if writes is not None:
                writes.add(planner, planned, len(chunk))
            job.progress(chunk[-1].row - header_row - 1, total, message)
        job.progress(total, total, message)
        return planner.finish()

    def _write(self, prepared: PreparedImport, options: ImportOptions, sink: ImportSink,
               job: JobContext, report: Path | None) -> ImportResult:
        assert self.store is not None
        writes = StreamingWrites(self.store, sink, all_or_nothing=options.all_or_nothing)
        refused = False
        batch: ImportBatch | None = None
        try:
            with gc_paused():
                plan = self._plan(prepared, options, job, writes)
            refused = options.all_or_nothing and bool(plan.invalid_rows)
            if refused:
                writes.abort()
                written = None
            else:
                # The batch undo takes back is kept by the writer, in the same transaction.
                batch = import_batch(plan, writes.batch_id, prepared.path.name, options.who)
                with gc_paused():
                    written = writes.commit(plan, job, batch)
        except BaseException:
            writes.abort()
            raise
        # The report is written once the store is free again (committed or rolled back).
        result = self._result(prepared, plan, report, dry_run=False)
        if refused:
            result.message = user_text(
                "Nothing was imported: {count} rows are invalid and --all-or-nothing was "
                "given. Fix them and import again.", count=len(plan.invalid_rows))
        else:
            result.applied, result.written = True, written
            result.batch_id = batch.id if batch is not None else None
        return result

    def _result(self, prepared: PreparedImport, plan: ImportPlan, report: Path | None, *,
                dry_run: bool) -> ImportResult:
        result = ImportResult(prepared.path, prepared.table.sheet, prepared.mapping, plan,
                              dry_run=dry_run, applied=False)
        if report is not None and plan.invalid_rows:
            result.report = self.write_report(prepared, plan, report)
        return result

    def _open_sink(self, path: Path, options: ImportOptions) -> ImportSink:
        assert self.store is not None, "a pipeline without a store only previews"
        size = path.stat().st_size if path.is_file() else 0
        return open_sink(self.store, options.writer, large=size >= PROCESS_MIN_BYTES)

    def _web_bases(self) -> dict[Platform, str] | None:
        store = self.store
        return {p: store.web_base(p) for p in Platform} if store is not None else None


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
