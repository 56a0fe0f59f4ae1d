"""The verification input: a sheet with a profile URL column and a post URL column.

Read and checked like an import (`desktop.excel`: file safety limits, hyperlink targets,
header row below titles), the two columns found by their header words and, above all, by
what they hold: the column whose cells are mostly profile URLs, and the one whose cells are
mostly post URLs. The user can name either column (its header or letter).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from desktop.excel.importing.fields import field_for_header, normalize_header
from desktop.excel.importing.headers import find_header_row
from desktop.excel.reading.hyperlinks import column_letter
from desktop.excel.reading.limits import DEFAULT_LIMITS, ImportLimits
from desktop.excel.reading.reader import Table, read_table
from desktop.reports.inputs import ColumnNotFound, find_column
from shared_models.errors import InvalidValue
from shared_models.platforms import Platform, recognize_url
from shared_models.text import clean_text
from shared_models.texts import Text, sentence_of, user_text

SAMPLE = 200
CONTENT_SHARE = 0.5
POST_WORDS = ("post", "게시물", "게시글", "포스트", "포스팅", "콘텐츠", "content", "media",
              "원고", "리뷰링크", "reviewurl")
PROFILE_FIELDS = ("url", "a_url", "b_url")


class VerifyInputError(ValueError):
    """The sheet cannot be verified as it is; the message says how to fix it."""


@dataclass
class VerifyInput:
    path: Path
    table: Table
    header_row: int  # 0-based; -1: the sheet has no header row
    profile_col: int
    post_col: int

    @property
    def first_data_row(self) -> int:
        return self.header_row + 1

    def headers(self) -> list[object]:
        return list(self.table.rows[self.header_row]) if self.header_row >= 0 else []

    def data_rows(self) -> list[int]:
        """Rows (0-based) with a profile or post URL to check."""
        return [r for r in range(self.first_data_row, len(self.table.rows))
                if self.cell(r, self.profile_col) or self.cell(r, self.post_col)]

    def cell(self, row: int, col: int) -> str:
        values = self.table.rows[row]
        return clean_text(values[col]) if col < len(values) else ""

    def describe(self) -> Text:
        return user_text("profile URLs in column {profile}, post URLs in column {post}",
                         profile=self._name(self.profile_col), post=self._name(self.post_col))

    def _name(self, col: int) -> str:
        header = self.headers()
        text = clean_text(header[col]) if col < len(header) else ""
        return f"{column_letter(col)} ({text})" if text else column_letter(col)


def read_verify_input(path: Path, *, sheet: str | None = None,
                      profile_column: str | None = None, post_column: str | None = None,
                      web_bases: Mapping[Platform, str] | None = None,
                      limits: ImportLimits = DEFAULT_LIMITS) -> VerifyInput:
    """Read the sheet and find its two URL columns (FileRefused, VerifyInputError)."""
    table = read_table(Path(path), sheet, limits)
    if not any(any(clean_text(v) for v in row) for row in table.rows):
        raise VerifyInputError(user_text("{file} (sheet {sheet}) is empty.",
                                         file=Path(path).name, sheet=table.sheet))
    header = find_header_row(table)
    headers = [clean_text(h) for h in header.headers]
    kinds = _content_kinds(table, header.row, web_bases)
    profile = _pick("profile", profile_column, headers, kinds, _is_profile_header)
    post = _pick("post", post_column, headers, kinds, _is_post_header, exclude=profile)
    if profile == post:
        raise VerifyInputError(user_text("The profile URL and the post URL must be two "
                                         "different columns."))
    header_row = header.row
    if _holds_urls(table, header_row, (profile, post), web_bases):
        header_row -= 1  # the "header" is already data: the sheet has no header row
    return VerifyInput(Path(path), table, header_row, profile, post)


def _is_profile_header(text: str) -> bool:
    return field_for_header(text) in PROFILE_FIELDS


def _is_post_header(text: str) -> bool:
    key = normalize_header(text)
    return bool(key) and any(word in key for word in POST_WORDS)


def _content_kinds(table: Table, header_row: int, web_bases: Mapping[Platform, str] | None,
                   ) -> dict[int, dict[str, float]]:
    """{column: {"profile": share, "post": share}} over a sample of its non-empty cells."""
    width = table.width
    counts = [{"profile": 0, "post": 0, "cells": 0} for _ in range(width)]
    for row in table.rows[header_row + 1: header_row + 1 + SAMPLE]:
        for col, value in enumerate(row[:width]):
            text = clean_text(value)
            if not text:
                continue
            counts[col]["cells"] += 1
            try:
                kind = recognize_url(text, web_bases).kind
            except InvalidValue:
                continue
            counts[col][kind] += 1
    return {col: {k: c[k] / c["cells"] for k in ("profile", "post")}
            for col, c in enumerate(counts) if c["cells"]}


def _pick(kind: str, chosen: str | None, headers: list[str],
          shares: dict[int, dict[str, float]], by_header: Callable[[str], bool],
          exclude: int | None = None) -> int:
    if chosen:
        try:
            return find_column(chosen, headers)
        except ColumnNotFound as exc:
            raise VerifyInputError(sentence_of(exc)) from None
    named = [c for c, h in enumerate(headers) if h and by_header(h)]
    by_content = sorted(((s[kind], c) for c, s in shares.items()
                         if s[kind] >= CONTENT_SHARE and c != exclude), reverse=True)
    for col in named:  # a named column whose cells agree (or are empty)
        share = shares.get(col)
        if col != exclude and (share is None or share[kind] >= CONTENT_SHARE):
            return col
    if by_content:
        return by_content[0][1]
    if kind == "profile":
        raise VerifyInputError(user_text(
            "No column with profile URLs was found. Name its header '프로필 URL' or 'Profile "
            "URL' (in the terminal you can also choose it: --profile-column and its header "
            "or letter)."))
    raise VerifyInputError(user_text(
        "No column with post URLs was found. Name its header '게시물 URL' or 'Post URL' (in "
        "the terminal you can also choose it: --post-column and its header or letter)."))


def _holds_urls(table: Table, row: int, cols: tuple[int, int],
                web_bases: Mapping[Platform, str] | None) -> bool:
    if row < 0 or row >= len(table.rows):
        return False
    values = table.rows[row]
    for col in cols:
        if col >= len(values):
            return False
        try:
            recognize_url(values[col], web_bases)
        except InvalidValue:
            return False
    return True
