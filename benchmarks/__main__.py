from __future__ import annotations

import argparse
import datetime as dt
import importlib
import os
import platform
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "RESULTS.md"
HEADER = ("# Benchmark results\n\nWritten by `python3 dev.py bench`; each section is replaced "
          "when its benchmark runs again.\n")


def available() -> list[str]:
    return sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))


def machine() -> str:
    return (f"{platform.node()} · {platform.machine()} · {os.cpu_count()} cores · "
            f"Python {platform.python_version()} · {dt.date.today().isoformat()}")


def record(name: str, body: str) -> None:
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else HEADER
    section = (f"<!-- bench:{name} -->\n## {name}\n\n_{machine()}_\n\n{body.strip()}\n"
               f"<!-- /bench:{name} -->")
    pattern = re.compile(rf"<!-- bench:{re.escape(name)} -->.*?<!-- /bench:{re.escape(name)} -->",
                         re.S)
    text = pattern.sub(lambda _: section, text) if pattern.search(text) else (
        text.rstrip() + "\n\n" + section + "\n")
    RESULTS.write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(prog="python3 dev.py bench")
    parser.add_argument("names", nargs="*", help=f"which to run (default all): {available()}")
    parser.add_argument("--quick", action="store_true", help="small sizes, to check it runs")
    parser.add_argument("--no-record", action="store_true", help="print only")
    args = parser.parse_args()
    names = args.names or available()
    for name in names:
        if name not in available():
            print(f"unknown benchmark {name!r}; have {available()}", file=sys.stderr)
            return 2
        module = importlib.import_module(f"benchmarks.bench_{name}")
        print(f"== {name}", file=sys.stderr)
        body = module.run(quick=args.quick)
        print(body)
        if not args.no_record and not args.quick:
            record(name, body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
