"""What the bundle build checks without building (that takes minutes; CI builds it in
.ci/run): the size gate and its report, and the token store the self-check names."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

import build_installer
from desktop.checks import run_checks
from desktop.sync.tokens import ENV_TOKEN, describe_token_store, load_token


def a_bundle(root: Path) -> Path:
    """A fake one-folder bundle: an executable, Qt parts, system libraries, a package."""
    files = {"influencer-desk": 3, "_internal/PySide6/Qt/lib/libQt6Core.so.6": 70,
             "_internal/PySide6/Qt/translations/qtbase_ko.qm": 1,
             "_internal/PySide6/QtCore.abi3.so": 5, "_internal/libcairo.so.2": 4,
             "_internal/libz.so.1": 2, "_internal/libpython3.11.so.1.0": 6,
             "_internal/pydantic_core/core.so": 8, "_internal/x.dist-info/METADATA": 0}
    for name, mb in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"\0" * (mb * 1_000_000 or 10))
    return root


def test_size_per_part(tmp_path: Path) -> None:
    parts = dict(build_installer.components(a_bundle(tmp_path)))
    assert parts["PySide6/lib"] == 70_000_000
    assert parts["(system libraries)"] == 6_000_000  # cairo and zlib as one part
    assert parts["libpython"] == 6_000_000
    assert parts["(executable and the app's code)"] == 3_000_000
    assert parts["PySide6/(bindings)"] == 5_000_000


def test_the_size_gate(tmp_path: Path) -> None:
    bundle = a_bundle(tmp_path)
    size, _files = build_installer.folder_size(bundle)
    assert build_installer.size_problem(size, bundle, max_mb=160) is None
    problem = build_installer.size_problem(size, bundle, max_mb=90)
    assert problem is not None
    assert "over the 90 MB limit" in problem and "PySide6/lib 70.0 MB" in problem


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def test_without_a_keyring_the_token_comes_from_the_environment(
        no_keyring: None, monkeypatch: pytest.MonkeyPatch) -> None:
    assert ENV_TOKEN in describe_token_store()
    monkeypatch.setenv(ENV_TOKEN, "token-from-env\n")
    assert load_token("https://sync.example") == "token-from-env"


def test_a_keyring_is_named() -> None:
    assert describe_token_store().startswith("system keyring")  # the tests' file keyring


def test_the_self_checks_pass_from_source() -> None:
    summary = run_checks()
    assert "A=PlatformAAdapter" in summary and "xlsx written and read" in summary
