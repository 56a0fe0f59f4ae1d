"""Hostile or broken files are refused with a sentence, before parsing, store untouched."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from desktop.excel import FileRefused, ImportLimits, ImportOptions, run_import
from desktop.store import Store
from tests.desktop.excel.conftest import HEADER, make_xlsx, store_state


def refused(path: Path, store: Store, limits: ImportLimits | None = None) -> str:
    before = store_state(store)
    options = ImportOptions(limits=limits) if limits else ImportOptions()
    with pytest.raises(FileRefused) as err:
        run_import(path, store, options)
    assert store_state(store) == before
    return str(err.value)


def test_a_zip_bomb_is_refused_from_its_declared_sizes(tmp_path: Path, store: Store) -> None:
    good = make_xlsx(tmp_path / "good.xlsx", [HEADER])
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        with dst.open("xl/media/padding.bin", "w") as member:  # 64 MiB of zeros, ~64 KiB zipped
            chunk = b"\0" * (1 << 20)
            for _ in range(64):
                member.write(chunk)
    assert bomb.stat().st_size < 200_000
    message = refused(bomb, store)
    assert message.startswith("bomb.xlsx is refused: its part xl/media/padding.bin would "
                              "inflate")
    assert "zip bomb" in message


def test_a_workbook_that_would_inflate_too_far_is_refused(tmp_path: Path, store: Store) -> None:
    path = make_xlsx(tmp_path / "big.xlsx", [HEADER, *[["김민지"] * 6] * 200])
    message = refused(path, store, ImportLimits(max_uncompressed_bytes=10_000))
    assert "would inflate to" in message and "more than the" in message


def test_xml_entity_declarations_are_refused(tmp_path: Path, store: Store) -> None:
    good = make_xlsx(tmp_path / "good.xlsx", [HEADER, ["김민지"]])
    evil = tmp_path / "xxe.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(evil, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                body = data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data
                data = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM '
                        b'"file:///etc/passwd">]>' + body)
            dst.writestr(item, data)
    message = refused(evil, store)
    assert message == ("xxe.xlsx is refused: its part xl/worksheets/sheet1.xml declares XML "
                       "entities (a DOCTYPE), which real spreadsheets never do.")


def test_a_damaged_file_gets_a_sentence_not_a_traceback(tmp_path: Path, store: Store) -> None:
    good = make_xlsx(tmp_path / "good.xlsx", [HEADER, ["김민지"]])
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert refused(broken, store) == ("broken.xlsx is damaged (it is not a readable zip "
                                      "package); open it in Excel and save it again.")
    garbage = tmp_path / "garbage.xlsx"
    garbage.write_bytes(b"this is not a workbook at all" * 10)
    assert refused(garbage, store) == ("garbage.xlsx is not a valid .xlsx workbook (the file "
                                       "is damaged or is not a spreadsheet).")


def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "notes.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("hello.txt", "hi")
    assert "could not be read: the file is damaged or is not a xlsx file" in refused(path, store)


def test_a_password_protected_workbook_is_explained(tmp_path: Path, store: Store) -> None:
    # Excel saves an encrypted .xlsx as an OLE compound file with an EncryptedPackage stream.
    ole = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024)
    ole += "EncryptedPackage".encode("utf-16-le") + b"\0" * 512
    path = tmp_path / "secret.xlsx"
    path.write_bytes(bytes(ole))
    assert refused(path, store).startswith("secret.xlsx is protected with a password.")


def test_size_and_row_caps_are_enforced(tmp_path: Path, store: Store) -> None:
    path = make_xlsx(tmp_path / "rows.xlsx", [HEADER, *[["김민지"]] * 120])
    assert refused(path, store, ImportLimits(max_rows=50)) == (
        "Sheet '명단' has 121 rows; at most 50 rows can be imported at once. Split the file.")
    assert "files up to" in refused(path, store, ImportLimits(max_file_bytes=1000))


def test_a_csv_in_an_unknown_encoding_is_refused(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes("이름\n김민지\n".encode("utf-16-le"))
    assert refused(path, store) == "list.csv is not a text (CSV) file."


def test_the_safety_checks_do_not_read_the_whole_file_into_memory(tmp_path: Path) -> None:
    # The DTD check reads only the head of each part: a large sheet is still fine.
    from desktop.excel.safety import check_zip

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/worksheets/sheet1.xml", b"<?xml version='1.0'?><worksheet>"
                    + b"<row/>" * 100_000 + b"</worksheet>")
    path = tmp_path / "ok.xlsx"
    path.write_bytes(buffer.getvalue())
    check_zip(path)
