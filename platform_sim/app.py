"""What the simulator answers: the two platforms' API (docs/platform-contract.md) plus the
`/_sim/*` control endpoints. Framework-free: `SimApp.handle` maps a request to a `Response`;
`platform_sim.server` puts it on a socket.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import threading
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from email.utils import formatdate
from typing import Any
from urllib.parse import parse_qs

from platform_sim.config import SimConfig
from platform_sim.dataset import Dataset
from platform_sim.limiter import Limiter
from platform_sim.stats import Stats

ROUTES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("a_comments", re.compile(r"/a/v1/posts/(?P<handle>[^/]+)/(?P<post_id>[^/]+)/comments")),
    ("a_post", re.compile(r"/a/v1/posts/(?P<handle>[^/]+)/(?P<post_id>[^/]+)")),
    ("a_profile", re.compile(r"/a/v1/profiles/(?P<handle>[^/]+)")),
    ("b_user", re.compile(r"/b/v1/users/(?P<handle>[^/]+)")),
    ("b_media", re.compile(r"/b/v1/media/(?P<post_id>[^/]+)")),
)
DEFAULT_COMMENT_LIMIT = 20
MAX_COMMENT_LIMIT = 100


@dataclass
class Response:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering (injected latency)

    @staticmethod
    def json(status: int, payload: Any, **headers: str) -> Response:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        return Response(status, body, {"Content-Type": "application/json; charset=utf-8",
                                       **headers})


class SimApp:
    def __init__(self, config: SimConfig | None = None) -> None:
        self.config = config or SimConfig()
        self.config.validate()
        self.dataset = Dataset(self.config)
        self.limiter = Limiter(self.config)
        self.stats = Stats()
        self._attempts: dict[str, int] = {}
        self._limited_count = 0
        self._lock = threading.Lock()

    # -- control ----------------------------------------------------------------------

    def configure(self, changes: dict[str, Any], reset: bool = False) -> SimConfig:
        """Apply new settings at runtime; a changed data shape regenerates the data set."""
        config = self.config.updated(changes)
        if config.data_shape != self.config.data_shape:
            self.dataset = Dataset(config)
        self.config = config
        self.limiter.reconfigure(config, reset=reset)
        if reset:
            self.reset()
        return config

    def reset(self) -> None:
        """Forget counters, attempts and blocks (a fresh world with the same data)."""
        with self._lock:
            self._attempts.clear()
            self._limited_count = 0
        self.limiter.reconfigure(self.config, reset=True)
        self.stats.reset()

    # -- requests ---------------------------------------------------------------------

    def handle(self, method: str, target: str, client_ip: str, body: bytes = b"") -> Response:
        path, _, query_string = target.partition("?")
        query = {k: v[-1] for k, v in parse_qs(query_string).items()}
        if path.startswith("/_sim/"):
            return self._control(method, path, query, body)
        arrived = time.time()
        kind, match = "unknown", None
        for route, pattern in ROUTES:
            match = pattern.fullmatch(path)
            if match:
                kind = route
                break
        if method != "GET":
            response = Response.json(405, {"error": "method_not_allowed"})
            self.stats.record(arrived, path, kind, 405)
            return response
        response, flags = self._platform(kind, match, path, query, client_ip)
        self.stats.record(arrived, path, kind, response.status,
                          retry_after=response.headers.get("Retry-After"), **flags)
        return response

    def _platform(self, kind: str, match: re.Match[str] | None, path: str,
                  query: dict[str, str], client_ip: str) -> tuple[Response, dict[str, bool]]:
        cfg = self.config
        decision = self.limiter.decide(client_ip)
        if decision.verdict in ("blocked", "newly_blocked"):
            until = datetime.now(UTC).timestamp() + decision.wait
            return self._blocked(until), {"block_began": decision.verdict == "newly_blocked",
                                          "during_block": decision.verdict == "blocked"}
        if decision.verdict == "limited":
            return self._limited(decision.wait), {}
        with self._lock:
            attempt = self._attempts.get(path, 0) + 1
            self._attempts[path] = attempt
        roll_error, roll_malformed, roll_shape = self._rolls(path, attempt)
        delay = cfg.latency
        if match is None:
            return Response.json(404, {"error": "not_found"}), {}
        groups = match.groupdict()
        broken = cfg.broken_handles.get(groups.get("handle", "").lower())
        if broken is None and "post_id" in groups and kind == "b_media":
            post = self.dataset.b.posts.get(groups["post_id"])
            broken = cfg.broken_handles.get(post.handle) if post else None
        if broken == "error" or roll_error < cfg.error_rate:
            response = Response.json(503, {"error": "unavailable"})
            response.delay = delay
            return response, {}
        response = self._resource(kind, groups, query)
        response.delay = delay
        malformed = broken == "malformed" or roll_malformed < cfg.malformed_rate
        if response.status == 200 and malformed:
            return _malform(response, roll_shape), {"malformed": True}
        return response, {}

    def _rolls(self, path: str, attempt: int) -> tuple[float, float, float]:
        digest = hashlib.sha256(f"{self.config.seed}:{path}:{attempt}".encode()).digest()
        return tuple(int.from_bytes(digest[i:i + 8], "big") / 2**64  # type: ignore[return-value]
                     for i in (0, 8, 16))

    def _limited(self, wait: float) -> Response:
        form = self.config.retry_after
        with self._lock:
            self._limited_count += 1
            count = self._limited_count
        if form == "mixed":
            form = ("seconds", "http-date", "none")[count % 3]  # type: ignore[assignment]
        headers: dict[str, str] = {}
        seconds = max(1, math.ceil(wait))
        if form == "seconds":
            headers["Retry-After"] = str(seconds)
        elif form == "http-date":
            headers["Retry-After"] = formatdate(math.ceil(time.time() + wait), usegmt=True)
        return Response.json(429, {"error": "rate_limited"}, **headers)

    def _blocked(self, until: float) -> Response:
        if self.config.block_style == "bare":
            return Response.json(403, {"error": "forbidden"})
        stamp = datetime.fromtimestamp(until, UTC).isoformat(timespec="seconds")
        return Response.json(403, {"error": "blocked", "until": stamp})

    def _resource(self, kind: str, groups: dict[str, str], query: dict[str, str]) -> Response:
        not_found = Response.json(404, {"error": "not_found"})
        gone = Response.json(410, {"error": "deleted"})
        if kind in ("a_profile", "b_user"):
            data = self.dataset.a if kind == "a_profile" else self.dataset.b
            profile = data.profiles.get(groups["handle"].lower())
            return Response.json(200, profile.wire()) if profile else not_found
        if kind == "b_media":
            post = self.dataset.b.posts.get(groups["post_id"])
        else:
            post = self.dataset.a.posts.get(groups["post_id"])
            if post and post.handle != groups["handle"].lower():
                post = None
        if post is None:
            return not_found
        if post.deleted:
            return gone
        if kind != "a_comments":
            payload = {"post_id": post.post_id, "handle": post.handle,
                       "visibility": post.visibility, "published_at": post.published_at}
            if kind == "a_post":
                payload["title"] = post.title
            return Response.json(200, payload)
        return self._comments_page(post.post_id, post.visibility, query)

    def _comments_page(self, post_id: str, visibility: str, query: dict[str, str]) -> Response:
        try:
            limit = int(query.get("limit", DEFAULT_COMMENT_LIMIT))
            offset = int(query["cursor"].removeprefix("c")) if "cursor" in query else 0
        except ValueError:
            return Response.json(400, {"error": "bad_request"})
        if not 1 <= limit <= MAX_COMMENT_LIMIT or offset < 0:
            return Response.json(400, {"error": "bad_request"})
        comments = [] if visibility == "private" else self.dataset.comments(post_id)
        page = comments[offset: offset + limit]
        more = offset + limit < len(comments)
        return Response.json(200, {"comments": [c.wire() for c in page],
                                   "next_cursor": f"c{offset + limit}" if more else None})

    # -- /_sim/* ----------------------------------------------------------------------

    def _control(self, method: str, path: str, query: dict[str, str], body: bytes) -> Response:
        if path == "/_sim/stats" and method == "GET":
            return Response.json(200, self.stats.snapshot())
        if path == "/_sim/config" and method == "GET":
            return Response.json(200, self.config.to_dict())
        if path == "/_sim/config" and method == "POST":
            try:
                changes = json.loads(body or b"{}")
                reset = bool(changes.pop("reset", False))
                config = self.configure(changes, reset=reset)
            except (ValueError, TypeError) as exc:
                return Response.json(400, {"error": str(exc)})
            return Response.json(200, config.to_dict())
        if path == "/_sim/reset" and method == "POST":
            self.reset()
            return Response.json(200, {"ok": True})
        if path == "/_sim/dataset" and method == "GET":
            return Response.json(200, self.dataset.listing())
        if path == "/_sim/log" and method == "GET":
            since = float(query.get("since", 0))
            return Response.json(200, [asdict(e) for e in self.stats.entries(since)])
        match = re.fullmatch(r"/_sim/comments/(\d+)", path)
        if match and method == "GET" and match.group(1) in self.dataset.a.posts:
            comments = self.dataset.comments(match.group(1))
            return Response.json(200, [asdict(c) for c in comments])
        return Response.json(404, {"error": "not_found"})


def _malform(response: Response, roll: float) -> Response:
    """A 200 whose body breaks the schema in one of the ways broken platforms do."""
    payload = json.loads(response.body)
    shape = int(roll * 4)
    if shape == 0:
        return Response(200, b"<html><body>Service temporarily changed</body></html>",
                        {"Content-Type": "text/html; charset=utf-8"}, response.delay)
    if shape == 1:
        payload.pop(next(iter(payload)))  # a required field missing
    elif shape == 2:
        key = next((k for k, v in payload.items() if isinstance(v, int | list)), "visibility")
        payload[key] = "n/a"  # a number (or the comments list) as text
    else:
        payload = {"data": payload}  # wrapped in an envelope the contract does not have
    malformed = Response.json(200, payload)
    malformed.delay = response.delay
    return malformed
