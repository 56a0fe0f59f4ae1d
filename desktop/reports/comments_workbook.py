"""The comment analysis as a workbook: sheets Comments, Commenters, URLs and Summary."""

from __future__ import annotations

from pathlib import Path

from desktop.collect.errors import format_until
from desktop.excel.exporting.xlsxstream import atomic_workbook
from desktop.reports.comments_result import CommentAnalysis, Commenter
from desktop.reports.urls import UrlKind
from desktop.reports.workbook import cell_text, excel_number, write_sheet

COMMENTS_HEADER = ("Post URL", "Comment ID", "Date", "Commenter name", "Commenter handle",
                   "Daily visitors", "Followers", "Text", "URLs found")
COMMENTERS_HEADER = ("Handle", "Name", "Comments", "Daily visitors", "Total visitors",
                     "Followers", "Posts", "Metrics observed", "Metrics from", "Known account",
                     "Profile URL")
URLS_HEADER = ("URL", "Kind", "Platform", "Handle", "Post ID", "Times", "Comments")
SOURCE_LABELS = {"store": "recent snapshot", "platform": "asked the platform",
                 "not_found": "profile not found", "error": "failed", "blocked": "blocked"}


def write_analysis(analysis: CommentAnalysis, path: Path) -> Path:
    with atomic_workbook(path) as workbook:
        write_sheet(workbook, "Comments", COMMENTS_HEADER, _comment_rows(analysis), (0,))
        write_sheet(workbook, "Commenters", COMMENTERS_HEADER,
                    [_commenter_row(c) for c in _commenters_in_order(analysis)], (10,))
        write_sheet(workbook, "URLs", URLS_HEADER, _url_rows(analysis), (0,))
        write_sheet(workbook, "Summary", ("Item", "Value"), summary_rows(analysis))
    return path


def _comment_rows(analysis: CommentAnalysis) -> list[list[object]]:
    rows: list[list[object]] = []
    for row in analysis.comments:
        c = row.comment
        handle = (c.author_handle or "").lower()
        commenter = analysis.commenters.get(handle)
        profile = commenter.profile if commenter else None
        rows.append([row.post_url, c.id, row.created_at, c.author_name, handle,
                     excel_number(profile.metric("daily_visitors")) if profile else "",
                     excel_number(profile.metric("followers")) if profile else "",
                     c.text, cell_text([u.url for u in row.urls])])
    return rows


def _commenters_in_order(analysis: CommentAnalysis) -> list[Commenter]:
    return sorted(analysis.commenters.values(), key=lambda c: (-c.comments, c.handle))


def _commenter_row(c: Commenter) -> list[object]:
    p = c.profile
    metric = (lambda name: excel_number(p.metric(name))) if p else (lambda name: "")
    source = SOURCE_LABELS[c.state]
    if p is not None and p.source == "error":
        source = f"failed: {p.reason}"
    observed = p.observed_at if p is not None and p.observed_at else ""
    known = "yes" if p is not None and p.account_id is not None else ""
    return [c.handle, c.name, c.comments, metric("daily_visitors"), metric("total_visitors"),
            metric("followers"), metric("post_count"), observed, source, known, c.profile_url]


def _url_rows(analysis: CommentAnalysis) -> list[list[object]]:
    tallies = sorted(analysis.urls.values(), key=lambda t: (-t.count, t.found.url))
    return [[t.found.url, t.found.kind.label,
             t.found.platform.value if t.found.platform else "", t.found.handle,
             t.found.post_id, t.count, cell_text(t.comment_ids, ", ")] for t in tallies]


def summary_rows(analysis: CommentAnalysis) -> list[list[object]]:
    counts = analysis.counts()
    rows: list[list[object]] = [
        ["Posts", counts["posts"]],
        ["Posts analysed", counts["posts_analysed"]],
        ["Comments", counts["comments"]],
        ["Distinct commenters", counts["distinct_commenters"]],
        ["Comments without a handle", counts["comments_without_handle"]],
        ["Commenters' metrics from recent snapshots", analysis.profiles_from_store],
        ["Commenters' metrics asked", analysis.profiles_fetched],
        ["Distinct URLs", counts["distinct_urls"]],
    ]
    rows += [[f"URLs: {UrlKind(kind).label}", n] for kind, n in counts["urls"].items()]
    rows += [["Requests", analysis.requests], ["Failures", counts["failures"]]]
    if analysis.blocked_until:
        rows.append(["Blocked until", format_until(analysis.blocked_until)])
    for what, why in analysis.failures():
        rows.append([f"Failed: {what}", why])
    return rows

