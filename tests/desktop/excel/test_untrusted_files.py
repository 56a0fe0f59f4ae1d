"""Hostile or broken files are refused with a sentence, before parsing, store untouched."""

from __future__ import annotations

import tracemalloc
import zipfile
from pathlib import Path

import pytest

from desktop.excel import FileRefused, ImportLimits, ImportOptions, run_import
from desktop.excel.reading.reader import read_table
from desktop.excel.reading.safety import FileKind, check_zip, inspect_file
from desktop.i18n.catalog import render
from desktop.store import Store
from shared_models.texts import sentence_of
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
    path.write_bytes(b"name\n\xff\xfeKim\xff\n")  # neither UTF-8, UTF-16 nor CP949
    assert refused(path, store) == ("list.csv is neither UTF-8, UTF-16 nor CP949/EUC-KR "
                                    "text; save it from Excel as 'CSV UTF-8'.")


def _zip_with_sheet(path: Path, sheet: bytes) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


def test_a_large_sheet_is_checked_from_its_head_without_being_read_into_memory(
        tmp_path: Path, store: Store) -> None:
    # A DOCTYPE can only open an XML document, so the entity check reads the head of each
    # part: a sheet of ~15 MB (compressing ~10x, so no zip bomb) is accepted while checking
    # holds a small fraction of it in memory, and a DOCTYPE opening it is still refused.
    body = b"<worksheet><sheetData>" + b"".join(
        b'<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (n, n, n * 7919 % 100_003)
        for n in range(1, 300_001)) + b"</sheetData></worksheet>"
    large = _zip_with_sheet(tmp_path / "large.xlsx", b"<?xml version='1.0'?>" + body)
    tracemalloc.start()
    try:
        kind = inspect_file(large)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert kind is FileKind.XLSX
    assert peak < len(body) // 10, f"checking held {peak} bytes of a {len(body)}-byte sheet"
    evil = _zip_with_sheet(tmp_path / "evil.xlsx", b'<?xml version="1.0"?><!DOCTYPE x '
                           b'[<!ENTITY e SYSTEM "file:///etc/passwd">]>' + body)
    assert refused(evil, store) == (
        "evil.xlsx is refused: its part xl/worksheets/sheet1.xml declares XML entities "
        "(a DOCTYPE), which real spreadsheets never do.")


def _refusal(path: Path, limits: ImportLimits) -> BaseException:
    with pytest.raises(FileRefused) as err:
        if path.suffix == ".csv":
            read_table(path, limits=limits)
        else:
            check_zip(path, limits)
    return err.value


def test_every_refusal_of_a_file_reads_korean_in_a_korean_desk(tmp_path: Path) -> None:
    """The sentences carry their template, so the window and the CLI show them translated."""
    good = make_xlsx(tmp_path / "good.xlsx", [HEADER, ["김민지"]])
    wide = tmp_path / "wide.csv"
    wide.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    cases = [
        (good, ImportLimits(max_zip_members=2), "good.xlsx에 통합 문서에는 있을 수 없는"),
        (good, ImportLimits(max_uncompressed_bytes=100), "good.xlsx을(를) 거부했습니다: 압축을"),
        (wide, ImportLimits(max_columns=2), "wide.csv의 1번째 줄에 3개 열이 있습니다."),
        (wide, ImportLimits(max_cells=4), "wide.csv에 4개가 넘는 셀이 있습니다."),
    ]
    for path, limits, korean in cases:
        refusal = _refusal(path, limits)
        assert render(sentence_of(refusal), "ko").startswith(korean), refusal
