"""Excel workflows: bulk import (read, map, validate, dedupe, apply) and export.

Import, step by step (the window's wizard) or in one call (the CLI):

    prepared = prepare(path, options, web_bases)     # read + header row + mapping (editable)
    plan = preview(prepared, store, options, job)    # validate + duplicates: the counts
    apply_plan(store, plan, job)                     # one transaction
    run_import(path, store, options, dry_run=..., report=..., job=...)  # all of the above,
                                    # writing while it plans (stream.py); WriteFailed if it cannot

Export: `export_search(store, path, SearchQuery(...), platforms, job)`.
"""

from desktop.excel.apply import apply_plan
from desktop.excel.export import ExportResult, export_search, write_export
from desktop.excel.limits import DEFAULT_LIMITS, FileRefused, ImportLimits
from desktop.excel.mapping import MappingError, SheetMapping
from desktop.excel.plan import Action, ImportPlan, OnDuplicate
from desktop.excel.presets import load_preset, save_preset
from desktop.excel.service import (
    ImportOptions,
    ImportResult,
    PreparedImport,
    prepare,
    preview,
    run_import,
)
from desktop.excel.sinks import WriteFailed
from desktop.excel.validate import CellError
from desktop.store.bulkrecords import KeyTaken

__all__ = [
    "DEFAULT_LIMITS",
    "Action",
    "CellError",
    "ExportResult",
    "FileRefused",
    "ImportLimits",
    "ImportOptions",
    "ImportPlan",
    "ImportResult",
    "KeyTaken",
    "MappingError",
    "OnDuplicate",
    "PreparedImport",
    "SheetMapping",
    "WriteFailed",
    "apply_plan",
    "export_search",
    "load_preset",
    "prepare",
    "preview",
    "run_import",
    "save_preset",
    "write_export",
]
