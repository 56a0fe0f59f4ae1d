"""Every command runs in a throwaway data dir and keyring; `run` calls the CLI as a shell does."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main


@pytest.fixture(autouse=True)
def _isolated(keyring_sandbox: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INFLUENCER_DESK_DATA_DIR", str(tmp_path / "desk"))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    try:
        parsed = json.loads(out) if "--json" in argv and out.strip() else out
    except json.JSONDecodeError:
        parsed = out
    return code, parsed, err
