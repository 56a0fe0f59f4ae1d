"""Hyperlink targets of one .xlsx worksheet, read straight from the package.

calamine gives cell values fast but not hyperlinks, and openpyxl's read-only mode does not
expose them either; loading the sheet fully with openpyxl would throw the fast path away.
The targets live in two small places: the sheet's relationships part and a `<hyperlinks>`
element at the very end of the sheet XML. This module reads only those (the sheet XML is
scanned as bytes for that element, never parsed whole), with defusedxml.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from pathlib import Path

from defusedxml import ElementTree

_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_HYPERLINK_TYPE = "/hyperlink"
_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?hyperlinks[\s>]")
_END = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?hyperlinks\s*>")
_ROOT = re.compile(rb"<(?![?!])[^>]*>")
_CELL = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d+)$")
_MAX_FRAGMENT = 64 * 1024 * 1024

Cell = tuple[int, int]  # (row, column), both 0-based


def sheet_hyperlinks(path: Path, sheet_name: str) -> dict[Cell, str]:
    """{(row, col): target URL} for the named sheet; {} when it has none (or on any doubt)."""
    try:
        with zipfile.ZipFile(path) as zf:
            part = sheet_part(zf, sheet_name)
            if part is None:
                return {}
            targets = _hyperlink_targets(zf, part)
            if not targets:
                return {}
            fragment = _hyperlinks_fragment(zf, part)
    except (KeyError, zipfile.BadZipFile, ElementTree.ParseError, OSError, ValueError,
            EOFError, zlib.error):
        return {}
    if fragment is None:
        return {}
    links: dict[Cell, str] = {}
    for element in fragment.iter():
        if not element.tag.endswith("hyperlink"):
            continue
        target = targets.get(element.get(f"{{{_REL_NS}}}id", ""))
        ref = element.get("ref", "")
        if not target or not ref:
            continue
        for cell in _cells_of(ref):
            links[cell] = target
    return links


def _rels(zf: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str, str]]:
    folder, name = posixpath.split(part)
    rels_name = posixpath.join(folder, "_rels", name + ".rels")
    try:
        root = ElementTree.fromstring(zf.read(rels_name))
    except KeyError:
        return {}
    out = {}
    for rel in root.iter(f"{{{_PKG_REL_NS}}}Relationship"):
        out[rel.get("Id", "")] = (rel.get("Type", ""), rel.get("Target", ""),
                                  rel.get("TargetMode", ""))
    return out


def sheet_part(zf: zipfile.ZipFile, sheet_name: str) -> str | None:
    """The package part (e.g. "xl/worksheets/sheet1.xml") of the named sheet."""
    workbook = "xl/workbook.xml"
    root = ElementTree.fromstring(zf.read(workbook))
    rels = _rels(zf, workbook)
    for sheet in root.iter(f"{{{_MAIN_NS}}}sheet"):
        if sheet.get("name") == sheet_name:
            rel = rels.get(sheet.get(f"{{{_REL_NS}}}id", ""))
            if rel is None:
                return None
            target = rel[1]
            if target.startswith("/"):
                return target.lstrip("/")
            return posixpath.normpath(posixpath.join("xl", target))
    return None


def _hyperlink_targets(zf: zipfile.ZipFile, sheet_part: str) -> dict[str, str]:
    return {rid: target for rid, (kind, target, mode) in _rels(zf, sheet_part).items()
            if kind.endswith(_HYPERLINK_TYPE) and mode == "External"
            and target.lower().startswith(("http://", "https://"))}


def _hyperlinks_fragment(zf: zipfile.ZipFile, sheet_part: str) -> ElementTree.Element | None:
    """Parse only `<hyperlinks>...</hyperlinks>`, wrapped in the sheet's own root tag."""
    root_tag = b""
    buffer = b""
    with zf.open(sheet_part) as member:
        while chunk := member.read(1 << 20):
            buffer += chunk
            if not root_tag:
                match = _ROOT.search(buffer)
                if match is None:
                    continue
                root_tag = match.group(0)
            start = _START.search(buffer)
            if start is None:
                buffer = buffer[-256:]
                continue
            buffer = buffer[start.start():]
            while (end := _END.search(buffer)) is None:
                more = member.read(1 << 20)
                if not more or len(buffer) > _MAX_FRAGMENT:
                    return None
                buffer += more
            fragment = buffer[:end.end()]
            local = root_tag.split(None, 1)[0][1:].rstrip(b">/")
            return ElementTree.fromstring(root_tag + fragment + b"</" + local + b">")
    return None


def _cells_of(ref: str) -> list[Cell]:
    first, _, last = ref.partition(":")
    start = _parse_cell(first)
    end = _parse_cell(last) if last else start
    if start is None or end is None:
        return []
    rows = range(start[0], end[0] + 1)
    cols = range(start[1], end[1] + 1)
    if len(rows) * len(cols) > 100_000:
        return []
    return [(r, c) for r in rows for c in cols]


def _parse_cell(ref: str) -> Cell | None:
    match = _CELL.match(ref)
    if match is None:
        return None
    col = 0
    for ch in match.group(1).upper():
        col = col * 26 + ord(ch) - 64
    return int(match.group(2)) - 1, col - 1


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters
