"""What the attachment routes do to the database: keep a received file, and write the
metadata through the push engine (so it gets a version, a server_seq and tombstones and
reaches every desktop like any other record).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import Engine, RowMapping, select

from shared_models import reasons
from shared_models.attachments import refuse_type, safe_file_name, sniff
from shared_models.records import Entity
from shared_models.rules import MAX_DEVICE_ID_CHARS
from shared_models.sync import OpKind, OpResult, OpStatus, PushOp, PushRequest
from sync_api.attachments.blobs import find_blob, record_blob
from sync_api.attachments.receive import ReceivedFile, UploadRefused
from sync_api.attachments.storage import BlobStore
from sync_api.models import Attachment, Influencer
from sync_api.sync.push import apply_push

_attachments = Attachment.__table__  # type: ignore[attr-defined]
_influencers = Influencer.__table__  # type: ignore[attr-defined]


class NotFoundError(Exception):
    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    media_type: str
    duplicate: bool  # the same bytes were already stored: nothing new was written


def keep_file(engine: Engine, blobs: BlobStore, received: ReceivedFile,
              uploaded_by: str) -> StoredFile:
    """Check the type by content, store the bytes once (by sha256), remember the blob."""
    try:
        media_type = sniff(received.head, received.path)
        if media_type is None:
            name = safe_file_name(received.client_name) or "the file"
            raise UploadRefused(415, refuse_type(name, received.head).message)
        with engine.connect() as conn:
            known = find_blob(conn, received.sha256)
        if known is not None and blobs.has(received.sha256):
            return StoredFile(received.sha256, int(known["size"]), str(known["media_type"]),
                              duplicate=True)
        blobs.put(received.sha256, received.path, media_type)  # bytes first, then the row
        with engine.begin() as conn:
            new = record_blob(conn, received.sha256, received.size, media_type, uploaded_by)
        return StoredFile(received.sha256, received.size, media_type, duplicate=not new)
    finally:
        received.discard()


def device_id(token_name: str) -> str:
    return f"api:{token_name}"[:MAX_DEVICE_ID_CHARS]


def _push_one(engine: Engine, op: PushOp, token_name: str, admin: bool) -> OpResult:
    with engine.begin() as conn:
        response = apply_push(conn, PushRequest(device_id=device_id(token_name), ops=[op]),
                              token_name=token_name, admin=admin)
    return response.results[0]


def create_record(engine: Engine, stored: StoredFile, *, influencer_id: str,
                  record_id: str | None, client_name: str, token_name: str,
                  admin: bool) -> dict[str, Any]:
    """The metadata row for an uploaded file, written as a pushed create."""
    try:
        parent = UUID(influencer_id)
        rid = UUID(record_id) if record_id else uuid.uuid4()
    except ValueError:
        raise UploadRefused(422, "influencer_id and id must be record ids (UUIDs).") from None
    with engine.connect() as conn:
        live = conn.execute(select(_influencers.c.id).where(
            _influencers.c.id == parent, _influencers.c.deleted_at.is_(None))).first()
    if live is None:
        raise NotFoundError(f"There is no influencer {parent} on the server (or it was "
                            "deleted); sync the desktop that added it first.")
    op = PushOp(op_id=uuid.uuid4(), entity=Entity.ATTACHMENT, id=rid, kind=OpKind.UPSERT,
                fields={"influencer_id": str(parent),
                        "file_name": safe_file_name(client_name, stored.media_type),
                        "media_type": stored.media_type, "size": stored.size,
                        "sha256": stored.sha256})
    return _settled(_push_one(engine, op, token_name, admin))


def get_record(engine: Engine, attachment_id: UUID) -> RowMapping | None:
    with engine.connect() as conn:
        return conn.execute(select(_attachments).where(_attachments.c.id == attachment_id)
                            ).mappings().first()


def set_deleted(engine: Engine, attachment_id: UUID, *, deleted: bool,
                token_name: str, admin: bool) -> dict[str, Any]:
    """Soft delete (or restore) through the push engine; NotFoundError for an unknown id."""
    row = get_record(engine, attachment_id)
    if row is None:
        raise NotFoundError(reasons.no_form(attachment_id))
    op = PushOp(op_id=uuid.uuid4(), entity=Entity.ATTACHMENT, id=attachment_id,
                kind=OpKind.DELETE if deleted else OpKind.RESTORE,
                base_version=int(row["version"]))
    return _settled(_push_one(engine, op, token_name, admin))


def _settled(result: OpResult) -> dict[str, Any]:
    if result.status is OpStatus.REJECTED or result.record is None:
        raise UploadRefused(422, result.reason or "The server could not save the consent form.")
    return result.record
