"""The fixtures every part of the suite shares keep the tests' files out of the checkout."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.configuration import storage_directory

from tests.conftest import HYPOTHESIS_HOME

CHECKOUT = Path(__file__).resolve().parent.parent


def test_hypothesis_writes_its_files_to_a_temporary_folder() -> None:
    @settings(max_examples=5, database=None)
    @given(st.text())
    def any_text(text: str) -> None:
        assert isinstance(text, str)

    any_text()
    home = Path(HYPOTHESIS_HOME)
    assert home.is_dir() and not home.resolve().is_relative_to(CHECKOUT)
    assert storage_directory("constants", intent_to_write=False).path.is_relative_to(home)
