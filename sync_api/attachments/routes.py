"""/v1/attachments: upload (multipart, streamed), download (streamed), soft delete, restore.

Every route needs a token (and the network allow-list, which runs before any route);
restore needs an admin token. Errors are JSON `{"detail": "<sentence>", "code": "<code>"}`.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote
from uuid import UUID

from fastapi import APIRouter, HTTPException, Path, Request, status
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, StreamingResponse
from pydantic import BaseModel
from starlette.responses import Response

from shared_models import reasons
from shared_models.attachments import refuse_size, safe_file_name
from shared_models.records import Attachment
from sync_api.api.deps import AdminToken, CurrentToken, EngineDep, SettingsDep
from sync_api.attachments.receive import UploadRefused, receive_upload
from sync_api.attachments.service import (
    NotFoundError,
    create_record,
    get_record,
    keep_file,
    set_deleted,
)
from sync_api.attachments.storage import BlobStore, attachments_dir
from sync_api.core.security import Role

PREFIX = "/v1/attachments"
router = APIRouter(prefix=PREFIX, tags=["attachments"])
# Room for the multipart framing and the small text fields around the file.
MULTIPART_OVERHEAD = 64 * 1024
AttachmentId = Annotated[UUID, Path(description="The consent form's id.")]


class UploadResult(BaseModel):
    sha256: str
    size: int
    media_type: str
    duplicate: bool  # these bytes were already stored (kept once)
    attachment: Attachment | None = None  # the metadata record, when influencer_id was sent


def _blobs(request: Request) -> BlobStore:
    blobs: BlobStore = request.app.state.blob_store
    return blobs


@router.post("", status_code=status.HTTP_201_CREATED, response_model=UploadResult,
             openapi_extra={"requestBody": {"content": {"multipart/form-data": {"schema": {
                 "type": "object", "required": ["file"], "properties": {
                     "file": {"type": "string", "format": "binary"},
                     "influencer_id": {"type": "string", "format": "uuid"},
                     "id": {"type": "string", "format": "uuid"},
                     "file_name": {"type": "string"}}}}}}})
async def upload(request: Request, token: CurrentToken, settings: SettingsDep,
                 engine: EngineDep) -> UploadResult:
    """Upload a consent form (PDF, JPEG, PNG, HEIC or DOCX, by content).

    Only `file`: the bytes are stored (once per sha256) and the desktop pushes the metadata
    itself. With `influencer_id` (and optionally `id`, `file_name`): the metadata record is
    created too and syncs to every desktop.
    """
    limit = settings.attachment_max_bytes
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and \
            int(declared) > limit + MULTIPART_OVERHEAD:
        raise HTTPException(413, detail=refuse_size(None, limit).message)
    try:
        received = await receive_upload(request, attachments_dir(settings) / "incoming", limit)
    except UploadRefused as refused:
        detail = refused.detail or refuse_size(None, limit).message
        raise HTTPException(refused.status, detail=detail) from None
    client_name = received.fields.get("file_name") or received.client_name
    try:
        stored = await run_in_threadpool(keep_file, engine, _blobs(request), received,
                                         token.name)
        record = None
        if received.fields.get("influencer_id"):
            record = await run_in_threadpool(
                create_record, engine, stored, influencer_id=received.fields["influencer_id"],
                record_id=received.fields.get("id"), client_name=client_name,
                token_name=token.name, admin=token.role == Role.ADMIN)
    except UploadRefused as refused:
        raise HTTPException(refused.status, detail=refused.detail) from None
    except NotFoundError as missing:
        raise HTTPException(404, detail=missing.detail) from None
    return UploadResult(sha256=stored.sha256, size=stored.size, media_type=stored.media_type,
                        duplicate=stored.duplicate,
                        attachment=Attachment.model_validate(record) if record else None)


def content_disposition(file_name: str) -> str:
    """`attachment` with an ASCII fallback name and the exact name in RFC 5987 form."""
    name = safe_file_name(file_name)
    fallback = "".join(c if 32 <= ord(c) < 127 and c not in '"\\%' else "_" for c in name)
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


@router.get("/{attachment_id}", response_class=Response, responses={
    200: {"description": "The file's bytes, with its stored media type.",
          "content": {"application/octet-stream": {}}}})
def download(attachment_id: AttachmentId, token: CurrentToken, engine: EngineDep,
             request: Request) -> Response:
    """The form's bytes, streamed. A removed form: 404 (admins can still fetch it)."""
    row = get_record(engine, attachment_id)
    if row is None:
        raise HTTPException(404, detail=reasons.no_form(attachment_id))
    if row["deleted_at"] is not None and token.role != Role.ADMIN:
        raise HTTPException(404, detail=reasons.FORM_GONE)
    blobs = _blobs(request)
    sha256 = str(row["sha256"])
    headers = {"Content-Disposition": content_disposition(str(row["file_name"])),
               "X-Content-SHA256": sha256, "ETag": f'"{sha256}"',
               "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-cache"}
    path = blobs.local_path(sha256)
    if path is not None:
        return FileResponse(path, media_type=str(row["media_type"]), headers=headers)
    if not blobs.has(sha256):
        raise HTTPException(404, detail=reasons.FORM_FILE_LOST)
    headers["Content-Length"] = str(row["size"])
    return StreamingResponse(blobs.iter_bytes(sha256), media_type=str(row["media_type"]),
                             headers=headers)


@router.delete("/{attachment_id}", response_model=Attachment)
def remove(attachment_id: AttachmentId, token: CurrentToken, engine: EngineDep) -> Any:
    """Soft delete: the form disappears from every desktop; an admin can restore it."""
    return _deleted(engine, attachment_id, deleted=True, token_name=token.name,
                    admin=token.role == Role.ADMIN)


@router.post("/{attachment_id}/restore", response_model=Attachment)
def restore(attachment_id: AttachmentId, admin: AdminToken, engine: EngineDep) -> Any:
    """Bring a removed form back (admin tokens only)."""
    return _deleted(engine, attachment_id, deleted=False, token_name=admin.name, admin=True)


def _deleted(engine: EngineDep, attachment_id: UUID, *, deleted: bool,
             token_name: str, admin: bool) -> dict[str, Any]:
    try:
        return set_deleted(engine, attachment_id, deleted=deleted, token_name=token_name,
                           admin=admin)
    except NotFoundError as missing:
        raise HTTPException(404, detail=missing.detail) from None
    except UploadRefused as refused:
        raise HTTPException(refused.status, detail=refused.detail) from None
