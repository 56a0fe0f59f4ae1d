"""One data row -> an influencer draft with its accounts, or the reasons it is invalid.

Every mapped cell is cleaned with the shared normalisers (shared_models); each problem
becomes a CellError naming the row as Excel shows it, the column header, the value and
the reason. A row with any error is not imported.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import lru_cache

from desktop.excel.importing.fields import FIELDS, FieldSpec
from desktop.excel.importing.mapping import SheetMapping
from desktop.excel.reading.formulacells import FormulaWithoutValue
from desktop.excel.reading.limits import DEFAULT_LIMITS, ImportLimits
from desktop.excel.reading.reader import CellValue, Table
from shared_models.errors import InvalidValue
from shared_models.platforms import (
    PLATFORMS,
    Platform,
    ProfileUrlReader,
    handle_mismatch,
    normalize_handle,
    parse_platform,
)
from shared_models.records import Entity, field_rules
from shared_models.rules import Context, too_long_message
from shared_models.text import clean_text, without_controls
from shared_models.texts import user_text


@dataclass(frozen=True)
class CellError:
    sheet: str
    row: int  # as Excel shows it (1-based)
    column: str  # the column's header
    value: str
    message: str  # the reason, a sentence

    def sentence(self) -> str:
        return user_text("Row {row}, column {column}: {message}", row=self.row,
                         column=self.column, message=self.message)

    def to_json(self) -> dict[str, object]:
        return {"sheet": self.sheet, "row": self.row, "column": self.column,
                "value": self.value, "message": self.message}


@dataclass
class AccountDraft:
    platform: Platform
    handle: str
    fields: dict[str, str]  # email, category, status, notes: only those the row fills
    column: str  # the header it came from, for messages


@dataclass
class RowDraft:
    row: int
    name: str
    phone: str
    notes: str
    tags: list[str]
    accounts: list[AccountDraft]
    name_column: str


@dataclass
class ParsedRow:
    sheet: str
    row: int  # Excel row number
    values: list[CellValue]  # the row as read, for the error report
    draft: RowDraft | None
    errors: list[CellError] = field(default_factory=list)


def parse_rows(
    table: Table,
    mapping: SheetMapping,
    *,
    region: str = "KR",
    web_bases: Mapping[Platform, str] | None = None,
    limits: ImportLimits = DEFAULT_LIMITS,
) -> Iterator[ParsedRow]:
    """Every non-empty row below the header, parsed (empty rows are skipped)."""
    parser = _RowParser(table.sheet, mapping, region, web_bases, limits)
    for index in range(mapping.header_row + 1, len(table.rows)):
        values = table.rows[index]
        if not any(v != "" and v is not None and not (isinstance(v, str) and not v.strip())
                   for v in values):
            continue
        parsed = parser.parse(index + 1, values)
        if parsed is not None:
            yield parsed


def _as_text(value: CellValue) -> str:
    if type(value) is str:  # nearly every cell
        return clean_text(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return clean_text(value)


_INFLUENCER = field_rules(Entity.INFLUENCER)
_ACCOUNT = field_rules(Entity.ACCOUNT)
# Import fields whose cells keep their line breaks (notes).
_MULTILINE = frozenset(name for name, spec in FIELDS.items() if spec.rule and spec.rule.multiline)
# Account fields that apply to every account on the row, in the order their errors show.
_ROW_WIDE: tuple[FieldSpec, ...] = tuple(spec for spec in FIELDS.values() if spec.row_wide)


# The row's lengths are checked before these run, so they call the rules' normalisers.
@lru_cache(maxsize=65536)
def _phone(text: str, region: str) -> str:
    return _INFLUENCER["phone"].normalize(text, Context(region))


@lru_cache(maxsize=4096)
def _tags(text: str) -> tuple[str, ...]:
    # a few tag lists repeat on most rows
    return tuple(_INFLUENCER["tags"].normalize(text, _CONTEXT))


def _account_value(field: str, text: str) -> object:
    """An account field's value by its shared rule's normaliser (the row's lengths are
    checked already); short values (e-mails, categories, statuses) repeat across rows and
    are remembered, long notes are not."""
    if len(text) <= _MEMO_CHARS:
        return _short_account_value(field, text)
    return _ACCOUNT[field].normalize(text, _CONTEXT)


_MEMO_CHARS = 200
_CONTEXT = Context()
_normalize_name = _INFLUENCER["name"].normalize


@lru_cache(maxsize=4096)
def _too_long_by_rule(field: str, text: str) -> str | None:
    """A field whose rule counts the value its own way (tags: as the list shows them);
    a few tag lists repeat on most rows."""
    rule = FIELDS[field].rule
    return None if rule is None else rule.too_long(text)


@lru_cache(maxsize=65536)
def _short_account_value(field: str, text: str) -> object:
    return _ACCOUNT[field].normalize(text, _CONTEXT)


class _PlatformFields:
    """The field names of one platform's columns, worked out once rather than per row."""

    def __init__(self, platform: Platform) -> None:
        low = platform.value.lower()
        self.platform = platform
        self.label = PLATFORMS[platform].label
        self.url, self.handle = f"{low}_url", f"{low}_handle"
        self.email, self.category = f"{low}_email", f"{low}_category"
        # (account field, this platform's column, the row-wide column) for each row-wide field
        self.shared = tuple((spec.account_field or spec.name,
                             f"{low}_{spec.name}" if f"{low}_{spec.name}" in FIELDS else "",
                             spec.name) for spec in _ROW_WIDE)


