"""Named column mappings, saved as JSON in the data dir (excel-presets.json).

A preset maps header texts to fields, so a supplier's workbook that comes every month with
the same odd headers maps the same way with `--preset NAME`.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from desktop.excel.importing.fields import FIELDS
from desktop.excel.importing.mapping import MappingError
from shared_models.texts import user_text

PRESETS_FILE = "excel-presets.json"


def _path(data_dir: Path) -> Path:
    return Path(data_dir) / PRESETS_FILE


def load_presets(data_dir: Path) -> dict[str, dict[str, str]]:
    path = _path(data_dir)
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise MappingError(user_text(
            "The mapping presets file {file} is damaged; fix or delete it.", file=path)) from None
    if not isinstance(data, dict):
        return {}
    return {str(k): {str(h): str(f) for h, f in v.items()} for k, v in data.items()
            if isinstance(v, dict)}


def load_preset(data_dir: Path, name: str) -> dict[str, str]:
    presets = load_presets(data_dir)
    if name not in presets:
        if not presets:
            raise MappingError(user_text("There is no mapping preset '{name}' (none saved yet).",
                                         name=name))
        raise MappingError(user_text("There is no mapping preset '{name}' ({known}).",
                                     name=name, known=", ".join(sorted(presets))))
    return presets[name]


def save_preset(data_dir: Path, name: str, mapping: dict[str, str]) -> Path:
    name = name.strip()
    if not name:
        raise MappingError(user_text("A preset needs a name."))
    unknown = sorted(set(mapping.values()) - set(FIELDS))
    if unknown:
        raise MappingError(user_text("Unknown field(s) in the preset: {fields}.",
                                     fields=", ".join(unknown)))
    presets = load_presets(data_dir)
    presets[name] = dict(mapping)
    path = _path(data_dir)
    fd, temp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(presets, fh, ensure_ascii=False, indent=2)
    os.replace(temp, path)
    return path
