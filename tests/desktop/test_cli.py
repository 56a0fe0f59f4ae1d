"""`influencer-desk` with no command opens the window without importing the commands' HTTP
and Excel stacks (a quick start); any command word or --help still gets the full CLI."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desktop.cli import _opens_the_app


@pytest.mark.parametrize(("argv", "opens"), [
    ([], True), (["--demo"], True), (["--data-dir", "/tmp/x"], True), (["--self-check"], True),
    (["search", "민지"], False), (["--data-dir", "/tmp/x", "sync"], False), (["--help"], False),
])
def test_only_a_command_word_or_help_builds_the_full_cli(argv: list[str], opens: bool) -> None:
    assert _opens_the_app(argv) is opens


def test_the_app_path_does_not_import_the_http_or_excel_stacks() -> None:
    probe = ("import sys; from desktop.cli import _app_parser; _app_parser().parse_args([]); "
             "print(sorted(m for m in ('httpx', 'desktop.excel', 'desktop.sync') "
             "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_one_version_everywhere() -> None:
    from importlib.metadata import version

    import desktop

    out = subprocess.run([sys.executable, "-m", "desktop", "--version"], capture_output=True,
                         text=True, check=True)
    assert version("influencer-desk") == desktop.__version__
    assert out.stdout.strip() == f"influencer-desk {desktop.__version__}"
