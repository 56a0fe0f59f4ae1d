"""Refresh the .ts sources from the code and compile them to .qm, with Qt's own tools.

    python -m desktop.i18n.build compile   # .qm for every .ts that is newer (dev.py, builds)
    python -m desktop.i18n.build update    # re-read the code into the .ts, then compile
    python -m desktop.i18n.build todo      # what lacks Korean, as lines for `fill`
    python -m desktop.i18n.build fill FILE # put translations from FILE into the Korean .ts

`update` is `python3 dev.py translations`: run it after adding strings. It prints what still
lacks Korean as tab-separated lines `context<TAB>English<TAB>` (the context is empty for
service sentences); save them to a file, write the Korean after the second tab, and run
`python3 dev.py translations --fill FILE`. A line whose context is `*` fills that English
text in every context. See docs/dev/translations.md.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable
from pathlib import Path

from desktop.i18n.catalog import HERE, ts_path
from desktop.i18n.language import LANGUAGES

ROOT = HERE.parent.parent
QM_DIR = HERE  # where the app looks for its compiled translations: next to their .ts
# Where lupdate looks for strings: the window and the services whose sentences it shows.
SOURCE_DIRS = ("desktop", "shared_models")
# user_text("...") marks a service sentence (shared_models/texts.py): lupdate reads it
# as QT_TR_NOOP.
ALIASES = "QT_TR_NOOP+=user_text"


def qt_tool(name: str) -> Path:
    """lupdate / lrelease as shipped inside the PySide6 wheel."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("PySide6 is not installed: pip install -e '.[dev]'")
    folder = Path(next(iter(spec.submodule_search_locations)))
    tool = folder / (f"{name}.exe" if os.name == "nt" else name)
    if not tool.exists():
        raise SystemExit(f"PySide6 has no {name} at {tool}.")
    return tool


def qm_path(language: str, folder: Path = QM_DIR) -> Path:
    """The compiled translations in `folder` (another than the app's: a test's temporary
    one)."""
    return folder / f"influencer_desk_{language}.qm"


def compile_translations(force: bool = False, folder: Path = QM_DIR) -> list[Path]:
    """Compile each .ts whose .qm in `folder` is missing or older; return the .qm files
    written."""
    written = []
    for language in LANGUAGES:
        source, target = ts_path(language), qm_path(language, folder)
        if not source.exists():
            continue
        if force or not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            subprocess.run([str(qt_tool("lrelease")), "-silent", str(source), "-qm",
                            str(target)], check=True)
            written.append(target)
    return written


def update_sources() -> None:
    """Re-read every marked string from the code into each .ts (no line numbers, so merges
    of two branches' .ts files touch only the strings that changed)."""
    files = sorted(str(p.relative_to(ROOT)) for folder in SOURCE_DIRS
                   for p in (ROOT / folder).rglob("*.py"))
    for language in LANGUAGES:
        subprocess.run([str(qt_tool("lupdate")), "-silent", "-locations", "none",
                        "-no-obsolete", "-tr-function-alias", ALIASES,
                        "-source-language", "en", "-target-language", language, *files,
                        "-ts", str(ts_path(language))], check=True, cwd=ROOT)


def missing(language: str) -> list[tuple[str, str]]:
    """(context, source) of every entry without a finished translation."""
    root = ElementTree.parse(ts_path(language)).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = (translation.findtext("numerusform") if message.get("numerus") == "yes"
                    else translation.text) if translation is not None else None
            if translation is None or translation.get("type") == "unfinished" \
                    or not (text or "").strip():
                out.append((name, message.findtext("source") or ""))
    return out


def todo_lines(entries: Iterable[tuple[str, str]]) -> str:
    """The lines `fill` reads back, one per entry (line breaks in a text written as \\n)."""
    return "".join(f"{context}\t{_escape(source)}\t\n" for context, source in entries)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def _unescape(text: str) -> str:
    return (text.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\"))


def read_fill_file(path: Path) -> dict[tuple[str, str], str]:
    """`context<TAB>English<TAB>Korean` lines ('#' starts a comment) as a dictionary."""
    table = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise SystemExit(f"{path}:{number}: expected context<TAB>English<TAB>Korean")
        context, source, translation = parts
        if translation.strip():
            table[(context, _unescape(source))] = _unescape(translation)
    return table


def fill(table: dict[tuple[str, str], str], language: str = "ko") -> int:
    """Write the translations into the .ts (an exact context first, else `*`); return how
    many entries were filled. Entries already translated are changed only by an exact line."""
    path = ts_path(language)
    tree = ElementTree.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                continue
            numerus = message.get("numerus") == "yes"  # tr(..., n): Korean has one form
            done = translation.get("type") is None and bool(
                translation.findtext("numerusform") if numerus else translation.text)
            wanted = table.get((name, source))
            if wanted is None and not done:
                wanted = table.get(("*", source))
            if wanted is None:
                continue
            if numerus:
                for form in list(translation):
                    translation.remove(form)
                ElementTree.SubElement(translation, "numerusform").text = wanted
            else:
                translation.text = wanted
            translation.attrib.pop("type", None)
            filled += 1
    _write_ts(tree, path)
    return filled


def _write_ts(tree: ElementTree.ElementTree, path: Path) -> None:
    """In lupdate's own layout, so the next `update` changes nothing by itself."""
    ElementTree.indent(tree, space="    ")
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "compile"
    if command in ("update", "todo"):
        if command == "update":
            update_sources()
        todo = missing("ko")
        sys.stdout.write(todo_lines(todo))
        print(f"{ts_path('ko').name}: {len(todo)} string(s) without Korean"
              + (" (lines above: add the Korean after the last tab, then run "
                 "`python3 dev.py translations --fill FILE`)" if todo else ""), file=sys.stderr)
    elif command == "fill" and len(argv) == 2:
        count = fill(read_fill_file(Path(argv[1])))
        print(f"{count} Korean translation(s) written to {ts_path('ko').name}", file=sys.stderr)
        update_sources()  # lupdate's layout again, so the diff shows only the new Korean
    elif command != "compile":
        print(__doc__, file=sys.stderr)
        return 2
    compile_translations(force=command in ("update", "fill"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
