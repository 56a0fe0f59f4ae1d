"""Export of a search to a workbook: one sheet per platform, rows streamed in order through
the one .xlsx writer (xlsxstream.py), which reports use too.

Columns: the influencer (name, phone, tags, notes), the account (platform, handle, profile
URL, e-mail, category, status, notes), the influencer's handles on the other platform, and
the latest value of each metric with the date it was observed. Every header is one the
import recognises, so an exported file imports back with no changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice
from pathlib import Path

from desktop.excel.xlsx import MAX_URLS_PER_SHEET, column_widths
from desktop.excel.xlsxstream import atomic_workbook
from desktop.jobs import JobContext, quiet
from desktop.store import AccountRow, SearchQuery, Store
from shared_models.phones import display_phone
from shared_models.platforms import PLATFORMS, Platform

METRICS_BY_PLATFORM: dict[Platform, tuple[str, ...]] = {
    Platform.A: ("daily_visitors", "total_visitors", "followers", "post_count"),
    Platform.B: ("followers", "following", "post_count"),
}
BASE_COLUMNS = ("Name", "Phone", "Tags", "Notes", "Platform", "Handle", "Profile URL", "Email",
                "Category", "Status", "Account notes", "Other platform handles")
URL_COLUMNS = (BASE_COLUMNS.index("Profile URL"),)
WIDTH_SAMPLE = 500


def metric_label(metric: str) -> str:
    return metric.replace("_", " ").capitalize()


def sheet_header(platform: Platform) -> list[str]:
    header = list(BASE_COLUMNS)
    for metric in METRICS_BY_PLATFORM[platform]:
        header += [metric_label(metric), f"{metric_label(metric)} date"]
    return header


@dataclass
class ExportResult:
    path: Path
    sheets: dict[str, int] = field(default_factory=dict)  # sheet name -> rows written
    plain_links: int = 0  # URLs written as text because the sheet reached Excel's link limit

    @property
    def rows(self) -> int:
        return sum(self.sheets.values())

    def to_json(self) -> dict[str, object]:
        return {"path": str(self.path), "rows": self.rows, "sheets": self.sheets,
                "plain_links": self.plain_links}


def export_search(store: Store, path: Path, query: SearchQuery,
                  platforms: Sequence[Platform] | None = None,
                  job: JobContext | None = None) -> ExportResult:
    """Export what `query` finds, one sheet per platform (or only the platform asked for)."""
    chosen = list(platforms) if platforms else (
        [Platform(query.platform)] if query.platform else list(Platform))
    queries = {p: replace(query, platform=p.value, offset=0, limit=None) for p in chosen}
    totals = {p: store.search(replace(q, limit=0)).total for p, q in queries.items()}
    region = str(store.get_setting("phone_region", "KR"))
    return write_export(path, {p: store.iter_search(q) for p, q in queries.items()},
                        total=sum(totals.values()), region=region, job=job)


def write_export(path: Path, rows: Mapping[Platform, Iterable[AccountRow]], *,
                 total: int | None = None, region: str = "KR",
                 job: JobContext | None = None,
                 max_links: int = MAX_URLS_PER_SHEET) -> ExportResult:
    """Write the sheets; the file appears only once complete (a cancelled export leaves none)."""
    job = job or quiet()
    path = Path(path)
    result = ExportResult(path)
    done = 0
    with atomic_workbook(path) as workbook:
        for platform, platform_rows in rows.items():
            name = PLATFORMS[platform].label
            writer = workbook.add_sheet(name, max_links)
            header = sheet_header(platform)
            writer.header(header)
            to_values = _row_values(platform, region)
            iterator = iter(platform_rows)
            first = [to_values(r) for r in islice(iterator, WIDTH_SAMPLE)]
            count = 0
            for values in first:
                writer.row(values, URL_COLUMNS)
                count += 1
            for row in iterator:
                writer.row(to_values(row), URL_COLUMNS)
                count += 1
                if count % 1000 == 0:
                    job.check_cancelled()
                    job.progress(done + count, total, name)
            writer.finish(column_widths(header, first))
            result.sheets[name] = count
            result.plain_links += writer.plain_links
            done += count
            job.progress(done, total, name)
    return result


def _row_values(platform: Platform, region: str) -> Callable[[AccountRow], list[object]]:
    metrics = METRICS_BY_PLATFORM[platform]
    phone = lru_cache(maxsize=4096)(display_phone)  # an influencer's rows repeat the phone

    def values(row: AccountRow) -> list[object]:
        out: list[object] = [
            row.name, phone(row.phone), ", ".join(row.tags),
            row.influencer_notes, row.platform, row.handle, row.profile_url, row.email,
            row.category, row.status, row.notes, ", ".join(row.other_platform_handles)]
        for metric in metrics:
            latest = row.metrics.get(metric)
            if latest is None:
                out += ["", ""]
            else:
                value = latest.value
                out += [int(value) if float(value).is_integer() else value, latest.observed_at]
        return out

    return values
