"""Export of a search to a workbook: one sheet per platform, rows streamed in order through
the one .xlsx writer (xlsxstream.py), which reports use too.

Columns: the influencer (name, phone, tags, notes), the account (platform, handle, profile
URL, e-mail, category, status, notes), the influencer's handles on the other platform, and
the latest value of each metric with the date it was observed. Headers, sheet names and
status values are in the language asked for (Korean or English); every header and status,
in either language, is one the import recognises, so an exported file imports back with no
changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice
from operator import attrgetter
from pathlib import Path
from typing import get_origin

from desktop.excel.exporting.xlsx import MAX_URLS_PER_SHEET, column_widths
from desktop.excel.exporting.xlsxstream import atomic_workbook
from desktop.i18n.catalog import render
from desktop.jobs import JobContext, quiet
from desktop.store import AccountRow, SearchQuery, Store
from shared_models.phones import display_phone
from shared_models.platforms import PLATFORMS, Platform
from shared_models.records import METRIC_LABELS, RECORD_MODELS, Entity, field_rules, user_fields
from shared_models.rules import STATUS_LABELS, AccountStatus
from shared_models.texts import Text, user_text

# The influencer's fields, the account's, then the other platform's handles: one column per
# field a user types, headed by the field's label (every one an import header).
_FIELDS = [(entity, name) for entity in (Entity.INFLUENCER, Entity.ACCOUNT)
           for name in user_fields(entity)]
BASE_COLUMNS: tuple[Text, ...] = (*(field_rules(entity)[name].label for entity, name in _FIELDS),
                                  user_text("Other platform handles"))
# The AccountRow attribute of each column (its `notes` are the account's).
_ROW_ATTRS = (*("influencer_notes" if (entity, name) == (Entity.INFLUENCER, "notes") else name
                for entity, name in _FIELDS), "other_platform_handles")
_LIST_COLUMNS = (*(i for i, (entity, name) in enumerate(_FIELDS)
                   if get_origin(RECORD_MODELS[entity].model_fields[name].annotation) is list),
                 len(_FIELDS))
_PHONE_COLUMN = _FIELDS.index((Entity.INFLUENCER, "phone"))
_STATUS_COLUMN = _FIELDS.index((Entity.ACCOUNT, "status"))
URL_COLUMNS = (_FIELDS.index((Entity.ACCOUNT, "profile_url")),)
WIDTH_SAMPLE = 500


def metric_label(metric: str, language: str = "en") -> str:
    label = METRIC_LABELS.get(metric)
    return render(label, language) if label else metric.replace("_", " ").capitalize()


def metric_date_label(metric: str, language: str = "en") -> str:
    return render(user_text("{metric} date", metric=metric_label(metric, language)), language)


def sheet_header(platform: Platform, language: str = "en") -> list[str]:
    header = [render(label, language) for label in BASE_COLUMNS]
    for metric in PLATFORMS[platform].metrics:
        header += [metric_label(metric, language), metric_date_label(metric, language)]
    return header


def status_label(status: str, language: str = "en") -> str:
    """'not_found' -> 'Not found' / '찾을 수 없음'; an unknown code stays as it is."""
    try:
        return render(STATUS_LABELS[AccountStatus(status)], language)
    except ValueError:
        return status


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
                  job: JobContext | None = None, language: str = "en") -> ExportResult:
    """Export what `query` finds, one sheet per platform (or only the platform asked for)."""
    chosen = list(platforms) if platforms else (
        [Platform(query.platform)] if query.platform else list(Platform))
    queries = {p: replace(query, platform=p.value, offset=0, limit=None) for p in chosen}
    totals = {p: store.search(replace(q, limit=0)).total for p, q in queries.items()}
    region = str(store.get_setting("phone_region", "KR"))
    return write_export(path, {p: store.iter_search(q) for p, q in queries.items()},
                        total=sum(totals.values()), region=region, job=job,
                        language=language)


def write_export(path: Path, rows: Mapping[Platform, Iterable[AccountRow]], *,
                 total: int | None = None, region: str = "KR",
                 job: JobContext | None = None,
                 max_links: int = MAX_URLS_PER_SHEET, language: str = "en") -> ExportResult:
    """Write the sheets; the file appears only once complete (a cancelled export leaves none)."""
    job = job or quiet()
    path = Path(path)
    result = ExportResult(path)
    done = 0
    with atomic_workbook(path) as workbook:
        for platform, platform_rows in rows.items():
            name = render(PLATFORMS[platform].label, language)
            writer = workbook.add_sheet(name, max_links)
            header = sheet_header(platform, language)
            writer.header(header)
            to_values = _row_values(platform, region, language)
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


def _row_values(platform: Platform, region: str,
                language: str = "en") -> Callable[[AccountRow], list[object]]:
    metrics = PLATFORMS[platform].metrics
    phone = lru_cache(maxsize=4096)(display_phone)  # an influencer's rows repeat the phone
    statuses = {s.value: status_label(s.value, language) for s in AccountStatus}

    fields = attrgetter(*_ROW_ATTRS)

    def values(row: AccountRow) -> list[object]:
        out: list[object] = list(fields(row))
        out[_PHONE_COLUMN] = phone(row.phone)
        out[_STATUS_COLUMN] = statuses.get(out[_STATUS_COLUMN], out[_STATUS_COLUMN])  # type: ignore[call-overload]
        for column in _LIST_COLUMNS:
            out[column] = ", ".join(out[column])  # type: ignore[arg-type]
        for metric in metrics:
            latest = row.metrics.get(metric)
            if latest is None:
                out += ["", ""]
            else:
                value = latest.value
                out += [int(value) if float(value).is_integer() else value, latest.observed_at]
        return out

    return values
