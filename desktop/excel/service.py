"""The import as a service: read -> map -> validate -> plan (the preview) -> apply.

The CLI calls `run_import`, which writes while it plans (stream.py); the window's wizard
calls the steps one by one (`prepare`, then `preview` after the user edited the mapping,
then `apply_plan` on "Import").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from desktop.excel.gcpause import gc_paused
from desktop.excel.headers import HeaderRow, find_header_row
from desktop.excel.limits import DEFAULT_LIMITS, ImportLimits
from desktop.excel.mapping import SheetMapping, build_mapping
from desktop.excel.plan import (
    Action,
    EmptyLookup,
    ImportPlan,
    OnDuplicate,
    StoreLookup,
    plan_rows,
)
from desktop.excel.reader import Table, read_table
from desktop.excel.report import write_error_report
from desktop.excel.sinks import open_sink
from desktop.excel.stream import StreamingImport
from desktop.excel.validate import ParsedRow, parse_rows
from desktop.jobs import JobContext, quiet
from desktop.store import Store
from shared_models.phones import DEFAULT_REGION
from shared_models.platforms import Platform

# From this file size on (~7,000 rows of 8 columns), run_import writes from a second process:
# it takes ~0.3 s to start, and pays for itself from a few thousand rows on.
PROCESS_MIN_BYTES = 300_000


@dataclass
class ImportOptions:
    sheet: str | None = None
    on_duplicate: OnDuplicate = OnDuplicate.UPDATE
    all_or_nothing: bool = False
    overrides: list[tuple[str, str]] = field(default_factory=list)  # (column, field)
    preset: Mapping[str, str] | None = None
    limits: ImportLimits = DEFAULT_LIMITS
    writer: str = "auto"  # "thread" or "process": where run_import writes (see open_sink)


@dataclass
class PreparedImport:
    """A sheet read and mapped; nothing validated yet."""

    path: Path
    table: Table
    header: HeaderRow
    mapping: SheetMapping


@dataclass
class ImportResult:
    path: Path
    sheet: str
    mapping: SheetMapping
    plan: ImportPlan
    dry_run: bool
    applied: bool
    report: Path | None = None
    message: str = ""

    def to_json(self) -> dict[str, object]:
        plan = self.plan
        created = plan.count(Action.CREATE)
        updated = plan.count(Action.UPDATE)
        unchanged = plan.count(Action.UNCHANGED)
        skipped = plan.count(Action.SKIP)
        return {
            "file": str(self.path), "sheet": self.sheet, "dry_run": self.dry_run,
            "applied": self.applied, "on_duplicate": plan.on_duplicate.value,
            "rows": plan.rows,
            "created": created.to_json(),
            "updated": updated.total,
            "unchanged": unchanged.total,
            "skipped": skipped.total,
            "invalid": len(plan.invalid_rows),
            "duplicate_rows": plan.duplicate_rows,
            "details": {"updated": updated.to_json(), "unchanged": unchanged.to_json(),
                        "skipped": skipped.to_json()},
            "errors": [e.to_json() for e in plan.errors],
            "mapping": self.mapping.to_json(),
            "report": str(self.report) if self.report else None,
            "message": self.message,
        }

    def describe(self, max_errors: int = 50) -> str:
        plan = self.plan
        created = plan.count(Action.CREATE)
        updated = plan.count(Action.UPDATE)
        unchanged = plan.count(Action.UNCHANGED)
        skipped = plan.count(Action.SKIP)
        verb = "Would create" if not self.applied else "Created"
        lines = [
            f"{plan.rows} rows read from {self.path.name} (sheet {self.sheet}).",
            f"{verb} {created.influencers} influencers and {created.accounts} accounts; "
            f"{'would update' if not self.applied else 'updated'} {updated.influencers} "
            f"influencers and {updated.accounts} accounts; {unchanged.total} unchanged"
            + (f"; {skipped.total} existing records left as they are (--on-duplicate skip)"
               if skipped.total else "") + ".",
        ]
        if plan.duplicate_rows:
            lines.append(f"{plan.duplicate_rows} rows repeat earlier rows of the file.")
        if plan.invalid_rows:
            lines.append(f"{len(plan.invalid_rows)} rows are invalid and were not imported:")
            errors = plan.errors
            lines += [f"  {e.sentence()}" for e in errors[:max_errors]]
            if len(errors) > max_errors:
                lines.append(f"  ... and {len(errors) - max_errors} more"
                             + (" (see the error report)." if self.report else
                                " (use --report OUT.xlsx to get them all)."))
        if self.report:
            lines.append(f"Error report: {self.report}")
        if self.message:
            lines.append(self.message)
        return "\n".join(lines)


def store_web_bases(store: Store) -> dict[Platform, str]:
    return {p: store.web_base(p) for p in Platform}


def prepare(path: Path, options: ImportOptions | None = None,
            web_bases: Mapping[Platform, str] | None = None) -> PreparedImport:
    """Read the sheet, find its header row and map its columns (FileRefused, MappingError)."""
    options = options or ImportOptions()
    path = Path(path)
    table = read_table(path, options.sheet, options.limits)
    header = find_header_row(table)
    mapping = build_mapping(table, header, preset=options.preset, overrides=options.overrides,
                            web_bases=web_bases)
    return PreparedImport(path, table, header, mapping)


def validate(prepared: PreparedImport, *, region: str = DEFAULT_REGION,
             web_bases: Mapping[Platform, str] | None = None,
             options: ImportOptions | None = None,
             job: JobContext | None = None) -> list[ParsedRow]:
    options = options or ImportOptions()
    job = job or quiet()
    total = max(0, len(prepared.table.rows) - prepared.mapping.header_row - 1)
    parsed: list[ParsedRow] = []
    for row in parse_rows(prepared.table, prepared.mapping, region=region,
                          web_bases=web_bases, limits=options.limits):
        parsed.append(row)
        if len(parsed) % 2000 == 0:
            job.check_cancelled()
            job.progress(row.row - prepared.mapping.header_row - 1, total, "checking rows")
    job.progress(total, total, "checking rows")
    return parsed


def preview(prepared: PreparedImport, store: Store | None, options: ImportOptions | None = None,
            job: JobContext | None = None) -> ImportPlan:
    """Validate and plan against the store: the counts the user sees before anything is written."""
    options = options or ImportOptions()
    region = str(store.get_setting("phone_region", DEFAULT_REGION)) if store else DEFAULT_REGION
    web_bases = store_web_bases(store) if store else None
    with gc_paused():
        parsed = validate(prepared, region=region, web_bases=web_bases, options=options,
                          job=job)
        lookup = StoreLookup(store) if store is not None else EmptyLookup()
        return plan_rows(parsed, lookup, options.on_duplicate)


def run_import(path: Path, store: Store, options: ImportOptions | None = None, *,
               dry_run: bool = False, report: Path | None = None,
               job: JobContext | None = None) -> ImportResult:
    """The whole import. Nothing is written on a dry run, or when --all-or-nothing finds an
    invalid row; otherwise the valid rows are written in one transaction, while the file is
    still being checked (stream.py)."""
    options = options or ImportOptions()
    job = job or quiet()
    if dry_run:
        prepared = prepare(path, options, store_web_bases(store))
        result = _result(prepared, preview(prepared, store, options, job), report, dry_run)
        result.message = "Dry run: nothing was written."
        return result
    # The writer starts (and takes the write lock) while the file is read.
    size = Path(path).stat().st_size if Path(path).is_file() else 0
    sink = open_sink(store, options.writer, large=size >= PROCESS_MIN_BYTES)
    streaming = StreamingImport(store, sink, all_or_nothing=options.all_or_nothing)
    try:
        prepared = prepare(path, options, store_web_bases(store))
        with gc_paused():
            plan = streaming.plan(prepared.table, prepared.mapping, options.on_duplicate,
                                  options.limits, job)
        if options.all_or_nothing and plan.invalid_rows:
            streaming.abort()
        else:
            with gc_paused():
                streaming.commit(plan, job)
    except BaseException:
        streaming.abort()
        raise
    # The report is written once the store is free again (committed or rolled back).
    result = _result(prepared, plan, report, dry_run)
    if options.all_or_nothing and plan.invalid_rows:
        result.message = (f"Nothing was imported: {len(plan.invalid_rows)} rows are invalid "
                          "and --all-or-nothing was given. Fix them and import again.")
    else:
        result.applied = True
    return result


def _result(prepared: PreparedImport, plan: ImportPlan, report: Path | None,
            dry_run: bool) -> ImportResult:
    result = ImportResult(Path(prepared.path), prepared.table.sheet, prepared.mapping, plan,
                          dry_run=dry_run, applied=False)
    if report is not None and plan.invalid_rows:
        write_error_report(report, list(prepared.header.headers), plan.invalid_rows)
        result.report = report
    return result
