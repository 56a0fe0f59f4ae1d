#!/usr/bin/env python3
"""The README's commands: set up a virtual environment, then run the app or the tests.

    python3 dev.py demo          # the app on demo data (embedded database, simulated platforms)
    python3 dev.py test [ARGS]   # the whole test suite (extra ARGS go to pytest)
    python3 dev.py bench [NAME]  # the benchmarks in benchmarks/ (results in benchmarks/RESULTS.md)
    python3 dev.py fuzz [ARGS]   # the API and push fuzz, long (INFLUENCER_FUZZ_EXAMPLES=500)
    python3 dev.py lint          # ruff
    python3 dev.py soak --seeds N   # the sync convergence test over N seeds (--seed S replays)
    python3 dev.py screenshots   # re-render the README's screenshots into docs/screenshots/
    python3 dev.py translations  # refresh desktop/i18n/*.ts from the code; list what lacks Korean
    python3 dev.py translations --fill FILE   # put the Korean lines of FILE into the .ts
    python3 dev.py setup         # only create / refresh .venv

Each command installs what it needs first (a .venv beside this file, refreshed whenever
pyproject.toml changes), so a fresh clone needs nothing but Python 3.11+.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".dev-stamp"


def _venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def ensure_env() -> Path:
    """Create or refresh .venv so it matches pyproject.toml; return its python."""
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py runs before the venv exists
        sys.exit(f"Influencer Desk needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    py = _venv_python()
    if not py.exists():
        print("Creating .venv ...", file=sys.stderr)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print("Installing dependencies into .venv (first run or pyproject.toml changed) ...",
              file=sys.stderr)
        subprocess.check_call([str(py), "-m", "pip", "install", "-q", "--upgrade", "pip"])
        subprocess.check_call([str(py), "-m", "pip", "install", "-q", "-e", f"{ROOT}[dev]"])
        STAMP.write_text(wanted)
    return py


def _run_forwarding_signals(command: list[str], env: dict[str, str]) -> int:
    """Run the app; Ctrl-C or SIGTERM reach it, so it closes and cleans up the demo."""
    child = subprocess.Popen(command, env=env)

    def forward(signum: int, _frame: object) -> None:
        child.send_signal(signum)

    signal.signal(signal.SIGTERM, forward)
    while True:
        try:
            return child.wait()
        except KeyboardInterrupt:  # on Windows the console already told the child
            if os.name != "nt":
                child.send_signal(signal.SIGINT)


def main(argv: list[str]) -> int:
    if not argv or argv[0] in {"-h", "--help", "help"}:
        print(__doc__)
        return 0
    command, rest = argv[0], argv[1:]
    py = str(ensure_env())
    env = dict(os.environ)
    if command == "setup":
        return 0
    if command == "translations":
        if rest[:1] == ["--fill"] and len(rest) == 2:
            args = ["fill", str(Path(rest[1]).resolve())]  # the file is the user's, cwd-relative
        else:
            args = ["update"]
        return subprocess.call([py, "-m", "desktop.i18n.build", *args], cwd=ROOT, env=env)
    if command in ("demo", "test", "screenshots"):
        # The window's translations (.qm) are built from desktop/i18n/*.ts when missing or
        # older than their source; they are build outputs, not in git.
        subprocess.check_call([py, "-m", "desktop.i18n.build", "compile"], cwd=ROOT, env=env)
    if command == "demo":
        return _run_forwarding_signals([py, "-m", "desktop", "--demo", *rest], env)
    if command == "test":
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return subprocess.call([py, "-m", "pytest", *rest], cwd=ROOT, env=env)
    if command == "fuzz":  # the suite runs the same tests bounded (25 examples each)
        env.setdefault("INFLUENCER_FUZZ_EXAMPLES", "500")
        return subprocess.call([py, "-m", "pytest", "-m", "fuzz", "--timeout=0",
                                "tests/sync_api/fuzz", *rest],
                               cwd=ROOT, env=env)
    if command == "bench":
        return subprocess.call([py, "-m", "benchmarks", *rest], cwd=ROOT, env=env)
    if command == "screenshots":
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return subprocess.call([py, "-m", "desktop.ui.screenshots",
                                str(ROOT / "docs" / "screenshots")], cwd=ROOT, env=env)
    if command == "soak":  # the convergence test over many seeds (issue 16)
        return subprocess.call([py, "-m", "tests.support.convergence", *rest], cwd=ROOT,
                               env=env)
    if command == "lint":
        return subprocess.call([py, "-m", "ruff", "check", ".", *rest], cwd=ROOT, env=env)
    print(f"Unknown command {command!r}.\n{__doc__}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
