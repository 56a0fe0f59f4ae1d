"""Consent-form files: which types are accepted (decided by content), the size cap, and safe
file names. The server and the desktop apply the same rules, so a form the desktop accepts
offline is one the server accepts on the next sync.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from pathlib import Path
from typing import BinaryIO

from shared_models.errors import InvalidValue
from shared_models.texts import user_text

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
HEAD_BYTES = 64  # enough of the start of a file to recognise every accepted type

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
HEIC = "image/heic"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

# Media type -> (what users call it, the extension a name without one gets).
ACCEPTED: dict[str, tuple[str, str]] = {
    PDF: ("PDF", ".pdf"),
    JPEG: ("JPEG photo", ".jpg"),
    PNG: ("PNG image", ".png"),
    HEIC: ("HEIC photo", ".heic"),
    DOCX: ("Word document (DOCX)", ".docx"),
}
ACCEPTED_NAMES = user_text("PDF, JPEG, PNG, HEIC or DOCX")
_HEIC_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx"}
MAX_NAME = 200
# Control and reserved characters (C0 and C1), and the bidirectional controls that make
# "mrof.exe" look like "exe.form" (U+202A..U+202E, U+2066..U+2069, U+200E/U+200F, U+061C);
# safe_file_name also drops every other invisible format character.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f<>:\"|?*\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
# Names Windows keeps for devices: a file called "CON.pdf" cannot be written there.
_RESERVED = re.compile(r"(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?")


class UnsupportedFile(InvalidValue):
    """The file is not one of the accepted types, or it is too big."""

    def __init__(self, message: str) -> None:
        super().__init__("file", None, message)


def sniff(head: bytes, file: BinaryIO | Path | None = None) -> str | None:
    """The accepted media type of a file from its first bytes, or None.

    A ZIP is a DOCX only if it holds `word/document.xml`; that needs the whole `file`
    (an open binary file or a path), read from its central directory.
    """
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head[4:8] == b"ftyp":
        size = int.from_bytes(head[0:4], "big")
        brands = {head[8:12]} | {head[i:i + 4] for i in range(16, min(size, len(head)), 4)}
        if brands & _HEIC_BRANDS:
            return HEIC
        return None
    if head.startswith(b"PK\x03\x04") and file is not None and _is_docx(file):
        return DOCX
    return None


def _is_docx(file: BinaryIO | Path) -> bool:
    try:
        with zipfile.ZipFile(file) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
    finally:
        if not isinstance(file, Path):
            file.seek(0)


def what_it_is(head: bytes) -> str:
    """A few words on what an unaccepted file looks like, for the refusal message."""
    import filetype

    if head.startswith(b"MZ"):
        return user_text("a Windows program")
    kind = filetype.guess(head)
    if kind is not None:
        return user_text("a {kind} file", kind=kind.extension.upper())
    if head and all(32 <= b < 127 or b in (9, 10, 13) for b in head):
        return user_text("a text file")
    return user_text("a file of an unknown type")


def refuse_type(file_name: str, head: bytes) -> UnsupportedFile:
    return UnsupportedFile(user_text(
        "'{file}' is {what}, not a consent form this app keeps. Forms must be {kinds} files "
        "(the type is read from the content, not the name).", file=file_name,
        what=what_it_is(head), kinds=ACCEPTED_NAMES))


def refuse_size(file_name: str | None, max_bytes: int) -> UnsupportedFile:
    return UnsupportedFile(user_text(
        "'{file}' is larger than the {size} a consent form may be. Scan it at a lower "
        "resolution or split it into several files.", file=file_name or "",
        size=format_size(max_bytes)))


def check_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The media type of the form at `path`; raises UnsupportedFile with a sentence."""
    name = path.name
    if not path.is_file():
        raise InvalidValue("file", str(path), user_text("There is no file {path}.", path=path))
    if path.stat().st_size > max_bytes:
        raise refuse_size(name, max_bytes)
    if path.stat().st_size == 0:
        raise UnsupportedFile(user_text("'{file}' is empty.", file=name))
    with path.open("rb") as handle:
        head = handle.read(HEAD_BYTES)
        media_type = sniff(head, handle)
    if media_type is None:
        raise refuse_type(name, head)
    return media_type


def safe_file_name(name: str | None, media_type: str | None = None) -> str:
    """A client-given file name reduced to a plain name: metadata only, never a path.

    Folders (`/`, `\\`), `..`, control and reserved characters are dropped, and so are
    invisible format characters (right-to-left overrides that make 'exe.pdf' read
    'fdp.exe', zero-width spaces); an empty result becomes 'consent-form' with the type's
    extension. Every desk writes forms under this name, so it can never leave the folder.
    """
    text = unicodedata.normalize("NFC", name or "")
    text = re.split(r"[/\\]", text)[-1]
    text = "".join(c for c in text if unicodedata.category(c) not in ("Cf", "Cs", "Co"))
    text = _UNSAFE.sub("", text).strip().strip(".").strip()
    if _RESERVED.fullmatch(text):
        text = "_" + text
    if len(text) > MAX_NAME:
        stem, dot, ext = text.rpartition(".")
        text = (stem[:MAX_NAME - len(ext) - 1] + dot + ext) if dot and len(ext) <= 10 \
            else text[:MAX_NAME]
    if not text:
        ext = ACCEPTED.get(media_type or "", ("", ""))[1]
        text = f"consent-form{ext}"
    return text


def format_size(size: int) -> str:
    """1536 -> '1.5 KB'; 20971520 -> '20 MB'."""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            if unit == "bytes":
                return f"{int(value)} bytes"
            return f"{value:.1f} {unit}".replace(".0 ", " ")
        value /= 1024
    return f"{size} bytes"
