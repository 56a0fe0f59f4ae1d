"""Translations without Qt: the .ts sources read as a dictionary, for code that runs where
Qt is not loaded (the CLI, the workbook writers). The window uses Qt's QTranslator over the
compiled .qm of the same files, so both read one source."""

from __future__ import annotations

import re
import string
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from shared_models.texts import TEXT_CONTEXT, Moment, Text, user_text

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


@cache
def _sentence_patterns() -> tuple[frozenset[str], tuple[tuple[re.Pattern[str], str], ...]]:
    """Every user_text() template of the catalog: the plain ones, and those with
    {placeholders} as patterns, the most specific (longest fixed text) first."""
    plain: set[str] = set()
    patterns: list[tuple[int, re.Pattern[str], str]] = []
    for context, source in catalog("ko").entries:
        if context != TEXT_CONTEXT:
            continue
        parts = list(string.Formatter().parse(source))
        if all(field is None for _, field, _, _ in parts):
            plain.add(source)
            continue
        if not re.search(r"[A-Za-z]{3}", "".join(literal for literal, *_ in parts)):
            continue  # "{count} {what}": words of its own are what a sentence is known by
        regex, seen, fixed = [], set(), 0
        for literal, field, spec, _conversion in parts:
            regex.append(re.escape(literal))
            fixed += len(literal)
            if field is None:
                continue
            if not field.isidentifier() or spec not in ("", ",", "d", ",d"):
                break  # {0}, {a.b}, {x:.1f}: not a template this recogniser can rebuild
            value = r"-?[\d,]+" if spec else ".+?"
            regex.append(f"(?P={field})" if field in seen else f"(?P<{field}>{value})")
            seen.add(field)
        else:
            patterns.append((fixed, re.compile("".join(regex), re.DOTALL), source))
    patterns.sort(key=lambda item: -item[0])
    return frozenset(plain), tuple((pattern, source) for _, pattern, source in patterns)


def _value(source: str, key: str, value: str) -> Any:
    """A value read back from a sentence: a number where the template formats one."""
    if re.search(r"\{" + key + r":[,d]+\}", source):
        return int(value.replace(",", ""))
    return recognised(value)


def recognised(sentence: str) -> str:
    """A sentence that arrived as plain English (a reason the server sent, one kept in the
    store) as the user_text() Text it was made from, so it can be shown in the user's
    language; a sentence no template makes is returned as it is."""
    if isinstance(sentence, Text) or not sentence:
        return sentence
    plain, patterns = _sentence_patterns()
    if sentence in plain:
        return user_text(sentence)
    for pattern, source in patterns:
        found = pattern.fullmatch(sentence)
        if found:
            return Text(source, {key: _value(source, key, value)
                                 for key, value in found.groupdict().items()})
    return sentence
