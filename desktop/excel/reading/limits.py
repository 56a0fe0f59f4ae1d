"""Caps on what an import will read: an Excel file is untrusted input."""

from __future__ import annotations

from dataclasses import dataclass

from shared_models.rules import MAX_NOTES_CHARS


class FileRefused(Exception):
    """A file the import will not read; `str(err)` is a sentence for the user."""


@dataclass(frozen=True)
class ImportLimits:
    max_file_bytes: int = 64 * 1024 * 1024
    max_rows: int = 150_000
    max_columns: int = 200
    # The dense rectangle a sheet reader builds (rows x columns up to the farthest value):
    # what keeps an import's peak memory under 1 GB (benchmarks/RESULTS.md, issue 17).
    max_cells: int = 2_500_000
    # Longer cells are reported as invalid, not read further: no field takes more.
    max_cell_chars: int = MAX_NOTES_CHARS
    # Zip containers (.xlsx, .ods): checked on the declared sizes before anything is inflated.
    max_uncompressed_bytes: int = 1024 * 1024 * 1024
    max_member_ratio: float = 200.0  # compressed -> uncompressed, for members over 1 MiB
    max_zip_members: int = 5_000


DEFAULT_LIMITS = ImportLimits()
