"""HTTP client of the sync service: bearer token, timeouts, errors as sentences."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar
from uuid import UUID

import httpx
from pydantic import BaseModel, ValidationError

from desktop import __version__
from desktop.i18n.catalog import recognised
from desktop.sync.errors import (
    AuthFailed,
    Incompatible,
    NotAllowed,
    ServerFailed,
    ServerUnreachable,
    TooLarge,
)
from shared_models.collection_runs import CollectionRunReport
from shared_models.errors import InvalidValue
from shared_models.sync import (
    PROTOCOL_VERSION,
    SCHEMA_VERSION,
    ChangesPage,
    ConflictResolution,
    ConflictStates,
    ConflictStatesRequest,
    HandshakeRequest,
    HandshakeResponse,
    PushRequest,
    PushResponse,
    Resolution,
    ResolveRequest,
)
from shared_models.texts import Text, user_text

T = TypeVar("T", bound=BaseModel)
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)


class _Stored(BaseModel):
    stored: bool


class _Resolved(BaseModel):
    resolved: int


def normalize_server_url(value: str) -> str:
    """`office-pc:8765` -> `http://office-pc:8765`; only http(s), no trailing slash."""
    text = (value or "").strip().rstrip("/")
    if not text:
        raise InvalidValue("server", value, user_text("A server address is required."))
    if "://" not in text:
        text = "http://" + text
    url = httpx.URL(text)
    if url.scheme not in ("http", "https") or not url.host:
        raise InvalidValue("server", value, user_text(
            "'{value}' is not a server address (for example http://office-pc:8765).",
            value=value))
    return text


class SyncClient:
    def __init__(self, server_url: str, token: str,
                 timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.server_url = normalize_server_url(server_url)
        # One keep-alive connection for the whole sync session (handshake, every push
        # batch, every pull page), closed with the client.
        self._http = httpx.Client(
            base_url=self.server_url, timeout=timeout, transport=transport,
            limits=httpx.Limits(max_connections=2, max_keepalive_connections=1),
            headers={"Authorization": f"Bearer {token}",
                     "User-Agent": f"influencer-desk/{__version__}"})

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the three calls ---------------------------------------------------------------------

    def handshake(self, device_id: str) -> HandshakeResponse:
        request = HandshakeRequest(protocol_version=PROTOCOL_VERSION,
                                   schema_version=SCHEMA_VERSION, device_id=device_id,
                                   app_version=__version__)
        answer = self._call("POST", "/v1/sync/handshake", HandshakeResponse,
                            content=request.model_dump_json())
        self._http.headers["X-Device-Id"] = device_id  # the server's admin status: last pull
        if not answer.compatible:
            raise Incompatible(answer.message or "This app and the sync server are not "
                               "compatible; update the app.")
        return answer

    def push(self, request: PushRequest) -> PushResponse:
        return self._call("POST", "/v1/sync/push", PushResponse,
                          content=request.model_dump_json())

    def resolve_conflicts(self, device_id: str, resolved: Sequence[tuple[str, str]]) -> None:
        """Conflicts settled on this desk: (conflict id, "mine" | "theirs")."""
        request = ResolveRequest(device_id=device_id, resolutions=[
            ConflictResolution(conflict_id=UUID(c), resolution=Resolution(r))
            for c, r in resolved])
        self._call("POST", "/v1/sync/conflicts/resolve", _Resolved,
                   content=request.model_dump_json())

    def conflict_states(self, ids: Sequence[str]) -> ConflictStates:
        request = ConflictStatesRequest(conflict_ids=[UUID(i) for i in ids])
        return self._call("POST", "/v1/sync/conflicts/states", ConflictStates,
                          content=request.model_dump_json())

    def changes(self, since: int, limit: int) -> ChangesPage:
        return self._call("GET", "/v1/sync/changes", ChangesPage,
                          params={"since": since, "limit": limit})

    @contextmanager
    def snapshot(self) -> Iterator[httpx.Response | None]:
        """The server's whole state for a first pull, streamed (read it inside the block);
        None from a server too old to have it (then pull page by page)."""
        with self.stream("GET", "/v1/sync/snapshot", accept=(404, 405)) as response:
            yield None if response.status_code in (404, 405) else response

    def report_run(self, report: CollectionRunReport) -> None:
        """A collection run's summary for the admin status (idempotent on its id)."""
        self._call("POST", "/v1/collection-runs", _Stored, content=report.model_dump_json())

    # -- plumbing ----------------------------------------------------------------------------

    def _call(self, method: str, path: str, model: type[T], **kwargs: Any) -> T:
        if "content" in kwargs:
            kwargs["headers"] = {"Content-Type": "application/json"}
        response = self.send(method, path, **kwargs)
        try:
            return model.model_validate_json(response.content)
        except ValidationError as exc:
            raise ServerFailed(user_text(
                "The sync server sent an answer this app does not understand; is {server} an "
                "Influencer Desk sync server?", server=self.server_url)) from exc

    def send(self, method: str, path: str, *, accept: tuple[int, ...] = (),
             **kwargs: Any) -> httpx.Response:
        """Any request to the service (e.g. /v1/attachments); errors as SyncError sentences,
        except the statuses in `accept`, which the caller handles."""
        with self._transport_errors():
            response = self._http.request(method, path, **kwargs)
        if response.status_code not in accept:
            self._check(response)
        return response

    @contextmanager
    def stream(self, method: str, path: str, *, accept: tuple[int, ...] = (),
               **kwargs: Any) -> Iterator[httpx.Response]:
        """A streamed response (downloads); the body is read inside the block."""
        with self._transport_errors(), self._http.stream(method, path, **kwargs) as response:
            if response.status_code >= 400:
                response.read()
            if response.status_code not in accept:
                self._check(response)
            yield response

    @contextmanager
    def _transport_errors(self) -> Iterator[None]:
        try:
            yield
        except httpx.TimeoutException as exc:
            raise ServerUnreachable(user_text(
                "The sync server at {server} did not answer in time. Your changes are kept; "
                "try again later.", server=self.server_url)) from exc
        except httpx.TransportError as exc:
            # The exception's own words go to the log with the traceback, not to the user.
            raise ServerUnreachable(user_text(
                "Cannot reach the sync server at {server}. Check the network and the "
                "address; your changes are kept.", server=self.server_url)) from exc

    def _check(self, response: httpx.Response) -> None:
        if response.status_code == 401:
            raise AuthFailed(user_text(
                "The sync server refused the token. Ask the administrator for a new one and "
                "connect again (File → Connect to server, or `influencer-desk connect`)."))
        if response.status_code == 403:
            raise NotAllowed(user_text("The sync server does not allow this ({detail}).",
                                       detail=_detail(response)))
        if response.status_code == 413:
            raise TooLarge(user_text("The sync server refused a request as too large ({detail}).",
                                     detail=_detail(response)))
        if response.status_code in (502, 503, 504):
            # The server (or its database) is down or busy: like no answer at all, the
            # desk keeps its changes and tries again (Retry-After says when).
            wait = response.headers.get("Retry-After", "")
            if wait.isdigit():
                raise ServerUnreachable(user_text(
                    "The sync server at {server} cannot answer just now ({detail}). Your "
                    "changes are kept; it will be tried again in {seconds} seconds.",
                    server=self.server_url, detail=_detail(response), seconds=wait))
            raise ServerUnreachable(user_text(
                "The sync server at {server} cannot answer just now ({detail}). Your changes "
                "are kept; it will be tried again later.", server=self.server_url,
                detail=_detail(response)))
        if response.status_code >= 400:
            raise ServerFailed(user_text(
                "The sync server could not do this (error {status}). Your changes are kept; "
                "try again later, or tell the administrator if it keeps happening.",
                status=response.status_code))


class _Clause(Text):
    """A server's sentence inside one of ours, in parentheses: it reads without its final
    full stop in English, and a translation shows the whole translated sentence."""

    def __new__(cls, sentence: Text) -> _Clause:
        made = str.__new__(cls, str(sentence).rstrip("."))
        made.template = sentence.template
        made.params = dict(sentence.params)
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (Text, (self.template, self.params))


def detail(response: httpx.Response) -> str:
    """The server's sentence (`{"detail": ...}`) without its final full stop; one the catalog
    knows (shared_models/reasons.py) is shown in the user's language."""
    return _detail(response)


def _detail(response: httpx.Response) -> str:
    try:
        body = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return response.reason_phrase or "no details"
    detail = body.get("detail") if isinstance(body, dict) else None
    if isinstance(detail, str):
        known = recognised(detail)
        return _Clause(known) if isinstance(known, Text) else detail.rstrip(".")
    return response.reason_phrase or "no details"
