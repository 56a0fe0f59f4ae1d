"""Consent forms on the desktop: the service the window and the CLI call, and the transfers
the sync engine runs.

    forms = ConsentForms(store)
    forms.add(influencer_id, [Path("scan.pdf")])   # offline is fine: queued for the next sync
    forms.of_influencer(influencer_id)             # [ConsentForm(record, cached, synced)]
    path = forms.local_file(form_id, ctx)          # cached + verified, downloading if needed
    forms.save_copy(form_id, Path("out.pdf")); forms.remove(form_id)

The sync engine calls `upload_waiting` before it pushes (bytes first, so the server has the
file a pushed record points to) and `apply_pulled` with every pulled page.
See docs/consent-forms.md.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

import httpx

from desktop.jobs import JobContext
from desktop.store import Store
from desktop.store.attachments import AttachmentRecords, copy_out, hash_file
from desktop.sync.client import SyncClient, detail
from desktop.sync.connection import open_client
from desktop.sync.errors import ServerFailed, ServerUnreachable, SyncError
from shared_models.attachments import DEFAULT_MAX_BYTES, check_file, format_size, safe_file_name
from shared_models.records import Attachment
from shared_models.sync import Change
from shared_models.texts import sentence_of, user_text

log = logging.getLogger(__name__)
PATH = "/v1/attachments"
UPLOAD_TIMEOUT = httpx.Timeout(300.0, connect=5.0)  # a 20 MB scan over a slow office link
_REFUSED = (400, 413, 415, 422)


class NotCached(ServerUnreachable):
    """The form's file is not on this computer and the server cannot be asked for it."""


class NotOnServer(SyncError):
    """The server has no such form (removed meanwhile, or its file is missing there)."""


class ChecksumMismatch(SyncError):
    """The downloaded bytes are not the form's (sha256 differs): refused, not opened."""


@dataclass(frozen=True)
class ConsentForm:
    record: Attachment
    cached: bool  # the file is on this computer
    synced: bool  # the server has confirmed the form (False: added here, not synced yet)

    @property
    def size_text(self) -> str:
        return format_size(self.record.size)


ClientFactory = Callable[[], AbstractContextManager[SyncClient | None]]


def _connected_client(store: Store) -> ClientFactory:
    def factory() -> AbstractContextManager[SyncClient | None]:
        client = open_client(store)
        return nullcontext() if client is None else client
    return factory


