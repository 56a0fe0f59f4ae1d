"""One platform host over HTTP: paced by its RateController, retried where that is safe.

`HostClient.get_json` answers a `Fetched` (200 with its JSON, or 404/410) or raises:
`PlatformBlocked` (stop all work on this platform), `ItemFailed` (this item only: server
errors after bounded retries, a body that is not JSON, an unexpected status). 429s are
waited out as the host says (Retry-After first) and retried; the controller slows down.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from desktop import __version__
from desktop.collect.errors import ItemFailed, PlatformBlocked
from desktop.collect.ratecontrol import RateController
from desktop.jobs import Cancelled
from shared_models.texts import Text, user_text

USER_AGENT = f"InfluencerDesk/{__version__} (+metrics collection; paced, honours Retry-After)"
DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)


@dataclass(frozen=True)
class Fetched:
    status: int  # 200, 404 or 410
    body: Any = None


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date), or None."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when: datetime = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def new_http_client(timeout: httpx.Timeout = DEFAULT_TIMEOUT,
                    max_connections: int = 16) -> httpx.AsyncClient:
    """An httpx client with keep-alive, timeouts and our User-Agent."""
    limits = httpx.Limits(max_connections=max_connections,
                          max_keepalive_connections=max_connections)
    return httpx.AsyncClient(timeout=timeout, limits=limits,
                             headers={"User-Agent": USER_AGENT, "Accept": "application/json"})


class HostClient:
    def __init__(self, api_base: str, controller: RateController, *, label: str,
                 http: httpx.AsyncClient | None = None, max_retries: int = 3,
                 retry_base: float = 0.5, retry_cap: float = 8.0, max_limited_retries: int = 20,
                 cancelled: Callable[[], bool] | None = None) -> None:
        self.api_base = api_base.rstrip("/")
        self.controller = controller
        self.label = label
        self._http = http or new_http_client()
        self._owns_http = http is None
        self.max_retries = max_retries
        self.retry_base = retry_base
        self.retry_cap = retry_cap
        self.max_limited_retries = max_limited_retries
        self.cancelled = cancelled
        self.worked = False  # has this host answered 200 in this session?

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def get_json(self, path: str, params: dict[str, Any] | None = None) -> Fetched:
        url = self.api_base + path
        failures = 0
        limited = 0
        while True:
            async with self.controller.concurrency():
                await self.controller.acquire(self.cancelled)
                pace = self.controller.sending()
                sent = time.monotonic()
                try:
                    response = await self._http.get(url, params=params)
                except httpx.TransportError as exc:  # timeouts, resets, refused
                    response = None
                    problem = _describe_transport_error(exc)
                finally:
                    self.controller.answered(time.monotonic() - sent)
            if response is None:
                failures += 1
                if failures > self.max_retries:
                    raise ItemFailed(user_text(
                        "{platform} could not be reached ({problem}) after {count} attempts.",
                        platform=self.label, problem=problem, count=failures))
                await self._backoff(failures)
                continue
            status = response.status_code
            if status == 200:
                self.controller.on_success()
                self.worked = True
                try:
                    return Fetched(200, response.json())
                except ValueError:
                    raise ItemFailed(user_text(
                        "{platform} answered with something that is not JSON ({type}).",
                        platform=self.label, type=_content_type(response))) from None
            if status in (404, 410):
                self.controller.on_success()
                return Fetched(status)
            if status == 429:
                limited += 1
                self.controller.on_rate_limited(parse_retry_after(
                    response.headers.get("Retry-After")), sent_rate=pace)
                if limited > self.max_limited_retries:
                    raise ItemFailed(user_text(
                        "{platform} kept asking to slow down for this item; it is left for "
                        "the next run.", platform=self.label))
                continue
            if status == 403:
                blocked = self._block_signal(response)
                if blocked is not None:
                    raise blocked
                raise ItemFailed(user_text(
                    "{platform} refused access to this item (HTTP 403).", platform=self.label))
            if status >= 500:
                failures += 1
                if failures > self.max_retries:
                    raise ItemFailed(user_text(
                        "{platform} kept failing with a server error (HTTP {status}) after "
                        "{count} attempts.", platform=self.label, status=status,
                        count=failures))
                await self._backoff(failures)
                continue
            raise ItemFailed(user_text("{platform} answered with an unexpected HTTP {status}.",
                                       platform=self.label, status=status))

    def _block_signal(self, response: httpx.Response) -> PlatformBlocked | None:
        until: float | None = None
        explicit = False
        try:
            body = response.json()
        except ValueError:
            body = None
        if isinstance(body, dict) and body.get("error") == "blocked":
            explicit = True
            try:
                until = datetime.fromisoformat(str(body.get("until"))).timestamp()
            except ValueError:
                until = None
        if explicit or self.worked:
            return self.controller.on_blocked(until)
        return None

    async def _backoff(self, failures: int) -> None:
        """Exponential back-off with full jitter; cancellable."""
        delay = random.uniform(0, min(self.retry_cap, self.retry_base * 2 ** (failures - 1)))
        deadline = time.monotonic() + delay
        while (left := deadline - time.monotonic()) > 0:
            await asyncio.sleep(min(left, 0.25))
            if self.cancelled is not None and self.cancelled():
                raise Cancelled()


def _describe_transport_error(exc: httpx.TransportError) -> Text:
    if isinstance(exc, httpx.TimeoutException):
        return user_text("timed out")
    if isinstance(exc, httpx.ConnectError):
        return user_text("connection refused or no network")
    return user_text("the connection broke off")


def _content_type(response: httpx.Response) -> str:
    return response.headers.get("Content-Type", "no content type").split(";")[0]
