"""Looks at a file before any parser does: its kind, its size, zip bombs, XML entities.

Everything here works on the raw bytes or the zip's central directory, so a hostile file
is refused before a single byte of it is inflated or parsed.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from enum import StrEnum
from pathlib import Path

from desktop.excel.reading.limits import DEFAULT_LIMITS, FileRefused, ImportLimits
from shared_models.texts import user_text

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_DTD = re.compile(rb"<!(DOCTYPE|ENTITY)", re.I)
_BIG_MEMBER = 1024 * 1024


class FileKind(StrEnum):
    XLSX = "xlsx"  # Office Open XML (also .xlsm)
    XLS = "xls"  # Excel 97-2003 (OLE compound file)
    ODS = "ods"  # OpenDocument spreadsheet
    CSV = "csv"


SUFFIXES = {".xlsx": FileKind.XLSX, ".xlsm": FileKind.XLSX, ".xls": FileKind.XLS,
            ".ods": FileKind.ODS, ".csv": FileKind.CSV, ".tsv": FileKind.CSV,
            ".txt": FileKind.CSV}


def inspect_file(path: Path, limits: ImportLimits = DEFAULT_LIMITS) -> FileKind:
    """The file's real kind, or FileRefused saying why it will not be read."""
    if not path.is_file():
        raise FileRefused(user_text("There is no file at {path}.", path=path))
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise FileRefused(user_text("{file} is not a spreadsheet this import reads (use "
                                    ".xlsx, .xls, .ods or .csv).", file=path.name))
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        raise FileRefused(user_text(
            "{file} is {size} MB; files up to {limit} MB can be imported. Split it into "
            "smaller files.", file=path.name, size=f"{size / 2**20:.0f}",
            limit=f"{limits.max_file_bytes / 2**20:.0f}"))
    if size == 0:
        raise FileRefused(user_text("{file} is empty.", file=path.name))
    with path.open("rb") as fh:
        head = fh.read(8)
    if head.startswith(_OLE_MAGIC):
        if _is_encrypted_ooxml(path):
            raise FileRefused(user_text(
                "{file} is protected with a password. Open it in Excel, remove the password "
                "(File > Info > Protect Workbook) and save it again.", file=path.name))
        return FileKind.XLS
    if head.startswith(_ZIP_MAGIC):
        check_zip(path, limits)
        return FileKind.ODS if _is_ods(path) else FileKind.XLSX
    if SUFFIXES[suffix] is FileKind.CSV:
        return FileKind.CSV
    raise FileRefused(user_text("{file} is not a valid {suffix} workbook (the file is "
                                "damaged or is not a spreadsheet).", file=path.name,
                                suffix=suffix))


def _is_encrypted_ooxml(path: Path) -> bool:
    """An encrypted .xlsx is an OLE file holding an 'EncryptedPackage' stream."""
    marker = "EncryptedPackage".encode("utf-16-le")
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            if marker in chunk:
                return True
    return False


def _is_ods(path: Path) -> bool:
    with zipfile.ZipFile(path) as zf:
        try:
            mimetype = zf.read("mimetype")[:100]
        except KeyError:
            return False
    return mimetype.startswith(b"application/vnd.oasis.opendocument.spreadsheet")


def check_zip(path: Path, limits: ImportLimits = DEFAULT_LIMITS) -> None:
    """Refuse zip bombs (declared sizes and ratios) and XML with DTDs, before inflating."""
    try:
        zf = zipfile.ZipFile(path)
    # ValueError: a part name in bad UTF-8; NotImplementedError: a zip feature from nowhere.
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        raise FileRefused(user_text("{file} is damaged (it is not a readable zip package); "
                                    "open it in Excel and save it again.",
                                    file=path.name)) from None
    with zf:
        infos = zf.infolist()
        if len(infos) > limits.max_zip_members:
            raise FileRefused(user_text("{file} holds {count} parts, more than a workbook "
                                        "ever has; it is refused.", file=path.name,
                                        count=f"{len(infos):,}"))
        total = 0
        for info in infos:
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > _BIG_MEMBER and ratio > limits.max_member_ratio:
                raise FileRefused(user_text(
                    "{file} is refused: its part {part} would inflate {ratio} times (to "
                    "{size} MB), which is what a zip bomb does.", file=path.name,
                    part=info.filename, ratio=f"{ratio:.0f}",
                    size=f"{info.file_size / 2**20:.0f}"))
            if info.flag_bits & 0x1:
                raise FileRefused(user_text("{file} is protected with a password; remove "
                                            "the password in Excel and save it again.",
                                            file=path.name))
        if total > limits.max_uncompressed_bytes:
            raise FileRefused(user_text(
                "{file} is refused: it would inflate to {size} MB, more than the {limit} MB "
                "allowed.", file=path.name, size=f"{total / 2**20:.0f}",
                limit=f"{limits.max_uncompressed_bytes / 2**20:.0f}"))
        for info in infos:
            if info.filename.endswith((".xml", ".rels")) and info.file_size:
                try:
                    with zf.open(info) as member:
                        head = member.read(4096)
                except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError,
                        ValueError, zlib.error):
                    raise FileRefused(user_text(
                        "{file} is damaged (part {part} cannot be read); open it in Excel "
                        "and save it again.", file=path.name, part=info.filename)) from None
                if _DTD.search(head):
                    raise FileRefused(user_text(
                        "{file} is refused: its part {part} declares XML entities (a "
                        "DOCTYPE), which real spreadsheets never do.", file=path.name,
                        part=info.filename))
