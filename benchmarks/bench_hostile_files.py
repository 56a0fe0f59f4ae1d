"""Import safety at the limits (issue 17): memory of the largest file the limits let in, and
the cost of refusing a sparse sheet.

1. Peak memory of importing the largest honest workbook the limits accept (max_rows rows x
   8 columns, both platforms' URLs on every row), against the 1 GB goal; baseline:
   `pandas.read_excel(engine="openpyxl")` merely reading the same file, in the same run.
2. A 5 KB workbook with one value at XFD250000 (a grid of four billion cells to a reader
   that builds the dense range): the time to refuse it, against the time to read an honest
   workbook of the same two data rows (ratio); before, the process was aborted.

Every measurement runs in its own process, so peak memory (ru_maxrss) is that task's alone.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import xlsxwriter

from benchmarks.bench_excel import make_workbook
from desktop.excel.reading.limits import DEFAULT_LIMITS


def _peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def make_stray(path: Path, honest: bool) -> None:
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("명단")
    sheet.write_row(0, 0, ["이름", "연락처"])
    sheet.write_row(1, 0, ["김하늘", "010-1234-5678"])
    sheet.write_row(2, 0, ["박지수", "010-9876-5432"])
    if not honest:
        sheet.write(249_999, 16_383, "x")
    workbook.close()


def task_import(path: str, data_dir: str) -> dict[str, float]:
    from desktop.excel import FileRefused, run_import
    from desktop.excel.importing.sinks import wait_for_writers
    from desktop.store import Store

    with Store.open(data_dir) as store:
        start = time.perf_counter()
        try:
            result = run_import(Path(path), store)
            rows, refused = float(result.plan.rows), 0.0
        except FileRefused:
            rows, refused = 0.0, 1.0
        seconds = time.perf_counter() - start
        wait_for_writers()  # the writer process ends, so its peak counts as a child's
    return {"seconds": seconds, "rows": rows, "refused": refused, "peak_mb": _peak_mb(),
            "writer_peak_mb": _peak_mb(resource.RUSAGE_CHILDREN)}


def task_pandas_read(path: str) -> dict[str, float]:
    import pandas as pd

    start = time.perf_counter()
    frame = pd.read_excel(path, engine="openpyxl")
    return {"seconds": time.perf_counter() - start, "rows": float(len(frame)),
            "peak_mb": _peak_mb()}


TASKS = {"import": task_import, "pandas_read": task_pandas_read}


def _child(task: str, *args: str) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-m", "benchmarks.bench_hostile_files", task, *args],
                          check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(quick: bool) -> str:
    rows = 5_000 if quick else DEFAULT_LIMITS.max_rows
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        stray, honest, largest = root / "stray.xlsx", root / "honest.xlsx", root / "largest.xlsx"
        make_stray(stray, honest=False)
        make_stray(honest, honest=True)
        refusals = [_child("import", str(stray), str(root / f"s{i}")) for i in range(5)]
        reads = [_child("import", str(honest), str(root / f"h{i}")) for i in range(5)]
        make_workbook(largest, rows)
        size_mb = largest.stat().st_size / 2**20
        baseline = _child("pandas_read", str(largest))
        imported = _child("import", str(largest), str(root / "largest-store"))
    assert all(r["refused"] for r in refusals) and not any(r["refused"] for r in reads)
    refuse_s = sorted(r["seconds"] for r in refusals)[2]
    read_s = sorted(r["seconds"] for r in reads)[2]
    total_peak = imported["peak_mb"] + imported["writer_peak_mb"]
    verdict = "met" if total_peak < 1024 else "NOT met"
    return "\n".join([
        f"Load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores.",
        "",
        "| task | time (s) | peak memory (MB) |",
        "|---|---:|---:|",
        f"| pandas.read_excel(engine=\"openpyxl\") of the largest accepted workbook "
        f"({rows:,} rows x 8 columns, {size_mb:.1f} MB) — read only (baseline) | "
        f"{baseline['seconds']:.1f} | {baseline['peak_mb']:.0f} |",
        f"| **import** of that workbook (planning process + writer process) | "
        f"{imported['seconds']:.1f} | {imported['peak_mb']:.0f} + writer "
        f"{imported['writer_peak_mb']:.0f} |",
        f"| import of an honest 2-row workbook (median of 5) | {read_s:.3f} | "
        f"{sorted(r['peak_mb'] for r in reads)[2]:.0f} |",
        f"| **refusal** of the 5 KB workbook with a value at XFD250000 (median of 5) | "
        f"{refuse_s:.3f} | {sorted(r['peak_mb'] for r in refusals)[2]:.0f} |",
        "",
        f"- Largest accepted import: **{total_peak:.0f} MB** peak in all, "
        f"{total_peak / baseline['peak_mb']:.2f}x pandas' read of the same file "
        f"(goal < 1,024 MB: {verdict}).",
        f"- Refusing the sparse sheet takes **{refuse_s / read_s:.2f}x** the time of importing "
        "an honest workbook of the same rows (before: the process was aborted asking for "
        "131 GB).",
    ])


if __name__ == "__main__":
    task, *arguments = sys.argv[1:]
    print(json.dumps(TASKS[task](*arguments)))
