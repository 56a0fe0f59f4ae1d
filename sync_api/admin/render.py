"""The admin status as text (the CLI) and as a small read-only HTML page."""

from __future__ import annotations

from datetime import datetime
from html import escape

from shared_models.office import PlatformOffice
from sync_api.admin.status import AdminStatus


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else "never"


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    size = n / 1024
    for unit in ("KB", "MB"):
        if size < 1024:
            return f"{size:,.1f} {unit}"
        size /= 1024
    return f"{size:,.1f} GB"


def sections(status: AdminStatus) -> list[tuple[str, list[str], list[list[str]]]]:
    """(title, column headers, rows) for each part of the report."""
    db = status.database
    release = status.release
    overview = [
        ["Database", f"{db.name}, {_size(db.size_bytes)}, schema {db.schema_revision}"],
        ["Records", ", ".join(f"{name} {c.live:,} live / {c.deleted:,} deleted"
                              for name, c in status.records.items())
         + f", metric snapshots {status.metric_snapshots:,}"],
        ["Conflicts", f"{status.conflicts.open} recorded, {status.conflicts.last_24h} in the "
                      "last 24 h (resolved on the desktops)"],
        ["Desktop release", f"{release.version} {release.download_url} (set by "
                            f"{release.source})" if release.version else "not advertised"],
    ]
    tokens = [[f"#{t.id}", t.name, t.role,
               f"revoked {_when(t.revoked_at)}" if t.revoked_at else "live",
               _when(t.last_used_at), str(t.devices)] for t in status.tokens]
    devices = [[d.device_id, d.token_name, d.app_version or "?", _when(d.last_seen_at),
                _when(d.last_push_at), _when(d.last_pull_at)] for d in status.devices]
    collection = []
    for p in status.collection:
        last = p.last_run
        run = (f"{_when(last.finished_at)} on {last.device_id}: {last.ok}/{last.total} ok, "
               f"{last.not_found} not found, {last.error} failed, {last.blocked} blocked"
               if last else "no run reported")
        block = f"blocked until {_when(p.blocked_until)}" if p.blocked_until else "-"
        collection.append([p.label, f"{p.collected_24h:,} of {p.accounts:,}",
                           _when(p.last_observed_at),
                           f"{p.runs_24h} runs, {p.errors_24h} failed, {p.not_found_24h} not "
                           f"found, {p.blocked_24h} blocked", run, block])
    conflicts = [[_when(c.created_at), c.entity, str(c.record_id), c.field, c.token_name,
                  c.device_id] for c in status.conflicts.recent]
    office = [_office_row(p) for p in (status.office.platforms if status.office else [])]
    return [
        ("Overview", ["", ""], overview),
        ("Tokens", ["id", "name", "role", "state", "last used", "devices"], tokens),
        ("Devices", ["device", "token", "app", "last seen", "last push", "last pull"], devices),
        ("Collection (last 24 h)", ["platform", "accounts collected", "newest snapshot",
                                    "reported runs", "latest run", "block"], collection),
        ("The office's collection", ["platform", "run", "collecting now", "pace",
                                     "429s", "blocks"], office),
        ("Recent conflicts", ["when", "entity", "record", "field", "token", "device"],
         conflicts),
    ]


def _office_row(p: PlatformOffice) -> list[str]:
    """One platform of the office's shared collection: run, desks, pace, 429s, blocks."""
    run = p.run
    if run is None:
        described = "no run yet"
    else:
        state = (f"finished {_when(run.finished_at)}" if run.finished_at
                 else "running")
        described = (f"{run.kind} run started {_when(run.started_at)} by {run.started_by}: "
                     f"{run.done:,} of {run.total:,} done, {state}")
    if p.daily is not None and p.daily.finished_at is not None:
        described += (f"; today's daily run collected {_when(p.daily.finished_at)} by "
                      f"{p.daily.finished_by or p.daily.started_by}")
    active = [c for c in p.collectors if c.active]
    desks = ", ".join(f"{c.device_id} ({c.ok + c.limited:,} answers, {c.limited} 429s)"
                      for c in active) or "nobody"
    pace = (f"{p.office_rate:.2f} requests/s for the office" if p.office_rate else "not learned")
    if p.limit_estimate:
        pace += f" (last 429 at {p.limit_estimate:.2f}/s)"
    if active and p.office_rate:
        pace += f", {p.office_rate / len(active):.2f}/s per desk"
    share = f"{p.limited:,} of {p.requests:,} answers" if p.requests else "-"
    blocks = f"{p.blocks}" + (f", paused until {_when(p.blocked_until)}"
                              if p.blocked_until else "")
    return [p.label, described, desks, pace, share, blocks]


def status_text(status: AdminStatus) -> str:
    lines = [f"Influencer Desk sync service - status at {_when(status.generated_at)}"]
    for title, headers, rows in sections(status):
        lines += ["", f"{title}:"]
        if not rows:
            lines.append("  (none)")
            continue
        if title == "Overview":
            lines += [f"  {k:<16} {v}" for k, v in rows]
            continue
        widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
        lines.append("  " + "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
        lines += ["  " + "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True))
                  for r in rows]
    return "\n".join(line.rstrip() for line in lines)


def status_html(status: AdminStatus) -> str:
    parts = ["<!doctype html><html><head><meta charset='utf-8'>",
             "<title>Influencer Desk sync service</title><style>",
             "body{font:14px system-ui,sans-serif;margin:2em;color:#222}"
             "table{border-collapse:collapse;margin-bottom:1.5em}"
             "td,th{border:1px solid #ddd;padding:4px 8px;text-align:left}"
             "th{background:#f4f4f4}</style></head><body>",
             f"<h1>Sync service status</h1><p>{escape(_when(status.generated_at))} "
             "(read-only)</p>"]
    for title, headers, rows in sections(status):
        parts.append(f"<h2>{escape(title)}</h2>")
        if not rows:
            parts.append("<p>(none)</p>")
            continue
        parts.append("<table>")
        if any(headers):
            parts.append("<tr>" + "".join(f"<th>{escape(h)}</th>" for h in headers) + "</tr>")
        parts += ["<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in rows]
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts)
