"""Refresh the .ts sources from the code and compile them to .qm, with Qt's own tools.

    python -m desktop.i18n.build compile   # .qm for every .ts that is newer (dev.py, builds)
    python -m desktop.i18n.build update    # re-read the code into the .ts, then compile

`update` is `python3 dev.py translations`: run it after adding strings, then fill the new
entries of influencer_desk_ko.ts (docs/dev/translations.md). It prints what still lacks a
translation.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from desktop.i18n.catalog import HERE, ts_path
from desktop.i18n.language import LANGUAGES

ROOT = HERE.parent.parent
# Where lupdate looks for strings: the window and the services whose sentences it shows.
SOURCE_DIRS = ("desktop", "shared_models")
# say("...") marks a service sentence (shared_models/texts.py); lupdate reads it as QT_TR_NOOP.
ALIASES = "QT_TR_NOOP+=say"


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


def qm_path(language: str) -> Path:
    return HERE / f"influencer_desk_{language}.qm"


def compile_translations(force: bool = False) -> list[Path]:
    """Compile each .ts whose .qm is missing or older; return the .qm files written."""
    written = []
    for language in LANGUAGES:
        source, target = ts_path(language), qm_path(language)
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
            if translation is None or translation.get("type") == "unfinished" \
                    or not (translation.text or message.find("translation/numerusform")):
                out.append((name, message.findtext("source") or ""))
    return out


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "compile"
    if command == "update":
        update_sources()
        todo = missing("ko")
        for context, source in todo:
            print(f"  [{context or 'services'}] {source}")
        print(f"{ts_path('ko').name}: {len(todo)} string(s) without Korean", file=sys.stderr)
    elif command != "compile":
        print(__doc__, file=sys.stderr)
        return 2
    compile_translations(force=command == "update")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
