"""The app icon, drawn from the SVG shipped in desktop/ui/resources."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

RESOURCES = Path(__file__).resolve().parent / "resources"


def app_icon() -> QIcon:
    return QIcon(str(RESOURCES / "icon.svg"))
