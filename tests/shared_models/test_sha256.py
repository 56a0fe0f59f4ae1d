"""One sha256 check: the server's blob store and the desk's cache name files by it, and the
Checksum rule normalises to it."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.store import Store
from desktop.store.attachments import AttachmentRecords
from shared_models.rules import is_sha256
from sync_api.attachments.storage import check_sha256

GOOD = "0123456789abcdef" * 4
BAD = ["", GOOD[:-1], GOOD + "0", GOOD.upper(), "g" + GOOD[1:], "../" + GOOD[3:],
       GOOD[:-1] + "\n", " " + GOOD[1:]]


def test_is_sha256_takes_64_lower_case_hex_digits_only() -> None:
    assert is_sha256(GOOD)
    assert not any(is_sha256(text) for text in BAD)


@pytest.mark.parametrize("text", BAD)
def test_the_server_store_and_the_desk_cache_refuse_what_is_not_a_sha256(
        text: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="is not a sha256 digest"):
        check_sha256(text)
    with Store.open(tmp_path) as store, pytest.raises(ValueError, match="not a sha256"):
        AttachmentRecords(store).cache_path(text)


def test_the_server_store_and_the_desk_cache_take_a_sha256(tmp_path: Path) -> None:
    assert check_sha256(GOOD) == GOOD
    with Store.open(tmp_path) as store:
        assert AttachmentRecords(store).cache_path(GOOD).name == GOOD
