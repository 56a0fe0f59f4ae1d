"""Excel workflows: bulk import (read, map, validate, dedupe, apply) and export.

Import: one pipeline (pipeline.py) that the CLI and the window's wizard both run:

    pipeline = ImportPipeline(store)
    prepared = pipeline.read(path, options)          # read + header row + mapping (editable)
    plan = pipeline.preview(prepared, options, job)  # validate + duplicates: the counts
    result = pipeline.apply(prepared, options, job)  # the same, written in one transaction
    pipeline.run(path, options, dry_run=..., report=..., job=...)  # the CLI: all of it

`prepare`, `preview` and `run_import` are its steps as functions. WriteFailed if the store
cannot be written.

Export: `export_search(store, path, SearchQuery(...), platforms, job)`.
"""

from desktop.excel.exporting.export import ExportResult, export_search, write_export
from desktop.excel.importing.mapping import MappingError, SheetMapping
from desktop.excel.importing.pipeline import ImportOptions, ImportPipeline, PreparedImport
from desktop.excel.importing.plan import Action, ImportPlan, OnDuplicate
from desktop.excel.importing.presets import load_preset, save_preset
from desktop.excel.importing.result import ImportResult
from desktop.excel.importing.service import prepare, preview, run_import
from desktop.excel.importing.sinks import WriteFailed
from desktop.excel.importing.validate import CellError
from desktop.excel.reading.limits import DEFAULT_LIMITS, FileRefused, ImportLimits
from desktop.store.bulkrecords import Applied

__all__ = [
    "DEFAULT_LIMITS",
    "Action",
    "Applied",
    "CellError",
    "ExportResult",
    "FileRefused",
    "ImportLimits",
    "ImportOptions",
    "ImportPipeline",
    "ImportPlan",
    "ImportResult",
    "MappingError",
    "OnDuplicate",
    "PreparedImport",
    "SheetMapping",
    "WriteFailed",
    "export_search",
    "load_preset",
    "prepare",
    "preview",
    "run_import",
    "save_preset",
    "write_export",
]
