"""Consent forms in the local store: the synced metadata rows, the local file cache, and the
queue of files whose bytes still have to be uploaded.

The cache is content-addressed like the server's store: `<data_dir>/attachments/<sha[:2]>/<sha>`.
Adding a form copies the file into the cache (hashing it on the way), writes the metadata row
and its outbox op in one transaction, and queues the bytes for upload; the sync engine
uploads queued bytes before it pushes the outbox, so the server always has the bytes a
pushed record points to. See docs/consent-forms.md.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID

from desktop.store import outbox, softdelete
from desktop.store.errors import NotFound
from desktop.store.models import parse_ts, ts, utc_now
from shared_models.attachments import DEFAULT_MAX_BYTES, check_file, safe_file_name
from shared_models.records import Attachment, Entity
from shared_models.rules import is_sha256
from shared_models.sync import OpKind
from shared_models.texts import user_text

if TYPE_CHECKING:
    from desktop.store.connection import Connection
    from desktop.store.store import Store
    from shared_models.sync import Change

ATTACHMENT = Entity.ATTACHMENT.value
CACHE_DIR = "attachments"
CHUNK = 1024 * 1024
COLUMNS = ("id", "influencer_id", "file_name", "media_type", "size", "sha256", "uploaded_by",
           "version", "created_at", "updated_at", "deleted_at")
_SELECT = f"SELECT {', '.join(COLUMNS)} FROM attachment"
_UPSERT = (
    f"INSERT INTO attachment ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))}) "
    "ON CONFLICT (id) DO UPDATE SET influencer_id = excluded.influencer_id, "
    "file_name = excluded.file_name, media_type = excluded.media_type, size = excluded.size, "
    "sha256 = excluded.sha256, uploaded_by = excluded.uploaded_by, "
    "version = excluded.version, created_at = coalesce(excluded.created_at, "
    "attachment.created_at), updated_at = excluded.updated_at, "
    "deleted_at = excluded.deleted_at WHERE excluded.version >= attachment.version")


def _record(row: Sequence[Any]) -> Attachment:
    data = dict(zip(COLUMNS, row, strict=True))
    for key in ("created_at", "updated_at", "deleted_at"):
        data[key] = parse_ts(data[key])
    return Attachment.model_validate(data)


def _id(value: UUID | str) -> str:
    try:
        return str(UUID(str(value)))
    except ValueError:
        raise NotFound("id", value, user_text("'{value}' is not a consent form id.",
                                              value=value)) from None


def hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class AttachmentRecords:
    """The consent forms of one store (metadata + cache + upload queue)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.cache_dir = Path(store.data_dir) / CACHE_DIR

    # -- the cache ---------------------------------------------------------------------------

    def cache_path(self, sha256: str) -> Path:
        if not is_sha256(sha256):
            raise ValueError(f"'{sha256}' is not a sha256 digest.")
        return self.cache_dir / sha256[:2] / sha256

    def is_cached(self, record: Attachment) -> bool:
        path = self.cache_path(record.sha256)
        return path.is_file() and path.stat().st_size == record.size

    def temp_file(self) -> Path:
        """A new empty file inside the cache folder (same disk: moved into place by rename)."""
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix="incoming-", suffix=".part", dir=self.cache_dir)
        os.close(handle)
        return Path(name)

    def keep(self, temp: Path, sha256: str) -> Path:
        """Move a verified file (named `temp`, whose digest is `sha256`) into the cache."""
        target = self.cache_path(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(temp, target)
        return target

    def _copy_in(self, source: Path) -> tuple[str, int]:
        temp = self.temp_file()
        digest = hashlib.sha256()
        size = 0
        try:
            with source.open("rb") as reader, temp.open("wb") as writer:
                while chunk := reader.read(CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
                    writer.write(chunk)
            sha256 = digest.hexdigest()
            self.keep(temp, sha256)
        finally:
            temp.unlink(missing_ok=True)
        return sha256, size

    # -- edits -------------------------------------------------------------------------------

    def add(self, influencer_id: UUID | str, source: str | os.PathLike[str], *,
            max_bytes: int = DEFAULT_MAX_BYTES, file_name: str | None = None) -> Attachment:
        """Keep `source` as a consent form of the influencer; it syncs on the next sync."""
        path = Path(source)
        parent = _id(influencer_id)
        if self.store.get_influencer(parent) is None:
            raise NotFound("influencer_id", influencer_id, user_text(
                "There is no influencer with id {id}.", id=influencer_id))
        media_type = check_file(path, max_bytes)
        sha256, size = self._copy_in(path)
        record_id = str(uuid.uuid4())
        now = ts(utc_now())
        fields = {"influencer_id": parent,
                  "file_name": safe_file_name(file_name or path.name, media_type),
                  "media_type": media_type, "size": size, "sha256": sha256}
        with self.store.db.write() as conn:
            conn.exec_driver_sql(
                "INSERT INTO attachment (id, influencer_id, file_name, media_type, size, sha256, "
                "version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)",
                (record_id, parent, fields["file_name"], media_type, size, sha256, now, now))
            outbox.enqueue(conn, ATTACHMENT, record_id, OpKind.UPSERT, None, fields)
            conn.exec_driver_sql("INSERT INTO attachment_upload (sha256, queued_at) "
                                 "VALUES (?, ?) ON CONFLICT (sha256) DO NOTHING", (sha256, now))
            return self._get(conn, record_id)

    def remove(self, attachment_id: UUID | str) -> Attachment:
        """Soft delete (an administrator can restore it on the server)."""
        record_id = _id(attachment_id)
        with self.store.db.write() as conn:
            current = self._get(conn, record_id)
            if current.deleted_at is not None:
                return current
            softdelete.set_deleted(conn, ATTACHMENT, record_id, current.version, deleted=True)
            return self._get(conn, record_id)

    def move(self, attachment_id: UUID | str, influencer_id: UUID | str) -> Attachment:
        """The form belongs to another person now (a merge, or its undo)."""
        record_id, parent = _id(attachment_id), _id(influencer_id)
        with self.store.db.write() as conn:
            current = self._get(conn, record_id)
            if str(current.influencer_id) == parent:
                return current
            conn.exec_driver_sql("UPDATE attachment SET influencer_id = ?, updated_at = ? "
                                 "WHERE id = ?", (parent, ts(utc_now()), record_id))
            outbox.enqueue(conn, ATTACHMENT, record_id, OpKind.UPSERT, current.version,
                           {"influencer_id": parent})
            return self._get(conn, record_id)

    # -- reads -------------------------------------------------------------------------------

    def _get(self, conn: Connection, record_id: str) -> Attachment:
        row = conn.exec_driver_sql(_SELECT + " WHERE id = ?", (record_id,)).first()
        if row is None:
            raise NotFound("id", record_id, user_text("There is no consent form with id {id}.",
                                                      id=record_id))
        return _record(row)

    def get(self, attachment_id: UUID | str, include_deleted: bool = False) -> Attachment:
        """The form; NotFound (a sentence) for an unknown or removed one."""
        record_id = _id(attachment_id)
        with self.store.db.read() as conn:
            record = self._get(conn, record_id)
        if record.deleted_at is not None and not include_deleted:
            raise NotFound("id", record_id, user_text("This consent form was removed."))
        return record

    def of_influencer(self, influencer_id: UUID | str,
                      include_deleted: bool = False) -> list[Attachment]:
        """The influencer's forms, oldest first."""
        where = "" if include_deleted else " AND deleted_at IS NULL"
        with self.store.db.read() as conn:
            rows = conn.exec_driver_sql(
                _SELECT + f" WHERE influencer_id = ?{where} ORDER BY created_at, file_name",
                (_id(influencer_id),)).all()
        return [_record(r) for r in rows]

    def is_synced(self, record: Attachment) -> bool:
        """Whether the server has confirmed this form (it has a server version)."""
        return record.version > 0

    # -- the upload queue (the sync engine) --------------------------------------------------

    def waiting_uploads(self) -> list[tuple[str, Path]]:
        """(sha256, cached file) of every added file whose bytes are not on the server yet."""
        with self.store.db.read() as conn:
            rows = conn.exec_driver_sql(
                "SELECT sha256 FROM attachment_upload ORDER BY queued_at").all()
        return [(sha, self.cache_path(sha)) for (sha,) in rows]

    def uploaded(self, sha256: str) -> None:
        with self.store.db.write() as conn:
            conn.exec_driver_sql("DELETE FROM attachment_upload WHERE sha256 = ?", (sha256,))

    # -- pulled changes (the sync engine, inside the page's transaction) ---------------------

    def apply_changes(self, changes: Iterable[Change]) -> int:
        """Write pulled attachment records (local waiting edits stay on top)."""
        wanted = [c for c in changes if c.entity is Entity.ATTACHMENT]
        if not wanted:
            return 0
        with self.store.db.write() as conn:
            conn.exec_driver_sql(_UPSERT, [self._params(conn, c.id, {
                **c.data, "version": c.version, "deleted_at": c.deleted_at}) for c in wanted])
        return len(wanted)

    def _params(self, conn: Connection, record_id: UUID,
                data: Mapping[str, Any]) -> tuple[Any, ...]:
        deleted_at = data.get("deleted_at")
        kinds = [k for k in outbox.pending_kinds(conn, ATTACHMENT, str(record_id))
                 if k != OpKind.UPSERT.value]
        if kinds:  # removed (or restored) here and not pushed yet: that stays
            deleted_at = (deleted_at or utc_now()) if kinds[-1] == OpKind.DELETE.value else None
        return (str(record_id), str(data["influencer_id"]), str(data["file_name"]),
                str(data["media_type"]), int(data["size"]), str(data["sha256"]),
                str(data.get("uploaded_by") or ""), int(data.get("version") or 0),
                ts(data.get("created_at")), ts(data.get("updated_at")), ts(deleted_at))


def copy_out(source: Path, target: Path) -> Path:
    """Copy a cached form to where the user asked."""
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target
