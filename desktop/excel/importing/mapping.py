"""Column -> field mapping: by header words, then by content, then the user's choices.

The mapping is a value the caller shows and edits (`--map "Column=field"`, a saved preset)
before anything is validated or written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from desktop.excel.importing.fields import FIELDS, IGNORE, field_for_header, normalize_header
from desktop.excel.importing.headers import HeaderRow
from desktop.excel.reading.hyperlinks import column_letter
from desktop.excel.reading.reader import Table
from shared_models.emails import normalize_email
from shared_models.errors import InvalidValue
from shared_models.platforms import Platform, recognize_url
from shared_models.text import clean_text
from shared_models.texts import join_lines, join_texts, user_text

CONTENT_SAMPLE = 200
# How a column's field was chosen, where the mapping's summary says it (not for a header).
_SOURCE_WORDS = {"content": user_text("  [from its content]"),
                 "preset": user_text("  [from the preset]"),
                 "user": user_text("  [chosen]")}
CONTENT_SHARE = 0.8


class MappingError(ValueError):
    """A mapping the import cannot use; the message says how to fix it."""


@dataclass
class ColumnMapping:
    index: int
    header: str  # as the sheet shows it (or "Column F" when empty)
    field: str | None  # None: not recognised (so not imported)
    source: str  # "header", "content", "preset", "user" or "none"

    @property
    def letter(self) -> str:
        return column_letter(self.index)

    def to_json(self) -> dict[str, object]:
        return {"column": self.letter, "header": self.header, "field": self.field,
                "source": self.source}


@dataclass
class SheetMapping:
    header_row: int  # 0-based; Excel shows it as header_row + 1
    columns: list[ColumnMapping]
    warnings: list[str] = field(default_factory=list)

    def by_field(self) -> dict[str, int]:
        """{field: column index} for every imported column."""
        return {c.field: c.index for c in self.columns if c.field not in (None, IGNORE)}

    def header_of(self, field_name: str) -> str:
        index = self.by_field().get(field_name)
        if index is None:
            return FIELDS[field_name].label
        return self.columns[index].header

    def as_preset(self) -> dict[str, str]:
        """{header: field} for every column with a header (unrecognised ones as 'ignore')."""
        return {c.header: c.field or IGNORE for c in self.columns
                if not c.header.startswith("Column ")}

    def to_json(self) -> dict[str, object]:
        return {"header_row": self.header_row + 1,
                "columns": [c.to_json() for c in self.columns], "warnings": self.warnings}

    def describe(self) -> str:
        """Which column goes to which field, a line each, in the user's language."""
        lines: list[str] = [user_text("Header row {row}:", row=self.header_row + 1)]
        for c in self.columns:
            if c.field is None and c.header.startswith("Column "):
                continue
            target = (FIELDS[c.field].label if c.field
                      else user_text("(not recognised, not imported)"))
            how = _SOURCE_WORDS.get(c.source, "")
            lines.append(join_texts([f"  {c.letter:>3} {c.header!s:<24} -> ", target, how], ""))
        lines += [join_texts(["  ", user_text("note: {warning}", warning=w)], "")
                  for w in self.warnings]
        return join_lines(lines)


def build_mapping(
    table: Table,
    header: HeaderRow,
    *,
    preset: Mapping[str, str] | None = None,
    overrides: Iterable[tuple[str, str]] = (),
    web_bases: Mapping[Platform, str] | None = None,
) -> SheetMapping:
    width = max(table.width, len(header.headers))
    columns: list[ColumnMapping] = []
    preset_keys = {normalize_header(k): v for k, v in (preset or {}).items()}
    for col in range(width):
        display = header.display(col)
        raw = header.headers[col] if col < len(header.headers) else ""
        key = normalize_header(raw)
        if key and key in preset_keys:
            columns.append(ColumnMapping(col, display, _checked_field(preset_keys[key]),
                                         "preset"))
            continue
        found = field_for_header(raw) if raw else None
        columns.append(ColumnMapping(col, display, found, "header" if found else "none"))
    for column in columns:
        if column.field is None:
            guess = _guess_from_content(table, header.row, column.index, web_bases)
            if guess is not None:
                column.field, column.source = guess, "content"
    mapping = SheetMapping(header.row, columns)
    for column_ref, field_text in overrides:
        _override(mapping, column_ref, field_text)
    _drop_duplicates(mapping)
    if "name" not in mapping.by_field():
        raise MappingError(user_text(
            "No column was recognised as the influencer's name. Head it '이름' or 'Name', or "
            "say which column holds the name."))
    return mapping


def _checked_field(name: str) -> str:
    if name not in FIELDS:
        raise MappingError(user_text("The saved mapping names an unknown field '{name}'.",
                                     name=name))
    return name


def _override(mapping: SheetMapping, column_ref: str, field_text: str) -> None:
    from desktop.excel.importing.fields import parse_field

    try:
        target = parse_field(field_text)
    except ValueError as exc:
        raise MappingError(str(exc)) from None
    column = _find_column(mapping, column_ref)
    if target != IGNORE:  # the user's choice wins over an automatic one for the same field
        for other in mapping.columns:
            if other is not column and other.field == target:
                other.field, other.source = IGNORE, "user"
    column.field, column.source = target, "user"


def _find_column(mapping: SheetMapping, ref: str) -> ColumnMapping:
    text = clean_text(ref)
    for column in mapping.columns:
        if clean_text(column.header) == text:
            return column
    key = normalize_header(text)
    for column in mapping.columns:
        if key and normalize_header(column.header) == key:
            return column
    if re.fullmatch(r"[A-Za-z]{1,3}", text):
        for column in mapping.columns:
            if column.letter == text.upper():
                return column
    headers = ", ".join(c.header for c in mapping.columns if not c.header.startswith("Column "))
    raise MappingError(user_text("There is no column '{ref}' in the sheet (columns: {headers}).",
                                 ref=ref, headers=headers))


def _drop_duplicates(mapping: SheetMapping) -> None:
    seen: dict[str, ColumnMapping] = {}
    for column in mapping.columns:
        if column.field in (None, IGNORE):
            continue
        first = seen.get(column.field)
        if first is None:
            seen[column.field] = column
            continue
        mapping.warnings.append(user_text(
            "Columns '{first}' and '{second}' both hold {field}; only '{first}' is imported. "
            "Choose another field for one of them to import both.", first=first.header,
            second=column.header, field=FIELDS[column.field].label))
        column.field, column.source = IGNORE, column.source


def _guess_from_content(table: Table, header_row: int, col: int,
                        web_bases: Mapping[Platform, str] | None) -> str | None:
    values: list[str] = []
    for row in table.rows[header_row + 1:]:
        if col < len(row):
            text = clean_text(row[col])
            if text:
                values.append(text)
                if len(values) >= CONTENT_SAMPLE:
                    break
    if not values:
        return None
    platforms: list[Platform] = []
    emails = 0
    for text in values:
        if "@" in text and "/" not in text:
            try:
                normalize_email(text)
                emails += 1
            except InvalidValue:
                pass
            continue
        try:
            recognized = recognize_url(text, web_bases)
        except InvalidValue:
            continue
        if recognized.kind == "profile":
            platforms.append(recognized.platform)
    need = CONTENT_SHARE * len(values)
    if len(platforms) >= need:
        kinds = set(platforms)
        return f"{kinds.pop().value.lower()}_url" if len(kinds) == 1 else "url"
    if emails >= need:
        return "email"
    return None
