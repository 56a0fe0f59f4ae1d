"""The import in one call per step, for callers that need just that step: each is the
one pipeline's (pipeline.py), so they give what the CLI and the wizard give.

    prepared = prepare(path, options)                # read + header row + mapping
    plan = preview(prepared, store, options, job)    # validate + plan: nothing written
    run_import(path, store, options, dry_run=..., report=..., job=...)  # the whole import
"""

from __future__ import annotations

from pathlib import Path

from desktop.excel.importing.pipeline import ImportOptions, ImportPipeline, PreparedImport
from desktop.excel.importing.plan import ImportPlan
from desktop.excel.importing.result import ImportResult
from desktop.jobs import JobContext
from desktop.store import Store

__all__ = ["ImportOptions", "ImportResult", "PreparedImport", "prepare", "preview",
           "run_import"]


def prepare(path: Path, options: ImportOptions | None = None) -> PreparedImport:
    """Read the sheet, find its header row and map its columns (FileRefused, MappingError)."""
    return ImportPipeline(None).read(path, options)


def preview(prepared: PreparedImport, store: Store | None, options: ImportOptions | None = None,
            job: JobContext | None = None) -> ImportPlan:
    """Validate and plan against the store (None: an empty one): the counts the user sees
    before anything is written."""
    return ImportPipeline(store).preview(prepared, options, job)


def run_import(path: Path, store: Store, options: ImportOptions | None = None, *,
               dry_run: bool = False, report: Path | None = None,
               job: JobContext | None = None) -> ImportResult:
    """The whole import (`influencer-desk import`): see ImportPipeline.run."""
    return ImportPipeline(store).run(path, options, dry_run=dry_run, report=report, job=job)