class ConsentForms:
    """Everything a user does with consent forms; every call also works without a display."""

    def __init__(self, store: Store, client: ClientFactory | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.store = store
        self.records = AttachmentRecords(store)
        self.max_bytes = max_bytes
        self._client = client or _connected_client(store)

    def add(self, influencer_id: UUID | str,
            files: Sequence[str | os.PathLike[str]]) -> list[Attachment]:
        """Keep the files as the influencer's forms; each is checked first, so a bad one
        (wrong type, too big, missing) adds none of them."""
        paths = [Path(f) for f in files]
        for path in paths:
            check_file(path, self.max_bytes)
        return [self.records.add(influencer_id, path, max_bytes=self.max_bytes)
                for path in paths]

    def of_influencer(self, influencer_id: UUID | str) -> list[ConsentForm]:
        return [ConsentForm(r, self.records.is_cached(r), self.records.is_synced(r))
                for r in self.records.of_influencer(influencer_id)]

    def get(self, attachment_id: UUID | str) -> ConsentForm:
        record = self.records.get(attachment_id)
        return ConsentForm(record, self.records.is_cached(record), self.records.is_synced(record))

    def remove(self, attachment_id: UUID | str) -> Attachment:
        return self.records.remove(attachment_id)

    def local_file(self, attachment_id: UUID | str, ctx: JobContext | None = None) -> Path:
        """The form's file in the cache, checked against its sha256; downloaded if needed."""
        record = self.records.get(attachment_id)
        cached = self.records.cache_path(record.sha256)
        if cached.is_file():
            if hash_file(cached) == record.sha256:
                return cached
            cached.unlink()  # damaged on disk: fetch it again
        try:
            client_context = self._client()
        except SyncError as exc:
            raise NotCached(_not_cached(record, sentence_of(exc))) from exc
        with client_context as client:
            if client is None:
                raise NotCached(_not_cached(record, user_text(
                    "This desk is not connected to a sync server (File → Connect to server, "
                    "or `influencer-desk connect`).")))
            try:
                return download(self.records, client, record, ctx)
            except ServerUnreachable as exc:
                raise NotCached(_not_cached(record, sentence_of(exc))) from exc

    def save_copy(self, attachment_id: UUID | str, target: str | os.PathLike[str],
                  ctx: JobContext | None = None) -> Path:
        """Copy the form to `target` (a folder: the form's own name inside it)."""
        out = Path(target)
        source = self.local_file(attachment_id, ctx)
        if out.is_dir():
            # The name came from another desk: reduced to a plain name, so the copy lands
            # inside the chosen folder whatever the record says ("../../.bashrc").
            record = self.records.get(attachment_id)
            out = out / safe_file_name(record.file_name, record.media_type)
        return copy_out(source, out)

    def viewing_copy(self, attachment_id: UUID | str, ctx: JobContext | None = None) -> Path:
        """A copy of the form under its own name, extension included, in a temporary
        folder, for the system's viewer: the cache names files by checksum without an
        extension, which Windows cannot open."""
        record = self.records.get(attachment_id)
        folder = Path(tempfile.gettempdir()) / "influencer-desk-forms" / str(record.id)
        return copy_out(self.local_file(attachment_id, ctx),
                        folder / safe_file_name(record.file_name, record.media_type))


def _not_cached(record: Attachment, why: str) -> str:
    return user_text("'{file}' is not on this computer yet and cannot be downloaded. {why}",
                     file=record.file_name,
                     why=why or user_text("The sync server is not reachable."))


# -- transfers (the sync engine and local_file) ------------------------------------------------

def download(records: AttachmentRecords, client: SyncClient, record: Attachment,
             ctx: JobContext | None = None) -> Path:
    """Fetch the form's bytes into the cache; refused unless their sha256 is the record's."""
    temp = records.temp_file()
    digest = hashlib.sha256()
    done = 0
    try:
        with client.stream("GET", f"{PATH}/{record.id}", accept=(404,)) as response:
            if response.status_code == 404:
                raise NotOnServer(user_text("The sync server has no file for '{file}' "
                                            "({detail}).", file=record.file_name,
                                            detail=detail(response)))
            with temp.open("wb") as out:
                for chunk in response.iter_bytes():
                    if ctx is not None:
                        ctx.check_cancelled()
                    digest.update(chunk)
                    out.write(chunk)
                    done += len(chunk)
                    if ctx is not None:
                        ctx.progress(done, record.size, user_text(
                            "Downloading {file}", file=record.file_name))
        if digest.hexdigest() != record.sha256:
            raise ChecksumMismatch(user_text(
                "The downloaded '{file}' is damaged (it is not the file that was added), so "
                "it was not opened. Try again; if it happens again, tell the administrator.",
                file=record.file_name))
        return records.keep(temp, record.sha256)
    finally:
        temp.unlink(missing_ok=True)


def upload_waiting(store: Store, client: SyncClient, ctx: JobContext | None = None) -> int:
    """Upload the bytes of forms added on this desk; returns how many files were sent.

    A file the server refuses (type, size) leaves the queue: its metadata push is then
    rejected with the reason, which `influencer-desk status` shows.
    """
    records = AttachmentRecords(store)
    waiting = records.waiting_uploads()
    sent = 0
    for number, (sha256, path) in enumerate(waiting, start=1):
        if ctx is not None:
            ctx.check_cancelled()
            ctx.progress(number - 1, len(waiting), user_text("Uploading consent forms"))
        if not path.is_file() or hash_file(path) != sha256:
            log.warning("consent form %s is no longer in the cache; not uploaded", sha256)
            records.uploaded(sha256)
            continue
        with path.open("rb") as handle:
            response = client.send("POST", PATH, accept=_REFUSED, timeout=UPLOAD_TIMEOUT,
                                   files={"file": (f"{sha256}.bin", handle)})
        if response.status_code in _REFUSED:
            log.warning("the sync server refused consent form %s: %s", sha256, detail(response))
            records.uploaded(sha256)
            continue
        if response.json().get("sha256") != sha256:
            raise ServerFailed(user_text(
                "The sync server stored a different file than the one sent; the form stays "
                "queued and is sent again on the next sync."))
        records.uploaded(sha256)
        sent += 1
    return sent


def apply_pulled(store: Store, changes: Iterable[Change]) -> int:
    """Pulled attachment records into the local store (called inside the page's transaction)."""
    return AttachmentRecords(store).apply_changes(changes)
