"""The installed app's self-check, the parts without a window: the platform adapters load,
a large import's writer process starts (multiprocessing in a frozen app), an .xlsx is
written and read back, and where the sync token is kept. desktop/ui/app.py runs these after
rendering the main window (`influencer-desk --self-check`, build_installer.py --check)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from desktop.collect.registry import adapter_classes
from desktop.excel import ImportOptions, export_search, run_import
from desktop.excel.importing.sinks import wait_for_writers
from desktop.store import SearchQuery, Store
from desktop.sync.tokens import describe_token_store
from shared_models.platforms import PLATFORMS, Platform, profile_url

ONE_OF_EACH = {"influencers": 1, "accounts": 1}


class CheckFailed(Exception):
    """What did not work, in a sentence for the build log."""


def adapters() -> list[str]:
    found = adapter_classes()
    missing = [p.value for p in PLATFORMS if p not in found]
    if missing:
        raise CheckFailed(f"no adapter for platform(s) {missing}")
    return sorted(f"{p.value}={cls.__name__}" for p, cls in found.items())


def excel_round_trip() -> None:
    """Import one row through a writer process (how large imports run) into a throwaway
    store, export it to .xlsx, and import that into a second one."""
    with (tempfile.TemporaryDirectory(prefix="idesk-self-check-") as temp,
          Store.open(Path(temp) / "store") as store,
          Store.open(Path(temp) / "copy") as copy):
        url = profile_url(Platform.A, "self_check", store.web_base(Platform.A))
        sheet = Path(temp) / "one.csv"
        sheet.write_text(f"이름,블로그 URL\n점검,{url}\n", encoding="utf-8")
        created = run_import(sheet, store, ImportOptions(writer="process")).to_json()
        wait_for_writers()
        if created["created"] != ONE_OF_EACH:
            raise CheckFailed(f"the import writer process wrote {created['created']}")
        workbook = Path(temp) / "export.xlsx"
        export_search(store, workbook, SearchQuery(), [Platform.A])
        copied = run_import(workbook, copy, ImportOptions()).to_json()["created"]
    if copied != ONE_OF_EACH:
        raise CheckFailed(f"the exported .xlsx read back as {copied}")


def run_checks() -> str:
    """All of them; the summary line's tail, or CheckFailed."""
    names = adapters()
    excel_round_trip()
    return (f"adapters {names}, import writer process, xlsx written and read, "
            f"token store: {describe_token_store()}")
