"""Translations without Qt: the .ts sources read as a dictionary, for code that runs where
Qt is not loaded (the CLI, the workbook writers). The window uses Qt's QTranslator over the
compiled .qm of the same files, so both read one source."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from shared_models.texts import TEXT_CONTEXT, Moment, Text

HERE = Path(__file__).resolve().parent


def ts_path(language: str) -> Path:
    return HERE / f"influencer_desk_{language}.ts"


@dataclass(frozen=True)
class Catalog:
    language: str
    entries: dict[tuple[str, str], str]  # (context, source) -> translation

    def translate(self, context: str, source: str) -> str:
        return self.entries.get((context, source)) or source

    def text(self, source: str) -> str:
        """A user_text() template (or any plain word marked with user_text) in this language."""
        return self.translate(TEXT_CONTEXT, source)


@cache
def catalog(language: str) -> Catalog:
    """The finished translations of `language` (English, the source language, has none)."""
    path = ts_path(language)
    entries: dict[tuple[str, str], str] = {}
    if path.exists():
        root = ElementTree.parse(path).getroot()  # our own file, shipped with the app
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished",
                                                                       "obsolete",
                                                                       "vanished"):
                    continue
                text = translation.findtext("numerusform") or translation.text or ""
                if text.strip():
                    entries[(name, message.findtext("source") or "")] = text
    return Catalog(language, entries)


def render(text: str, language: str, translate: Callable[[str], str] | None = None,
           value: Callable[[Any], Any] | None = None) -> str:
    """`text` in `language`: a user_text() Text is rebuilt from its translated template (its
    values too, when they are Texts themselves); a plain str is returned as it is.
    `translate(template) -> str` overrides the catalog (the window passes Qt's), and
    `value(v)` formats the other values (the window writes numbers the locale's way)."""
    if isinstance(text, Moment):
        return text.in_language(language)
    if not isinstance(text, Text):
        return str(text)
    look_up = translate or catalog(language).text
    params = {key: render(v, language, look_up, value) if isinstance(v, Text)
              else value(v) if value else v.in_language(language) if isinstance(v, Moment)
              else v
              for key, v in text.params.items()}
    try:
        return look_up(text.template).format(**params)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return text.template.format(**params)
