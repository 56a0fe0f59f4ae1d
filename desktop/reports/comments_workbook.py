"""The comment analysis as a workbook: sheets Comments, Commenters, URLs and Summary."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.collect.errors import format_until
from desktop.excel.exporting.xlsxstream import atomic_workbook
from desktop.i18n.catalog import render
from desktop.reports.comments_result import CommentAnalysis, Commenter
from desktop.reports.urls import UrlKind
from desktop.reports.workbook import cell_text, excel_number, write_sheet
from shared_models.platforms import PLATFORMS
from shared_models.records import METRIC_LABELS
from shared_models.texts import user_text

COMMENTS_HEADER = (user_text("Post URL"), user_text("Comment ID"), user_text("Date"),
                   user_text("Commenter name"), user_text("Commenter handle"),
                   METRIC_LABELS["daily_visitors"], METRIC_LABELS["followers"],
                   user_text("Text"), user_text("URLs found"))
COMMENTERS_HEADER = (user_text("Handle"), user_text("Name"), user_text("Comments"),
                     METRIC_LABELS["daily_visitors"], METRIC_LABELS["total_visitors"],
                     METRIC_LABELS["followers"], user_text("Posts"),
                     user_text("Metrics observed"), user_text("Metrics from"),
                     user_text("Known account"), user_text("Profile URL"))
URLS_HEADER = (user_text("URL"), user_text("Kind"), user_text("Platform"), user_text("Handle"),
               user_text("Post ID"), user_text("Times"), user_text("Comments"))
SOURCE_LABELS = {"store": user_text("recent snapshot"),
                 "platform": user_text("asked the platform"),
                 "not_found": user_text("profile not found"), "error": user_text("failed"),
                 "blocked": user_text("blocked")}


def write_analysis(analysis: CommentAnalysis, path: Path, language: str = "en") -> Path:
    """The four sheets, their headers and labels in `language` (the data as it is)."""
    def say(text: str) -> str:
        return render(text, language)

    def header(columns: tuple[str, ...]) -> list[str]:
        return [say(c) for c in columns]

    with atomic_workbook(path) as workbook:
        write_sheet(workbook, say(user_text("Comments")), header(COMMENTS_HEADER),
                    _comment_rows(analysis, say), (0,))
        write_sheet(workbook, say(user_text("Commenters")), header(COMMENTERS_HEADER),
                    [_commenter_row(c, say) for c in _commenters_in_order(analysis)], (10,))
        write_sheet(workbook, say(user_text("URLs")), header(URLS_HEADER),
                    _url_rows(analysis, say), (0,))
        write_sheet(workbook, say(user_text("Summary")),
                    (say(user_text("Item")), say(user_text("Value"))),
                    [[say(label), say(value) if isinstance(value, str) else value]
                     for label, value in summary_rows(analysis)])
    return path


def _comment_rows(analysis: CommentAnalysis,
                  say: Callable[[str], str] = str) -> list[list[object]]:
    rows: list[list[object]] = []
    for row in analysis.comments:
        c = row.comment
        handle = (c.author_handle or "").lower()
        commenter = analysis.commenters.get(handle)
        profile = commenter.profile if commenter else None
        rows.append([row.post_url, c.id, row.created_at, c.author_name, handle,
                     excel_number(profile.metric("daily_visitors")) if profile else "",
                     excel_number(profile.metric("followers")) if profile else "",
                     c.text, cell_text([u.url for u in row.urls], say=say)])
    return rows


def _commenters_in_order(analysis: CommentAnalysis) -> list[Commenter]:
    return sorted(analysis.commenters.values(), key=lambda c: (-c.comments, c.handle))


def _commenter_row(c: Commenter, say: Callable[[str], str] = str) -> list[object]:
    p = c.profile
    metric = (lambda name: excel_number(p.metric(name))) if p else (lambda name: "")
    source = say(SOURCE_LABELS[c.state])
    if p is not None and p.source == "error":
        source = say(user_text("failed: {reason}", reason=p.reason))
    observed = p.observed_at if p is not None and p.observed_at else ""
    known = say(user_text("yes")) if p is not None and p.account_id is not None else ""
    return [c.handle, c.name, c.comments, metric("daily_visitors"), metric("total_visitors"),
            metric("followers"), metric("post_count"), observed, source, known, c.profile_url]


def _url_rows(analysis: CommentAnalysis,
              say: Callable[[str], str] = str) -> list[list[object]]:
    tallies = sorted(analysis.urls.values(), key=lambda t: (-t.count, t.found.url))
    return [[t.found.url, say(t.found.kind.label),
             say(PLATFORMS[t.found.platform].label) if t.found.platform else "",
             t.found.handle,
             t.found.post_id, t.count, cell_text(t.comment_ids, ", ", say)] for t in tallies]


def summary_rows(analysis: CommentAnalysis) -> list[tuple[str, object]]:
    """(label, value) rows; labels are user_text, in English until rendered."""
    counts = analysis.counts()
    rows: list[tuple[str, object]] = [
        (user_text("Posts"), counts["posts"]),
        (user_text("Posts analysed"), counts["posts_analysed"]),
        (user_text("Comments"), counts["comments"]),
        (user_text("Distinct commenters"), counts["distinct_commenters"]),
        (user_text("Comments without a handle"), counts["comments_without_handle"]),
        (user_text("Commenters' metrics from recent snapshots"), analysis.profiles_from_store),
        (user_text("Commenters' metrics asked"), analysis.profiles_fetched),
        (user_text("Distinct URLs"), counts["distinct_urls"]),
    ]
    rows += [(user_text("URLs: {kind}", kind=UrlKind(kind).label), n)
             for kind, n in counts["urls"].items()]
    rows += [(user_text("Requests"), analysis.requests),
             (user_text("Failures"), counts["failures"])]
    if analysis.blocked_until:
        rows.append((user_text("Blocked until"), format_until(analysis.blocked_until)))
    for what, why in analysis.failures():
        rows.append((user_text("Failed: {what}", what=what), why))
    return rows

