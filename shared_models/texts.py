"""Sentences for users that a service builds and the window (or CLI) shows in the user's
language. Services never import Qt, so they cannot call `tr`; instead they write

    raise InvalidValue("phone", value, user_text("'{value}' is not a phone number.", value=value))

`user_text` returns a `Text`: a plain `str` holding the English sentence (so logs, the server and
old callers keep working) that also remembers its template and values. The window
translates the template at display time (desktop/ui/translation.py) and fills in the values;
the CLI and the workbook writers do the same without Qt (desktop/i18n/catalog.py).

`pyside6-lupdate` finds every `user_text("...")` (dev.py translations passes it as an alias of
QT_TR_NOOP), so the template lands in the .ts files with the empty context "". The first
argument must therefore be a string literal. See docs/dev/translations.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

# The .ts context lupdate gives every user_text() template.
TEXT_CONTEXT = ""


class Text(str):
    """An English sentence that can be re-rendered from its template in another language."""

    template: str
    params: Mapping[str, Any]

    def __new__(cls, template: str, params: Mapping[str, Any]) -> Text:
        made = super().__new__(cls, template.format(**params) if params else template)
        made.template = template
        made.params = dict(params)
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # survives pickling (writer processes)
        return (Text, (self.template, self.params))


class Moment(str):
    """A moment in a sentence: reads '2026-12-02 14:30:00' (local time) as a plain str, and
    is written the user's way where the sentence is shown: '2026. 12. 2. 오후 2:30' in
    Korean (`in_language`), the locale's short date and time in the window."""

    epoch: float

    def __new__(cls, epoch: float, pattern: str = "%Y-%m-%d %H:%M:%S") -> Moment:
        made = super().__new__(cls, datetime.fromtimestamp(epoch, UTC).astimezone()
                               .strftime(pattern))
        made.epoch = epoch
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (Moment, (self.epoch,))

    def in_language(self, language: str) -> str:
        """Korean: '2026. 12. 2. 오후 2:30'; other languages: as it reads."""
        if language != "ko":
            return str(self)
        local = datetime.fromtimestamp(self.epoch, UTC).astimezone()
        half = "오전" if local.hour < 12 else "오후"
        return (f"{local.year}. {local.month}. {local.day}. {half} "
                f"{local.hour % 12 or 12}:{local.minute:02d}")


def user_text(template: str, /, **params: Any) -> Text:
    """A user-facing sentence: `template` is English with {name} placeholders."""
    return Text(template, params)


def join_lines(lines: list[str]) -> Text:
    """Several sentences, one per line, each translated where it is a Text: the joining
    template is not in the catalog, so it stays as it is while its values are translated."""
    return join_texts(lines, "\n")


def join_texts(parts: list[str], separator: str) -> Text:
    """Texts joined by `separator` ("3 public, 1 private"), each translated where it is a
    Text (the joining template itself is not in the catalog)."""
    params = {f"line{i}": part for i, part in enumerate(parts)}
    return Text(separator.replace("{", "{{").replace("}", "}}").join(
        f"{{line{i}}}" for i in range(len(parts))), params)


def sentence_of(exc: BaseException) -> str:
    """The sentence an exception was raised with, as raised (a Text keeps its template, so
    it is still shown in the user's language)."""
    first = exc.args[0] if exc.args else None
    return first if isinstance(first, str) else str(exc)