class _RowParser:
    def __init__(self, sheet: str, mapping: SheetMapping, region: str,
                 web_bases: Mapping[Platform, str] | None, limits: ImportLimits) -> None:
        self.sheet = sheet
        self.mapping = mapping
        self.cols = mapping.by_field()
        self.headers = {f: mapping.columns[i].header for f, i in self.cols.items()}
        self.region = region
        self.web_bases = web_bases
        self.read_profile_url = ProfileUrlReader(web_bases)
        self.max_cell = limits.max_cell_chars
        # Per mapped field, worked out once: (field, column index, raw notes?, the length
        # a text may have without a closer look, the shared rule's limit on the text as
        # read, or the field whose rule to ask when it counts the value its own way).
        self.reads = []
        for name, index in self.cols.items():
            rule_limit, ask = _limit(FIELDS[name])
            limit = min(self.max_cell, self.max_cell if rule_limit is None else rule_limit)
            self.reads.append((name, index, name in _MULTILINE, limit, rule_limit, ask))
        self.platforms = [_PlatformFields(p) for p in Platform]
        self.by_platform = {f.platform: f for f in self.platforms}

    def _cell(self, values: list[CellValue], name: str) -> CellValue:
        index = self.cols.get(name)
        if index is None or index >= len(values):
            return ""
        return values[index]

    def parse(self, row: int, values: list[CellValue]) -> ParsedRow | None:
        errors: list[CellError] = []
        texts: dict[str, str] = {}
        width = len(values)
        for name, index, raw_notes, limit, rule_limit, ask in self.reads:
            value = values[index] if index < width else ""
            if value == "" or value is None:
                continue
            if isinstance(value, FormulaWithoutValue):  # read as "" or 0 it would be wrong
                errors.append(self._error(row, name, str(value), value.message))
                continue
            if raw_notes:
                text = (without_controls(value).strip() if isinstance(value, str)
                        else _as_text(value))
            else:
                text = _as_text(value)
            if not text:
                continue
            if len(text) > limit or ask is not None:
                message = self._too_long(text, rule_limit, ask)
                if message is not None:
                    errors.append(self._error(row, name, text[:60] + "…", message))
                    continue
            texts[name] = text
        if not texts and not errors:
            return None  # nothing this import reads is on the row

        name = ""
        try:
            name = _normalize_name(texts.get("name"), _CONTEXT)
        except InvalidValue as exc:
            name_column = self._column("name")
            # One sentence per cell: a name already refused (too long, a formula without a
            # result) is not also reported as missing.
            if not any(error.column == name_column for error in errors):
                errors.append(self._error(row, "name", texts.get("name", ""), exc.message))
        phone = ""
        if "phone" in texts:
            try:
                phone = _phone(texts["phone"], self.region)
            except InvalidValue as exc:
                errors.append(self._error(row, "phone", texts["phone"], exc.message))
        tags: list[str] = []
        if "tags" in texts:
            try:  # too many tags, or one too long (shared_models/rules.py)
                tags = list(_tags(texts["tags"]))
            except InvalidValue as exc:
                errors.append(self._error(row, "tags", texts["tags"], exc.message))
        accounts = self._accounts(row, texts, errors)
        if not accounts:
            for orphan in (spec.name for spec in _ROW_WIDE):
                if orphan in texts:
                    errors.append(self._error(row, orphan, texts[orphan], user_text(
                        "{field} belongs to an account: give a platform URL or handle on "
                        "this row.", field=_ACCOUNT[FIELDS[orphan].account_field or
                                                    orphan].label)))
        if errors:
            return ParsedRow(self.sheet, row, values, None, errors)
        draft = RowDraft(row, name, phone, texts.get("notes", ""), tags, accounts,
                         self.headers.get("name", "Name"))
        return ParsedRow(self.sheet, row, values, draft)

    def _too_long(self, text: str, rule_limit: int | None, ask: str | None) -> str | None:
        """The field's shared rule first (the sentence the server gives), then the import's
        own cap on any cell of an untrusted file."""
        if rule_limit is not None and len(text) > rule_limit:
            return too_long_message(len(text), rule_limit)
        if ask is not None:
            message = _too_long_by_rule(ask, text)  # ask: the field, see _limit
            if message is not None:
                return message
        if len(text) > self.max_cell:
            return too_long_message(len(text), self.max_cell)
        return None

    def _column(self, name: str) -> str:
        return self.headers.get(name, FIELDS[name].label)

    def _error(self, row: int, name: str, value: str, message: str) -> CellError:
        return CellError(self.sheet, row, self._column(name), value, message)

    def _shared_fields(self, texts: dict[str, str], errors: list[CellError], row: int,
                       platform: Platform) -> dict[str, str]:
        out: dict[str, str] = {}
        for key, specific, generic in self.by_platform[platform].shared:
            # this platform's own column wins over the row-wide one
            source = specific if specific in texts else generic
            if source in texts:
                text = texts[source]
                try:
                    out[key] = str(_short_account_value(key, text) if len(text) <= _MEMO_CHARS
                                   else _account_value(key, text))
                except InvalidValue as exc:
                    errors.append(self._error(row, source, text, exc.message))
        return out

    def _accounts(self, row: int, texts: dict[str, str],
                  errors: list[CellError]) -> list[AccountDraft]:
        found: dict[tuple[Platform, str], AccountDraft] = {}
        before = len(errors)
        for fields in self.platforms:
            platform = fields.platform
            handle = self._platform_handle(row, texts, errors, platform, fields.url,
                                           fields.handle)
            if handle:
                found[(platform, handle[0])] = AccountDraft(platform, handle[0], {}, handle[1])
            elif (fields.email in texts or fields.category in texts) and len(errors) == before:
                col = fields.email if fields.email in texts else fields.category
                errors.append(self._error(row, col, texts[col], user_text(
                    "This {platform} value needs a {platform} URL or handle on the same row.",
                    platform=fields.label)))
        generic = self._generic_account(row, texts, errors)
        if generic is not None:
            found.setdefault((generic.platform, generic.handle), generic)
        if len(errors) > before:
            return []
        for draft in found.values():
            draft.fields = self._shared_fields(texts, errors, row, draft.platform)
        return list(found.values())

    def _url(self, text: str, platform: Platform | None) -> tuple[Platform, str]:
        """(platform, handle) of a profile URL cell, by the profile URL rule: a column or a
        row's platform is the account's."""
        recognized = self.read_profile_url(text, platform)
        return recognized.platform, recognized.handle

    def _platform_handle(self, row: int, texts: dict[str, str], errors: list[CellError],
                         platform: Platform, url_field: str,
                         handle_field: str) -> tuple[str, str] | None:
        from_url = from_handle = None
        if url_field in texts:
            try:
                from_url = self._url(texts[url_field], platform)[1]
            except InvalidValue as exc:
                errors.append(self._error(row, url_field, texts[url_field], exc.message))
                return None
        if handle_field in texts:
            try:
                from_handle = normalize_handle(platform, texts[handle_field], self.web_bases)
            except InvalidValue as exc:
                errors.append(self._error(row, handle_field, texts[handle_field], exc.message))
                return None
        if from_url and from_handle and from_url != from_handle:
            errors.append(self._error(row, handle_field, texts[handle_field],
                                      handle_mismatch(from_handle, from_url)))
            return None
        if from_url:
            return from_url, self.headers[url_field]
        if from_handle:
            return from_handle, self.headers[handle_field]
        return None

    def _generic_account(self, row: int, texts: dict[str, str],
                         errors: list[CellError]) -> AccountDraft | None:
        platform: Platform | None = None
        if "platform" in texts:
            try:
                platform = parse_platform(texts["platform"])
            except InvalidValue as exc:
                errors.append(self._error(row, "platform", texts["platform"], exc.message))
                return None
        url_platform = url_handle = None
        if "url" in texts:
            try:
                url_platform, url_handle = self._url(texts["url"], platform)
            except InvalidValue as exc:
                errors.append(self._error(row, "url", texts["url"], exc.message))
                return None
            platform = url_platform
        handle = None
        if "handle" in texts:
            if platform is None:
                errors.append(self._error(row, "handle", texts["handle"], user_text(
                    "A handle needs its platform: fill the platform column or use a "
                    "Platform A/B handle column.")))
                return None
            try:
                handle = normalize_handle(platform, texts["handle"], self.web_bases)
            except InvalidValue as exc:
                errors.append(self._error(row, "handle", texts["handle"], exc.message))
                return None
            if url_handle and handle != url_handle:
                errors.append(self._error(row, "handle", texts["handle"],
                                          handle_mismatch(handle, url_handle)))
                return None
        handle = url_handle or handle
        if platform is None or not handle:
            return None
        column = self.headers["url"] if url_handle else self.headers["handle"]
        return AccountDraft(platform, handle, {}, column)


def _limit(spec: FieldSpec) -> tuple[int | None, str | None]:
    """(the field's length limit on the text as read, or None; the field whose rule to ask
    instead when it counts the value its own way: tags count as the list shows them)."""
    rule = spec.rule
    if rule is None:
        return None, None
    if rule.counts_text:
        return rule.max_length, None
    return None, spec.name

